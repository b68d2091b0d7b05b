"""Scoring pronoun coreference against tests/data/coref-dev.jsonl (SpkAtt 2023 dev articles; dev/eval only).

A line: {"spkatt": file name, "half": "A" | "B", "pronouns": [[start, end, pronoun, antecedent], ...]}.
Offsets are into the article text as `lagebild.quotes.spkatt.read(path)[0].text` rebuilds it; the
antecedent is a surface form of the named person the pronoun refers to, or null (a plural, an unnamed
person, a thing). Every third-person personal or possessive pronoun token of the article is listed
(the verb "sein" is not). The articles: of the SpkAtt dev files sorted by name, every 7th from the 4th
(index % 7 == 3) that has at least 3 tokens er/ihn/ihm/sein*/sie/ihr*; half A (tuned on) is every other
of them from the first, half B (only scored) the rest.

Precision: system pronoun links (coref mentions, anywhere in the article) whose entity carries the gold
surface, over all system links (a link on a null or non-pronoun counts as wrong). Recall: correct links
over gold pronouns with a named antecedent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer

from lagebild.config import Settings
from lagebild.errors import InputError
from lagebild.model import Document, Entity


@dataclass(slots=True)
class CorefTally:
    system: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0  # gold pronouns with a named antecedent that the system links correctly
    errors: list[str] = field(default_factory=list)

    def scores(self) -> dict[str, float]:
        p = self.correct / self.system if self.system else 0.0
        r = self.found / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                "system": self.system, "gold": self.gold}


def load(path: Path) -> list[dict]:
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, json.JSONDecodeError) as error:
        raise InputError(f"cannot read the coreference set: {error}", source=str(path)) from error


def analyse(path: Path, settings: Settings) -> Document:
    """The article through the stages up to reported speech, on the gold tokens and sentences."""
    from lagebild.pipeline import default_stages, text_stages
    from lagebild.quotes.spkatt import read

    skip = {stage.name for stage in text_stages()} | {"events"}
    doc = read(path)[0]
    for stage in default_stages():
        if stage.name not in skip:
            stage.func(doc, settings)
    return doc


def _carries(entity: Entity | None, surface: str) -> bool:
    """Does the entity carry the gold name: one of its names equals it or shares all words with it."""
    if entity is None:
        return False
    gold = set(surface.lower().split())
    names = {entity.name} | {m.text for m in entity.mentions if m.source != "coref"}
    return any(gold <= set(n.lower().split()) or set(n.lower().split()) <= gold for n in names if n)


def score_document(doc: Document, pronouns: list[list], tally: CorefTally, name: str = "") -> None:
    entities = {e.id: e for e in doc.entities}
    links = {m.start: entities.get(m.entity or "") for m in doc.mentions if m.source == "coref" and m.entity}
    gold = {start: antecedent for start, _end, _word, antecedent in pronouns}
    for start, entity in links.items():
        tally.system += 1
        if gold.get(start) and _carries(entity, gold[start]):
            tally.correct += 1
        else:
            word = doc.text[start:doc.text.find(" ", start)]
            tally.errors.append(f"FP {name[:40]} @{start} {word!r} -> {entity.name if entity else None!r}"
                                f" (gold {gold.get(start, 'no pronoun')!r})")
    for start, antecedent in gold.items():
        if antecedent is None:
            continue
        tally.gold += 1
        if _carries(links.get(start), antecedent):
            tally.found += 1
        elif start not in links:
            tally.errors.append(f"FN {name[:40]} @{start} {doc.text[start:doc.text.find(' ', start)]!r} -> {antecedent!r}")


def evaluate(path: Path, spkatt: Path, settings: Settings | None = None) -> dict[str, CorefTally]:
    """Tallies per half (A, B) and over all lines."""
    settings = settings or Settings()
    tallies = {"A": CorefTally(), "B": CorefTally(), "all": CorefTally()}
    for item in load(path):
        file = spkatt / item["spkatt"]
        if not file.exists():
            raise InputError("SpkAtt file not found: pass the folder with --spkatt", source=str(file))
        doc = analyse(file, settings)
        for key in (item["half"], "all"):
            score_document(doc, item["pronouns"], tallies[key], item["spkatt"])
    return tallies


def evaluate_coref_command(
    file: Annotated[Path, typer.Argument(help="Coreference set (JSONL, see lagebild.names.coref_eval).")],
    spkatt: Annotated[Path, typer.Option("--spkatt", help="SpkAtt 2023 directory the lines point into.")]
    = Path("../shared/data/spkatt2023/train"),
    errors: Annotated[bool, typer.Option("--errors", help="List wrong and missing links of half A.")] = False,
) -> None:
    """Precision, recall and F1 of pronoun links to named persons, per half (A tuned on, B only scored)."""
    tallies = evaluate(file, spkatt)
    typer.echo(f"{'half':<5} {'P':>6} {'R':>6} {'F1':>6} {'system':>7} {'gold':>6}")
    for key, tally in tallies.items():
        s = tally.scores()
        typer.echo(f"{key:<5} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {s['system']:>7} {s['gold']:>6}")
    if errors:
        typer.echo("\n".join(tallies["A"].errors))
