"""parse_published: German datelines, ISO 8601, RFC 822 -> ISO 8601 with a UTC offset."""

from __future__ import annotations

import pytest

from lagebild.structure import parse_published

SUMMER = "2020-06-12T04:15:00+02:00"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12.06.2020, 04:15 Uhr", SUMMER),
        ("12.06.2020 – 04:15", SUMMER),
        ("12.06.2020 04:15:00", SUMMER),
        ("Freitag, 12. Juni 2020, 4.15 Uhr", SUMMER),
        ("Fr., 12.06.2020, 04:15", SUMMER),
        ("12. Juni 2020", "2020-06-12T00:00:00+02:00"),
        ("12. Jun. 2020 um 4:15 Uhr", SUMMER),
        ("Stand: 12.06.2020 04:15 Uhr", SUMMER),
        ("Aktualisiert am 12.06.2020", "2020-06-12T00:00:00+02:00"),
        ("-Aktualisiert am 12.06.2020-04:15", SUMMER),
        ("Update: 12.06.2020, 18:30 Uhr", "2020-06-12T18:30:00+02:00"),
        ("04:15 Uhr, 12.06.2020", SUMMER),
        ("12.6.20, 04:15 Uhr", SUMMER),
        ("12.06.2020, 04:15 Uhr MESZ", SUMMER),
        ("12.01.2020, 04:15 Uhr", "2020-01-12T04:15:00+01:00"),
        ("12. Januar 2020, 04:15 Uhr (MEZ)", "2020-01-12T04:15:00+01:00"),
        ("June 12, 2020", "2020-06-12T00:00:00+02:00"),
        ("2020-06-12T04:15:00", SUMMER),
        ("2020-06-12 04:15", SUMMER),
        ("2020-01-12T04:15:00", "2020-01-12T04:15:00+01:00"),
        ("2020-06-12", "2020-06-12T00:00:00+02:00"),
        ("2020-01-12", "2020-01-12T00:00:00+01:00"),
        ("2020-06-12T02:15:00Z", "2020-06-12T02:15:00+00:00"),
        ("2020-06-12T04:15:00.123+02:00", SUMMER),
        ("2020-06-12T04:15:00-04:00", "2020-06-12T04:15:00-04:00"),
        ("Stand: 2020-06-12 04:15", SUMMER),
        ("Fri, 12 Jun 2020 02:15:00 GMT", "2020-06-12T02:15:00+00:00"),
        ("Fri, 12 Jun 2020 04:15:00 +0200", SUMMER),
        ("12 Jun 2020 02:15:00 -0000", "2020-06-12T02:15:00+00:00"),
    ],
)
def test_formats(value: str, expected: str) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-03-29 01:59", "2020-03-29T01:59:00+01:00"),
        ("2020-03-29 03:00", "2020-03-29T03:00:00+02:00"),
        ("2020-03-29 02:30", "2020-03-29T03:30:00+02:00"),  # does not exist: the real instant
        ("29.03.2020, 02:30 Uhr", "2020-03-29T03:30:00+02:00"),
        ("2020-10-25 01:59", "2020-10-25T01:59:00+02:00"),
        ("2020-10-25 02:30", "2020-10-25T02:30:00+02:00"),  # occurs twice: the first (summer) one
        ("2020-10-25 03:00", "2020-10-25T03:00:00+01:00"),
        ("25.10.2020", "2020-10-25T00:00:00+02:00"),
    ],
)
def test_daylight_saving_edges(value: str, expected: str) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value", [None, "", "   ", "gestern", "31.02.2020", "2020-13-01", "12.06.1200", "Uhr", "25:61 Uhr", 12345]
)
def test_unreadable_is_none(value: object) -> None:
    assert parse_published(value) is None  # type: ignore[arg-type]


def test_other_default_zone() -> None:
    assert parse_published("2020-06-12 04:15", default_tz="Europe/London") == "2020-06-12T04:15:00+01:00"
    assert parse_published("2020-06-12 04:15", default_tz="Nowhere/Atlantis") is None


def test_seconds_precision() -> None:
    assert parse_published("2020-06-12T04:15:09.999999+02:00") == "2020-06-12T04:15:09+02:00"
