"""Build the bundled demo corpus from ../shared/data/wikinews_de (CC BY 2.5).

German Wikinews is the only corpus at hand whose texts may ship. Each record keeps
its attribution (title, link, "Wikinews contributors", licence), and the package's
NOTICE says so. The output is deterministic: run it again and the file is the same.

    python tools/build_demo_corpus.py [--data ../shared/data] [--out src/lagebild/demo/wikinews_de.jsonl.gz]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "src" / "lagebild" / "demo" / "wikinews_de.jsonl.gz"
LICENCE = "CC BY 2.5"
LICENCE_URL = "https://creativecommons.org/licenses/by/2.5/"


#: Wiki markup left in the source texts: ''italic'' and '''bold''' quote runs.
WIKI_EMPHASIS = re.compile(r"'{2,}")


def demo_record(row: dict) -> dict:
    """One Wikinews article in lagebild's plain record names, with its attribution."""
    return {
        "id": f"wikinews-de-{row['id']}",
        "headline": row["title"],
        "text": WIKI_EMPHASIS.sub("", row["text"]),
        "published": row.get("date"),
        "outlet": "de.wikinews.org",
        "url": row["url"],
        "licence": LICENCE,
        "attribution": f"\u201e{row['title']}\u201c, Wikinews contributors, {row['url']}, {LICENCE} ({LICENCE_URL})",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    source = args.data / "wikinews_de" / "articles.jsonl"
    if not source.is_file():
        print(f"missing {source}: this script needs ../shared/data/wikinews_de", file=sys.stderr)
        return 2
    buffer = io.BytesIO()
    count = 0
    # mtime=0 keeps the gzip bytes identical from run to run
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as gz, source.open(encoding="utf-8") as rows:
        for line in rows:
            if line.strip():
                gz.write((json.dumps(demo_record(json.loads(line)), ensure_ascii=False) + "\n").encode("utf-8"))
                count += 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(buffer.getvalue())
    print(f"wrote {count} articles to {args.out} ({len(buffer.getvalue()):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
