"""Decide whether two names denote one entity, and say why.

`same_entity` returns a `Decision`: the verdict, a score in [0, 1] and the features
that produced it (token pairs and how each matched), so an analyst can check a merge.
Hard rules come first and veto a merge: different types, linked to different KB
ids, different countries, gendered forms of one surname (Iwanow / Iwanowa), and
different given names before one surname (Fidel / Raúl Castro, Heydar / Ilham Alijew).
A surname alone may still match a full name; it is marked as a partial match.
Chinese and Korean names compare syllable by syllable (pinyin as written, Korean
romanisations levelled), and any name may be written surname first (Jinping Xi).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol, TypeVar

from rapidfuzz import fuzz

from lagebild.names.match import gender_conflict, gendered_given_names, is_initial, token_score, truncation
from lagebild.names.parse import ParsedName, hyphens_joined, parse_name, single_letters
from lagebild.names.variants import VariantTable, shipped_table

# Russian/Ukrainian patronymics after folding: -ovich/-owitsch → -ovis, -ovna, -ichna → -isna
_PATRONYMIC = re.compile(r"(vis|vic|is|vna|isna)$")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
Context = Literal["corpus", "document"]
SURNAME_FIRST_MAX = 6
FOREIGN_RATIO = 50  # below this similarity (0-100) a name part is another name, not a spelling
Features = dict[str, float | str]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class NameRecord:
    """A name with what is known about its bearer."""

    name: str
    type: str = "PER"
    roles: tuple[str, ...] = ()
    country: str | None = None


@dataclass(slots=True)
class Decision:
    """`veto`: not only unproven but evidence of two entities (Fidel / Raúl Castro,
    Iwanow / Iwanowa); the clusterer never puts two names with a veto in one cluster."""

    same: bool
    score: float
    reason: str
    features: Features = field(default_factory=dict)
    veto: bool = False


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
        return Decision(False, 0.0, "different types", features, veto=True)
    if kb is not None:
        ids = (kb.link(a.name, a.type), kb.link(b.name, b.type))
        features.update(kb_a=ids[0] or "", kb_b=ids[1] or "")
        if ids[0] and ids[1]:
            same = ids[0] == ids[1]
            return Decision(same, float(same), "same KB entity" if same else "different KB entities", features, veto=not same)
    if a.country and b.country and a.country != b.country:
        return Decision(False, 0.0, "different countries", features, veto=True)
    pa, pb = parse_name(a.name), parse_name(b.name)
    if not pa.folds or not pb.folds:
        return Decision(False, 0.0, "no name", features)
    lenient = context == "document" or _context_agrees(a, b)
    syllabic = _compare_syllables(pa, pb, features) if a.type == "PER" else None
    if syllabic is not None and (syllabic.same or not lenient):
        return syllabic
    if pa.compact == pb.compact:
        features["compact_equal"] = 1.0
        return Decision(True, 1.0, "same folded name", features)
    if a.type != "PER":
        return _compare_other(pa, pb, features)
    table = table if table is not None else shipped_table()
    decision = _compare_person(pa, pb, table, lenient, features)
    if decision.same:
        return decision
    if not decision.veto:
        decision = _surname_first(pa, pb, table, lenient) or _surname_first(pb, pa, table, lenient) or decision
    # a part with no counterpart may be half of a hyphenated one (Hui-Uk / Hee-Wook)
    if decision.same or len(pa.folds) == len(pb.folds):
        return decision
    return _hyphens_joined(a.name, b.name, table, lenient) or decision


def _hyphens_joined(a: str, b: str, table: VariantTable, lenient: bool) -> Decision | None:
    """Compare again with short hyphenated parts written as one word, if either name has
    them: Zanni Hui-Uk / Zanni Hee-Wook have three parts, Zanni Heewook two."""
    ja, jb = hyphens_joined(a), hyphens_joined(b)
    if not ja and not jb:
        return None
    pa, pb = parse_name(ja or a), parse_name(jb or b)
    features: Features = {"hyphens_joined": 1.0}
    if pa.compact == pb.compact:
        return Decision(True, 0.95, "same folded name, hyphens joined", features)
    decision = _compare_person(pa, pb, table, lenient, features)
    if not decision.same:
        decision = _surname_first(pa, pb, table, lenient) or _surname_first(pb, pa, table, lenient) or decision
    return replace(decision, reason=decision.reason + ", hyphens joined") if decision.same else None


def _orders(parts: tuple[str, ...]) -> set[str]:
    """The parts joined as written, with the last part moved first, and the first part last
    (doubled letters once: Lin Na = Linna)."""
    joined = ("".join(parts), "".join(parts[-1:] + parts[:-1]), "".join(parts[1:] + parts[:1]))
    return {single_letters(j) for j in joined}


def _compare_syllables(pa: ParsedName, pb: ParsedName, features: Features) -> Decision | None:
    """Chinese and Korean names compare syllable by syllable, in either order, never by edit
    distance (Gongku / Gonglu are two names). Korean romanisations are levelled (Kim Jong-un /
    Gim Jeong-eun); pinyin is compared as written, as it keeps apart what the fold merges
    (Wu Zhan / Wu Shan). None if the names are not both of one such kind. Within an article
    (lenient) a negative verdict is left to the general rules, which accept a cut-short name."""
    if pa.korean and pb.korean and _orders(pa.korean) & _orders(pb.korean):
        return Decision(True, 0.95, "same Korean name", features)
    if pa.pinyin and pb.pinyin:
        same = bool(_orders(pa.tokens) & _orders(pb.tokens))
        return Decision(same, 0.95 * same, "same pinyin" if same else "different pinyin", features)
    if pa.korean and pb.korean:
        return Decision(False, 0.0, "different Korean syllables", features)
    return None


def _surname_first(pa: ParsedName, pb: ParsedName, table: VariantTable, lenient: bool) -> Decision | None:
    """`pb` written surname first, as Chinese and Korean names are (Xi Jinping / Jinping Xi,
    Kim Jong-un / Jong-un Kim): compare `pa` with `pb`'s first part moved to the end."""
    turned = surname_last(pb)
    if turned is None or len(pa.folds) < 2:
        return None
    features: Features = {"surname_first": turned.tokens[-1]}
    if pa.compact == turned.compact:
        return Decision(True, 0.95, "same name, surname first", features)
    decision = _compare_person(pa, turned, table, lenient, features)
    return Decision(True, decision.score, decision.reason + ", surname first", features) if decision.same else None


def surname_last(name: ParsedName) -> ParsedName | None:
    """The name with its first part moved to the end, if that part can be an East Asian
    surname (one syllable: at most `SURNAME_FIRST_MAX` letters, as Zhuang, Cheong)."""
    if len(name.folds) < 2 or len(name.tokens[0]) > SURNAME_FIRST_MAX or name.suffix:
        return None
    return replace(
        name, tokens=_turn(name.tokens), folds=_turn(name.folds), alternatives=_turn(name.alternatives), korean=_turn(name.korean)
    )


def _turn(parts: tuple[T, ...]) -> tuple[T, ...]:
    return parts[1:] + parts[:1]


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
        return Decision(False, 0.0, "different generations (Jr., Sr., II)", features, veto=True)
    if len(short.folds) == 1:
        return _surname_only(short, long, table, features)
    if gender_conflict(short.last, long.last):
        return Decision(False, 0.0, "gendered surname forms", features, veto=True)
    if gendered_given_names(short.folds[0], long.folds[0]):
        return Decision(False, 0.0, "gendered given names (Mario / Maria)", features, veto=True)
    if lenient and short.folds == long.folds[-len(short.folds):]:
        return Decision(True, 0.9, "the last parts of the fuller name (Lula da Silva)", features)
    across = _cyrillic(pa.original) != _cyrillic(pb.original)
    given, how = token_score(short.alternatives[0], long.alternatives[0], table, backed=True, across_scripts=across)
    if given == 0.0:
        features[f"{short.tokens[0]}~{long.tokens[0]}"] = f"{how}:0.00"
        return Decision(False, 0.0, "different given names", features, veto=_foreign_part(short, long))
    pairs = _align(short, long, table, lenient, across)
    if pairs is None:
        features["aligned"] = 0.0
        return Decision(False, 0.0, "a name part has no counterpart", features, veto=_foreign_part(short, long))
    if _weak(pairs):
        return Decision(False, 0.0, "given names alike by skeleton only, other parts alike by spelling only", features)
    if pairs[-1][1] != len(long.folds) - 1:
        return Decision(False, 0.0, "the surnames differ", features)
    if not lenient and _middle_conflict(short, long, pairs):
        return Decision(False, 0.0, "a middle name or initial of one name is missing in the other", features)
    for (i, j, score, how) in pairs:
        features[f"{short.tokens[i]}~{long.tokens[j]}"] = f"{how}:{score:.2f}"
    score = sum(p[2] for p in pairs) / len(pairs) * (len(short.folds) / len(long.folds)) ** 0.1
    return Decision(True, round(score, 3), "all name parts match", features)


def _weak(pairs: list[tuple[int, int, float, str]]) -> bool:
    """A given name matched by its skeleton needs every other part matched as a fold or variant."""
    return any(how == "skeleton" for *_, how in pairs) and any(how in ("edit", "truncated") for *_, how in pairs)


def _cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def _foreign_part(short: ParsedName, long: ParsedName) -> bool:
    """Has the shorter name a part unlike every part of the longer one (Fidel / Raúl Castro,
    Kim Jong Un / Kim Jong Il)? Then the names are of two people, not two spellings of one."""
    return any(
        not any(fuzz.ratio(a, b) >= FOREIGN_RATIO or (a[0] == b[0] and "." in a + b) for b in long.folds)
        for a in short.folds
    )


def _middle_conflict(short: ParsedName, long: ParsedName, pairs: list[tuple[int, int, float, str]]) -> bool:
    """Does the fuller name carry a middle part the other lacks, other than a patronymic?
    (George H. W. Bush / George W. Bush, Ahmad Schah Massud / Ahmad Massud)"""
    matched = {j for _, j, _, _ in pairs}
    return any(
        j not in matched and not _PATRONYMIC.search(long.folds[j]) for j in range(1, len(long.folds) - 1)
    )


def _align(
    short: ParsedName, long: ParsedName, table: VariantTable, lenient: bool, across: bool = False
) -> list[tuple[int, int, float, str]] | None:
    """Match every token of `short`, in order, to a token of `long` (a subsequence); the given
    names of a Cyrillic and a Latin name (`across`) may match by their skeletons."""
    pairs: list[tuple[int, int, float, str]] = []
    start = 0
    for i, alts in enumerate(short.alternatives):
        for j in range(start, len(long.folds)):
            given = across and i == j == 0
            score, how = token_score(alts, long.alternatives[j], table, backed=True, across_scripts=given)
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
        if is_initial(long.folds[j]) and not is_initial(short.folds[0]):
            continue  # "Krikets" is not the surname a text abbreviates to "Faycal C."
        score, how = token_score(short.alternatives[0], long.alternatives[j], table)
        if score > 0:
            features[f"{short.tokens[0]}~{long.tokens[j]}"] = f"{how}:{score:.2f}"
            return Decision(True, round(0.8 * score, 3), "name matches a part of the fuller name", features)
    return Decision(False, 0.0, "name matches no part of the fuller name", features)
