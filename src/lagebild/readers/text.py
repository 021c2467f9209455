"""Plain-text articles: one file is one article, as published (the seed's layout)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from lagebild.readers.base import Origin, RawDocument, ReadItem, Rejection
from lagebild.readers.encoding import decode_bytes, normalise_newlines
from lagebild.readers.streams import read_all


def text_document(data: bytes, origin: Origin) -> ReadItem:
    """A ``published`` document from a text file's bytes, or a rejection when it is blank."""
    text = normalise_newlines(decode_bytes(data))
    if not text.strip():
        return Rejection(origin, "empty file")
    return RawDocument(origin=origin, text=text, layout="published")


def read_text(stream: BinaryIO, origin: Origin) -> Iterator[ReadItem]:
    """Yield the one article of a plain-text input."""
    yield text_document(read_all(stream), origin)
