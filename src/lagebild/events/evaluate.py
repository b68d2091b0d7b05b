"""Score the event coder against an annotated development set (JSONL).

Each line is one sentence with its gold entities and events:
  {"id": ..., "text": ...}  — a sentence written for the project, or
  {"id": ..., "row": N, "char_start": a, "char_end": b} — a span of 10kGNAD's articles.csv, read at
  scoring time (that corpus is CC BY-NC-SA: measured against, never copied);
  {"id": ..., "spkatt": file name, "sentence": N} — sentence N (from 0) of a SpkAtt 2023 Wikinews file (same
  licence), its tokens joined by `detokenise`;
  {"id": ..., "krauts": file name, "char_start": a, "char_end": b} — a span of a KRAUTS TimeML file's text
  (CC BY-NC, likewise never copied); lines whose corpus file is absent are skipped;
  "entities": {surface form: entity id} (upper-case ids are places), "times": {surface: value},
  "quotes": [[quoted text, speaker id]] or [[start, end, speaker id]] (offsets into the sentence: how 10kGNAD
  items give them, so that no corpus text is stored), "events": [{"type", "trigger", "actors", "targets", "status"}],
  each event optionally with "sources" (entity ids a claim, allegation or denial rests on; scored only where given),
  optionally "language" ("de" or "en"; otherwise the pipeline's language identification decides).
The gold entities are handed to the coder, so the score measures event coding alone, not NER. With
`end_to_end` the whole pipeline codes the sentence with its own entities, as `analyze` does; an entity it names
counts as the gold id whose surface form one of its mentions overlaps, an organisation of a state as that state's
gold code (a name it misses, splits or types wrongly costs the event its arguments, a missed actor the event itself).
An event matches when its type agrees and its trigger word is the gold trigger (or overlaps it).

Levels, each cumulative on the one before: "trigger" (type + trigger), "arguments" (+ the actor and target sets),
"status" (+ status), "sources" (+ the source set, where the gold gives one). Beside them, "source_ids" scores
attribution alone: over every matched event whose gold status is claim or allegation, each source id the coder
gives is a true positive if the gold lists it (gold without `sources` lists none: the guideline gives sources
whenever the claim rests on an entity), else a false positive; each gold source id it misses is a false negative.
Its precision, recall and F1 are over source ids (counted under the gold event's type), whatever the status the
coder gave. Only the item's gold entity ids count on the coder's side: a speaker the pipeline describes without a
name ("Kurdische Medien", "ein Sprecher des Ministeriums") is no entity the gold can name.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path

from lagebild.config import Settings
from lagebild.errors import InputError
from lagebild.model import Article, Document, Event, Mention, Quote, Timex
from lagebild.time.timeml import read as read_timeml


@dataclass(slots=True)
class Tally:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def add(self, key: str, tp: int, fp: int, fn: int) -> None:
        self.tp[key] += tp
        self.fp[key] += fp
        self.fn[key] += fn

    def keys(self) -> list[str]:
        """Every type seen, in gold or in the system's output."""
        return sorted(set(self.tp) | set(self.fp) | set(self.fn))

    def prf(self, key: str | None = None) -> tuple[float, float, float, int]:
        tp = sum(self.tp.values()) if key is None else self.tp[key]
        fp = sum(self.fp.values()) if key is None else self.fp[key]
        fn = sum(self.fn.values()) if key is None else self.fn[key]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp + fn


def _gnad_texts(rows: set[int], path: Path) -> dict[int, str]:
    csv.field_size_limit(sys.maxsize)
    texts: dict[int, str] = {}
    with path.open(encoding="utf-8") as handle:
        for index, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'")):
            if index in rows and len(row) >= 2:
                texts[index] = row[1]
    return texts


ATTRIBUTED = frozenset({"claim", "allegation"})  # gold statuses whose source ids "source_ids" scores


_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "“", "”", "'"}
_NO_SPACE_AFTER = {"„", "("}


def detokenise(tokens: list[str]) -> str:
    """Tokens joined by spaces, except before closing punctuation and after opening quotes or brackets."""
    text = ""
    for index, token in enumerate(tokens):
        glue = index == 0 or token in _NO_SPACE_BEFORE or tokens[index - 1] in _NO_SPACE_AFTER
        text += token if glue else " " + token
    return text


def _spkatt_sentences(directory: Path | None, name: str) -> list[dict] | None:
    """The sentences of a SpkAtt file, or None if the corpus or file is absent."""
    path = directory / name if directory is not None else None
    if path is None or not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))["Sentences"]
    except (OSError, json.JSONDecodeError, KeyError) as error:
        raise InputError(f"cannot read the SpkAtt file: {error}", source=str(path)) from error


def _krauts_text(directory: Path | None, name: str) -> str | None:
    path = directory / name if directory is not None else None
    if path is None or not path.exists():
        return None
    return read_timeml(path).text


def load_items(
    path: Path, gnad: Path | None, spkatt: Path | None = None, krauts: Path | None = None
) -> list[dict]:
    """The dev set's lines, with 10kGNAD spans, SpkAtt sentences and KRAUTS spans resolved to their text
    (skipped if the corpus is absent)."""
    try:
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, json.JSONDecodeError) as error:
        raise InputError(f"cannot read the event dev set: {error}", source=str(path)) from error
    rows = {item["row"] for item in items if "row" in item}
    texts = _gnad_texts(rows, gnad) if rows and gnad is not None and gnad.exists() else {}
    spkatt_file = cache(partial(_spkatt_sentences, spkatt))  # one read per file, not per line
    krauts_file = cache(partial(_krauts_text, krauts))
    resolved = []
    for item in items:
        if "row" in item:
            if item["row"] not in texts:
                continue
            item = dict(item, text=texts[item["row"]][item["char_start"] : item["char_end"]])
        elif "spkatt" in item:
            sentences = spkatt_file(item["spkatt"])
            if sentences is None or item["sentence"] >= len(sentences):
                continue
            item = dict(item, text=detokenise(sentences[item["sentence"]]["Tokens"]))
        elif "krauts" in item:
            text = krauts_file(item["krauts"])
            if text is None:
                continue
            item = dict(item, text=text[item["char_start"] : item["char_end"]])
        resolved.append(item)
    return resolved


def _gold_mentions(doc: Document, item: dict) -> list[Mention]:
    """Every occurrence of the item's gold surface forms (longest first, no overlaps), with the gold id."""
    mentions: list[Mention] = []
    for surface in sorted(item.get("entities", {}), key=len, reverse=True):
        entity = item["entities"][surface]
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", doc.text):
            if not any(m.start <= match.start() < m.end for m in mentions):
                kind = "LOC" if entity.isupper() else "PER"
                mentions.append(Mention(match.start(), match.end(), surface, kind, doc.sentence_at(match.start()), entity))
    return sorted(mentions, key=lambda m: m.start)


def annotate(pipeline, item: dict) -> Document:
    """Segment the sentence and add the gold entities, times and quotes."""
    doc = pipeline(Article(text=item["text"]))
    doc.language = item.get("language", doc.language)
    doc.mentions = _gold_mentions(doc, item)
    _speakers_to_gold(doc)
    for surface, value in item.get("times", {}).items():
        start = doc.text.find(surface)
        if start >= 0:
            doc.timexes.append(Timex(start, start + len(surface), surface, "DATE", value, sentence=doc.sentence_at(start)))
    for *where, speaker in item.get("quotes", []):
        start, end = (where[0], where[1]) if len(where) == 2 else _find(doc.text, where[0])
        if start >= 0:
            doc.quotes.append(Quote(start, end, doc.text[start:end], "direct", speakers=[speaker]))
    return doc


def _find(text: str, quoted: str) -> tuple[int, int]:
    start = text.find(quoted)
    return start, start + len(quoted)


def _gold_ids(doc: Document, gold: list[Mention]) -> dict[str, str]:
    """The pipeline's entity ids → the gold id of the first gold mention one of their mentions overlaps."""
    gold_of: dict[str, str] = {}
    for entity in doc.entities:
        for m in entity.mentions:
            hit = next((g.entity for g in gold if g.start < m.end and m.start < g.end), None)
            if hit is not None:
                gold_of.setdefault(entity.id, hit)  # type: ignore[arg-type]
    return gold_of


def _speakers_to_gold(doc: Document) -> None:
    """Let the pipeline's quotes name their speakers by the gold entity ids (claims rest on them)."""
    gold_of = _gold_ids(doc, doc.mentions)
    for quote in doc.quotes:
        quote.speakers = [gold_of.get(s, s) for s in quote.speakers]


def _matches(doc: Document, event: Event, gold: dict) -> bool:
    if event.type != gold["type"]:
        return False
    word = doc.text[event.start : event.end]
    return gold["trigger"] in event.trigger.split() or gold["trigger"] == word or gold["trigger"].startswith(word)


def _same_args(event: Event, gold: dict) -> bool:
    return set(event.actors) == set(gold.get("actors", [])) and set(event.targets) == set(gold.get("targets", []))


def _score_sources(tally: Tally, event: Event, gold: dict, known: set[str]) -> None:
    """Source ids of a matched claim or allegation: found / spurious / missed (see the module docstring).
    Only ids of the item's gold entities count: a speaker the pipeline describes without a name ("Kurdische
    Medien", "ein Sprecher") is no entity the gold can name (docs/events-annotation.md, rule 2)."""
    if gold.get("status") not in ATTRIBUTED:
        return
    found, wanted = set(event.sources) & known, set(gold.get("sources", []))
    tally.add(gold["type"], len(found & wanted), len(found - wanted), len(wanted - found))


def coded_on_gold_entities(pipeline, item: dict) -> Document:
    """The event stage run on the item's gold entities over the kept parse: event coding alone."""
    from lagebild.events.stage import events_stage

    doc = annotate(pipeline, item)
    events_stage(doc, Settings())
    return doc


def coded_end_to_end(pipeline, item: dict) -> Document:
    """The whole pipeline on the item's text, as `analyze` runs it (its own entities, names and coreference);
    the ids of the entities its events name are then mapped to the gold ids whose surface forms they overlap."""
    doc = pipeline(Article(text=item["text"], language=item.get("language")))
    gold_of = _state_organs(doc, item) | _gold_ids(doc, _gold_mentions(doc, item))  # an overlap wins
    for event in doc.events:
        event.actors = [gold_of.get(i, i) for i in event.actors]
        event.targets = [gold_of.get(i, i) for i in event.targets]
        event.sources = [gold_of.get(i, i) for i in event.sources]
    return doc


def _state_organs(doc: Document, item: dict) -> dict[str, str]:
    """The pipeline's organisations of a state whose code is a gold id of the item, as that id: the guideline
    codes a state organ as its state ("die Streitkräfte der Vereinigten Staaten" -> USA, rule 2)."""
    states = {i for i in item.get("entities", {}).values() if i.isupper()}
    return {e.id: e.country for e in doc.entities if e.type == "ORG" and e.country in states}


def score(items: list[dict], end_to_end: bool = False) -> dict[str, Tally]:
    """Tallies per PLOVER type: trigger+type, +actor/target, +status, +sources (where the gold gives them), and
    "source_ids" (attribution of matched claims and allegations alone). By default the coder gets the gold
    entities; `end_to_end` scores what `analyze` gives with its own entities instead."""
    from lagebild.pipeline import Pipeline, default_stages

    if end_to_end:
        pipeline, code = Pipeline(), coded_end_to_end
    else:  # everything but the event stage, which runs on the gold entities over the kept parse
        pipeline = Pipeline(stages=[s for s in default_stages() if s.name != "events"], keep_parse=True)
        code = coded_on_gold_entities
    levels = {"trigger": Tally(), "arguments": Tally(), "status": Tally(), "sources": Tally()}
    attribution = Tally()
    for item in items:
        doc = code(pipeline, item)
        unmatched = list(doc.events)
        for gold in item.get("events", []):
            hit = next((e for e in unmatched if _matches(doc, e, gold)), None)
            status_ok = hit is not None and _same_args(hit, gold) and hit.status == gold.get("status", "fact")
            checks = {"trigger": hit is not None, "arguments": hit is not None and _same_args(hit, gold),
                      "status": status_ok,
                      "sources": status_ok and ("sources" not in gold or set(hit.sources) == set(gold["sources"]))}
            for name, ok in checks.items():
                levels[name].add(gold["type"], int(ok), int(hit is not None and not ok), int(not ok))
            if hit is not None:
                unmatched.remove(hit)
                _score_sources(attribution, hit, gold, set(item.get("entities", {}).values()))
        for event in unmatched:
            for tally in levels.values():
                tally.add(event.type, 0, 1, 0)
    return {**levels, "source_ids": attribution}


def as_dict(tallies: dict[str, Tally]) -> dict:
    """Overall and per-type precision, recall, F1 and gold count at each level."""
    def figures(tally: Tally, key: str | None = None) -> dict:
        p, r, f, n = tally.prf(key)
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": n}

    types = tallies["trigger"].keys()  # "source_ids" counts only under gold types, all of them in trigger
    return {"overall": {level: figures(t) for level, t in tallies.items()},
            "types": {key: {level: figures(t, key) for level, t in tallies.items()} for key in types}}


def report(tallies: dict[str, Tally]) -> str:
    """A table: per type P/R/F1 for trigger+type, then the overall figures at each level."""
    trigger = tallies["trigger"]
    types = trigger.keys()
    lines = [f"{'type':<12} {'P':>5} {'R':>5} {'F1':>5} {'gold':>5}   {'args F1':>7} {'+status F1':>10} {'source F1':>9}"]
    for key in types:
        p, r, f, n = trigger.prf(key)
        fa = tallies["arguments"].prf(key)[2]
        fs = tallies["status"].prf(key)[2]
        fsrc = tallies["source_ids"].prf(key)
        cell = f"{fsrc[2]:9.2f}" if fsrc[3] or tallies["source_ids"].fp[key] else f"{'-':>9}"
        lines.append(f"{key:<12} {p:5.2f} {r:5.2f} {f:5.2f} {n:5d}   {fa:7.2f} {fs:10.2f} {cell}")
    for name, tally in tallies.items():
        p, r, f, n = tally.prf()
        unit = "source ids of matched claims/allegations" if name == "source_ids" else "events"
        lines.append(f"{'ALL ' + name:<22} P {p:.2f}  R {r:.2f}  F1 {f:.2f}  (gold {n} {unit})")
    return "\n".join(lines)
