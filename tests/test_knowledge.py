"""Country, place, organisation and demonym lookups from the generated knowledge files."""

from __future__ import annotations

import pytest

from lagebild.nlp.knowledge import countries, country_of, demonym, demonym_forms, demonym_parts, gazetteer, place


@pytest.mark.parametrize(
    ("name", "alpha3"),
    [
        ("Nordkorea", "PRK"), ("Südkorea", "KOR"), ("USA", "USA"), ("Vereinigte Staaten", "USA"),
        ("Großbritannien", "GBR"), ("Grossbritannien", "GBR"), ("Vereinigtes Königreich", "GBR"),
        ("Russland", "RUS"), ("Russlands", "RUS"), ("Russische Föderation", "RUS"), ("Ukraine", "UKR"),
        ("Weißrussland", "BLR"), ("Belarus", "BLR"), ("Elfenbeinküste", "CIV"), ("Deutschland", "DEU"),
        ("North Korea", "PRK"), ("Germany", "DEU"), ("RU", "RUS"), ("DEU", "DEU"), ("China", "CHN"),
        ("Moskau", "RUS"), ("Pjöngjang", "PRK"), ("Kiew", "UKR"), ("Peking", "CHN"), ("Washington", "USA"),
        ("Warschau", "POL"), ("Teheran", "IRN"), ("Seoul", "KOR"), ("Wien", "AUT"), ("Kyiv", "UKR"),
        # inflected after an article: "der Vereinigten Staaten", "im Vereinigten Königreich"
        ("Vereinigten Staaten", "USA"), ("Vereinigten Königreich", "GBR"), ("Russischen Föderation", "RUS"),
        ("Vereinigten Arabischen Emiraten", "ARE"), ("Tirol", "AUT"), ("Bayern", "DEU"),
    ],
)
def test_country_of_names_codes_and_cities(name: str, alpha3: str) -> None:
    assert country_of(name) == alpha3


def test_unknown_words_have_no_country() -> None:
    for word in ("Treffen", "Kooperation", "Texas", "Beziehungen", "Zusammenarbeit"):
        assert country_of(word) is None


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Moskau", "capital"), ("Nordostasien", "region"), ("Nordostasiens", "region"), ("Nahost", "region"),
     ("Westeuropa", "region"), ("Nordkorea", "country"), ("Hamburg", "city"), ("NATO", "org"),
     ("Nato", "org"), ("Vereinte Nationen", "org"), ("UNO", "org"), ("IAEO", "org"), ("OSZE", "org"),
     ("G7", "org"), ("EU", "org")],
)
def test_place_kinds(name: str, kind: str) -> None:
    found = place(name)
    assert found is not None and found.kind == kind


def test_organisations_have_no_country_and_one_canonical_name() -> None:
    assert place("UNO").country is None
    assert place("UNO").canonical == place("Vereinte Nationen").canonical == place("UN").canonical
    assert place("IAEO").canonical == place("IAEA").canonical


def test_acronyms_match_only_in_capitals() -> None:
    assert place("WHO") is not None and place("who") is None


def test_ambiguous_city_names_are_weak() -> None:
    assert not place("Essen").strong  # also a German noun
    assert place("Moskau").strong


@pytest.mark.parametrize("form", ["russisch", "russische", "russischen", "russischer", "russisches", "russischem", "Russische"])
def test_demonym_inflections(form: str) -> None:
    assert demonym(form) == "RUS"


@pytest.mark.parametrize(
    ("word", "alpha3"),
    [("nordkoreanischen", "PRK"), ("Südkoreanische", "KOR"), ("US-amerikanische", "USA"), ("amerikanischen", "USA"),
     ("ukrainischen", "UKR"), ("britische", "GBR"), ("französischen", "FRA"), ("deutschen", "DEU"),
     ("chinesische", "CHN"), ("türkischen", "TUR"), ("israelische", "ISR"), ("iranischen", "IRN"),
     ("polnische", "POL"), ("japanischen", "JPN"), ("syrischen", "SYR"), ("ägyptische", "EGY"),
     ("schweizerischen", "CHE"), ("österreichische", "AUT"), ("niederländischen", "NLD"), ("kanadische", "CAN"),
     ("brasilianischen", "BRA"), ("mexikanische", "MEX"), ("südafrikanischen", "ZAF"), ("libanesische", "LBN"),
     ("afghanischen", "AFG"), ("kasachische", "KAZ"), ("jemenitischen", "YEM"), ("saudische", "SAU"),
     ("weißrussische", "BLR"), ("belarussischen", "BLR"), ("nigerianische", "NGA"), ("venezolanischen", "VEN")],
)
def test_demonyms_of_many_countries(word: str, alpha3: str) -> None:
    assert demonym(word) == alpha3


def test_ambiguous_or_non_country_adjectives_have_no_country() -> None:
    for word in ("koreanische", "europäischen", "demokratische", "militärische", "strategische", "arabischen"):
        assert demonym(word) is None


def test_demonym_compounds_split_into_countries() -> None:
    word = "russisch-nordkoreanische"
    parts = demonym_parts(word)
    assert [(word[s:e], c) for s, e, c in parts] == [("russisch", "RUS"), ("nordkoreanische", "PRK")]
    assert [c for _, _, c in demonym_parts("deutsch-französischen")] == ["DEU", "FRA"]
    assert demonym_parts("US-amerikanischen") == [(0, 17, "USA")]


def test_coverage_of_the_data() -> None:
    names = dict(countries())
    assert len(names) >= 249 and names["PRK"][0] == "Nordkorea"
    forms = dict(demonym_forms())
    assert forms["nordkoreanischen"] == "PRK"
    labels = {label for _, label in gazetteer()}
    assert labels == {"LOC", "ORG"}
