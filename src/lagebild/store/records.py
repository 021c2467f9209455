"""An article made ready for storage: its JSON, index columns, annotation rows and UTC date.

Preparing is the expensive part of storing (text analysis), so it happens
before the write transaction starts and only for articles not already stored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from lagebild.article import Article
from lagebild.store.dates import to_utc_text
from lagebild.store.indexing import IndexColumns, index_columns

#: Annotation kinds kept in the ``annotations`` table, and the field that gives each row its label.
ANNOTATION_LABELS = {
    "entities": "label",
    "times": "type",
    "quotes": "kind",
    "figures": "unit",
    "places": "name",
    "topics": "id",
    "keywords": "text",
}

AnnotationRow = tuple[str, int | None, int | None, str | None, str]


@dataclass(slots=True)
class Prepared:
    """Everything the database needs to store one version of an article."""

    article: Article
    content_hash: str
    columns: IndexColumns
    published_utc: str | None
    annotations: list[AnnotationRow]

    def json_for(self, article_id: str) -> str:
        """The Article JSON, with ``id`` set to the id it is stored under."""
        article = self.article if self.article.id == article_id else replace(self.article, id=article_id)
        return article.to_json()


def prepare(article: Article) -> Prepared:
    """Analyse an article for storage."""
    return Prepared(
        article=article,
        content_hash=article.content_hash(),
        columns=index_columns(article),
        published_utc=to_utc_text(article.published),
        annotations=annotation_rows(article),
    )


def annotation_rows(article: Article) -> list[AnnotationRow]:
    """One ``(kind, start, end, label, value JSON)`` row per annotation of the article."""
    rows: list[AnnotationRow] = []
    for kind, label_field in ANNOTATION_LABELS.items():
        for item in getattr(article, kind):
            if isinstance(item, dict):
                rows.append(_row(kind, item, label_field))
    return rows


def _row(kind: str, item: dict[str, Any], label_field: str) -> AnnotationRow:
    label = item.get(label_field)
    return (
        kind,
        _int_or_none(item.get("start")),
        _int_or_none(item.get("end")),
        None if label is None else str(label),
        json.dumps(item, ensure_ascii=False),
    )


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
