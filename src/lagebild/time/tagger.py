"""The temporal tagger: run the rules, keep the longest non-overlapping matches, normalise them."""

from __future__ import annotations

import re
from datetime import date

from lagebild.model import Timex
from lagebild.time.base import Context, Found, Rule
from lagebild.time.tense import TenseCues

# a sentence ends after a word of two lower-case letters and ".!?", or at a line break
_CALENDAR = re.compile(r"\d{4}(?:-\d\d){0,2}$")
_SENTENCE_END = re.compile(r"(?<=[a-zäöüß)\"“”»]{2}[.!?])\s+|(?<=[.!?][\"“”»])\s+|\n+")


def _rules(lang: str) -> list[Rule]:
    if lang == "en":
        from lagebild.time.rules_en import RULES
    else:
        from lagebild.time.rules_de import RULES
    return RULES


def tag(text: str, published: date | None, lang: str = "de", *, narrative: bool = False) -> list[Timex]:
    """Time expressions in `text`, normalised against the publication date.

    Without a publication date, values that depend on it stay underspecified
    ("XXXX-06"). German rules are used for every language but English. With
    `narrative` (history, chronicles) relative expressions refer to the date
    last mentioned instead.
    """
    lang = "en" if (lang or "").lower().startswith("en") else "de"
    context = Context(text, published, lang, TenseCues(text, lang), _sentence_starts(text), narrative=narrative)
    rules = _rules(lang)
    candidates: list[tuple[int, int, int, re.Match[str]]] = []
    for index, rule in enumerate(rules):
        for match in rule.pattern.finditer(text):
            candidates.append((match.start(), -match.end(), index, match))
    candidates.sort(key=lambda item: item[:3])
    taken: list[Found] = []
    busy_until = -1
    for start, _, index, match in candidates:
        if start < busy_until:
            continue
        result = rules[index].handler(match, context)
        if not result:
            continue
        results = result if isinstance(result, list) else [result]
        taken.extend(results)
        busy_until = match.end()
        _remember_days(context, results)
    return [Timex(f.start, f.end, text[f.start : f.end], f.type, f.value, f.mod) for f in taken]  # type: ignore[arg-type]


def _remember_days(context: Context, results: list[Found]) -> None:
    """Day-precise dates anchor clock times that follow them ("am Samstag ... um 20 Uhr").

    In a narrative every calendar date becomes the new anchor.
    """
    for item in results:
        if context.narrative and item.type == "DATE" and _CALENDAR.match(item.value):
            year, month, day = (item.value.split("-") + ["01", "01"])[:3]
            context.anchor = date(int(year), int(month), int(day))
        if item.type in ("DATE", "TIME") and item.value[:1].isdigit() and len(item.value) >= 10:
            try:
                context.days.append((item.end, date.fromisoformat(item.value[:10])))
            except ValueError:
                continue


def _sentence_starts(text: str) -> list[int]:
    return [0] + [match.end() for match in _SENTENCE_END.finditer(text)]
