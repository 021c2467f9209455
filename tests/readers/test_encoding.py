"""Decoding: UTF-8 with or without BOM, cp1252, Latin-1, declared HTML charsets."""

from __future__ import annotations

import codecs

from lagebild.readers.encoding import decode_bytes, declared_html_charset, normalise_charset

from .conftest import documents, read

GERMAN = "„Größer“ – kostet 5 €"


def test_utf8_and_bom() -> None:
    assert decode_bytes(GERMAN.encode("utf-8")) == GERMAN
    assert decode_bytes(codecs.BOM_UTF8 + GERMAN.encode("utf-8")) == GERMAN


def test_cp1252_quotes_and_euro() -> None:
    assert decode_bytes(GERMAN.encode("cp1252")) == GERMAN


def test_latin1_when_cp1252_has_undefined_bytes() -> None:
    data = "Grüße".encode("latin-1") + b"\x81"
    assert decode_bytes(data) == "Grüße\x81"


def test_utf16_with_bom() -> None:
    assert decode_bytes(codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le")) == GERMAN


def test_declared_charset() -> None:
    page = '<html><head><meta charset="iso-8859-15"></head><body>5 €</body></html>'.encode("iso-8859-15")
    assert declared_html_charset(page) == "iso8859-15"
    assert decode_bytes(page, "iso8859-15").endswith("5 €</body></html>")
    assert normalise_charset("ISO-8859-1") == "cp1252"
    assert normalise_charset("no-such-charset") is None


def test_text_files_in_each_encoding() -> None:
    text = "Überschrift\n\n" + GERMAN + "\n"
    for data in (text.encode("utf-8"), codecs.BOM_UTF8 + text.encode("utf-8"), text.encode("cp1252")):
        [doc] = documents(read(data, "a.txt"))
        assert doc.text == text


def test_latin1_text_file() -> None:
    [doc] = documents(read("Die Straße nach Köln\n".encode("latin-1"), "a.txt"))
    assert doc.text == "Die Straße nach Köln\n"


def test_html_meta_charset_is_honoured() -> None:
    page = '<html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">' \
           '<title>Preise</title></head><body><article><p>Der „Preis“ steigt auf 5 € pro Stück, ' \
           'sagte die Händlerin am Markt in Köln. Viele Kunden ärgern sich über die Größe der Erhöhung.</p>' \
           '</article></body></html>'
    [doc] = documents(read(page.encode("cp1252"), "p.html"))
    assert "„Preis“" in doc.text and "5 €" in doc.text and "Köln" in doc.text
