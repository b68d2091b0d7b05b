"""What the routes share: configuration, the store connection, the write lock, the pipeline.

One DuckDB connection is opened for the app's lifetime; each request works on its own
cursor (DuckDB's way of using one database from several threads). Writes and analyses
are serialised by a lock; the pipeline is loaded once, on first use.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
from fastapi import Request

from lagebild.pipeline import Pipeline
from lagebild.store.db import Store

DEFAULT_MAX_BODY = 2 * 1024 * 1024


@dataclass(slots=True)
class ApiConfig:
    store_path: Path
    api_key: str | None = None
    allow_private_urls: bool = False
    max_body: int = DEFAULT_MAX_BODY
    read_only: bool = False


class CursorStore(Store):
    """A `Store` over a cursor of the app's connection, for one request (no file is opened)."""

    def __init__(self, cursor: duckdb.DuckDBPyConnection, path: Path) -> None:  # deliberately skips Store.__init__
        self.path = path
        self.con = cursor


class AppState:
    """What the routes share: the store connection, the write lock, the pipeline."""

    def __init__(self, config: ApiConfig, pipeline: Pipeline | None = None) -> None:
        self.config = config
        self.store = Store(config.store_path, read_only=config.read_only)
        self.write_lock = threading.Lock()
        self._pipeline = pipeline

    def cursor_store(self) -> CursorStore:
        return CursorStore(self.store.con.cursor(), self.config.store_path)

    def pipeline(self) -> Pipeline:
        """The analysis pipeline; call with `write_lock` held (stages keep models that are not thread-safe)."""
        if self._pipeline is None:
            self._pipeline = Pipeline()
        return self._pipeline


def state_of(request: Request) -> AppState:
    return request.app.state.lagebild


def store_dependency(request: Request) -> Iterator[Store]:
    """FastAPI dependency: a store on a fresh cursor, closed after the request."""
    store = state_of(request).cursor_store()
    try:
        yield store
    finally:
        store.close()
