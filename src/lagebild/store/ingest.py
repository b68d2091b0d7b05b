"""Analyse inputs and store them in batches; shared by `lagebild ingest` and `lagebild batch`.

Inputs are numbered `seq = file_index << 32 | record_index` (files in the order
`expand_paths` gives them), so every engine numbers them alike and the first input of an
article wins everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from lagebild.errors import LagebildError
from lagebild.ingest import expand_paths, read_inputs
from lagebild.ingest.formats import Record
from lagebild.pipeline import Pipeline
from lagebild.store.db import Store
from lagebild.store.rows import document_row, error_row, raw_key, rows_table

Numbered = tuple[int, Record]


def read_file(file_index: int, path: str, input_format: str | None, max_bytes: int) -> Iterator[Numbered]:
    for record_index, record in enumerate(read_inputs([path], input_format=input_format, max_bytes=max_bytes)):
        yield (file_index << 32) | record_index, record


def numbered_records(paths: Iterable[str], input_format: str | None, max_bytes: int) -> Iterator[Numbered]:
    for file_index, path in enumerate(expand_paths(paths)):
        yield from read_file(file_index, path, input_format, max_bytes)


def analyse(pipeline: Pipeline, seq: int, record: Record) -> dict[str, Any]:
    """The row of one input: the analysed article, or the error in its place."""
    if isinstance(record, LagebildError):
        return error_row(seq, record.source, str(record))
    key = raw_key(record)
    try:
        return document_row(pipeline(record), seq, key)
    except LagebildError as exc:
        exc.source = exc.source or record.source
        return error_row(seq, record.source, str(exc))
    except Exception as exc:  # one bad article must not stop the others
        message = f"internal error while analysing ({type(exc).__name__}: {exc}); please report it"
        return error_row(seq, record.source, str(LagebildError(message, source=record.source)))


@dataclass(slots=True)
class IngestReport:
    added: int = 0  # new articles stored
    skipped: int = 0  # inputs stored before (or the same article as an earlier input)
    failed: int = 0  # inputs that could not be read or analysed


def ingest(
    store: Store,
    records: Iterable[Numbered],
    pipeline: Pipeline,
    batch_size: int = 64,
    on_error: Callable[[str], None] = lambda message: None,
) -> IngestReport:
    """Analyse and store; one transaction per batch, inputs stored before are not analysed again."""
    report = IngestReport()
    iterator = iter(records)
    while chunk := list(islice(iterator, batch_size)):
        keys = {seq: raw_key(r) for seq, r in chunk if not isinstance(r, LagebildError)}
        known = store.known_inputs(keys.values())
        rows = []
        for seq, record in chunk:
            if keys.get(seq) in known:
                report.skipped += 1
                continue
            row = analyse(pipeline, seq, record)
            if row["error"] is not None:
                report.failed += 1
                on_error(row["error"])
                continue
            rows.append(row)
        if rows:
            added = store.write_rows(rows_table(rows))
            report.added += added
            report.skipped += len(rows) - added
    return report
