"""Plain-text paragraphs from markup: trafilatura's output tree and HTML fragments.

Both functions return blocks (paragraphs, headings, list items, table rows) joined by a
blank line, the block separator of :mod:`lagebild.article`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree, html

from lagebild.article import BLOCK_SEPARATOR

_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_NEWLINES_AROUND = re.compile(r" *\n *")

#: Elements of trafilatura's XML body that hold blocks of their own.
_CONTAINERS = frozenset({"list", "table", "div", "quote"})
_ROWS = frozenset({"item", "row"})

#: HTML elements that start a new block in a fragment (feed content).
_HTML_BLOCKS = frozenset({
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
    "section", "article", "header", "footer", "figcaption", "dt", "dd", "ul", "ol", "table",
    "figure", "aside", "address",
})
_HTML_DROP = ("script", "style", "noscript", "template", "iframe", "object", "svg")


def clean_block(text: str) -> str:
    """Collapse runs of spaces, keep single line breaks, strip the ends."""
    text = _SPACES.sub(" ", text)
    return _NEWLINES_AROUND.sub("\n", text).strip()


def _element_text(element: etree._Element) -> str:
    """The text of a trafilatura element; ``<lb/>`` becomes a line break, cells ``|``."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag == "cell" and len(parts) > 1:
            parts.append(" | ")
        parts.append(_element_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _trafilatura_blocks(element: etree._Element) -> Iterator[str]:
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag in _CONTAINERS and any(c.tag in _ROWS | _CONTAINERS | {"p", "head"} for c in child):
            yield from _trafilatura_blocks(child)
        else:
            block = clean_block(_element_text(child))
            if block:
                yield block


def trafilatura_body_text(body: etree._Element | None) -> str:
    """The text of trafilatura's ``body`` tree, one block per paragraph, heading, item or row."""
    if body is None:
        return ""
    return BLOCK_SEPARATOR.join(_trafilatura_blocks(body))


def _fragment_blocks(element: html.HtmlElement, out: list[list[str]]) -> None:
    """Append the text of ``element`` to ``out``, opening new blocks at block elements."""
    tag = element.tag if isinstance(element.tag, str) else ""
    dropped = not tag or tag in _HTML_DROP
    if tag == "br":
        out[-1].append("\n")
    elif tag in _HTML_BLOCKS:
        out.append([])
    if not dropped:
        out[-1].append(element.text or "")
        for child in element:
            _fragment_blocks(child, out)
    if tag in _HTML_BLOCKS:
        out.append([])
    out[-1].append(element.tail or "")


def html_fragment_text(fragment: str) -> str:
    """Plain-text paragraphs from an HTML fragment (a feed entry's content)."""
    if not fragment.strip():
        return ""
    if "<" not in fragment:
        return BLOCK_SEPARATOR.join(b for b in map(clean_block, re.split(r"\n\s*\n", fragment)) if b)
    try:
        root = html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return clean_block(re.sub(r"<[^>]+>", " ", fragment))
    out: list[list[str]] = [[]]
    for child in root:
        _fragment_blocks(child, out)
    out[0].insert(0, root.text or "")
    blocks = (clean_block("".join(parts)) for parts in out)
    return BLOCK_SEPARATOR.join(b for b in blocks if b)
