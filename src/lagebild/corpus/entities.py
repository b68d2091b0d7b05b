"""Cross-article entity resolution: one corpus id for every name that denotes the same entity.

A resolver takes the distinct (type, name) pairs of the store and returns a cluster
label for each. `key_resolver` groups by type and normalised spelling (case, accents,
punctuation); `names_resolver` uses the names stage's resolver (`lagebild.names`),
which also joins transliteration variants and surname-only mentions to the one
fitting full name. `resolve_entities` writes the result whichever resolver is used.

Institutions named only by their kind ("die Polizei", "die Staatsanwaltschaft": every
mention found by the entity stage's institution lexicon) are not one body across the
corpus: they are joined by name within their country, and left per article when the
text gives no country.
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


def institution_id(type_: str, name: str, country: str | None, article_id: str) -> str:
    """The corpus id of an institution named by its kind: one per country, else one per article."""
    scope = f"country:{country}" if country else f"article:{article_id}"
    key = f"institution:{name_key(type_, name)}:{scope}"
    return "E" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


# Entities every mention of which the institution lexicon found (mentions.source = 'institution').
_GENERIC = """
SELECT e.article_id, e.entity_id, e.type, e.name, e.country FROM entities e
WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = e.article_id AND m.entity_id = e.entity_id)
  AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = e.article_id AND m.entity_id = e.entity_id
                  AND m.source IS DISTINCT FROM 'institution')
"""


def resolve_entities(store: Store, resolver: Resolver | None = None) -> int:
    """Set `entities.corpus_id` and rebuild `corpus_entities`; returns the number of corpus entities.

    Runs inside the caller's transaction.
    """
    con = store.con
    con.execute("UPDATE entities SET corpus_id = NULL")
    generic = con.execute(_GENERIC).fetchall()
    _set_corpus_ids(store, ("article_id", "entity_id"),
                    [(a, e, institution_id(t, n, c, a)) for a, e, t, n, c in generic])
    named = con.execute("SELECT DISTINCT type, name FROM entities WHERE corpus_id IS NULL ORDER BY type, name")
    pairs = [tuple(row) for row in named.fetchall()]
    ids = corpus_ids(pairs, resolver or default_resolver()) if pairs else []
    _set_corpus_ids(store, ("type", "name"), [(t, n, i) for (t, n), i in zip(pairs, ids)])
    con.execute("DELETE FROM corpus_entities")
    con.execute(_CORPUS_ENTITIES)
    return store.scalar("SELECT count(*) FROM corpus_entities")


def _set_corpus_ids(store: Store, keys: tuple[str, str], rows: list[tuple[str, str, str]]) -> None:
    """Give entities without a corpus id the one of their (key, key, corpus_id) row."""
    if not rows:
        return
    columns = [*keys, "corpus_id"]
    table = pa.table({c: pa.array([r[i] for r in rows], pa.string()) for i, c in enumerate(columns)})
    store.con.register("_ids", table)
    try:
        store.con.execute(f"UPDATE entities SET corpus_id = r.corpus_id FROM _ids r WHERE entities.corpus_id IS NULL "
                          f"AND entities.{keys[0]} = r.{keys[0]} AND entities.{keys[1]} = r.{keys[1]}")
    finally:
        store.con.unregister("_ids")


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
