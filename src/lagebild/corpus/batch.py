"""`lagebild batch`: analyse many inputs into Parquet, in this process or on Ray Data.

Both engines number the inputs alike (`store.ingest.read_file`) and write rows of one
Arrow schema (`store.rows.ROW_SCHEMA`), so loading either output into a store gives the
same store as `lagebild ingest`. With Ray, workers read the input files themselves
(they must see the same paths, e.g. on a shared file system) and write the Parquet
files to `--out` (a shared directory, or an object store URI Arrow understands).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from lagebild.config import Settings
from lagebild.errors import InputError, LagebildError, UsageError
from lagebild.ingest import expand_paths
from lagebild.model import Article
from lagebild.pipeline import Pipeline
from lagebild.store.ingest import analyse, numbered_records, read_file
from lagebild.store.rows import rows_table


@dataclass(slots=True)
class BatchResult:
    articles: int = 0
    errors: list[str] = field(default_factory=list)


def run_batch(
    inputs: list[str], out: Path, settings: Settings, engine: str = "local", *, input_format: str | None = None,
    batch_size: int = 64, address: str | None = None, workers: int | None = None,
) -> BatchResult:
    if out.exists() and any(out.iterdir()):
        raise UsageError(f"{out} is not empty; choose a new --out directory")
    out.mkdir(parents=True, exist_ok=True)
    if engine == "ray":
        _run_ray(inputs, out, settings, input_format, batch_size, address, workers)
    else:
        _run_local(inputs, out, settings, input_format, batch_size)
    return _summary(out)


def _run_local(inputs: list[str], out: Path, settings: Settings, input_format: str | None, batch_size: int) -> None:
    pipeline = Pipeline(settings)
    records = numbered_records(inputs, input_format, settings.max_bytes)
    part = 0
    while chunk := list(islice(records, batch_size)):
        pq.write_table(rows_table([analyse(pipeline, seq, record) for seq, record in chunk]),
                       out / f"part-{part:05d}.parquet")
        part += 1


def _summary(out: Path) -> BatchResult:
    table = pq.read_table(out, columns=["seq", "error"]) if any(out.rglob("*.parquet")) else None
    if table is None:
        return BatchResult()
    rows = sorted(zip(table["seq"].to_pylist(), table["error"].to_pylist()))
    return BatchResult(articles=sum(1 for _, e in rows if e is None), errors=[e for _, e in rows if e is not None])


# Ray: inputs travel between stages as JSON (one `record` column), analysed rows as Arrow.

def _record_json(seq: int, record: Article | LagebildError) -> dict[str, Any]:
    if isinstance(record, LagebildError):
        data = {"error": str(record), "source": record.source}
    else:
        data = {"text": record.text, "title": record.title, "url": record.url, "source": record.source,
                "published": record.published.isoformat() if record.published else None,
                "language": record.language, "id": record.id}
    return {"seq": seq, "record": json.dumps(data, ensure_ascii=False)}


def _record(data: dict[str, Any]) -> Article | LagebildError:
    if "error" in data:
        return _Failed(data["error"], data["source"])
    published = date.fromisoformat(data["published"]) if data["published"] else None
    return Article(text=data["text"], title=data["title"], url=data["url"], source=data["source"],
                   published=published, language=data["language"], id=data["id"])


class _Failed(InputError):
    """An input error that crossed a process boundary, already formatted."""

    def __init__(self, line: str, source: str | None) -> None:
        super().__init__(line, source=source)
        self.line = line

    def __str__(self) -> str:
        return self.line


def _read_item(item: dict[str, Any], input_format: str | None, max_bytes: int) -> Iterator[dict[str, Any]]:
    """Ray flat_map: one input file (read under its resolved path, named as the user gave it) to records."""
    given, resolved = item["given"], item["resolved"]
    for seq, record in read_file(item["file_index"], resolved, input_format, max_bytes):
        if record.source and record.source.startswith(resolved):
            record.source = given + record.source[len(resolved):]
        yield _record_json(seq, record)


class _Analyse:
    """Ray map_batches actor: one pipeline per worker, loaded once."""

    def __init__(self, settings: Settings) -> None:
        self.pipeline = Pipeline(settings)

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows = [
            analyse(self.pipeline, seq, _record(json.loads(record)))
            for seq, record in zip(batch["seq"].to_pylist(), batch["record"].to_pylist())
        ]
        return rows_table(rows)


def _run_ray(
    inputs: list[str], out: Path, settings: Settings, input_format: str | None, batch_size: int,
    address: str | None, workers: int | None,
) -> None:
    try:
        import ray
    except ImportError:
        raise UsageError("the ray engine needs Ray: pip install 'lagebild[ray]'") from None
    if "-" in inputs:
        raise UsageError("the ray engine reads files, not standard input")
    files = [{"file_index": i, "given": p, "resolved": str(Path(p).resolve())} for i, p in enumerate(expand_paths(inputs))]
    ray.init(address=address, num_cpus=workers if address is None else None, include_dashboard=False,
             log_to_driver=False, configure_logging=False, ignore_reinit_error=True)
    logging.getLogger("ray").setLevel(logging.WARNING)
    try:
        ray.data.DataContext.get_current().enable_progress_bars = False
        dataset = ray.data.from_items(files, override_num_blocks=max(1, len(files)))
        # Reading is light; without a CPU of its own it cannot starve behind the analysis actors.
        read = partial(_read_item, input_format=input_format, max_bytes=settings.max_bytes)
        dataset = dataset.flat_map(read, num_cpus=0)
        dataset = dataset.map_batches(
            _Analyse, fn_constructor_kwargs={"settings": settings}, batch_size=batch_size, batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=workers or max(1, int(ray.cluster_resources().get("CPU", 1)))),
        )
        dataset.write_parquet(str(out))
    finally:
        ray.shutdown()
