"""Score time expressions against TimeML gold files (KRAUTS, TempEval style).

Extraction is scored strict (same span) and relaxed (overlapping spans, one to
one). Values are scored on the relaxed matches: value accuracy is correct values
over matches; value precision/recall/F1 count correct values over all system and
all gold expressions, as TempEval-3 does.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from lagebild.time.timeml import AnnotatedDoc, Annotation, read

_ONE_DIGIT_HOUR = re.compile(r"T(\d:)")

Spans = Sequence[Annotation]


@dataclass(slots=True)
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    typed: int = 0  # matches whose gold expression has a type (TIMEX2 has none)


@dataclass(slots=True)
class Scores:
    system: str
    documents: int
    counts: Counts
    strict: dict[str, float] = field(default_factory=dict)
    relaxed: dict[str, float] = field(default_factory=dict)
    value: dict[str, float] = field(default_factory=dict)
    type_accuracy: float | None = None
    value_accuracy: float = 0.0
    seconds_per_document: float | None = None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def prf(correct: int, system: int, gold: int) -> dict[str, float]:
    precision = correct / system if system else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def same_value(gold: str | None, system: str | None) -> bool:
    """Values are compared as written, except the clock's spelling ("T20.30", "T8:30" = "T08:30")."""
    return _clean(gold) == _clean(system)


def _clean(value: str | None) -> str:
    value = (value or "").strip()
    if "T" in value and "." in value.split("T", 1)[1]:
        head, clock = value.split("T", 1)
        value = f"{head}T{clock.replace('.', ':')}"
    return _ONE_DIGIT_HOUR.sub(r"T0\1", value)


def compare(gold: Spans, system: Spans, counts: Counts) -> None:
    """Add one document's matches to the counts (relaxed matching pairs each gold span once)."""
    counts.gold += len(gold)
    counts.system += len(system)
    gold_spans = {(g.start, g.end) for g in gold}
    counts.strict += sum((s.start, s.end) in gold_spans for s in system)
    used: set[int] = set()
    for candidate in system:
        best = _best_overlap(candidate, gold, used)
        if best is None:
            continue
        used.add(best)
        counts.relaxed += 1
        counts.value += same_value(gold[best].value, candidate.value)
        if gold[best].type:
            counts.typed += 1
            counts.type += gold[best].type == candidate.type


def _best_overlap(candidate: Annotation, gold: Spans, used: set[int]) -> int | None:
    best, best_overlap = None, 0
    for index, item in enumerate(gold):
        overlap = min(item.end, candidate.end) - max(item.start, candidate.start)
        if index not in used and overlap > best_overlap:
            best, best_overlap = index, overlap
    return best


def score(name: str, pairs: list[tuple[Spans, Spans]], seconds: float | None = None) -> Scores:
    counts = Counts()
    for gold, system in pairs:
        compare(gold, system, counts)
    result = Scores(name, len(pairs), counts)
    result.strict = prf(counts.strict, counts.system, counts.gold)
    result.relaxed = prf(counts.relaxed, counts.system, counts.gold)
    result.value = prf(counts.value, counts.system, counts.gold)
    result.value_accuracy = round(counts.value / counts.relaxed, 4) if counts.relaxed else 0.0
    result.type_accuracy = round(counts.type / counts.typed, 4) if counts.typed else None
    if seconds is not None and pairs:
        result.seconds_per_document = round(seconds / len(pairs), 5)
    return result


def ours(doc: AnnotatedDoc, narrative: bool = False) -> list[Annotation]:
    from lagebild.time.tagger import tag

    found = tag(doc.text, doc.dct, "de", narrative=narrative)
    return [Annotation(t.start, t.end, t.text, t.type, t.value) for t in found]


def gold_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix in (".tml", ".xml", ".sgm") and p.is_file())


def evaluate_tagger(directory: Path, narrative: bool = False, name: str = "lagebild") -> Scores:
    """Run our tagger on the text of every gold file and score it."""
    docs = [read(path) for path in gold_files(directory)]
    started = time.perf_counter()
    outputs = [ours(doc, narrative) for doc in docs]
    elapsed = time.perf_counter() - started
    return score(name, [(doc.timexes, output) for doc, output in zip(docs, outputs)], elapsed)


def evaluate_output(directory: Path, system_dir: Path, name: str | None = None) -> Scores:
    """Score another system's TimeML output (same file names, same text) against the gold files."""
    pairs = []
    for path in gold_files(directory):
        gold = read(path)
        other = system_dir / path.name
        system = read(other).timexes if other.exists() else []
        pairs.append((gold.timexes, system))
    return score(name or system_dir.name, pairs)


def baseline_dir(directory: Path) -> Path | None:
    """A sibling directory with another system's output ("KRAUTS_Dolomiten-42_Heideltime"), if any."""
    parent = directory.resolve().parent
    for sibling in sorted(parent.iterdir()):
        if sibling.is_dir() and sibling.name.lower() == f"{directory.resolve().name.lower()}_heideltime":
            return sibling
    return None
