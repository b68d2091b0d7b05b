"""English time expressions, normalised against a publication date (2024-11-30, a Saturday)."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.time import tag

PUB = date(2024, 11, 30)


def values(text: str, published: date | None = PUB) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, published, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agreement was signed in June.", [("June", "DATE", "2024-06")]),
        ("Elections will be held in February.", [("February", "DATE", "2025-02")]),
        ("He arrived on March 17, 2023.", [("March 17, 2023", "DATE", "2023-03-17")]),
        ("The report of 17 March 2023 was leaked.", [("17 March 2023", "DATE", "2023-03-17")]),
        ("Talks resumed last week.", [("last week", "DATE", "2024-W47")]),
        ("Talks resume next Thursday.", [("next Thursday", "DATE", "2024-12-05")]),
        ("He died two days ago.", [("two days ago", "DATE", "2024-11-28")]),
        ("The vote is expected next month.", [("next month", "DATE", "2024-12")]),
        ("She spoke yesterday morning.", [("yesterday morning", "TIME", "2024-11-29TMO")]),
        ("The city grew in the 1990s.", [("the 1990s", "DATE", "199")]),
        ("Construction began in summer 2021.", [("summer 2021", "DATE", "2021-SU")]),
        ("The talks lasted three weeks.", [("three weeks", "DURATION", "P3W")]),
        ("The group meets every Monday.", [("every Monday", "SET", "XXXX-WXX-1")]),
        ("The paper appears weekly.", [("weekly", "SET", "P1W")]),
        ("On Monday he was released.", [("Monday", "DATE", "2024-11-25")]),
    ],
)
def test_english(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text) == expected


def test_english_clock_and_false_alarms() -> None:
    assert values("On March 3, 2024 at 3 p.m. the polls closed.") == [
        ("March 3, 2024", "DATE", "2024-03-03"),
        ("3 p.m.", "TIME", "2024-03-03T15:00"),
    ]
    assert values("About 2000 people said he may come.") == []


def test_english_without_publication_date() -> None:
    assert values("It was signed in June, last week and on Monday.", None) == [
        ("June", "DATE", "XXXX-06"), ("last week", "DATE", "XXXX-WXX"), ("Monday", "DATE", "XXXX-WXX-1"),
    ]
