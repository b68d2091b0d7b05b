"""Measure name clustering: B-cubed on name-part variants, false merges on hard negatives.

Test set: the Wikidata name-part variant groups of `name-variants/persons.txt`
(the data rigour ships), Latin and Cyrillic spellings only, split by a stable hash of
the Wikidata id into dev and held-out halves. The resolver's variant table is built
from the dev half only, so held-out groups are never seen. Wikidata groups often mix
masculine and feminine surname forms (Ivanov, Ivanova); the minority gender is moved
out of the group, because lagebild keeps them apart on purpose, and each such pair
becomes a hard negative. Strings listed under two groups are ambiguous and dropped.

Run: python -m lagebild.names.evaluate [--split dev|heldout] [--limit N]
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lagebild.names.cluster import cluster_names
from lagebild.names.hard_negatives import HARD_NEGATIVES
from lagebild.names.match import gender_conflict
from lagebild.names.resolve import same_entity
from lagebild.names.translit import latinize
from lagebild.names.fold import fold
from lagebild.names.variants import VariantTable, folded_group

DEFAULT_DATA = Path("/work/shared/data/name-variants/persons.txt")
_WORD = re.compile(r"^[A-Za-z\u00c0-\u024f\u0400-\u04ff\u1e00-\u1eff'’-]+$")
_FEMININE = re.compile(r"(ova|eva|ina|ska|aia|iene|aite|ovna|anka)$")


@dataclass(slots=True)
class Groups:
    dev: list[list[str]]
    heldout: list[list[str]]
    gendered_pairs: list[tuple[str, str]]


def split_of(qid: str) -> str:
    """Stable dev/held-out assignment from the Wikidata id."""
    return "heldout" if hashlib.sha256(qid.encode()).digest()[0] % 2 else "dev"


def read_groups(path: Path = DEFAULT_DATA) -> Groups:
    groups: dict[str, list[list[str]]] = {"dev": [], "heldout": []}
    gendered: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        names, _, qid = line.rpartition(" => ")
        variants = sorted({v.strip() for v in names.split(",") if _WORD.match(v.strip())})
        kept, moved = _separate_genders(variants)
        gendered.extend(_gendered_pair(kept, moved))
        for part in (kept, moved):
            if part:
                groups[split_of(qid.strip())].append(part)
    return Groups(groups["dev"], groups["heldout"], gendered)


def _separate_genders(variants: list[str]) -> tuple[list[str], list[str]]:
    """Split a group into its majority and its minority surname gender."""
    folds = {v: fold(latinize(v)) for v in variants}
    feminine = [v for v in variants if _FEMININE.search(folds[v]) and any(gender_conflict(folds[v], folds[o]) for o in variants)]
    rest = [v for v in variants if v not in feminine]
    return (rest, feminine) if len(rest) >= len(feminine) else (feminine, rest)


def _gendered_pair(kept: list[str], moved: list[str]) -> list[tuple[str, str]]:
    for a in kept:
        for b in moved:
            if gender_conflict(fold(latinize(a)), fold(latinize(b))):
                return [(a, b)]
    return []


def unambiguous(groups: Sequence[list[str]]) -> list[list[str]]:
    """Drop strings that occur in more than one group: they have no single gold cluster."""
    counts = Counter(v.lower() for group in groups for v in {x.lower() for x in group})
    out = []
    for group in groups:
        seen = {v.lower(): v for v in group if counts[v.lower()] == 1}
        if seen:
            out.append(sorted(seen.values()))
    return out


def bcubed(gold: Sequence[int], predicted: Sequence[int]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold labels."""
    pairs = Counter(zip(gold, predicted))
    gold_sizes, pred_sizes = Counter(gold), Counter(predicted)
    precision = sum(n * n / pred_sizes[p] for (g, p), n in pairs.items()) / len(gold)
    recall = sum(n * n / gold_sizes[g] for (g, p), n in pairs.items()) / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


@dataclass(slots=True)
class Report:
    split: str
    names: int
    groups: int
    precision: float
    recall: float
    f1: float
    seconds: float
    hard_negatives: int
    false_merges: list[tuple[str, str]]

    def lines(self) -> list[str]:
        return [
            f"split={self.split} names={self.names} groups={self.groups} seconds={self.seconds:.1f}",
            f"B-cubed precision={self.precision:.4f} recall={self.recall:.4f} F1={self.f1:.4f}",
            f"hard negatives={self.hard_negatives} false merges={len(self.false_merges)}",
            *(f"  false merge: {a} = {b}" for a, b in self.false_merges[:20]),
        ]


def false_merges(pairs: Iterable[tuple[str, str]], table: VariantTable) -> list[tuple[str, str]]:
    """Pairs the resolver or the clusterer joins although they are different people."""
    merged = []
    for a, b in pairs:
        if same_entity(a, b, table=table).same or len(set(cluster_names([a, b], table=table))) == 1:
            merged.append((a, b))
    return merged


def evaluate(
    split: str = "heldout", limit: int | None = None, path: Path = DEFAULT_DATA, use_table: bool = True
) -> Report:
    data = read_groups(path)
    # the dev split is for tuning the rules, so it runs without a table; held-out uses the dev table
    dev_groups = data.dev if split == "heldout" and use_table else []
    table = VariantTable(g for g in (folded_group(group) for group in dev_groups) if len(g) > 1)
    groups = unambiguous(data.heldout if split == "heldout" else data.dev)[:limit]
    names = [name for group in groups for name in group]
    gold = [i for i, group in enumerate(groups) for _ in group]
    start = time.perf_counter()
    predicted = cluster_names(names, table=table)
    seconds = time.perf_counter() - start
    precision, recall, f1 = bcubed(gold, predicted)
    negatives = list(HARD_NEGATIVES) + data.gendered_pairs
    return Report(split, len(names), len(groups), precision, recall, f1, seconds, len(negatives), false_merges(negatives, table))


def main(argv: Sequence[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "heldout"), default="heldout")
    parser.add_argument("--limit", type=int, default=None, help="only the first N groups")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-table", action="store_true", help="rules only, no variant table")
    args = parser.parse_args(argv)
    print("\n".join(evaluate(args.split, args.limit, args.data, not args.no_table).lines()))


if __name__ == "__main__":
    main()
