"""Splitting German compounds with a word list ("Truppenpräsenz" -> "Truppe" + "Präsenz").

The word list is simplemma's German dictionary (about 1.1 million word forms,
each mapped to its lemma), loaded lazily once: it takes about a second and
120 MB, so only indexing loads it; queries never split.

Only nouns are split (capitalised words whose lemma is capitalised). A word of
at least :data:`MIN_COMPOUND` letters is split into *modifier* + *head* where the
head (at least :data:`MIN_HEAD` letters, or one of :data:`SHORT_WORDS`) is a
known word form and the modifier, as written or minus a linking element
(s, es, n, en, e, er), is a known word of at least :data:`MIN_MODIFIER` letters
(or one of :data:`SHORT_WORDS`). The longest head wins; modifier and head are
split again. Parts are given as lemmas. A known inflected word is split through
its lemma, so "Soldaten" (lemma "Soldat") is left alone while
"Bundeswehrsoldaten" (lemma "Bundeswehrsoldat") gives "Bundeswehr", "Soldat",
"Bund", "Wehr". Stop lists keep derivations ("Wirt|schaft", "Unter|stützung")
and frequent accidents ("Mini|ster") out; ASCII spellings ("Truppenpraesenz")
are looked up with their umlauts.

The word list is dictionary data, not frequencies, so some rare splits are
wrong ("Nasr|allah"); a wrong split only adds a low-weighted term to the
``parts`` index column.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Mapping
from functools import lru_cache

log = logging.getLogger("lagebild.store")

MIN_COMPOUND = 8
MIN_HEAD = 4
MIN_SHORT = 2
MIN_MODIFIER = 4
MAX_DEPTH = 4
LINKING = ("es", "en", "er", "s", "n", "e")
#: Heads that are derivational endings rather than words ("Wirt|schaft").
STOP_HEADS = frozenset(
    {"schaft", "schaften", "ung", "ungen", "heit", "heiten", "keit", "keiten", "tum", "tums", "ling", "linge",
     "nisse", "chen", "lein", "rung", "rungen", "tion", "tionen", "riffe", "erung", "erungen", "ierung", "lich",
     "liche", "lichen", "ische", "ischen", "isch", "lose", "losen", "bar", "bare", "baren", "sam",
     # rare words that mostly match by accident ("Mini|ster", "Inter|esse", "Bunde|stag")
     "ster", "stag", "esse", "essen", "ente", "enten", "ionen", "tern", "cher", "chen", "samt", "ismus", "ting",
     "achten", "liner", "ling", "linge", "lingen", "erweise", "weise", "wart", "ware", "ante", "anten", "ions",
     "list", "liste", "ville", "sterin", "thon"}
)
#: Frequent three-letter words that may be heads or modifiers ("Bundes|tag", "Ost|ukraine");
#: other parts need MIN_HEAD / MIN_MODIFIER letters.
SHORT_WORDS = frozenset(
    {"Tag", "Rat", "Amt", "Weg", "Bau", "Zug", "Tod", "See", "Ort", "Gas", "Tat", "Not", "Ruf", "Hof", "Akt",
     "Bad", "Eis", "Mut", "Tal", "Tor", "Wut", "Zoo", "Bus", "Arm", "Öl", "Art", "Bär", "Rad", "Hut", "Ost", "Süd",
     "Neu", "Alt", "Ehe", "Erd", "Kur", "Bio", "Tee", "Uhr", "Kuh", "Ufer", "Rot", "Hai", "Ski", "Hof", "Geh"}
)
#: Heads that need a linking element before them: "Wochen|ende" but not "Vorsitz|ende".
LINKED_HEADS = frozenset({"ende", "enden"})
#: Prefixes and particles that make derivations, not compounds ("Unter|stützung").
STOP_MODIFIERS = frozenset(
    {"ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "ent", "ver", "vor", "zer", "emp", "miss", "nach",
     "unter", "über", "uber", "ueber", "gegen", "hinter", "neben", "wider", "wieder", "fort", "weg", "zurück",
     "her", "hin", "los", "mit", "zu", "um", "ge", "be", "er", "voll", "all", "ob", "ur", "un", "mis"}
)
_DIGRAPH_TO_UMLAUT = re.compile(r"ae|oe|(?<!q)ue|Ae|Oe|Ue")
_UMLAUT = {"ae": "ä", "oe": "ö", "ue": "ü", "Ae": "Ä", "Oe": "Ö", "Ue": "Ü"}

_lock = threading.Lock()
_dictionary: Mapping[str, str] | None = None


def dictionary() -> Mapping[str, str]:
    """simplemma's German word-form -> lemma mapping, loaded once on first use."""
    global _dictionary
    if _dictionary is None:
        with _lock:
            if _dictionary is None:
                from simplemma.strategies.dictionaries import DefaultDictionaryFactory

                started = time.perf_counter()
                _dictionary = DefaultDictionaryFactory().get_dictionary("de")
                log.debug("loaded German word list (%d forms) in %.2fs", len(_dictionary),
                          time.perf_counter() - started)
    return _dictionary


def lemma(word: str) -> str | None:
    """The lemma of a known word form (tried as written, capitalised and lowercased), else None."""
    words = dictionary()
    for form in _spellings(word):
        found = words.get(form)
        if found is not None:
            return found
    return None


def _spellings(word: str) -> list[str]:
    """``word`` as written, capitalised, lowercased, and with ASCII umlaut spellings resolved."""
    forms = [word, word[:1].upper() + word[1:].lower(), word.lower()]
    if _DIGRAPH_TO_UMLAUT.search(word):
        umlauted = _DIGRAPH_TO_UMLAUT.sub(lambda m: _UMLAUT[m.group()], word)
        forms += [umlauted, umlauted[:1].upper() + umlauted[1:].lower()]
    return forms


@lru_cache(maxsize=1 << 17)
def compound_parts(word: str) -> tuple[str, ...]:
    """The parts of a compound word, outermost first; ``()`` when it is not a compound.

    >>> compound_parts("Truppenpräsenz")
    ('Truppe', 'Präsenz')
    """
    if len(word) < MIN_COMPOUND or not word.isalpha() or not word[:1].isupper():
        return ()
    base = lemma(word)
    if base is not None:
        if len(base) < MIN_COMPOUND or not base.isalpha() or not base[:1].isupper():
            return ()  # an inflected short word ("Soldaten") or not a noun ("Vielleicht")
        word = base
    return tuple(_split_tree(word, MAX_DEPTH))


def _split_tree(word: str, depth: int) -> list[str]:
    """Modifier and head of ``word`` and, recursively, their own parts."""
    split = _split_once(word) if depth > 0 else None
    if split is None:
        return []
    modifier, head = split
    parts = [modifier, head]
    for part in (modifier, head):
        if len(part) >= MIN_COMPOUND:
            parts.extend(_split_tree(part, depth - 1))
    return parts


def _split_once(word: str) -> tuple[str, str] | None:
    """The split with the longest known head and a known modifier, or None."""
    for cut in range(MIN_SHORT, len(word) - MIN_SHORT + 1):
        split = _split_at(word, cut)
        if split is not None:
            return split
    return None


def _split_at(word: str, cut: int) -> tuple[str, str] | None:
    """Modifier and head when cutting ``word`` at ``cut`` gives known words, else None."""
    head = word[cut:]
    lowered = head.lower()
    if lowered in STOP_HEADS:
        return None
    if word[:1].isupper():
        head = head[:1].upper() + head[1:]
    if len(head) < MIN_HEAD and not _short_word(head):
        return None
    if not _known_head(head):
        return None
    modifier = _modifier(word[:cut], linked=lowered in LINKED_HEADS)
    return None if modifier is None else (modifier, _related(head, lemma(head) or head))


def _known_head(head: str) -> bool:
    """A head must be a known word in the case it would be written alone."""
    words = dictionary()
    if words.get(head) is not None:  # .get: a miss costs no KeyError
        return True
    normal = head[:1] + head[1:].lower()
    if normal != head and words.get(normal) is not None:
        return True
    if _DIGRAPH_TO_UMLAUT.search(normal):
        return words.get(_DIGRAPH_TO_UMLAUT.sub(lambda m: _UMLAUT[m.group()], normal)) is not None
    return False


def _modifier(text: str, *, linked: bool = False) -> str | None:
    """The known word behind a modifier, as written or without its linking element.

    With ``linked`` the modifier must carry a linking element ("Wochen|ende", not "Vorsitz|ende").
    """
    candidates = [] if linked else [text]
    candidates += [text[: -len(link)] for link in LINKING if text.endswith(link)]
    for candidate in candidates:
        if candidate.lower() in STOP_MODIFIERS:
            continue
        if len(candidate) < MIN_MODIFIER and not _short_word(candidate):
            continue
        base = lemma(candidate)
        if base is not None:
            return _related(candidate, base)
    return None


def _related(word: str, base: str) -> str:
    """``base`` when it looks like a form of ``word`` (the word list has odd lemmas), else ``word``."""
    return base if base[:3].lower() == word[:3].lower() else word


def _short_word(word: str) -> bool:
    return word[:1].upper() + word[1:].lower() in SHORT_WORDS
