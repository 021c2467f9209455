"""Stories: streaming clustering of articles into events, near-duplicates, diffs, disagreements.

- :mod:`~lagebild.stories.features` -- TF-IDF vectors of German terms and name-like tokens
- :mod:`~lagebild.stories.clustering` -- the streaming clusterer (time window, centroids)
- :mod:`~lagebild.stories.copies` -- word 5-shingles, MinHash LSH, exact confirmation
- :mod:`~lagebild.stories.diffs` -- sentence alignment: added, removed, changed, shares
- :mod:`~lagebild.stories.disagreements` -- pluggable kinds; figures with one unit, different values
- :mod:`~lagebild.stories.network` -- which outlets republish whose texts
- :mod:`~lagebild.stories.store` -- the story tables; :mod:`~lagebild.stories.tracker` -- the ingest hook
- :mod:`~lagebild.stories.views` -- the data behind ``lagebild stories``, ``story`` and ``copies``
"""

from lagebild.stories.clustering import ClusterConfig, StoryClusterer
from lagebild.stories.copies import CopyConfig, CopyFinder
from lagebild.stories.tracker import StoryTracker, StoryUpdate

__all__ = ["ClusterConfig", "CopyConfig", "CopyFinder", "StoryClusterer", "StoryTracker", "StoryUpdate"]
