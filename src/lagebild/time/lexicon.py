"""Word lists for the temporal rules: month, weekday, unit and number names.

Written by hand (closed word classes of German and English); HeidelTime's GPL
resources are deliberately not used.
"""

from __future__ import annotations

import re

MONTHS_DE: dict[str, int] = {
    "januar": 1, "jänner": 1, "jaenner": 1, "jan": 1, "jän": 1,
    "februar": 2, "feber": 2, "feb": 2, "febr": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}

MONTHS_EN: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

# ISO weekday numbers (Monday = 1)
WEEKDAYS_DE: dict[str, int] = {
    "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4,
    "freitag": 5, "samstag": 6, "sonnabend": 6, "sonntag": 7,
}
WEEKDAYS_EN: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
    "friday": 5, "saturday": 6, "sunday": 7,
}

# TIMEX3 parts of the day
DAYPARTS_DE: dict[str, str] = {
    "früh": "MO", "morgen": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF",
    "abend": "EV", "nacht": "NI", "morgenstunden": "MO", "abendstunden": "EV",
    "nachtstunden": "NI", "mittagsstunden": "MI",
}
DAYPARTS_EN: dict[str, str] = {
    "morning": "MO", "noon": "MI", "afternoon": "AF", "evening": "EV", "night": "NI",
}

SEASONS_DE: dict[str, str] = {
    "frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI",
}
SEASONS_EN: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}

# unit stem -> (ISO duration letter, is a time unit (after "T"))
UNITS_DE: dict[str, tuple[str, bool]] = {
    "sekunde": ("S", True), "minute": ("M", True), "stunde": ("H", True),
    "tag": ("D", False), "woche": ("W", False), "wochenende": ("WE", False), "monat": ("M", False),
    "quartal": ("Q", False), "jahr": ("Y", False), "jahrzehnt": ("DE", False), "jahrhundert": ("CE", False),
}
UNITS_EN: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "week": ("W", False), "weekend": ("WE", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False), "centurie": ("CE", False),
}

NUMBERS_DE: dict[str, float] = {
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1,
    "zwei": 2, "beide": 2, "beiden": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
    "achtzig": 80, "neunzig": 90, "hundert": 100, "tausend": 1000,
    "eineinhalb": 1.5, "anderthalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5,
    "halbe": 0.5, "halben": 0.5, "halbes": 0.5,
}
NUMBERS_EN: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "both": 2, "half": 0.5,
}
# vague quantities: the duration gets an X ("mehrere Tage" -> PXD)
VAGUE_DE = frozenset(
    "einige einigen mehrere mehreren wenige wenigen viele vielen etliche etlichen zahlreiche "
    "zahlreichen lange langen paar".split()
)
VAGUE_EN = frozenset("several few many some couple".split())

ORDINALS_DE: dict[str, int] = {
    "erste": 1, "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6,
    "siebte": 7, "achte": 8, "neunte": 9, "zehnte": 10, "letzte": -1,
}

# fixed-date holidays (month, day); movable feasts are computed from Easter
HOLIDAYS_DE: dict[str, tuple[int, int]] = {
    "neujahr": (1, 1), "heilige drei könige": (1, 6), "dreikönig": (1, 6), "valentinstag": (2, 14),
    "tag der arbeit": (5, 1), "maria himmelfahrt": (8, 15), "mariä himmelfahrt": (8, 15),
    "tag der deutschen einheit": (10, 3), "allerheiligen": (11, 1), "allerseelen": (11, 2),
    "nikolaus": (12, 6), "heiligabend": (12, 24), "heiligen abend": (12, 24),
    "weihnachten": (12, 25), "christtag": (12, 25), "stefanitag": (12, 26), "silvester": (12, 31),
}
EASTER_OFFSETS_DE: dict[str, int] = {
    "ostern": 0, "ostersonntag": 0, "ostermontag": 1, "karfreitag": -2, "gründonnerstag": -3,
    "aschermittwoch": -46, "christi himmelfahrt": 39, "pfingsten": 49, "pfingstsonntag": 49,
    "pfingstmontag": 50, "fronleichnam": 60,
}
HOLIDAYS_EN: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "christmas eve": (12, 24), "christmas day": (12, 25),
    "christmas": (12, 25), "new year's eve": (12, 31), "halloween": (10, 31),
    "independence day": (7, 4), "valentine's day": (2, 14),
}
EASTER_OFFSETS_EN: dict[str, int] = {"easter": 0, "good friday": -2, "easter monday": 1}


def alternation(words: object) -> str:
    """A regex alternation of the words, longest first, so that prefixes do not win."""
    items = sorted({re.escape(str(w)) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "(?:" + "|".join(items) + ")"
