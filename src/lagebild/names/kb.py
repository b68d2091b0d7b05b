"""A small local knowledge base of FollowTheMoney entities (e.g. an OpenSanctions export).

Stored as SQLite: one row per entity (id, type, caption, country, positions) and one
row per name or alias under its folded key, so every spelling a source lists links
to the entity's id. A name links only when its key points to exactly one entity.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pycountry

from lagebild.errors import FormatError, StoreError
from lagebild.names.ids import canonical_key

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entities (id TEXT PRIMARY KEY, type TEXT, caption TEXT, country TEXT, positions TEXT);
CREATE TABLE IF NOT EXISTS names (key TEXT, type TEXT, id TEXT, name TEXT, PRIMARY KEY (key, type, id, name));
"""
_TYPES = (("Person", "PER"), ("Organization", "ORG"), ("Address", "LOC"), ("Thing", "MISC"))


def default_path() -> Path:
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "lagebild" / "kb.sqlite"


@dataclass(frozen=True, slots=True)
class KBEntity:
    id: str
    type: str
    caption: str
    country: str | None
    positions: tuple[str, ...]


def _alpha3(code: str | None) -> str | None:
    country = pycountry.countries.get(alpha_2=code.upper()) if code and len(code) == 2 else None
    return country.alpha_3 if country else None


def _read_proxies(path: Path) -> Iterator[object]:
    from followthemoney import model

    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield model.get_proxy(json.loads(line))
            except (ValueError, KeyError, TypeError) as error:
                raise FormatError(f"line {number} is no FollowTheMoney entity ({error})", source=str(path)) from None


class KnowledgeBase:
    def __init__(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(path))
            self.db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(f"cannot open the knowledge base ({error}); pass another --kb path", source=str(path)) from None

    def import_file(self, path: Path) -> int:
        """Load a FollowTheMoney JSON-lines file; return the number of entities added or updated."""
        if not path.is_file():
            raise FormatError("file not found; give a FollowTheMoney JSON-lines file", source=str(path))
        count = 0
        with self.db:
            for proxy in _read_proxies(path):
                count += self._add(proxy)
        return count

    def _add(self, proxy: object) -> int:
        from followthemoney.types import registry

        type_ = next((t for schema, t in _TYPES if proxy.schema.is_a(schema)), None)  # type: ignore[attr-defined]
        names = proxy.get_type_values(registry.name)  # type: ignore[attr-defined]
        if type_ is None or not names:
            return 0
        countries = proxy.get_type_values(registry.country)  # type: ignore[attr-defined]
        row = (proxy.id, type_, proxy.caption, _alpha3(countries[0]) if countries else None,  # type: ignore[attr-defined]
               json.dumps(proxy.get("position", quiet=True)))  # type: ignore[attr-defined]
        self.db.execute("INSERT OR REPLACE INTO entities VALUES (?, ?, ?, ?, ?)", row)
        self.db.executemany(
            "INSERT OR IGNORE INTO names VALUES (?, ?, ?, ?)",
            [(canonical_key(n), type_, proxy.id, n) for n in names if canonical_key(n)],  # type: ignore[attr-defined]
        )
        return 1

    def link(self, name: str, type_: str) -> str | None:
        """The id of the one entity of this type with this name, or None."""
        rows = self.db.execute(
            "SELECT DISTINCT id FROM names WHERE key = ? AND type = ? LIMIT 2", (canonical_key(name), type_)
        ).fetchall()
        return rows[0][0] if len(rows) == 1 else None

    def get(self, entity_id: str) -> KBEntity | None:
        row = self.db.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        return KBEntity(row[0], row[1], row[2], row[3], tuple(json.loads(row[4] or "[]")))

    def aliases(self, entity_id: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT name FROM names WHERE id = ? ORDER BY name", (entity_id,))]

    def close(self) -> None:
        self.db.close()


def import_files(paths: Iterable[Path], kb_path: Path | None = None) -> int:
    kb = KnowledgeBase(kb_path or default_path())
    try:
        return sum(kb.import_file(p) for p in paths)
    finally:
        kb.close()
