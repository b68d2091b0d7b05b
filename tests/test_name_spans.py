"""Name boundaries and entity types on unseen articles: particles inside persons' names, places named
after a noun for a kind of place, organisations named with inflected adjectives, two people the
recogniser took for one. Sentences written for the test in the style of German news."""

from __future__ import annotations

from datetime import date

import pytest
from common import entity_with as entity
from common import names_analyser

from lagebild.model import Document


@pytest.fixture(scope="module")
def analyse():
    return names_analyser(date(2011, 2, 16))


def people(doc: Document) -> list[str]:
    return [m.text for m in doc.mentions if m.type == "PER" and m.text[:1].isupper()]


# --------------------------------------------------------------------------- particles


def test_particle_name_and_its_short_forms_are_one_person(analyse) -> None:
    doc = analyse(
        "Verteidigungsminister Karl-Theodor zu Guttenberg hat Fehler in seiner Doktorarbeit eingeräumt. "
        "Zu Guttenberg sagte am Freitag, er habe nicht bewusst getäuscht. "
        "Die Kritik an zu Guttenbergs Arbeit reißt dennoch nicht ab."
    )
    person = entity(doc, "Karl-Theodor zu Guttenberg")
    assert person.type == "PER"
    assert {"Zu Guttenberg", "zu Guttenbergs"} <= {m.text for m in person.mentions}
    assert not [e for e in doc.entities if e.type == "LOC"]


def test_von_der_short_form_is_the_person(analyse) -> None:
    doc = analyse(
        "Arbeitsministerin Ursula von der Leyen will die Regelsätze neu berechnen lassen. "
        "Von der Leyen sagte am Montag, die Berechnung sei verfassungsgemäß."
    )
    person = entity(doc, "Ursula von der Leyen")
    assert "Von der Leyen" in [m.text for m in person.mentions]
    assert [e.type for e in doc.entities] == ["PER"]


@pytest.mark.parametrize("text, full, short", [
    ("Der Terrorist Osama bin Laden wurde in Pakistan getötet. Bin Laden hatte dort jahrelang gelebt.",
     "Osama bin Laden", "Bin Laden"),
    ("Der syrische Präsident Baschar al-Assad lehnt einen Rücktritt ab. Assad sagte, er werde bleiben.",
     "Baschar al-Assad", "Assad"),
    (("Der brasilianische Präsident Luiz Inácio Lula da Silva besuchte Berlin. Lula da Silva traf dort die "
      "Kanzlerin."), "Luiz Inácio Lula da Silva", "Lula da Silva"),
    (("Hamburgs Bürgermeister Ole von Beust kündigte seinen Rücktritt an. Von Beust will sich aus der Politik "
      "zurückziehen."), "Ole von Beust", "Von Beust"),
])
def test_particle_names_are_whole(analyse, text: str, full: str, short: str) -> None:
    doc = analyse(text)
    person = entity(doc, full)
    assert person.type == "PER"
    assert short in [m.text for m in person.mentions]


@pytest.mark.parametrize("text, separate", [
    ("Die Kritik von Merkel an Schulz von der SPD war deutlich.", ["Merkel", "Schulz"]),
    ("Altkanzler Gerhard Schröder war in Berlin. Nach dem Treffen sagte Merkel zu Schröder, man werde sich einigen.",
     ["Merkel", "Schröder"]),
    (("Der französische Nationalspieler Nicolas Anelka wurde suspendiert. In der Pause soll Anelka zu Domenech "
      "gesagt haben, er solle verschwinden."), ["Anelka", "Domenech"]),
    ("Das Burgtheater zeigt Onkel Wanja von Anton Tschechow.", ["Anton Tschechow"]),
])
def test_prepositions_do_not_join_names(analyse, text: str, separate: list[str]) -> None:
    found = people(analyse(text))
    assert not [name for name in found if " von " in name or " zu " in name], found
    assert set(separate) <= set(found)


# --------------------------------------------------------------------------- places after a place noun


def test_place_noun_makes_a_place_everywhere_in_the_article(analyse) -> None:
    doc = analyse(
        "Die Anklage betrifft die Hinrichtung von 148 Männern aus dem kleinen Dorf Dudschail. "
        "Nach dem Massaker von Dudschail wurden zahlreiche Familien vertrieben."
    )
    assert {m.type for m in doc.mentions if m.text == "Dudschail"} == {"LOC"}


def test_island_after_place_noun(analyse) -> None:
    doc = analyse("Auf der griechischen Insel Samos kamen am Wochenende 300 Flüchtlinge an.")
    assert entity(doc, "Samos").type == "LOC"


# --------------------------------------------------------------------------- inflected organisation names


def test_inflected_newspaper_name_is_one_organisation_in_the_nominative(analyse) -> None:
    doc = analyse(
        "Quelle der Information ist die Süddeutsche Zeitung, die sich auf Mitglieder der Kommission beruft. "
        "Die Kommission kam laut Süddeutscher Zeitung zu dem Schluss, dass vorsätzlich getäuscht wurde."
    )
    paper = entity(doc, "Süddeutscher Zeitung")
    assert paper.type == "ORG"
    assert paper.name == "Süddeutsche Zeitung"
    assert "Süddeutsche Zeitung" in paper.variants


def test_party_named_in_the_genitive_gets_its_nominative(analyse) -> None:
    doc = analyse("Der Kandidat der Republikanischen Partei gewann die Vorwahl in Iowa deutlich.")
    assert entity(doc, "Republikanischen Partei").name == "Republikanische Partei"


# --------------------------------------------------------------------------- two people in one mention


def test_full_name_followed_by_another_family_name(analyse) -> None:
    doc = analyse(
        "Wałęsa gilt als Kritiker von Jarosław Kaczyński. Der Vertrag war mit Lech Wałęsa unterschrieben. "
        "Im Jahr 2008 warf Lech Kaczyński Wałęsa vor, Spitzel gewesen zu sein."
    )
    assert "Lech Kaczyński Wałęsa" not in people(doc)
    assert {"Lech Kaczyński", "Wałęsa"} <= set(people(doc))


def test_a_company_noun_makes_a_name_an_organisation_everywhere(analyse):
    doc = analyse("Die irische Fluggesellschaft Ryanair meldet 100.000 Fluggäste. Ein Viertel der Passagiere von "
                  "Ryanair sind Geschäftsleute. Das Amtsgericht Wismar prüft den Fall.")
    assert entity(doc, "Ryanair").type == "ORG"
    assert all(e.type != "ORG" or "Wismar" not in e.name or "Amtsgericht" in e.name for e in doc.entities)


def test_demonyms_of_african_states_and_armed_groups_of_the_sahel(analyse):
    doc = analyse("Malische Soldaten haben Lager der Gruppe Ansar Dine zerstört, meldeten die burundischen Behörden.")
    assert entity(doc, "Malische Soldaten").country == "MLI"
    assert entity(doc, "Ansar Dine").type == "ORG"


def test_a_genitive_of_a_name_part_joins_its_person(analyse):
    doc = analyse("UN-Generalsekretär Ban Ki-moon sprach vor dem Parlament. Der Rede Bans lauschten auch die "
                  "Kandidaten. Chelsea-Kapitän John Terry fehlte, Jonas spielte.")
    assert "Bans" in entity(doc, "Ban Ki-moon").variants
    assert "Jonas" not in entity(doc, "John Terry").variants


def test_a_language_is_no_country(analyse):
    doc = analyse("Der Generalsekretär hielt seine Rede vor dem Wiener Parlament auf Deutsch.")
    assert all(e.country != "DEU" for e in doc.entities)


def test_cities_in_german_transliteration_have_their_country(analyse):
    doc = analyse("Bei Explosionen am Rande der Stadt Herat starben elf Menschen. In Donezk und Mossul wurde gekämpft.")
    assert {entity(doc, name).country for name in ("Herat", "Donezk", "Mossul")} == {"AFG", "UKR", "IRQ"}


def test_a_common_noun_is_no_person_unless_a_full_name_has_it(analyse):
    doc = analyse("Aber nicht nur Eltern und Hersteller können das Geplauder hören. Astrid Raufer ist Sprecherin "
                  "des Vereins. Laut Raufer wird der Fall geprüft.")
    assert all(e.name != "Hersteller" for e in doc.entities)
    assert "Raufer" in entity(doc, "Astrid Raufer").variants
