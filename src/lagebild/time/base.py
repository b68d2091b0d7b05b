"""What rules are made of: a pattern, a handler, and the context they resolve against."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from lagebild.time.tense import TenseCues


@dataclass(slots=True)
class Found:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None


@dataclass(slots=True)
class Context:
    """The text being tagged, its anchor date and what the tagger has found so far."""

    text: str
    anchor: date | None
    lang: str
    tense: TenseCues
    sentence_starts: list[int]
    days: list[tuple[int, date]] = field(default_factory=list)  # (offset, date) of day-precise dates
    narrative: bool = False  # anchor on the last date mentioned, not on the publication date
    scheduled_end: int = -1  # end of the last expression a date was set for ("auf den 5. Mai vertagt")

    def sentence(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.sentence_starts, offset) - 1
        start = self.sentence_starts[i]
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)
        return start, end

    def direction(self, start: int, end: int, clause_only: bool = False) -> int:
        if self.narrative:
            return 0  # a narrative stays in the year it last named
        return self.tense.direction(start, end, self.sentence(start), clause_only)

    def day_for_time(self, offset: int) -> date | None:
        """The day a clock time belongs to: a date mentioned before it in its sentence, else the anchor."""
        sentence_start = self.sentence(offset)[0]
        for position, day in reversed(self.days):
            return day if position >= sentence_start else self.anchor
        return self.anchor


Handler = Callable[[re.Match[str], Context], "list[Found] | Found | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler


def rule(name: str, pattern: str, handler: Handler, flags: int = re.IGNORECASE) -> Rule:
    return Rule(name, re.compile(pattern, flags), handler)


def extent(match: re.Match[str]) -> tuple[int, int]:
    """The expression's span: group "x" when the pattern has one (prepositions stay outside)."""
    if "x" in match.re.groupindex and match.start("x") >= 0:
        return match.span("x")
    return match.span()


def found(match: re.Match[str], type_: str, value: str, mod: str | None = None) -> Found:
    start, end = extent(match)
    return Found(start, end, type_, value, mod)


MODS_DE = {"anfang": "START", "anfangs": "START", "beginn": "START", "mitte": "MID", "ende": "END",
           "endes": "END", "ausgang": "END", "spätestens": "ON_OR_BEFORE", "frühestens": "ON_OR_AFTER"}
MODS_EN = {"early": "START", "beginning": "START", "start": "START", "mid": "MID", "middle": "MID",
           "late": "END", "end": "END"}
APPROX = {"etwa": "APPROX", "rund": "APPROX", "ungefähr": "APPROX", "circa": "APPROX", "ca.": "APPROX",
          "knapp": "LESS_THAN", "fast": "LESS_THAN", "beinahe": "LESS_THAN", "gut": "MORE_THAN",
          "mehr als": "MORE_THAN", "über": "MORE_THAN", "weniger als": "LESS_THAN", "mindestens": "EQUAL_OR_MORE",
          "höchstens": "EQUAL_OR_LESS", "bis zu": "EQUAL_OR_LESS",
          "about": "APPROX", "around": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
          "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN", "at least": "EQUAL_OR_MORE",
          "up to": "EQUAL_OR_LESS"}


def lower(match: re.Match[str], group: str) -> str | None:
    text = match.group(group)
    return None if text is None else " ".join(text.lower().split())


def year_of(text: str, anchor: date | None = None) -> int:
    """A year from four digits or two ("'98", "1.9.39"): two digits take the century nearest the anchor."""
    digits = text.strip("'’")
    number = int(digits)
    if len(digits) > 2:
        return number
    reference = anchor.year if anchor else 2000
    candidates = (reference // 100 * 100 - 100 + number, reference // 100 * 100 + number)
    return min(candidates, key=lambda year: (abs(year - reference), -year))
