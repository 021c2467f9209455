"""The user's search syntax, translated into an SQLite FTS5 MATCH expression and a PostgreSQL tsquery.

Syntax (documented for users in :func:`parse_query`):

- ``Soldat Irak``: all words must occur (AND); words are analysed like the
  index (folding, stemming), so "Soldat" finds "Soldaten" and "Truppenpräsenz"
  is found by "Truppen" and "Präsenz".
- ``"Truppen im Irak"``: a phrase, words in this order in headline or text.
- ``Merkel OR Macron``: either word; OR binds tighter than the implicit AND,
  so ``Corona Merkel OR Macron`` means Corona AND (Merkel OR Macron).
- ``-Sport`` or ``NOT Sport``: exclude articles with this word.
- ``Soldat*``: prefix.
- ``( ... )``: grouping.

User text never reaches FTS5 as syntax: every term is produced by
:mod:`lagebild.store.analysis` (letters and digits only) and double-quoted.
Any problem raises :class:`~lagebild.errors.QuerySyntaxError` saying what to fix.

One parse gives both engines' expressions (``match`` for FTS5, ``tsquery`` for
PostgreSQL), so both backends search the same terms the same way. In the tsquery
the index columns are weights (headline A, body B, compound parts C; see
:mod:`lagebild.store.tsvector`): a phrase is restricted to ``:AB`` as FTS5's is to
``{headline body}``; ``&``, ``|``, ``!`` and ``<->`` stand for AND, OR, NOT and
adjacency.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lagebild.errors import QuerySyntaxError
from lagebild.store.analysis import PIECE_RE, joined_term, prefix_term, term

#: Columns a phrase must match in (the ``parts`` column holds unordered compound parts).
PHRASE_COLUMNS = "{headline body}"
MAX_TERMS = 64
MAX_DEPTH = 32
MIN_PREFIX = 2
OPERATORS = ("OR", "AND", "NOT")

_LEXER = re.compile(
    r'\s+|(?P<phrase>"[^"]*"?)|(?P<open>\()|(?P<close>\))|(?P<minus>-+(?=[("]))|(?P<word>[^\s"()]+)'
)


@dataclass(frozen=True, slots=True)
class Lexeme:
    """One lexical unit of a query: ``kind`` is word, phrase, open, close, OR, AND, NOT or minus."""

    kind: str
    text: str
    position: int


@dataclass(slots=True)
class ParsedQuery:
    """A translated query: the FTS5 expression, the tsquery and the terms to highlight in snippets."""

    match: str
    tsquery: str = ""
    terms: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    #: The tsquery of each FTS5 phrase (quoted string) in the expression, excluded ones too, in order:
    #: BM25 sums over them (see :mod:`lagebild.store.pgsearch`).
    phrases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Node:
    """A translated sub-expression (FTS5 and tsquery); ``negated`` for an exclusion."""

    fts: str
    tsq: str
    negated: bool = False


def lex(query: str) -> Iterator[Lexeme]:
    """Split a query into words, phrases, parentheses and operators."""
    for match in _LEXER.finditer(query):
        kind = match.lastgroup
        if kind is None:
            continue
        text = match.group()
        if kind == "phrase" and (len(text) < 2 or not text.endswith('"')):
            raise QuerySyntaxError(
                f"unbalanced quotes at position {match.start() + 1}: close the phrase {text!r} with a '\"'"
            )
        if kind == "minus":
            text = "-"
        elif kind == "word" and text in OPERATORS:
            kind = text
        elif kind == "word" and text.startswith("-"):
            yield Lexeme("minus", "-", match.start())
            text = text.lstrip("-")
            if not text:
                raise QuerySyntaxError(f"a '-' at position {match.start() + 1} must be followed by a word to exclude")
        yield Lexeme(kind, text, match.start())


class _Parser:
    """Recursive descent over the lexemes; produces FTS5 text directly."""

    def __init__(self, query: str) -> None:
        self.lexemes = list(lex(query))
        self.index = 0
        self.depth = 0
        self.count = 0
        self.parsed = ParsedQuery(match="")

    # -- helpers -----------------------------------------------------------
    def peek(self) -> Lexeme | None:
        return self.lexemes[self.index] if self.index < len(self.lexemes) else None

    def take(self) -> Lexeme:
        lexeme = self.lexemes[self.index]
        self.index += 1
        return lexeme

    # -- grammar -------------------------------------------------------------
    def parse(self) -> ParsedQuery:
        node = self.sequence()
        stray = self.peek()
        if stray is not None:
            raise QuerySyntaxError(f"unexpected ')' at position {stray.position + 1}: remove it or add a '(' before")
        if node is None:
            raise QuerySyntaxError("the query has no words: give at least one word to search for")
        if node.negated:
            raise QuerySyntaxError("the query only excludes words: add at least one word to search for")
        self.parsed.match = node.fts
        self.parsed.tsquery = node.tsq
        return self.parsed

    def sequence(self) -> _Node | None:
        """Implicit AND of alternatives up to ``)`` or the end; exclusions become NOT."""
        positive: list[_Node] = []
        negative: list[_Node] = []
        while (lexeme := self.peek()) is not None and lexeme.kind != "close":
            if lexeme.kind == "AND":
                self.take()
                if not (positive or negative) or self.peek() is None or self.peek().kind in ("close", "OR", "AND"):
                    raise QuerySyntaxError(f"'AND' at position {lexeme.position + 1} needs a word on both sides")
                continue
            node = self.alternatives()
            if node is not None:
                (negative if node.negated else positive).append(node)
        return _combine(positive, negative)

    def alternatives(self) -> _Node | None:
        """``unary (OR unary)*``."""
        first = self.peek()
        if first is not None and first.kind == "OR":
            raise QuerySyntaxError(f"'OR' at position {first.position + 1} needs a word on both sides")
        options = [self.unary()]
        while (lexeme := self.peek()) is not None and lexeme.kind == "OR":
            self.take()
            following = self.peek()
            if following is None or following.kind in ("OR", "AND", "close"):
                raise QuerySyntaxError(f"'OR' at position {lexeme.position + 1} needs a word on both sides")
            options.append(self.unary())
        present = [option for option in options if option is not None]
        if len(present) > 1 and any(option.negated for option in present):
            raise QuerySyntaxError(
                "an exclusion (-word / NOT word) cannot be one side of 'OR': drop the '-' or the 'OR'"
            )
        if len(present) <= 1:
            return present[0] if present else None
        return _Node(
            "(" + " OR ".join(option.fts for option in present) + ")",
            "(" + " | ".join(option.tsq for option in present) + ")",
        )

    def unary(self) -> _Node | None:
        lexeme = self.peek()
        if lexeme is not None and lexeme.kind in ("NOT", "minus"):
            self.take()
            following = self.peek()
            if following is None or following.kind not in ("word", "phrase", "open"):
                what = "NOT" if lexeme.kind == "NOT" else "-"
                raise QuerySyntaxError(
                    f"'{what}' at position {lexeme.position + 1} must be followed by a word to exclude"
                )
            saved = set(self.parsed.terms), set(self.parsed.prefixes)
            node = self.primary()
            self.parsed.terms, self.parsed.prefixes = saved  # excluded words are not highlighted
            if node is None:
                return None
            if node.negated:
                raise QuerySyntaxError("a double exclusion (NOT -word) cannot be searched: remove one of them")
            return _Node(node.fts, node.tsq, negated=True)
        return self.primary()

    def primary(self) -> _Node | None:
        lexeme = self.take()
        if lexeme.kind == "open":
            return self.group(lexeme)
        if lexeme.kind == "phrase":
            return self.phrase(lexeme)
        if lexeme.kind == "word":
            return self.word(lexeme)
        raise QuerySyntaxError(f"'{lexeme.text}' at position {lexeme.position + 1} needs a word after it")

    def group(self, opening: Lexeme) -> _Node | None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise QuerySyntaxError(f"parentheses are nested too deeply (more than {MAX_DEPTH}): simplify the query")
        node = self.sequence()
        closing = self.peek()
        if closing is None or closing.kind != "close":
            raise QuerySyntaxError(f"missing ')' for the '(' at position {opening.position + 1}")
        self.take()
        self.depth -= 1
        if node is None:
            return None
        return _Node(f"({node.fts})", f"({node.tsq})", node.negated)

    # -- leaves ------------------------------------------------------------------
    def word(self, lexeme: Lexeme) -> _Node | None:
        text = lexeme.text
        prefix = text.endswith("*")
        pieces = PIECE_RE.findall(text.rstrip("*"))
        if not pieces:
            return None
        if prefix:
            return self.prefix(pieces, lexeme)
        terms = self.terms(pieces)
        if not terms:
            return None
        if len(terms) == 1:
            return _Node(_quote(terms), self.phrase_of(_lexeme(terms[0])))
        joined = joined_term("".join(pieces))
        self.parsed.terms.add(joined)
        return _Node(
            f"({PHRASE_COLUMNS} : {_quote(terms)} OR {_quote([joined])})",
            f"({self.phrase_of(_ts_phrase(terms))} | {self.phrase_of(_lexeme(joined))})",
        )

    def phrase(self, lexeme: Lexeme) -> _Node | None:
        terms = self.terms(PIECE_RE.findall(lexeme.text))
        if not terms:
            raise QuerySyntaxError(f"the phrase {lexeme.text} has no words: remove it or put words between the quotes")
        if len(terms) == 1:
            return _Node(_quote(terms), self.phrase_of(_lexeme(terms[0])))
        return _Node(f"({PHRASE_COLUMNS} : {_quote(terms)})", self.phrase_of(_ts_phrase(terms)))

    def prefix(self, pieces: list[str], lexeme: Lexeme) -> _Node:
        last = prefix_term(pieces[-1])
        if len(last) < MIN_PREFIX:
            raise QuerySyntaxError(
                f"the prefix {lexeme.text!r} is too short: give at least {MIN_PREFIX} letters before the '*'"
            )
        terms = self.terms(pieces[:-1]) + [last]
        self.parsed.prefixes.add(last)
        if len(terms) == 1:
            return _Node(f"{_quote(terms)}*", self.phrase_of(_lexeme(terms[0], ":*")))
        return _Node(f"({PHRASE_COLUMNS} : {_quote(terms)}*)", self.phrase_of(_ts_phrase(terms, prefix=True)))

    def phrase_of(self, tsquery: str) -> str:
        """Remember one phrase's tsquery (for ranking) and return it."""
        self.parsed.phrases.append(tsquery)
        return tsquery

    def terms(self, pieces: list[str]) -> list[str]:
        terms = [t for t in (term(piece) for piece in pieces) if t]
        self.count += len(terms)
        if self.count > MAX_TERMS:
            raise QuerySyntaxError(f"the query has too many words (more than {MAX_TERMS}): shorten it")
        self.parsed.terms.update(terms)
        return terms


def _combine(positive: list[_Node], negative: list[_Node]) -> _Node | None:
    """``p1 AND p2 ... NOT n1 NOT n2``; only exclusions give a negated node."""
    if not positive:
        if not negative:
            return None
        if len(negative) == 1:
            return _Node(negative[0].fts, negative[0].tsq, negated=True)
        return _Node(
            "(" + " OR ".join(n.fts for n in negative) + ")", "(" + " | ".join(n.tsq for n in negative) + ")", negated=True
        )
    if len(positive) == 1:
        expression, tsq = positive[0].fts, positive[0].tsq
    else:
        expression = "(" + " AND ".join(p.fts for p in positive) + ")"
        tsq = "(" + " & ".join(p.tsq for p in positive) + ")"
    for excluded in negative:
        expression = f"({expression} NOT {excluded.fts})"
        tsq = f"({tsq} & !{excluded.tsq})"
    return _Node(expression, tsq)


def _quote(terms: list[str]) -> str:
    """One FTS5 string; terms are letters and digits, but quote-doubling keeps it safe regardless."""
    return '"' + " ".join(t.replace('"', '""') for t in terms) + '"'


def _lexeme(term: str, suffix: str = "") -> str:
    """One tsquery operand; terms are letters and digits, but quoting keeps it safe regardless."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'" + suffix


def _ts_phrase(terms: list[str], *, prefix: bool = False) -> str:
    """Adjacent terms in headline or body (weights A and B); the last one a prefix when asked."""
    operands = [_lexeme(t, ":AB") for t in terms[:-1]] + [_lexeme(terms[-1], ":*AB" if prefix else ":AB")]
    return "(" + " <-> ".join(operands) + ")"


def parse_query(query: str) -> ParsedQuery:
    """Translate a user query into an FTS5 MATCH expression; raises QuerySyntaxError.

    >>> parse_query('Soldaten -Sport').match
    '("soldat" NOT "sport")'
    """
    if not isinstance(query, str):
        raise QuerySyntaxError(f"the query must be text, not {type(query).__name__}")
    if not query.strip():
        raise QuerySyntaxError("the query is empty: give at least one word to search for")
    return _Parser(query).parse()
