"""Calendar arithmetic that turns anchored expressions into TIMEX3 values.

Every function takes the anchor (the publication date) or None; without an
anchor the value stays underspecified ("XXXX-06", "XXXX-WXX-6"), it is never
guessed from today's date. `direction` is -1 (past), +1 (future) or 0 (same
year / nearest), as decided from the sentence's tense.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

from dateutil.easter import easter

Direction = int


def day(d: date) -> str:
    return d.isoformat()


def month(year: int, month_: int) -> str:
    return f"{year:04d}-{month_:02d}"


def week(d: date) -> str:
    year, number, _ = d.isocalendar()
    return f"{year:04d}-W{number:02d}"


def quarter(d: date) -> str:
    return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"


def add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    year, month0 = divmod(total, 12)
    return date(year, month0 + 1, min(d.day, monthrange(year, month0 + 1)[1]))


def add_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def shifted(anchor: date | None, n: int, unit: str) -> str:
    """The anchor moved by n units, at the granularity of the unit ("vor vier Tagen")."""
    if anchor is None:
        return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX",
                "Q": "XXXX-QX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}.get(unit, "XXXX-XX-XX")
    if unit == "D":
        return day(anchor + timedelta(days=n))
    if unit in ("W", "WE"):
        value = week(anchor + timedelta(weeks=n))
        return value + "-WE" if unit == "WE" else value
    if unit == "M":
        moved = add_months(anchor, n)
        return month(moved.year, moved.month)
    if unit == "Q":
        return quarter(add_months(anchor, 3 * n))
    if unit == "Y":
        return f"{anchor.year + n:04d}"
    if unit == "DE":
        return f"{anchor.year // 10 + n:03d}"
    if unit == "CE":
        return f"{anchor.year // 100 + n:02d}"
    return day(anchor)


def shifted_date(anchor: date, n: int, unit: str) -> date | None:
    """The anchor moved by n days, weeks, months or years (None for other units)."""
    if unit == "D":
        return anchor + timedelta(days=n)
    if unit == "W":
        return anchor + timedelta(weeks=n)
    if unit == "M":
        return add_months(anchor, n)
    if unit == "Y":
        return add_years(anchor, n)
    return None


def weekday_date(anchor: date, weekday: int, direction: Direction) -> date:
    """The named weekday nearest to the anchor in the given direction (never the anchor itself)."""
    delta = weekday - anchor.isoweekday()
    if direction < 0:
        return anchor + timedelta(days=delta - 7 if delta >= 0 else delta)
    if direction > 0:
        return anchor + timedelta(days=delta + 7 if delta <= 0 else delta)
    return anchor + timedelta(days=delta)  # the same ISO week


def weekday(anchor: date | None, weekday_: int, direction: Direction) -> str:
    if anchor is None:
        return f"XXXX-WXX-{weekday_}"
    return day(weekday_date(anchor, weekday_, direction))


def month_year(anchor: date, month_: int, direction: Direction) -> int:
    """The year of a month named without a year: past -> not after the anchor, future -> not before."""
    if direction < 0 and month_ > anchor.month:
        return anchor.year - 1
    if direction > 0 and month_ < anchor.month:
        return anchor.year + 1
    return anchor.year


def named_month(anchor: date | None, month_: int, direction: Direction) -> str:
    if anchor is None:
        return f"XXXX-{month_:02d}"
    return month(month_year(anchor, month_, direction), month_)


def day_month(anchor: date | None, month_: int, day_: int, direction: Direction) -> str:
    """A day and month without a year, placed in the year the tense points to."""
    if anchor is None:
        return f"XXXX-{month_:02d}-{day_:02d}"
    year = anchor.year
    if direction < 0 and (month_, day_) > (anchor.month, anchor.day):
        year -= 1
    elif direction > 0 and (month_, day_) < (anchor.month, anchor.day):
        year += 1
    return f"{year:04d}-{month_:02d}-{day_:02d}"


def nearest_day_month(anchor: date, month_: int, day_: int) -> str:
    """The day and month in the year (before, of or after the anchor's) that lies nearest to it."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month_, day_))
        except ValueError:  # 29 February
            continue
    if not candidates:
        return f"{anchor.year:04d}-{month_:02d}-{day_:02d}"
    return day(min(candidates, key=lambda d: abs((d - anchor).days)))


def season(anchor: date | None, code: str, direction: Direction) -> str:
    if anchor is None:
        return f"XXXX-{code}"
    middle = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[code]
    current = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(anchor.month, "FA")
    year = anchor.year
    if code == current:
        return f"{year:04d}-{code}"
    if direction < 0 and middle > anchor.month:
        year -= 1
    elif direction > 0 and middle < anchor.month:
        year += 1
    return f"{year:04d}-{code}"


def holiday(anchor: date | None, fixed: tuple[int, int] | None, easter_offset: int | None,
            direction: Direction, year: int | None = None) -> str:
    """A holiday's date: fixed (month, day) or an offset from Easter Sunday."""
    if year is None and anchor is None:
        return f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX"
    if fixed is not None:
        if year is not None:
            return f"{year:04d}-{fixed[0]:02d}-{fixed[1]:02d}"
        assert anchor is not None
        return day_month(anchor, fixed[0], fixed[1], direction)
    assert easter_offset is not None
    if year is None:
        assert anchor is not None
        year = anchor.year
        feast = easter(year) + timedelta(days=easter_offset)
        if direction < 0 and feast > anchor:
            year -= 1
        elif direction > 0 and feast < anchor:
            year += 1
    return day(easter(year) + timedelta(days=easter_offset))


def duration(amount: float | None, unit: str, is_time: bool) -> str:
    """ISO 8601 duration, P2W, PT24H; a vague amount gives PXW; halves go one unit down."""
    if amount is None:
        number = "X"
    elif amount == int(amount):
        number = str(int(amount))
    else:
        number, unit, is_time = _finer(amount, unit, is_time)
    return f"PT{number}{unit}" if is_time else f"P{number}{unit}"


def _finer(amount: float, unit: str, is_time: bool) -> tuple[str, str, bool]:
    """Express a fractional amount in a smaller unit (1.5 years -> 18 months)."""
    finer = {("Y", False): (12, "M", False), ("M", False): (30, "D", False), ("W", False): (7, "D", False),
             ("D", False): (24, "H", True), ("H", True): (60, "M", True), ("M", True): (60, "S", True),
             ("DE", False): (10, "Y", False), ("CE", False): (100, "Y", False)}
    factor, small, small_is_time = finer.get((unit, is_time), (1, unit, is_time))
    return f"{amount * factor:g}", small, small_is_time
