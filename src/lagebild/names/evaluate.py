"""Measure name clustering: B-cubed per segment on name-part variants, false merges on hard negatives.

What the data is. `name-variants/persons.txt` (the data rigour ships) has one line per
Wikidata *name item* — a family name or given name such as Merkel (Q1921787) or the
surname Gorbachev — with its spellings across languages and scripts:
``gorbachev, gorbatschow, gorbatchev, горбачёв, … => Q25820465``. It holds name
parts, not persons: there are no full names per person, so the test set is the name
part, and a gold cluster is "the spellings of one name of one kind of bearer".

Test-set definition (what "the same person across spellings" means on this data):

- Items: single-word Latin and Cyrillic variants of each group (other scripts are the
  resolver's input only through transliteration; they are not clustered here).
- Gendered and marital forms are different people: Ivanov (husband), Ivanova (wife),
  Polish Nowakowa (wife) and Nowakówna (daughter) share a Wikidata item, but the issue
  requires Iwanow ≠ Iwanowa. Each form class (masculine, feminine, maiden) of a group
  becomes its own gold cluster, and one pair per split becomes a hard negative.
- A spelling that, lower-cased and without diacritics, belongs to two groups (jiān
  under several Chinese characters, kim under 金 and 兼) has no single gold cluster
  and is dropped: no resolver can tell the groups apart from the spelling alone.
- Split: a stable hash of the Wikidata id gives dev and held-out halves. The rules
  are tuned on dev only; the variant table used on held-out is built from dev only.

Segments (from the scripts of all of a group's variants, first that applies):
``cjk`` (Han, Hangul, Kana: Chinese/Korean/Japanese romanisation "soups" — one
character's readings across languages, jian/kim/gim/chien in one group; kept and
reported, but they are readings of a character, not one person's spellings),
``arabic`` (Arabic script present: Arabic-origin names), ``cyrillic`` (Cyrillic ↔
Latin), ``other`` (Greek, Georgian, Hebrew, … present), ``latin`` (Latin only, mostly
European and Polish genealogical forms). Each segment's B-cubed averages over its
items against the clustering of the whole split, so a merge across segments counts.
``core`` is everything but ``cjk``.

Unit "persons" (``--unit persons``): full names of synthetic persons composed from these
items, with siblings and gendered namesakes as in-set hard negatives; see
`lagebild.names.gold`. Its segments are the persons' origins.

Run: python -m lagebild.names.evaluate [--unit parts|persons] [--split dev|heldout] [--limit N]
Timing input: python -m lagebild.names.evaluate --write-names /tmp/names100k.txt [--count 100000]
then: time lagebild names cluster /tmp/names100k.txt > /dev/null
"""

from __future__ import annotations

import hashlib
import re
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from normality import ascii_text

from lagebild.names.cluster import cluster_names
from lagebild.names.fold import fold
from lagebild.names.hard_negatives import HARD_NEGATIVES
from lagebild.names.match import gender_conflict
from lagebild.names.resolve import same_entity
from lagebild.names.translit import latinize
from lagebild.names.variants import VariantTable, folded_group

if TYPE_CHECKING:
    from lagebild.names.gold import Person

DEFAULT_DATA = Path("/work/shared/data/name-variants/persons.txt")
SEGMENTS = ("latin", "cyrillic", "arabic", "other", "cjk")
_WORD = re.compile(r"^[A-Za-z\u00c0-\u024f\u0400-\u04ff\u1e00-\u1eff'’-]+$")
_MAIDEN = re.compile(r"(ovna|evna|anka)$")
_FEMININE = re.compile(r"(ova|eva|ina|ska|aia|iene|aite)$")
_SCRIPT_SEGMENT = (("CJK", "cjk"), ("HANGUL", "cjk"), ("HIRAGANA", "cjk"), ("KATAKANA", "cjk"),
                   ("BOPOMOFO", "cjk"), ("ARABIC", "arabic"), ("CYRILLIC", "cyrillic"))


@dataclass(slots=True)
class Groups:
    dev: list[list[str]]
    heldout: list[list[str]]
    gendered_pairs: list[tuple[str, str]]
    segments: dict[str, list[str]] = field(default_factory=dict)  # split → segment of each group


def split_of(qid: str) -> str:
    """Stable dev/held-out assignment from the Wikidata id."""
    return "heldout" if hashlib.sha256(qid.encode()).digest()[0] % 2 else "dev"


def segment_of(variants: Iterable[str]) -> str:
    """The group's segment from the scripts its variants are written in."""
    found = set()
    for char in "".join(variants):
        if char.isalpha() and not ("a" <= char.lower() <= "z"):
            script = unicodedata.name(char, "")
            found.add(next((seg for key, seg in _SCRIPT_SEGMENT if key in script), "latin" if "LATIN" in script else "other"))
    return next((seg for seg in ("cjk", "arabic", "cyrillic", "other") if seg in found), "latin")


def read_groups(path: Path = DEFAULT_DATA) -> Groups:
    groups: dict[str, list[list[str]]] = {"dev": [], "heldout": []}
    segments: dict[str, list[str]] = {"dev": [], "heldout": []}
    gendered: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        names, _, qid = line.rpartition(" => ")
        raw = [v.strip() for v in names.split(",")]
        variants = sorted({v for v in raw if _WORD.match(v)})
        parts = _separate_forms(variants)
        gendered.extend(_form_pairs(parts))
        split, segment = split_of(qid.strip()), segment_of(raw)
        for part in parts:
            groups[split].append(part)
            segments[split].append(segment)
    return Groups(groups["dev"], groups["heldout"], gendered, segments)


def form_class(folded: str) -> str:
    """masculine, feminine (Ivanova, Nowakowa, Kowalska) or maiden (Nowakówna, Kępianka)."""
    if _MAIDEN.search(folded):
        return "maiden"
    return "feminine" if _FEMININE.search(folded) else "masculine"


def _separate_forms(variants: list[str]) -> list[list[str]]:
    """Split a group by surname form class; variants in no gendered pair stay with the largest class."""
    folds = {v: fold(latinize(v)) for v in variants}
    conflicting = {v for v in variants if any(gender_conflict(folds[v], folds[o]) for o in variants if o != v)}
    classes: dict[str, list[str]] = defaultdict(list)
    for v in sorted(conflicting):
        classes[form_class(folds[v])].append(v)
    if len(classes) < 2:
        return [variants] if variants else []
    parts = sorted(classes.values(), key=len, reverse=True)
    parts[0] = sorted(parts[0] + [v for v in variants if v not in conflicting])
    return parts


def _form_pairs(parts: list[list[str]]) -> list[tuple[str, str]]:
    """One gendered pair between the first form class and each other class."""
    pairs = []
    for other in parts[1:]:
        pair = next(((a, b) for a in parts[0] for b in other if gender_conflict(fold(latinize(a)), fold(latinize(b)))), None)
        if pair:
            pairs.append(pair)
    return pairs


def _spelling(name: str) -> str:
    return (ascii_text(name) or name).lower() if not re.search(r"[\u0400-\u04ff]", name) else name.lower()


def unambiguous(groups: Sequence[list[str]]) -> list[list[str]]:
    """Drop spellings (case and diacritics ignored) that occur in more than one group: they
    have no single gold cluster. Groups left empty are kept as empty lists, so positions stay."""
    counts = Counter(s for group in groups for s in {_spelling(x) for x in group})
    return [sorted({v for v in group if counts[_spelling(v)] == 1}) for group in groups]


def bcubed(gold: Sequence[int], predicted: Sequence[int]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold labels."""
    return bcubed_of(gold, predicted, range(len(gold)))


def bcubed_of(gold: Sequence[int], predicted: Sequence[int], items: Iterable[int]) -> tuple[float, float, float]:
    """B-cubed averaged over `items` only (a segment), against the whole clustering."""
    pairs = Counter(zip(gold, predicted))
    gold_sizes, pred_sizes = Counter(gold), Counter(predicted)
    chosen = list(items)
    if not chosen:
        return 0.0, 0.0, 0.0
    precision = sum(pairs[gold[i], predicted[i]] / pred_sizes[predicted[i]] for i in chosen) / len(chosen)
    recall = sum(pairs[gold[i], predicted[i]] / gold_sizes[gold[i]] for i in chosen) / len(chosen)
    return precision, recall, 2 * precision * recall / (precision + recall)


@dataclass(slots=True)
class Report:
    unit: str
    split: str
    names: int
    groups: int
    precision: float
    recall: float
    f1: float
    seconds: float
    hard_negatives: int
    false_merges: list[tuple[str, str]]
    segments: dict[str, tuple[int, float, float, float]] = field(default_factory=dict)
    extra: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"unit={self.unit} split={self.split} names={self.names} groups={self.groups} seconds={self.seconds:.1f}",
            f"B-cubed precision={self.precision:.4f} recall={self.recall:.4f} F1={self.f1:.4f}",
            *(f"  {name:<9} names={n:<6} P={p:.4f} R={r:.4f} F1={f:.4f}" for name, (n, p, r, f) in self.segments.items()),
            *self.extra,
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


def dev_table(data: Groups, split: str, use_table: bool) -> VariantTable:
    """The dev split is for tuning the rules, so it runs without a table; held-out uses
    a table built from the dev groups only."""
    dev_groups = data.dev if split == "heldout" and use_table else []
    return VariantTable(g for g in (folded_group(group) for group in dev_groups) if len(g) > 1)


def evaluate(
    split: str = "heldout", limit: int | None = None, path: Path = DEFAULT_DATA, use_table: bool = True
) -> Report:
    """Unit "parts": cluster the single name parts of each variant group."""
    data = read_groups(path)
    table = dev_table(data, split, use_table)
    kept = [(s, g) for s, g in zip(data.segments[split], unambiguous(getattr(data, split))) if g][:limit]
    names = [name for _, group in kept for name in group]
    gold = [i for i, (_, group) in enumerate(kept) for _ in group]
    segment = [s for s, group in kept for _ in group]
    start = time.perf_counter()
    predicted = cluster_names(names, table=table)
    seconds = time.perf_counter() - start
    precision, recall, f1 = bcubed(gold, predicted)
    by_segment = {}
    for name, members in (*((s, (s,)) for s in SEGMENTS), ("core", SEGMENTS[:-1])):
        items = [i for i, s in enumerate(segment) if s in members]
        by_segment[name] = (len(items), *bcubed_of(gold, predicted, items))
    negatives = list(HARD_NEGATIVES) + data.gendered_pairs
    return Report("parts", split, len(names), len(kept), precision, recall, f1, seconds, len(negatives),
                  false_merges(negatives, table), by_segment)


def evaluate_persons(
    split: str = "heldout", limit: int | None = None, path: Path = DEFAULT_DATA, use_table: bool = True
) -> Report:
    """Unit "persons": cluster the full names of synthetic persons (`lagebild.names.gold`)."""
    # imported here: lagebild.names.gold imports this module
    from lagebild.names.gold import ORIGINS, PERSONS_PER_ORIGIN, build_persons

    data = read_groups(path)
    table = dev_table(data, split, use_table)
    persons = build_persons(path, split, limit or PERSONS_PER_ORIGIN)
    names = [name for person in persons for name in person.spellings]
    gold = [i for i, person in enumerate(persons) for _ in person.spellings]
    origin = [person.origin for person in persons for _ in person.spellings]
    start = time.perf_counter()
    predicted = cluster_names(names, table=table)
    seconds = time.perf_counter() - start
    by_origin = {}
    for name in ORIGINS:
        items = [i for i, o in enumerate(origin) if o == name]
        by_origin[name] = (len(items), *bcubed_of(gold, predicted, items))
    negatives = list(HARD_NEGATIVES) + data.gendered_pairs
    report = Report("persons", split, len(names), len(persons), *bcubed(gold, predicted), seconds, len(negatives),
                    false_merges(negatives, table), by_origin)
    report.extra = merged_persons(persons, gold, predicted)
    return report


def merged_persons(persons: Sequence[Person], gold: Sequence[int], predicted: Sequence[int]) -> list[str]:
    """Pairs of gold persons the clustering joins, and how many of them share a name item
    (the in-set hard negatives: siblings such as Fidel / Raúl Castro, Iwanow / Iwanowa)."""
    clusters: dict[int, set[int]] = defaultdict(set)
    for g, p in zip(gold, predicted):
        clusters[p].add(g)
    joined = {(a, b) for members in clusters.values() for a in members for b in members if a < b}
    items = [{q.split("/")[0] for q in person.items} for person in persons]
    bearers: dict[str, list[int]] = defaultdict(list)
    for number, qids in enumerate(items):
        for qid in qids:
            bearers[qid].append(number)
    hard = {(a, b) for group in bearers.values() for a in group for b in group if a < b}
    hard_joined = sorted(joined & hard)
    examples = [f"  merged: {persons[a].spellings[0]} = {persons[b].spellings[0]}" for a, b in hard_joined[:10]]
    return [f"persons merged in pairs={len(joined)}; sharing a name item: {len(hard_joined)} of {len(hard)}", *examples]


def write_names(out: Path, count: int = 100_000, path: Path = DEFAULT_DATA, seed: int = 5) -> None:
    """A reproducible names file for timing `lagebild names cluster`: 30 % single names,
    55 % two-part and 15 % three-part names drawn from the variant groups, so spellings of
    one name recur under different given names, as in news."""
    import random

    rng = random.Random(seed)
    data = read_groups(path)
    groups = [g for g in data.dev + data.heldout if g]
    lines = []
    for _ in range(count):
        parts = rng.choices((1, 2, 3), weights=(30, 55, 15))[0]
        lines.append(" ".join(rng.choice(rng.choice(groups)).capitalize() for _ in range(parts)))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "heldout"), default="heldout")
    parser.add_argument("--unit", choices=("parts", "persons"), default="parts",
                        help="parts: name-part variant groups; persons: full names of synthetic persons")
    parser.add_argument("--limit", type=int, default=None, help="only the first N groups (parts) or N persons per origin")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-table", action="store_true", help="rules only, no variant table")
    parser.add_argument("--write-names", type=Path, help="write a names file for timing instead, then stop")
    parser.add_argument("--count", type=int, default=100_000, help="names in the --write-names file")
    args = parser.parse_args(argv)
    if args.write_names:
        write_names(args.write_names, args.count, args.data)
        return
    run = evaluate_persons if args.unit == "persons" else evaluate
    print("\n".join(run(args.split, args.limit, args.data, not args.no_table).lines()))


if __name__ == "__main__":
    main()
