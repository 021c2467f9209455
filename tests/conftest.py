"""Shared test fixtures. Tests are self-contained: fixture texts are written for lagebild.

Tests marked ``shared`` read ``../shared`` beside the repository and are skipped
cleanly when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

#: An article in the seed's published layout, written for these tests.
SEED_LIKE_TEXT = """Streit um Stützpunkte

Regierung will Marinepräsenz in der Ostsee verstärken

14.01.2021, 09:30 Uhr | dpa, Reuters

Die Bundesregierung hat angekündigt, in den kommenden Wochen zusätzliche Schiffe in die Ostsee zu schicken. Die Opposition kritisiert den Schritt.

Die Marine soll ihre Präsenz "in den kommenden Wochen" ausbauen. Das geht aus einem Papier des Verteidigungsministeriums hervor, das am Mittwoch bekannt wurde.

Gespräche mit den Nachbarstaaten

Berlin hat Gespräche mit Polen und Dänemark begonnen. Rund 1.200 Soldaten sollen an dem Einsatz beteiligt sein.

Kritik aus dem Bundestag

Die Linke lehnt den Einsatz ab. Die Grünen fordern eine Debatte im Parlament.
"""


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture
def seed_like_file(tmp_path: Path) -> Path:
    path = tmp_path / "ostsee.txt"
    path.write_text(SEED_LIKE_TEXT, encoding="utf-8")
    return path
