"""Command `lagebild evaluate events` (registered in lagebild.cli)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer


def evaluate_events_command(
    files: Annotated[list[Path], typer.Argument(
        help="Event dev sets (JSONL, see lagebild.events.evaluate); several are scored pooled.")],
    gnad: Annotated[
        Optional[Path], typer.Option("--gnad", help="10kGNAD articles.csv for lines that point into it.")
    ] = Path("../shared/data/10kgnad/articles.csv"),
    spkatt: Annotated[
        Optional[Path], typer.Option("--spkatt", help="SpkAtt 2023 directory for lines that point into it.")
    ] = Path("../shared/data/spkatt2023/train"),
    krauts: Annotated[
        Optional[Path], typer.Option("--krauts", help="KRAUTS TimeML directory for lines that point into it.")
    ] = Path("../shared/data/krauts/KRAUTS_Dolomiten-42"),
    end_to_end: Annotated[bool, typer.Option(
        "--end-to-end", help="Code with the pipeline's own entities, as `analyze` does, not the gold ones.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Per-type precision, recall and F1 of the event coder (trigger+type, +actor/target, +status, +sources),
    and of the source ids of matched claims and allegations (source_ids)."""
    from lagebild.events.evaluate import as_dict, load_items, report, score

    items = [item for file in files for item in load_items(file, gnad, spkatt, krauts)]
    tallies = score(items, end_to_end)
    name = " ".join(str(file) for file in files)
    if as_json:
        figures = {"file": name, "sentences": len(items), "end_to_end": end_to_end, **as_dict(tallies)}
        typer.echo(json.dumps(figures, indent=2))
        return
    typer.echo(f"{name}: {len(items)} sentences, {sum(len(i.get('events', [])) for i in items)} gold events")
    typer.echo(report(tallies))
