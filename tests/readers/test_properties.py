"""Property tests: whatever the bytes, readers yield documents or rejections and never raise."""

from __future__ import annotations

import gzip
import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.readers import RawDocument, Rejection, read_bytes_stream

PREFIXES = [b"", b"\x1f\x8b", b"\x1f\x8b\x08\x00", b"WARC/1.0\r\n", b"WARC/1.1\r\nContent-Length: 5\r\n\r\n",
            b"{", b"[", b'{"text": ', b"<html>", b"<?xml version='1.0'?><rss>", b"\xef\xbb\xbf", b"\xff\xfe"]
FIELDS = ["id", "title", "headline", "header", "text", "article", "body", "maintext", "published", "date",
          "date_publish", "date_modify", "outlet", "source", "source_domain", "url", "kicker", "lead",
          "description", "agencies", "authors", "language"]

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
RECORDS = st.dictionaries(st.sampled_from(FIELDS), JSON_VALUES, max_size=8)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(data: bytes, name: str) -> None:
    items = list(read_bytes_stream(io.BytesIO(data), name))
    assert items
    assert all(isinstance(i, (RawDocument, Rejection)) for i in items)
    assert all(i.origin.path == name for i in items)


@SETTINGS
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=400), name=st.sampled_from(["x", "x.json", "x.warc", "x.txt"]))
def test_random_bytes_never_raise(prefix: bytes, body: bytes, name: str) -> None:
    _check(prefix + body, name)


@SETTINGS
@given(body=st.binary(max_size=300), cut=st.integers(min_value=0, max_value=400))
def test_gzip_of_random_bytes_and_cuts(body: bytes, cut: int) -> None:
    _check(gzip.compress(body)[:cut], "x.gz")


@SETTINGS
@given(records=st.lists(RECORDS | JSON_VALUES, min_size=1, max_size=5), as_lines=st.booleans(), gzipped=st.booleans())
def test_random_records(records: list, as_lines: bool, gzipped: bool) -> None:
    if as_lines:
        data = "".join(json.dumps(r) + "\n" for r in records).encode()
    else:
        data = json.dumps(records).encode()
    _check(gzip.compress(data) if gzipped else data, "r.jsonl" if as_lines else "r.json")
