"""The structure stage: raw documents into Articles.

Reads the layout of news articles as outlets publish them: kicker (Dachzeile),
headline, dateline (date, time, agencies), bylines, lead, paragraphs and
subheadings, and credits such as "(dpa)" or "Quelle: dpa".

Modules: :mod:`.stage` (``structure``), :mod:`.layout` (plain text as published),
:mod:`.body` (body text with fields), :mod:`.dateline` (dates), :mod:`.agencies`,
:mod:`.authors`, :mod:`.meta` (meta lines), :mod:`.titles` (kicker, headline,
subheading rules), :mod:`.blocks` (lines and paragraphs), :mod:`.paragraphs`.
"""

from lagebild.structure.agencies import normalise_agencies
from lagebild.structure.authors import split_authors
from lagebild.structure.body import parse_body
from lagebild.structure.dateline import DEFAULT_TZ, parse_published
from lagebild.structure.layout import parse_layout
from lagebild.structure.meta import MetaLine, parse_meta_line
from lagebild.structure.paragraphs import TextLayout
from lagebild.structure.stage import structure

__all__ = [
    "DEFAULT_TZ",
    "MetaLine",
    "TextLayout",
    "normalise_agencies",
    "parse_body",
    "parse_layout",
    "parse_meta_line",
    "parse_published",
    "split_authors",
    "structure",
]
