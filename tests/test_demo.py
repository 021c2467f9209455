"""The main job: the demo database from the bundled corpus (German Wikinews + own texts)."""

from __future__ import annotations

from pathlib import Path

from lagebild.demo import build_demo_db, corpus_paths
from lagebild.stories.views import list_stories
from lagebild.store import open_store


def test_demo_corpus_is_bundled_with_its_notice() -> None:
    paths = corpus_paths()
    assert paths[0].name == "wikinews_de.jsonl.gz" and len(paths) >= 4
    assert "CC BY 2.5" in (paths[0].parent / "NOTICE.md").read_text(encoding="utf-8")


def test_demo_database_is_built_once_and_reused(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    first = build_demo_db(db)
    assert first["rejected"] == 0 and first["new"] == first["read"] > 1000
    again = build_demo_db(db)
    assert again["new"] == 0 and again["duplicates"] == first["read"]
    with open_store(db, readonly=True) as store:
        assert store.search("Soldat").total > 10
        assert store.search("Hochwasser Passau").total == 1  # one of the texts written for lagebild
        assert any(story["size"] > 1 for story in list_stories(store, min_size=2))
