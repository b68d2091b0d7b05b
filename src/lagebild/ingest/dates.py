"""Publication dates as readers find them."""

from __future__ import annotations

from datetime import date, datetime


def parse_date(value: object) -> date | None:
    """A date from ISO text ('2024-11-30', '2024-11-30T10:00:00Z'), a datetime, or nothing."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise ValueError(f"published must be a date like 2024-11-30, got {value!r}")
