"""Corpus commands: build, stats, timeline, network, quotes, events, search, export, batch."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from lagebild.options import parse_day

StorePath = Annotated[Path, typer.Option("--store", help="The store file written by `lagebild ingest`.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
Since = Annotated[Optional[str], typer.Option(help="Only from this date on (YYYY-MM-DD).")]
Until = Annotated[Optional[str], typer.Option(help="Only up to this date (YYYY-MM-DD).")]
Limit = Annotated[int, typer.Option(min=1, help="At most this many rows.")]


class ResolverName(str, Enum):
    names = "names"
    key = "key"


class ExportFormat(str, Enum):
    parquet = "parquet"
    jsonl = "jsonl"
    graphml = "graphml"
    gexf = "gexf"
    ftm = "ftm"


class Engine(str, Enum):
    local = "local"
    ray = "ray"


def _open(store: Path, read_only: bool = True) -> Any:
    from lagebild.store.db import Store

    return Store(store, read_only=read_only)


def _show(rows: list[dict[str, Any]] | dict[str, Any], as_json: bool) -> None:
    """JSON, or a plain table on the terminal."""
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    from rich.console import Console
    from rich.table import Table

    if isinstance(rows, dict):
        rows = [{"what": key, "count": value} for key, value in rows.items()]
    if not rows:
        typer.echo("(nothing found)")
        return
    table = Table(*rows[0].keys())
    for row in rows:
        table.add_row(*("" if v is None else _cell(v) for v in row.values()))
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)  # piped output: do not squeeze the table to 80 columns
    console.print(table)


def _cell(value: Any) -> str:
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return text if len(text) <= 80 else text[:79] + "…"


def build_command(
    store: StorePath = Path("lagebild.duckdb"),
    resolver: Annotated[
        ResolverName, typer.Option(help="names: the names stage's resolver; key: same normalised name only.")
    ] = ResolverName.names,
) -> None:
    """Rebuild the cross-article layer: near-duplicates, corpus entities, stories."""
    from lagebild.corpus.build import build_corpus
    from lagebild.corpus.entities import key_resolver, names_resolver

    with _open(store, read_only=False) as db:
        result = build_corpus(db, names_resolver if resolver is ResolverName.names else key_resolver)
    typer.echo(json.dumps(result))


def stats_command(store: StorePath = Path("lagebild.duckdb"), as_json: AsJson = False) -> None:
    """Counts of articles, near-duplicates, entities, events, quotes, stories."""
    from lagebild.corpus.queries import stats

    with _open(store) as db:
        _show(stats(db), as_json)


def timeline_command(
    entity: Annotated[str, typer.Argument(help="Corpus entity id or name (or part of one).")],
    store: StorePath = Path("lagebild.duckdb"),
    since: Since = None,
    until: Until = None,
    as_json: AsJson = False,
) -> None:
    """Events and quotes of one entity over time."""
    from lagebild.corpus.queries import timeline

    with _open(store) as db:
        _show(timeline(db, entity, parse_day(since, "--since"), parse_day(until, "--until")), as_json)


def network_command(
    store: StorePath = Path("lagebild.duckdb"),
    period: Annotated[Optional[str], typer.Option(help="Split by day, week, month or year.")] = None,
    event_type: Annotated[Optional[list[str]], typer.Option("--type", help="Only these PLOVER event types.")] = None,
    since: Since = None,
    until: Until = None,
    as_json: AsJson = False,
) -> None:
    """Actor network: actor→target dyads weighted by event type (and period)."""
    from lagebild.corpus.queries import network

    types = [t.upper() for t in event_type] if event_type else None
    with _open(store) as db:
        _show(network(db, period, types, parse_day(since, "--since"), parse_day(until, "--until")), as_json)


def quotes_command(
    speaker: Annotated[Optional[str], typer.Argument(help="Corpus entity id or name; all quotes if left out.")] = None,
    store: StorePath = Path("lagebild.duckdb"),
    since: Since = None,
    until: Until = None,
    limit: Limit = 1000,
    as_json: AsJson = False,
) -> None:
    """Quotes, by speaker, in time order."""
    from lagebild.corpus.queries import quotes

    with _open(store) as db:
        _show(quotes(db, speaker, parse_day(since, "--since"), parse_day(until, "--until"), limit), as_json)


def events_command(
    store: StorePath = Path("lagebild.duckdb"),
    event_type: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")] = None,
    country: Annotated[Optional[str], typer.Option(help="ISO 3166 alpha-3 code of a participant or the place.")] = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 1000,
    as_json: AsJson = False,
) -> None:
    """Events by type, country and time."""
    from lagebild.corpus.queries import events

    with _open(store) as db:
        _show(events(db, event_type, country, parse_day(since, "--since"), parse_day(until, "--until"), limit), as_json)


def search_command(
    text: Annotated[str, typer.Argument(help="Word or phrase (any case).")],
    store: StorePath = Path("lagebild.duckdb"),
    limit: Limit = 50,
    as_json: AsJson = False,
) -> None:
    """Articles whose title or text contains TEXT."""
    from lagebild.corpus.queries import search

    with _open(store) as db:
        _show(search(db, text, limit), as_json)


def export_command(
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory (parquet) or file (others).")],
    store: StorePath = Path("lagebild.duckdb"),
    export_format: Annotated[ExportFormat, typer.Option("--format", help="parquet, jsonl, graphml, gexf or ftm.")] = (
        ExportFormat.parquet
    ),
    period: Annotated[Optional[str], typer.Option(help="Networks: split edges by day, week, month or year.")] = None,
) -> None:
    """Export the store: Parquet tables, JSON lines, a network for Gephi, or FollowTheMoney entities."""
    from lagebild.corpus import export

    with _open(store) as db:
        if export_format is ExportFormat.parquet:
            count = len(export.export_parquet(db, out))
            what = "tables"
        elif export_format is ExportFormat.jsonl:
            count, what = export.export_jsonl(db, out), "articles"
        elif export_format is ExportFormat.ftm:
            count, what = export.export_ftm(db, out), "FollowTheMoney entities"
        else:
            count, what = export.export_graph(db, out.with_suffix("." + export_format.value), period), "edges"
    typer.echo(f"lagebild: wrote {count} {what} to {out}", err=True)


def batch_command(
    inputs: Annotated[list[str], typer.Argument(help="Files or directories (readable by every worker).")],
    out: Annotated[Path, typer.Option("--out", help="Directory for the Parquet output.")],
    engine: Annotated[Engine, typer.Option(help="local: this process; ray: Ray Data.")] = Engine.local,
    address: Annotated[Optional[str], typer.Option(help="Ray cluster address (default: start a local Ray).")] = None,
    workers: Annotated[Optional[int], typer.Option(min=1, help="Ray: analysis workers (default: all CPUs).")] = None,
    input_format: Annotated[Optional[str], typer.Option(help="text, html, jsonl, feed or warc.")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for every article.")] = None,
    lang: Annotated[Optional[str], typer.Option(help="Language code; skips language identification.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per Parquet file (local) or task (ray).")] = 64,
    max_bytes: Annotated[int, typer.Option(help="Largest single article or file accepted, in bytes.")] = 10_000_000,
) -> None:
    """Analyse many articles in parallel into Parquet; load it with `lagebild ingest --from-parquet DIR`."""
    from lagebild.config import Settings
    from lagebild.corpus.batch import run_batch

    settings = Settings(published=parse_day(published), language=lang, max_bytes=max_bytes)
    result = run_batch(inputs, out, settings, engine.value, input_format=input_format, batch_size=batch_size,
                       address=address, workers=workers)
    for message in result.errors:
        typer.echo(f"lagebild: {message}", err=True)
    typer.echo(f"lagebild: analysed {result.articles} articles into {out} ({len(result.errors)} failed)", err=True)
    if result.errors:
        raise typer.Exit(1)
