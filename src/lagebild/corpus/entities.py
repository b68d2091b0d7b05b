"""Cross-article entity resolution: one corpus id for every name that denotes the same entity.

A resolver takes the distinct (type, name) pairs of the store and returns a cluster
label for each. `key_resolver` groups by type and normalised spelling (case, accents,
punctuation); `names_resolver` uses the names stage's resolver (`lagebild.names`),
which also joins transliteration variants and surname-only mentions to the one
fitting full name. `resolve_entities` writes the result whichever resolver is used.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

import pyarrow as pa
from normality import normalize

from lagebild.store.db import Store

NamePair = tuple[str, str]  # (type, name)
Resolver = Callable[[Sequence[NamePair]], list[int]]


def name_key(type_: str, name: str) -> str:
    return f"{type_}:{normalize(name, lowercase=True, ascii=True) or name.strip().lower()}"


def key_resolver(pairs: Sequence[NamePair]) -> list[int]:
    labels: dict[str, int] = {}
    return [labels.setdefault(name_key(t, n), len(labels)) for t, n in pairs]


def names_resolver(pairs: Sequence[NamePair]) -> list[int]:
    from lagebild.names.cluster import cluster_records
    from lagebild.names.resolve import NameRecord

    return cluster_records([NameRecord(name, type_) for type_, name in pairs])


def default_resolver() -> Resolver:
    """The names stage's resolver when it is importable, else grouping by normalised name."""
    try:
        import lagebild.names.cluster  # noqa: F401
    except ImportError:
        return key_resolver
    return names_resolver


def corpus_ids(pairs: Sequence[NamePair], resolver: Resolver) -> list[str]:
    """A stable id per cluster: the hash of its smallest normalised member key."""
    labels = resolver(pairs)
    smallest: dict[int, str] = {}
    for label, (type_, name) in zip(labels, pairs):
        key = name_key(type_, name)
        smallest[label] = min(smallest.get(label, key), key)
    return ["E" + hashlib.sha1(smallest[label].encode("utf-8")).hexdigest()[:12] for label in labels]


def resolve_entities(store: Store, resolver: Resolver | None = None) -> int:
    """Set `entities.corpus_id` and rebuild `corpus_entities`; returns the number of corpus entities.

    Runs inside the caller's transaction.
    """
    con = store.con
    pairs = [tuple(row) for row in con.execute("SELECT DISTINCT type, name FROM entities ORDER BY type, name").fetchall()]
    ids = corpus_ids(pairs, resolver or default_resolver()) if pairs else []
    resolved = pa.table({"type": [p[0] for p in pairs], "name": [p[1] for p in pairs], "corpus_id": ids},
                        schema=pa.schema([("type", pa.string()), ("name", pa.string()), ("corpus_id", pa.string())]))
    con.register("_resolved", resolved)
    try:
        con.execute("UPDATE entities SET corpus_id = r.corpus_id FROM _resolved r "
                    "WHERE entities.type = r.type AND entities.name = r.name")
    finally:
        con.unregister("_resolved")
    con.execute("DELETE FROM corpus_entities")
    con.execute(_CORPUS_ENTITIES)
    return store.scalar("SELECT count(*) FROM corpus_entities")


# Name and country: the most frequent (ties: alphabetical); counts leave near-duplicate articles out.
_CORPUS_ENTITIES = """
INSERT INTO corpus_entities
WITH ent AS (
    SELECT e.corpus_id, e.name, e.type, e.country, e.variants, e.article_id,
           a.near_duplicate_of IS NULL AS original, coalesce(m.n, 0) AS n_mentions
    FROM entities e
    JOIN articles a ON a.id = e.article_id
    LEFT JOIN (SELECT article_id, entity_id, count(*) AS n FROM mentions GROUP BY ALL) m USING (article_id, entity_id)
),
names AS (SELECT corpus_id, name, count(*) AS n FROM ent GROUP BY ALL),
best AS (SELECT corpus_id, first(name ORDER BY n DESC, name) AS name FROM names GROUP BY corpus_id),
countries AS (
    SELECT corpus_id, first(country ORDER BY n DESC, country) AS country
    FROM (SELECT corpus_id, country, count(*) AS n FROM ent WHERE country IS NOT NULL GROUP BY ALL)
    GROUP BY corpus_id
),
agg AS (
    SELECT corpus_id, min(type) AS type,
           list_sort(list_distinct(flatten(list(list_append(variants, name))))) AS aliases,
           count(DISTINCT article_id) FILTER (WHERE original) AS articles,
           coalesce(sum(n_mentions) FILTER (WHERE original), 0) AS mentions
    FROM ent GROUP BY corpus_id
)
SELECT agg.corpus_id, best.name, agg.type, countries.country, agg.aliases, agg.articles, agg.mentions
FROM agg JOIN best USING (corpus_id) LEFT JOIN countries USING (corpus_id)
"""
