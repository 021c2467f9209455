"""Paths, folders, stdin and unreadable files."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from lagebild.readers import RawDocument, Rejection, iter_documents, read_bytes_stream, read_path

from .conftest import ARTICLE_TEXT, documents, jsonl


def test_missing_path() -> None:
    [rejection] = list(read_path("/kein/solcher/pfad.txt"))
    assert rejection == Rejection(rejection.origin, "no such file or directory")
    assert rejection.origin.path == "/kein/solcher/pfad.txt"


def test_folder_is_walked_sorted_without_hidden_files(tmp_inputs: Path) -> None:
    items = list(read_path(tmp_inputs))
    assert all(isinstance(i, RawDocument) for i in items)
    paths = [Path(i.origin.path).name for i in items]
    assert paths == ["a_records.jsonl", "a_records.jsonl", "b_artikel.txt", "seite.html"]


def test_iter_documents_goes_on_after_bad_inputs(tmp_inputs: Path, tmp_path: Path) -> None:
    (tmp_path / "leer.txt").write_bytes(b"")
    items = list(iter_documents([tmp_path / "fehlt.txt", tmp_path / "leer.txt", tmp_inputs / "b_artikel.txt"]))
    assert [type(i).__name__ for i in items] == ["Rejection", "Rejection", "RawDocument"]
    assert items[2].text == ARTICLE_TEXT


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root can read everything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "gesperrt.txt"
    path.write_text("Text", encoding="utf-8")
    path.chmod(0)
    try:
        [rejection] = list(read_path(path))
    finally:
        path.chmod(0o644)
    assert rejection.reason.startswith("cannot read:")


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(jsonl({"id": "s1", "text": "Von stdin"})), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    [doc] = list(iter_documents(["-"]))
    assert doc.id == "s1" and doc.origin.path == "-" and doc.origin.locator == "line 1"


class _Pipe(io.RawIOBase):
    """A non-seekable stream that hands out a few bytes per read, like a pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        n = min(len(buffer), 7, len(self._data))
        buffer[:n], self._data = self._data[:n], self._data[n:]
        return n


def test_stream_like_a_pipe(gz) -> None:
    data = gz(jsonl(*({"id": i, "text": f"Text {i}"} for i in range(50))))
    docs = documents(list(read_bytes_stream(_Pipe(data), "pipe")))  # type: ignore[arg-type]
    assert [d.id for d in docs] == [str(i) for i in range(50)]


def test_truncated_gzip_header() -> None:
    [rejection] = list(read_bytes_stream(io.BytesIO(b"\x1f\x8b\x08"), "kaputt.gz"))
    assert rejection.reason.startswith("truncated gzip stream after 0 records")
