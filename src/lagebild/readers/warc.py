"""WARC files (fastwarc, streaming): every HTML ``response`` with status 200 is one article.

The WARC-Date is when the page was crawled, not when it was published, so it is not used.
A corrupt record is rejected and reading goes on at the next ``WARC/`` header line; a
truncated record is rejected with its offset, keeping what was read before.
"""

from __future__ import annotations

import gzip
import io
import logging
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from lagebild.readers.base import Origin, ReadItem, Rejection
from lagebild.readers.detect import detect_format
from lagebild.readers.html import html_bytes_document
from lagebild.readers.streams import read_some, peek_with

log = logging.getLogger("lagebild.readers")

HTML_TYPES = ("text/html", "application/xhtml+xml")
_RECORD_START = b"\nWARC/1."
_SCAN_CHUNK = 1024 * 1024


class _CountingRaw(io.RawIOBase):
    """A raw stream over ``stream`` that keeps the bytes since the start of the current record.

    fastwarc reads ahead; when it fails on a corrupt record, the kept bytes let reading
    resume at the next ``WARC/`` header after the last good record.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.consumed = 0
        self.kept = bytearray()
        self.kept_from = 0
        #: A truncated gzip stream below: raised again once the records before it are read.
        self.truncation: EOFError | None = None

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        """Bytes read so far (fastwarc asks; seeking is not supported)."""
        return self.consumed

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            data = read_some(self._stream, len(buffer))
        except EOFError as error:
            self.truncation, data = error, b""
        buffer[: len(data)] = data
        self.consumed += len(data)
        self.kept += data
        return len(data)

    def keep_from(self, offset: int) -> None:
        """Forget the bytes before ``offset`` (the start of the record being read)."""
        if offset > self.kept_from:
            del self.kept[: offset - self.kept_from]
            self.kept_from = offset

    def restart(self, data: bytes, offset: int) -> BinaryIO:
        """A stream that starts with ``data`` (at ``offset``) and goes on with the source."""
        self.kept, self.kept_from = bytearray(data), offset
        return peek_with(data, self)  # type: ignore[arg-type]


def _resync(source: _CountingRaw, after: int) -> tuple[BinaryIO, int] | None:
    """A stream from the first ``WARC/1.x`` line after offset ``after``, and its offset; None at the end."""
    start = max(after, source.kept_from)
    data = bytes(source.kept[start - source.kept_from:])
    while True:
        found = data.find(_RECORD_START)
        if found >= 0:
            return source.restart(data[found + 1:], start + found + 1), start + found + 1
        keep = len(_RECORD_START)
        start, data = start + max(len(data) - keep, 0), data[-keep:]
        chunk = source.read(_SCAN_CHUNK)
        if not chunk:
            return None
        data += chunk


def _content_type(record: WarcRecord) -> tuple[str, str | None]:
    """The HTTP media type (lower case) and declared charset of a response."""
    value = record.http_headers.get("Content-Type", "") or ""
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return media.strip().lower(), charset


def _dechunk(body: bytes) -> bytes:
    """Undo HTTP chunked transfer encoding; the input unchanged when it is not well chunked."""
    out, pos = bytearray(), 0
    while True:
        end = body.find(b"\r\n", pos)
        try:
            size = int(body[pos:end].split(b";")[0], 16) if end >= 0 else -1
        except ValueError:
            return body
        if size < 0:
            return body
        if size == 0:
            return bytes(out)
        out += body[end + 2:end + 2 + size]
        pos = end + 4 + size


def _payload(record: WarcRecord, body: bytes) -> bytes:
    """The HTTP body with transfer and content encodings undone where possible."""
    if "chunked" in (record.http_headers.get("Transfer-Encoding", "") or "").lower():
        body = _dechunk(body)
    encoding = (record.http_headers.get("Content-Encoding", "") or "").lower()
    try:
        if "gzip" in encoding:
            return gzip.decompress(body)
        if "deflate" in encoding:
            return zlib.decompress(body)
    except (OSError, EOFError, zlib.error):
        log.debug("cannot undo Content-Encoding %s", encoding)
    return body


def _is_html(media: str, body: bytes) -> bool:
    return media in HTML_TYPES or (not media and detect_format(body[:4096], "") == "html")


def record_item(record: WarcRecord, origin: Origin) -> ReadItem | None:
    """The document for one response record, a rejection, or None for records to skip."""
    if record.http_headers is None:
        return Rejection(origin, "WARC response without HTTP headers (truncated or corrupt record)")
    if record.http_headers.status_code != 200:
        return None
    body = record.reader.read()
    media, charset = _content_type(record)
    if not _is_html(media, body):
        return None
    if len(body) < record.content_length:
        return Rejection(origin, f"truncated WARC record (read {len(body)} of {record.content_length} bytes)")
    url = record.headers.get("WARC-Target-URI") or None
    return html_bytes_document(_payload(record, body), origin, url=url, declared=charset)


def _records(stream: BinaryIO, source: _CountingRaw, path: str, base: int, last: list[int]) -> Iterator[ReadItem]:
    """Items of the records fastwarc finds; ``last`` holds the offset of the latest record."""
    iterator = ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True)
    for record in iterator:
        last[0] = base + record.stream_pos
        source.keep_from(last[0])
        item = record_item(record, Origin(path, f"offset {last[0]}"))
        if item is not None:
            yield item


def read_warc(stream: BinaryIO, origin: Origin) -> Iterator[ReadItem]:
    """Yield one document per HTML response of a WARC file; a rejection when it holds none."""
    found = False
    for item in _read_warc(stream, origin):
        found = True
        yield item
    if not found:
        yield Rejection(origin, "WARC file holds no HTML response with status 200")


def _read_warc(stream: BinaryIO, origin: Origin) -> Iterator[ReadItem]:
    """Items of a WARC file, resyncing after corrupt records."""
    source = _CountingRaw(stream)
    current: tuple[BinaryIO, int] | None = (io.BufferedReader(source), 0)  # type: ignore[arg-type]
    last = [-1]
    while current is not None:
        reader, base = current
        try:
            yield from _records(reader, source, origin.path, base, last)
            if source.truncation is not None:
                raise source.truncation
            return
        except OSError as error:
            at = max(last[0], base)
            yield Rejection(Origin(origin.path, f"offset {at}"), f"corrupt WARC record after offset {at}: {error}")
        current = _resync(source, at + 1)
