"""The queries behind the API and the pages that `lagebild.corpus.queries` does not answer.

They follow the corpus layer's conventions: near-duplicate articles are left out of lists
of events and quotes, and an event's or quote's date is its own full date, else the
article's publication date. Every function returns JSON-ready dicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from lagebild.corpus.queries import EVENT_DATE, ORIGINAL, QUOTE_DATE, QUOTE_SPEAKERS, find_entities, timeline
from lagebild.store.db import Store

ARTICLE_COLUMNS = "a.id, a.title, a.url, a.source, a.published, a.language, a.near_duplicate_of, a.story_id"


def rows(store: Store, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cursor = store.con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [{n: _plain(v) for n, v in zip(names, row)} for row in cursor.fetchall()]


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def like(text: str) -> str:
    """A LIKE pattern (backslash escapes) matching `text` anywhere."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass(slots=True)
class Where:
    """A growing WHERE clause with its parameters."""

    sql: str = "TRUE"
    params: list[Any] | None = None

    def add(self, clause: str, *params: Any) -> None:
        self.sql += f" AND {clause}"
        self.params = [*(self.params or []), *params]

    def range(self, column: str, since: date | None, until: date | None) -> None:
        if since:
            self.add(f"{column} >= ?", since)
        if until:
            self.add(f"{column} <= ?", until)


def entity_ids(store: Store, query: str) -> list[str]:
    """Corpus ids an id, a name or any variant denotes (empty when none)."""
    return [row["corpus_id"] for row in find_entities(store, query)]


# Articles

def articles(
    store: Store, q: str | None = None, story: str | None = None, entity: str | None = None,
    since: date | None = None, until: date | None = None, limit: int = 50, offset: int = 0,
) -> dict[str, Any]:
    """Articles newest first, with a total for paging; `q` searches title and text."""
    where = Where()
    if q:
        where.add("(a.title ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\')", like(q), like(q))
    if story:
        where.add("a.story_id = ?", story)
    if entity:
        where.add("a.id IN (SELECT article_id FROM entities WHERE corpus_id = ?)", entity)
    where.range("a.published", since, until)
    snippet = "substr(a.text, greatest(1, strpos(lower(a.text), lower(?)) - 60), 200)" if q else "left(a.text, 200)"
    total = store.scalar(f"SELECT count(*) FROM articles a WHERE {where.sql}", where.params)
    items = rows(
        store,
        f"SELECT {ARTICLE_COLUMNS}, {snippet} AS snippet FROM articles a WHERE {where.sql} "
        f"ORDER BY a.published DESC NULLS LAST, a.id LIMIT {int(limit)} OFFSET {int(offset)}",
        ([q] if q else []) + (where.params or []),
    )
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article in the `analyze` JSON form with its corpus fields, or None."""
    from lagebild.output import document_json
    from lagebild.store.load import iter_documents

    for doc, corpus in iter_documents(store, [article_id]):
        data = document_json(doc)
        data["corpus"] = corpus
        return data
    return None


# Entities

def entities(store: Store, q: str | None = None, type_: str | None = None, limit: int = 50, offset: int = 0
             ) -> dict[str, Any]:
    """Corpus entities: those `q` names (id, name or any variant) or all, most written about first."""
    if q:
        found = [e for e in find_entities(store, q) if not type_ or e["type"] == type_.upper()]
        return {"total": len(found), "limit": limit, "offset": offset,
                "items": [_plain(e) for e in found[offset: offset + limit]]}
    where = Where()
    if type_:
        where.add("type = ?", type_.upper())
    total = store.scalar(f"SELECT count(*) FROM corpus_entities WHERE {where.sql}", where.params)
    items = rows(store, f"SELECT * FROM corpus_entities WHERE {where.sql} ORDER BY articles DESC, mentions DESC, "
                 f"corpus_id LIMIT {int(limit)} OFFSET {int(offset)}", where.params)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def entity(store: Store, corpus_id: str, limit: int = 200) -> dict[str, Any] | None:
    """Everything about one corpus entity: names, roles over time, timeline, neighbours, quotes, articles."""
    data = entity_row(store, corpus_id)
    if data is None:
        return None
    data["roles"] = roles(store, corpus_id)
    data["timeline"] = timeline(store, corpus_id)[:limit]
    data["neighbours"] = neighbours(store, corpus_id)
    data["quotes"] = quotes(store, speaker_ids=[corpus_id], limit=limit)["items"]
    data["latest_articles"] = articles(store, entity=corpus_id, limit=20)["items"]
    return data


def roles(store: Store, corpus_id: str) -> list[dict[str, Any]]:
    """The roles (titles, functions) the texts give the entity, with the first and last date seen."""
    return rows(store, f"""
        SELECT role, min(published) AS first, max(published) AS last, count(DISTINCT article_id) AS articles
        FROM (SELECT e.article_id, a.published, unnest(e.roles) AS role
              FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.corpus_id = ? AND {ORIGINAL})
        GROUP BY role ORDER BY first NULLS LAST, role""", [corpus_id])


_DYADS = f"""
    SELECT s.corpus_id AS source, t.corpus_id AS target, ev.type, count(DISTINCT (ev.article_id, ev.idx)) AS weight
    FROM events ev JOIN articles a ON a.id = ev.article_id
    JOIN event_roles s ON s.article_id = ev.article_id AND s.idx = ev.idx AND s.role = 'actor'
    JOIN event_roles t ON t.article_id = ev.article_id AND t.idx = ev.idx AND t.role = 'target'
    WHERE {ORIGINAL} AND s.corpus_id IS NOT NULL AND t.corpus_id IS NOT NULL AND s.corpus_id <> t.corpus_id
"""


def neighbours(store: Store, corpus_id: str, limit: int = 25) -> dict[str, Any]:
    """The entity's actor network: its strongest neighbours, and every dyad among them and it."""
    direct = rows(store, _DYADS + " AND (s.corpus_id = ? OR t.corpus_id = ?) GROUP BY ALL", [corpus_id, corpus_id])
    weight: dict[str, int] = {}
    for dyad in direct:
        other = dyad["target"] if dyad["source"] == corpus_id else dyad["source"]
        weight[other] = weight.get(other, 0) + dyad["weight"]
    top = sorted(weight, key=lambda n: (-weight[n], n))[:limit]
    members = [corpus_id, *top]
    edges = rows(store, _DYADS + " AND list_contains(?, s.corpus_id) AND list_contains(?, t.corpus_id) "
                 "GROUP BY ALL ORDER BY weight DESC, source, target, type", [members, members])
    names = {r["corpus_id"]: r for r in rows(
        store, "SELECT corpus_id, name, type, country FROM corpus_entities WHERE list_contains(?, corpus_id)", [members])}
    nodes = [{"id": m, "name": names.get(m, {}).get("name", m), "type": names.get(m, {}).get("type"),
              "weight": weight.get(m, 0)} for m in members]
    return {"nodes": nodes, "edges": edges}


# Events, quotes, stories

def _participants(store: Store, items: list[dict[str, Any]]) -> None:
    """Give each event its actors, targets, source and place as {id, name} (one query for the whole page)."""
    found = rows(store, """
        SELECT r.article_id, r.idx, r.role, r.corpus_id AS id, coalesce(ce.name, r.name, r.entity_id) AS name
        FROM event_roles r LEFT JOIN corpus_entities ce ON ce.corpus_id = r.corpus_id
        WHERE list_contains(?, r.article_id) ORDER BY r.article_id, r.idx, r.entity_id""",
        [sorted({item["article_id"] for item in items})])
    roles: dict[tuple[str, int], dict[str, list[dict[str, Any]]]] = {}
    for r in found:
        roles.setdefault((r["article_id"], r["idx"]), {}).setdefault(r["role"], []).append(
            {"id": r["id"], "name": r["name"]})
    for item in items:
        own = roles.get((item["article_id"], item["idx"]), {})
        item["actors"], item["targets"] = own.get("actor", []), own.get("target", [])
        item["sources"] = own.get("source", [])
        item["place"] = own.get("place", [None])[0]


def _event_filter(
    store: Store, type_: str | None, actor: str | None, target: str | None, country: str | None,
    status: str | None, since: date | None, until: date | None, article_id: str | None,
) -> Where:
    where = Where(ORIGINAL)
    where.range(EVENT_DATE, since, until)
    if type_:
        where.add("ev.type = ?", type_.upper())
    if status:
        where.add("ev.status = ?", status.lower())
    if article_id:
        where.add("ev.article_id = ?", article_id)
    for role, name in (("actor", actor), ("target", target)):
        if name:
            where.add(f"EXISTS (SELECT 1 FROM event_roles r WHERE r.article_id = ev.article_id AND r.idx = ev.idx "
                      f"AND r.role = '{role}' AND list_contains(?, r.corpus_id))", entity_ids(store, name))
    if country:
        where.add("EXISTS (SELECT 1 FROM event_roles r WHERE r.article_id = ev.article_id AND r.idx = ev.idx "
                  "AND r.country = ?)", country.upper())
    return where


def events(
    store: Store, type_: str | None = None, actor: str | None = None, target: str | None = None,
    country: str | None = None, status: str | None = None, since: date | None = None, until: date | None = None,
    article_id: str | None = None, limit: int = 100, offset: int = 0,
) -> dict[str, Any]:
    """Events in time order; `actor` and `target` are entity ids, names or variants."""
    where = _event_filter(store, type_, actor, target, country, status, since, until, article_id)
    base = f"FROM events ev JOIN articles a ON a.id = ev.article_id WHERE {where.sql}"
    total = store.scalar(f"SELECT count(*) {base}", where.params)
    items = rows(store, f"""
        SELECT {EVENT_DATE} AS date, ev.type, ev.mode, ev.status, ev.trigger, ev.time, ev.start, ev."end",
               ev.article_id, ev.idx, a.title
        {base} ORDER BY date NULLS LAST, ev.article_id, ev.idx LIMIT {int(limit)} OFFSET {int(offset)}""",
        where.params)
    _participants(store, items)
    by_date = rows(store, f"SELECT {EVENT_DATE} AS date, ev.type, count(*) AS n {base} GROUP BY ALL ORDER BY date",
                   where.params)
    return {"total": total, "limit": limit, "offset": offset, "items": items, "by_date": by_date}


def event_types(store: Store) -> list[str]:
    return [r[0] for r in store.con.execute("SELECT DISTINCT type FROM events ORDER BY type").fetchall()]


def quotes(
    store: Store, speaker: str | None = None, q: str | None = None, since: date | None = None,
    until: date | None = None, limit: int = 100, offset: int = 0, speaker_ids: list[str] | None = None,
) -> dict[str, Any]:
    """Quotes in time order, by a speaker (id, name or variant) and/or containing `q`."""
    where = Where(ORIGINAL)
    where.range(QUOTE_DATE, since, until)
    if speaker is not None:
        speaker_ids = entity_ids(store, speaker)
    if speaker_ids is not None:
        where.add("list_has_any(?, sp.speaker_ids)", speaker_ids)
    if q:
        where.add("q.text ILIKE ? ESCAPE '\\'", like(q))
    base = f"""FROM quotes q JOIN articles a ON a.id = q.article_id
        {QUOTE_SPEAKERS} WHERE {where.sql}"""
    total = store.scalar(f"SELECT count(*) {base}", where.params)
    items = rows(store, f"""
        SELECT {QUOTE_DATE} AS date, coalesce(sp.speakers, []) AS speakers, q.kind, q.text, q.article_id, q.idx, a.title
        {base} ORDER BY date NULLS LAST, q.article_id, q.idx LIMIT {int(limit)} OFFSET {int(offset)}""", where.params)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def stories(store: Store, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    total = store.scalar("SELECT count(*) FROM stories")
    items = rows(store, "SELECT * FROM stories ORDER BY last_published DESC NULLS LAST, articles DESC, story_id "
                 f"LIMIT {int(limit)} OFFSET {int(offset)}")
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def story(store: Store, story_id: str) -> dict[str, Any] | None:
    found = rows(store, "SELECT * FROM stories WHERE story_id = ?", [story_id])
    if not found:
        return None
    return {**found[0], "articles": articles(store, story=story_id, limit=500)["items"]}


def entity_row(store: Store, corpus_id: str) -> dict[str, Any] | None:
    found = rows(store, "SELECT * FROM corpus_entities WHERE corpus_id = ?", [corpus_id])
    return found[0] if found else None


def search(store: Store, q: str, limit: int = 20) -> dict[str, Any]:
    """Articles, entities and quotes matching `q`."""
    return {
        "articles": articles(store, q=q, limit=limit),
        "entities": entities(store, q=q, limit=limit),
        "quotes": quotes(store, q=q, limit=limit),
    }
