"""displaCy-style highlighting of an article, built from the annotation offsets.

The text is cut at every annotation boundary into segments; each segment carries the
annotations covering it (classes, a hover description, a link to its entity, an anchor
for an event trigger). Segments hold plain strings: the template escapes them, so no
HTML is ever built from article text here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

_CLASS_UNSAFE = re.compile(r"[^a-z0-9-]")


@dataclass(slots=True)
class Mark:
    start: int
    end: int
    css: str
    title: str
    href: str | None = None
    anchor: str | None = None


@dataclass(slots=True)
class Segment:
    text: str
    classes: str = ""
    title: str = ""
    href: str | None = None
    anchors: list[str] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)


def css_class(*parts: str) -> str:
    """A class name from data (entity types, quote kinds): lower case letters, digits and dashes only."""
    return "-".join(_CLASS_UNSAFE.sub("", str(p).lower()) for p in parts)


def entity_href(corpus_id: str | None) -> str | None:
    return f"/entities/{quote(corpus_id, safe='')}" if corpus_id else None


def _names(doc: dict[str, Any]) -> dict[str, str]:
    return {e["id"]: e["name"] for e in doc["entities"]}


def _entity_marks(doc: dict[str, Any]) -> list[Mark]:
    corpus = doc.get("corpus", {}).get("entities", {})
    marks = []
    for e in doc["entities"]:
        details = " · ".join(x for x in (e["type"], e["name"], ", ".join(e["roles"]), e["country"] or "") if x)
        for m in e["mentions"]:
            note = f" ({m['source']}{', metonymy' if m['metonymy'] else ''})"
            marks.append(Mark(m["start"], m["end"], f"ent {css_class('ent', e['type'])}", f"entity: {details}{note}",
                              href=entity_href(corpus.get(e["id"]))))
    return marks


def _event_marks(doc: dict[str, Any], names: dict[str, str]) -> list[Mark]:
    marks = []
    for i, ev in enumerate(doc["events"]):
        parts = [f"event: {ev['type']}" + (f"/{ev['mode']}" if ev["mode"] else ""), f"status: {ev['status']}"]
        for label, ids in (("actors", ev["actors"]), ("targets", ev["targets"]), ("sources", ev["sources"])):
            if ids:
                parts.append(f"{label}: " + ", ".join(names.get(x, x) for x in ids))
        for label in ("place", "time"):
            if ev[label]:
                parts.append(f"{label}: {names.get(ev[label], ev[label])}")
        marks.append(Mark(ev["start"], ev["end"], f"trigger {css_class('status', ev['status'])}", " · ".join(parts),
                          anchor=f"ev-{i}"))
    return marks


def _quote_marks(doc: dict[str, Any], names: dict[str, str]) -> list[Mark]:
    marks = []
    for i, q in enumerate(doc["quotes"]):
        speaker = " & ".join(names.get(s, s) for s in q["speakers"]) or "unknown"
        title = f"quote ({q['kind']}) · speaker: {speaker}"
        if q["channel"]:
            title += f" · via: {names.get(q['channel'], q['channel'])}"
        marks.append(Mark(q["start"], q["end"], f"quote {css_class('quote', q['kind'])}", title, anchor=f"q-{i}"))
        if q["cue"]:
            marks.append(Mark(q["cue"]["start"], q["cue"]["end"], "cue", f"speech cue · speaker: {speaker}"))
    return marks


def _timex_marks(doc: dict[str, Any]) -> list[Mark]:
    return [Mark(t["start"], t["end"], "timex", f"time: {t['type']} {t['value'] or '?'}" + (f" {t['mod']}" if t.get("mod") else ""))
            for t in doc["timexes"]]


def marks(doc: dict[str, Any]) -> list[Mark]:
    """Every highlightable annotation of an article (`analyze` JSON form), clipped to the text."""
    names = _names(doc)
    size = len(doc["text"])
    found = [*_event_marks(doc, names), *_entity_marks(doc), *_timex_marks(doc), *_quote_marks(doc, names)]
    for mark in found:
        mark.start, mark.end = max(0, min(mark.start, size)), max(0, min(mark.end, size))
    return [m for m in found if m.start < m.end]


def segments(doc: dict[str, Any]) -> list[Segment]:
    """The text cut at every annotation boundary; each piece with the annotations that cover it."""
    text = doc["text"]
    found = marks(doc)
    cuts = sorted({0, len(text), *(m.start for m in found), *(m.end for m in found)})
    result = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [m for m in found if m.start <= start and m.end >= end]
        result.append(Segment(
            text=text[start:end],
            classes=" ".join(dict.fromkeys(c for m in covering for c in m.css.split())),
            title="\n".join(dict.fromkeys(m.title for m in covering)),
            href=next((m.href for m in covering if m.href), None),
            anchors=[m.anchor for m in covering if m.anchor and m.start == start],
            marks=covering,
        ))
    return result
