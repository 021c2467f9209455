"""Quality gate for HTML extraction on the German pages of trafilatura's evaluation set.

Reads ``../shared/data/html_trafilatura_eval`` (pages (c) their sites; never copied into
the repository). A page is German when its ``<html lang>`` says so or, without a lang
attribute, when py3langid reads its "with" segments as German.

Scoring follows trafilatura's own evaluation: each "with" segment found in
headline + text is a pass, each "without" segment absent is a pass (whitespace
collapsed on both sides).

    python eval/html_extraction.py [--data DIR] [--json] [--check] [--update-floor]
        [--precision] [--recall] [--no-tables]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import py3langid

from lagebild.readers.base import Origin, RawDocument
from lagebild.readers.html import DEFAULT_SETTINGS, ExtractionSettings, decode_html, html_document
from lagebild.readers.htmlmeta import page_language, parse_page

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
from gate import TOLERANCE, apply_floor  # noqa: E402  (eval/gate.py: the shared floor tail)
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "html_trafilatura_eval"
FLOOR_FILE = ROOT / "eval" / "floors" / "html_extraction.json"
FIGURES = ("with", "without", "overall")
_SPACE = re.compile(r"\s+")


@dataclass
class PageScore:
    file: str
    with_pass: int = 0
    with_total: int = 0
    without_pass: int = 0
    without_total: int = 0
    missing: list[str] = field(default_factory=list)
    leaked: list[str] = field(default_factory=list)


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def corpus_hash(data: Path, files: list[str]) -> str:
    """sha256 over the sorted names and sizes of the pages evaluated."""
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(f"{name}\t{(data / 'tests' / 'cache' / name).stat().st_size}\n".encode())
    return digest.hexdigest()


def is_german(page: str, segments: list[str]) -> bool:
    """``<html lang>`` when the page has one, else py3langid on the "with" segments."""
    tree = parse_page(page)
    lang = page_language(tree) if tree is not None else None
    if lang:
        return lang == "de"
    return py3langid.classify(" ".join(segments))[0] == "de"


def german_pages(data: Path) -> list[tuple[str, dict, str]]:
    """(file name, evaluation entry, decoded page) for each German page present."""
    entries = json.loads((data / "tests" / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url, entry in entries.items():
        path = data / "tests" / "cache" / entry["file"]
        if not path.exists():
            continue
        page = decode_html(path.read_bytes())
        if is_german(page, entry.get("with", [])):
            pages.append((entry["file"], {**entry, "url": url}, page))
    return sorted(pages, key=lambda p: p[0])


def score_page(name: str, entry: dict, page: str, settings: ExtractionSettings) -> PageScore:
    item = html_document(page, Origin(name), url=entry["url"], settings=settings)
    found = _norm(f"{item.headline or ''}\n{item.text}") if isinstance(item, RawDocument) else ""
    score = PageScore(name)
    for segment in entry.get("with", []):
        score.with_total += 1
        if _norm(segment) in found:
            score.with_pass += 1
        else:
            score.missing.append(segment)
    for segment in entry.get("without", []):
        score.without_total += 1
        if _norm(segment) not in found:
            score.without_pass += 1
        else:
            score.leaked.append(segment)
    return score


def _rate(passed: int, total: int) -> float:
    return round(100.0 * passed / total, 2) if total else 100.0


def evaluate(data: Path, settings: ExtractionSettings = DEFAULT_SETTINGS) -> dict:
    """Figures (percentages) for the German pages of the set."""
    pages = german_pages(data)
    scores = [score_page(name, entry, page, settings) for name, entry, page in pages]
    w = sum(s.with_pass for s in scores), sum(s.with_total for s in scores)
    wo = sum(s.without_pass for s in scores), sum(s.without_total for s in scores)
    return {
        "pages": len(scores),
        "with": _rate(*w),
        "without": _rate(*wo),
        "overall": _rate(w[0] + wo[0], w[1] + wo[1]),
        "segments": w[1] + wo[1],
        "corpus_hash": corpus_hash(data, [s.file for s in scores]),
        "settings": _settings_dict(settings),
        "per_page": [
            {"file": s.file, "with": _rate(s.with_pass, s.with_total), "without": _rate(s.without_pass, s.without_total),
             "missing": s.missing, "leaked": s.leaked}
            for s in scores
        ],
    }


def _settings_dict(settings: ExtractionSettings) -> dict:
    return {name: getattr(settings, name) for name in settings.__dataclass_fields__}


def check(result: dict, floor: dict) -> list[str]:
    """Problems: a corpus that changed, or a figure more than TOLERANCE points below its floor."""
    problems = []
    if floor.get("corpus_hash") != result["corpus_hash"]:
        problems.append("corpus hash differs from the floor's: the evaluation pages changed; "
                        "re-measure and pin with --update-floor")
    for name in FIGURES:
        if result[name] < floor[name] - TOLERANCE:
            problems.append(f"{name}: {result[name]:.2f} is below its floor {floor[name]:.2f} (tolerance {TOLERANCE})")
    return problems


def floor_of(result: dict) -> dict:
    """The figures pinned as the floor."""
    return {name: result[name] for name in ("pages", "segments", *FIGURES, "corpus_hash", "settings")}


def _print(result: dict) -> None:
    for page in result["per_page"]:
        print(f"{page['file']:50s} with {page['with']:6.1f}  without {page['without']:6.1f}")
    print(f"\npages: {result['pages']}  segments: {result['segments']}  settings: {result['settings']}")
    print(f"with: {result['with']:.2f}  without: {result['without']:.2f}  overall: {result['overall']:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="html_trafilatura_eval folder")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure drops below its floor")
    parser.add_argument("--update-floor", action="store_true", help="pin the measured figures as the floor")
    parser.add_argument("--precision", action="store_true", help="trafilatura favor_precision")
    parser.add_argument("--recall", action="store_true", help="trafilatura favor_recall")
    parser.add_argument("--no-tables", action="store_true", help="leave tables out")
    args = parser.parse_args(argv)
    if not (args.data / "tests" / "evaldata.json").exists():
        print(f"evaluation data not found: {args.data}/tests/evaldata.json "
              "(expected ../shared/data/html_trafilatura_eval; pass --data DIR)", file=sys.stderr)
        return 2
    settings = ExtractionSettings(favor_precision=args.precision, favor_recall=args.recall,
                                  include_tables=not args.no_tables) \
        if (args.precision or args.recall or args.no_tables) else DEFAULT_SETTINGS
    result = evaluate(args.data, settings)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        _print(result)
    return apply_floor(result, FLOOR_FILE, floor=floor_of(result), check=check, update=args.update_floor, verify=args.check)


if __name__ == "__main__":
    sys.exit(main())
