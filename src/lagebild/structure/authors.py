"""Author lines ("Von Anna Muster, Berlin", "Ein Kommentar von ...") and author names.

A byline names people; a place after a comma ("Von Anna Muster, Berlin") and
agencies ("Anna Muster, dpa") are not authors. A person is two to five capitalised
tokens (particles such as "von" or "de" allowed); a single word after a comma is
read as a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lagebild.structure.agencies import find_agencies

#: The label that opens a byline: "Von", "Ein Kommentar von", "Eine Analyse von", "Autorin:".
BYLINE_RE = re.compile(
    r"^(?:(?:ein|eine)\s+[\wäöüÄÖÜß-]+\s+von|(?:kommentar|analyse|gastbeitrag|gastkommentar|essay|interview"
    r"|kolumne|reportage|glosse|leitartikel|recherche)\s+von|von|autor(?:in|en|innen)?\s*:|text\s*:)"
    r"\s+(?P<names>\S.*)$",
    re.IGNORECASE,
)
#: "unserem Korrespondenten", "unserer Redakteurin" before the name.
BYLINE_ROLE_RE = re.compile(r"^unser(?:em|er|en|e)?\s+[\wäöüÄÖÜß-]+\s+", re.IGNORECASE)
#: Between names: "Anna Muster und Max Beispiel", "A, B & C", "A/B".
NAME_SEPARATOR_RE = re.compile(r"\s*(?:,|;|/|\s&\s|\s\+\s|\sund\s|\sand\s)\s*")
#: One token of a person's name: "Anna", "Müller-Lüdenscheidt", "O'Neill", "J.".
NAME_TOKEN_RE = re.compile(r"^(?:[A-ZÄÖÜÉÈÁÀÇŠŽČ][a-zäöüßéèáàíóúñçšžčćğı'’]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàíóúñç'’]+)*|[A-Z]\.)$")
#: Lower-case particles inside names: "Ursula von der Leyen", "Hans de Vries".
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "du", "zu", "zur", "di", "da", "del", "la", "le", "ten", "ter", "al", "el", "bin"})
#: First words of two-word place names that would otherwise pass as person names.
PLACE_FIRST_WORDS = frozenset({"New", "Los", "Las", "San", "Santa", "Sankt", "St.", "Bad", "Rio", "Buenos", "Tel", "Abu", "Hong", "Kuala", "Den", "Sao", "São"})
#: Most characters a byline may have.
MAX_BYLINE_CHARS = 160


def parse_byline(line: str) -> tuple[list[str], list[str]] | None:
    """(authors, agencies) of a byline such as "Von Anna Muster und Max Beispiel, Berlin"; None if it is none."""
    line = line.strip()
    match = BYLINE_RE.match(line)
    if match is None or len(line) > MAX_BYLINE_CHARS or (_ends_sentence(line) and not _ends_with_initial(line)):
        return None
    names = BYLINE_ROLE_RE.sub("", match["names"])
    parts = [part for part in NAME_SEPARATOR_RE.split(names) if part]
    authors = [part for part in parts if is_person_name(part)]
    agencies = find_agencies(names)
    if not authors or not all(_is_byline_part(part) for part in parts):
        return None
    return authors, agencies


def split_authors(value: str | Iterable[str] | None, *, strict: bool = False) -> list[str]:
    """Author names from a byline or author field(s), without labels, places and agencies.

    ``strict`` keeps only parts that look like a person's name; otherwise any part
    that is not an agency or a single place-like word after the first name is kept
    (author fields of feeds and records carry one-word pen names too).
    """
    if value is None:
        return []
    values = [value] if isinstance(value, str) else list(value)
    authors: list[str] = []
    for item in values:
        for name in _names_in(item, strict=strict):
            if name not in authors:
                authors.append(name)
    return authors


def is_person_name(text: str) -> bool:
    """Whether ``text`` looks like a person's name: 2-5 capitalised tokens, particles allowed."""
    tokens = text.split()
    capitalised = [token for token in tokens if token not in NAME_PARTICLES]
    if not 2 <= len(tokens) <= 5 or len(capitalised) < 2 or tokens[0] in PLACE_FIRST_WORDS:
        return False
    return all(NAME_TOKEN_RE.match(token) for token in capitalised)


def _names_in(item: str, *, strict: bool) -> list[str]:
    if not isinstance(item, str):
        return []
    match = BYLINE_RE.match(item.strip())
    text = BYLINE_ROLE_RE.sub("", match["names"] if match else item.strip())
    parts = [part.strip() for part in NAME_SEPARATOR_RE.split(text) if part.strip()]
    if strict:
        return [part for part in parts if is_person_name(part)]
    return [part for index, part in enumerate(parts) if _is_loose_name(part, first=index == 0)]


def _is_loose_name(part: str, *, first: bool) -> bool:
    if find_agencies(part) and not is_person_name(part):
        return False
    return is_person_name(part) or (first and len(part.split()) <= 5)


def _is_byline_part(part: str) -> bool:
    """A byline part is a person, a place or desk (capitalised words) or an agency credit."""
    if is_person_name(part) or find_agencies(part):
        return True
    tokens = part.split()
    return 0 < len(tokens) <= 4 and all(token[:1].isupper() or token in NAME_PARTICLES for token in tokens)


def _ends_with_initial(line: str) -> bool:
    return bool(re.search(r"\s[A-Z]\.$", line))


def _ends_sentence(line: str) -> bool:
    return line.endswith((".", "!", "?"))
