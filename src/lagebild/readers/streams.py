"""Byte streams for the readers: peeking at the head, gzip, bounded whole-file reads."""

from __future__ import annotations

import gzip
import io
from typing import BinaryIO

#: How many bytes format detection looks at.
HEAD_SIZE = 64 * 1024
#: The largest single-document input (a text or HTML page, a feed) read into memory.
MAX_WHOLE_FILE_BYTES = 64 * 1024 * 1024
GZIP_MAGIC = b"\x1f\x8b"


class FileTooLarge(Exception):
    """A single-document input is larger than :data:`MAX_WHOLE_FILE_BYTES`."""


def read_some(stream: BinaryIO, size: int) -> bytes:
    """At most ``size`` bytes with one underlying read where the stream allows it (``read1``).

    A truncated gzip stream raises ``EOFError`` only after the data before the cut was
    returned; a plain ``read`` would lose that data with the exception.
    """
    read1 = getattr(stream, "read1", None)
    return read1(size) if read1 is not None else stream.read(size)


class _PrefixedRaw(io.RawIOBase):
    """A raw stream that first returns ``prefix`` and then the rest of ``stream``."""

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        self._prefix = memoryview(prefix)
        self._stream = stream
        self._position = 0

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        """Bytes returned so far (fastwarc asks; seeking is not supported)."""
        return self._position

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            self._position += n
            return n
        data = read_some(self._stream, len(buffer))
        buffer[: len(data)] = data
        self._position += len(data)
        return len(data)


def read_head(stream: BinaryIO, size: int = HEAD_SIZE) -> bytes:
    """Read up to ``size`` bytes, looping over short reads (pipes, gzip)."""
    chunks: list[bytes] = []
    remaining = size
    while remaining > 0:
        chunk = stream.read(remaining)
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def peek_with(head: bytes, stream: BinaryIO) -> BinaryIO:
    """A buffered stream that returns ``head`` (already read) and then the rest of ``stream``."""
    return io.BufferedReader(_PrefixedRaw(head, stream), buffer_size=HEAD_SIZE)  # type: ignore[return-value]


def peek(stream: BinaryIO, size: int = HEAD_SIZE) -> tuple[bytes, BinaryIO]:
    """The first ``size`` bytes of ``stream`` and a stream that still starts with them."""
    head = read_head(stream, size)
    return head, peek_with(head, stream)


def open_decompressed(stream: BinaryIO) -> tuple[bytes, BinaryIO, bool]:
    """Peek at ``stream``; when it is gzip, decompress it on the fly.

    Returns the head of the (decompressed) content, a stream that starts with it, and
    whether gzip was found. Reading a truncated gzip stream raises ``EOFError`` later.
    """
    head, stream = peek(stream)
    if not head.startswith(GZIP_MAGIC):
        return head, stream, False
    inner = gzip.GzipFile(fileobj=stream, mode="rb")
    head = _read_head_until_eof_error(inner)
    return head, peek_with(head, inner), True  # type: ignore[arg-type]


def _read_head_until_eof_error(stream: gzip.GzipFile, size: int = HEAD_SIZE) -> bytes:
    """Like :func:`read_head`, but a truncated gzip stream returns what came before the cut.

    Reading on past the head raises the ``EOFError`` again, so the truncation is still
    reported after the records it does not affect.
    """
    chunks: list[bytes] = []
    remaining = size
    try:
        while remaining > 0:
            chunk = stream.read1(min(remaining, 8192))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except EOFError:
        if not chunks:
            raise
    return b"".join(chunks)


def read_all(stream: BinaryIO, limit: int = MAX_WHOLE_FILE_BYTES) -> bytes:
    """The whole rest of ``stream``; :class:`FileTooLarge` past ``limit`` bytes."""
    data = read_head(stream, limit + 1)
    if len(data) > limit:
        raise FileTooLarge(f"too large for one document (more than {limit} bytes)")
    return data
