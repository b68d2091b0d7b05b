"""Throughput of `analyze` on real German news (10kGNAD, DER STANDARD).

    python benchmarks/bench_analyze.py [--csv ../shared/data/10kgnad/articles.csv] [--limit N] [--json]

Reports articles/s, words/s, peak RSS, and the share of time each stage takes.
The CSV is `label;'text'` with `'` as quote character; it has no dates, so every
article gets the same publication date (time expressions need one).
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import resource
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from lagebild.config import Settings
from lagebild.model import Article
from lagebild.pipeline import Pipeline, Stage, default_stages

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "data" / "10kgnad" / "articles.csv"


def read_articles(path: Path, limit: int | None) -> list[Article]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";", quotechar="'"))
    return [Article(text=text, source=f"{path.name}:{i}") for i, (_label, text) in enumerate(rows[:limit])]


def timed(stages: list[Stage], totals: dict[str, float]) -> list[Stage]:
    def wrap(stage: Stage) -> Stage:
        def run(doc, settings):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            stage.func(doc, settings)
            totals[stage.name] = totals.get(stage.name, 0.0) + time.perf_counter() - started

        return replace(stage, func=run)

    return [wrap(stage) for stage in stages]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.csv.exists():
        sys.exit(f"bench: {args.csv} not found; pass --csv")

    articles = read_articles(args.csv, args.limit)
    stage_seconds: dict[str, float] = {}
    pipeline = Pipeline(Settings(published=date(2016, 6, 1)), stages=timed(default_stages(), stage_seconds))
    pipeline(Article(text="Aufwärmen: Die Regierung tagt."))  # load models outside the measurement
    stage_seconds.clear()

    words = sum(len(a.text.split()) for a in articles)
    started = time.perf_counter()
    for article in articles:
        pipeline(article)
    elapsed = time.perf_counter() - started

    result = {
        "articles": len(articles),
        "words": words,
        "seconds": round(elapsed, 2),
        "articles_per_s": round(len(articles) / elapsed, 2),
        "words_per_s": round(words / elapsed),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "stage_share": {name: round(seconds / elapsed, 3) for name, seconds in stage_seconds.items()},
        "machine": f"{platform.machine()} {platform.processor() or ''} python {platform.python_version()}".strip(),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    for key, value in result.items():
        print(f"{key:>16}: {value}")


if __name__ == "__main__":
    main()
