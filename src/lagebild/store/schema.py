"""The tables of the store. Annotation tables follow the Arrow row schema (`rows.py`) exactly.

Analysis tables (articles, sentences, entities, mentions, timexes, events, quotes, inputs)
are written once per article and never updated, except the corpus columns
(`articles.near_duplicate_of`, `articles.story_id`, `entities.corpus_id`) and the corpus
tables (`corpus_entities`, `stories`), which `lagebild corpus build` rewrites as a whole.
"""

from __future__ import annotations

import pyarrow as pa

from lagebild.store.rows import ARTICLE_FIELDS, TABLE_FIELDS

STORE_VERSION = "2"
ANNOTATION_TABLES = tuple(TABLE_FIELDS)

_KEYS = {
    "sentences": ("article_id", "idx"),
    "entities": ("article_id", "entity_id"),
    "mentions": ("article_id", "idx"),
    "timexes": ("article_id", "idx"),
    "events": ("article_id", "idx"),
    "quotes": ("article_id", "idx"),
}


def sql_type(type_: pa.DataType) -> str:
    if pa.types.is_list(type_):
        return sql_type(type_.value_type) + "[]"
    if pa.types.is_struct(type_):
        return "STRUCT(" + ", ".join(f'"{f.name}" {sql_type(f.type)}' for f in type_) + ")"
    simple = {
        pa.string(): "VARCHAR",
        pa.int32(): "INTEGER",
        pa.int64(): "BIGINT",
        pa.bool_(): "BOOLEAN",
        pa.date32(): "DATE",
        pa.binary(): "BLOB",
    }
    return simple[type_]


def _columns(fields: list[tuple[str, pa.DataType]]) -> str:
    return ", ".join(f'"{name}" {sql_type(type_)}' for name, type_ in fields)


def ddl() -> list[str]:
    article_cols = _columns(ARTICLE_FIELDS)
    statements = [
        "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        "CREATE TABLE IF NOT EXISTS inputs (raw_key VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL)",
        f"CREATE TABLE IF NOT EXISTS articles ({article_cols}, near_duplicate_of VARCHAR, story_id VARCHAR, "
        "PRIMARY KEY (id))",
    ]
    for table, struct in TABLE_FIELDS.items():
        cols = _columns([("article_id", pa.string())] + [(f.name, f.type) for f in struct])
        extra = ", corpus_id VARCHAR" if table == "entities" else ""
        keys = ", ".join(_KEYS[table])
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({cols}{extra}, PRIMARY KEY ({keys}))")
    statements += [
        "CREATE TABLE IF NOT EXISTS corpus_entities (corpus_id VARCHAR PRIMARY KEY, name VARCHAR, type VARCHAR, "
        "country VARCHAR, aliases VARCHAR[], articles INTEGER, mentions INTEGER)",
        "CREATE TABLE IF NOT EXISTS stories (story_id VARCHAR PRIMARY KEY, articles INTEGER, first_published DATE, "
        "last_published DATE, label VARCHAR)",
        _EVENT_ROLES,
        _QUOTE_SPEAKERS,
    ]
    return statements


# One row per (event, role, participant) with the participant's corpus entity: the basis of
# timelines, networks and country filters.
_EVENT_ROLES = """
CREATE OR REPLACE VIEW event_roles AS
WITH roles AS (
    SELECT article_id, idx, 'actor' AS role, unnest(actors) AS entity_id FROM events
    UNION ALL SELECT article_id, idx, 'target', unnest(targets) FROM events
    UNION ALL SELECT article_id, idx, 'source', unnest(sources) FROM events
    UNION ALL SELECT article_id, idx, 'place', place FROM events WHERE place IS NOT NULL
)
SELECT r.article_id, r.idx, r.role, r.entity_id, e.corpus_id, e.name, e.type AS entity_type, e.country
FROM roles r LEFT JOIN entities e ON e.article_id = r.article_id AND e.entity_id = r.entity_id
"""

# One row per (quote, speaker) with the speaker's corpus entity and display name.
_QUOTE_SPEAKERS = """
CREATE OR REPLACE VIEW quote_speakers AS
WITH pairs AS (SELECT article_id, idx, unnest(speakers) AS entity_id FROM quotes)
SELECT p.article_id, p.idx, p.entity_id, e.corpus_id, coalesce(ce.name, e.name, e.description) AS name
FROM pairs p LEFT JOIN entities e ON e.article_id = p.article_id AND e.entity_id = p.entity_id
LEFT JOIN corpus_entities ce ON ce.corpus_id = e.corpus_id
"""
