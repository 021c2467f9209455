"""Articles whose datelines differ: none, several agencies, updates, winter time, DST edges."""

from __future__ import annotations

import pytest

from .structure_cases import Case, run_case

BODY = """Der Stadtrat hat am Abend über den Haushalt abgestimmt. Eine knappe Mehrheit stimmte zu.

Die Verwaltung muss nun bis zum Frühjahr einen Sparplan vorlegen. Betroffen sind vor allem Bäder und Bibliotheken.
"""


def article(dateline: str | None, *, kicker: str | None = "Kommunalfinanzen") -> str:
    """A short article with the given dateline between headline and lead."""
    parts = [kicker, "Stadtrat beschließt Sparhaushalt", dateline, BODY]
    return "\n\n".join(part for part in parts if part)


BODY_WITH_UPDATE = """Stadtrat beschließt Sparhaushalt

30.01.2020, 07:00 Uhr | Reuters

Der Stadtrat hat am Abend über den Haushalt abgestimmt.

Update: 30.01.2020, 14:20 Uhr

Die Verwaltung muss nun bis zum Frühjahr einen Sparplan vorlegen.
"""

CASES = [
    Case("no-kicker", article("12.06.2020, 04:15 Uhr | dpa", kicker=None), kicker=None,
         headline="Stadtrat beschließt Sparhaushalt", published="2020-06-12T04:15:00+02:00", agencies=["dpa"],
         lead_start="Der Stadtrat hat"),
    Case("no-dateline", article(None), kicker="Kommunalfinanzen", published=None, agencies=[], authors=[],
         lead_start="Der Stadtrat hat"),
    Case("several-agencies", article("12.06.2020, 04:15 Uhr | AFP, dpa, Reuters, epd"),
         agencies=["AFP", "dpa", "Reuters", "epd"]),
    Case("slash-agencies", article("dpa/AFP/rtr"), agencies=["dpa", "AFP", "Reuters"], published=None,
         not_in_text=("dpa/AFP/rtr",)),
    Case("update-line-after-dateline", article("12.06.2020, 04:15 Uhr | dpa\nUpdate: 12.06.2020, 18:30 Uhr"),
         published="2020-06-12T04:15:00+02:00", not_in_text=("Update", "18:30")),
    Case("update-line-only", article("Update: 12.06.2020, 18:30 Uhr"), published="2020-06-12T18:30:00+02:00",
         not_in_text=("Update",)),
    Case("published-and-updated", article("Veröffentlicht am 12.06.2020, 04:15 Uhr, aktualisiert am 13.06.2020, 09:00 Uhr"),
         published="2020-06-12T04:15:00+02:00", not_in_text=("Veröffentlicht", "aktualisiert")),
    Case("winter-time", article("12.01.2020, 04:15 Uhr | KNA"), published="2020-01-12T04:15:00+01:00",
         agencies=["KNA"]),
    Case("dst-start-before", article("29.03.2020, 01:30 Uhr"), published="2020-03-29T01:30:00+01:00"),
    Case("dst-start-after", article("29.03.2020, 03:30 Uhr"), published="2020-03-29T03:30:00+02:00"),
    Case("dst-end-summer", article("25.10.2020, 01:59 Uhr"), published="2020-10-25T01:59:00+02:00"),
    Case("dst-end-winter", article("25.10.2020, 03:00 Uhr"), published="2020-10-25T03:00:00+01:00"),
    Case("weekday-word-date", article("Sonntag, 25. Oktober 2020, 11.40 Uhr"), published="2020-10-25T11:40:00+01:00"),
    Case("stand-line", article("Stand: 02.12.2019 17:05 Uhr"), published="2019-12-02T17:05:00+01:00",
         not_in_text=("Stand",)),
    Case("date-only", article("12. Juni 2020"), published="2020-06-12T00:00:00+02:00", not_in_text=("12. Juni 2020",)),
    Case("byline-and-date", article("Von Anna Muster | 12.06.2020, 04:15 Uhr"), authors=["Anna Muster"],
         published="2020-06-12T04:15:00+02:00", not_in_text=("Anna Muster",)),
    Case("place-and-date", article("Hannover, 12. Juni 2020"), published="2020-06-12T00:00:00+02:00",
         not_in_text=("Hannover",)),
    Case("update-between-paragraphs", BODY_WITH_UPDATE, published="2020-01-30T07:00:00+01:00",
         agencies=["Reuters"], headings=[None], not_in_text=("Update", "14:20")),
    Case("date-with-agency-suffix", article("12.06.2020, 04:15 Uhr, sda"), agencies=["SDA"]),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_datelines(case: Case) -> None:
    run_case(case)
