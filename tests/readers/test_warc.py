"""WARC files: HTML responses become articles; corrupt and truncated records are rejected."""

from __future__ import annotations

from .conftest import ARTICLE_HTML, documents, html_response, make_warc, read, rejections

PAGE = ARTICLE_HTML.encode("utf-8")


def _responses() -> list[tuple]:
    return [
        html_response("https://www.elbkurier.example/eins", PAGE),
        html_response("https://www.elbkurier.example/bild.png", b"\x89PNG....", content_type="image/png"),
        html_response("https://www.elbkurier.example/weg", PAGE, status="404 Not Found"),
        html_response("https://www.elbkurier.example/zwei", PAGE.replace(b"Scheitel", b"Pegel")),
    ]


def test_warc_html_responses() -> None:
    items = read(make_warc(_responses()), "crawl.warc")
    docs = documents(items)
    assert len(items) == len(docs) == 2
    assert docs[1].headline == "Dresden rüstet sich für den Pegel"
    assert all(d.layout == "body" and d.origin.locator.startswith("offset ") for d in docs)
    assert docs[0].published == "2024-06-03T10:30:00+02:00"  # from the page, never the WARC-Date


def test_warc_without_page_date_has_no_published() -> None:
    page = PAGE.replace(b'<meta property="article:published_time" content="2024-06-03T10:30:00+02:00">', b"")
    [doc] = read(make_warc([html_response("https://x.example/a", page)]), "c.warc")
    assert doc.published is None or not doc.published.startswith(str(__import__("datetime").date.today().year))


def test_warc_url_is_target_uri_when_page_has_none() -> None:
    page = PAGE.replace(b'<link rel="canonical" href="https://www.elbkurier.example/lokales/hochwasser-dresden-1234.html">', b"")
    [doc] = read(make_warc([html_response("https://www.elbkurier.example/eins", page)]), "c.warc")
    assert doc.url == "https://www.elbkurier.example/eins"


def test_gzipped_warc() -> None:
    assert len(documents(read(make_warc(_responses(), gzipped=True), "crawl.warc.gz"))) == 2


def test_truncated_warc_keeps_earlier_records() -> None:
    data = make_warc(_responses(), extra_records=False)
    items = read(data[:-200], "crawl.warc")
    assert len(documents(items)) == 1
    [rejection] = rejections(items)
    assert rejection.origin.locator.startswith("offset ") and "truncated" in rejection.reason


def test_truncated_gzipped_warc() -> None:
    data = make_warc(_responses(), gzipped=True)
    items = read(data[:-100], "crawl.warc.gz")
    assert len(documents(items)) == 1
    assert items[-1].reason.startswith("truncated")


def test_corrupt_record_is_skipped_and_reading_goes_on() -> None:
    first = make_warc([html_response("https://x.example/1", PAGE)], extra_records=False)
    second = make_warc([html_response("https://x.example/2", PAGE.replace(b"Scheitel", b"Pegel"))], extra_records=False)
    corrupt = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: kaputt\r\n\r\nmuell\r\n\r\n"
    items = read(first + corrupt + b"\x00" * 10 + second, "c.warc")
    assert len(rejections(items)) >= 1
    assert "Dresden rüstet sich für den Pegel" in [d.headline for d in documents(items)]
