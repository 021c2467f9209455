"""Stories and copies in the database (schema: migrations ``m006_create_stories``, ``m007_create_copies``).

Writing happens once per ingest batch in one transaction (:meth:`StoryStore.save`); reading
returns plain dicts in the JSON shapes of the CLI contract (``docs/DESIGN.md``).

The SQL runs on SQLite and on PostgreSQL (through the store's connection, see
:class:`~lagebild.store.postgres.PgConnection`): upserts are ``ON CONFLICT``, and
orderings say where NULLs go, because the two engines sort them differently.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import numpy as np

from lagebild.article import Article
from lagebild.errors import NotFound
from lagebild.stories.clustering import Assignment, StoryState
from lagebild.stories.diffs import Diff
from lagebild.stories.features import DocumentFrequencies, cosine, normalise
from lagebild.stories.network import CopiedPair

SIGNATURE_DTYPE = np.uint32  # datasketch's affine32 scheme


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _iso(epoch: float | None) -> str | None:
    return None if epoch is None else datetime.fromtimestamp(epoch, tz=timezone.utc).isoformat(timespec="seconds")


@dataclass(slots=True)
class StoredPair:
    """A confirmed near-duplicate pair with its alignment, ready to be written."""

    a: str
    b: str
    jaccard: float
    containment: float
    diff: Diff


@dataclass(slots=True)
class BatchChanges:
    """Everything one batch changed, written by :meth:`StoryStore.save` in one transaction."""

    assignments: list[Assignment] = field(default_factory=list)
    stories: dict[int, StoryState] = field(default_factory=dict)
    features: set[str] = field(default_factory=set)
    signatures: list[tuple[str, np.ndarray]] = field(default_factory=list)
    pairs: list[StoredPair] = field(default_factory=list)


class StoryStore:
    """Reads and writes the story tables through a store's connection."""

    def __init__(self, db: Any) -> None:
        self.db = db

    # -- loading the streaming state ---------------------------------------------
    def frequencies(self) -> DocumentFrequencies:
        documents = int(self._state("documents", "0"))
        df = Counter(dict(self.db.execute("SELECT feature, df FROM story_features")))
        return DocumentFrequencies(documents, df)

    def story_states(self) -> Iterator[StoryState]:
        rows = self.db.execute("SELECT id, first_epoch, last_epoch, size, centroid FROM stories ORDER BY id")
        for story_id, first, last, size, centroid in rows:
            yield StoryState(story_id, first, last, size, json.loads(centroid))

    def next_seq(self) -> int:
        return int(self._state("seq", "0")) + 1

    def signatures(self) -> Iterator[tuple[str, np.ndarray]]:
        for article_id, blob in self.db.execute("SELECT article_id, minhash FROM copy_signatures ORDER BY seq, rowid"):
            yield article_id, np.frombuffer(blob, dtype=SIGNATURE_DTYPE).copy()

    def is_member(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM story_members WHERE article_id = ?", (article_id,)).fetchone() is not None

    def _state(self, key: str, default: str) -> str:
        row = self.db.execute("SELECT value FROM story_state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    # -- writing ------------------------------------------------------------------
    def save(self, changes: BatchChanges, frequencies: DocumentFrequencies, seq: int) -> None:
        """Write one batch's changes in one transaction."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self._save_stories(changes.stories.values())
            self._save_members(changes.assignments, seq - len(changes.assignments))
            for story in changes.stories.values():
                self._rank(story)
            self._save_features(changes.features, frequencies)
            self._save_signatures(changes.signatures, seq)
            for pair in changes.pairs:
                self._save_pair(pair)
            self.db.executemany(
                "INSERT INTO story_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [("documents", str(frequencies.documents)), ("seq", str(seq))],
            )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _save_members(self, assignments: list[Assignment], first_seq: int) -> None:
        self.db.executemany(
            "INSERT INTO story_members (article_id, story_id, seq, score, vector) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [(a.article_id, a.story_id, first_seq + i + 1, a.score, json.dumps(a.vector)) for i, a in enumerate(assignments)],
        )

    def _save_stories(self, stories: Iterable[StoryState]) -> None:
        for story in stories:
            self.db.execute(
                "INSERT INTO stories (id, first_published, last_published, first_epoch, last_epoch, size, centroid, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET first_published = excluded.first_published, "
                "last_published = excluded.last_published, first_epoch = excluded.first_epoch, "
                "last_epoch = excluded.last_epoch, size = excluded.size, centroid = excluded.centroid, "
                "updated_at = excluded.updated_at",
                (story.id, _iso(story.first), _iso(story.last), story.first, story.last, story.size,
                 json.dumps(story.centroid), _now()),
            )

    def _rank(self, story: StoryState) -> None:
        """Centrality of each member (cosine to the centroid), ranks, title, outlets."""
        centre = normalise(story.centroid)
        rows = self.db.execute(
            "SELECT m.article_id, m.vector, a.headline, o.name FROM story_members m JOIN articles a ON a.id = m.article_id "
            "LEFT JOIN outlets o ON o.id = a.outlet_id WHERE m.story_id = ?",
            (story.id,),
        ).fetchall()
        scored = sorted(((cosine(json.loads(v), centre), aid, h, o) for aid, v, h, o in rows), key=lambda r: (-r[0], r[1]))
        self.db.executemany(
            "UPDATE story_members SET centrality = ?, rank = ? WHERE article_id = ?",
            [(round(c, 6), rank, aid) for rank, (c, aid, _, _) in enumerate(scored, start=1)],
        )
        title, title_article = (scored[0][2], scored[0][1]) if scored else (None, None)
        outlets = sorted({o for _, _, _, o in scored if o})
        self.db.execute(
            "UPDATE stories SET title = ?, title_article = ?, outlets = ? WHERE id = ?",
            (title, title_article, json.dumps(outlets, ensure_ascii=False), story.id),
        )

    def _save_features(self, features: set[str], frequencies: DocumentFrequencies) -> None:
        self.db.executemany(
            "INSERT INTO story_features (feature, df) VALUES (?, ?) ON CONFLICT (feature) DO UPDATE SET df = excluded.df",
            [(f, frequencies.df[f]) for f in sorted(features)],
        )

    def _save_signatures(self, signatures: list[tuple[str, np.ndarray]], seq: int) -> None:
        self.db.executemany(
            "INSERT INTO copy_signatures (article_id, seq, minhash) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [(aid, seq, np.asarray(h, dtype=SIGNATURE_DTYPE).tobytes()) for aid, h in signatures],
        )

    def _save_pair(self, pair: StoredPair) -> None:
        self.db.execute(
            "INSERT INTO copy_pairs (a, b, jaccard, containment, share_a, share_b, diff) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            (pair.a, pair.b, pair.jaccard, pair.containment, pair.diff.share_a, pair.diff.share_b,
             json.dumps(pair.diff.as_dict(), ensure_ascii=False)),
        )
        group_a, group_b = self._group_of(pair.a), self._group_of(pair.b)
        keep = min((group_a, group_b), key=self._seq_of)
        drop = group_b if keep == group_a else group_a
        if drop != keep:
            self.db.execute("UPDATE copy_groups SET group_id = ? WHERE group_id = ?", (keep, drop))
        for article_id, share in ((pair.a, pair.diff.share_a), (pair.b, pair.diff.share_b)):
            self.db.execute(
                "INSERT INTO copy_groups (article_id, group_id, share) VALUES (?, ?, ?) ON CONFLICT (article_id) "
                "DO UPDATE SET group_id = excluded.group_id, "
                "share = CASE WHEN excluded.share > copy_groups.share THEN excluded.share ELSE copy_groups.share END",
                (article_id, keep, share),
            )

    def _group_of(self, article_id: str) -> str:
        row = self.db.execute("SELECT group_id FROM copy_groups WHERE article_id = ?", (article_id,)).fetchone()
        return row[0] if row else article_id

    def _seq_of(self, article_id: str) -> tuple[int, str]:
        row = self.db.execute("SELECT seq FROM copy_signatures WHERE article_id = ?", (article_id,)).fetchone()
        return (row[0] if row else 1 << 62, article_id)

    # -- reading ------------------------------------------------------------------
    def stories(self, *, min_size: int = 1) -> Iterator[dict[str, Any]]:
        """Stories, largest and latest first, in the contract's shape plus span, size and outlets."""
        rows = self.db.execute(
            "SELECT id, title, first_published, last_published, size, outlets FROM stories WHERE size >= ? "
            "ORDER BY size DESC, last_published DESC NULLS LAST, id",
            (min_size,),
        ).fetchall()
        for story_id, title, first, last, size, outlets in rows:
            yield {
                "story": story_id, "title": title, "articles": self._members(story_id),
                "first": first, "last": last, "size": size, "outlets": json.loads(outlets),
            }

    def _members(self, story_id: int) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT m.article_id, a.url, a.headline, o.name, a.published, m.centrality FROM story_members m "
            "JOIN articles a ON a.id = m.article_id LEFT JOIN outlets o ON o.id = a.outlet_id "
            "WHERE m.story_id = ? ORDER BY m.rank, m.seq",
            (story_id,),
        )
        keys = ("id", "url", "headline", "outlet", "published", "centrality")
        return [dict(zip(keys, row)) for row in rows]

    def story(self, story_id: int) -> dict[str, Any]:
        """One story with its members; raises NotFound."""
        row = self.db.execute(
            "SELECT id, title, first_published, last_published, size, outlets FROM stories WHERE id = ?", (story_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"no story with id {story_id!r}: `lagebild stories` lists the stories and their ids")
        story_id, title, first, last, size, outlets = row
        return {"story": story_id, "title": title, "first": first, "last": last, "size": size,
                "outlets": json.loads(outlets), "articles": self._members(story_id)}

    def pairs_among(self, article_ids: list[str]) -> list[dict[str, Any]]:
        """Near-duplicate pairs with both articles in ``article_ids``, with their diffs."""
        wanted = set(article_ids)
        marks = ", ".join("?" * len(article_ids)) or "NULL"
        rows = self.db.execute(
            f"SELECT a, b, jaccard, containment, share_a, share_b, diff FROM copy_pairs WHERE a IN ({marks}) ORDER BY a, b",
            article_ids,
        )
        keys = ("a", "b", "jaccard", "containment", "share_a", "share_b")
        return [dict(zip(keys, r[:6]), diff=json.loads(r[6])) for r in rows if r[1] in wanted]

    def copy_groups(self) -> Iterator[dict[str, Any]]:
        """Near-duplicate groups in the contract's shape (largest first), each with the agency its members credit."""
        rows = self.db.execute(
            "SELECT g.group_id, g.article_id, a.url, g.share, a.json FROM copy_groups g JOIN articles a ON a.id = g.article_id "
            "ORDER BY g.group_id, a.published_utc NULLS FIRST, g.article_id"
        ).fetchall()
        groups: dict[str, list[tuple[str, str | None, float, list[str]]]] = {}
        for group_id, article_id, url, share, document in rows:
            agencies = json.loads(document).get("agencies") or []
            groups.setdefault(group_id, []).append((article_id, url, share, agencies))
        for group_id, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            credited = Counter(a for *_, agencies in members for a in set(agencies))
            yield {
                "group": group_id,
                "agency": credited.most_common(1)[0][0] if credited else None,
                "articles": [{"id": aid, "url": url, "share": round(share, 4)} for aid, url, share, _ in members],
            }

    def copied_pairs(self) -> Iterator[CopiedPair]:
        """Every near-duplicate pair with the outlets and UTC times of both sides, for the copy network."""
        rows = self.db.execute(
            "SELECT oa.name, xa.published_utc, ob.name, xb.published_utc, p.share_a, p.share_b FROM copy_pairs p "
            "JOIN articles xa ON xa.id = p.a JOIN articles xb ON xb.id = p.b "
            "LEFT JOIN outlets oa ON oa.id = xa.outlet_id LEFT JOIN outlets ob ON ob.id = xb.outlet_id"
        )
        for source, source_time, copier, copier_time, share_a, share_b in rows:
            yield CopiedPair(source, source_time, copier, copier_time, share_a, share_b)


def member_articles(store: Any, members: list[dict[str, Any]]) -> list[Article]:
    """The stored articles of a story's members."""
    return [store.get_article(m["id"]) for m in members]
