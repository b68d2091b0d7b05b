"""Stored articles back as `Document`s (for exports and checks), a chunk of articles at a time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import islice
from typing import Any

from lagebild.model import Article, Document, Entity, Event, Mention, Quote, Sentence, Span, Timex
from lagebild.store.db import Store
from lagebild.store.schema import ANNOTATION_TABLES

CHUNK = 500


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def iter_documents(store: Store, ids: Sequence[str] | None = None) -> Iterator[tuple[Document, dict[str, Any]]]:
    """(document, corpus fields) for the given article ids, or every article in id order."""
    if ids is None:
        ids = [row[0] for row in store.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
    iterator = iter(ids)
    while chunk := list(islice(iterator, CHUNK)):
        articles = _dicts(store.con.execute("SELECT * FROM articles WHERE list_contains(?, id) ORDER BY id", [chunk]))
        parts: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for table in ANNOTATION_TABLES:
            rows = _dicts(store.con.execute(
                f"SELECT * FROM {table} WHERE list_contains(?, article_id) ORDER BY article_id, idx", [chunk]
            ))
            grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for row in rows:
                grouped[row["article_id"]].append(row)
            parts[table] = grouped
        by_id = {row["id"]: row for row in articles}
        for article_id in chunk:
            if article_id in by_id:
                yield _document(by_id[article_id], {t: parts[t].get(article_id, []) for t in ANNOTATION_TABLES})


def _document(row: dict[str, Any], parts: dict[str, list[dict[str, Any]]]) -> tuple[Document, dict[str, Any]]:
    article = Article(
        text=row["text"], title=row["title"], url=row["url"], source=row["source"], published=row["published"],
        language=row["language"], id=row["input_id"],
    )
    mentions = [
        Mention(m["start"], m["end"], m["text"], m["type"], m["sentence"], m["entity_id"], m["source"], m["metonymy"])
        for m in parts["mentions"]
    ]
    doc = Document(
        article=article,
        text=row["text"],
        id=row["input_id"] or row["id"],
        paragraphs=[Span(p["start"], p["end"]) for p in row["paragraphs"]],
        sentences=[Sentence(s["start"], s["end"], s["kind"], s["duplicate_of"], s["paragraph"]) for s in parts["sentences"]],
        mentions=mentions,
        entities=_entities(parts["entities"], mentions),
        timexes=[Timex(t["start"], t["end"], t["text"], t["type"], t["value"], t["mod"], t["sentence"])
                 for t in parts["timexes"]],
        events=[_event(e) for e in parts["events"]],
        quotes=[_quote(q) for q in parts["quotes"]],
        language=row["language"],
    )
    corpus = {
        "id": row["id"],
        "near_duplicate_of": row["near_duplicate_of"],
        "story_id": row["story_id"],
        "entities": {e["entity_id"]: e["corpus_id"] for e in parts["entities"]},
    }
    return doc, corpus


def _entities(rows: list[dict[str, Any]], mentions: list[Mention]) -> list[Entity]:
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.entity is not None:
            by_entity[mention.entity].append(mention)
    return [
        Entity(e["entity_id"], e["name"], e["type"], e["country"], list(e["roles"]), list(e["variants"]),
               by_entity.get(e["entity_id"], []), e["description"])
        for e in rows
    ]


def _event(e: dict[str, Any]) -> Event:
    return Event(
        e["type"], e["start"], e["end"], e["sentence"], list(e["actors"]), list(e["targets"]), e["status"],
        list(e["sources"]), e["time"], e["place"], e["mode"], e["trigger"], e["time_basis"],
    )


def _quote(q: dict[str, Any]) -> Quote:
    cue = Span(q["cue_start"], q["cue_end"]) if q["cue_start"] is not None else None
    return Quote(q["start"], q["end"], q["text"], q["kind"], list(q["speakers"]), cue, q["channel"], q["sentence"], q["time"])
