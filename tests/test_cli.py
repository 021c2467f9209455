"""The CLI contract of DESIGN.md, run in-process through ``lagebild.cli.main``."""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import pytest

from lagebild.cli import EXIT_ERROR, EXIT_OK, EXIT_REJECTED, main

RECORDS = [
    {"id": "r1", "header": "Bahn streicht Verbindungen nach Polen", "article": "Die Deutsche Bahn streicht ab Montag mehrere Verbindungen.\nGrund sind Bauarbeiten an der Grenze.", "date": "2020-03-02T10:00:00+01:00", "source": "example.org", "url": "https://example.org/bahn"},
    {"id": "r2", "text": "Nur ein Text ohne Überschrift.\n\nZweiter Absatz mit Soldaten."},
]


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("analyze", "ingest", "search", "demo", "steps"):
        assert command in out


def test_analyze_prints_the_structure(seed_like_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(seed_like_file)]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "lagebild.article/1"
    assert data["kicker"] == "Streit um Stützpunkte"
    assert data["headline"] == "Regierung will Marinepräsenz in der Ostsee verstärken"
    assert data["published"] == "2021-01-14T09:30:00+01:00"
    assert data["agencies"] == ["dpa", "Reuters"]
    assert data["lead"].startswith("Die Bundesregierung hat angekündigt")
    assert [s["heading"] for s in data["sections"]] == [None, "Gespräche mit den Nachbarstaaten", "Kritik aus dem Bundestag"]
    assert "09:30" not in data["text"] and data["language"] == "de"


def test_analyze_records_keeps_ids_and_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _jsonl(tmp_path / "in.jsonl", RECORDS)
    assert main(["analyze", "--format", "jsonl", str(path)]) == EXIT_OK
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [a["id"] for a in lines] == ["r1", "r2"]
    assert lines[0]["headline"] == RECORDS[0]["header"] and lines[0]["outlet"] == "example.org"
    assert lines[1]["text"] == RECORDS[1]["text"]  # text only: offsets refer to the input text


def test_ingest_is_idempotent_and_search_finds_inflections(tmp_path: Path, seed_like_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "t.db")
    records = _jsonl(tmp_path / "in.jsonl", RECORDS)
    assert main(["ingest", str(records), str(seed_like_file), "--db", db, "--format", "json"]) == EXIT_OK
    first = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (first["read"], first["new"], first["duplicates"], first["rejected"]) == (3, 3, 0, 0)
    assert main(["ingest", str(records), str(seed_like_file), "--db", db, "--format", "json"]) == EXIT_OK
    second = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (second["new"], second["updated"], second["duplicates"]) == (0, 0, 3)

    assert main(["search", "Soldat", "--db", db, "--format", "json"]) == EXIT_OK
    found = json.loads(capsys.readouterr().out)
    assert found["query"] == "Soldat" and found["total"] == 2
    assert set(found["results"][0]) == {"id", "url", "headline", "outlet", "published", "snippet", "score"}


def test_bad_input_is_rejected_but_good_articles_are_stored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "t.db")
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(json.dumps(RECORDS[0]) + "\n{not json\n" + json.dumps(RECORDS[1]) + "\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "empty.txt").write_bytes(b"")
    truncated = gzip.compress(("\n".join(json.dumps(r) for r in RECORDS) + "\n").encode())[:-30]
    (tmp_path / "cut.jsonl.gz").write_bytes(truncated)
    code = main(["ingest", str(mixed), str(tmp_path / "binary.txt"), str(tmp_path / "empty.txt"), str(tmp_path / "cut.jsonl.gz"), "--db", db, "--format", "json"])
    assert code == EXIT_REJECTED
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["new"] == 2 and summary["rejected"] >= 4
    where = {(r["path"].rsplit("/", 1)[-1], r["locator"]) for r in summary["rejections"]}
    assert ("mixed.jsonl", "line 2") in where
    from lagebild.store import open_store

    with open_store(db) as store:
        assert store.count_articles() == 2
        assert len(store.rejections()) == summary["rejected"]


def test_search_syntax_error_is_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "t.db")
    main(["ingest", str(_jsonl(tmp_path / "in.jsonl", RECORDS)), "--db", db, "--format", "json"])
    capsys.readouterr()
    assert main(["search", '"Bahn', "--db", db]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("lagebild: error:") and "Traceback" not in err and "sqlite" not in err.lower()


def test_unknown_step_is_a_clear_message(seed_like_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "--disable", "nosuchstep", str(seed_like_file)]) == EXIT_ERROR
    assert "nosuchstep" in capsys.readouterr().err


@pytest.mark.shared
def test_analyze_the_seed(shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(shared_dir / "seed" / "000_a506cc4c43423c5a.txt")]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["kicker"] == "Kampf gegen den IS"
    assert data["headline"] == "USA wollen Truppenpräsenz im Irak reduzieren"
    assert data["published"] == "2020-06-12T04:15:00+02:00"
    assert data["agencies"] == ["AFP", "dpa"]
    assert data["lead"].startswith("Die US-Regierung hat angekündigt")
    assert [s["heading"] for s in data["sections"]] == [
        None,
        "Gespräche zwischen USA und Irak",
        "Im Irak wird der Konflikt zwischen USA und Iran ausgetragen",
    ]
    assert "12.06.2020" not in data["text"] and "04:15" not in data["text"]


def test_readme_documents_every_command() -> None:
    from lagebild.cli import build_parser

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    missing = [name for name in commands if f"lagebild {name}" not in readme]
    assert not missing, f"README does not show: {missing}"
