"""Train the IPTC topic classifier (``src/lagebild/models/topics.npz``) on distant labels from FANG-COVID.

Labels: the URL section of the `real` FANG-COVID articles mapped to IPTC (see
``training/topics_data.py``). Features: the runtime's own
:func:`lagebild.enrich.topics.term_counts` (the store's German terms, plus the parts of
compounds outside the whole-word vocabulary) over the first ``max_chars`` characters, sublinear TF-IDF, l2-normalised, over the
terms seen in at least ``--min-df`` training documents. Model: multinomial logistic
regression (scikit-learn, training only), class weights balanced; C chosen on a 10 %
random part of the training slice. The exported file holds plain numpy arrays
(vocabulary, idf, weights as float16, bias, classes); the runtime needs numpy only.

    pip install -e '.[train]'
    python training/train_topics.py [--min-df 5] [--c 4.0 | --search]

Figures on the held-out slices: ``python eval/topics/evaluate.py``.
"""

from __future__ import annotations

import argparse
import io
import math
import random
import time
from collections import Counter

import numpy as np
from corpora import MODELS
from topics_data import Example, load

from lagebild.enrich.topics import DEFAULT_CONFIG, MODEL_FILE, term_counts

C_GRID = (1.0, 4.0, 16.0)


def featurise(examples: list[Example], max_chars: int, min_df: int) -> list[Counter[str]]:
    """Term counts of each example, as the runtime computes them.

    Two passes: the whole-word vocabulary first, then the counts with the parts of the
    compounds outside it (the runtime splits only compounds its vocabulary lacks).
    """
    plain = [term_counts(e.text, max_chars, known=AllWords()) for e in examples]
    known = set(vocabulary(plain, min_df)[0])
    return [term_counts(e.text, max_chars, known=known) for e in examples]


class AllWords:
    """A container that holds every word (no compound is split)."""

    def __contains__(self, item: object) -> bool:
        return True


def vocabulary(counts: list[Counter[str]], min_df: int) -> tuple[list[str], np.ndarray]:
    """Terms in at least ``min_df`` documents and their smoothed idf."""
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    terms = sorted(t for t, n in df.items() if n >= min_df)
    n = len(counts)
    idf = np.array([math.log((n + 1) / (df[t] + 1)) + 1.0 for t in terms], dtype=np.float32)
    return terms, idf


def matrix(counts: list[Counter[str]], index: dict[str, int], idf: np.ndarray):  # -> scipy.sparse.csr_matrix
    """Sublinear TF-IDF rows, l2-normalised (the runtime's :meth:`TopicModel.vector`)."""
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for r, c in enumerate(counts):
        pairs = [(index[t], v) for t, v in c.items() if t in index]
        if not pairs:
            continue
        idx = np.array([i for i, _ in pairs])
        v = (1.0 + np.log(np.array([x for _, x in pairs], dtype=np.float32))) * idf[idx]
        v /= np.linalg.norm(v) or 1.0
        rows.extend([r] * len(idx))
        cols.extend(idx.tolist())
        vals.extend(v.tolist())
    return csr_matrix((vals, (rows, cols)), shape=(len(counts), len(index)), dtype=np.float32)


def fit(x, y: list[str], c: float):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, class_weight="balanced", max_iter=300).fit(x, y)


def choose_c(x, y: list[str], seed: int = 13) -> float:
    """The C of :data:`C_GRID` with the best macro-F1 on a 10 % random dev part of the training slice."""
    from sklearn.metrics import f1_score

    order = list(range(len(y)))
    random.Random(seed).shuffle(order)
    cut = len(order) // 10
    dev, rest = order[:cut], order[cut:]
    best = (-1.0, C_GRID[0])
    for c in C_GRID:
        clf = fit(x[rest], [y[i] for i in rest], c)
        score = f1_score([y[i] for i in dev], clf.predict(x[dev]), average="macro")
        print(f"  C={c:g}: dev macro-F1 {100 * score:.2f}", flush=True)
        best = max(best, (score, c))
    return best[1]


def export(clf, terms: list[str], idf: np.ndarray) -> bytes:
    """The model as an npz of plain arrays (float16 weights)."""
    buffer = io.BytesIO()
    np.savez_compressed(
        buffer,
        vocabulary=np.frombuffer("\n".join(terms).encode("utf-8"), dtype=np.uint8),
        idf=idf.astype(np.float16),
        weights=clf.coef_.T.astype(np.float16),
        bias=clf.intercept_.astype(np.float32),
        classes=np.array(clf.classes_, dtype="U16"),
    )
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-df", type=int, default=5)
    parser.add_argument("--c", type=float, default=4.0, help="inverse regularisation strength")
    parser.add_argument("--search", action="store_true", help="choose C on a dev part of the training slice")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    train = load()["train"]
    labels = [e.label for e in train]
    print(f"train: {len(train)} articles; labels {Counter(labels).most_common()}", flush=True)
    counts = featurise(train, DEFAULT_CONFIG["max_chars"], args.min_df)
    terms, idf = vocabulary(counts, args.min_df)
    x = matrix(counts, {t: i for i, t in enumerate(terms)}, idf)
    print(f"features: {len(terms)} terms (df >= {args.min_df}) [{time.perf_counter() - started:.0f}s]", flush=True)
    c = choose_c(x, labels) if args.search else args.c
    clf = fit(x, labels, c)
    path = MODELS / MODEL_FILE
    path.write_bytes(export(clf, terms, idf))
    print(f"C={c:g}; wrote {path} ({path.stat().st_size / 1e6:.2f} MB) in {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
