"""German terms: folding, stemming, tokenising and compound splitting."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.article import Article
from lagebild.store.analysis import fold, prefix_term, query_terms, term, tokenise, words
from lagebild.store.compounds import compound_parts
from lagebild.store.indexing import body_text, index_columns, word_terms

ASCII_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
GERMAN_LETTERS = "abcdefghijklmnoprstuvwxyzäöüßABDEFGHKLMNOPRSTUVWZÄÖÜ"  # no q: "qu" + e is kept as is


@pytest.mark.parametrize(
    ("word", "folded"),
    [("München", "munchen"), ("Muenchen", "munchen"), ("Munchen", "munchen"), ("Straße", "strasse"),
     ("STRASSE", "strasse"), ("Quelle", "quelle"), ("Erdoğan", "erdogan"), ("Israel", "isral"), ("neue", "neu")],
)
def test_fold(word: str, folded: str) -> None:
    assert fold(word) == folded


@given(st.text(alphabet=GERMAN_LETTERS, min_size=1, max_size=20))
@settings(max_examples=300)
def test_umlaut_and_ascii_spelling_give_the_same_term(word: str) -> None:
    ascii_word = word.translate(ASCII_SPELLING)
    assert fold(word) == fold(ascii_word)
    assert term(word) == term(ascii_word)


def test_terms_are_letters_and_digits() -> None:
    for word in ("Soldaten", "5.000", "Ärzte", "Ⅻ", "ﬁnden", "İstanbul"):
        for found in query_terms(word):
            assert found.isalnum(), (word, found)


@pytest.mark.parametrize(("word", "stem"), [("Soldaten", "soldat"), ("Soldat", "soldat"), ("irakischen", "irak"),
                                            ("Irak", "irak"), ("Truppen", "trupp")])
def test_stems(word: str, stem: str) -> None:
    assert term(word) == stem


def test_prefix_term_is_the_stem_when_possible() -> None:
    assert prefix_term("Soldaten") == "soldat"
    assert prefix_term("Verhand") == fold("Verhand")


def test_tokenise_keeps_offsets_and_hyphenated_words() -> None:
    text = "Die US-Truppen, rund 5.000."
    tokens = list(tokenise(text))
    assert [t.text for t in tokens] == ["Die", "US-Truppen", "rund", "5", "000"]
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert tokens[1].pieces == ["US", "Truppen"]
    assert words("a_b") == ["a", "b"]


@pytest.mark.parametrize(
    ("word", "parts"),
    [("Truppenpräsenz", {"Truppe", "Präsenz"}), ("Truppenpraesenz", {"Truppe", "Präsenz"}),
     ("Bundeswehrsoldaten", {"Bundeswehr", "Bund", "Wehr", "Soldat"}), ("Wochenende", {"Woche", "Ende"}),
     ("Bundestag", {"Bund", "Tag"}), ("Irakkrieg", {"Irak", "Krieg"}), ("Ostukraine", {"Ost", "Ukraine"})],
)
def test_compounds_are_split(word: str, parts: set[str]) -> None:
    assert set(compound_parts(word)) == parts


@pytest.mark.parametrize("word", ["Soldaten", "Regierung", "Wirtschaft", "Vorsitzende", "Minister", "vielleicht",
                                  "Interessen", "Unterstützung", "kurz"])
def test_non_compounds_are_not_split(word: str) -> None:
    assert compound_parts(word) == ()


def test_word_terms_of_a_hyphenated_compound() -> None:
    own, extra = word_terms("US-Truppenpräsenz")
    assert own == ("us", "truppenprasenz")
    assert {"ustruppenprasenz", "trupp", "prasenz"} <= set(extra)


def test_index_columns_split_headline_and_body() -> None:
    article = Article(id="a", kicker="Kampf gegen den IS", headline="Soldaten im Irak",
                      text="Kampf gegen den IS\n\nSoldaten im Irak\n\nDie Truppenpräsenz sinkt.")
    assert body_text(article) == "Die Truppenpräsenz sinkt."
    columns = index_columns(article)
    assert columns.headline == "kampf geg den is soldat im irak"
    assert columns.body == "die truppenprasenz sinkt"
    assert set(columns.parts.split()) == {"trupp", "prasenz"}
