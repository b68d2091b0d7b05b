"""The DuckDB store: open, write a batch of analysed rows in one transaction, look up inputs.

Crash safety rests on DuckDB: a batch is one transaction, committed through its
write-ahead log, so a process killed at any moment leaves either the whole batch or
none of it. Idempotency rests on keys: an article already stored (same id) is skipped
by an anti-join, and every raw input seen is recorded so a rerun skips it unanalysed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from lagebild.errors import StoreError
from lagebild.store.rows import ARTICLE_FIELDS
from lagebild.store.schema import ANNOTATION_TABLES, STORE_VERSION, ddl

_ARTICLE_COLS = ", ".join(f'"{name}"' for name, _ in ARTICLE_FIELDS)


class Store:
    """A lagebild store file. Use as a context manager; `con` is the DuckDB connection."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}; create it with `lagebild ingest SOURCES --store {self.path}`")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {_first_line(exc)}") from None
        if not read_only:
            self._create()
        elif not self._has_table("articles"):
            raise StoreError(f"{self.path} is no lagebild store (no articles table)")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _create(self) -> None:
        with self.transaction():
            for statement in ddl():
                self.con.execute(statement)
            self.con.execute("INSERT OR IGNORE INTO meta VALUES ('store_version', ?)", [STORE_VERSION])
        version = self.scalar("SELECT value FROM meta WHERE key = 'store_version'")
        if version != STORE_VERSION:
            raise StoreError(f"{self.path} has store version {version}; this lagebild writes {STORE_VERSION}")

    def _has_table(self, name: str) -> bool:
        query = "SELECT count(*) FROM information_schema.tables WHERE table_name = ?"
        return self.scalar(query, [name]) > 0

    def scalar(self, sql: str, params: list[object] | None = None) -> Any:
        """The first value of the first row (the result is read to the end, as DuckDB wants)."""
        rows = self.con.execute(sql, params or []).fetchall()
        return rows[0][0] if rows else None

    def set_article_column(self, column: str, values: dict[str, str]) -> None:
        """Set one derived column of `articles` from {article id: value}; every other article gets NULL.

        `column` is a fixed name from the caller's code, never user input.
        """
        table = pa.table({"id": list(values), "value": list(values.values())},
                         schema=pa.schema([("id", pa.string()), ("value", pa.string())]))
        self.con.execute(f"UPDATE articles SET {column} = NULL")
        self.con.register("_column_values", table)
        try:
            self.con.execute(f"UPDATE articles SET {column} = v.value FROM _column_values v WHERE articles.id = v.id")
        finally:
            self.con.unregister("_column_values")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def known_inputs(self, keys: Iterable[str]) -> set[str]:
        """The raw input keys among `keys` that are stored already."""
        keys = list(keys)
        if not keys:
            return set()
        rows = self.con.execute("SELECT raw_key FROM inputs WHERE list_contains(?, raw_key)", [keys]).fetchall()
        return {row[0] for row in rows}

    def write_rows(self, table: pa.Table) -> int:
        """Store a batch of rows (Arrow, `rows.ROW_SCHEMA`) in one transaction; returns new articles."""
        self.con.register("_batch", table)
        try:
            with self.transaction():
                return self._insert("_batch")
        finally:
            self.con.unregister("_batch")

    def _insert(self, source: str, winners: str | None = None) -> int:
        """Insert the good rows of `source` that are new; the first input (lowest seq) of an article wins.

        `winners` names a table of (id, seq) chosen over several sources (Parquet files) at once.
        """
        con = self.con
        chosen = f"(SELECT * FROM {source} SEMI JOIN {winners} USING (id, seq))" if winners else source
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE _fresh AS SELECT * FROM {chosen} "
            "WHERE error IS NULL AND id NOT IN (SELECT id FROM articles) "
            "QUALIFY row_number() OVER (PARTITION BY id ORDER BY seq) = 1"
        )
        con.execute(f"INSERT OR IGNORE INTO inputs SELECT raw_key, id FROM {source} WHERE error IS NULL")
        con.execute(f"INSERT INTO articles BY NAME SELECT {_ARTICLE_COLS} FROM _fresh")
        for table in ANNOTATION_TABLES:
            con.execute(
                f"INSERT INTO {table} BY NAME SELECT article_id, r.* FROM "
                f"(SELECT id AS article_id, UNNEST({table}) AS r FROM _fresh)"
            )
        added = self.scalar("SELECT count(*) FROM _fresh")
        con.execute("DROP TABLE _fresh")
        return added

    def load_parquet(self, paths: list[str]) -> int:
        """Load Parquet files written by `lagebild batch`, one transaction per file.

        Which input of an article wins is decided over all files first, so the result does
        not depend on how the batch engine split its output into files.
        """
        files = "[" + ", ".join(f"'{_sql_string(p)}'" for p in paths) + "]"
        self.con.execute(
            f"CREATE OR REPLACE TEMP TABLE _winners AS SELECT id, min(seq) AS seq FROM read_parquet({files}) "
            "WHERE error IS NULL GROUP BY id"
        )
        added = 0
        for path in paths:
            with self.transaction():
                added += self._insert(f"read_parquet('{_sql_string(path)}')", winners="_winners")
        self.con.execute("DROP TABLE _winners")
        return added


def _sql_string(value: str) -> str:
    return value.replace("'", "''")


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
