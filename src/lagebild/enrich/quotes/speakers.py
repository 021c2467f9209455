"""Speaker noun phrases near a cue, and resolution of pronouns, role nouns and "darin".

A tiny regex-free chunker over word tokens: determiner, adjectives, capitalised nouns
and names, then genitive or ``von`` attributes and ``in``/``aus`` place modifiers
("einer gemeinsamen Erklärung der Regierungen in Washington und Bagdad").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lagebild.enrich.quotes.knowledge import cue_knowledge
from lagebild.enrich.quotes.text import Span, Token

DETERMINERS = frozenset(
    "der die das des dem den ein eine einer eines einem einen sein seine seiner seines seinem seinen "
    "ihr ihre ihrer ihres ihrem ihren dessen deren unser unsere dieser diese dieses diesem diesen "
    "jener jene mehrere viele einige alle beide zwei drei vier fünf zahlreiche andere weitere".split()
)
GENITIVE_LINKS = frozenset({"des", "der", "von", "vom"})
PLACE_LINKS = frozenset({"in", "aus", "im"})
AUXILIARIES = frozenset("hat haben hatte hatten habe ist sind war waren wird werden wurde wurden".split())
SOURCE_PREPOSITIONS = frozenset("in im aus von vom bei beim seitens auf".split())
#: Lowercase words that may stand inside a noun phrase before its noun (adjectives, participles, numbers).
ADJECTIVE = re.compile(r"^(?:\d[\d.,]*|[a-zäöüß][\w-]*(?:e|en|er|es|em))$")
#: Gap between two tokens of one noun phrase: spaces only.
TIGHT_GAP = re.compile(r"[ \t]*")
#: Gap that closes an apposition: a comma.
COMMA_GAP = re.compile(r"^\s*,\s*$")
FUNCTION_WORDS = frozenset("und oder für von vom der die das des den dem zu im in am an auf mit bei aus".split())
FEMININE_MARKERS = re.compile(r"(?:in|innen|frau)$|^Frau$")


def _tight(text: str, left: Token, right: Token) -> bool:
    return right.start >= left.end and TIGHT_GAP.fullmatch(text, left.end, right.start) is not None


def _is_noun(token: Token) -> bool:
    return token.capitalised or (token.text[:1].isdigit() and "-" in token.text)


def _adjectives(tokens: Sequence[Token], k: int, text: str) -> int:
    """Index after the adjectives that start at ``k`` (at most three)."""
    for _ in range(3):
        if k < len(tokens) and ADJECTIVE.match(tokens[k].text) and tokens[k].lower not in FUNCTION_WORDS:
            if k + 1 < len(tokens) and _tight(text, tokens[k], tokens[k + 1]):
                k += 1
                continue
        break
    return k


def _core(tokens: Sequence[Token], i: int, text: str) -> tuple[int, bool] | None:
    """(end index, has determiner) of determiner + adjectives + nouns starting at ``i``."""
    stops = cue_knowledge().stop_words
    k, has_det = i, False
    if k < len(tokens) and tokens[k].lower in DETERMINERS:
        has_det, k = True, k + 1
        if k >= len(tokens) or not _tight(text, tokens[k - 1], tokens[k]):
            return None
    k = _adjectives(tokens, k, text)
    nouns = 0
    while k < len(tokens) and _is_noun(tokens[k]):
        if nouns == 0 and not has_det and k == i and tokens[k].text in stops:
            return None
        if nouns and not _tight(text, tokens[k - 1], tokens[k]):
            break
        nouns, k = nouns + 1, k + 1
    return (k, has_det) if nouns else None


def _has_role_noun(tokens: Sequence[Token]) -> bool:
    roles = cue_knowledge().role_nouns
    return any(t.text in roles or any(t.text.endswith(r.lower()) for r in ("minister", "sprecher", "präsident")) for t in tokens)


def phrase_end(tokens: Sequence[Token], i: int, text: str, depth: int = 0) -> int | None:
    """Index after the noun phrase that starts at token ``i``, or None when none starts there."""
    core = _core(tokens, i, text)
    if core is None:
        return None
    k, has_det = core
    attach = has_det or _has_role_noun(tokens[i:k])
    while depth < 3 and attach and k + 1 < len(tokens) and _tight(text, tokens[k - 1], tokens[k]):
        link = tokens[k].lower
        if link in GENITIVE_LINKS:
            sub = phrase_end(tokens, k + 1, text, depth + 1)
        elif link in PLACE_LINKS and has_det and tokens[k + 1].capitalised and tokens[k + 1].lower not in DETERMINERS:
            sub = _names(tokens, k + 1, text)
        else:
            break
        if sub is None:
            break
        k, depth = sub, depth + 1
    return k


def _names(tokens: Sequence[Token], k: int, text: str) -> int | None:
    """Index after capitalised names joined by ``und`` starting at ``k``."""
    end = None
    while k < len(tokens) and tokens[k].capitalised:
        end = k + 1
        if k + 2 < len(tokens) and tokens[k + 1].lower == "und" and tokens[k + 2].capitalised:
            k += 2
            continue
        break
    return end


def span_of(tokens: Sequence[Token], i: int, j: int, text: str) -> Span:
    """The span from token ``i`` to token ``j - 1``."""
    return Span(tokens[i].start, tokens[j - 1].end, text[tokens[i].start : tokens[j - 1].end])


def pronoun_at(tokens: Sequence[Token], i: int) -> bool:
    return i < len(tokens) and tokens[i].lower in cue_knowledge().pronouns and tokens[i].lower not in ("ihr", "es")


def speaker_after(tokens: Sequence[Token], i: int, text: str) -> Span | None:
    """A pronoun or noun phrase (with an apposition) starting at token ``i``."""
    if i >= len(tokens):
        return None
    if pronoun_at(tokens, i):
        return span_of(tokens, i, i + 1, text)
    end = phrase_end(tokens, i, text)
    if end is None:
        return None
    end = _apposition(tokens, end, text) or end
    return span_of(tokens, i, end, text)


def _apposition(tokens: Sequence[Token], end: int, text: str) -> int | None:
    """Index after ``, <noun phrase>`` closed by a comma right after ``end``, if there is one."""
    if end >= len(tokens) or not COMMA_GAP.match(text[tokens[end - 1].end : tokens[end].start]):
        return None
    sub = phrase_end(tokens, end, text)
    if sub is None or sub >= len(tokens) or not COMMA_GAP.match(text[tokens[sub - 1].end : tokens[sub].start]):
        return None
    return sub


def speaker_before(tokens: Sequence[Token], clause_start: int, verb: int, text: str) -> Span | None:
    """The noun phrase that opens the clause and ends right before the verb (or its auxiliary)."""
    if clause_start >= verb:
        return None
    if pronoun_at(tokens, clause_start) and clause_start + 1 in (verb, verb - 1):
        return span_of(tokens, clause_start, clause_start + 1, text)
    end = phrase_end(tokens, clause_start, text)
    if end is None:
        return None
    end = _apposition(tokens, end, text) or end
    if end == verb or (end == verb - 1 and tokens[end].lower in AUXILIARIES):
        return span_of(tokens, clause_start, end, text)
    if end < verb and tokens[end].lower in AUXILIARIES:
        return span_of(tokens, clause_start, end, text)
    return None


def source_after(tokens: Sequence[Token], i: int, text: str) -> Span | None:
    """The source after an impersonal cue: ``darin`` or ``in/aus/von ... <noun phrase>``."""
    knowledge = cue_knowledge()
    for k in range(i, min(i + 3, len(tokens))):
        low = tokens[k].lower
        if low in knowledge.anaphoric_documents:
            return span_of(tokens, k, k + 1, text)
        if low in SOURCE_PREPOSITIONS:
            start = k + 1
            end = phrase_end(tokens, start, text)
            return span_of(tokens, start, end, text) if end else None
    return None


def gender(span_text: str) -> set[str]:
    """Genders a noun phrase is compatible with (all when unknown)."""
    words = span_text.split()
    if not words:
        return {"m", "f", "n", "pl"}
    first, last = words[0].lower(), words[-1]
    if first == "der":
        return {"m"}
    if first == "das":
        return {"n"}
    if first == "die":
        return {"f", "pl"}
    if any(FEMININE_MARKERS.search(w) and w in cue_knowledge().role_nouns for w in words) or words[0] == "Frau":
        return {"f", "pl"}
    if words[0] == "Herr":
        return {"m"}
    return {"m", "f", "n", "pl"} if last else set()


def document_antecedent(tokens: Sequence[Token], text: str) -> Span | None:
    """The last noun phrase headed by a document noun ("Erklärung", "Bericht") among ``tokens``."""
    nouns = cue_knowledge().document_nouns
    lowered = tuple(n.lower() for n in nouns)
    for k in range(len(tokens) - 1, -1, -1):
        word = tokens[k].text
        if not tokens[k].capitalised or not (word in nouns or word.lower().endswith(lowered)):
            continue
        start = k
        while start > 0 and _tight(text, tokens[start - 1], tokens[start]) and (
            tokens[start - 1].lower in DETERMINERS or ADJECTIVE.match(tokens[start - 1].text)
        ) and tokens[start - 1].lower not in FUNCTION_WORDS - DETERMINERS:
            start -= 1
            if tokens[start].lower in DETERMINERS:
                break
        end = phrase_end(tokens, start, text) or k + 1
        return span_of(tokens, start, max(end, k + 1), text)
    return None
