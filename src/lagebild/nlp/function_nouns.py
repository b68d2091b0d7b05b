"""Nouns that name a person or a body by function ("Sprecher", "Regierungsvertreter", "Ministerium").

Shared by the quotes stage, which makes such a phrase a described speaker, and by
coreference, which must not pass a pronoun over a person introduced without a name.
The list is `lagebild/data/knowledge/function_nouns.tsv`, written by hand.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources


@cache
def _suffixes() -> tuple[tuple[str, str], ...]:
    """(suffix, type) rows, longest suffix first, so "regierungssprecher" wins over "sprecher"."""
    text = resources.files("lagebild").joinpath("data", "knowledge", "function_nouns.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    rows = [(suffix, type_) for suffix, type_ in csv.reader(lines[1:], delimiter="\t")]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


def function_noun_type(noun: str) -> str | None:
    """PER or ORG when the noun, or its last compound part, names a person or body by function."""
    low = noun.lower()
    return next((type_ for suffix, type_ in _suffixes() if low.endswith(suffix)), None)
