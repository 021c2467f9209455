"""lagebild: German-first news intelligence.

sources -> readers -> structure -> enrichment steps -> store -> stories -> serve
"""

from lagebild.article import SCHEMA, Article, Section

__version__ = "0.1.0"
__all__ = ["SCHEMA", "Article", "Section", "__version__"]
