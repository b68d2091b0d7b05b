"""A full-name, per-person gold set built from the name-part items of persons.txt.

persons.txt holds name *parts* (one Wikidata name item with its spellings), but the
resolver is for *persons*. This module composes synthetic persons from those items,
deterministically (seeded), and writes each person's name the ways newspapers do.

Origins (first that applies to an item; a person's items all share one origin):

- ``chinese`` / ``korean``: CJK syllable items (a spelling that is one Han character,
  optionally with 姓/氏, or one Hangul syllable). Such items are "soups" of one
  character's readings across languages (kim, gim, jian, chien), so a person does not
  take random readings: a Chinese person's syllables are read in pinyin (ICU Han-Latin,
  kept only if the item lists that reading), a Korean person's in Revised Romanisation
  (ICU Hangul-Latin, likewise) plus, as a second system, the item's reading that is its
  McCune-Reischauer form (Gim/Kim, Jeong/Jong, Eun/Un), where the item lists one. Surname items are those
  with a 姓/氏/씨 spelling; a given name has two syllables (Korean) or one or two (Chinese).
- ``arabic``: Arabic-script spellings (and no CJK syllable).
- ``cyrillic``: Cyrillic and Latin spellings.
- ``latin``: Latin spellings, no Cyrillic or Arabic.

Given name or surname: an item is a surname when a Latin or Cyrillic spelling ends in a
surname suffix (-ov, -enko, -ski, -wicz, -dze, -yan, Arabic al-/el- or nisba -i, …) or the
item has gendered forms; the other items are given names. Where an origin has fewer
than `MIN_POOL` surnames, any item may be either. A person takes a surname item and a
given-name item of one origin and one split: a held-out person has held-out items only.

Spellings of one person (its gold cluster): up to `LATIN_COMBOS` Latin combinations of
a given-name and a surname spelling drawn across conventions (Sergei Iwanow, Sergej
Ivanov — mixed as in newspapers, with the data's diacritics), up to `CYRILLIC_COMBOS`
Cyrillic ones, and for CJK names the formats: surname first, "Jong-un", "Jong Un",
"Jongun", Western order "Jong-un Kim", pinyin with tone marks. Other scripts (Arabic,
Hangul, Han) are not written: they reach the resolver only through transliteration.

Hard negatives inside the set (so that precision punishes false merges): for a share
of persons a *sibling* with the same surname item and a different given name (Fidel /
Raúl Castro; Kim Jong-un / Kim Jong-il), and, where the surname item has a feminine
form, a person with the *same* given name and the feminine surname (Iwanow / Iwanowa).
A full spelling (case, diacritics, spaces and hyphens ignored) shared by two persons is
dropped from both, as no resolver can tell them apart.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import icu
from normality import ascii_text
from rapidfuzz import fuzz

from lagebild.names.evaluate import _separate_forms, form_class, split_of
from lagebild.names.fold import fold
from lagebild.names.translit import latinize

ORIGINS = ("cyrillic", "latin", "arabic", "korean", "chinese")
PERSONS_PER_ORIGIN = 1500
SIBLING_SHARE = 0.3
LATIN_COMBOS = 4
CYRILLIC_COMBOS = 2
MIN_POOL = 50
_LATIN = re.compile(r"^[a-z\u00c0-\u024f\u1e00-\u1eff'’]+(-[a-z\u00c0-\u024f\u1e00-\u1eff'’]+)?$")
_CYRILLIC = re.compile(r"^[\u0400-\u04ff'’-]+$")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_HANGUL_SYLLABLE = re.compile(r"^[\uac00-\ud7a3]씨?$")
_HAN_CHAR = re.compile(r"^[\u4e00-\u9fff][姓氏]?$")
_SURNAME_LATIN = re.compile(
    r"(^(al|el)-.+|.{3,}(ov|ev|ow|ew|off|in|yn|sky|ski|skiy|skyi|cki|tsky|enko|uk|chuk|czuk|wicz|vich|vić|vic|ović|ovic"
    r"|dze|shvili|schwili|yan|jan|ian|son|sen|mann|escu|ides|idis|opoulos|oglu|oğlu|zade|zadeh))$"
)
_SURNAME_CYRILLIC = re.compile(r".{2,}(ов|ев|ёв|ин|ын|ский|цкий|ской|енко|ук|юк|чук|вич|дзе|швили|ян)$")
_SIBLING_RATIO = 75  # given names whose folds are this similar are one name, not siblings


@dataclass(frozen=True, slots=True)
class Item:
    """One form class (masculine, feminine, maiden) of a name item, ready to combine."""

    qid: str
    latin: tuple[str, ...]
    cyrillic: tuple[str, ...]
    surname: bool
    form: str = "masculine"
    han: str = ""
    hangul: str = ""


@dataclass(frozen=True, slots=True)
class Person:
    origin: str
    items: tuple[str, ...]  # qids, given name(s) first
    spellings: tuple[str, ...]


def _cap(word: str) -> str:
    """Capitalise each hyphen part, except an Arabic article before a name (al-Assad)."""
    parts = word.split("-")
    return "-".join(p if p in ("al", "el") and n < len(parts) - 1 else p[:1].upper() + p[1:] for n, p in enumerate(parts))


def origin_of(raw: Sequence[str]) -> str:
    if any(_HAN_CHAR.match(v) or _HANGUL_SYLLABLE.match(v) for v in raw):
        return "cjk"
    if any(_ARABIC.search(v) for v in raw):
        return "arabic"
    return "cyrillic" if any(_CYRILLIC.match(v) for v in raw) else "latin"


def _is_surname(latin: Sequence[str], cyrillic: Sequence[str], gendered: bool) -> bool:
    return gendered or any(_SURNAME_LATIN.match(v) for v in latin) or any(_SURNAME_CYRILLIC.match(v) for v in cyrillic)


def _word_items(qid: str, raw: list[str]) -> list[Item]:
    """The form classes of a non-CJK item as Items (Latin and Cyrillic single words)."""
    words = sorted({v for v in raw if _LATIN.match(v) or _CYRILLIC.match(v)})
    parts = _separate_forms(words)
    items = []
    for part in parts:
        latin = tuple(v for v in part if _LATIN.match(v))
        cyrillic = tuple(v for v in part if _CYRILLIC.match(v))
        if not latin:
            continue
        form = _majority_form(part) if len(parts) > 1 else "masculine"
        items.append(Item(qid, latin, cyrillic, _is_surname(latin, cyrillic, len(parts) > 1), form))
    return items


def _majority_form(part: Sequence[str]) -> str:
    return Counter(form_class(fold(latinize(v))) for v in part).most_common(1)[0][0]


def _cjk_item(qid: str, raw: list[str]) -> Item | None:
    latin = tuple(sorted({v for v in raw if _LATIN.match(v) and "-" not in v}))
    han = next((v[0] for v in raw if _HAN_CHAR.match(v)), "")
    hangul = next((v[0] for v in raw if _HANGUL_SYLLABLE.match(v)), "")
    if not latin:
        return None
    surname = any(len(v) == 2 and v[1] in "姓氏씨" for v in raw)
    return Item(qid, latin, (), surname, han=han, hangul=hangul)


def read_items(path: Path) -> dict[tuple[str, str], list[Item]]:
    """(split, origin) → items, in file order."""
    out: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        names, _, qid = line.rpartition(" => ")
        raw = [v.strip() for v in names.split(",") if v.strip()]
        qid, origin = qid.strip(), origin_of(raw)
        split = split_of(qid)
        if origin != "cjk":
            out[split, origin].extend(_word_items(qid, raw))
            continue
        item = _cjk_item(qid, raw)
        if item and item.han:
            out[split, "chinese"].append(item)
        if item and item.hangul:
            out[split, "korean"].append(item)
    return out


@lru_cache(maxsize=8)
def _transliterator(name: str) -> icu.Transliterator:
    return icu.Transliterator.createInstance(name)


def _strip(text: str) -> str:
    return (ascii_text(text) or "").lower()


def readings(item: Item, origin: str) -> tuple[str, ...]:
    """A CJK syllable's spellings for one person: the standard reading (pinyin for Chinese,
    Revised Romanisation for Korean) if the item lists it, and for Korean its
    McCune-Reischauer reading if listed (a second system, as Kim beside Gim). Empty if the
    standard reading is not listed."""
    scheme, char = ("Han-Latin", item.han) if origin == "chinese" else ("Hangul-Latin", item.hangul)
    standard = _transliterator(scheme).transliterate(char)
    plain = {_strip(v): v for v in item.latin}
    if _strip(standard) not in plain:
        return ()
    if origin == "chinese":
        return (standard,)
    other = sorted(v for v in plain if v != _strip(standard) and _mccune_key(v) == _mccune_key(standard))
    return (standard, other[0]) if other else (standard,)


def _mccune_key(reading: str) -> str:
    """A Korean reading with the differences between Revised Romanisation and
    McCune-Reischauer levelled (eo/ŏ, eu/ŭ, g/k, d/t, b/p, j/ch, doubled letters)."""
    text = re.sub(r"eo|eu", lambda m: m.group()[1], _strip(reading))
    text = re.sub(r"ch|[gdbj]", lambda m: {"g": "k", "d": "t", "b": "p"}.get(m.group(), "ch"), text)
    return re.sub(r"(.)\1+", r"\1", text)


def _western(rng: random.Random, given: Item, surname: Item, script: str, limit: int) -> list[str]:
    pairs = [(g, s) for g in getattr(given, script) for s in getattr(surname, script)]
    chosen = rng.sample(pairs, min(limit, len(pairs)))
    return [f"{_cap(g)} {_cap(s)}" for g, s in chosen]


def western_spellings(rng: random.Random, given: Item, surname: Item) -> list[str]:
    """Latin and Cyrillic combinations of one person's given name and surname."""
    return _western(rng, given, surname, "latin", LATIN_COMBOS) + _western(rng, given, surname, "cyrillic", CYRILLIC_COMBOS)


def cjk_spellings(surname: Sequence[str], given: Sequence[Sequence[str]], origin: str) -> list[str]:
    """Formats of a CJK name for each reading system: surname first, given name hyphenated,
    spaced or joined, and in Western order; pinyin also with its tone marks."""
    systems = range(max(len(surname), *(len(g) for g in given)))
    out: list[str] = []
    for k in systems:
        sur = surname[min(k, len(surname) - 1)]
        syllables = [g[min(k, len(g) - 1)] for g in given]
        for marked in (False, True) if origin == "chinese" else (False,):
            s, parts = (sur, syllables) if marked else (_strip(sur), [_strip(p) for p in syllables])
            joined = parts[0] + "".join(parts[1:])
            hyphen = _cap(parts[0]) + "".join("-" + p for p in parts[1:])  # Jong-un
            out += [f"{_cap(s)} {_cap(joined)}", f"{_cap(s)} {hyphen}", f"{_cap(joined)} {_cap(s)}"]
            if len(parts) > 1 and not marked:
                out.append(f"{_cap(s)} {' '.join(_cap(p) for p in parts)}")
    return list(dict.fromkeys(out))


def _distinct_given(a: Sequence[str], b: Sequence[str]) -> bool:
    """Are two given names (as spellings) different names, not variants of one?"""
    fa, fb = {fold(latinize(x)) for x in a}, {fold(latinize(x)) for x in b}
    return not any(fuzz.ratio(x, y) >= _SIBLING_RATIO for x in fa for y in fb)


def _pools(items: list[Item]) -> tuple[list[Item], list[Item]]:
    """(given names, masculine surnames with two or more Latin spellings) of one origin;
    any item takes either role when an origin has few surnames or few given names."""
    masculine = [i for i in items if i.form == "masculine"]
    surnames = [i for i in masculine if i.surname]
    given = [i for i in masculine if not i.surname]
    if len(surnames) < MIN_POOL or len(given) < MIN_POOL:
        given, surnames = masculine, masculine
    return given, [i for i in surnames if len(i.latin) > 1]  # the surname carries the variation


def western_persons(rng: random.Random, items: list[Item], origin: str, count: int) -> Iterator[Person]:
    """Persons of a Latin, Cyrillic or Arabic origin, with siblings and feminine namesakes."""
    given_pool, surnames = _pools(items)
    feminine = {i.qid: i for i in items if i.form == "feminine"}
    if not given_pool or not surnames:
        return
    for _ in range(count):
        given, surname = rng.choice(given_pool), rng.choice(surnames)
        yield Person(origin, (given.qid, surname.qid), tuple(western_spellings(rng, given, surname)))
        if rng.random() < SIBLING_SHARE:
            other = rng.choice(given_pool)
            if other.qid != given.qid and _distinct_given(given.latin, other.latin):
                yield Person(origin, (other.qid, surname.qid), tuple(western_spellings(rng, other, surname)))
        if surname.qid in feminine:
            fem = feminine[surname.qid]
            yield Person(origin, (given.qid, fem.qid + "/f"), tuple(western_spellings(rng, given, fem)))


def cjk_persons(rng: random.Random, items: list[Item], origin: str, count: int) -> Iterator[Person]:
    """Korean (surname + two syllables) or Chinese (surname + one or two) persons, with
    siblings that share the surname and the first syllable (Kim Jong-un / Kim Jong-il)."""
    read = [(i, readings(i, origin)) for i in items]
    read = [(i, r) for i, r in read if r]
    surnames = [(i, r) for i, r in read if i.surname]
    syllables = [(i, r) for i, r in read if not i.surname]
    if not surnames or not syllables:
        return
    for _ in range(count):
        (sur, sur_r) = rng.choice(surnames)
        size = 2 if origin == "korean" else rng.choice((1, 2, 2))
        given = [rng.choice(syllables) for _ in range(size)]
        yield _cjk_person(origin, sur, sur_r, given)
        if rng.random() < SIBLING_SHARE:
            other = given[:-1] + [rng.choice(syllables)]
            if _distinct_given(given[-1][1], other[-1][1]):
                yield _cjk_person(origin, sur, sur_r, other)


def _cjk_person(origin: str, sur: Item, sur_r: tuple[str, ...], given: list[tuple[Item, tuple[str, ...]]]) -> Person:
    qids = tuple(i.qid for i, _ in given) + (sur.qid,)
    return Person(origin, qids, tuple(cjk_spellings(sur_r, [r for _, r in given], origin)))


def _key(spelling: str) -> str:
    return re.sub(r"[\s\-‐‑–']", "", unicodedata.normalize("NFC", _strip(spelling) if not _CYRILLIC.search(spelling) else spelling.lower()))


def unambiguous_persons(persons: Sequence[Person]) -> list[Person]:
    """Drop spellings two persons share (case, diacritics, spaces, hyphens ignored)."""
    owners: dict[str, set[int]] = defaultdict(set)
    for number, person in enumerate(persons):
        for spelling in person.spellings:
            owners[_key(spelling)].add(number)
    out = []
    for number, person in enumerate(persons):
        kept = tuple(s for s in person.spellings if owners[_key(s)] == {number})
        if kept:
            out.append(Person(person.origin, person.items, kept))
    return out


def build_persons(path: Path, split: str, count: int = PERSONS_PER_ORIGIN, seed: int = 5) -> list[Person]:
    """The person gold set of one split (deterministic for a seed)."""
    items = read_items(path)
    persons: list[Person] = []
    for origin in ORIGINS:
        rng = random.Random(f"{seed}-{split}-{origin}")
        make = cjk_persons if origin in ("korean", "chinese") else western_persons
        persons.extend(make(rng, items.get((split, origin), []), origin, count))
    unique: dict[tuple[str, ...], Person] = {}
    for person in persons:
        unique.setdefault(person.items, person)  # a person drawn twice counts once
    return unambiguous_persons(list(unique.values()))
