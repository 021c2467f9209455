"""RSS and Atom feeds: one document per entry."""

from __future__ import annotations

import time

from lagebild.readers.feeds import feed_date

from .conftest import FEED_ATOM, FEED_RSS, documents, read, rejections


def test_rss_entries() -> None:
    items = read(FEED_RSS.encode("utf-8"), "feed.rss")
    assert [i.origin.locator for i in items] == ["item 1", "item 2", "item 3"]
    first, second = documents(items)
    assert first.layout == "body"
    assert first.headline == "Dresden rüstet sich für den Scheitel"
    assert first.url == "https://www.elbkurier.example/lokales/1"
    assert first.published == "2024-06-03T10:30:00+02:00"
    assert first.authors == ["Anna Beispiel"]
    assert first.text == "Die Feuerwehr füllt Sandsäcke.\n\nMehrere Straßen sind gesperrt. (dpa)"
    assert first.lead == "Die Stadt erwartet einen Pegel von über sechs Metern."
    assert first.outlet == "Elbkurier – Nachrichten"
    assert first.language == "de"
    assert first.agencies == ["dpa"]
    assert second.text == "Entwarnung in Meißen." and second.lead is None
    assert second.published == "2024-06-04T08:00:00+00:00"


def test_entry_without_text_and_title_is_rejected() -> None:
    [rejection] = rejections(read(FEED_RSS.encode("utf-8"), "feed.rss"))
    assert rejection.origin.locator == "item 3"


def test_atom_entry() -> None:
    [doc] = read(FEED_ATOM.encode("utf-8"), "feed.atom")
    assert doc.headline == "Brücke wieder frei"
    assert doc.published == "2024-06-05T07:15:00+02:00"
    assert doc.authors == ["Carla Probe"]
    assert doc.text == "Die Augustusbrücke ist wieder befahrbar."
    assert doc.url == "https://www.elbkurier.example/verkehr/5"


def test_bozo_feed_with_entries_is_used() -> None:
    broken = FEED_RSS.replace("</channel>", "<kaputt></channel>").replace("&lt;p&gt;", "&nbsp;&lt;p&gt;")
    assert len(documents(read(broken.encode("utf-8"), "feed.rss"))) == 2


def test_feed_without_entries() -> None:
    [rejection] = read(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Leer</title></channel></rss>', "f.rss")
    assert rejection.reason == "feed has no entries"


def test_gzipped_feed(gz) -> None:
    assert len(documents(read(gz(FEED_ATOM.encode("utf-8")), "feed.xml.gz"))) == 1


def test_feed_dates() -> None:
    assert feed_date("Mon, 03 Jun 2024 10:30:00 +0200", None) == "2024-06-03T10:30:00+02:00"
    assert feed_date("2024-06-03T10:30:00Z", None) == "2024-06-03T10:30:00Z"
    parsed = time.strptime("2024-06-03 08:30", "%Y-%m-%d %H:%M")
    assert feed_date("3. Juni 2024", parsed) == "2024-06-03T08:30:00+00:00"
    assert feed_date("irgendwann", None) == "irgendwann"
    assert feed_date(None, None) is None
