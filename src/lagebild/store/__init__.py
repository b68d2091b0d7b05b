"""The embedded corpus store (DuckDB): `Store` opens a file, `ingest` analyses and writes in batches."""

from lagebild.store.db import Store

__all__ = ["Store"]
