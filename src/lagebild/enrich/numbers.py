"""German numbers shared by the ``times`` and ``figures`` steps: digits and number words.

The lexicon (``knowledge/numbers_de.json``) is read once, on first use. Regex
fragments are built from it so that both steps agree on what a number is:

- numerals in German format: ``5.000``, ``1.000,5``, ``3,5``, ``12000``;
- written-out numbers: ``drei``, ``zwölf``, ``zweiundzwanzig``, ``dreihundertfünfzig``,
  ``zweitausend`` (case-insensitive, so a sentence may start with one);
- scale words: ``Millionen``, ``Mio.``, ``Mrd.``, ``Tausend``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

DATA_FILE = "numbers_de.json"

#: A numeral in German format: thousands with dots, decimals with a comma.
NUMERAL = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    """The German number words, with regex fragments built from them."""

    words: dict[str, int]
    scales: dict[str, int]
    fractions: dict[str, int]
    halves: dict[str, float]
    vague: dict[str, int]
    raw: dict[str, Any]
    word_pattern: str
    scale_pattern: str


@lru_cache(maxsize=1)
def lexicon() -> NumberLexicon:
    """The number lexicon of the package (loaded once)."""
    raw = json.loads(resources.files("lagebild.knowledge").joinpath(DATA_FILE).read_text(encoding="utf-8"))
    words = {**raw["units"], **raw["teens"], **raw["tens"]}
    return NumberLexicon(
        words=words,
        scales=raw["scales"],
        fractions=raw["fractions"],
        halves=raw["halves"],
        vague=raw["vague"],
        raw=raw,
        word_pattern=_word_pattern(raw),
        scale_pattern=alternation(raw["scales"]),
    )


def alternation(words: Any) -> str:
    """A regex alternation of ``words``, longest first, escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _word_pattern(raw: dict[str, Any]) -> str:
    """A regex for a written-out number from 0 to 999,999 (without the bare article forms)."""
    digit = "ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
    teens = alternation(raw["teens"])
    tens = alternation(raw["tens"])
    below100 = f"(?:(?:{digit})und)?(?:{tens})|{teens}|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun"
    below1000 = f"(?:(?:{digit})?hundert(?:{below100})?|{below100})"
    first_words = [*digit.split("|"), "hundert", "tausend", "eins", "zwo", *raw["teens"], *raw["tens"]]
    return f"{prefix_guard(first_words)}(?i:(?:{below1000})?tausend(?:{below1000})?|{below1000})"


def prefix_guard(words: Any, length: int = 2) -> str:
    """A lookahead for the first ``length`` letters (any case) of ``words``: a cheap gate before a costly branch.

    Every string the guarded regex matches must begin with one of ``words`` (compared
    case-insensitively), so the lookahead never rejects a match and never changes which
    one is found; it only stops the engine trying dozens of alternatives at a position
    that starts none of them.
    """
    heads = sorted({w[:length].lower() for w in words}, key=lambda h: (-len(h), h))
    return f"(?=(?i:{'|'.join(re.escape(h) for h in heads)}))"


def parse_numeral(text: str) -> float:
    """The value of a German-format numeral: ``"5.000"`` -> 5000, ``"3,5"`` -> 3.5."""
    value = float(text.replace(".", "").replace(",", "."))
    return int(value) if value.is_integer() else value


def parse_number_word(word: str) -> int | None:
    """The value of a written-out German number (``"zweiundzwanzig"`` -> 22), or None."""
    word = word.lower()
    if not word:
        return None
    if "tausend" in word:
        head, _, tail = word.partition("tausend")
        high = parse_number_word(head) if head else 1
        low = parse_number_word(tail) if tail else 0
        return None if high is None or low is None else high * 1000 + low
    if "hundert" in word:
        head, _, tail = word.partition("hundert")
        high = parse_number_word(head) if head else 1
        low = parse_number_word(tail) if tail else 0
        return None if high is None or low is None else high * 100 + low
    return _below_hundred(word)


def _below_hundred(word: str) -> int | None:
    words = lexicon().words
    if word in words:
        return words[word]
    unit, sep, tens = word.partition("und")
    if sep and unit in words and tens in words:
        return words[unit] + words[tens]
    return None


def number_value(text: str) -> float | None:
    """The value of a numeral or a number word, None when it is neither."""
    if text[:1].isdigit():
        return parse_numeral(text)
    halves = lexicon().halves
    if text.lower() in halves:
        return halves[text.lower()]
    return parse_number_word(text)


def scale_value(word: str | None) -> int:
    """The multiplier of a scale word (``"Mio."`` -> 1,000,000), 1 for None."""
    return lexicon().scales.get(word, 1) if word else 1


def head_windows(text: str, heads: re.Pattern[str], words_before: int, chars_after: int) -> list[tuple[int, int]]:
    """Stretches of ``text`` around each head match, merged: where a full rule regex needs to look.

    A rule regex tried at every word of an article is slow; every expression the rules find
    contains a head (a digit, a month, a unit noun...). A window runs from ``words_before``
    words before a head to the first space ``chars_after`` characters after it.
    """
    windows: list[list[int]] = []
    for match in heads.finditer(text):
        start = match.start()
        for _ in range(words_before):
            space = text.rfind(" ", 0, max(start - 1, 0))
            if space < 0:
                start = 0
                break
            start = space + 1
        end = text.find(" ", match.end() + chars_after)
        end = len(text) if end < 0 else end
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    return [(start, end) for start, end in windows]


def literal_heads(words: Any, *, digits: bool = True) -> str:
    """A trie-shaped regex of ``words`` (lower- and capitalised forms), and of digit runs.

    Each branch starts with a distinct literal character, so that the regex engine skips
    every position whose character starts no head (its "charset prefix"): a plain
    alternation of a few hundred words costs ten times more.
    """
    forms = {form for word in words for form in (word, word[:1].upper() + word[1:], word[:1].lower() + word[1:])}
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    if digits:
        for digit in "0123456789":
            trie[digit] = {"\\d*": {"": {}}}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    branches = []
    for char, child in sorted(node.items()):
        if char == "":
            continue
        branches.append((char if char == "\\d*" else re.escape(char)) + _trie_regex(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body
