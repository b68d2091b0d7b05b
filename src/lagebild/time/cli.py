"""Commands `lagebild time` and `lagebild evaluate time` (registered in lagebild.cli)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from lagebild.errors import InputError, UsageError
from lagebild.options import parse_day


def time_command(
    file: Annotated[Optional[Path], typer.Argument(help="Text file to tag; standard input when left out.")] = None,
    published: Annotated[
        Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD that relative dates refer to.")
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="Language of the text: de or en.")] = "de",
    lines: Annotated[bool, typer.Option("--lines", help="Tag each line on its own; print one JSON array per line.")] = False,
) -> None:
    """Find time expressions and print them as JSON: start, end, text, type (TIMEX3) and value."""
    from lagebild.time.tagger import tag

    anchor = parse_day(published)
    if lang not in ("de", "en"):
        raise UsageError(f"--lang must be de or en, not {lang!r}")
    text = _read_text(file)
    if lines:
        for line in text.splitlines():
            typer.echo(json.dumps([_timex(t) for t in tag(line, anchor, lang)], ensure_ascii=False))
        return
    typer.echo(json.dumps([_timex(t) for t in tag(text, anchor, lang)], ensure_ascii=False, indent=2))


def evaluate_time_command(
    directory: Annotated[Path, typer.Argument(help="Folder of gold TimeML files (KRAUTS format) or TIMEX2 files.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    system: Annotated[
        Optional[Path],
        typer.Option("--system", help="Also score another system's TimeML output in this folder (same file names). "
                     "Default: a sibling folder named <DIR>_Heideltime, if there is one."),
    ] = None,
    narrative: Annotated[
        bool, typer.Option("--narrative", help="Narrative texts (history): resolve against the date last mentioned.")
    ] = False,
) -> None:
    """Extraction P/R/F1 (strict and relaxed) and value accuracy and F1 of our tagger, beside another system's."""
    from lagebild.time.evaluate import baseline_dir, evaluate_output, evaluate_tagger, gold_files

    if not directory.is_dir() or not gold_files(directory):
        raise InputError("no .tml, .xml or .sgm files found: pass the folder of gold TimeML files", source=str(directory))
    other = system or baseline_dir(directory)
    if other is not None and not other.is_dir():
        raise UsageError(f"--system {other} is not a folder")
    results = [evaluate_tagger(directory, narrative)]
    if other is not None:
        results.append(evaluate_output(directory, other, other.name.removeprefix(directory.name).strip("_-") or None))
    if json_out:
        typer.echo(json.dumps({"directory": str(directory), "systems": [r.as_dict() for r in results]}, indent=2))
        return
    _print_table(directory, results)


def _print_table(directory: Path, results: list[Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"time expressions: {directory} ({results[0].documents} documents, "
                        f"{results[0].counts.gold} gold)")
    table.add_column("measure")
    for result in results:
        table.add_column(result.system, justify="right")
    rows = [("strict P / R / F1", "strict"), ("relaxed P / R / F1", "relaxed"), ("value P / R / F1", "value")]
    for label, key in rows:
        table.add_row(label, *(" / ".join(f"{v:.3f}" for v in getattr(r, key).values()) for r in results))
    table.add_row("value accuracy (matched)", *(f"{r.value_accuracy:.3f}" for r in results))
    table.add_row("type accuracy (matched)", *("n/a" if r.type_accuracy is None else f"{r.type_accuracy:.3f}"
                                               for r in results))
    table.add_row("expressions found", *(str(r.counts.system) for r in results))
    table.add_row("ms per document", *("" if r.seconds_per_document is None else f"{1000 * r.seconds_per_document:.1f}"
                                       for r in results))
    Console().print(table)


def _read_text(file: Path | None) -> str:
    if file is None:
        return sys.stdin.read()
    try:
        return file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the text ({error.__class__.__name__}): pass a UTF-8 text file",
                         source=str(file)) from None


def _timex(timex: Any) -> dict[str, Any]:
    data = {"start": timex.start, "end": timex.end, "text": timex.text, "type": timex.type, "value": timex.value}
    if timex.mod:
        data["mod"] = timex.mod
    return data
