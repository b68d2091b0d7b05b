"""German rules: patterns for time expressions and how each one is normalised."""

from __future__ import annotations

import re
from datetime import date, timedelta

from lagebild.time import normalise as N
from lagebild.time.base import APPROX, MODS_DE, Context, Found, Rule, found, lower, rule, year_of
from lagebild.time.lexicon import (
    DAYPARTS_DE, EASTER_OFFSETS_DE, HOLIDAYS_DE, MONTHS_DE, NUMBERS_DE, ORDINALS_DE, SEASONS_DE, UNITS_DE, VAGUE_DE,
    WEEKDAYS_DE, alternation,
)

_FULL_MONTHS = [m for m in MONTHS_DE if len(m) > 4 or m in ("mai", "juni", "juli", "märz")]
_ABBR_MONTHS = [m for m in MONTHS_DE if m not in _FULL_MONTHS]
MON = rf"(?:{alternation(_FULL_MONTHS)}|{alternation(_ABBR_MONTHS)}\.)"
WD = alternation(WEEKDAYS_DE)
PART = r"(?:morgen|vormittag|mittag|nachmittag|abend|nacht)"
YEAR = r"(?:1\d{3}|20\d{2})"
NUMW = alternation(list(NUMBERS_DE) + list(VAGUE_DE))
NUM = rf"(?:\d+(?:,\d+)?|(?:ein(?:e[mnrs]?)?\s+)?halbe[mnrs]?|{NUMW}(?:\s+halbe[mnrs]?)?)"
APPROX_DE = r"(?:etwa|rund|ungefähr|circa|ca\.|knapp|fast|beinahe|gut|mehr\s+als|über|weniger\s+als|mindestens|höchstens|bis\s+zu)"
UNIT_PL = (r"(?P<unit>Sekunden?|Minuten?|Stunden?|Tage[ns]?|Tag|Wochen?|Wochenenden?|Monate[ns]?|Monat|Quartale[ns]?"
           r"|Quartal|Jahre[ns]?|Jahr|Jahrzehnte[ns]?|Jahrzehnt|Jahrhunderte[ns]?|Jahrhundert)")
REL = (r"(?P<rel>nächste[nmrs]?|kommende[nmrs]?|vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|diese[nmrs]?"
       r"|laufende[nmrs]?|heurige[nmrs]?|folgende[nmrs]?|übernächste[nmrs]?|vorletzte[nmrs]?|selbe[nmrs]?"
       r"|gleiche[nmrs]?|darauffolgende[nmrs]?|zurückliegende[nmrs]?|abgelaufene[nmrs]?|früheren"
       r"|heutige[nmrs]?|morgige[nmrs]?|gestrige[nmrs]?)")
ART = r"(?:der|die|das|den|dem|des)"
MODW = r"(?P<mod>Anfang|Anfangs|Mitte|Ende|Endes|Beginn|Ausgang|spätestens|frühestens)"
_NOT_YEAR_AFTER = (
    r"(?!\s*(?:%|€|\$|Euro|Dollar|Franken|Pfund|Mio|Millionen|Milliarden|Prozent|Menschen|Personen|Leute|Einwohner"
    r"|Mitglieder|Teilnehmer|Besucher|Zuschauer|Soldaten|Mann|Meter|Kilometer|Quadratmeter|Hektar|Tonnen|Liter|"
    r"Kilogramm|Kilo|Stück|Mal|Stimmen|Punkte|Seiten|Exemplare|Fahrzeuge|Autos|Häuser|Wohnungen|Arbeitsplätze|"
    r"Plätze|Schüler|Kinder|Tote|Opfer|Fälle|Fans|Läufer|Sportler|Beschäftigte|Mitarbeiter|Höhenmeter)\w*"
    r"|\s*(?:km|m|kg|t|PS|ha)\b)"
)
_DIRECTION = {"nächst": 1, "kommend": 1, "folgend": 1, "darauffolgend": 1, "übernächst": 2, "vergangen": -1,
              "letzt": -1, "vorig": -1, "zurückliegend": -1, "abgelaufen": -1, "vorletzt": -2, "früher": -1}


def _rel_shift(word: str | None) -> int:
    """How many units a relative adjective moves ("vergangenen" -> -1, "diese" -> 0)."""
    if not word:
        return 0
    stem = word.lower().rstrip("nmrs").rstrip("e")
    return _DIRECTION.get(stem, 0)


def _month(text: str) -> int:
    return MONTHS_DE[text.lower().rstrip(".")]


def _unit(word: str) -> tuple[str, bool]:
    """The ISO unit letter of an inflected unit noun ("Wochen" -> W, "Stunden" -> H)."""
    stem = word.lower()
    for suffix in ("en", "es", "n", "e", "s"):
        if stem[: -len(suffix)] in UNITS_DE and stem.endswith(suffix):
            return UNITS_DE[stem[: -len(suffix)]]
    return UNITS_DE[stem]


def _amount(text: str) -> float | None:
    """The number of a quantity phrase; None for vague ones ("mehrere")."""
    words = text.lower().split()
    if any(w.startswith("halbe") for w in words):
        return NUMBERS_DE.get(words[0], 0) + 0.5 if len(words) > 1 and not words[0].startswith("ein") else 0.5
    word = words[0]
    if word[0].isdigit():
        return float(word.replace(",", "."))
    return None if word in VAGUE_DE else NUMBERS_DE[word]


def _approx(match: re.Match[str]) -> str | None:
    word = match.groupdict().get("approx")
    return APPROX.get(" ".join(word.lower().split())) if word else None


# --- dates -----------------------------------------------------------------------------------------------


def _date_full(m: re.Match[str], ctx: Context) -> Found | None:
    month, day_ = _month(m.group("mon")), int(m.group("d"))
    if not 1 <= day_ <= 31:
        return None
    if m.group("y"):
        return found(m, "DATE", f"{int(m.group('y')):04d}-{month:02d}-{day_:02d}")
    if m.group("rely"):
        return found(m, "DATE", _relative_year(ctx, m.group("rely"), month, day_))
    return found(m, "DATE", _day_month_weekday(ctx, m, month, day_))


_SCHEDULED = re.compile(r"(?:\bfür|(?<!Nacht )\bauf)(?:\s+(?:den|dem))?\s+$")
_FROM_TO = re.compile(r"\bvo[nm]\s+\S+(?:\s+\S+)?\s+auf(?:\s+den)?\s+$")  # "von Samstag auf Sonntag"
_LIST_GAP = re.compile(r"\s*(?:,|und|oder|bzw\.|beziehungsweise)\s*")


def _scheduled(ctx: Context, start: int, end: int) -> bool:
    """Is a date set for the expression ("auf den 28. November vertagt", "für Montag angekündigt",
    "auf Ende September festgelegt", and the next item of such a list)? Then it lies ahead,
    whatever the tense of the verb that sets it."""
    before = ctx.text[max(0, start - 30) : start]
    listed = ctx.scheduled_end >= 0 and _LIST_GAP.fullmatch(ctx.text, ctx.scheduled_end, start) is not None
    if listed or (_SCHEDULED.search(before) and not _FROM_TO.search(before)):
        ctx.scheduled_end = end
        return True
    return False


def _direction(ctx: Context, start: int, end: int) -> int:
    return 1 if _scheduled(ctx, start, end) else ctx.direction(start, end)


def _day_month(ctx: Context, start: int, end: int, month: int, day_: int) -> str:
    """A day and month without a year: the year the tense of its own clause points to; without such a
    cue the date nearest to the anchor ("…, dass sich am 6. Mai X und Y gegenüberstehen" two weeks ahead
    of an April article, "am 28. Dezember" in early January), not the year of a cue outside the clause."""
    if _scheduled(ctx, start, end):
        return N.day_month(ctx.anchor, month, day_, 1)
    direction = ctx.direction(start, end, clause_only=True)
    if direction or ctx.anchor is None or ctx.narrative:
        return N.day_month(ctx.anchor, month, day_, direction or ctx.direction(start, end))
    return N.nearest_day_month(ctx.anchor, month, day_)


def _relative_year(ctx: Context, rel: str, month: int, day_: int | None = None) -> str:
    year = N.shifted(ctx.anchor, _rel_shift(rel), "Y")
    return f"{year}-{month:02d}" + (f"-{day_:02d}" if day_ else "")


def _day_month_weekday(ctx: Context, m: re.Match[str], month: int, day_: int) -> str:
    """Day and month without a year; a weekday named with it picks the year where it fits."""
    value = _day_month(ctx, *m.span(), month, day_)
    weekday = m.groupdict().get("wd")
    if ctx.anchor is None or not weekday:
        return value
    wanted = WEEKDAYS_DE[weekday.lower()]
    year = int(value[:4])
    for candidate in (year, year + 1, year - 1):
        try:
            if date(candidate, month, day_).isoweekday() == wanted:
                return f"{candidate:04d}-{month:02d}-{day_:02d}"
        except ValueError:
            return value
    return value


def _date_numeric(m: re.Match[str], ctx: Context) -> Found | None:
    day_, month = int(m.group("d")), int(m.group("m"))
    if not (1 <= day_ <= 31 and 1 <= month <= 12):
        return None
    if m.group("y"):
        return found(m, "DATE", f"{year_of(m.group('y'), ctx.anchor):04d}-{month:02d}-{day_:02d}")
    return found(m, "DATE", _day_month(ctx, *m.span(), month, day_))


def _date_iso(m: re.Match[str], ctx: Context) -> Found | None:
    month, day_ = int(m.group("m")), int(m.group("d"))
    if not (1 <= day_ <= 31 and 1 <= month <= 12):
        return None
    return found(m, "DATE", f"{m.group('y')}-{month:02d}-{day_:02d}")


def _day_range(m: re.Match[str], ctx: Context) -> list[Found] | None:
    """ "vom 3. bis 5. Mai 2024": two dates, the first taking month and year from the second."""
    month = _month(m.group("mon"))
    first_month = _month(m.group("mon1")) if m.group("mon1") else month
    days = int(m.group("d1")), int(m.group("d2"))
    if not all(1 <= d <= 31 for d in days):
        return None
    direction = ctx.direction(*m.span())
    values = []
    for month_, day_ in ((first_month, days[0]), (month, days[1])):
        if m.group("y"):
            values.append(f"{int(m.group('y')):04d}-{month_:02d}-{day_:02d}")
        else:
            values.append(N.day_month(ctx.anchor, month_, day_, direction))
    return [Found(m.start("first"), m.end("first"), "DATE", values[0]),
            Found(m.start("second"), m.end(), "DATE", values[1])]


def _month_expr(m: re.Match[str], ctx: Context) -> Found | None:
    name = m.group("mon").lower()
    mod = MODS_DE.get(lower(m, "mod") or "")
    has_context = m.group("prep") or mod or m.group("y") or m.group("rely")
    if not has_context and name.rstrip(".") in ("mai", "august", "märz"):
        return None  # "Mai", "August" are also names; "März" is the start of sentences about Märzen
    month = _month(name)
    if m.group("y"):
        value = N.month(int(m.group("y")), month)
    elif m.group("rely"):
        value = _relative_year(ctx, m.group("rely"), month)
    else:
        direction = _direction(ctx, *m.span("x")) if mod else ctx.direction(*m.span("x"))
        value = N.named_month(ctx.anchor, month, direction)  # "seit" before it is a cue
    return found(m, "DATE", value, mod)


def _year(m: re.Match[str], ctx: Context) -> list[Found] | Found | None:
    year = int(m.group("y"))
    has_context = m.group("pre") or m.group("mod") or m.group("jahr")
    if year < 1500 and not has_context:
        return None
    if not has_context and _QUANTITY_BEFORE.search(ctx.text, max(0, m.start() - 15), m.start()):
        return None  # "mindestens 1500 Grenzschützer"
    mod = MODS_DE.get(lower(m, "mod") or "")
    first = found(m, "DATE", f"{year:04d}", mod)
    if not m.group("y2"):
        return first
    second_text = m.group("y2")
    second = int(second_text) if len(second_text) == 4 else year // 100 * 100 + int(second_text)
    if second <= year:
        return first
    first.end = m.end("y")
    return [first, Found(m.start("y2"), m.end("y2"), "DATE", f"{second:04d}")]


def _decade(m: re.Match[str], ctx: Context) -> Found:
    digits = m.group("dec")
    decade = int(digits) // 10 if len(digits) == 4 else 190 + int(digits) // 10
    return found(m, "DATE", f"{decade:03d}", MODS_DE.get(lower(m, "mod") or ""))


def _century(m: re.Match[str], ctx: Context) -> Found | None:
    number = int(m.group("c"))
    if not 1 <= number <= 21:
        return None
    return found(m, "DATE", f"{number - 1:02d}", MODS_DE.get(lower(m, "mod") or ""))


def _season(m: re.Match[str], ctx: Context) -> Found | None:
    mod = MODS_DE.get(lower(m, "mod") or "")
    if not (m.group("prep") or mod or m.group("y") or m.group("rel")):
        return None
    name = m.group("season").lower()
    code = next(SEASONS_DE[key] for key in (name, name.removesuffix("es"), name.removesuffix("s")) if key in SEASONS_DE)
    if m.group("y"):
        return found(m, "DATE", f"{int(m.group('y')):04d}-{code}", mod)
    shift = _rel_shift(m.group("rel"))
    direction = shift if m.group("rel") else ctx.direction(*m.span("x"))
    value = N.season(ctx.anchor, code, direction)
    if ctx.anchor is not None and m.group("rel") and shift and value[:4] == str(ctx.anchor.year):
        value = f"{ctx.anchor.year + shift:04d}-{code}"
    return found(m, "DATE", value, mod)


def _holiday(m: re.Match[str], ctx: Context) -> Found:
    name = " ".join(m.group("hol").lower().split())
    year = int(m.group("y")) if m.group("y") else None
    value = N.holiday(ctx.anchor, HOLIDAYS_DE.get(name), EASTER_OFFSETS_DE.get(name),
                      ctx.direction(*m.span()), year)
    return found(m, "DATE", value)


# --- deictic and relative ----------------------------------------------------------------------------------

_DAY_OFFSETS = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}


def _deictic_day(m: re.Match[str], ctx: Context) -> Found | None:
    word = m.group("rel")
    if word == "Morgen" and _after_article(ctx.text, m.start()):
        return None  # "am Morgen", "den Morgen": the noun, not "tomorrow"
    offset = _DAY_OFFSETS[word.lower()]
    if ctx.narrative and offset == 0:
        return found(m, "DATE", "PRESENT_REF")  # "bis heute" in a history is the writer's present
    value = N.shifted(ctx.anchor, offset, "D")
    part = lower(m, "part")
    if part:
        return found(m, "TIME", f"{value}T{DAYPARTS_DE[part]}")
    return found(m, "DATE", value)


def _after_article(text: str, offset: int) -> bool:
    before = text[max(0, offset - 8) : offset].split()
    return bool(before) and before[-1].lower() in ("am", "der", "den", "dem", "des", "am", "jeden", "eines", "guten")


_REFS = {"jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF", "gegenwärtig": "PRESENT_REF",
         "momentan": "PRESENT_REF", "nunmehr": "PRESENT_REF", "damals": "PAST_REF", "kürzlich": "PAST_REF",
         "jüngst": "PAST_REF", "unlängst": "PAST_REF", "einst": "PAST_REF", "vor kurzem": "PAST_REF",
         "bald": "FUTURE_REF", "demnächst": "FUTURE_REF",
         "in zukunft": "FUTURE_REF", "in kürze": "FUTURE_REF"}


def _ref(m: re.Match[str], ctx: Context) -> Found:
    return found(m, "DATE", _REFS[lower(m, "x") or ""])


_DEICTIC_ADJECTIVES = {"heutig": 0, "morgig": 1, "gestrig": -1}


def _weekday(m: re.Match[str], ctx: Context) -> Found:
    weekday = WEEKDAYS_DE[m.group("wd").lower()]
    rel = m.group("rel")
    stem = rel.lower().rstrip("nmrs").rstrip("e") if rel else ""
    if stem in _DEICTIC_ADJECTIVES:  # "am morgigen Sonntag"
        return found(m, "DATE", N.shifted(ctx.anchor, _DEICTIC_ADJECTIVES[stem], "D"))
    direction = _rel_shift(rel) if rel else _direction(ctx, *m.span())
    if rel and rel.lower().startswith("dies"):
        direction = 0
    if direction == 0 and not rel:
        direction = 1  # present tense in news announces: "Am Samstag findet ... statt"
    same_day = not rel and direction < 0 and ctx.anchor is not None and ctx.anchor.isoweekday() == weekday
    # a bare weekday told in the past on that very weekday is the day of publication: "ist am Dienstag eingetroffen"
    value = N.day(ctx.anchor) if same_day else N.weekday(ctx.anchor, weekday, max(-1, min(1, direction)))
    if abs(direction) == 2 and ctx.anchor is not None:
        value = N.day(date.fromisoformat(value) + timedelta(weeks=direction // 2))
    part = (m.group("part") or m.group("part2") or "").lower()
    if part:
        return found(m, "TIME", f"{value}T{DAYPARTS_DE[part]}")
    return found(m, "DATE", value)


def _night_to(m: re.Match[str], ctx: Context) -> Found:
    """ "in der Nacht zum Sonntag" is the night that begins on Saturday."""
    weekday = WEEKDAYS_DE[m.group("wd").lower()]
    direction = ctx.direction(*m.span()) or 1
    value = N.weekday(ctx.anchor, weekday, direction)
    if ctx.anchor is not None:
        value = N.day(date.fromisoformat(value) - timedelta(days=1))
    else:
        value = f"XXXX-WXX-{(weekday - 2) % 7 + 1}"
    return found(m, "TIME", f"{value}TNI")


def _relative_period(m: re.Match[str], ctx: Context) -> Found | None:
    rel, mod = m.group("rel"), MODS_DE.get(lower(m, "mod") or "")
    unit_word = m.group("unit").lower()
    if not rel and not mod:
        return None
    unit = _unit(unit_word)[0]
    shift = _rel_shift(rel)
    stem = rel.lower().rstrip("nmrs").rstrip("e") if rel else ""
    if unit == "D" and stem in _DEICTIC_ADJECTIVES:  # "am heutigen Tag", "mit dem gestrigen Tag"
        return found(m, "DATE", N.shifted(ctx.anchor, _DEICTIC_ADJECTIVES[stem], "D"))
    if unit_word == "tag":
        return None  # "am selben Tag", "am folgenden Tag": a day after a date of the text, not of publication
    if unit == "D" and stem not in _NEXT_OR_SAME_DAY:
        return None  # "am letzten Tag des Festivals" is no calendar day
    return found(m, "DATE", N.shifted(ctx.anchor, shift, unit), mod)


_NEXT_OR_SAME_DAY = ("nächst", "folgend", "darauffolgend", "selb", "gleich")


def _weekend(m: re.Match[str], ctx: Context) -> Found:
    """A bare "am Wochenende": the one before publication in a past sentence, else the coming one."""
    if ctx.anchor is None:
        return found(m, "DATE", "XXXX-WXX-WE")
    direction = ctx.direction(*m.span())
    if direction < 0:
        saturday = N.weekday_date(ctx.anchor + timedelta(days=1), 6, -1)
    else:
        saturday = N.weekday_date(ctx.anchor - timedelta(days=2), 6, 1)
    return found(m, "DATE", N.week(saturday) + "-WE")


def _previous_period(m: re.Match[str], ctx: Context) -> Found:
    """ "im Vorjahr", "in der Vorwoche", "am Vortag"."""
    word = m.group("unit").lower().removeprefix("vor")
    unit = {"jahr": "Y", "monat": "M", "woche": "W", "tag": "D", "abend": "D", "quartal": "Q"}[
        next(u for u in ("jahr", "monat", "woche", "tag", "abend", "quartal") if word.startswith(u))]
    value = N.shifted(ctx.anchor, -1, unit)
    if word.startswith("abend"):
        return found(m, "TIME", value + "TEV")
    return found(m, "DATE", value)


_QUARTER_ORDINALS = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "letzten": 4}


def _quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """ "im letzten Quartal dieses Jahres", "im ersten Quartal 2013": a quarter of a named year."""
    year = int(m.group("y")) if m.group("y") else ctx.anchor.year if ctx.anchor else None
    number = _QUARTER_ORDINALS[m.group("ord").lower()]
    return found(m, "DATE", f"{year:04d}-Q{number}" if year else f"XXXX-Q{number}")


def _this_year(m: re.Match[str], ctx: Context) -> Found:
    return found(m, "DATE", N.shifted(ctx.anchor, 0, "Y"))


def _ago(m: re.Match[str], ctx: Context) -> Found:
    """ "vor vier Tagen" -> the date four days back; "in zwei Wochen" -> two weeks on."""
    amount = _amount(m.group("num"))
    unit, is_time = _unit(m.group("unit"))
    sign = -1 if m.group("dir").lower() == "vor" else 1
    if amount is None or amount != int(amount):
        return found(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if is_time:
        return found(m, "TIME", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit == "WE":
        unit = "W"
    return found(m, "DATE", N.shifted(ctx.anchor, sign * int(amount), unit), _approx(m))


_AGE_BEFORE = re.compile(r"\b(?:mit|ab|unter|Alter\s+von)\s+$", re.IGNORECASE)
_QUANTITY_BEFORE = re.compile(
    r"\b(?:mindestens|rund|etwa|über|knapp|fast|nur|insgesamt|davon|weitere|weiteren|als|zu|circa|ca\.|je)\s+$",
    re.IGNORECASE)


def _duration(m: re.Match[str], ctx: Context) -> Found | None:
    number = m.groupdict().get("num")
    amount = _amount(number) if number else None
    unit, is_time = _unit(m.group("unit"))
    if number and number.lower() == "eines":
        return None  # "eines Tages" means "some day"
    if unit == "Y" and _AGE_BEFORE.search(ctx.text, max(0, m.start() - 15), m.start()):
        return None  # "mit 16 Jahren", "im Alter von 80 Jahren" give an age
    if unit == "WE":
        return found(m, "DURATION", f"P{'X' if amount is None else f'{amount:g}'}WE")
    return found(m, "DURATION", N.duration(amount, unit, is_time), _approx(m))


_PERIOD_NOUNS = frozenset(
    "bestehen jubiläum geschichte tradition haft haftstrafe amtszeit pause laufzeit frist studie programm krieg "
    "vertrag projekt ausbildung zeitraum periode phase bauzeit wartezeit sperre mandat".split()
)


def _adjective_duration(m: re.Match[str], ctx: Context) -> Found | None:
    """ "zweitägige", "14-tägigen", "fünfjährige"; ages ("der 55-jährige Mann", "die 14-Jährige") are no time."""
    if m.group("adj").lower() == "jährig":
        following = ctx.text[m.end() : m.end() + 30].split()
        noun = following[0].strip(".,;:").lower() if following else ""
        if m.group("adj")[0] == "J" or noun not in _PERIOD_NOUNS:
            return None
    amount = _amount(m.group("num"))
    unit = {"tägig": "D", "wöchig": "W", "monatig": "M", "jährig": "Y", "stündig": "H", "minütig": "M"}[
        m.group("adj").lower()]
    return found(m, "DURATION", N.duration(amount, unit, m.group("adj").lower() in ("stündig", "minütig")),
                 _approx(m))


def _later(m: re.Match[str], ctx: Context) -> Found | None:
    """ "zwei Tage später", "ein Jahr zuvor": counted from the date last named, else only a duration."""
    amount = _amount(m.group("num"))
    unit, is_time = _unit(m.group("unit"))
    sign = -1 if m.group("dir").lower() in ("zuvor", "vorher", "davor", "früher") else 1
    base = ctx.anchor if ctx.narrative else (ctx.days[-1][1] if ctx.days else None)
    if m.group("num").lower() == "eines" or base is None or amount is None or is_time:
        if amount is None and m.group("num").lower() != "eines":
            return found(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        return None
    if amount != int(amount):
        amount, unit = (amount * 12, "M") if unit == "Y" else (amount, unit)
    if unit in ("WE", "DE", "CE", "Q") or amount != int(amount):
        return None
    moved = N.shifted_date(base, sign * int(amount), unit)
    if moved is None:
        return None
    value = {"D": N.day(moved), "W": N.week(moved), "M": N.month(moved.year, moved.month)}.get(unit, f"{moved.year:04d}")
    return found(m, "DATE", value)


def _vague_plural(m: re.Match[str], ctx: Context) -> Found:
    unit, is_time = _unit(m.group("unit"))
    if m.group("dir").lower() == "vor":
        return found(m, "DATE", "PAST_REF")
    return found(m, "DURATION", N.duration(None, unit, is_time))


# --- sets and times --------------------------------------------------------------------------------------


def _set_every(m: re.Match[str], ctx: Context) -> Found | None:
    amount = _amount(m.group("num")) if m.group("num") else 1
    target = m.group("what").lower()
    if m.group("monthly") or (m.group("ord") and target in WEEKDAYS_DE):
        return found(m, "SET", "P1M")  # "jeden letzten Samstag im Monat"
    if target in WEEKDAYS_DE:
        return found(m, "SET", f"XXXX-WXX-{WEEKDAYS_DE[target]}")
    if target in SEASONS_DE:
        return found(m, "SET", f"XXXX-{SEASONS_DE[target]}")
    if amount is None:
        return None
    unit, is_time = _unit(target)
    if unit == "WE":
        return found(m, "SET", "XXXX-WXX-WE")
    return found(m, "SET", N.duration(amount, unit, is_time))


_ADVERB_SETS = {"täglich": "P1D", "tagtäglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M",
                "jährlich": "P1Y", "alljährlich": "P1Y", "stündlich": "PT1H", "vierteljährlich": "P3M",
                "halbjährlich": "P6M", "wochentags": "XXXX-WXX-WD", "werktags": "XXXX-WXX-WD"}


def _set_adverb(m: re.Match[str], ctx: Context) -> Found | None:
    word = m.group("adv").lower()
    if word in _ADVERB_SETS:
        return found(m, "SET", _ADVERB_SETS[word])
    weekday = WEEKDAYS_DE.get(word.removesuffix("s"))
    return found(m, "SET", f"XXXX-WXX-{weekday}") if weekday else None  # "alltäglich" is no frequency


def _set_frequency(m: re.Match[str], ctx: Context) -> Found:
    unit, is_time = _unit(m.group("unit"))
    return found(m, "SET", N.duration(1, unit, is_time))


def _clock(hour: int, minute: int, day_: date | None) -> str | None:
    if hour > 24 or minute > 59:
        return None
    prefix = N.day(day_) if day_ else "XXXX-XX-XX"
    return f"{prefix}T{hour:02d}:{minute:02d}"


def _time(m: re.Match[str], ctx: Context) -> Found | None:
    value = _clock(int(m.group("h")), int(m.group("min") or 0), ctx.day_for_time(m.start()))
    return found(m, "TIME", value) if value else None


def _time_range(m: re.Match[str], ctx: Context) -> list[Found] | None:
    day_ = ctx.day_for_time(m.start())
    first = _clock(int(m.group("h1")), int(m.group("m1") or 0), day_)
    second = _clock(int(m.group("h2")), int(m.group("m2") or 0), day_)
    if not first or not second:
        return None
    return [Found(m.start("first"), m.end("first"), "TIME", first),
            Found(m.start("second"), m.end(), "TIME", second)]


def _daypart(m: re.Match[str], ctx: Context) -> Found:
    part = m.group("part").lower()
    code = DAYPARTS_DE.get(part, DAYPARTS_DE.get(part.removesuffix("s"), "MO"))
    day_ = ctx.day_for_time(m.start())
    prefix = N.day(day_) if day_ else "XXXX-XX-XX"
    return found(m, "TIME", f"{prefix}T{code}")


_HOLIDAY_NAMES = alternation([h for h in list(HOLIDAYS_DE) + list(EASTER_OFFSETS_DE)])
_SEASON_NAMES = r"(?P<season>Frühjahr(?:es|s)?|Frühlings?|Sommers?|Herbst(?:es|s)?|Winters?)"

RULES: list[Rule] = [
    rule("date_range",
         rf"\b(?P<first>(?P<d1>[0-3]?\d)\.(?:\s*(?P<mon1>{MON}))?)\s*(?:bis(?:\s+zum)?|-|–|und)\s*"
         rf"(?P<second>(?P<d2>[0-3]?\d)\.\s*(?P<mon>{MON}))(?:\s+(?P<y>{YEAR}))?\b", _day_range),
    rule("date_full",
         rf"\b(?P<x>(?:(?P<wd>{WD}),?\s+(?:(?:den|dem)\s+)?)?(?P<d>[0-3]?\d)\.\s*(?P<mon>{MON})"
         rf"(?:\s+(?P<y>{YEAR})\b|\s+(?P<rely>dieses|diesen|nächsten|kommenden|vergangenen|letzten|vorigen)\s+Jahres)?)",
         _date_full),
    rule("date_numeric",
         rf"(?<![\d.])(?P<x>(?:(?P<wd>{WD}),?\s+(?:(?:den|dem)\s+)?)?(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\."
         r"(?:\s?(?P<y>(?:1\d|20)\d{2}|\d{2}))?)(?![\d.]\d)", _date_numeric),
    rule("date_iso", r"\b(?P<y>(?:1\d|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b", _date_iso),
    rule("month",
         rf"(?:(?P<prep>\b(?:im|seit|bis|ab|vom|von|zum|nach|um|des|Monat|Monats)\s+))?"
         rf"\b(?P<x>(?:{MODW}\s+)?(?P<mon>{MON})(?:\s+(?P<y>{YEAR})\b|\s+(?P<rely>dieses|diesen|nächsten|kommenden|"
         r"vergangenen|letzten|vorigen)\s+Jahres)?)(?![\w-])", _month_expr),
    rule("year",
         rf"(?:(?P<pre>\b(?:im|seit|bis|von|ab|um|vor|nach|zwischen)\s+))?(?<![\d.,/€$-])\b"
         rf"(?P<x>(?:{MODW}\s+(?:des\s+)?)?(?P<jahr>(?:Jahr|Jahre|Jahres)\s+)?(?P<y>1\d{{3}}|20\d{{2}})"
         rf"(?:\s?[/–-]\s?(?P<y2>\d{{4}}|\d{{2}})\b)?)(?![\d.,:]\d|er\b|er-)(?!\d){_NOT_YEAR_AFTER}", _year),
    rule("decade",
         rf"\b(?P<x>(?:{MODW}\s+(?:der\s+)?)?(?:(?:der|die|den)\s+)?(?P<dec>(?:1[0-9]|20)?\d0)er"
         r"(?:(?:\s*-\s*|\s+|-)?[Jj]ahren?\b|n\b))", _decade),
    rule("century", rf"\b(?P<x>(?:{MODW}\s+des\s+)?(?:(?:das|dem|des)\s+)?(?P<c>\d{{1,2}})\.\s*Jahrhunderts?)\b",
         _century),
    rule("season",
         rf"(?:(?P<prep>\b(?:im|Im|seit|bis|zum|vom|ab)\s+))?\b(?P<x>(?:{MODW}\s+)?(?:{ART}\s+)?(?:{REL}\s+)?"
         rf"{_SEASON_NAMES}(?:\s+(?P<y>{YEAR})\b)?)", _season),
    rule("holiday", rf"\b(?P<x>(?P<hol>{_HOLIDAY_NAMES})(?:\s+(?P<y>{YEAR})\b)?)(?!\w)", _holiday),
    rule("deictic_day", rf"\b(?P<rel>heute|gestern|vorgestern|übermorgen|morgen)(?:\s+(?P<part>früh|{PART}))?\b",
         _deictic_day),
    rule("ref", r"\b(?P<x>jetzt|derzeit|zurzeit|gegenwärtig|momentan|nunmehr|damals|kürzlich|jüngst|unlängst|einst"
         r"|vor\s+kurzem|bald|demnächst|in\s+Zukunft|in\s+Kürze)\b", _ref),
    rule("night_to", rf"\b(?:in\s+)?(?P<x>(?:der\s+)?Nacht\s+(?:zum|auf\s+den|auf)\s+(?P<wd>{WD}))\b", _night_to),
    rule("weekday",
         rf"\b(?P<x>(?:{REL}\s+)?(?P<wd>{WD})(?P<part>{PART})?(?:\s+(?P<part2>früh|{PART}))?)\b",
         _weekday),
    rule("quarter",
         r"\b(?P<x>(?P<ord>ersten|zweiten|dritten|vierten|letzten)\s+Quartals?\s+(?:(?:des\s+Jahres\s+)?(?P<y>(?:1\d|20)\d{2})\b"
         r"|(?:des|dieses|diesen)\s+Jahres\b))", _quarter),
    rule("relative_period",
         rf"\b(?P<x>(?:{MODW}\s+)?(?:(?P<art>{ART})\s+)?(?:{REL}\s+)?(?P<unit>Woche|Wochenendes?|Monats?|Monates"
         r"|Jahres|Jahrs?|Jahrzehnts?|Jahrhunderts?|Quartals?|Tag(?:es|e)?))\b", _relative_period),
    rule("previous_period", r"\b(?P<x>(?:{ART}\s+)?(?P<unit>Vorjahr(?:es|s)?|Vormonats?|Vorwoche|Vortag(?:es|s)?"
         r"|Vorabend|Vorquartals?))\b".replace("{ART}", ART), _previous_period),
    rule("this_year", r"\b(?P<x>heuer|heurigen\s+Jahres)\b", _this_year),
    rule("ago", rf"\b(?P<x>(?P<dir>vor|in)\s+(?:(?P<approx>{APPROX_DE})\s+)?(?P<num>{NUM})\s+{UNIT_PL})\b", _ago),
    rule("duration",
         rf"\b(?P<x>(?:(?:der|die|den)\s+)?(?:(?:vergangenen|letzten|kommenden|nächsten|ersten|folgenden|"
         rf"zurückliegenden)\s+)?(?:(?P<approx>{APPROX_DE})\s+)?(?P<num>{NUM})[\s-]+{UNIT_PL})\b", _duration),
    rule("later", rf"\b(?P<x>(?P<num>{NUM})\s+{UNIT_PL}\s+(?P<dir>später|danach|darauf|zuvor|vorher|davor|früher))\b",
         _later),
    rule("duration_plural",
         r"\b(?P<x>(?:(?:der|die|den)\s+)?(?:vergangenen|letzten|kommenden|nächsten|zurückliegenden)\s+"
         r"(?P<unit>Jahren?|Monaten?|Wochen|Tagen?|Jahrzehnten?|Stunden))\b", _duration),
    rule("vague_plural", r"\b(?P<dir>seit|vor)\s+(?P<x>(?P<unit>Jahren|Monaten|Wochen|Jahrzehnten|Stunden))\b",
         _vague_plural),
    rule("adjective_duration",
         rf"\b(?P<x>(?:(?P<approx>{APPROX_DE})\s+)?(?P<num>\d+|{NUMW})-?(?P<adj>tägig|wöchig|monatig|jährig|stündig"
         r"|minütig)\w*)", _adjective_duration),
    rule("set_every",
         rf"\b(?P<x>(?:jede[nmrs]?|alle)\s+(?:(?P<num>{NUM})\s+)?(?:(?P<ord>{alternation(ORDINALS_DE)})n?\s+)?"
         rf"(?P<what>{WD}|Tag|Tage|Woche|Wochen|Wochenende|Monat|Monate|Jahr|Jahre|Stunde|Stunden|Minute|Minuten|"
         r"Sommer|Winter|Herbst|Frühjahr)(?P<monthly>\s+(?:im|des)\s+Monats?)?)\b", _set_every),
    rule("set_adverb", rf"\b(?P<x>(?P<adv>(?:all|tag|viertel|halb)?(?:täglich|wöchentlich|monatlich|jährlich)"
         rf"|stündlich|wochentags|werktags|{WD}s)(?:e[mnrs]?)?)\b", _set_adverb),
    rule("set_frequency",
         r"\b(?P<x>(?:einmal|zweimal|dreimal|\d+\s*-?\s*mal)\s+(?:im|pro|in\s+der|je|am)\s+(?P<unit>Jahr|Monat|"
         r"Woche|Tag|Stunde))\b", _set_frequency),
    rule("time_range",
         r"(?<![\d.,])\b(?P<first>(?P<h1>[0-2]?\d)(?:[.:](?P<m1>[0-5]\d))?)\s*(?:bis|-|–)\s*"
         r"(?P<second>(?P<h2>[0-2]?\d)(?:[.:](?P<m2>[0-5]\d))?\s*Uhr)\b", _time_range),
    rule("time", r"(?<![\d.,])\b(?P<x>(?P<h>[0-2]?\d)(?:[.:](?P<min>[0-5]\d))?\s*Uhr)\b", _time),
    rule("time_bare", r"\b(?:um|ab|gegen|bis)\s+(?P<x>(?P<h>[0-2]?\d)[.:](?P<min>[0-5]\d))\b(?![.,:]?\d|\s*Uhr)", _time),
    rule("daypart",
         r"\b(?:am|in\s+der|gegen|über\s+die|bis\s+zum|bis\s+in\s+die|in\s+den)\s+(?P<x>(?:den\s+)?(?:(?:frühen|späten)\s+)?"
         r"(?P<part>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|Morgenstunden|Abendstunden|Nachtstunden|"
         r"Mittagsstunden))\b", _daypart),
    rule("weekend", r"\b(?:am|übers|über\s+das|zum)\s+(?P<x>Wochenende)\b", _weekend),
]
