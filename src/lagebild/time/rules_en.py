"""English rules: the common news forms, normalised like the German ones."""

from __future__ import annotations

import re

from lagebild.time import normalise as N
from lagebild.time.base import APPROX, MODS_EN, Context, Found, Rule, found, lower, rule, year_of
from lagebild.time.lexicon import (
    DAYPARTS_EN, EASTER_OFFSETS_EN, HOLIDAYS_EN, MONTHS_EN, NUMBERS_EN, SEASONS_EN, UNITS_EN, VAGUE_EN,
    WEEKDAYS_EN, alternation,
)

_FULL = [m for m in MONTHS_EN if len(m) > 3 or m == "may"]
MON = rf"(?:{alternation(_FULL)}|{alternation([m for m in MONTHS_EN if m not in _FULL])}\.?)"
WD = alternation(WEEKDAYS_EN)
YEAR = r"(?:1\d{3}|20\d{2})"
NUMW = alternation(list(NUMBERS_EN) + list(VAGUE_EN))
NUM = rf"(?:\d+(?:\.\d+)?|(?:a\s+)?half(?:\s+an?)?|{NUMW}(?:\s+and\s+a\s+half)?)"
UNIT = r"(?P<unit>seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|quarters?|years?|decades?|centur(?:y|ies))"
REL = r"(?P<rel>next|last|past|previous|this|coming|following|current)"
APPROX_EN = r"(?:about|around|nearly|almost|more\s+than|over|less\s+than|at\s+least|up\s+to)"
_SHIFT = {"next": 1, "coming": 1, "following": 1, "last": -1, "past": -1, "previous": -1}
_QUANTITY_BEFORE = re.compile(r"\b(?:about|around|nearly|almost|over|some|than|least|to|only|estimated)\s+$", re.I)
_COUNTED_AFTER = re.compile(r"\s+(?:people|persons|troops|soldiers|dollars|euros|pounds|men|women|children|deaths|"
                            r"cases|votes|homes|jobs|metres|meters|miles|tonnes|tons|km|kilometres)\b", re.I)
_DAY_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


def _month(text: str) -> int:
    return MONTHS_EN[text.lower().rstrip(".")]


def _unit(word: str) -> tuple[str, bool]:
    stem = word.lower()
    stem = "century" if stem.startswith("centur") else stem.removesuffix("s")
    return UNITS_EN[stem]


def _amount(text: str) -> float | None:
    words = text.lower().split()
    if "half" in words:
        return 0.5 if words[0] in ("half", "a") else NUMBERS_EN.get(words[0], 0) + 0.5
    if words[0][0].isdigit():
        return float(words[0])
    return None if words[0] in VAGUE_EN else NUMBERS_EN[words[0]]


def _date(m: re.Match[str], ctx: Context) -> Found | None:
    month, day_ = _month(m.group("mon")), int(m.group("d"))
    if not 1 <= day_ <= 31:
        return None
    if m.group("y"):
        return found(m, "DATE", f"{int(m.group('y')):04d}-{month:02d}-{day_:02d}")
    return found(m, "DATE", N.day_month(ctx.anchor, month, day_, ctx.direction(*m.span())))


def _date_iso(m: re.Match[str], ctx: Context) -> Found | None:
    month, day_ = int(m.group("m")), int(m.group("d"))
    if not (1 <= day_ <= 31 and 1 <= month <= 12):
        return None
    return found(m, "DATE", f"{year_of(m.group('y'), ctx.anchor):04d}-{month:02d}-{day_:02d}")


def _month_expr(m: re.Match[str], ctx: Context) -> Found | None:
    name = m.group("mon").lower().rstrip(".")
    mod = MODS_EN.get(lower(m, "mod") or "")
    if name == "may" and not (m.group("prep") or m.group("y") or mod):
        return None  # the modal verb
    if name not in _FULL and not m.group("mon").endswith(".") and not m.group("y"):
        return None  # "Mar", "Jan" without a dot are too often names
    month = _month(name)
    if m.group("y"):
        return found(m, "DATE", N.month(int(m.group("y")), month), mod)
    return found(m, "DATE", N.named_month(ctx.anchor, month, ctx.direction(*m.span())), mod)


def _year(m: re.Match[str], ctx: Context) -> Found | None:
    year = int(m.group("y"))
    if year < 1500 and not m.group("pre"):
        return None
    if not m.group("pre") and (_QUANTITY_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
                               or _COUNTED_AFTER.match(ctx.text, m.end())):
        return None  # "about 2000 people"
    return found(m, "DATE", f"{year:04d}", MODS_EN.get(lower(m, "mod") or ""))


def _decade(m: re.Match[str], ctx: Context) -> Found:
    digits = m.group("dec")
    decade = int(digits) // 10 if len(digits) == 4 else 190 + int(digits) // 10
    return found(m, "DATE", f"{decade:03d}", MODS_EN.get(lower(m, "mod") or ""))


def _deictic(m: re.Match[str], ctx: Context) -> Found:
    word = m.group("rel").lower()
    value = N.shifted(ctx.anchor, _DAY_OFFSETS[word], "D")
    part = lower(m, "part")
    if word == "tonight" or part:
        return found(m, "TIME", f"{value}T{DAYPARTS_EN[part] if part else 'NI'}")
    return found(m, "DATE", value)


_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "recently": "PAST_REF", "soon": "FUTURE_REF"}


def _ref(m: re.Match[str], ctx: Context) -> Found:
    return found(m, "DATE", _REFS[m.group().lower()])


def _weekday(m: re.Match[str], ctx: Context) -> Found:
    rel = (m.group("rel") or "").lower()
    direction = _SHIFT.get(rel, 0) if rel else (ctx.direction(*m.span()) or 1)
    if rel == "this":
        direction = 0
    value = N.weekday(ctx.anchor, WEEKDAYS_EN[m.group("wd").lower()], direction)
    part = lower(m, "part")
    if part:
        return found(m, "TIME", f"{value}T{DAYPARTS_EN[part]}")
    return found(m, "DATE", value)


def _relative_period(m: re.Match[str], ctx: Context) -> Found | None:
    unit = _unit(m.group("unit"))[0]
    shift = _SHIFT.get(m.group("rel").lower(), 0)
    mod = MODS_EN.get(lower(m, "mod") or "")
    return found(m, "DATE", N.shifted(ctx.anchor, shift, unit), mod)


def _ago(m: re.Match[str], ctx: Context) -> Found:
    amount = _amount(m.group("num"))
    unit, is_time = _unit(m.group("unit"))
    sign = -1 if m.group("ago") else 1
    if amount is None or amount != int(amount) or is_time:
        return found(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    return found(m, "DATE", N.shifted(ctx.anchor, sign * int(amount), "W" if unit == "WE" else unit))


def _duration(m: re.Match[str], ctx: Context) -> Found:
    amount = _amount(m.group("num")) if m.group("num") else None
    unit, is_time = _unit(m.group("unit"))
    approx = lower(m, "approx")
    return found(m, "DURATION", N.duration(amount, unit, is_time), APPROX.get(approx) if approx else None)


def _set_value(what: str) -> str:
    what = what.lower()
    if what.removesuffix("s") in WEEKDAYS_EN:
        return f"XXXX-WXX-{WEEKDAYS_EN[what.removesuffix('s')]}"
    sets = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"}
    if what in sets:
        return sets[what]
    unit, is_time = _unit(what)
    return N.duration(1, unit, is_time)


def _season(m: re.Match[str], ctx: Context) -> Found | None:
    code = SEASONS_EN[m.group("season").lower()]
    if m.group("y"):
        return found(m, "DATE", f"{int(m.group('y')):04d}-{code}")
    rel = (m.group("rel") or "").lower()
    if not rel and not m.group("prep"):
        return None
    direction = _SHIFT.get(rel, 0) if rel else ctx.direction(*m.span())
    return found(m, "DATE", N.season(ctx.anchor, code, direction))


def _holiday(m: re.Match[str], ctx: Context) -> Found:
    name = m.group("hol").lower()
    year = int(m.group("y")) if m.group("y") else None
    value = N.holiday(ctx.anchor, HOLIDAYS_EN.get(name), EASTER_OFFSETS_EN.get(name), ctx.direction(*m.span()), year)
    return found(m, "DATE", value)


def _clock(m: re.Match[str], ctx: Context) -> Found | None:
    hour, minute = int(m.group("h")), int(m.group("min") or 0)
    half = (m.group("ampm") or "").lower().replace(".", "")
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    day_ = ctx.day_for_time(m.start())
    prefix = N.day(day_) if day_ else "XXXX-XX-XX"
    return found(m, "TIME", f"{prefix}T{hour:02d}:{minute:02d}")


def _set_any(m: re.Match[str], ctx: Context) -> Found:
    """`every Monday`, `on Mondays`, `weekly`."""
    return found(m, "SET", _set_value(m.group("what") or m.group("what2")))


def _clock_any(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("h") is not None:
        return _clock(m, ctx)
    hour, minute = int(m.group("h2")), int(m.group("min2"))
    if hour > 24:
        return None
    day_ = ctx.day_for_time(m.start())
    return found(m, "TIME", f"{N.day(day_) if day_ else 'XXXX-XX-XX'}T{hour:02d}:{minute:02d}")


RULES: list[Rule] = [
    rule("date_md", rf"\b(?P<x>(?:{WD},?\s+)?(?P<mon>{MON})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y>{YEAR}))?)\b",
         _date),
    rule("date_dm", rf"\b(?P<x>(?:{WD},?\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MON})"
         rf"(?:,?\s+(?P<y>{YEAR}))?)\b", _date),
    rule("date_iso", r"\b(?P<y>(?:1\d|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b", _date_iso),
    rule("month", rf"(?:(?P<prep>\b(?:in|since|until|by|from|of|early|late|mid)\s+))?\b(?P<x>(?:(?P<mod>early|late|mid)"
         rf"[\s-]+)?(?P<mon>{MON})(?:,?\s+(?P<y>{YEAR}))?)\b", _month_expr),
    rule("year", r"(?:(?P<pre>\b(?:in|since|until|by|from|of)\s+))?(?<![\d.,$£€-])\b(?P<x>(?:(?P<mod>early|late|mid)"
         r"[\s-]+)?(?P<y>1\d{3}|20\d{2}))(?![\d.,]\d|s\b)\b", _year),
    rule("decade", r"\b(?P<x>(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?P<dec>(?:1[0-9]|20)?\d0)'?s)\b", _decade),
    rule("deictic", r"\b(?P<rel>today|yesterday|tomorrow|tonight)(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
         _deictic),
    rule("ref", r"\b(?:now|currently|recently|soon)\b", _ref),
    rule("weekday", rf"\b(?P<x>(?:{REL}\s+)?(?P<wd>{WD})(?:\s+(?P<part>morning|afternoon|evening|night))?)\b", _weekday),
    rule("relative_period", rf"\b(?P<x>(?:(?P<mod>early|late|mid|the\s+end\s+of|the\s+start\s+of)\s+)?(?:the\s+)?"
         rf"{REL}\s+{UNIT})\b", _relative_period),
    rule("ago", rf"\b(?P<x>(?:in\s+)?(?P<num>{NUM})\s+{UNIT}(?P<ago>\s+ago)?)\b", lambda m, c: _ago(m, c)
         if (m.group("ago") or m.group("x").lower().startswith("in ")) else None),
    rule("duration", rf"\b(?P<x>(?:(?P<approx>{APPROX_EN})\s+)?(?P<num>{NUM})[\s-]+{UNIT})\b", _duration),
    rule("set", rf"\b(?P<x>(?:every|each)\s+(?P<what>{WD}|day|week|month|year|hour|weekend)|(?P<what2>daily|weekly|"
         r"monthly|annually|yearly|hourly))\b", _set_any),
    rule("weekday_plural", rf"\bon\s+(?P<x>(?P<what>{WD}s))\b(?P<what2>)", _set_any),
    rule("season", rf"(?:(?P<prep>\b(?:in|during|since|until|by)\s+(?:the\s+)?))?\b(?P<x>(?:{REL}\s+)?"
         rf"(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>{YEAR}))?)\b", _season),
    rule("holiday", rf"\b(?P<x>(?P<hol>{alternation(list(HOLIDAYS_EN) + list(EASTER_OFFSETS_EN))})(?:\s+(?P<y>{YEAR}))?)\b",
         _holiday),
    rule("clock", r"\b(?P<x>(?P<h>[0-2]?\d)(?::(?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)(?!\w)|(?P<h2>[0-2]?\d):"
         r"(?P<min2>[0-5]\d)(?:\s*(?:GMT|UTC|local\s+time))?)", _clock_any),
]
