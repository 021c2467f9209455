"""Several readers keep answering while one writer ingests (both backends).

Each reader has its own connection, as the web app's workers would. Readers must never
fail or wait for the writer, and must only ever see whole batches (one transaction each).
"""

from __future__ import annotations

import threading
import time

from lagebild.store import open_store

from .conftest import make_article

BATCHES = 12
BATCH = 10
READERS = 3


def test_readers_answer_while_one_writer_ingests(db: str) -> None:
    with open_store(db) as store:  # the schema exists before readers open read-only
        store.add_articles([make_article("start", "Zoll meldet Fund", "Der Zoll meldet einen Fund.")])
    done = threading.Event()
    errors: list[BaseException] = []
    seen: list[list[tuple[int, int]]] = [[] for _ in range(READERS)]
    slowest = [0.0] * READERS

    def write() -> None:
        try:
            with open_store(db) as writer:
                for b in range(BATCHES):
                    writer.add_articles(
                        make_article(f"z{b}-{i}", f"Zoll Meldung {b} {i}", f"Der Zoll meldet Fund {b} {i}.")
                        for i in range(BATCH)
                    )
                    time.sleep(0.01)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            done.set()

    def read(n: int) -> None:
        try:
            with open_store(db, readonly=True) as reader:
                while not done.is_set() or len(seen[n]) < 3:
                    started = time.perf_counter()
                    total = reader.search("Zoll", limit=5).total
                    count = reader.count_articles()
                    slowest[n] = max(slowest[n], time.perf_counter() - started)
                    seen[n].append((total, count))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=write)] + [threading.Thread(target=read, args=(n,)) for n in range(READERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    for observations in seen:
        assert observations, "a reader never got an answer"
        totals = [total for total, _ in observations]
        assert totals == sorted(totals), "a reader saw the database go back in time"
        assert all((total - 1) % BATCH == 0 for total in totals), "a reader saw half a batch"
    assert max(slowest) < 5.0, f"a read waited {max(slowest):.1f} s for the writer"
    with open_store(db, readonly=True) as reader:
        assert reader.count_articles() == 1 + BATCHES * BATCH
