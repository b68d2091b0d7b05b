"""One analysed article as one row: the interchange form of ingest, batch and the store.

A row holds the article's fields and, as nested lists, every annotation table of the
store (sentences, entities, mentions, timexes, events, quotes). The same Arrow schema is
written by `lagebild batch` to Parquet and loaded into DuckDB with `UNNEST`, so the
single-process and the distributed path share one write path.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from lagebild.model import Article, Document, Mention, content_id
from lagebild.store.minhash import signature

_str = pa.string()
_int = pa.int32()
_strs = pa.list_(pa.string())


def _struct(*fields: tuple[str, pa.DataType]) -> pa.StructType:
    return pa.struct([pa.field(name, type_) for name, type_ in fields])


# Fields of each annotation table (besides `article_id`); `idx` is the position in the article.
TABLE_FIELDS: dict[str, pa.StructType] = {
    "sentences": _struct(
        ("idx", _int), ("start", _int), ("end", _int), ("kind", _str), ("duplicate_of", _int), ("paragraph", _int)
    ),
    "entities": _struct(
        ("idx", _int), ("entity_id", _str), ("name", _str), ("type", _str), ("country", _str),
        ("roles", _strs), ("variants", _strs), ("description", _str),
    ),
    "mentions": _struct(
        ("idx", _int), ("entity_id", _str), ("start", _int), ("end", _int), ("text", _str), ("type", _str),
        ("sentence", _int), ("source", _str), ("metonymy", pa.bool_()),
    ),
    "timexes": _struct(
        ("idx", _int), ("start", _int), ("end", _int), ("text", _str), ("type", _str), ("value", _str),
        ("mod", _str), ("sentence", _int),
    ),
    "events": _struct(
        ("idx", _int), ("type", _str), ("mode", _str), ("status", _str), ("time", _str), ("time_basis", _str),
        ("place", _str), ("sentence", _int), ("start", _int), ("end", _int), ("trigger", _str),
        ("actors", _strs), ("targets", _strs), ("sources", _strs),
    ),
    "quotes": _struct(
        ("idx", _int), ("speakers", _strs), ("kind", _str), ("start", _int), ("end", _int), ("text", _str),
        ("cue_start", _int), ("cue_end", _int), ("channel", _str), ("sentence", _int), ("time", _str),
    ),
}

ARTICLE_FIELDS: list[tuple[str, pa.DataType]] = [
    ("id", _str),
    ("input_id", _str),
    ("title", _str),
    ("url", _str),
    ("source", _str),
    ("published", pa.date32()),
    ("language", _str),
    ("text", _str),
    ("paragraphs", pa.list_(_struct(("start", _int), ("end", _int)))),
    ("minhash", pa.binary()),
]

# `seq` orders the inputs (first one wins when two inputs are the same article);
# `raw_key` identifies the raw input so a rerun skips it before analysis; `error` marks a failed input.
ROW_SCHEMA = pa.schema(
    [("seq", pa.int64()), ("raw_key", _str), ("error", _str)]
    + ARTICLE_FIELDS
    + [(name, pa.list_(fields)) for name, fields in TABLE_FIELDS.items()]
)


def raw_key(article: Article) -> str:
    """Identity of an input before analysis: hash of its raw text and url."""
    return content_id(article.text, article.url)


def error_row(seq: int, source: str | None, message: str) -> dict[str, Any]:
    return {"seq": seq, "error": message, "source": source}


def document_row(doc: Document, seq: int, key: str) -> dict[str, Any]:
    """The row of an analysed document; the article id is the hash of normalised text and url."""
    article = doc.article
    return {
        "seq": seq,
        "raw_key": key,
        "error": None,
        "id": content_id(doc.text, article.url),
        "input_id": article.id,
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "published": article.published,
        "language": doc.language,
        "text": doc.text,
        "paragraphs": [{"start": p.start, "end": p.end} for p in doc.paragraphs],
        "minhash": signature(doc.text),
        "sentences": [
            {"idx": i, "start": s.start, "end": s.end, "kind": s.kind, "duplicate_of": s.duplicate_of,
             "paragraph": s.paragraph}
            for i, s in enumerate(doc.sentences)
        ],
        "entities": [
            {"idx": i, "entity_id": e.id, "name": e.name, "type": e.type, "country": e.country, "roles": list(e.roles),
             "variants": list(e.variants), "description": e.description}
            for i, e in enumerate(doc.entities)
        ],
        "mentions": _mention_rows(doc),
        "timexes": [
            {"idx": i, "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
             "mod": t.mod, "sentence": t.sentence}
            for i, t in enumerate(doc.timexes)
        ],
        "events": [
            {"idx": i, "type": e.type, "mode": e.mode, "status": e.status, "time": e.time, "time_basis": e.time_basis,
             "place": e.place, "sentence": e.sentence, "start": e.start, "end": e.end, "trigger": e.trigger,
             "actors": list(e.actors), "targets": list(e.targets), "sources": list(e.sources)}
            for i, e in enumerate(doc.events)
        ],
        "quotes": [
            {"idx": i, "speakers": list(q.speakers), "kind": q.kind, "start": q.start, "end": q.end, "text": q.text,
             "cue_start": q.cue.start if q.cue else None, "cue_end": q.cue.end if q.cue else None,
             "channel": q.channel, "sentence": q.sentence, "time": q.time}
            for i, q in enumerate(doc.quotes)
        ],
    }


def _mention_rows(doc: Document) -> list[dict[str, Any]]:
    """Mentions of the document and of its entities, once each, in text order.

    The NER stage fills `doc.mentions`; the names stage groups them into entities (and
    may add mentions such as coreferent ones only under an entity).
    """
    spans: dict[tuple[int, int], tuple[Mention, str | None]] = {}
    for mention in doc.mentions:
        spans[(mention.start, mention.end)] = (mention, mention.entity)
    for entity in doc.entities:
        for mention in entity.mentions:
            known = spans.get((mention.start, mention.end))
            if known is None or known[1] is None:
                spans[(mention.start, mention.end)] = (known[0] if known else mention, entity.id)
    rows = []
    for i, ((start, end), (m, entity_id)) in enumerate(sorted(spans.items())):
        rows.append(
            {"idx": i, "entity_id": entity_id, "start": start, "end": end, "text": m.text, "type": m.type,
             "sentence": m.sentence, "source": m.source, "metonymy": m.metonymy}
        )
    return rows


def rows_table(rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=ROW_SCHEMA)
