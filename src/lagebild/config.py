"""Settings shared by the pipeline and the commands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(slots=True)
class Settings:
    published: date | None = None  # overrides the article's own date
    language: str | None = None  # overrides language identification
    model: str | None = None  # spaCy pipeline path or package instead of the shipped model
    max_bytes: int = DEFAULT_MAX_BYTES
