"""German number words and formats shared by the times and figures steps."""

from __future__ import annotations

import pytest

from lagebild.enrich.numbers import number_value, parse_number_word, parse_numeral, scale_value


@pytest.mark.parametrize(("word", "value"), [
    ("drei", 3), ("zwölf", 12), ("zweiundzwanzig", 22), ("dreihundertfünfzig", 350), ("zweitausend", 2000),
    ("einundzwanzigtausend", 21000), ("Hundert", 100),
])
def test_number_words(word: str, value: int) -> None:
    assert parse_number_word(word) == value


@pytest.mark.parametrize("word", ["Haus", "dreiundhaus", "und", ""])
def test_non_number_words(word: str) -> None:
    assert parse_number_word(word) is None


@pytest.mark.parametrize(("text", "value"), [("5.000", 5000), ("1.000,5", 1000.5), ("3,5", 3.5), ("12000", 12000)])
def test_numerals(text: str, value: float) -> None:
    assert parse_numeral(text) == value


def test_halves_and_scales() -> None:
    assert number_value("anderthalb") == 1.5
    assert scale_value("Mio.") == 1_000_000
    assert scale_value(None) == 1
