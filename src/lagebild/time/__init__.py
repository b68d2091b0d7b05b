"""Time expressions: find them, type them (TIMEX3) and normalise them against the publication date."""

from lagebild.time.tagger import tag

__all__ = ["tag"]
