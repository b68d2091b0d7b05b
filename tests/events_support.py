"""Documents with hand-made mentions, times and quotes for the event-coder tests (German and English)."""

from __future__ import annotations

import re
from datetime import date

from lagebild.config import Settings
from lagebild.events.stage import events_stage
from lagebild.model import Article, Event, Mention, Quote, Timex


def code(pipeline, text: str, names: dict[str, str], times: dict[str, str] | None = None, quotes=(),
         language: str = "de", parse: bool = False) -> list[Event]:
    """Run the text stages, add mentions (surface form → entity id; upper-case ids are places),
    time expressions and quotes (text, speaker), then the events stage; with `parse`, the syntax
    stage first (as in the full pipeline), else the coder's surface rules alone."""
    doc = pipeline(Article(text=text, published=date(2024, 11, 30)))
    doc.language = language
    mentions: list[Mention] = []
    for surface in sorted(names, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", doc.text):
            if any(m.start <= match.start() < m.end for m in mentions):
                continue
            kind = "LOC" if names[surface].isupper() else "PER"
            mentions.append(Mention(match.start(), match.end(), surface, kind, doc.sentence_at(match.start()), names[surface]))
    doc.mentions = sorted(mentions, key=lambda m: m.start)
    for surface, value in (times or {}).items():
        start = doc.text.index(surface)
        doc.timexes.append(Timex(start, start + len(surface), surface, "DATE", value, sentence=doc.sentence_at(start)))
    doc.quotes = [Quote(doc.text.index(q), doc.text.index(q) + len(q), q, "direct", speakers=[s]) for q, s in quotes]
    if parse:
        from lagebild.nlp.syntax import syntax_stage

        syntax_stage(doc, Settings())
    events_stage(doc, Settings())
    return doc.events


def one(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]
