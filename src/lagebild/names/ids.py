"""Stable entity ids: the same canonical identity gets the same id on every run and machine."""

from __future__ import annotations

import hashlib

from lagebild.names.parse import parse_name


def canonical_key(name: str) -> str:
    """The convention-folded form of a name (Beloussow and Belousov share it)."""
    parsed = parse_name(name)
    return " ".join(parsed.folds) + (f" {parsed.suffix}" if parsed.suffix else "")


def entity_id(type_: str, name: str) -> str:
    """`per-3f9a…`: a hash of the type and the canonical key of the name."""
    key = canonical_key(name) or name.strip().lower()
    digest = hashlib.sha256(f"{type_}\x00{key}".encode()).hexdigest()[:12]
    return f"{type_.lower()}-{digest}"


def pick_canonical(surface_forms: list[str]) -> str:
    """The fullest form (most name parts, then not a genitive of another form, then longest
    once folded, so a name cut short loses), then the most frequent, then the first seen."""
    counts = {form: surface_forms.count(form) for form in surface_forms}
    order = {form: i for i, form in reversed(list(enumerate(surface_forms)))}

    def rank(form: str) -> tuple[int, bool, int, int, int]:
        parsed = parse_name(form)
        return (len(parsed.folds), not _genitive_of(form, counts), len(parsed.compact), counts[form], -order[form])

    return max(counts, key=rank)


def _genitive_of(form: str, forms: dict[str, int]) -> bool:
    """Is the form the genitive of another form ("Saddam Husseins", "Bundesverwaltungsgerichtes")?"""
    return any(form.endswith(ending) and form[: -len(ending)] in forms for ending in ("s", "es"))
