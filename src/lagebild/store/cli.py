"""`lagebild ingest`: analyse articles into a store (or load `lagebild batch` output)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

StorePath = Annotated[Path, typer.Option("--store", help="The store file (DuckDB); created if missing.")]


def ingest_command(
    sources: Annotated[Optional[list[str]], typer.Argument(help="Files, directories, or - for standard input.")] = None,
    store: StorePath = Path("lagebild.duckdb"),
    input_format: Annotated[
        Optional[str], typer.Option(help="Read inputs as text, html, jsonl, feed or warc (default: by file type).")
    ] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for every article.")] = None,
    lang: Annotated[Optional[str], typer.Option(help="Language code (de, en); skips language identification.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per transaction.")] = 64,
    from_parquet: Annotated[
        Optional[Path], typer.Option(help="Load the Parquet output of `lagebild batch` from this directory.")
    ] = None,
    build: Annotated[bool, typer.Option(help="Rebuild duplicates, entities and stories afterwards.")] = True,
    max_bytes: Annotated[int, typer.Option(help="Largest single article or file accepted, in bytes.")] = 10_000_000,
) -> None:
    """Analyse articles and store them; safe to rerun (stored articles are skipped) and to kill."""
    from lagebild.options import parse_day
    from lagebild.config import Settings
    from lagebild.errors import UsageError
    from lagebild.pipeline import Pipeline
    from lagebild.store.db import Store
    from lagebild.store.ingest import IngestReport, ingest, numbered_records

    if bool(sources) == bool(from_parquet):
        raise UsageError("give either SOURCES to analyse or --from-parquet DIR, not both or neither")
    with Store(store) as db:
        if from_parquet:
            result = IngestReport(added=db.load_parquet(_parquet_files(from_parquet)))
        else:
            settings = Settings(published=parse_day(published), language=lang, max_bytes=max_bytes)
            records = numbered_records(sources or [], input_format, max_bytes)
            result = ingest(db, records, Pipeline(settings), batch_size, on_error=_report)
        if build:
            from lagebild.corpus.build import build_corpus

            build_corpus(db)
    typer.echo(f"lagebild: {result.added} new articles stored in {store} ({result.skipped} already there, "
               f"{result.failed} failed)", err=True)
    if result.failed:
        raise typer.Exit(1)


def _report(message: str) -> None:
    typer.echo(f"lagebild: {message}", err=True)


def _parquet_files(directory: Path) -> list[str]:
    from lagebild.errors import UsageError

    files = sorted(str(p) for p in directory.rglob("*.parquet")) if directory.is_dir() else []
    if not files:
        raise UsageError(f"no Parquet files in {directory}; write them with `lagebild batch INPUT --out {directory}`")
    return files
