"""Short lines: kickers (Dachzeilen), headlines and subheadings.

Rules (lengths in characters):

* **kicker**: at most 60 characters and 8 words, no final ``.``, ``!``, ``?``,
  ``,`` or ``;`` (a final colon is allowed and dropped: "Corona-Pandemie:").
* **headline**: at most 200 characters and 30 words, not ending in ``.``, ``,``,
  ``;`` or ``:`` (``?``, ``!`` and closing quotes are allowed; a period after an
  initial or Roman ordinal is allowed: "Papst Benedikt XVI.").
* **subheading**: under 100 characters and under 14 words, no final ``.``, ``!``,
  ``:``, ``;`` or ``,`` (a question is allowed), neither opening nor closing with a
  quotation mark, not opening with a speaker label ("ZEIT ONLINE: Warum?") and not
  ending with a function word ("die", "und"; a line broken mid-sentence).
* **kicker before a colon** ("Corona-Krise: Regierung beschließt ..."): a headline is
  split into kicker and headline only when the part before ": " has at most four
  words and 40 characters and starts with a capital letter or digit, and the part
  after it has at least three words, does not start or end with a quotation mark and
  does not start with a word of direct speech ("Ich", "Wir", "Uns", ...). So
  "Merkel: Wir schaffen das" and 'Merkel: "Wir schaffen das"' stay whole headlines
  (a quote and its speaker); "Merkel: Regierung bleibt bei ihrem Kurs" is split.
"""

from __future__ import annotations

import re

QUOTE_CHARS = "\"'„“”‚‘’«»‹›"
MAX_KICKER_CHARS, MAX_KICKER_WORDS = 60, 8
MAX_HEADLINE_CHARS, MAX_HEADLINE_WORDS = 200, 30
MAX_HEADING_CHARS, MAX_HEADING_WORDS = 100, 14
MAX_COLON_KICKER_CHARS, MAX_COLON_KICKER_WORDS = 40, 4
MIN_COLON_HEADLINE_WORDS = 3

#: "Kicker: rest of the headline" (the kicker holds no quotation mark).
COLON_KICKER_RE = re.compile(r"^(?P<kicker>[^:\"„“”«»]+?):\s+(?P<rest>\S.*)$")
#: Words that open direct speech; after them a colon marks a quote, not a kicker.
DIRECT_SPEECH_WORDS = frozenset(
    {"ich", "wir", "du", "ihr", "mir", "mich", "uns", "unser", "unsere", "mein", "meine", "dein", "euer", "man"}
)
#: A speaker label opening an interview question or answer: "ZEIT ONLINE: Warum?", "Muster: Ja.".
SPEAKER_LABEL_RE = re.compile(r"^[^:\s][^:]{0,29}:\s")
#: Words a subheading never ends with, nor consists of alone (a line broken mid-sentence).
FUNCTION_WORDS = frozenset(
    """der die das den dem des ein eine einen einem einer eines und oder aber doch denn sondern wenn weil dass
    als wie ob von vom zu zum zur mit nach bei aus an am auf in im für über unter um durch gegen ohne bis
    ich du er sie es wir ihr man sich nicht auch noch schon nur so heute hier da dann
    diese dieser dieses diesem diesen jede jeder jedes alle viele einige mehrere kein keine sein seine ihre
    unser unsere""".split()
)
#: A final period that belongs to an initial or a Roman ordinal: "Andrej H.", "Benedikt XVI.".
ABBREVIATION_END_RE = re.compile(r"\s(?:[A-ZÄÖÜ]|[IVX]{1,5})\.$")
#: A letter somewhere (lines of digits or symbols are no titles).
LETTER_RE = re.compile(r"[^\W\d_]")


def is_kicker_like(text: str) -> bool:
    """Whether ``text`` can be a kicker (Dachzeile) above a headline."""
    return (
        _fits(text, MAX_KICKER_CHARS, MAX_KICKER_WORDS)
        and not text.endswith((".", "!", "?", ",", ";"))
        and not text.startswith(tuple(QUOTE_CHARS))
    )


def is_headline_like(text: str) -> bool:
    """Whether ``text`` can be a headline (a final period only after an initial or ordinal: "Benedikt XVI.")."""
    if not _fits(text, MAX_HEADLINE_CHARS, MAX_HEADLINE_WORDS) or text.endswith((",", ";", ":")):
        return False
    return not text.endswith(".") or bool(ABBREVIATION_END_RE.search(text))


def is_heading_like(text: str) -> bool:
    """Whether ``text`` can be a subheading between paragraphs."""
    return (
        _fits(text, MAX_HEADING_CHARS - 1, MAX_HEADING_WORDS - 1)
        and not text.endswith((".", "!", ":", ";", ",", "…"))
        and not text.startswith(tuple(QUOTE_CHARS))
        and not text.endswith(tuple(QUOTE_CHARS))
        and not SPEAKER_LABEL_RE.match(text)
        and text.split()[-1].casefold() not in FUNCTION_WORDS
    )


def strip_kicker_colon(kicker: str) -> str:
    """A kicker line without its trailing colon ("Corona-Pandemie:" -> "Corona-Pandemie")."""
    return kicker[:-1].rstrip() if kicker.endswith(":") else kicker


def split_colon_kicker(headline: str) -> tuple[str | None, str]:
    """(kicker, headline) for "Kicker: headline"; (None, headline) when the rule above says no."""
    match = COLON_KICKER_RE.match(headline)
    if match is None:
        return None, headline
    kicker, rest = match["kicker"].strip(), match["rest"]
    if not (_is_colon_kicker(kicker) and _is_statement(rest)):
        return None, headline
    return kicker, rest


def _is_colon_kicker(kicker: str) -> bool:
    return (
        len(kicker) <= MAX_COLON_KICKER_CHARS
        and len(kicker.split()) <= MAX_COLON_KICKER_WORDS
        and (kicker[0].isupper() or kicker[0].isdigit())
    )


def _is_statement(rest: str) -> bool:
    words = rest.split()
    return (
        len(words) >= MIN_COLON_HEADLINE_WORDS
        and not rest.startswith(tuple(QUOTE_CHARS))
        and not rest.rstrip("?!").endswith(tuple(QUOTE_CHARS))
        and words[0].strip(",").lower() not in DIRECT_SPEECH_WORDS
    )


def _fits(text: str, max_chars: int, max_words: int) -> bool:
    return 0 < len(text) <= max_chars and len(text.split()) <= max_words and bool(LETTER_RE.search(text))
