"""JSON and JSON Lines records: field names, locators, malformed input."""

from __future__ import annotations

import json

from lagebild.readers.base import Origin, RawDocument, Rejection
from lagebild.readers.records import record_document

from .conftest import documents, jsonl, read, rejections

NEWS_PLEASE = {
    "title": "Bahn streicht Verbindungen",
    "maintext": "Die Bahn streicht im Winter mehrere Verbindungen.\n\nFahrgäste sind verärgert.",
    "date_publish": "2024-01-08 06:00:00",
    "date_modify": "2024-01-09 07:00:00",
    "source_domain": "www.schienenblatt.example",
    "url": "https://www.schienenblatt.example/a/1",
    "authors": ["Dora Test", "Emil Probe"],
    "description": "Mehrere Linien fallen aus.",
    "language": "de",
}


def _doc(record: object) -> RawDocument:
    item = record_document(record, Origin("x"))
    assert isinstance(item, RawDocument), item
    return item


def test_news_please_fields() -> None:
    doc = _doc(NEWS_PLEASE)
    assert doc.layout == "body"
    assert doc.headline == "Bahn streicht Verbindungen"
    assert doc.text == NEWS_PLEASE["maintext"]
    assert doc.published == "2024-01-08 06:00:00"
    assert doc.outlet == "www.schienenblatt.example"
    assert doc.authors == ["Dora Test", "Emil Probe"]
    assert doc.lead == "Mehrere Linien fallen aus."
    assert doc.language == "de"
    assert doc.text_only is False


def test_plain_fields() -> None:
    doc = _doc({"id": 42, "header": "Kopf", "article": "Text", "date": "2020-06-12T04:15:00+02:00",
                "source": "zeit.de", "kicker": "Dach", "agencies": ["dpa", "AFP"], "authors": "A. Eins; B. Zwei"})
    assert (doc.id, doc.headline, doc.kicker, doc.outlet) == ("42", "Kopf", "Dach", "zeit.de")
    assert doc.agencies == ["dpa", "AFP"] and doc.authors == ["A. Eins", "B. Zwei"]
    assert doc.published == "2020-06-12T04:15:00+02:00"


def test_text_only_record_keeps_text_verbatim() -> None:
    text = "  Erste Zeile\r\nzweite Zeile  \n"
    doc = _doc({"id": "r1", "text": text, "url": None, "title": None, "description": ""})
    assert doc.text == text and doc.text_only is True and doc.headline is None


def test_null_values_are_absent() -> None:
    doc = _doc({"text": None, "maintext": "Haupttext", "headline": None, "date_publish": None, "date_modify": "2024-01-01"})
    assert doc.text == "Haupttext" and doc.published == "2024-01-01"


def test_epoch_dates() -> None:
    assert _doc({"text": "x", "published": 0}).published == "1970-01-01T00:00:00+00:00"


def test_bad_records_are_rejected() -> None:
    cases = [([1, 2], "not an object"), ({"title": "nur Titel"}, "no text"),
             ({"text": ["Liste"]}, "'text' is a list"), ({"text": "   "}, "no text")]
    for record, reason in cases:
        item = record_document(record, Origin("x", "line 3"))
        assert isinstance(item, Rejection) and reason in item.reason
        assert item.origin.locator == "line 3"


def test_jsonl_stream_with_bad_lines() -> None:
    data = jsonl({"id": 1, "text": "Eins"}) + b"\n  \n{kaputt\n" + jsonl([1], {"id": 2, "text": "Zwei"})
    items = read(data, "daten.jsonl")
    assert [(type(i).__name__, i.origin.locator) for i in items] == [
        ("RawDocument", "line 1"), ("Rejection", "line 4"), ("Rejection", "line 5"), ("RawDocument", "line 6")]
    assert items[1].reason.startswith("invalid JSON")
    assert [d.id for d in documents(items)] == ["1", "2"]


def test_jsonl_cp1252_line() -> None:
    data = jsonl({"text": "a"}) + '{"text": "„Zitat“ für 5 €"}\n'.encode("cp1252")
    assert documents(read(data, "d.jsonl"))[1].text == "„Zitat“ für 5 €"


def test_json_object_and_array() -> None:
    [doc] = read(json.dumps(NEWS_PLEASE, indent=2).encode(), "eins.json")
    assert doc.headline == NEWS_PLEASE["title"] and doc.origin.locator is None
    items = read(json.dumps([{"text": "A"}, {"text": "B"}, 3]).encode(), "liste.json")
    assert [i.origin.locator for i in items] == ["record 1", "record 2", "record 3"]
    assert isinstance(items[2], Rejection)


def test_json_array_cut_off_keeps_earlier_records() -> None:
    items = read(b'[{"text": "A"}, {"text": "B"}, {"text": "C', "liste.json")
    assert [d.text for d in documents(items)] == ["A", "B"]
    [rejection] = rejections(items)
    assert rejection.origin.locator == "record 3" and "invalid JSON" in rejection.reason


def test_json_empty_array_and_garbage() -> None:
    assert rejections(read(b"[ ]", "l.json"))[0].reason == "JSON array holds no records"
    assert "invalid JSON" in rejections(read(b'{"text": ', "x.json"))[0].reason
    assert "extra data" in rejections(read(b'{"text": "a"} {"text": "b"}', "x.json"))[0].reason


def test_json_cp1252_file() -> None:
    [doc] = read('{"text": "Grüße für 5 €"}'.encode("cp1252"), "x.json")
    assert doc.text == "Grüße für 5 €"


def test_gzipped_json_and_jsonl(gz) -> None:
    assert len(documents(read(gz(jsonl({"text": "a"}, {"text": "b"})), "d.jsonl.gz"))) == 2
    assert len(documents(read(gz(b'[{"text": "a"}]'), "d.json.gz"))) == 1


def test_truncated_gzip_keeps_records_before_the_cut(gz) -> None:
    records = [{"id": i, "text": f"Meldung {i} " * 30} for i in range(3000)]
    data = gz(jsonl(*records))
    items = read(data[: len(data) * 2 // 3], "d.jsonl.gz")
    docs = documents(items)
    assert len(docs) > 100 and [d.id for d in docs] == [str(i) for i in range(len(docs))]
    assert items[-1] == Rejection(Origin("d.jsonl.gz"), f"truncated gzip stream after {len(docs)} records")


def test_large_array_is_streamed(monkeypatch) -> None:
    from lagebild.readers import jsonio

    monkeypatch.setattr(jsonio, "WHOLE_FILE_BYTES", 1000)
    monkeypatch.setattr(jsonio, "_CHUNK", 37)
    records = [{"id": i, "text": f"Text {i} mit Ümlauten ÄÖÜ", "n": 12345678} for i in range(200)]
    docs = documents(read(json.dumps(records, ensure_ascii=False).encode(), "gross.json"))
    assert [d.id for d in docs] == [str(i) for i in range(200)]
