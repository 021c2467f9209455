"""Paths and streams to documents: walking folders, gzip, format detection, error capture.

Every input yields at least one item, and nothing raises: an error inside a format
reader becomes a :class:`Rejection` after the documents read before it.
"""

from __future__ import annotations

import logging
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from lagebild.readers.base import Origin, RawDocument, ReadItem, Rejection
from lagebild.readers.detect import BINARY, detect_format, is_blank
from lagebild.readers.feeds import read_feed
from lagebild.readers.html import read_html
from lagebild.readers.jsonio import read_json, read_jsonl
from lagebild.readers.streams import FileTooLarge, open_decompressed
from lagebild.readers.text import read_text
from lagebild.readers.warc import read_warc

log = logging.getLogger("lagebild.readers")

Reader = Callable[[BinaryIO, Origin], Iterator[ReadItem]]

#: The reader for each detected format.
READERS: dict[str, Reader] = {
    "text": read_text,
    "html": read_html,
    "feed": read_feed,
    "json": read_json,
    "jsonl": read_jsonl,
    "warc": read_warc,
}
STDIN = "-"
_GZIP_ERRORS = (EOFError, zlib.error)


def _guarded(items: Iterator[ReadItem], origin: Origin, gzipped: bool) -> Iterator[ReadItem]:
    """Pass ``items`` on; turn an exception into a final rejection."""
    count = 0
    try:
        for item in items:
            count += isinstance(item, RawDocument)
            yield item
    except FileTooLarge as error:
        yield Rejection(origin, str(error))
    except _GZIP_ERRORS as error:
        if gzipped:
            yield Rejection(origin, f"truncated gzip stream after {count} records")
        else:
            yield Rejection(origin, f"cannot read: {error}")
    except OSError as error:
        reason = "corrupt gzip stream" if gzipped else "cannot read"
        yield Rejection(origin, f"{reason} after {count} records: {error}")
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as error:  # a reader bug (or a panic in native code) must not stop the batch
        log.exception("%s: reader failed", origin)
        yield Rejection(origin, f"reader failed after {count} records: {type(error).__name__}: {error}")


def _read_detected(stream: BinaryIO, origin: Origin) -> Iterator[ReadItem]:
    """Detect the format of ``stream`` (through gzip) and read it."""
    gzipped = False
    try:
        head, stream, gzipped = open_decompressed(stream)
    except _GZIP_ERRORS + (OSError,) as error:
        yield Rejection(origin, f"truncated gzip stream after 0 records ({error})")
        return
    if is_blank(head):
        yield Rejection(origin, "empty file")
        return
    kind = detect_format(head, origin.path)
    if kind == BINARY:
        yield Rejection(origin, "binary file, not a known article format")
        return
    log.debug("%s: %s%s", origin, kind, " (gzip)" if gzipped else "")
    yield from _guarded(READERS[kind](stream, origin), origin, gzipped)


def read_bytes_stream(stream: BinaryIO, name: str) -> Iterator[ReadItem]:
    """Read one input from an open binary stream; ``name`` is its path in each Origin."""
    yield from _guarded(_read_detected(stream, Origin(name)), Origin(name), gzipped=False)


class _Position:
    """How far reading has got, in bytes of the input files (compressed bytes for gzip)."""

    finished = 0  # bytes of the files read to the end
    current: BinaryIO | None = None  # the file being read


def bytes_consumed() -> int:
    """Bytes of input files read so far in this process, for progress bars and ETAs."""
    stream = _Position.current
    if stream is not None and not stream.closed:
        try:
            return _Position.finished + stream.tell()
        except (OSError, ValueError):
            pass
    return _Position.finished


def _read_file(path: Path) -> Iterator[ReadItem]:
    name = str(path)
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is done
    except OSError as error:
        yield Rejection(Origin(name), f"cannot read: {error.strerror or error}")
        return
    with stream:
        _Position.current = stream
        try:
            yield from read_bytes_stream(stream, name)
        finally:
            _Position.current = None
            try:
                _Position.finished += os.fstat(stream.fileno()).st_size
            except OSError:
                pass


def _walk_error(errors: list[Rejection]) -> Callable[[OSError], None]:
    def record(error: OSError) -> None:
        errors.append(Rejection(Origin(str(error.filename or "")), f"cannot read folder: {error.strerror or error}"))
    return record


def _walk_folder(folder: Path) -> Iterator[ReadItem]:
    """Read every non-hidden regular file below ``folder``, in sorted order."""
    errors: list[Rejection] = []
    for root, dirs, files in os.walk(folder, onerror=_walk_error(errors)):
        yield from errors
        errors.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(f for f in files if not f.startswith(".")):
            path = Path(root) / name
            if path.is_file():
                yield from _read_file(path)
            else:
                log.debug("skipping %s: not a regular file", path)
    yield from errors


def read_path(path: str | os.PathLike[str]) -> Iterator[ReadItem]:
    """Read a file, a folder (recursively, sorted, hidden files skipped) or ``-`` (stdin)."""
    if str(path) == STDIN:
        yield from read_bytes_stream(sys.stdin.buffer, STDIN)
        return
    target = Path(path)
    if target.is_dir():
        yield from _walk_folder(target)
    elif target.exists():
        yield from _read_file(target)
    else:
        yield Rejection(Origin(str(path)), "no such file or directory")


def iter_documents(paths: Iterable[str | os.PathLike[str]]) -> Iterator[ReadItem]:
    """Documents and rejections from every path, in order."""
    for path in paths:
        yield from read_path(path)
