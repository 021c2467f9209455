"""Snippets: a short stretch of the ORIGINAL article text around the query's matches.

Matched words are bracketed with :data:`MARK_START` and :data:`MARK_END`
(« and »): snippets are plain text for the CLI and the JSON API; a web page
HTML-escapes the snippet and may turn the brackets into ``<mark>``.
Snippets are made in Python for the current page of results only.
"""

from __future__ import annotations

import re

from lagebild.store.analysis import PIECE_RE, WORD_RE, joined_term, term
from lagebild.store.compounds import MIN_COMPOUND

MARK_START = "\u00ab"  # «
MARK_END = "\u00bb"  # »
ELLIPSIS = "\u2026"  # …
#: Words in a snippet window.
WINDOW = 30
#: Only this much of a (very long) text is searched for the best window.
MAX_TEXT = 50_000
#: Shortest query term looked for inside long words (compound parts).
MIN_PART = 4

_SPACE = re.compile(r"\s+")
_SPLIT = re.compile(f"({WORD_RE.pattern})")


class Highlighter:
    """Decides which words of a text match a query's terms and prefixes.

    A word matches when its term is a query term, starts with a query prefix, or
    (for a long word) contains a query term of 4+ letters: compound parts are
    recognised without the word list, which only indexing loads.
    """

    def __init__(self, terms: set[str], prefixes: set[str]) -> None:
        self.terms = frozenset(terms)
        self.prefixes = tuple(sorted(prefixes))
        parts = sorted((t for t in terms if len(t) >= MIN_PART), key=len, reverse=True)
        self._inside = re.compile("|".join(map(re.escape, parts))) if parts else None

    def match_all(self, words: set[str]) -> dict[str, bool]:
        """``{word: matched}`` for a set of words of the original text."""
        return {word: self.matches(word) for word in words}

    def matches(self, word: str) -> bool:
        if "-" in word or "\u2010" in word or "\u2011" in word:
            return joined_term(word) in self.terms or any(self.matches(p) for p in PIECE_RE.findall(word))
        found = term(word)
        if not found:
            return False
        if found in self.terms or (self.prefixes and found.startswith(self.prefixes)):
            return True
        return len(found) >= MIN_COMPOUND and self._inside is not None and self._inside.search(found) is not None


def make_snippet(text: str, highlighter: Highlighter, *, window: int = WINDOW) -> str:
    """The ``window`` words of ``text`` with the most distinct matches, matches bracketed.

    Without any match, the start of the text.
    """
    pieces = _SPLIT.split(text[:MAX_TEXT])  # separator, word, separator, word, ..., separator
    words = pieces[1::2]
    if not words:
        return _clean(text[:200])
    matches = highlighter.match_all(set(words))
    hits = [matches[word] for word in words]
    first = _best_window(words, hits, window)
    return _render(pieces, hits, range(first, min(first + window, len(words))))


def _best_window(words: list[str], hits: list[bool], window: int) -> int:
    """Index of the first word of the window with the most distinct matched words (earliest on ties)."""
    positions = [i for i, hit in enumerate(hits) if hit]
    best_start, best_score = 0, (0, 0)
    for n, start in enumerate(positions):
        inside = [words[i].lower() for i in positions[n:] if i < start + window]
        score = (len(set(inside)), len(inside))
        if score > best_score:
            best_start, best_score = start, score
    return max(0, best_start - 3)  # a little context before the first match


def _render(pieces: list[str], hits: list[bool], chosen: range) -> str:
    """The original text of the chosen words, matches bracketed, ellipses where text is cut."""
    out: list[str] = []
    for i in chosen:
        if i > chosen.start:
            out.append(pieces[2 * i])
        word = pieces[2 * i + 1]
        out.append(f"{MARK_START}{word}{MARK_END}" if hits[i] else word)
    tail = pieces[2 * chosen.stop][:1] if 2 * chosen.stop < len(pieces) else ""
    if tail and not tail.isspace():
        out.append(tail)  # keep a closing full stop or comma
    snippet = _clean("".join(out))
    if chosen.start > 0:
        snippet = f"{ELLIPSIS} {snippet}"
    if chosen.stop < len(hits):
        snippet = f"{snippet} {ELLIPSIS}"
    return snippet


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
