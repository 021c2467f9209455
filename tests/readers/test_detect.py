"""Format detection by content, with the extension as a hint."""

from __future__ import annotations

import codecs

import pytest

from lagebild.readers import detect_format
from lagebild.readers.detect import extension_hint, is_blank

from .conftest import ARTICLE_HTML, ARTICLE_TEXT, FEED_ATOM, FEED_RSS


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (ARTICLE_TEXT.encode(), "a.txt", "text"),
        (ARTICLE_TEXT.encode(), "ohne-endung", "text"),
        (ARTICLE_HTML.encode(), "seite", "html"),
        (b"<html><body><p>Hallo</p></body></html>", "x.txt", "html"),
        (b"  <div><p>Fragment</p></div>", "x", "html"),
        (FEED_RSS.encode(), "feed", "feed"),
        (FEED_ATOM.encode(), "feed.xml", "feed"),
        (b'{"text": "a"}', "x", "json"),
        (b'{\n  "text": "a"\n}\n', "x", "json"),
        (b'[{"text": "a"}]', "x", "json"),
        (b'{"text": "a"}\n{"text": "b"}\n', "x", "jsonl"),
        (b'{"text": "a"}\n', "x.jsonl", "jsonl"),
        (b'{"text": "a"', "x.ndjson.gz", "jsonl"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "x", "warc"),
        (b"[Anzeige] Ein Text in eckigen Klammern", "x", "text"),
        (b"{Klammer} im Text", "x", "text"),
        (b"%PDF-1.7\n...", "x.txt", "binary"),
        (b"\x00\x01\x02\x03binary", "x.txt", "binary"),
        (bytes(range(1, 32)) * 10, "x", "binary"),
    ],
)
def test_detect_format(head: bytes, name: str, expected: str) -> None:
    assert detect_format(head, name) == expected


def test_detect_sees_through_byte_order_marks() -> None:
    assert detect_format(codecs.BOM_UTF8 + b'{"text": "a"}', "x") == "json"
    assert detect_format(codecs.BOM_UTF16_LE + "<html><body>Ä</body></html>".encode("utf-16-le"), "x") == "html"
    assert detect_format(codecs.BOM_UTF16_LE + "Nur Text".encode("utf-16-le"), "x") == "text"


def test_extension_hint_looks_through_gz() -> None:
    assert extension_hint("daten.jsonl.gz") == "jsonl"
    assert extension_hint("Seite.HTML") == "html"
    assert extension_hint("ohne") is None


def test_blank() -> None:
    assert is_blank(b"")
    assert is_blank(codecs.BOM_UTF8 + b" \n\t ")
    assert not is_blank(b" x ")
