"""SpkAtt-2023 (GermEval/KONVENS 2023, task 2: German Wikinews) reader and scorer.

The data is CC BY-NC-SA: it measures the stage and is never used to build anything shipped.

Scoring (token-level proportional overlap, as in the shared task and in Johansson & Moschitti's
soft span measures): every annotation is a set of tokens per role (Cue, Source, Message).
1. Within a document, system and gold annotations are aligned one to one, greedily by the Dice
   overlap of their Cue ∪ Message token sets (highest first; pairs without overlap stay unaligned).
2. For each role, precision is the mean over system annotations with a non-empty role of
   |system ∩ gold| / |system| (0 when unaligned), recall the mean over gold annotations with a
   non-empty role of |system ∩ gold| / |gold|; F1 is their harmonic mean. Counts are pooled over
   the whole split (micro average). All gold annotations count, nested ones included.
The split: a file goes to "dev" when the first byte of sha1(file name) is below 154 (60 %),
otherwise to "heldout" (40 %, never used for tuning).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.config import Settings
from lagebild.model import Article, Document, Sentence, Token
from lagebild.quotes.base import Attribution, View
from lagebild.quotes.detect import detect

ROLES = ("Cue", "Source", "Message")
DEV_SHARE = 154  # of 256: about 60 % of the files


@dataclass(slots=True)
class Annotation:
    roles: dict[str, frozenset[int]]


@dataclass(slots=True)
class RoleCounts:
    precision_sum: float = 0.0
    system: int = 0
    recall_sum: float = 0.0
    gold: int = 0

    def scores(self) -> dict[str, float]:
        p = self.precision_sum / self.system if self.system else 0.0
        r = self.recall_sum / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


@dataclass(slots=True)
class Result:
    split: str
    documents: int = 0
    roles: dict[str, RoleCounts] = field(default_factory=lambda: {r: RoleCounts() for r in ROLES})

    def as_dict(self) -> dict:
        return {"split": self.split, "documents": self.documents,
                "roles": {r: c.scores() | {"system": c.system, "gold": c.gold} for r, c in self.roles.items()}}


def split_of(name: str) -> str:
    return "dev" if hashlib.sha1(name.encode("utf-8")).digest()[0] < DEV_SHARE else "heldout"


def half_of(name: str) -> str:
    """Half A or B of the dev split (by a second hash byte): A is read for error analysis, B only scored,
    so that a change tuned on A can be checked on dev text nobody read (BENCHMARKS.md, Quotes, round 6)."""
    return "dev-a" if hashlib.sha1(name.encode("utf-8")).digest()[1] % 2 == 0 else "dev-b"


def files(directory: Path, split: str) -> list[Path]:
    """The corpus files of a split: dev, heldout, all, or one half of dev (dev-a, dev-b)."""
    def wanted(name: str) -> bool:
        if split in ("dev-a", "dev-b"):
            return split_of(name) == "dev" and half_of(name) == split
        return split == "all" or split_of(name) == split

    return [p for p in sorted(directory.glob("*.json")) if wanted(p.name)]


def read(path: Path) -> tuple[Document, list[Annotation]]:
    """The article rebuilt from its tokens (one space between tokens, a line per sentence)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    text_parts: list[str] = []
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    index: dict[str, int] = {}
    offset = 0
    for sent in data["Sentences"]:
        start = offset
        for t, word in enumerate(sent["Tokens"]):
            index[f"{sent['SentenceId']}:{t}"] = len(tokens)
            tokens.append(Token(offset, offset + len(word), word))
            text_parts.append(word + " ")
            offset += len(word) + 1
        sentences.append(Sentence(start, max(offset - 1, start)))
    text = "".join(text_parts)
    doc = Document(article=Article(text=text, title=data.get("DocumentName")), text=text,
                   sentences=sentences, tokens=tokens, language="de")
    gold = [Annotation({r: frozenset(index[x] for x in a[r] if x in index) for r in ROLES})
            for a in data["Annotations"]]
    return doc, gold


def system_annotations(doc: Document) -> list[Annotation]:
    return [_annotation(att) for att in detect(doc, View(doc))]


def _annotation(att: Attribution) -> Annotation:
    return Annotation({"Cue": frozenset(att.cue), "Source": frozenset(att.source), "Message": frozenset(att.message)})


def align(system: list[Annotation], gold: list[Annotation]) -> list[tuple[int, int]]:
    scored = []
    for i, s in enumerate(system):
        s_span = s.roles["Cue"] | s.roles["Message"]
        for j, g in enumerate(gold):
            g_span = g.roles["Cue"] | g.roles["Message"]
            shared = len(s_span & g_span)
            if shared:
                scored.append((2 * shared / (len(s_span) + len(g_span)), i, j))
    pairs, used_s, used_g = [], set(), set()
    for _, i, j in sorted(scored, reverse=True):
        if i not in used_s and j not in used_g:
            pairs.append((i, j))
            used_s.add(i)
            used_g.add(j)
    return pairs


def score_document(system: list[Annotation], gold: list[Annotation], result: Result) -> None:
    pairs = align(system, gold)
    partner_s = dict(pairs)
    partner_g = {j: i for i, j in pairs}
    for role, counts in result.roles.items():
        for i, s in enumerate(system):
            if s.roles[role]:
                counts.system += 1
                g = gold[partner_s[i]].roles[role] if i in partner_s else frozenset()
                counts.precision_sum += len(s.roles[role] & g) / len(s.roles[role])
        for j, g_ann in enumerate(gold):
            if g_ann.roles[role]:
                counts.gold += 1
                s_role = system[partner_g[j]].roles[role] if j in partner_g else frozenset()
                counts.recall_sum += len(s_role & g_ann.roles[role]) / len(g_ann.roles[role])
    result.documents += 1


def parse(doc: Document, settings: Settings) -> None:
    """Names and syntax as in the pipeline; the gold tokens and sentences stand for the text stages,
    so that system and gold token indices agree."""
    from lagebild.nlp.stage import ner_stage
    from lagebild.nlp.syntax import syntax_stage

    ner_stage(doc, settings)
    syntax_stage(doc, settings)


def evaluate(directory: Path, split: str, settings: Settings | None = None, syntax: bool = True) -> Result:
    """Scores of the quotes finders on a split; `syntax=False` measures them on tokens alone."""
    settings = settings or Settings()
    result = Result(split)
    for path in files(directory, split):
        doc, gold = read(path)
        if syntax:
            parse(doc, settings)
        score_document(system_annotations(doc), gold, result)
    return result
