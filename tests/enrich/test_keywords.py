"""The keywords step: ranked key phrases, lemmas merged, compounds whole, no stop words (texts written for these tests)."""

from __future__ import annotations

import pytest

from lagebild.article import Article
from lagebild.enrich.keywords import background, compound_keys, extract, make_keywords_step, story_keywords

TROOPS = """Pentagon plant Abzug aus Deutschland

Die US-Regierung will die Truppenpräsenz in Deutschland deutlich verringern. Nach Angaben aus Washington sollen \
rund 9.500 Soldaten abgezogen werden. Der Abzug der US-Truppen war im Bundestag seit Wochen umstritten, sagte ein \
Sprecher der Bundesregierung am Montag. Die Soldaten sind vor allem in Bayern und Rheinland-Pfalz stationiert. \
Ein Soldat aus Grafenwöhr sagte, die Familien seien verunsichert. Die Truppenpräsenz sei über Jahrzehnte gewachsen, \
sagte der Sprecher. Das Pentagon nannte noch keinen Zeitplan für den Abzug der Soldaten. Im vergangenen Jahr hatte \
Washington bereits angekündigt, die US-Truppen in Europa neu zu ordnen. Die Nato beobachtet die Pläne genau."""


@pytest.fixture(scope="module")
def keywords() -> list[str]:
    return [k["text"] for k in extract(TROOPS)]


def test_step_sets_ranked_text_score_entries() -> None:
    entries = make_keywords_step(max_keywords=5)(Article(text=TROOPS)).keywords
    assert 1 <= len(entries) <= 5
    assert all(set(e) == {"text", "score"} for e in entries)
    scores = [e["score"] for e in entries]
    assert scores == sorted(scores, reverse=True) and scores[0] == 1.0


def test_lemmas_are_merged(keywords: list[str]) -> None:
    forms = [k for k in keywords if k.lower().startswith("soldat")]
    assert forms == ["Soldat"]  # "Soldaten" (4x) and "Soldat" (1x): one keyword, shown as the lemma


def test_compounds_are_shown_whole(keywords: list[str]) -> None:
    assert "Truppenpräsenz" in keywords
    assert "US-Truppen" in keywords


def test_stop_words_never_rank(keywords: list[str]) -> None:
    lowered = {k.lower() for k in keywords}
    for stop in ("sagte", "jahr", "die", "das", "nach", "im", "ein", "wochen", "montag"):
        assert stop not in lowered
    assert all(k[:1].isupper() for k in keywords)


def test_background_knows_common_words_and_capitalisation() -> None:
    stats = background()
    assert stats.share("jahr") > 0.1 > stats.share("truppenprasenz")
    assert not stats.noun_like("die") and stats.noun_like("soldat")


def test_compound_keys_split_for_matching() -> None:
    assert "trupp" in compound_keys("US-Truppen")
    assert {"trupp", "prasenz"} <= set(compound_keys("Truppenpräsenz"))


def test_story_keywords_prefer_what_articles_share() -> None:
    other = Article(id="b", text="Soldaten verlassen Bayern\n\nDie Soldaten in Grafenwöhr packen. Der Abzug der "
                                  "Soldaten aus Bayern beginnt im Herbst, teilte das Pentagon mit.")
    entries = story_keywords([Article(id="a", text=TROOPS), other], max_keywords=5)
    shared = [e["text"] for e in entries if e["articles"] == 2]
    assert "Soldat" in shared and "Pentagon" in shared
    assert entries[: len(shared)] == [e for e in entries if e["articles"] == 2]  # shared phrases rank first
    assert all(set(e) == {"text", "score", "articles"} for e in entries)


def test_empty_text_gives_no_keywords() -> None:
    assert make_keywords_step()(Article(text="")).keywords == []
