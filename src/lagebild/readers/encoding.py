"""Decoding of input bytes: UTF-8 (with or without BOM), a declared charset, Windows-1252, Latin-1.

The order follows what news files in the wild need: valid UTF-8 is strong evidence and
wins; then a charset the document declares (HTML ``<meta charset>``, an HTTP header), as
long as the bytes decode with it; then Windows-1252 (German typographic quotes „“ and €
live there), which fails only on its five undefined bytes; Latin-1 always decodes.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Browsers read these labels as Windows-1252 (WHATWG Encoding Standard).
_WINDOWS_1252_ALIASES = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1", "l1"}

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE
)


def bom_encoding(data: bytes) -> tuple[str | None, int]:
    """The encoding a byte-order mark announces and the BOM's length, or ``(None, 0)``."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None, 0


def normalise_charset(label: str | None) -> str | None:
    """A Python codec name for a declared charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _WINDOWS_1252_ALIASES:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB (``<meta charset>`` or http-equiv)."""
    match = _META_CHARSET.search(data[:4096])
    return normalise_charset(match.group(1).decode("ascii", "replace")) if match else None


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` to text; a leading BOM is removed. Never raises."""
    bom, skip = bom_encoding(data)
    if bom:
        text = _try_decode(data[skip:], bom)
        if text is not None:
            return text
    for encoding in ("utf-8", normalise_charset(declared), "cp1252"):
        if encoding:
            text = _try_decode(data, encoding)
            if text is not None:
                return text
    return data.decode("latin-1")


def normalise_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
