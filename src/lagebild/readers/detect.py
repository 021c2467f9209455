"""Format detection by content sniffing; the file name's extension is only a hint.

:func:`detect_format` looks at the first bytes of a (decompressed) input and returns one
of :data:`FORMATS` or ``"binary"``. Empty input is the caller's concern (see
:func:`is_blank`).
"""

from __future__ import annotations

import json
import re
from pathlib import PurePath

from lagebild.readers.encoding import bom_encoding

FORMATS = ("text", "html", "feed", "json", "jsonl", "warc")
BINARY = "binary"

_BINARY_MAGICS = (
    b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"BZh", b"\xfd7zXZ",
    b"7z\xbc\xaf", b"\x7fELF", b"MZ", b"SQLite format 3", b"\x28\xb5\x2f\xfd", b"OggS", b"ID3",
)
_CONTROL_BYTES = frozenset(range(0, 32)) - {9, 10, 12, 13, 27}
_MAX_CONTROL_SHARE = 0.05
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF|channel)\b", re.IGNORECASE)
_HTML_START = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|span|main|h[1-6]|"
    rb"script|style|link|table|ul|header|nav|a|br|!--)[\s>/]",
    re.IGNORECASE,
)
_HTML_ANYWHERE = re.compile(rb"<(?:!doctype\s+html|html|body)[\s>]", re.IGNORECASE)
_JSON_START = re.compile(rb'^(?:\[\s*(?:[\[{"\]\d-]|true|false|null)|\{\s*["}])')
_XML_PROLOG = re.compile(rb"^(?:<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>|<\?[^>]*\?>|\s+)*", re.DOTALL)

_EXTENSION_HINTS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jl": "jsonl",
    ".json": "json",
    ".rss": "feed", ".atom": "feed", ".xml": "feed", ".rdf": "feed",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".warc": "warc",
    ".txt": "text",
}


def extension_hint(name: str) -> str | None:
    """The format a file name suggests (``.gz`` is looked through), or None."""
    suffixes = [s.lower() for s in PurePath(name).suffixes]
    if suffixes and suffixes[-1] in (".gz", ".gzip"):
        suffixes.pop()
    return _EXTENSION_HINTS.get(suffixes[-1]) if suffixes else None


def sniffable(head: bytes) -> bytes:
    """``head`` as bytes that ASCII patterns can match: UTF-16/32 transcoded, BOM dropped."""
    encoding, skip = bom_encoding(head)
    if encoding and encoding != "utf-8":
        return head[skip:].decode(encoding, "ignore").encode("utf-8")
    return head[skip:]


def is_blank(head: bytes) -> bool:
    """True when the input holds nothing but whitespace (and maybe a BOM)."""
    return not sniffable(head).strip()


def looks_binary(head: bytes) -> bool:
    """True for known binary formats, NUL bytes or many control bytes."""
    if head.startswith(_BINARY_MAGICS):
        return True
    if bom_encoding(head)[0] not in (None, "utf-8"):
        return False
    if b"\x00" in head:
        return True
    sample = head[:8192]
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return bool(sample) and controls / len(sample) > _MAX_CONTROL_SHARE


def _json_kind(body: bytes, hint: str | None) -> str:
    """``json`` or ``jsonl`` for content that starts with ``{`` or ``[``."""
    if hint in ("json", "jsonl"):
        return hint
    if body.startswith(b"["):
        return "json"
    first, newline, rest = body.partition(b"\n")
    if not newline:
        return "json"
    try:
        json.loads(first)
    except ValueError:
        return "json"  # a pretty-printed object spanning lines
    return "jsonl" if rest.lstrip().startswith((b"{", b"[")) or not rest.strip() else "json"


def _markup_kind(body: bytes, hint: str | None) -> str | None:
    """``feed``, ``html`` or None for content that starts with markup."""
    rest = _XML_PROLOG.sub(b"", body[:4096], count=1)
    if _FEED_ROOT.match(rest):
        return "feed"
    if _HTML_START.match(rest) or _HTML_ANYWHERE.search(body[:4096]):
        return "html"
    if rest.startswith(b"<") and hint in ("feed", "html"):
        return hint
    if body.startswith(b"<?xml") and _FEED_ROOT.search(body[:16384]):
        return "feed"
    return "html" if rest.startswith(b"<") else None


def detect_format(head: bytes, name: str = "") -> str:
    """The format of an input from its first bytes (decompressed) and its name.

    Returns one of ``text``, ``html``, ``feed``, ``json``, ``jsonl``, ``warc`` or ``binary``.
    """
    if head.lstrip().startswith(b"WARC/"):
        return "warc"  # record payloads may be binary
    if looks_binary(head):
        return BINARY
    body = sniffable(head).lstrip()
    hint = extension_hint(name)
    if _JSON_START.match(body) or (body.startswith((b"{", b"[")) and hint in ("json", "jsonl")):
        return _json_kind(body, hint)
    if body.startswith(b"<"):
        return _markup_kind(body, hint) or "text"
    if _HTML_ANYWHERE.search(body[:1024]):
        return "html"
    return "text"
