"""Builds the stores the API and browser tests run on (no tests here).

Articles are real German news sentences written for the tests; their annotations (entities,
events, quotes, time expressions) are placed by searching the phrases in the normalised text,
so every offset is right whatever the text stages do. One article carries the XSS corpus
(tests/fixtures/xss.txt) in its text, title, url, entity names, quotes and event triggers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from lagebild.corpus.build import build_corpus
from lagebild.corpus.entities import key_resolver
from lagebild.model import Article, Document, Entity, Event, Mention, Quote, Span, Timex
from lagebild.pipeline import Pipeline, text_stages
from lagebild.store import Store
from lagebild.store.rows import document_row, raw_key, rows_table

FIXTURES = Path(__file__).resolve().parent / "fixtures"
XSS = [line for line in (FIXTURES / "xss.txt").read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class Spec:
    """An article and its annotations by phrase: ('phrase', nth occurrence) pairs become offsets."""

    text: str
    title: str | None
    published: date
    url: str | None = None
    entities: list[tuple[str, str, str, str | None, list[str], list[str]]] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    timexes: list[tuple[str, str, str]] = field(default_factory=list)


def find(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _document(spec: Spec, pipeline: Pipeline) -> Document:
    doc = pipeline(Article(text=spec.text, title=spec.title, url=spec.url, published=spec.published, language="de"))
    text = doc.text
    for entity_id, name, type_, country, roles, variants in spec.entities:
        mentions = []
        for variant in variants:
            start = text.find(variant)
            while start >= 0:
                mentions.append(Mention(start, start + len(variant), variant, type_, doc.sentence_at(start), entity_id))
                start = text.find(variant, start + len(variant))
        doc.entities.append(Entity(entity_id, name, type_, country, roles, variants, sorted(mentions, key=lambda m: m.start)))
        doc.mentions += mentions
    for ev in spec.events:
        start, end = find(text, ev["trigger"])
        doc.events.append(Event(ev["type"], start, end, doc.sentence_at(start), ev.get("actors", []),
                                ev.get("targets", []), ev.get("status", "fact"), ev.get("sources", []), ev.get("time"),
                                ev.get("place"), ev.get("mode"), ev["trigger"]))
    for q in spec.quotes:
        start, end = find(text, q["text"])
        cue = Span(*find(text, q["cue"])) if q.get("cue") else None
        doc.quotes.append(Quote(start, end, q["text"], q.get("kind", "direct"), [q["speaker"]] if q.get("speaker") else [], cue,
                                sentence=doc.sentence_at(start)))
    for phrase, type_, value in spec.timexes:
        start, end = find(text, phrase)
        doc.timexes.append(Timex(start, end, phrase, type_, value, sentence=doc.sentence_at(start)))
    return doc


NEWS = [
    Spec(
        text=("Außenministerin Annalena Baerbock traf am Dienstag in Paris ihren französischen Amtskollegen "
              "Stéphane Séjourné. Beide kündigten an, die Hilfe für die Ukraine auszuweiten.\n"
              "„Wir stehen fest an der Seite der Ukraine“, sagte Baerbock nach dem Gespräch."),
        title="Baerbock und Séjourné beraten in Paris über Ukraine-Hilfe",
        published=date(2024, 3, 7), url="https://nachrichten.example/baerbock-paris",
        entities=[
            ("p1", "Annalena Baerbock", "PER", "DEU", ["foreign minister"], ["Annalena Baerbock", "Baerbock"]),
            ("p2", "Stéphane Séjourné", "PER", "FRA", ["foreign minister"], ["Stéphane Séjourné"]),
            ("l1", "Paris", "LOC", "FRA", [], ["Paris"]),
            ("l2", "Ukraine", "LOC", "UKR", [], ["Ukraine"]),
        ],
        events=[
            {"type": "CONSULT", "mode": "meet", "trigger": "traf", "actors": ["p1"], "targets": ["p2"], "place": "l1",
             "time": "2024-03-05"},
            {"type": "AID", "trigger": "Hilfe", "actors": ["p1", "p2"], "targets": ["l2"], "status": "intention"},
        ],
        quotes=[{"text": "Wir stehen fest an der Seite der Ukraine", "speaker": "p1", "cue": "sagte"}],
        timexes=[("am Dienstag", "DATE", "2024-03-05")],
    ),
    Spec(
        text=("Der französische Außenminister Stéphane Séjourné hat Russland vorgeworfen, gezielt Desinformation "
              "zu verbreiten. Russland wies die Vorwürfe am Mittwoch zurück."),
        title="Paris wirft Moskau Desinformation vor",
        published=date(2024, 3, 14), url="https://nachrichten.example/desinformation",
        entities=[
            ("p1", "Stéphane Séjourné", "PER", "FRA", ["foreign minister"], ["Stéphane Séjourné"]),
            ("l1", "Russland", "LOC", "RUS", [], ["Russland"]),
        ],
        events=[
            {"type": "ACCUSE", "trigger": "vorgeworfen", "actors": ["p1"], "targets": ["l1"], "status": "claim",
             "sources": ["p1"]},
            {"type": "REJECT", "trigger": "wies", "actors": ["l1"], "targets": ["p1"], "status": "denial",
             "time": "2024-03-13"},
        ],
        timexes=[("am Mittwoch", "DATE", "2024-03-13")],
    ),
    Spec(
        text=("Die Gewerkschaft GDL hat erneut zu einem Streik bei der Deutschen Bahn aufgerufen. "
              "Der Ausstand soll am Donnerstag beginnen und 35 Stunden dauern."),
        title="Streik bei der Bahn", published=date(2024, 3, 5), url="https://nachrichten.example/bahn-streik",
        entities=[("o1", "GDL", "ORG", "DEU", [], ["GDL"]), ("o2", "Deutsche Bahn", "ORG", "DEU", [], ["Deutschen Bahn"])],
        events=[{"type": "PROTEST", "mode": "strike", "trigger": "Streik", "actors": ["o1"], "targets": ["o2"],
                 "time": "2024-03-07"}],
        timexes=[("am Donnerstag", "DATE", "2024-03-07"), ("35 Stunden", "DURATION", "PT35H")],
    ),
]


def xss_spec() -> Spec:
    """An article whose every field carries the XSS payloads."""
    lines = [f"Meldung {i}: {payload} Ende." for i, payload in enumerate(XSS)]
    text = "\n".join(lines)
    entities = [(f"x{i}", payload, "PER", None, [payload], [payload]) for i, payload in enumerate(XSS[:12])]
    entities.append(("l1", "Ukraine", "LOC", "UKR", [], ["Meldung"]))
    return Spec(
        text=text, title=XSS[0] + " " + XSS[3], published=date(2024, 3, 6), url="javascript:window.__xss=1",
        entities=entities,
        events=[{"type": "ATTACK", "trigger": XSS[i], "actors": [f"x{i}"], "targets": ["l1"], "mode": XSS[1]}
                for i in range(12, 16)],
        quotes=[{"text": XSS[i], "speaker": f"x{i % 12}", "kind": "direct"} for i in range(16, 22)],
        timexes=[(XSS[22], "DATE", XSS[23])],
    )


def build_store(path: Path, with_xss: bool = True) -> Path:
    """A store with the news articles (and the XSS article), corpus layer built."""
    pipeline = Pipeline(stages=text_stages())
    specs = NEWS + ([xss_spec()] if with_xss else [])
    docs = [_document(spec, pipeline) for spec in specs]
    with Store(path) as store:
        store.write_rows(rows_table([document_row(d, i, raw_key(d.article)) for i, d in enumerate(docs)]))
        build_corpus(store, key_resolver)
    return path
