"""Fixtures for the reader tests: small German inputs written here, never copied from data sets."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from lagebild.readers import RawDocument, Rejection, read_bytes_stream

ARTICLE_TEXT = (
    "Hochwasser an der Elbe\n\n"
    "Dresden rüstet sich für den Scheitel\n\n"
    "03.06.2024, 10:30 Uhr | dpa\n\n"
    "Die Stadt Dresden erwartet am Wochenende einen Pegel von über sechs Metern. "
    "Die Feuerwehr füllt Sandsäcke.\n\n"
    "„Wir sind vorbereitet“, sagte der Oberbürgermeister. Die Schäden würden auf 5 Mio. € geschätzt.\n"
)

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<title>Dresden rüstet sich für den Scheitel | Elbkurier</title>
<meta property="og:title" content="Dresden rüstet sich für den Scheitel">
<meta property="og:site_name" content="Elbkurier">
<meta property="article:published_time" content="2024-06-03T10:30:00+02:00">
<meta name="author" content="Anna Beispiel; Bernd Muster">
<link rel="canonical" href="https://www.elbkurier.example/lokales/hochwasser-dresden-1234.html">
</head>
<body>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/lokales">Lokales</a></li></ul></nav>
<main>
<article>
<header>
<h1><span class="article-heading__kicker">Hochwasser an der Elbe</span>
<span class="article-heading__title">Dresden rüstet sich für den Scheitel</span></h1>
<p class="byline">Von Anna Beispiel und Bernd Muster</p>
</header>
<p>Dresden (dpa) - Die Stadt Dresden erwartet am Wochenende einen Pegel von über sechs Metern an der
Augustusbrücke. Die Feuerwehr füllt seit dem frühen Morgen Sandsäcke, Helfer aus dem ganzen Land sind unterwegs.</p>
<p>„Wir sind vorbereitet“, sagte der Oberbürgermeister am Montag im Rathaus. Die Schäden würden bisher
auf rund fünf Millionen Euro geschätzt, die Versicherungen rechnen mit weiteren Meldungen in den kommenden Tagen.</p>
<h2>Sperrungen in der Altstadt</h2>
<p>Mehrere Straßen am Terrassenufer sind gesperrt. Die Straßenbahnlinien 4 und 9 fahren Umleitungen,
die Verkehrsbetriebe bitten Fahrgäste, mehr Zeit einzuplanen und auf die Anzeigen an den Haltestellen zu achten.</p>
<p>Das Umweltamt rechnet damit, dass der Scheitel am Sonntagabend erreicht wird. Danach soll das Wasser langsam sinken.</p>
</article>
<aside class="teaser-list">
<div class="teaser"><span class="teaser__kicker">Sport</span><a href="/sport/1">Dynamo gewinnt Derby</a></div>
</aside>
</main>
<footer><p>Impressum | Datenschutz | Kontakt</p></footer>
</body>
</html>
"""

FEED_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Elbkurier – Nachrichten</title>
<link>https://www.elbkurier.example/</link>
<language>de-de</language>
<item>
<title>Dresden rüstet sich für den Scheitel</title>
<link>https://www.elbkurier.example/lokales/1</link>
<pubDate>Mon, 03 Jun 2024 10:30:00 +0200</pubDate>
<dc:creator>Anna Beispiel</dc:creator>
<description>Die Stadt erwartet einen Pegel von über sechs Metern.</description>
<content:encoded><![CDATA[<p>Die Feuerwehr füllt Sandsäcke.</p><p>Mehrere Straßen sind gesperrt. (dpa)</p>]]></content:encoded>
</item>
<item>
<title>Pegel sinkt wieder</title>
<link>https://www.elbkurier.example/lokales/2</link>
<pubDate>Tue, 04 Jun 2024 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Entwarnung in Meißen.&lt;/p&gt;</description>
</item>
<item>
<link>https://www.elbkurier.example/lokales/3</link>
</item>
</channel>
</rss>
"""

FEED_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Elbkurier Atom</title>
<link href="https://www.elbkurier.example/"/>
<id>urn:elbkurier</id>
<updated>2024-06-03T12:00:00+02:00</updated>
<entry>
<title>Brücke wieder frei</title>
<link href="https://www.elbkurier.example/verkehr/5"/>
<id>urn:elbkurier:5</id>
<published>2024-06-05T07:15:00+02:00</published>
<updated>2024-06-05T09:00:00+02:00</updated>
<author><name>Carla Probe</name></author>
<content type="html">&lt;p&gt;Die Augustusbrücke ist wieder befahrbar.&lt;/p&gt;</content>
</entry>
</feed>
"""


def read(data: bytes, name: str = "input") -> list[RawDocument | Rejection]:
    """All items ``read_bytes_stream`` yields for ``data``."""
    return list(read_bytes_stream(io.BytesIO(data), name))


def documents(items: list) -> list[RawDocument]:
    return [i for i in items if isinstance(i, RawDocument)]


def rejections(items: list) -> list[Rejection]:
    return [i for i in items if isinstance(i, Rejection)]


def jsonl(*records: object) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def html_response(url: str, body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK") -> tuple:
    return url, body, content_type, status


def make_warc(responses: list[tuple], gzipped: bool = False, extra_records: bool = True) -> bytes:
    """A WARC file (warcio's writer) holding ``responses`` and, optionally, a request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "lagebild-tests"}))
    for url, body, content_type, status in responses:
        if extra_records:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buffer.getvalue()


@pytest.fixture
def gz():
    return gzip.compress


@pytest.fixture
def tmp_inputs(tmp_path: Path) -> Path:
    """A folder with a text article, a JSONL file, a hidden file and a sub-folder."""
    (tmp_path / "b_artikel.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    (tmp_path / "a_records.jsonl").write_bytes(jsonl({"id": 1, "text": "Erster Text."}, {"id": 2, "text": "Zweiter."}))
    (tmp_path / ".versteckt.txt").write_text("nicht lesen", encoding="utf-8")
    sub = tmp_path / "unter"
    sub.mkdir()
    (sub / "seite.html").write_text(ARTICLE_HTML, encoding="utf-8")
    hidden = tmp_path / ".git"
    hidden.mkdir()
    (hidden / "config").write_text("x", encoding="utf-8")
    return tmp_path
