"""Compare single name tokens: folded equality, edit distance, variant table, gender."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from lagebild.names.fold import KOREAN_MARKED, KOREAN_UNMARKED, LOOSE, strict
from lagebild.names.variants import VariantTable

# Feminine ← masculine surname endings after folding (Slavic, Czech, Baltic, Greek):
# Iwanowa/Ivanov, Tolstaja/Tolstoi, Kowalska/Kowalski, Nováková/Novák, Papadopoulou/-os,
# Polish daughters' and wives' forms (Nowakówna, Klimzina, Borycianka; after -cz the fold
# reads o as e, so Duchewiczowa, Duchewiczówna end in -eva, -evna), Lithuanian and Latvian
# masculine -ovas, -ovs beside feminine -ova (Abramovas, Peskovs), patronymics -ovich / -ovna.
_GENDER_PAIRS: tuple[tuple[str, str], ...] = (
    ("ova", "ov"),
    ("eva", "ev"),
    ("ina", "in"),
    ("ska", "ski"),
    ("ska", "sk"),
    ("aia", "ii"),
    ("aia", "i"),
    ("ova", ""),
    ("eva", ""),
    ("ova", "ovas"),
    ("ova", "ovs"),
    ("eva", "evas"),
    ("eva", "evs"),
    ("ina", "inas"),
    ("ina", "ins"),
    ("ovna", ""),
    ("evna", ""),
    ("ovna", "ova"),
    ("ovna", "ovis"),
    ("evna", "evis"),
    ("ianka", "a"),
    ("anka", ""),
    ("ina", "a"),
    ("ina", ""),
    ("iene", "as"),
    ("aite", "as"),
    ("u", "os"),
)


_FEMININE_END = re.compile("(" + "|".join(sorted({f for f, _ in _GENDER_PAIRS}, key=len, reverse=True)) + ")$")


def allowed_edits(length: int, alone: bool = False, backed: bool = False) -> int:
    """Edits tolerated between two folded tokens of this (shorter) length.

    A token compared `alone` (a one-word name against another) has no other name part
    to back a misspelling, and one letter separates many surnames (Grzelanka, Gzelanka),
    so it gets less room: on the dev split this trades 0.01 recall for 0.05 precision.
    A token of a full name compared with one of another full name is `backed` by the other
    parts, which must match too, so a short one gets one edit (Wiegers / Vigers, Tsurutani /
    Turutani): on the dev persons this adds 0.03 recall for 0.004 precision."""
    short, medium = (8, 14) if alone else (4, 12) if backed else (6, 12)
    if length <= short:
        return 0
    if length <= medium:
        return 1
    return 2


@lru_cache(maxsize=500_000)
def gender_conflict(a: str, b: str) -> bool:
    """Are two folded surnames the masculine and feminine form of one name?"""
    if abs(len(a) - len(b)) > 4 or not (_FEMININE_END.search(a) or _FEMININE_END.search(b)):
        return False
    for fem, masc in _GENDER_PAIRS:
        for x, y in ((a, b), (b, a)):
            if x.endswith(fem) and y.endswith(masc):
                stem_x, stem_y = x[: len(x) - len(fem)], y[: len(y) - len(masc)]
                if len(stem_x) >= 3 and _close(stem_x, stem_y):
                    return True
    return False


def gendered_given_names(a: str, b: str) -> bool:
    """Are two folded given names a masculine and a feminine name of one stem (Mario / Maria,
    Daniel / Daniela, Giovanni / Giovanna)? Marie / Maria are one name in two languages: -e counts not."""
    if a.endswith("a") == b.endswith("a"):
        return False
    feminine, other = (a, b) if a.endswith("a") else (b, a)
    stem = feminine[:-1]
    return len(stem) >= 3 and (other == stem or (other[:-1] == stem and other[-1] in "oi"))


def _close(a: str, b: str) -> bool:
    return Levenshtein.distance(a, b, score_cutoff=1) <= 1 if min(len(a), len(b)) > 3 else a == b


def is_initial(folded: str) -> bool:
    return folded.endswith(".")


def token_score(
    a_alts: tuple[str, ...],
    b_alts: tuple[str, ...],
    table: VariantTable | None = None,
    alone: bool = False,
    backed: bool = False,
    across_scripts: bool = False,
) -> tuple[float, str]:
    """Similarity of two tokens (each given as its fold alternatives) and how it was found.
    Loose folds (`fold.loose_alternatives`) count as equal only for a part of a full name.
    `across_scripts`: the given names of a Cyrillic and a Latin name, where a Western name
    is spelled by ear (Stanfield / Стэнфилд, Greenspoon / Гринспун): then equal consonant
    skeletons suffice (`_skeleton`)."""
    a_strict, b_strict = strict(a_alts), strict(b_alts)
    if set(a_strict) & set(b_strict):
        return 1.0, "fold"
    a, b = a_alts[0], b_alts[0]
    if is_initial(a) or is_initial(b):
        return (0.9, "initial") if a[0] == b[0] else (0.0, "initial")
    if any(gender_conflict(x, y) for x in a_strict for y in b_strict):
        return 0.0, "gender"
    if not alone and _loose_match(a_alts, b_alts):
        return 0.95, "loose"
    if table is not None and table.known_variants(a, b):
        return 0.95, "table"
    if not alone and any(baltic_ending(x, y) for x in a_strict for y in b_strict):
        return 0.9, "ending"
    best = 0.0
    for x in a_strict:
        for y in b_strict:
            limit = allowed_edits(min(len(x), len(y)), alone, backed)
            dist = Levenshtein.distance(x, y, score_cutoff=limit + 1)
            if dist <= limit and x[0] == y[0]:
                best = max(best, 1.0 - dist / max(len(x), len(y)))
    if not best and across_scripts and any(_skeleton(x) == _skeleton(y) != "" for x in a_strict for y in b_strict):
        return 0.85, "skeleton"
    return best, "edit" if best else "none"


SKELETON_MIN = 3
_VOWELS = re.compile(r"[aeiou]+")


@lru_cache(maxsize=300_000)
def _skeleton(folded: str) -> str:
    """The consonants of a fold without h, after its first letter (any vowel as "a"), and the
    number of its syllables (vowel groups: Julien is no Golino); "" if it has fewer than
    `SKELETON_MIN` consonants (Ivan and Iwona, Ares and Archie are two names)."""
    consonants = re.sub(r"[aeiouh]", "", folded[1:])
    if len(consonants) + (folded[0] not in "aeiou") < SKELETON_MIN:
        return ""
    return ("a" if folded[0] in "aeiou" else folded[0]) + consonants + str(len(_VOWELS.findall(folded)))


@lru_cache(maxsize=300_000)
def _loose(alternatives: tuple[str, ...]) -> tuple[frozenset[str], dict[str, bool]]:
    """The loose folds other than Korean forms, and the Korean forms (`parse.korean_loose`)
    with whether they are marked as Korean."""
    forms = [x for x in alternatives if x.startswith((KOREAN_MARKED, KOREAN_UNMARKED))]
    korean = {x[len(KOREAN_MARKED) :]: x.startswith(KOREAN_MARKED) for x in forms}
    return frozenset(x for x in alternatives if x.startswith(LOOSE) and x not in forms), korean


def _loose_match(a_alts: tuple[str, ...], b_alts: tuple[str, ...]) -> bool:
    """A loose fold both tokens have, or one Korean form, marked as Korean in either."""
    (a_loose, a_korean), (b_loose, b_korean) = _loose(a_alts), _loose(b_alts)
    if a_loose & b_loose:
        return True
    return any(form in b_korean and (marked or b_korean[form]) for form, marked in a_korean.items())


def baltic_ending(a: str, b: str) -> bool:
    """Is one folded token the other with the Latvian or Lithuanian masculine ending
    -s, -as or -is (Armands / Armand, Samuelsons / Samuelson, Abramovas / Abramov, Kirnmanis /
    Kirnman)?"""
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long in (short + "s", short + "as", short + "is")


def truncation(a: str, b: str) -> bool:
    """Is one folded token the other cut short by one final letter (Cho / Chol)?"""
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and long.startswith(short) and len(short) >= 2

