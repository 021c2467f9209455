"""Input readers: files, folders and stdin to raw documents, with format detection.

Formats: plain-text articles, HTML pages, RSS/Atom feeds, JSON and JSON Lines records,
WARC files; each may be gzip-compressed. Readers yield
:class:`~lagebild.readers.base.RawDocument` or :class:`~lagebild.readers.base.Rejection`
and never raise on bad input.
"""

from __future__ import annotations

import logging

from lagebild.readers.base import Origin, RawDocument, ReadItem, Rejection
from lagebild.readers.detect import FORMATS, detect_format
from lagebild.readers.dispatch import bytes_consumed, iter_documents, read_bytes_stream, read_path

logging.getLogger("lagebild.readers").addHandler(logging.NullHandler())

__all__ = [
    "FORMATS",
    "Origin",
    "RawDocument",
    "ReadItem",
    "Rejection",
    "bytes_consumed",
    "detect_format",
    "iter_documents",
    "read_bytes_stream",
    "read_path",
]
