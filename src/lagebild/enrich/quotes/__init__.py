"""The ``quotes`` enrichment step: direct and indirect quotations with cue and speaker.

Output (``Article.quotes``, DESIGN.md): ``{start, end, text, kind, speaker, cue}`` with
``kind`` ``direct`` or ``indirect``; ``speaker`` is ``{start, end, text, entity, resolved}``
or null, ``cue`` is ``{start, end, text, particle}`` or null. Conventions:

- A direct quote's span is the text between its quotation marks (marks excluded).
- A quote interrupted by its frame („Wir …“, sagte er, „werden …“) gives two direct
  quotes with the same cue and speaker.
- A quote over several paragraphs is one span (paragraph breaks included).
- An indirect quote's span is the reported clause without its frame and without the
  closing punctuation (``Die Lage sei ernst`` in ``Die Lage sei ernst, sagte er.``).
- ``speaker`` is the mention at the cue as the text has it; ``resolved`` is the earlier
  mention a pronoun, role noun or "darin" stands for (null when none is needed or found);
  ``entity`` stays null until an entity-linking step fills it.
- ``cue`` is the reporting word(s) (``sagte``, ``heißt es``, ``laut``, ``zufolge``); a
  separable verb's particle (``teilte … mit``) is ``cue["particle"]``.

Rules and word lists: :mod:`.frames`, :mod:`.marks`, ``knowledge/quote_cues.json``.
"""

from __future__ import annotations

from typing import Any

from lagebild.article import Article
from lagebild.enrich.quotes.extract import extract_quotes
from lagebild.pipeline import Step, step_config

__all__ = ["DEFAULT_CONFIG", "extract_quotes", "find_quotes", "make_quotes_step"]

#: Default configuration of the quotes step.
DEFAULT_CONFIG: dict[str, Any] = {
    "max_paragraphs": 6,  # a quote opened at a paragraph start may run over this many paragraphs
    "min_words_cued": 2,  # quoted words needed when a cue frames the quote ("nannte es „völlig absurd“")
    "min_words_uncued": 6,  # quoted words that make a quote without any cue
    "min_words_sentence": 3,  # ... or fewer when the quoted words end like a sentence
    "min_words_indirect": 3,  # words a reported clause needs outside direct quotes
    "subjunctive": True,  # sentences in subjunctive I without a cue are indirect speech
    "carry_sentences": 2,  # an uncued quote takes the speaker of a quote this many sentences back
}


def _config(config: dict[str, Any]) -> dict[str, Any]:
    return step_config("quotes", DEFAULT_CONFIG, config)


def find_quotes(text: str, **config: Any) -> list[dict[str, Any]]:
    """The quotes of a text (the ``Article.quotes`` list); ``config`` overrides :data:`DEFAULT_CONFIG`."""
    return extract_quotes(text, _config(config))


def make_quotes_step(**config: Any) -> Step:
    """Make the ``quotes`` step; ``config`` overrides :data:`DEFAULT_CONFIG`."""
    cfg = _config(config)

    def quotes(article: Article) -> Article:
        article.quotes = extract_quotes(article.text, cfg)
        return article

    return Step("quotes", quotes, requires=("text",), assigns=("quotes",), config=cfg)
