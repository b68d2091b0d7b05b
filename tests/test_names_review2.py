"""Analyst review 2 (person types): persons the recogniser typed as places or organisations or cut in two,
and common nouns it took for places. Sentences written for the test in the style of German news."""

from __future__ import annotations

from datetime import date

import pytest
from common import entity_with as entity
from common import names_analyser

from lagebild.model import Document


@pytest.fixture(scope="module")
def analyse():
    return names_analyser(date(2012, 5, 3))


def surfaces(doc: Document) -> list[str]:
    return [m.text for m in doc.mentions]


def test_hyphenated_given_name_and_particle_at_sentence_start(analyse) -> None:
    doc = analyse("Die Opposition legte einen Antrag vor. Karl-Theodor zu Guttenberg kritisierte den Plan scharf. "
                  "„Das ist nicht hinnehmbar“, so Guttenberg.")
    person = entity(doc, "Karl-Theodor zu Guttenberg")
    assert person.type == "PER"
    assert any(m.text == "Guttenberg" for m in person.mentions)


def test_two_halves_of_a_hyphenated_given_name_are_one_person(analyse) -> None:
    doc = analyse("Die Streiks werden laut Verhandlungsführer Hans-Peter Lafos vor allem Kraftwerke betreffen.")
    assert entity(doc, "Hans-Peter Lafos").type == "PER"
    assert "Hans-Peter" not in surfaces(doc)


def test_unknown_place_after_a_title_is_a_person(analyse) -> None:
    doc = analyse("Netanjahu verteidigte seinen Verteidigungsminister Jaalon gegen die Kritik.")
    assert entity(doc, "Jaalon").type == "PER"


def test_known_place_after_a_title_stays_a_place(analyse) -> None:
    doc = analyse("Der Außenminister Israels reiste am Montag nach Berlin.")
    assert entity(doc, "Israels").type == "LOC"


def test_full_name_after_a_noun_for_a_body_stays_a_person(analyse) -> None:
    doc = analyse("Der Parlamentarische Geschäftsführer der grünen Bundestagsfraktion Volker Beck stellte Strafanzeige.")
    assert entity(doc, "Volker Beck").type == "PER"


def test_name_of_a_body_after_its_noun_stays_an_organisation(analyse) -> None:
    doc = analyse("Die Polizei stürmte den Sender Bugün TV in Istanbul.")
    assert entity(doc, "Bugün TV").type == "ORG"


def test_common_nouns_are_no_places(analyse) -> None:
    doc = analyse("Der Minister hat die Demokratie nicht verstanden. In beiden Fällen ist er untragbar. "
                  "Die Ex-Ministerpräsidentin schwieg dazu.")
    assert not any(m.type == "LOC" for m in doc.mentions), [(m.text, m.type) for m in doc.mentions]



def test_place_ending_in_an_acronym_is_the_organisation(analyse) -> None:
    doc = analyse("Die Einstufung der Arbeiterpartei Kurdistans PKK als Terrororganisation bleibt umstritten.")
    assert entity(doc, "PKK").type == "ORG"
    assert "Kurdistans PKK" not in surfaces(doc)
