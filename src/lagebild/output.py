"""The versioned JSON form of an analysed document (documented in docs/schema.md)."""

from __future__ import annotations

import json
from typing import Any

from lagebild.model import SCHEMA_VERSION, Document, Entity, Event, Quote, Timex


def _span(obj: Any) -> dict[str, Any] | None:
    return None if obj is None else {"start": obj.start, "end": obj.end}


def entity_json(entity: Entity) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "country": entity.country,
        "roles": list(entity.roles),
        "variants": list(entity.variants),
        "mentions": [
            {"start": m.start, "end": m.end, "text": m.text, "source": m.source, "metonymy": m.metonymy}
            for m in entity.mentions
        ],
    }
    if entity.description:
        data["description"] = entity.description
    return data


def timex_json(timex: Timex) -> dict[str, Any]:
    data = {"start": timex.start, "end": timex.end, "text": timex.text, "type": timex.type, "value": timex.value}
    if timex.mod:
        data["mod"] = timex.mod
    data["sentence"] = timex.sentence
    return data


def event_json(event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "mode": event.mode,
        "actors": list(event.actors),
        "targets": list(event.targets),
        "status": event.status,
        "sources": list(event.sources),
        "time": event.time,
        "time_basis": event.time_basis,
        "place": event.place,
        "sentence": event.sentence,
        "start": event.start,
        "end": event.end,
        "trigger": event.trigger,
    }


def quote_json(quote: Quote) -> dict[str, Any]:
    return {
        "speakers": list(quote.speakers),
        "kind": quote.kind,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "cue": _span(quote.cue),
        "channel": quote.channel,
        "sentence": quote.sentence,
        "time": quote.time,
    }


def document_json(doc: Document) -> dict[str, Any]:
    article = doc.article
    return {
        "schema_version": SCHEMA_VERSION,
        "article": {
            "id": doc.id,
            "title": article.title,
            "url": article.url,
            "source": article.source,
            "published": article.published.isoformat() if article.published else None,
            "language": doc.language,
        },
        "text": doc.text,
        "paragraphs": [_span(p) for p in doc.paragraphs],
        "sentences": [
            {"start": s.start, "end": s.end, "kind": s.kind, "duplicate_of": s.duplicate_of, "paragraph": s.paragraph}
            for s in doc.sentences
        ],
        "entities": [entity_json(e) for e in doc.entities],
        "timexes": [timex_json(t) for t in doc.timexes],
        "events": [event_json(e) for e in doc.events],
        "quotes": [quote_json(q) for q in doc.quotes],
    }


def dumps(doc: Document, indent: int | None = None) -> str:
    return json.dumps(document_json(doc), ensure_ascii=False, indent=indent)
