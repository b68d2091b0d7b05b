"""Command `lagebild evaluate quotes` (registered in lagebild.cli)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from lagebild.errors import InputError, UsageError

SPLITS = ("dev", "heldout", "all", "dev-a", "dev-b")


def evaluate_quotes_command(
    directory: Annotated[Path, typer.Argument(help="Folder of SpkAtt-2023 task 2 JSON files (one per article).")],
    split: Annotated[str, typer.Option("--split", help="dev (60 %, for tuning), heldout (40 %), all, or a half of dev: dev-a (read), dev-b (only scored).")] = "heldout",
    json_out: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    tokens_only: Annotated[bool, typer.Option("--tokens-only", help="Skip the NER and syntax stages (measure the token rules alone).")] = False,
) -> None:
    """Cue, source and message precision/recall/F1 (proportional token overlap) of the quotes stage."""
    from lagebild.quotes.spkatt import ROLES, evaluate, files

    if split not in SPLITS:
        raise UsageError(f"--split must be one of {', '.join(SPLITS)}, not {split!r}")
    if not directory.is_dir() or not files(directory, "all"):
        raise InputError("no SpkAtt .json files found: pass the folder of SpkAtt-2023 task 2 files", source=str(directory))
    result = evaluate(directory, split, syntax=not tokens_only)
    if json_out:
        typer.echo(json.dumps(result.as_dict(), indent=2))
        return
    typer.echo(f"SpkAtt-2023 {split}: {result.documents} articles (proportional token overlap)")
    typer.echo(f"{'role':<8} {'P':>6} {'R':>6} {'F1':>6} {'system':>7} {'gold':>6}")
    for role in ROLES:
        c = result.roles[role]
        s = c.scores()
        typer.echo(f"{role:<8} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {c.system:>7} {c.gold:>6}")
