"""End-to-end ingest into a store: real German news (10kGNAD, DER STANDARD) analysed, stored, corpus built.

    python benchmarks/bench_ingest.py [--csv ../shared/data/10kgnad/articles.csv] [--limit N]
                                      [--batch-size 64] [--store PATH] [--json]

Reports articles/s end to end (analysis + store + corpus build), the rate in the first
and second half of the input (equal rates mean cost linear in the number of articles),
the corpus build's seconds, peak RSS and the store's size. The CSV is `label;'text'`
with `'` as quote character and has no dates: every article gets 2016-06-01.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench_analyze import DEFAULT_CSV, read_articles  # same corpus, same reading

from lagebild.config import Settings
from lagebild.corpus.build import build_corpus
from lagebild.corpus.queries import stats
from lagebild.model import Article
from lagebild.pipeline import Pipeline
from lagebild.store import Store
from lagebild.store.ingest import ingest


def timed_ingest(store: Store, articles: list[Article], pipeline: Pipeline, batch_size: int) -> list[float]:
    """Ingest in two halves; seconds of each."""
    half = len(articles) // 2
    seconds = []
    for start, part in ((0, articles[:half]), (half, articles[half:])):
        began = time.perf_counter()
        ingest(store, ((start + i, a) for i, a in enumerate(part)), pipeline, batch_size)
        seconds.append(time.perf_counter() - began)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--store", type=Path, default=None, help="Store file (default: a temporary one).")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.csv.exists():
        sys.exit(f"bench: {args.csv} not found; pass --csv")

    articles = read_articles(args.csv, args.limit)
    pipeline = Pipeline(Settings(published=date(2016, 6, 1)))
    pipeline(Article(text="Aufwärmen: Die Regierung tagt."))  # load models outside the measurement
    with tempfile.TemporaryDirectory() as tmp:
        path = args.store or Path(tmp) / "bench.duckdb"
        with Store(path) as store:
            halves = timed_ingest(store, articles, pipeline, args.batch_size)
            began = time.perf_counter()
            build_corpus(store)
            build_seconds = time.perf_counter() - began
            counts = stats(store)
            store.con.execute("CHECKPOINT")
        size = sum(f.stat().st_size for f in path.parent.glob(path.name + "*"))
    total = sum(halves) + build_seconds
    half = len(articles) // 2
    result = {
        "date": date.today().isoformat(),
        "articles": len(articles),
        "seconds": round(total, 2),
        "articles_per_s": round(len(articles) / total, 2),
        "articles_per_s_first_half": round(half / halves[0], 2),
        "articles_per_s_second_half": round((len(articles) - half) / halves[1], 2),
        "build_seconds": round(build_seconds, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "store_mb": round(size / 1e6, 1),
        "stats": counts,
        "machine": f"{platform.machine()} {platform.processor() or ''} python {platform.python_version()}".strip(),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    for key, value in result.items():
        print(f"{key:>28}: {value}")


if __name__ == "__main__":
    main()
