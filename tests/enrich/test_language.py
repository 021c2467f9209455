from __future__ import annotations

import pytest

from lagebild.article import Article
from lagebild.enrich.language import make_language_step


def test_german_and_english_are_told_apart() -> None:
    step = make_language_step()
    de = step(Article(text="Die Bundesregierung hat am Mittwoch neue Regeln für den Bahnverkehr beschlossen."))
    en = step(Article(text="The federal government adopted new rules for rail traffic on Wednesday."))
    assert (de.language, en.language) == ("de", "en")


def test_short_text_keeps_the_declared_language() -> None:
    article = make_language_step()(Article(text="Hallo", language="fr"))
    assert article.language == "fr"


def test_confident_guess_overrides_a_wrong_declaration() -> None:
    article = make_language_step()(Article(text="Die Feuerwehr hat den Brand in der Altstadt am Abend gelöscht.", language="en"))
    assert article.language == "de"


def test_unknown_option_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown"):
        make_language_step(nonsense=1)
