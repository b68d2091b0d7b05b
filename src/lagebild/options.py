"""Parsing of command-line values that several commands share."""

from __future__ import annotations

from datetime import date

from lagebild.errors import UsageError


def parse_day(value: str | None, option: str = "--published") -> date | None:
    """A YYYY-MM-DD option value as a date (None stays None); a wrong one is a usage error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} must be a date YYYY-MM-DD (like 2024-11-30), got {value!r}") from None
