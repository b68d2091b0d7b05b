"""The cross-article layer, rebuilt as a whole in one transaction: duplicates, entities, stories.

It depends only on what is stored, never on the order of ingestion, so a rebuild after
any ingest gives the same result as one after a single clean ingest.
"""

from __future__ import annotations

import pyarrow as pa

from lagebild.corpus.duplicates import near_duplicates
from lagebild.corpus.entities import Resolver, resolve_entities
from lagebild.corpus.stories import write_stories
from lagebild.store.db import Store


def mark_duplicates(store: Store) -> int:
    original_of = near_duplicates(store)
    table = pa.table({"id": list(original_of), "original": list(original_of.values())},
                     schema=pa.schema([("id", pa.string()), ("original", pa.string())]))
    con = store.con
    con.execute("UPDATE articles SET near_duplicate_of = NULL")
    con.register("_dups", table)
    try:
        con.execute("UPDATE articles SET near_duplicate_of = d.original FROM _dups d WHERE articles.id = d.id")
    finally:
        con.unregister("_dups")
    return len(original_of)


def build_corpus(store: Store, resolver: Resolver | None = None) -> dict[str, int]:
    """Mark near-duplicates, resolve entities across articles, cluster stories."""
    with store.transaction():
        duplicates = mark_duplicates(store)
        entities = resolve_entities(store, resolver)
        stories = write_stories(store)
    return {"duplicates": duplicates, "entities": entities, "stories": stories}
