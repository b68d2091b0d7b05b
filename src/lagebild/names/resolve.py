"""Decide whether two names denote one entity, and say why.

`same_entity` returns a `Decision`: the verdict, a score in [0, 1] and the features
that produced it (token pairs and how each matched), so an analyst can check a merge.
Hard rules come first and veto a merge: different types, linked to different KB
ids, different countries, gendered forms of one surname (Iwanow / Iwanowa), and
different given names before one surname (Fidel / Raúl Castro, Heydar / Ilham Alijew).
A surname alone may still match a full name; it is marked as a partial match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, Protocol

from rapidfuzz import fuzz

from lagebild.names.match import gender_conflict, token_score, truncation
from lagebild.names.parse import ParsedName, parse_name
from lagebild.names.variants import VariantTable, shipped_table

# Russian/Ukrainian patronymics after folding: -ovich/-owitsch → -ovis, -ovna, -ichna → -isna
_PATRONYMIC = re.compile(r"(vis|vic|is|vna|isna)$")
Context = Literal["corpus", "document"]
Features = dict[str, float | str]


@dataclass(frozen=True, slots=True)
class NameRecord:
    """A name with what is known about its bearer."""

    name: str
    type: str = "PER"
    roles: tuple[str, ...] = ()
    country: str | None = None


@dataclass(slots=True)
class Decision:
    same: bool
    score: float
    reason: str
    features: Features = field(default_factory=dict)


class Linker(Protocol):
    def link(self, name: str, type_: str) -> str | None: ...


def _record(value: NameRecord | str) -> NameRecord:
    return value if isinstance(value, NameRecord) else NameRecord(value)


def _context_agrees(a: NameRecord, b: NameRecord) -> bool:
    """Known role and country agree (used to accept a cut-short name)."""
    return bool(a.country and a.country == b.country and set(a.roles) & set(b.roles))


def same_entity(
    a: NameRecord | str,
    b: NameRecord | str,
    *,
    table: VariantTable | None = None,
    kb: Linker | None = None,
    context: Context = "corpus",
) -> Decision:
    """Are `a` and `b` one entity? Strings are taken as person names."""
    a, b = _record(a), _record(b)
    features: Features = {"type_a": a.type, "type_b": b.type}
    if a.type != b.type:
        return Decision(False, 0.0, "different types", features)
    if kb is not None:
        ids = (kb.link(a.name, a.type), kb.link(b.name, b.type))
        features.update(kb_a=ids[0] or "", kb_b=ids[1] or "")
        if ids[0] and ids[1]:
            same = ids[0] == ids[1]
            return Decision(same, float(same), "same KB entity" if same else "different KB entities", features)
    if a.country and b.country and a.country != b.country:
        return Decision(False, 0.0, "different countries", features)
    pa, pb = parse_name(a.name), parse_name(b.name)
    if not pa.folds or not pb.folds:
        return Decision(False, 0.0, "no name", features)
    if pa.compact == pb.compact:
        features["compact_equal"] = 1.0
        return Decision(True, 1.0, "same folded name", features)
    if a.type != "PER":
        return _compare_other(pa, pb, features)
    lenient = context == "document" or _context_agrees(a, b)
    return _compare_person(pa, pb, table if table is not None else shipped_table(), lenient, features)


def _compare_other(pa: ParsedName, pb: ParsedName, features: Features) -> Decision:
    ratio = fuzz.ratio(" ".join(pa.folds), " ".join(pb.folds)) / 100
    features["ratio"] = round(ratio, 3)
    same = ratio >= 0.92 and pa.compact[0] == pb.compact[0]
    return Decision(same, ratio, "similar spelling" if same else "different spelling", features)


def _compare_person(
    pa: ParsedName, pb: ParsedName, table: VariantTable, lenient: bool, features: Features
) -> Decision:
    short, long = sorted((pa, pb), key=lambda p: len(p.folds))
    if short.suffix != long.suffix:
        features.update(suffix_a=pa.suffix, suffix_b=pb.suffix)
        return Decision(False, 0.0, "different generations (Jr., Sr., II)", features)
    if len(short.folds) == 1:
        return _surname_only(short, long, table, features)
    if gender_conflict(short.last, long.last):
        return Decision(False, 0.0, "gendered surname forms", features)
    given, how = token_score(short.alternatives[0], long.alternatives[0], table)
    if given == 0.0:
        features[f"{short.tokens[0]}~{long.tokens[0]}"] = f"{how}:0.00"
        return Decision(False, 0.0, "different given names", features)
    pairs = _align(short, long, table, lenient)
    if pairs is None:
        features["aligned"] = 0.0
        return Decision(False, 0.0, "a name part has no counterpart", features)
    if pairs[-1][1] != len(long.folds) - 1:
        return Decision(False, 0.0, "the surnames differ", features)
    if not lenient and _middle_conflict(short, long, pairs):
        return Decision(False, 0.0, "a middle name or initial of one name is missing in the other", features)
    for (i, j, score, how) in pairs:
        features[f"{short.tokens[i]}~{long.tokens[j]}"] = f"{how}:{score:.2f}"
    score = sum(p[2] for p in pairs) / len(pairs) * (len(short.folds) / len(long.folds)) ** 0.1
    return Decision(True, round(score, 3), "all name parts match", features)


def _middle_conflict(short: ParsedName, long: ParsedName, pairs: list[tuple[int, int, float, str]]) -> bool:
    """Does the fuller name carry a middle part the other lacks, other than a patronymic?
    (George H. W. Bush / George W. Bush, Ahmad Schah Massud / Ahmad Massud)"""
    matched = {j for _, j, _, _ in pairs}
    return any(
        j not in matched and not _PATRONYMIC.search(long.folds[j]) for j in range(1, len(long.folds) - 1)
    )


def _align(
    short: ParsedName, long: ParsedName, table: VariantTable, lenient: bool
) -> list[tuple[int, int, float, str]] | None:
    """Match every token of `short`, in order, to a token of `long` (a subsequence)."""
    pairs: list[tuple[int, int, float, str]] = []
    start = 0
    for i, alts in enumerate(short.alternatives):
        for j in range(start, len(long.folds)):
            score, how = token_score(alts, long.alternatives[j], table)
            if score == 0.0 and lenient and truncation(short.folds[i], long.folds[j]):
                score, how = 0.8, "truncated"
            if score > 0.0:
                pairs.append((i, j, score, how))
                start = j + 1
                break
        else:
            return None
    if sum(1 for p in pairs if p[3] == "truncated") > max(0, len(pairs) - 2):
        return None  # a cut-short part needs two intact parts beside it
    return pairs


def _surname_only(short: ParsedName, long: ParsedName, table: VariantTable, features: Features) -> Decision:
    """A single name (usually the surname) against a fuller one: compare with its last or first part."""
    features["partial"] = 1.0
    if len(long.folds) == 1:
        score, how = token_score(short.alternatives[0], long.alternatives[0], table, alone=True)
        features[f"{short.tokens[0]}~{long.tokens[0]}"] = f"{how}:{score:.2f}"
        return Decision(score > 0, score, "same name" if score else f"different name ({how})", features)
    for j in (len(long.folds) - 1, 0):
        score, how = token_score(short.alternatives[0], long.alternatives[j], table)
        if score > 0:
            features[f"{short.tokens[0]}~{long.tokens[j]}"] = f"{how}:{score:.2f}"
            return Decision(True, round(0.8 * score, 3), "name matches a part of the fuller name", features)
    return Decision(False, 0.0, "name matches no part of the fuller name", features)
