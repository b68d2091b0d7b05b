"""Questions analysts ask of a store. Every function returns JSON-ready dicts.

Near-duplicate articles are left out of counts, timelines, networks and lists: a wire
story printed by ten papers is one report. Dates of events and quotes are the event's
own time when it is a full date, else the article's publication date.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from lagebild.errors import UsageError
from lagebild.store.db import Store

ORIGINAL = "a.near_duplicate_of IS NULL"
EVENT_DATE = "coalesce(try_cast(left(ev.time, 10) AS DATE), a.published)"
QUOTE_DATE = "coalesce(try_cast(left(q.time, 10) AS DATE), a.published)"
PERIODS = ("day", "week", "month", "year")
# Each quote's speakers as a list of {id, name} (corpus ids; "X und Y erklärten" has two), joined as `sp`.
QUOTE_SPEAKERS = """LEFT JOIN (
    SELECT article_id, idx, list(corpus_id ORDER BY corpus_id) AS speaker_ids,
           list({'id': corpus_id, 'name': name} ORDER BY corpus_id) AS speakers
    FROM quote_speakers GROUP BY article_id, idx
) sp ON sp.article_id = q.article_id AND sp.idx = q.idx"""


def _rows(store: Store, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run `sql` with named parameters (`$name`) and return its rows as dicts."""
    cursor = store.con.execute(sql, params or {})
    names = [d[0] for d in cursor.description]
    return [{n: _plain(v) for n, v in zip(names, row)} for row in cursor.fetchall()]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _count(store: Store, sql: str) -> int:
    return store.scalar(sql)


def stats(store: Store) -> dict[str, int]:
    """Counts; `entities` are distinct corpus entities (distinct names before `corpus build`)."""
    joined = "JOIN articles a ON a.id = t.article_id WHERE " + ORIGINAL
    return {
        "articles": _count(store, "SELECT count(*) FROM articles"),
        "duplicates": _count(store, "SELECT count(*) FROM articles WHERE near_duplicate_of IS NOT NULL"),
        "entities": _count(store, "SELECT count(DISTINCT coalesce(corpus_id, type || ':' || name)) FROM entities t "
                           + joined),
        "events": _count(store, f"SELECT count(*) FROM events t {joined}"),
        "quotes": _count(store, f"SELECT count(*) FROM quotes t {joined}"),
        "mentions": _count(store, f"SELECT count(*) FROM mentions t {joined}"),
        "timexes": _count(store, f"SELECT count(*) FROM timexes t {joined}"),
        "sentences": _count(store, f"SELECT count(*) FROM sentences t {joined}"),
        "stories": _count(store, "SELECT count(*) FROM stories"),
    }


def find_entities(store: Store, query: str) -> list[dict[str, Any]]:
    """Corpus entities whose id is `query`, or whose name or an alias equals it (any case), else contains it."""
    alias = "EXISTS (SELECT 1 FROM unnest(aliases) AS t(alias) WHERE {})"
    exact = _rows(store, "SELECT * FROM corpus_entities WHERE corpus_id = $q OR lower(name) = lower($q) OR "
                  + alias.format("lower(alias) = lower($q)") + " ORDER BY articles DESC, corpus_id", {"q": query})
    if exact:
        return exact
    return _rows(store, "SELECT * FROM corpus_entities WHERE name ILIKE $pattern ESCAPE '\\' OR "
                 + alias.format("alias ILIKE $pattern ESCAPE '\\'") + " ORDER BY articles DESC, corpus_id",
                 {"pattern": "%" + _escape(query) + "%"})


def _escape(text: str) -> str:
    """`text` for a LIKE pattern with backslash as escape character."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _entity_ids(store: Store, entity: str) -> list[str]:
    found = find_entities(store, entity)
    if not found:
        raise UsageError(f"no entity {entity!r} in the store; try `lagebild search` or check the spelling")
    return [row["corpus_id"] for row in found]


def _range(column: str, since: date | None, until: date | None) -> tuple[str, dict[str, Any]]:
    """An ` AND …` filter on `column` for the dates given, and its parameters ($since, $until)."""
    clauses, params = [], {}
    if since:
        clauses.append(f"{column} >= $since")
        params["since"] = since
    if until:
        clauses.append(f"{column} <= $until")
        params["until"] = until
    return "".join(f" AND {c}" for c in clauses), params


def timeline(store: Store, entity: str, since: date | None = None, until: date | None = None) -> list[dict[str, Any]]:
    """Events the entity takes part in and quotes it speaks (or relays), in time order."""
    event_range, params = _range(EVENT_DATE, since, until)
    quote_range, _ = _range(QUOTE_DATE, since, until)
    sql = f"""
    SELECT * FROM (
        SELECT DISTINCT {EVENT_DATE} AS date, 'event' AS kind, r.role, ev.type, ev.status, ev.trigger AS text,
               r.corpus_id AS entity, ev.article_id, ev.idx, a.title
        FROM event_roles r
        JOIN events ev USING (article_id, idx) JOIN articles a ON a.id = ev.article_id
        WHERE {ORIGINAL} AND list_contains($ids, r.corpus_id) {event_range}
        UNION ALL
        SELECT {QUOTE_DATE}, 'quote', CASE WHEN list_has_any($ids, sp.speaker_ids) THEN 'speaker' ELSE 'channel' END,
               q.kind, NULL, q.text, CASE WHEN list_has_any($ids, sp.speaker_ids)
               THEN list_intersect($ids, sp.speaker_ids)[1] ELSE c.corpus_id END, q.article_id, q.idx, a.title
        FROM quotes q JOIN articles a ON a.id = q.article_id
        {QUOTE_SPEAKERS}
        LEFT JOIN entities c ON c.article_id = q.article_id AND c.entity_id = q.channel
        WHERE {ORIGINAL} AND (list_has_any($ids, sp.speaker_ids) OR list_contains($ids, c.corpus_id)) {quote_range}
    ) ORDER BY date NULLS LAST, article_id, kind, idx
    """
    return _rows(store, sql, {**params, "ids": _entity_ids(store, entity)})


def network(
    store: Store, period: str | None = None, types: list[str] | None = None,
    since: date | None = None, until: date | None = None,
) -> list[dict[str, Any]]:
    """Actor→target dyads weighted by the number of events, per event type (and period, if given)."""
    if period is not None and period not in PERIODS:
        raise UsageError(f"--period must be one of {', '.join(PERIODS)}, got {period!r}")
    bucket = f"CAST(date_trunc('{period}', {EVENT_DATE}) AS DATE)" if period else "NULL::DATE"
    date_range, params = _range(EVENT_DATE, since, until)
    type_filter = ""
    if types:
        type_filter = " AND list_contains($types, ev.type)"
        params["types"] = types
    sql = f"""
    SELECT s.corpus_id AS source, s.name AS source_name, t.corpus_id AS target, t.name AS target_name,
           ev.type, {bucket} AS period, count(DISTINCT (ev.article_id, ev.idx)) AS weight
    FROM events ev JOIN articles a ON a.id = ev.article_id
    JOIN event_roles s ON s.article_id = ev.article_id AND s.idx = ev.idx AND s.role = 'actor'
    JOIN event_roles t ON t.article_id = ev.article_id AND t.idx = ev.idx AND t.role = 'target'
    WHERE {ORIGINAL} AND s.corpus_id IS NOT NULL AND t.corpus_id IS NOT NULL
          AND s.corpus_id <> t.corpus_id {date_range}{type_filter}
    GROUP BY ALL ORDER BY period NULLS FIRST, weight DESC, source, target, ev.type
    """
    rows = _rows(store, sql, params)
    names = _names(store)
    for row in rows:
        row["source_name"] = names.get(row["source"], row["source_name"])
        row["target_name"] = names.get(row["target"], row["target_name"])
    return rows


def _names(store: Store) -> dict[str, str]:
    return dict(store.con.execute("SELECT corpus_id, name FROM corpus_entities").fetchall())


def quotes(
    store: Store, speaker: str | None = None, since: date | None = None, until: date | None = None, limit: int = 1000
) -> list[dict[str, Any]]:
    """Quotes, by one speaker (entity id or name) or all, in time order."""
    date_range, params = _range(QUOTE_DATE, since, until)
    speaker_filter = ""
    if speaker is not None:
        speaker_filter = " AND list_has_any($ids, sp.speaker_ids)"
        params["ids"] = _entity_ids(store, speaker)
    sql = f"""
    SELECT {QUOTE_DATE} AS date, coalesce(sp.speakers, []) AS speakers, q.kind, q.text, q.article_id, q.idx, a.title
    FROM quotes q JOIN articles a ON a.id = q.article_id
    {QUOTE_SPEAKERS}
    WHERE {ORIGINAL} {date_range}{speaker_filter}
    ORDER BY date NULLS LAST, q.article_id, q.idx LIMIT {int(limit)}
    """
    return _rows(store, sql, params)


def events(
    store: Store, type_: str | None = None, country: str | None = None,
    since: date | None = None, until: date | None = None, limit: int = 1000,
) -> list[dict[str, Any]]:
    """Events by PLOVER type and/or country (of a participant or the place, ISO alpha-3), in time order."""
    date_range, params = _range(EVENT_DATE, since, until)
    filters = date_range
    if type_:
        filters += " AND ev.type = $type"
        params["type"] = type_.upper()
    if country:
        filters += " AND EXISTS (SELECT 1 FROM event_roles r WHERE r.article_id = ev.article_id AND r.idx = ev.idx " \
                   "AND r.country = $country)"
        params["country"] = country.upper()
    sql = f"""
    SELECT {EVENT_DATE} AS date, ev.type, ev.mode, ev.status, ev.trigger,
           (SELECT list(coalesce(r.name, r.entity_id) ORDER BY r.entity_id) FROM event_roles r
            WHERE r.article_id = ev.article_id AND r.idx = ev.idx AND r.role = 'actor') AS actors,
           (SELECT list(coalesce(r.name, r.entity_id) ORDER BY r.entity_id) FROM event_roles r
            WHERE r.article_id = ev.article_id AND r.idx = ev.idx AND r.role = 'target') AS targets,
           ev.article_id, ev.idx, a.title
    FROM events ev JOIN articles a ON a.id = ev.article_id
    WHERE {ORIGINAL} {filters}
    ORDER BY date NULLS LAST, ev.article_id, ev.idx LIMIT {int(limit)}
    """
    return _rows(store, sql, params)


def search(store: Store, text: str, limit: int = 50) -> list[dict[str, Any]]:
    """Articles whose title or text contains `text` (any case), newest first, with a snippet."""
    if not text.strip():
        raise UsageError("give a word or phrase to search for")
    sql = f"""
    SELECT id, published, title, near_duplicate_of, story_id,
           substr(text, greatest(1, strpos(lower(text), lower($text)) - 60), 160) AS snippet
    FROM articles WHERE title ILIKE $pattern ESCAPE '\\' OR text ILIKE $pattern ESCAPE '\\'
    ORDER BY published DESC NULLS LAST, id LIMIT {int(limit)}
    """
    return _rows(store, sql, {"text": text, "pattern": "%" + _escape(text) + "%"})
