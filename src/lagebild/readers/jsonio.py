"""Reading JSON and JSON Lines inputs as streams of records.

JSON Lines is read line by line (constant memory). A JSON file holding an array is
parsed element by element from a sliding text buffer, so that a large array never has to
be in memory at once; one element may be at most :data:`MAX_RECORD_CHARS` long.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from lagebild.readers.base import Origin, ReadItem, Rejection
from lagebild.readers.encoding import decode_bytes
from lagebild.readers.records import record_document
from lagebild.readers.streams import peek_with, read_head

#: The longest JSON Lines line or array element accepted (characters/bytes).
MAX_RECORD_CHARS = 64 * 1024 * 1024
#: JSON files below this size are decoded as a whole (with the cp1252/Latin-1 fallbacks).
WHOLE_FILE_BYTES = 50 * 1024 * 1024
_CHUNK = 1024 * 1024
_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\r\n"


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _parse_line(raw: bytes, origin: Origin) -> ReadItem:
    try:
        value = json.loads(decode_bytes(raw))
    except ValueError as error:
        return Rejection(origin, f"invalid JSON: {error}")
    return record_document(value, origin)


def read_jsonl(stream: BinaryIO, origin: Origin) -> Iterator[ReadItem]:
    """Yield one document (or rejection) per non-blank line of a JSON Lines input."""
    number = 0
    while True:
        raw = stream.readline(MAX_RECORD_CHARS + 1)
        if not raw:
            return
        number += 1
        line_origin = Origin(origin.path, f"line {number}")
        if len(raw) > MAX_RECORD_CHARS and not raw.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield Rejection(line_origin, f"line longer than {MAX_RECORD_CHARS} bytes")
        elif raw.strip():
            yield _parse_line(raw, line_origin)


class _TextBuffer:
    """Text from an iterator of chunks, consumed from the front, refilled on demand."""

    def __init__(self, chunks: Iterator[str]) -> None:
        self._chunks = chunks
        self.text = ""
        self.pos = 0
        self.eof = False

    def fill(self) -> bool:
        """Append the next chunk; False when there is none."""
        chunk = next(self._chunks, None)
        if chunk is None:
            self.eof = True
            return False
        self.text = self.text[self.pos:] + chunk
        self.pos = 0
        return True

    def skip_whitespace(self) -> str:
        """The next non-blank character ('' at the end), reading more as needed."""
        while True:
            while self.pos < len(self.text) and self.text[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.fill():
                return ""

    def decode_value(self) -> Any:
        """The next JSON value; reads more text while the value is incomplete."""
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError:
                if len(self.text) - self.pos > MAX_RECORD_CHARS or not self.fill():
                    raise
                continue
            if end == len(self.text) and not self.eof and self.fill():
                continue  # a number may go on in the next chunk
            self.pos = end
            return value


def _utf8_chunks(stream: BinaryIO) -> Iterator[str]:
    """Strict UTF-8 text of ``stream`` in chunks (a BOM is dropped)."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    while True:
        data = stream.read(_CHUNK)
        text = decoder.decode(data, final=not data)
        if text:
            yield text
        if not data:
            return


def _text_buffer(stream: BinaryIO) -> _TextBuffer:
    """A buffer over the whole decoded file when it is small, else over strict UTF-8 chunks."""
    head = read_head(stream, WHOLE_FILE_BYTES)
    if len(head) < WHOLE_FILE_BYTES:
        return _TextBuffer(iter([decode_bytes(head)]))
    return _TextBuffer(_utf8_chunks(peek_with(head, stream)))


def _array_items(buffer: _TextBuffer, origin: Origin, count: list[int]) -> Iterator[ReadItem]:
    """One document per array element; ``count`` holds how many were read."""
    buffer.pos += 1
    if buffer.skip_whitespace() == "]":
        yield Rejection(origin, "JSON array holds no records")
        return
    while True:
        value = buffer.decode_value()
        count[0] += 1
        yield record_document(value, Origin(origin.path, f"record {count[0]}"))
        separator = buffer.skip_whitespace()
        buffer.pos += 1
        if separator == "]":
            return
        if not separator:
            raise json.JSONDecodeError("unexpected end of input inside the array", buffer.text, buffer.pos - 1)
        if separator != ",":
            raise json.JSONDecodeError("expected ',' or ']' after a record", buffer.text, buffer.pos - 1)
        buffer.skip_whitespace()


def _single_object(buffer: _TextBuffer, origin: Origin) -> Iterator[ReadItem]:
    yield record_document(buffer.decode_value(), origin)
    if buffer.skip_whitespace():
        yield Rejection(origin, "extra data after the JSON value")


def read_json(stream: BinaryIO, origin: Origin) -> Iterator[ReadItem]:
    """Yield the record of a JSON object, or one per element of a JSON array (streamed)."""
    count = [0]
    is_array = False
    try:
        buffer = _text_buffer(stream)
        is_array = buffer.skip_whitespace() == "["
        items = _array_items(buffer, origin, count) if is_array else _single_object(buffer, origin)
        yield from items
    except json.JSONDecodeError as error:
        yield Rejection(_error_origin(origin, is_array, count[0]), f"invalid JSON: {error.msg} (character {error.pos})")
    except UnicodeDecodeError as error:
        yield Rejection(_error_origin(origin, is_array, count[0]), f"not valid UTF-8: {error}")


def _error_origin(origin: Origin, is_array: bool, done: int) -> Origin:
    return Origin(origin.path, f"record {done + 1}") if is_array else origin
