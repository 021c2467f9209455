"""Page facts trafilatura does not give: kicker, agency credits, ``<html lang>``, a full publication timestamp.

All selectors are named constants here (as in trafilatura's ``xpaths.py``).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator

from lxml import etree, html

from lagebild.readers.blocks import clean_block

log = logging.getLogger("lagebild.readers")

_LOWER = "translate(@{attr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
KICKER_TOKENS = (
    "kicker", "overline", "dachzeile", "topline", "roofline", "spitzmarke", "oberzeile",
    "headline-intro", "headline__intro", "supertitle", "pretitle", "eyebrow",
)
KICKER_ATTRIBUTES = ("class", "itemprop", "data-manual", "data-type", "id")
KICKER_XPATH = "//*[" + " or ".join(
    f"contains({_LOWER.format(attr=attr)}, '{token}')" for attr in KICKER_ATTRIBUTES for token in KICKER_TOKENS
) + "]"
#: Ancestors that mark a kicker or credit as belonging to another article or to an image.
FOREIGN_CONTAINERS = ("teaser", "related", "recommend", "nav", "footer", "sidebar", "aside", "author", "promo", "embed")
FOREIGN_TAGS = frozenset({"nav", "footer", "aside", "figure", "figcaption", "picture", "a"})
SOURCE_TOKENS = ("article-source", "quelle", "agentur", "agency", "source-credit", "copyright-source", "sourceorganization")
SOURCE_XPATH = "//*[" + " or ".join(
    f"contains({_LOWER.format(attr=attr)}, '{token}')" for attr in ("class", "itemprop") for token in SOURCE_TOKENS
) + "]"
DATE_META_XPATHS = (
    '//meta[@property="article:published_time"]/@content',
    '//meta[@name="article:published_time"]/@content',
    '//meta[@property="og:article:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//time[@itemprop="datePublished"]/@datetime',
    '//meta[@name="date"]/@content',
    '//meta[@name="publish-date"]/@content',
    '//meta[@name="pubdate"]/@content',
    '//meta[@name="DC.date.issued"]/@content',
    '//meta[@name="dcterms.date"]/@content',
)
JSON_LD_XPATH = '//script[@type="application/ld+json"]/text()'
URL_XPATHS = ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content')
_ISO_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_MAX_KICKER_CHARS = 120
_MAX_SOURCE_CHARS = 60


def parse_page(text: str) -> etree._Element | None:
    """The page's lxml tree, or None when lxml cannot parse it."""
    try:
        return html.document_fromstring(text.encode("utf-8"), parser=html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError) as error:
        log.debug("lxml cannot parse page: %s", error)
        return None


def page_language(tree: etree._Element) -> str | None:
    """The primary language subtag of ``<html lang>`` (``de-DE`` -> ``de``), or None."""
    value = (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip()
    primary = value.replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def _is_foreign(element: etree._Element) -> bool:
    """True when ``element`` sits in a teaser, navigation, image credit or the like."""
    for node in (element, *element.iterancestors()):
        if node.tag in FOREIGN_TAGS and node is not element:
            return True
        marker = f"{node.get('class', '')} {node.get('id', '')}".lower()
        if any(token in marker for token in FOREIGN_CONTAINERS):
            return True
    return False


def _element_text(element: etree._Element) -> str:
    return clean_block(" ".join(element.itertext()))


def _kicker_candidates(tree: etree._Element) -> Iterator[etree._Element]:
    for element in tree.xpath(KICKER_XPATH):
        if element.tag not in ("html", "body", "article", "main", "section") and not _is_foreign(element):
            yield element


def _near_headline(element: etree._Element, headline: etree._Element | None) -> bool:
    if headline is None:
        return False
    parent = headline.getparent()
    scope = parent if parent is not None else headline
    return element in headline.iterdescendants() or element in scope.iterdescendants()


def page_kicker(tree: etree._Element) -> str | None:
    """The kicker (Dachzeile) above the page's headline, or None."""
    headlines = tree.xpath("//h1")
    headline = headlines[0] if headlines else None
    candidates = [c for c in _kicker_candidates(tree) if _element_text(c)]
    near = [c for c in candidates if _near_headline(c, headline)]
    in_article = [c for c in candidates if any(a.tag in ("article", "header") for a in c.iterancestors())]
    for element in near or in_article[:1]:
        text = _element_text(element).rstrip(":").strip()
        if 0 < len(text) <= _MAX_KICKER_CHARS:
            return text
    return None


def page_sources(tree: etree._Element) -> list[str]:
    """Raw agency/source credits named by source elements outside images and teasers."""
    found: list[str] = []
    for element in tree.xpath(SOURCE_XPATH):
        text = _element_text(element)
        if 0 < len(text) <= _MAX_SOURCE_CHARS and not _is_foreign(element) and text not in found:
            found.append(text)
    return found


def _json_ld_dates(tree: etree._Element) -> Iterator[str]:
    for script in tree.xpath(JSON_LD_XPATH):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    yield item["datePublished"]
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))


def page_timestamp(tree: etree._Element) -> str | None:
    """A publication timestamp with a time of day from the page's metadata, or None."""
    values = [str(v) for xpath in DATE_META_XPATHS for v in tree.xpath(xpath)]
    values.extend(_json_ld_dates(tree))
    for value in values:
        value = value.strip()
        if _ISO_TIMESTAMP.match(value):
            return value
    return None


def page_url(tree: etree._Element) -> str | None:
    """The canonical URL the page names (``<link rel=canonical>``, ``og:url``), or None."""
    for xpath in URL_XPATHS:
        for value in tree.xpath(xpath):
            value = str(value).strip()
            if value.startswith(("http://", "https://")):
                return value
    return None
