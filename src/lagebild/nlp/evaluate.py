"""Exact-span NER evaluation (outer level, PER/ORG/LOC/MISC) on GermEval TSV or CoNLL files."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.nlp.corpora import Tagged, spans


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "gold": self.tp + self.fn,
            "predicted": self.tp + self.fp,
        }


@dataclass(slots=True)
class Scores:
    overall: Counts = field(default_factory=Counts)
    labels: dict[str, Counts] = field(default_factory=dict)
    sentences: int = 0
    words: int = 0

    def add(self, gold: list[str], predicted: list[str]) -> None:
        gold_spans, pred_spans = spans(gold), spans(predicted)
        self.sentences += 1
        self.words += len(gold)
        for span in gold_spans | pred_spans:
            counts = self.labels.setdefault(span[2], Counts())
            in_gold, in_pred = span in gold_spans, span in pred_spans
            for target in (counts, self.overall):
                target.tp += in_gold and in_pred
                target.fp += in_pred and not in_gold
                target.fn += in_gold and not in_pred

    def as_dict(self) -> dict[str, object]:
        return {
            "sentences": self.sentences,
            "words": self.words,
            "overall": self.overall.as_dict(),
            "labels": {label: self.labels[label].as_dict() for label in sorted(self.labels)},
        }


def predict(nlp, sentences: Iterable[Tagged], batch_size: int = 256) -> list[list[str]]:
    """BIO tags the pipeline assigns to the given words (the corpus tokenisation is kept)."""
    from spacy.tokens import Doc

    docs = (Doc(nlp.vocab, words=s.words) for s in sentences)
    results = []
    for doc in nlp.pipe(docs, batch_size=batch_size):
        results.append([f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc])
    return results


def normalise_predicted(tags: list[str]) -> list[str]:
    """Map a foreign model's labels (e.g. 'PERSON', 'GPE') onto PER/ORG/LOC/MISC."""
    from lagebild.nlp.model import label_map

    out = []
    for tag in tags:
        prefix, _, label = tag.partition("-")
        mapped = label_map(label) if prefix in ("B", "I") else None
        out.append(f"{prefix}-{mapped}" if mapped else "O")
    return out


def score(gold: list[Tagged], predicted: list[list[str]]) -> Scores:
    scores = Scores()
    for sentence, tags in zip(gold, predicted, strict=True):
        scores.add(sentence.tags, tags)
    return scores


def write_predictions(path: Path, gold: list[Tagged], predicted: list[list[str]]) -> None:
    """TSV: token, gold BIO, predicted BIO per line; a blank line between sentences."""
    with path.open("w", encoding="utf-8") as out:
        for sentence, tags in zip(gold, predicted, strict=True):
            for word, gold_tag, pred_tag in zip(sentence.words, sentence.tags, tags, strict=True):
                out.write(f"{word}\t{gold_tag}\t{pred_tag}\n")
            out.write("\n")


def format_table(scores: Scores) -> str:
    rows = [f"{'label':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'pred':>7}"]
    items = [*((label, scores.labels[label]) for label in sorted(scores.labels)), ("overall", scores.overall)]
    for label, counts in items:
        rows.append(
            f"{label:<8}{counts.precision:>8.4f}{counts.recall:>8.4f}{counts.f1:>8.4f}"
            f"{counts.tp + counts.fn:>7}{counts.tp + counts.fp:>7}"
        )
    return "\n".join(rows)
