"""Stories in the store through ``ingest``: batch sizes, re-ingest, CLI formats per DESIGN.md."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from lagebild.cli import main
from lagebild.ingest import ingest
from lagebild.pipeline import Pipeline
from lagebild.store import open_store
from lagebild.stories import StoryTracker
from lagebild.stories.views import list_copies, list_stories, story_detail

from tests.stories.conftest import AGENCY_BODY, corpus, make, write_jsonl


def articles_with_copy():
    copy = make("hafen-copy", "Hafen Rostock: Bund zahlt", "Gute Nachrichten für die Hansestadt: Die Werften atmen auf.",
                *AGENCY_BODY, outlet="Ostseeblatt", published="2021-03-10T12:00:00+01:00")
    return corpus() + [copy]


def run(path: Path, db: str, batch_size: int) -> frozenset[frozenset[str]]:
    with open_store(db) as store:
        ingest([path], store, pipeline=Pipeline([]), batch_size=batch_size, after_batch=StoryTracker(store).update)
        return frozenset(frozenset(a["id"] for a in s["articles"]) for s in list_stories(store))


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "in.jsonl", articles_with_copy())


def test_batch_size_does_not_change_the_stories(source: Path, new_db) -> None:
    results = {run(source, new_db(f"b{size}"), size) for size in (1, 2, 3, 100)}
    assert len(results) == 1
    (stories,) = results
    assert frozenset({"hafen-a", "hafen-b", "hafen-c", "hafen-copy"}) in stories


def test_two_runs_give_what_one_run_gives(tmp_path: Path, new_db) -> None:
    items = articles_with_copy()
    first = write_jsonl(tmp_path / "first.jsonl", items[:3])
    second = write_jsonl(tmp_path / "second.jsonl", items[3:])
    db = new_db("split")
    run(first, db, 2)
    split = run(second, db, 2)
    assert split == run(write_jsonl(tmp_path / "all.jsonl", items), new_db("one"), 500)


def test_reingest_changes_nothing(source: Path, db: str) -> None:
    before = run(source, db, 3)
    with open_store(db) as store:
        snapshot = list(list_stories(store)), list(list_copies(store))
    assert run(source, db, 2) == before
    with open_store(db) as store:
        assert (list(list_stories(store)), list(list_copies(store))) == snapshot


def test_order_of_ingestion_within_the_window_does_not_matter(tmp_path: Path, new_db) -> None:
    items = articles_with_copy()
    expected = run(write_jsonl(tmp_path / "a.jsonl", items), new_db("a"), 4)
    random.Random(7).shuffle(items)
    assert run(write_jsonl(tmp_path / "b.jsonl", items), new_db("b"), 4) == expected


def test_copies_and_story_detail(source: Path, db: str) -> None:
    run(source, db, 500)
    with open_store(db) as store:
        (group,) = list(list_copies(store))
        assert {a["id"] for a in group["articles"]} == {"hafen-a", "hafen-copy"}
        story_id = next(s["story"] for s in list_stories(store) if len(s["articles"]) == 4)
        detail = story_detail(store, story_id)
    (pair,) = detail["copies"]
    assert pair["diff"]["added"] == ["Hafen Rostock: Bund zahlt", "Gute Nachrichten für die Hansestadt: Die Werften atmen auf."]
    assert pair["diff"]["removed"] == ["Bund gibt 40 Millionen Euro für Rostocker Hafen"]  # the old headline
    assert pair["diff"]["changed"] == [] and pair["share_a"] > 0.85 and pair["share_b"] > 0.75


def test_cli_formats(source: Path, db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-q", "ingest", str(source), "--db", db, "--format", "json"]) == 0
    capsys.readouterr()
    assert main(["stories", "--db", db, "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert all({"story", "title", "articles"} <= set(s) for s in lines)
    assert all(set(a) == {"id", "url"} for s in lines for a in s["articles"])
    assert main(["copies", "--db", db, "--format", "jsonl"]) == 0
    (group,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert set(group) == {"group", "agency", "articles"}
    assert all(set(a) == {"id", "url", "share"} and isinstance(a["share"], float) for a in group["articles"])
    big = max(lines, key=lambda s: len(s["articles"]))["story"]
    assert main(["story", str(big), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "copy " in out and "+ Gute Nachrichten" in out
    assert main(["story", str(big), "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["story"] == big
    assert main(["copies", "--network", "--db", db]) == 0
    assert "->" in capsys.readouterr().out
    assert main(["story", "999", "--db", db]) == 2


def test_no_stories_flag_skips_the_hook(source: Path, db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-q", "ingest", str(source), "--db", db, "--no-stories"]) == 0
    assert main(["stories", "--db", db, "--format", "jsonl"]) == 0
    assert capsys.readouterr().out == ""
