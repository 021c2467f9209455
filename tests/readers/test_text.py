"""Plain-text articles: one file, one published article."""

from __future__ import annotations

import codecs

from .conftest import ARTICLE_TEXT, documents, read, rejections


def test_text_article_is_published_layout() -> None:
    [doc] = read(ARTICLE_TEXT.encode("utf-8"), "artikel.txt")
    assert doc.layout == "published"
    assert doc.text == ARTICLE_TEXT
    assert doc.origin.path == "artikel.txt" and doc.origin.locator is None


def test_line_endings_and_bom_are_normalised() -> None:
    data = codecs.BOM_UTF8 + ARTICLE_TEXT.replace("\n", "\r\n").encode("utf-8")
    [doc] = documents(read(data, "a.txt"))
    assert doc.text == ARTICLE_TEXT
    [doc] = documents(read(b"Zeile eins\rZeile zwei\r", "a.txt"))
    assert doc.text == "Zeile eins\nZeile zwei\n"


def test_empty_and_whitespace_files_are_rejected() -> None:
    for data in (b"", b"   \n\n\t", codecs.BOM_UTF8 + b"\n"):
        [rejection] = rejections(read(data, "leer.txt"))
        assert rejection.reason == "empty file"
        assert rejection.origin.path == "leer.txt"


def test_binary_file_is_rejected() -> None:
    [rejection] = read(b"\x00\x00\x01\x02" * 100, "bild.txt")
    assert rejection.reason == "binary file, not a known article format"


def test_gzipped_text(gz) -> None:
    [doc] = read(gz(ARTICLE_TEXT.encode("utf-8")), "artikel.txt.gz")
    assert doc.text == ARTICLE_TEXT
