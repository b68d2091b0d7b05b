"""Name-part variant groups (Wikidata, via rigour's data): spellings no rule can fold.

A table maps each folded variant to the ids of the groups it belongs to; two tokens
are known variants when they share a group. The shipped table is built by
`scripts/build_names_variants.py`; the evaluation builds one from its dev split only.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from lagebild.names.fold import fold
from lagebild.names.translit import latinize

SHIPPED = "variants.txt.gz"


class VariantTable:
    def __init__(self, groups: Iterable[Iterable[str]] = ()) -> None:
        self._index: dict[str, tuple[int, ...]] = {}
        for number, group in enumerate(groups):
            for key in set(group):
                self._index[key] = self._index.get(key, ()) + (number,)

    def __len__(self) -> int:
        return len(self._index)

    def groups(self, folded: str) -> tuple[int, ...]:
        return self._index.get(folded, ())

    def known_variants(self, a: str, b: str) -> bool:
        """Do two folded tokens belong to one variant group?"""
        return bool(set(self.groups(a)) & set(self.groups(b)))

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> VariantTable:
        """One group of folded variants per line, separated by spaces."""
        return cls(line.split() for line in lines if line.strip())


MIN_LENGTH = 4  # shorter folds are mostly romanised syllables (Jong, Un, Yo) shared by many names
MAX_FOLDS = 8  # a group with more distinct folds is a soup of romanisations, not one name


def folded_group(variants: Iterable[str]) -> list[str]:
    """Distinct folds of a group's single-word variants; empty for groups useless as evidence."""
    out = sorted({f for f in (fold(latinize(v)) for v in variants if " " not in v.strip()) if len(f) >= MIN_LENGTH})
    return out if len(out) <= MAX_FOLDS else []


@lru_cache(maxsize=1)
def shipped_table() -> VariantTable:
    """The table shipped in lagebild/data/names (empty if it was not built)."""
    path = resources.files("lagebild") / "data" / "names" / SHIPPED
    if not Path(str(path)).exists():
        return VariantTable()
    with gzip.open(str(path), "rt", encoding="utf-8") as handle:
        return VariantTable.from_lines(handle)
