"""Language identification, the first enrichment step (py3langid, offline, shipped model)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from lagebild.article import Article
from lagebild.pipeline import Step, step_config

#: Default configuration of the language step.
DEFAULT_CONFIG: dict[str, Any] = {
    "sample_chars": 2000,  # identify from the first characters: enough for news, keeps it fast
    "min_chars": 20,  # shorter texts keep the language the input declared (or none)
    "min_confidence": 0.5,  # below it, a declared language wins over the guess
}


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str, sample_chars: int = DEFAULT_CONFIG["sample_chars"]) -> tuple[str, float]:
    """The ISO 639-1 code of ``text``'s language and the identifier's confidence (0..1)."""
    code, confidence = _identifier().classify(text[:sample_chars])
    return str(code), float(confidence)


def make_language_step(**config: Any) -> Step:
    """Make the ``language`` step; ``config`` overrides :data:`DEFAULT_CONFIG`."""
    cfg = step_config("language", DEFAULT_CONFIG, config)

    def language(article: Article) -> Article:
        sample = article.text.strip()
        if len(sample) < cfg["min_chars"]:
            return article
        code, confidence = identify(sample, cfg["sample_chars"])
        if article.language and confidence < cfg["min_confidence"]:
            return article
        article.language = code
        return article

    return Step("language", language, requires=("text",), assigns=("language",), config=cfg)
