"""Error classes found by reviewing the full analysis of unseen German news articles (BENCHMARKS.md,
"Analyst review"): one test per general rule, on sentences written for the test."""

from __future__ import annotations

from datetime import date

import pytest
from common import entity_with as entity

from lagebild.config import Settings
from lagebild.model import Article, Document
from lagebild.pipeline import Pipeline
from lagebild.time import tag


@pytest.fixture(scope="module")
def analyse():
    pipeline = Pipeline(Settings(published=date(2006, 3, 7)))

    def run(text: str) -> Document:
        return pipeline(Article(text=text, language="de"))

    return run


def timex_values(text: str, published: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published, "de")}


# --------------------------------------------------------------------------- names


def test_canonical_name_is_no_genitive(analyse) -> None:
    doc = analyse(
        "Anhänger Omar Haddads protestierten in der Hauptstadt. Omar Haddad war zuvor abgesetzt worden. "
        "Die Sicherheitslage Israels bleibt angespannt."
    )
    assert entity(doc, "Omar Haddad").name == "Omar Haddad"
    assert entity(doc, "Israels").name == "Israel"


def test_organisation_names_in_the_nominative_and_known_acronyms_merged(analyse) -> None:
    doc = analyse(
        "Die Außenminister der Europäischen Union treffen sich in Brüssel. Die EU will über Sanktionen beraten. "
        "Auch die UN sind beteiligt; die Vereinten Nationen hatten um Hilfe gebeten."
    )
    eu = entity(doc, "EU")
    assert eu.name == "Europäische Union" and "Europäischen Union" in eu.variants
    un = entity(doc, "UN")
    assert un.name == "Vereinte Nationen" and "Vereinten Nationen" in un.variants


def test_given_name_typed_as_place_joins_the_person(analyse) -> None:
    doc = analyse(
        "Der thailändische Ministerpräsident Somchai Wongsawat trat zurück. "
        "Kritiker Somchais hatten wochenlang demonstriert."
    )
    person = entity(doc, "Somchai Wongsawat")
    assert "Somchais" in person.variants and person.type == "PER"


def test_institution_named_again_without_its_demonym_is_one_entity(analyse) -> None:
    doc = analyse(
        "Das russische Außenministerium bestellte den Botschafter ein. "
        "Ein Sprecher des Außenministeriums nannte den Vorfall inakzeptabel."
    )
    ministry = entity(doc, "russische Außenministerium")
    assert "Außenministeriums" in ministry.variants and ministry.country == "RUS"
    assert ministry.name == "russisches Außenministerium"  # the nominative without article


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Ein Sprecher des russischen Außenministeriums widersprach.", "russischen Außenministeriums",
         "russisches Außenministerium"),
        ("Laut dem französischen Geheimdienst war das falsch.", "französischen Geheimdienst",
         "französischer Geheimdienst"),
        ("Den türkischen Sicherheitskräften wurde Folter vorgeworfen.", "türkischen Sicherheitskräften",
         "türkische Sicherheitskräfte"),
    ],
)
def test_institution_is_named_in_the_nominative_without_article(analyse, text: str, surface: str, name: str) -> None:
    assert entity(analyse(text), surface).name == name


def test_feminine_title_keeps_masculine_pronouns_away(analyse) -> None:
    doc = analyse(
        "Die Bundeskanzlerin Merkel kritisierte den Iran scharf. Das Land müsse sein Programm aufgeben."
    )
    assert all(m.source != "coref" for m in entity(doc, "Merkel").mentions)


# --------------------------------------------------------------------------- NER spans, roles, countries


def test_person_name_part_the_recogniser_drops_is_taken(analyse) -> None:
    doc = analyse("Der deutsche Verteidigungsminister Franz Josef Jung nannte am Montag vier Bedingungen.")
    person = entity(doc, "Franz Josef Jung")
    assert person.roles == ["defence minister"] and person.country == "DEU"


def test_title_phrase_before_the_name_gives_role_and_country(analyse) -> None:
    doc = analyse(
        "Der frühere Präsident des Irak, Saddam Hussein, steht in Bagdad vor Gericht. Die Petition wurde "
        "vom Führer der Oppositionsbewegung „Volksallianz“ (PAD), Somchai Rattanakorn, vorgetragen."
    )
    person = entity(doc, "Saddam Hussein")
    assert person.roles == ["president"] and person.country == "IRQ"
    assert entity(doc, "Somchai Rattanakorn").roles == ["leader"]


def test_hyphenated_deputy_title(analyse) -> None:
    doc = analyse("Der Streit mit dem iranischen Vize-Außenminister Ali Rezaei dauerte an.")
    person = entity(doc, "Ali Rezaei")
    assert person.roles == ["deputy foreign minister"] and person.country == "IRN"


def test_national_institutions_and_agencies_have_their_country(analyse) -> None:
    doc = analyse(
        "Der Bundesgerichtshof erließ Haftbefehl, wie die Nachrichtenagentur Reuters meldete. "
        "Die Bundeswehr und das Pentagon äußerten sich nicht."
    )
    assert (entity(doc, "Bundesgerichtshof").type, entity(doc, "Bundesgerichtshof").country) == ("ORG", "DEU")
    assert (entity(doc, "Reuters").type, entity(doc, "Reuters").country) == ("ORG", "GBR")
    assert entity(doc, "Bundeswehr").country == "DEU" and entity(doc, "Pentagon").country == "USA"


def test_inflected_long_country_name_wins_over_its_pieces(analyse) -> None:
    doc = analyse(
        "Die Wahl in der Demokratischen Republik Kongo wird verschoben. Im Kongo sind UN-Soldaten stationiert."
    )
    congo = entity(doc, "Kongo")
    assert congo.country == "COD" and congo.type == "LOC"


def test_big_city_of_several_words_is_found(analyse) -> None:
    doc = analyse("In Tel Aviv hat sich ein Attentäter in die Luft gesprengt.")
    assert entity(doc, "Tel Aviv").country == "ISR"


def test_institution_takes_the_country_of_the_same_body_named_before(analyse) -> None:
    doc = analyse(
        "Die französischen Behörden nahmen einen Verdächtigen fest. Die Sicherheitsbehörden warnten vor Anschlägen. "
        "Das türkische Verfassungsgericht urteilte am Montag. Das Militärgericht hatte den Fall zuvor verhandelt."
    )
    assert entity(doc, "Sicherheitsbehörden").country == "FRA"  # the authorities named before
    assert entity(doc, "Militärgericht").country is None  # another court than the constitutional court


# --------------------------------------------------------------------------- time


def test_date_set_for_a_day_lies_ahead_whatever_the_tense() -> None:
    published = date(2005, 10, 19)
    found = timex_values("Nach drei Stunden wurde der Prozess auf den 28. November vertagt.", published)
    assert found["28. November"] == "2005-11-28"
    found = timex_values("Die Kommission hat die Wahl auf Ende September, Anfang Oktober festgelegt.", date(2006, 5, 21))
    assert found["Ende September"] == "2006-09" and found["Anfang Oktober"] == "2006-10"
    assert timex_values("Weitere Kundgebungen sind für Montag angekündigt.", date(2006, 3, 26))["Montag"] == "2006-03-27"
    # a night from one day to the next is no date set for the second day
    assert timex_values("In der Nacht von Samstag auf Sonntag wurde eingebrochen.", date(2006, 3, 27))["Sonntag"] == "2006-03-26"


def test_infinitive_with_zu_is_no_past_participle() -> None:
    found = timex_values("Die Soldaten sollen helfen, die Sicherheit bei der Wahl am 18. Juni zu gewährleisten.", date(2006, 3, 7))
    assert found["18. Juni"] == "2006-06-18"


def test_today_and_yesterday_as_adjectives_with_tag() -> None:
    published = date(2005, 12, 29)
    assert timex_values("Eine Freilassung sei am heutigen Tag möglich.", published)["heutigen Tag"] == "2005-12-29"
    assert timex_values("Die Proteste nahmen mit dem gestrigen Tag eine Wende.", published)["dem gestrigen Tag"] == "2005-12-28"
