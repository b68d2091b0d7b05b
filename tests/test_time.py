"""German time expressions, normalised against a publication date (2024-11-30, a Saturday)."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.time import tag

PUB = date(2024, 11, 30)


def values(text: str, published: date | None = PUB) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, published, "de")]


def first(text: str, published: date | None = PUB) -> tuple[str, str | None, str | None]:
    timex = tag(text, published, "de")[0]
    assert text[timex.start : timex.end] == timex.text
    return timex.text, timex.value, timex.mod


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the seed's expressions
        ("das Putin und Kim Jong Un im Juni unterzeichnet haben", "2024-06"),
        ("Regierungsvertreter hatten in der vergangenen Woche erklärt, dass", "2024-W47"),
        # explicit dates
        ("Die Sitzung fand am 17. März 2023 statt.", "2023-03-17"),
        ("Das Urteil vom 17.03.2023 ist rechtskräftig.", "2023-03-17"),
        ("Der Vertrag wurde am 5.8. unterschrieben.", "2024-08-05"),
        ("Die Frist endete am 3. Feber 2021.", "2021-02-03"),
        ("Im Jänner 2020 war es kalt.", "2020-01"),
        ("Am Donnerstag, 25. Februar 2010, wird gewählt.", "2010-02-25"),
        ("Die Daten stammen vom 2023-07-14.", "2023-07-14"),
        ("Im Jahr 2011 begann der Umbau.", "2011"),
        # deictic and relative
        ("Heute ist ein guter Tag.", "2024-11-30"),
        ("Die Entscheidung fällt übermorgen.", "2024-12-02"),
        ("Gestern wurde ein Mann verhaftet.", "2024-11-29"),
        ("Er kam am Samstag nach Wien.", "2024-11-30"),  # agency style names the day of publication by its weekday
        ("Er kam am Freitag nach Wien.", "2024-11-29"),
        ("Am nächsten Donnerstag trifft er den Kanzler.", "2024-12-05"),
        ("Letzten Sonntag war er in Graz.", "2024-11-24"),
        ("Im kommenden Monat wird gewählt.", "2024-12"),
        ("Vor vier Tagen starb der Sänger.", "2024-11-26"),
        ("Im Vorjahr war der Umsatz höher.", "2023"),
        ("Er ist seit dem 15. Mai im Amt.", "2024-05-15"),
        ("Nächstes Jahr soll die Brücke fertig sein.", "2025"),
        ("Heuer gab es viel Schnee.", "2024"),
        ("Vor fünf Jahren begann der Krieg.", "2019"),
        ("In zwei Wochen wird entschieden.", "2024-W50"),
        ("Das Gesetz tritt Anfang nächsten Jahres in Kraft.", "2025"),
        # tense decides the year of a bare month or weekday
        ("Im Februar sollen die Wahlen stattfinden.", "2025-02"),
        ("Im Februar hatten die Wahlen stattgefunden.", "2024-02"),
        ("Am Freitag wird der Bericht vorgestellt.", "2024-12-06"),
        ("Am Freitag wurde der Bericht vorgestellt.", "2024-11-29"),
        ("Sie sollen seit Dezember Geld gesammelt haben.", "2023-12"),  # "seit" outweighs the modal
        ("Die neuen Regeln greifen ab Februar.", "2025-02"),
        # seasons, decades, centuries
        ("Im Herbst 2021 war die Wahl.", "2021-FA"),
        ("In den 1990er Jahren wuchs die Stadt.", "199"),
        ("Im 19. Jahrhundert entstand die Bahn.", "18"),
    ],
)
def test_dates(text: str, expected: str) -> None:
    assert first(text)[1] == expected


def test_vague_modifier() -> None:
    assert first("Ende Oktober wurde gewählt.") == ("Ende Oktober", "2024-10", "END")
    assert first("Anfang Juni 2022 begann der Umbau.") == ("Anfang Juni 2022", "2022-06", "START")
    assert first("Mitte der 80er Jahre zog er nach Berlin.")[1:] == ("198", "MID")


def test_parts_of_days() -> None:
    assert values("Am Freitagmorgen kam es zu einem Unfall.") == [("Freitagmorgen", "TIME", "2024-11-29TMO")]
    assert values("In der Nacht zum Sonntag brannte eine Scheune.") == [
        ("der Nacht zum Sonntag", "TIME", "2024-11-23TNI")
    ]
    assert values("Heute Abend spielt die Band.") == [("Heute Abend", "TIME", "2024-11-30TEV")]
    assert values("Er war gestern morgen um 8.30 Uhr im Büro.") == [
        ("gestern morgen", "TIME", "2024-11-29TMO"),
        ("8.30 Uhr", "TIME", "2024-11-29T08:30"),
    ]


def test_clock_times_take_the_day_of_their_sentence() -> None:
    found = values("Am Samstag beginnt um 20 Uhr das Konzert. Der Markt ist von 14 bis 16 Uhr offen.")
    assert found == [
        ("Samstag", "DATE", "2024-12-07"),
        ("20 Uhr", "TIME", "2024-12-07T20:00"),
        ("14", "TIME", "2024-11-30T14:00"),
        ("16 Uhr", "TIME", "2024-11-30T16:00"),
    ]


def test_ranges() -> None:
    assert values("Die Messe findet vom 3. bis 5. Mai statt.") == [
        ("3.", "DATE", "2025-05-03"),
        ("5. Mai", "DATE", "2025-05-05"),
    ]
    assert values("Die Balkankriege (1912/13) gingen voraus.") == [("1912", "DATE", "1912"), ("13", "DATE", "1913")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er blieb zwei Wochen in Haft.", ("zwei Wochen", "DURATION", "P2W")),
        ("Innerhalb von 24 Stunden kam die Antwort.", ("24 Stunden", "DURATION", "PT24H")),
        ("Das dauerte ein halbes Jahr.", ("ein halbes Jahr", "DURATION", "P6M")),
        ("Sie wartete mehrere Tage auf Nachricht.", ("mehrere Tage", "DURATION", "PXD")),
        ("Die Anlage ist seit Jahren kaputt.", ("Jahren", "DURATION", "PXY")),
        ("Die zweitägige Konferenz endete.", ("zweitägige", "DURATION", "P2D")),
        ("Jeden Montag trifft sich die Gruppe.", ("Jeden Montag", "SET", "XXXX-WXX-1")),
        ("Der Bus fährt alle zwei Wochen.", ("alle zwei Wochen", "SET", "P2W")),
        ("Die Zeitung erscheint täglich.", ("täglich", "SET", "P1D")),
        ("Der Markt ist montags geöffnet.", ("montags", "SET", "XXXX-WXX-1")),
    ],
)
def test_durations_and_sets(text: str, expected: tuple[str, str, str]) -> None:
    assert values(text) == [expected]


def test_references_and_holidays() -> None:
    assert values("Jetzt ist es zu spät, damals war alles anders.") == [
        ("Jetzt", "DATE", "PRESENT_REF"),
        ("damals", "DATE", "PAST_REF"),
    ]
    assert values("Zu Ostern 2024 kamen viele Gäste.") == [("Ostern 2024", "DATE", "2024-03-31")]
    assert values("An Weihnachten wird gefeiert.") == [("Weihnachten", "DATE", "2024-12-25")]


def test_no_false_alarms() -> None:
    assert values("Rund 2000 Menschen demonstrierten, mindestens 1500 Polizisten waren da.") == []
    assert values("Am Morgen kam der 55-jährige Mann mit 16 Jahren Erfahrung.") == [
        ("Morgen", "TIME", "2024-11-30TMO")
    ]
    assert values("Eines Tages wird er König.") == []
    assert values("August Bebel und Mai Thi sprachen.") == []


def test_without_publication_date_values_stay_underspecified() -> None:
    text = "Im Juni, am Samstag, vor vier Tagen, am 17. März, heute, in der vergangenen Woche, im Vorjahr"
    assert [t.value for t in tag(text, None)] == [
        "XXXX-06", "XXXX-WXX-6", "XXXX-XX-XX", "XXXX-03-17", "XXXX-XX-XX", "XXXX-WXX", "XXXX",
    ]
    assert values("Am 17. März 2023 und 1990.", None) == [
        ("17. März 2023", "DATE", "2023-03-17"), ("1990", "DATE", "1990"),
    ]


def test_offsets_point_into_the_text() -> None:
    text = "Bozen. Am 3. Juni 2023 um 20 Uhr, drei Wochen später, im Sommer hatte es geregnet."
    for timex in tag(text, PUB):
        assert text[timex.start : timex.end] == timex.text
    assert [(t.text, t.value) for t in tag(text, PUB)] == [
        ("3. Juni 2023", "2023-06-03"), ("20 Uhr", "2023-06-03T20:00"), ("drei Wochen später", "2023-W25"),
        ("Sommer", "2024-SU"),
    ]


def test_narrative_resolves_against_the_date_last_named() -> None:
    text = ("Der Krieg begann am 28. Juli 1914. Am 1.8.14 folgte die Kriegserklärung, zwei Tage später "
            "die nächste. Im Oktober stand die Front, bis heute ist das umstritten.")
    found = [(t.text, t.value) for t in tag(text, date(2011, 2, 16), narrative=True)]
    assert found == [
        ("28. Juli 1914", "1914-07-28"), ("1.8.14", "1914-08-01"), ("zwei Tage später", "1914-08-03"),
        ("Oktober", "1914-10"), ("heute", "PRESENT_REF"),
    ]
    assert tag(text, date(2011, 2, 16))[3].value == "2010-10"  # news: against the publication date


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # no tense cue in the date's own clause: the nearest such day, whatever the main clause says
        ("Es gilt als ausgeschlossen, dass sich am 6. Mai die beiden Kandidaten gegenüberstehen.", date(2012, 4, 22), "2012-05-06"),
        ("Die Bilanz des Festes am 28. Dezember fällt gemischt aus.", date(2025, 1, 5), "2024-12-28"),
        # a cue in the date's own clause still decides
        ("Am 6. Mai hatte die Polizei das Lager geräumt.", date(2012, 4, 22), "2011-05-06"),
        ("Die Kommission wird am 20. Januar entscheiden.", date(2024, 11, 30), "2025-01-20"),
    ],
)
def test_day_and_month_without_a_year(text: str, published: date, expected: str) -> None:
    assert first(text, published)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Start soll im letzten Quartal diesen Jahres stattfinden.", "2024-Q4"),
        ("Im ersten Quartal 2013 stieg der Umsatz.", "2013-Q1"),
        ("Im zweiten Quartal des Jahres 2010 fiel er.", "2010-Q2"),
        ("Am 5. Mai diesen Jahres war der Satellit gestartet worden.", "2024-05-05"),
    ],
)
def test_quarters_and_this_years_dates(text: str, expected: str) -> None:
    assert first(text)[1] == expected
