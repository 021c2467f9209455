"""The structure stage: :class:`RawDocument` -> :class:`Article`.

* ``layout="published"``: the text is read with :func:`.layout.parse_layout`;
  kicker, headline and lead from the document's fields only fill what the layout
  lacks.
* ``layout="body"``: titles and teaser come from the fields, the text is the body
  (:func:`.body.parse_body`).
* ``published``: the document's own date field when it can be read, else the
  dateline (original publication, then "Stand:", then an update time as the last
  resort).
* ``agencies``: the document's field, then what the text credits; ``authors``
  likewise (an agency named as an author moves to ``agencies``).
* ``text`` is composed from kicker, headline, lead and sections, except for
  text-only inputs: then it is the input text unchanged, and every part kept is a
  verbatim substring of it (a field that is not is dropped).
* ``id`` is the document's id, else :func:`~lagebild.article.default_id` of the
  finished article.
"""

from __future__ import annotations

from lagebild.article import Article, compose_text, default_id
from lagebild.readers.base import RawDocument
from lagebild.structure.agencies import normalise_agencies
from lagebild.structure.authors import is_person_name, split_authors
from lagebild.structure.body import parse_body
from lagebild.structure.dateline import DEFAULT_TZ, parse_published
from lagebild.structure.layout import parse_layout
from lagebild.structure.meta import merge_unique
from lagebild.structure.paragraphs import TextLayout


def structure(doc: RawDocument, *, default_tz: str = DEFAULT_TZ) -> Article:
    """The :class:`Article` for one raw document (see the module rules)."""
    layout = _parse(doc, default_tz)
    article = Article(
        url=doc.url,
        outlet=doc.outlet,
        language=doc.language,
        kicker=layout.kicker,
        headline=layout.headline,
        published=parse_published(doc.published, default_tz=default_tz) or layout.published,
        agencies=merge_unique(normalise_agencies(doc.agencies), _agency_authors(doc.authors), layout.agencies),
        authors=merge_unique(split_authors(doc.authors), layout.authors),
        lead=layout.lead,
        sections=layout.sections,
    )
    article.text = doc.text if doc.text_only else compose_text(
        article.kicker, article.headline, article.lead, article.sections
    )
    article.id = doc.id or default_id(article)
    return article


def _parse(doc: RawDocument, default_tz: str) -> TextLayout:
    exact = doc.text_only
    if doc.layout == "body":
        return parse_body(
            doc.text,
            headline=_field(doc.headline, doc.text, exact=exact),
            kicker=_field(doc.kicker, doc.text, exact=exact),
            lead=doc.lead,
            exact=exact,
            default_tz=default_tz,
        )
    layout = parse_layout(doc.text, exact=exact, default_tz=default_tz)
    layout.headline = layout.headline or _field(doc.headline, doc.text, exact=exact)
    layout.kicker = layout.kicker or (_field(doc.kicker, doc.text, exact=exact) if layout.headline else None)
    layout.lead = layout.lead or _field(doc.lead, doc.text, exact=exact)
    return layout


def _field(value: str | None, text: str, *, exact: bool) -> str | None:
    """A title or teaser field, cleaned; for text-only inputs only when verbatim in ``text``."""
    if not value or not value.strip():
        return None
    if exact:
        return value.strip() if value.strip() in text else None
    return " ".join(value.split())


def _agency_authors(authors: list[str]) -> list[str]:
    """Agencies named in author fields ("dpa", "Anna Muster, dpa")."""
    return normalise_agencies(name for name in authors if isinstance(name, str) and not is_person_name(name))
