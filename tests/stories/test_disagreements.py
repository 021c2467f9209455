"""Disagreements: two outlets give different figures for one unit."""

from __future__ import annotations

from lagebild.stories.disagreements import KINDS, find_disagreements, unit_key

from tests.stories.conftest import make


def fig(text: str, value: float, unit: str, approx: bool = True) -> dict:
    return {"start": 0, "end": len(text), "text": text, "value": value, "approx": approx, "unit": unit}


def test_two_figures_that_disagree_are_reported() -> None:
    a = make("a", "Abzug", "x", outlet="Küstenbote", figures=[fig("rund 5.000 US-Soldaten", 5000, "US-Soldaten")])
    b = make("b", "Abzug", "x", outlet="Ostseeblatt", figures=[fig("rund 5.200 US-Soldaten", 5200, "US-Soldaten")])
    found = find_disagreements([a, b])
    assert [(d.kind, d.subject, sorted(c.value for c in d.claims)) for d in found] == [
        ("figures", "us soldat", [5000.0, 5200.0])
    ]


def test_agreeing_or_unrelated_figures_are_not() -> None:
    a = make("a", "x", "x", outlet="A", figures=[fig("5.000 Soldaten", 5000, "Soldaten"), fig("3 Prozent", 3, "Prozent")])
    b = make("b", "x", "x", outlet="B", figures=[fig("5.000 Soldaten", 5000, "Soldaten"), fig("4 Prozent", 4, "Prozent")])
    c = make("c", "x", "x", outlet="C", figures=[fig("drei Soldaten", 3, "Soldaten", approx=False)])
    assert find_disagreements([a, b, c]) == []


def test_the_same_outlet_does_not_disagree_with_itself() -> None:
    a = make("a", "x", "x", outlet="A", figures=[fig("5.000 Soldaten", 5000, "Soldaten"), fig("5.200 Soldaten", 5200, "Soldaten")])
    assert find_disagreements([a]) == []


def test_kinds_are_pluggable() -> None:
    assert "figures" in KINDS
    assert unit_key("US-Soldaten") == unit_key("US-Soldat") and unit_key("Prozent") is None
