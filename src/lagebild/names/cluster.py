"""Cluster many names into entities without comparing all pairs.

Names are blocked by keys that every pair the resolver could accept shares: the
folded token and its one-letter deletions (which catch every one-edit pair), the
consonant skeleton, the Kölner Phonetik code and the variant-table groups. Only
names in one block are compared. Merges are checked against every member of both
clusters for hard conflicts, so "Castro" never bridges Fidel and Raúl Castro: a
single-part name joins a fuller name only when exactly one cluster fits it.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Sequence

from lagebild.names.fold import KOREAN_MARKED, KOREAN_UNMARKED, LOOSE, bare, strict
from lagebild.names.match import allowed_edits
from lagebild.names.parse import ParsedName, hyphens_joined, parse_name
from lagebild.names.phonetic import cologne
from lagebild.names.resolve import Decision, NameRecord, same_entity, surname_last
from lagebild.names.variants import VariantTable, shipped_table

MAX_BLOCK = 400  # larger blocks (a very common key) are skipped; deletion keys still cover them
MAX_COARSE_BLOCK = 40
MAX_COMPACT_REPS = 4  # representatives compared per folded form  # phonetic and skeleton keys are coarse: only their small blocks are compared


def token_keys(token: str, alternatives: tuple[str, ...], table: VariantTable, backed: bool = False) -> set[str]:
    """Keys shared by every pair the resolver can accept: the fold, its one-letter
    deletions where one edit is allowed, the variant groups, and for long names, where
    two edits are allowed, the coarse keys (marked "~": consonant skeleton, Kölner Phonetik).
    A loose fold (marked `LOOSE`) matches only as it is: it is a key, but its one-letter
    deletions are not; the loose Korean forms have keys of their own."""
    keys: set[str] = set()
    for folded in alternatives:
        if folded.startswith((KOREAN_MARKED, KOREAN_UNMARKED)):
            keys.add("=K" + folded[len(KOREAN_MARKED):])  # marked or not: one key
            continue
        if folded.startswith(LOOSE):
            keys.add(folded[len(LOOSE):])  # in the folds' key space: it may equal another's fold
            continue
        keys.add(folded)
        edits = allowed_edits(len(folded), backed=backed)
        if edits:
            keys.update(folded[:i] + folded[i + 1 :] for i in range(len(folded)))
        if edits > 1:
            keys.add("~#" + folded[:1] + "".join(c for c in folded[1:] if c not in "aeiou"))
            keys.add("~@" + cologne(token))
    keys.update(f"!{group}" for group in table.groups(alternatives[0]))
    return keys


class _Clusters:
    """Union-find over unique names that keeps members, to veto merges that conflict."""

    def __init__(self, records: Sequence[NameRecord], table: VariantTable) -> None:
        self.records = records
        self.table = table
        self.parent = list(range(len(records)))
        self.members: dict[int, list[int]] = {}  # root → members, for roots of two or more
        self.tried: set[tuple[int, int]] = set()

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def try_union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        pair = (i, j) if i < j else (j, i)
        if pair in self.tried:
            return False
        self.tried.add(pair)
        if not same_entity(self.records[i], self.records[j], table=self.table).same:
            return False
        if self._conflict(ri, rj):
            return False
        if len(self.members_of(ri)) < len(self.members_of(rj)):
            ri, rj = rj, ri
        self.parent[rj] = ri
        self.members[ri] = self.members_of(ri) + self.members.pop(rj, [rj])
        return True

    def members_of(self, root: int) -> list[int]:
        return self.members.get(root, [root])

    def _conflict(self, ri: int, rj: int) -> bool:
        """Would the merged cluster hold two names the resolver keeps apart? Two single
        names must match outright (a one-word name has nothing else to vouch for it); two
        full names only must not be vetoed, as the pair that links the clusters matched."""
        full_i = [m for m in self.members_of(ri) if len(parse_name(self.records[m].name).folds) > 1]
        full_j = [m for m in self.members_of(rj) if len(parse_name(self.records[m].name).folds) > 1]
        singles_i = [m for m in self.members_of(ri) if m not in full_i]
        singles_j = [m for m in self.members_of(rj) if m not in full_j]
        singles = [(a, b) for a in singles_i for b in singles_j][:200]
        full = [(a, b) for a in full_i for b in full_j][:200]
        return any(not self._decide(a, b).same for a, b in singles) or any(self._decide(a, b).veto for a, b in full)

    def _decide(self, a: int, b: int) -> Decision:
        return same_entity(self.records[a], self.records[b], table=self.table)


def _blocks(
    parsed: Sequence[ParsedName], types: Sequence[str], table: VariantTable, reps: Sequence[int]
) -> dict[str, list[int]]:
    """Block the representatives (one per folded name).

    Full person names ("M") by their given name's first letter and their surname's keys,
    single names ("S") by their own keys; "L" blocks list full names under their
    surname's keys, for single names to look up. Other types by the whole name's keys.
    """
    blocks: dict[str, list[int]] = defaultdict(list)
    for index in reps:
        name, type_ = parsed[index], types[index]
        if not name.folds:
            continue
        if type_ != "PER":
            compact = "".join(name.folds)
            for key in token_keys(compact, (compact,), table):
                blocks[f"{type_}|S|{key}"].append(index)
            continue
        if len(name.folds) == 1:  # a name alone never matches by a loose fold
            for key in token_keys(name.tokens[-1], strict(name.alternatives[-1]), table):
                blocks[f"S|{key}"].append(index)
            continue
        for key in _full_name_keys(name, table) | _joined_keys(name, table):
            blocks[key].append(index)
    return blocks


def _joined_keys(name: ParsedName, table: VariantTable) -> set[str]:
    """The keys of the name with short hyphenated parts written as one word (Hee-Wook)."""
    joined = hyphens_joined(name.original)
    if not joined or len(parse_name(joined).folds) < 2:
        return set()
    return _full_name_keys(parse_name(joined), table)


def _full_name_keys(name: ParsedName, table: VariantTable) -> set[str]:
    """Block keys of a full person name: "L" and its surname's keys; "M", the first letter of
    its given name (of each reading: Fumitaka is also Humitaka) and its surname's keys, also as
    if written surname first (Jinping Xi); "M|K" and its Korean romanisation-neutral form.
    A first letter that only a loose fold of the given name has (Гаррер read as Harrer) goes
    with the surname's own folds only, not with its one-edit keys: fewer blocks to compare.
    Keys for single names to look up ("L") and for the surname-first reading are not loose."""
    surname = (name.tokens[-1], name.alternatives[-1])
    keys = {f"L|{key}" for key in token_keys(surname[0], strict(surname[1]), table)}
    initials = {alternative[0] for alternative in strict(name.alternatives[0])}
    loose_initials = {bare(alternative)[0] for alternative in name.alternatives[0]} - initials
    surname_keys = token_keys(*surname, table, backed=True)
    exact = {bare(alternative) for alternative in surname[1]}
    keys.update(f"M|{initial}|{key}" for key in surname_keys for initial in initials)
    keys.update(f"M|{initial}|{key}" for key in exact for initial in loose_initials)
    turned = surname_last(name)
    if turned:
        turned_keys = token_keys(turned.tokens[-1], strict(turned.alternatives[-1]), table, backed=True)
        keys.update(f"M|{turned.folds[0][0]}|{key}" for key in turned_keys)
    keys.update(f"M|K|{korean}" for korean in {name.korean_compact, turned.korean_compact if turned else ""} if korean)
    return keys


def cluster_records(records: Sequence[NameRecord], table: VariantTable | None = None) -> list[int]:
    """Cluster index (0, 1, … in order of first appearance) of every record."""
    # Hundreds of thousands of small, long-lived objects: the cyclic garbage collector
    # would rescan them all again and again and find nothing to free.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _cluster(records, table if table is not None else shipped_table())
    finally:
        if collecting:
            gc.enable()


def _cluster(records: Sequence[NameRecord], table: VariantTable) -> list[int]:
    unique: dict[tuple[str, str], int] = {}
    for record in records:
        unique.setdefault((record.type, record.name.strip()), len(unique))
    uniq = [NameRecord(name, type_) for (type_, name) in unique]
    parsed = [parse_name(r.name) for r in uniq]
    clusters = _Clusters(uniq, table)
    # names with one folded form join the first such name they match; those that match
    # none (Wu Zhan beside Wu Shan: one fold, two pinyin names) stay representatives
    by_compact: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, (record, name) in enumerate(zip(uniq, parsed)):
        group = by_compact[record.type, name.compact]
        if not any(clusters.try_union(first, index) for first in group[:MAX_COMPACT_REPS]):
            group.append(index)
    reps = sorted(index for group in by_compact.values() for index in group)
    blocks = _blocks(parsed, [r.type for r in uniq], table, reps)
    _merge_blocks(clusters, blocks)
    _attach_singles(clusters, blocks)
    roots: dict[int, int] = {}
    return [
        roots.setdefault(clusters.find(unique[(r.type, r.name.strip())]), len(roots)) for r in records
    ]


def _small(key: str, members: list[int]) -> bool:
    return 1 < len(members) <= (MAX_COARSE_BLOCK if "|~" in key else MAX_BLOCK)


def _merge_blocks(clusters: _Clusters, blocks: dict[str, list[int]]) -> None:
    """Merge the names within each block (single with single, full with full)."""
    for key, members in blocks.items():
        if key.startswith("L|") or not _small(key, members):
            continue
        for a_pos, a in enumerate(members):
            for b in members[a_pos + 1 :]:
                clusters.try_union(a, b)


def _attach_singles(clusters: _Clusters, blocks: dict[str, list[int]]) -> None:
    """Attach each single person name to the one full-name cluster it fits, if only one fits."""
    candidates: dict[int, set[int]] = defaultdict(set)
    for key, members in blocks.items():
        if key.startswith("S|") and f"L|{key[2:]}" in blocks:
            fuller = blocks[f"L|{key[2:]}"]
            if len(fuller) <= (MAX_COARSE_BLOCK if "|~" in key else MAX_BLOCK):
                for single in members:
                    candidates[single].update(fuller)
    for single, fuller in candidates.items():
        fits = {clusters.find(m) for m in fuller if _fits(clusters, single, m)}
        if len(fits) == 1:
            clusters.try_union(single, next(iter(fits)))


def _fits(clusters: _Clusters, single: int, multi: int) -> bool:
    return same_entity(clusters.records[single], clusters.records[multi], table=clusters.table).same


def cluster_names(names: Iterable[str], type_: str = "PER", table: VariantTable | None = None) -> list[int]:
    return cluster_records([NameRecord(n, type_) for n in names], table)
