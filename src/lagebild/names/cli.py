"""Commands: `lagebild names cluster`, `lagebild kb import`, `lagebild evaluate names`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional, TextIO

import typer

from lagebild.errors import InputError, UsageError

_TYPES = ("PER", "ORG", "LOC", "MISC")


def _parse_line(line: str, number: int) -> tuple[str, str]:
    """`name` or `TYPE<TAB>name` → (type, name)."""
    if "\t" in line:
        type_, _, name = line.partition("\t")
        if type_.strip().upper() not in _TYPES:
            raise UsageError(f"line {number}: type {type_!r} is none of {', '.join(_TYPES)}; write TYPE<TAB>name or just name")
        return type_.strip().upper(), name.strip()
    return "PER", line.strip()


def _open(file: Optional[Path]) -> TextIO:
    if file is None or str(file) == "-":
        return sys.stdin
    try:
        return file.open(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the names file ({error})", source=str(file)) from None


def cluster_command(
    file: Annotated[Optional[Path], typer.Argument(help="Names, one a line, optionally TYPE<TAB>name; - or none for stdin.")] = None,
    kb: Annotated[Optional[Path], typer.Option(help="Knowledge base from `lagebild kb import`: linked names get its ids.")] = None,
) -> None:
    """Cluster names that denote one entity; print `name<TAB>cluster id` per input line."""
    from lagebild.names.cluster import cluster_records
    from lagebild.names.ids import entity_id, pick_canonical
    from lagebild.names.resolve import NameRecord

    handle = _open(file)
    try:
        lines = [line.rstrip("\n") for line in handle]
    except UnicodeDecodeError as error:
        raise InputError(f"the names file is not UTF-8 ({error})", source=str(file)) from None
    records = [NameRecord(name, type_) for type_, name in (_parse_line(l, n) for n, l in enumerate(lines, 1))]
    clusters = cluster_records(records)
    members: dict[int, list[NameRecord]] = {}
    for record, cluster in zip(records, clusters):
        members.setdefault(cluster, []).append(record)
    linker = _knowledge_base(kb)
    ids = {}
    for cluster, group in members.items():
        canonical, type_ = pick_canonical([r.name for r in group]), group[0].type
        ids[cluster] = (linker.link(canonical, type_) if linker else None) or entity_id(type_, canonical)
    out = sys.stdout
    for record, cluster in zip(records, clusters):
        out.write(f"{record.name}\t{ids[cluster]}\n")


def _knowledge_base(path: Optional[Path]):  # type: ignore[no-untyped-def]
    if path is None:
        return None
    from lagebild.names.kb import KnowledgeBase

    if not path.is_file():
        raise UsageError(f"no knowledge base at {path}; create it with `lagebild kb import FILE --kb {path}`")
    return KnowledgeBase(path)


def kb_import_command(
    files: Annotated[list[Path], typer.Argument(help="FollowTheMoney JSON-lines files (e.g. an OpenSanctions export).")],
    kb: Annotated[Optional[Path], typer.Option(help="Knowledge base file (default: ~/.local/share/lagebild/kb.sqlite).")] = None,
) -> None:
    """Load FollowTheMoney entities into the local knowledge base so names link to known ids."""
    from lagebild.names.kb import default_path, import_files

    count = import_files(files, kb)
    typer.echo(f"imported {count} entities into {kb or default_path()}", err=True)


def evaluate_names_command(
    split: Annotated[str, typer.Option(help="heldout (default) or dev.")] = "heldout",
    unit: Annotated[str, typer.Option(help="parts (name-part variant groups, default) or persons (full names).")] = "parts",
    limit: Annotated[Optional[int], typer.Option(help="Only the first N variant groups (parts) or N persons per origin.")] = None,
    data: Annotated[Optional[Path], typer.Option(help="persons.txt of the name-variants data set.")] = None,
) -> None:
    """B-cubed precision/recall/F1 on name variants and false merges on hard negatives."""
    from lagebild.names.evaluate import DEFAULT_DATA, evaluate, evaluate_persons

    if split not in ("heldout", "dev"):
        raise UsageError(f"--split must be heldout or dev, not {split!r}")
    if unit not in ("parts", "persons"):
        raise UsageError(f"--unit must be parts or persons, not {unit!r}")
    path = data or DEFAULT_DATA
    if not path.is_file():
        raise UsageError(f"no name-variants file at {path}; pass --data PATH")
    run = evaluate_persons if unit == "persons" else evaluate
    typer.echo("\n".join(run(split, limit, path).lines()))
