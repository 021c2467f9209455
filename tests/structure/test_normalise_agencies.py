"""normalise_agencies and the agency list in knowledge/agencies.json."""

from __future__ import annotations

import pytest

from lagebild.knowledge.agencies import alias_index, load_agencies
from lagebild.structure import normalise_agencies
from lagebild.structure.agencies import credit_agencies, source_line_agencies, split_wire_dateline


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("AFP, dpa", ["AFP", "dpa"]),
        ("(dpa)", ["dpa"]),
        ("dpa/AFP", ["dpa", "AFP"]),
        ("Quelle: dpa", ["dpa"]),
        ("dpa-AFX", ["dpa-AFX"]),
        ("Reuters", ["Reuters"]),
        ("rtr", ["Reuters"]),
        ("ap", ["AP"]),
        ("epd", ["epd"]),
        ("KNA", ["KNA"]),
        ("SID", ["SID"]),
        ("sid", ["SID"]),
        ("APA", ["APA"]),
        ("sda", ["SDA"]),
        ("SDA", ["SDA"]),
        ("AFP/dpa/Reuters", ["AFP", "dpa", "Reuters"]),
        ("mit Material von dpa und AFP", ["dpa", "AFP"]),
        ("dpa/mig", ["dpa"]),
        ("Quelle: ZEIT ONLINE, dpa, AFP", ["dpa", "AFP"]),
        ("Deutsche Presse-Agentur", ["dpa"]),
        ("Agence France-Presse", ["AFP"]),
        ("dpa, DPA, Dpa", ["dpa"]),
        ("mig/jdo", []),
        ("", []),
        (["AFP", "dpa", "afp"], ["AFP", "dpa"]),
        (("dpa/AFP", "Reuters"), ["dpa", "AFP", "Reuters"]),
        (None, []),
    ],
)
def test_normalise(raw: object, expected: list[str]) -> None:
    assert normalise_agencies(raw) == expected  # type: ignore[arg-type]


def test_agencies_are_whole_tokens() -> None:
    assert normalise_agencies("dpa-Korrespondent") == []
    assert normalise_agencies("Apache, Kapital") == []


def test_data_file_loads_once_with_unique_names() -> None:
    agencies = load_agencies()
    names = [agency.name for agency in agencies]
    assert len(names) == len(set(names)) and {"dpa", "AFP", "Reuters", "AP", "epd", "KNA", "SID"} <= set(names)
    assert load_agencies() is agencies
    assert alias_index()["rtr"] == "Reuters"


@pytest.mark.parametrize("line", ["(dpa)", "dpa/AFP/rtr", "AFP, dpa", "dpa/mig", "(mit dpa)"])
def test_credit_lines(line: str) -> None:
    assert credit_agencies(line)


@pytest.mark.parametrize("line", ["ZEIT ONLINE, dpa", "Das sagte die dpa am Montag", "mig", "AFP berichtete das."])
def test_not_credit_lines(line: str) -> None:
    assert credit_agencies(line) is None


def test_source_lines() -> None:
    assert source_line_agencies("Quelle: tagesschau.de") == []
    assert source_line_agencies("Mit Material der Nachrichtenagenturen dpa und Reuters") == ["dpa", "Reuters"]
    assert source_line_agencies("Mit Material von Zeugen rekonstruierten Ermittler den Ablauf.") is None


def test_wire_datelines() -> None:
    assert split_wire_dateline("Berlin (dpa) - Die Regierung") == (["dpa"], len("Berlin (dpa) - "))
    opening = "Washington/Bagdad (AFP/dpa) – "
    assert split_wire_dateline(opening + "Die USA") == (["AFP", "dpa"], len(opening))
    assert split_wire_dateline("Der Verein (gegründet 1900) - ein Traditionsclub") is None
