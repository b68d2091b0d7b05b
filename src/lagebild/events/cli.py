"""Command `lagebild evaluate events` (registered in lagebild.cli)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer


def evaluate_events_command(
    file: Annotated[Path, typer.Argument(help="Event dev set (JSONL, see lagebild.events.evaluate).")],
    gnad: Annotated[
        Optional[Path], typer.Option("--gnad", help="10kGNAD articles.csv for lines that point into it.")
    ] = Path("../shared/data/10kgnad/articles.csv"),
) -> None:
    """Per-type precision, recall and F1 of the event coder (trigger+type, +actor/target, +status)."""
    from lagebild.events.evaluate import load_items, report, score

    items = load_items(file, gnad)
    typer.echo(f"{file}: {len(items)} sentences, {sum(len(i.get('events', [])) for i in items)} gold events")
    typer.echo(report(score(items)))
