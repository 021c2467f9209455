"""HTML pages: main text and metadata with trafilatura, kicker and credits from the page.

Extraction runs offline and deterministically: trafilatura is given the page as a string
(it never fetches), deduplication (a process-wide cache) is off, and the signal-based
extraction timeout is disabled so that extraction also works outside the main thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass
from typing import Any, BinaryIO
from urllib.parse import urlsplit

import trafilatura
from trafilatura.settings import DEFAULT_CONFIG

from lagebild.article import BLOCK_SEPARATOR
from lagebild.readers import htmlmeta
from lagebild.readers.agencies import agency_credits
from lagebild.readers.base import Origin, RawDocument, ReadItem, Rejection
from lagebild.readers.blocks import trafilatura_body_text
from lagebild.readers.encoding import decode_bytes, declared_html_charset
from lagebild.readers.streams import read_all

@dataclass(frozen=True, slots=True)
class ExtractionSettings:
    """The trafilatura options lagebild uses (chosen by ``eval/html_extraction.py``)."""

    favor_precision: bool = False
    favor_recall: bool = False
    include_tables: bool = True
    include_comments: bool = False
    fast: bool = False


#: The default settings: see ``eval/README_html.md`` for the comparison behind them.
DEFAULT_SETTINGS = ExtractionSettings()


def _config() -> Any:
    config = deepcopy(DEFAULT_CONFIG)
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


_CONFIG = _config()


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode a page: BOM, UTF-8, the charset the page (or HTTP) declares, cp1252, Latin-1."""
    return decode_bytes(data, declared or declared_html_charset(data))


def _trafilatura(page: str, url: str | None, settings: ExtractionSettings) -> Any:
    """trafilatura's Document for ``page``, or None when it finds no main text."""
    return trafilatura.bare_extraction(
        page,
        url=url,
        with_metadata=True,
        include_comments=settings.include_comments,
        include_tables=settings.include_tables,
        favor_precision=settings.favor_precision,
        favor_recall=settings.favor_recall,
        fast=settings.fast,
        deduplicate=False,
        config=_CONFIG,
    )


def _split_authors(value: str | None) -> list[str]:
    return [name.strip() for name in (value or "").split(";") if name.strip()]


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host[4:] if host and host.startswith("www.") else host


def _merge(*lists: list[str]) -> list[str]:
    merged: list[str] = []
    for item in (i for values in lists for i in values):
        if item not in merged:
            merged.append(item)
    return merged


def _squash(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def drop_title_blocks(text: str, headline: str | None, kicker: str | None) -> str:
    """``text`` without leading blocks that repeat the headline or kicker (trafilatura keeps the h1)."""
    titles = {_squash(headline), _squash(kicker), _squash(f"{kicker} {headline}"), _squash(f"{kicker}: {headline}")}
    titles.discard("")
    blocks = text.split(BLOCK_SEPARATOR)
    while len(blocks) > 1 and _squash(blocks[0]) in titles:
        blocks.pop(0)
    return BLOCK_SEPARATOR.join(blocks)


def html_document(page: str, origin: Origin, url: str | None = None,
                  settings: ExtractionSettings = DEFAULT_SETTINGS) -> ReadItem:
    """A ``body`` document from a decoded HTML page, or a rejection when it has no main text."""
    tree = htmlmeta.parse_page(page)
    url = url or (htmlmeta.page_url(tree) if tree is not None else None)
    result = _trafilatura(page, url, settings)
    text = trafilatura_body_text(result.body) if result is not None else ""
    if not text:
        text = trafilatura.baseline(page)[1].strip()
    if not text:
        return Rejection(origin, "no article text found in HTML page")
    url = getattr(result, "url", None) or url
    headline = getattr(result, "title", None)
    kicker = htmlmeta.page_kicker(tree) if tree is not None else None
    text = drop_title_blocks(text, headline, kicker)
    meta = result
    return RawDocument(
        origin=origin,
        text=text,
        layout="body",
        url=url,
        outlet=getattr(meta, "sitename", None) or _host(url),
        kicker=kicker,
        headline=headline,
        published=(htmlmeta.page_timestamp(tree) if tree is not None else None) or getattr(meta, "date", None),
        authors=_split_authors(getattr(meta, "author", None)),
        agencies=_merge(htmlmeta.page_sources(tree) if tree is not None else [], agency_credits(text)),
        language=htmlmeta.page_language(tree) if tree is not None else None,
    )


def html_bytes_document(data: bytes, origin: Origin, url: str | None = None,
                        declared: str | None = None) -> ReadItem:
    """:func:`html_document` for undecoded bytes (a file, a WARC record)."""
    page = decode_html(data, declared)
    if not page.strip():
        return Rejection(origin, "empty file")
    return html_document(page, origin, url=url)


def read_html(stream: BinaryIO, origin: Origin) -> Iterator[ReadItem]:
    """Yield the one article of an HTML page."""
    yield html_bytes_document(read_all(stream), origin)
