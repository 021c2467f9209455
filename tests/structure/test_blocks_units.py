"""Splitting text into units: blank lines, single newlines, hard wrap, offsets."""

from __future__ import annotations

from lagebild.structure.blocks import split_units


def test_blank_line_runs_are_one_separator_and_offsets_point_into_the_source() -> None:
    text = "  Eins  \n\n\n\nZwei   drei\r\n\r\nVier\n"
    units = split_units(text)
    assert [unit.text for unit in units] == ["Eins", "Zwei drei", "Vier"]
    assert all(text[unit.start : unit.end] == unit.raw for unit in units)


def test_single_newlines_are_paragraphs() -> None:
    assert [unit.text for unit in split_units("Titel\nErster Absatz.\nZweiter Absatz.")] == [
        "Titel", "Erster Absatz.", "Zweiter Absatz.",
    ]


def test_exact_units_are_verbatim() -> None:
    text = "Zwei   Leerzeichen\u00a0hier\n\nEnde"
    units = split_units(text, exact=True)
    assert units[0].text == "Zwei   Leerzeichen\u00a0hier"


def test_hard_wrapped_block_is_one_paragraph() -> None:
    text = (
        "Der Gemeinderat hat am Dienstagabend nach langer Debatte einen neuen\n"
        "Bebauungsplan für das ehemalige Bahngelände beschlossen, auf dem bis\n"
        "2025 rund 300 Wohnungen entstehen sollen."
    )
    units = split_units(text)
    assert len(units) == 1 and units[0].text.startswith("Der Gemeinderat") and "\n" not in units[0].text
    assert split_units(text, exact=True)[0].text == text
