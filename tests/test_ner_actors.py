"""Actors the recogniser reads past: names opening a hyphenated compound ("US-Botschaft", "CDU-Abgeordnete")
and bodies named by a noun ("das Bundeskartellamt", "vom Landesamt", bare "Sicherheitskräfte"), through the
whole pipeline as `analyze` runs it."""

from __future__ import annotations

import pytest

from lagebild.model import Article, Document
from lagebild.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def mentions(doc: Document, source: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.type, m.country) for e in doc.entities for m in e.mentions if m.source == source]


@pytest.mark.parametrize("text, expected", [
    ("Die US-Botschaft in Kampala hat ihre Bürger zur Ausreise aufgefordert.", [("US", "LOC", "USA")]),
    ("Mehrere CDU-Abgeordnete stimmten gegen den Entwurf.", [("CDU", "ORG", "DEU")]),
    ("Die Nato-Verteidigungsminister beraten in Brüssel.", [("Nato", "ORG", None)]),
    ("Der Preis stieg auf 80 US-Dollar je Barrel.", []),  # a currency, not the state
    ("Die Delegation reiste weiter nach Bosnien-Herzegowina.", []),  # a name of its own, already whole
])
def test_a_known_name_opening_a_compound_is_a_mention(pipeline, text, expected):
    assert mentions(pipeline(Article(text=text)), "compound") == expected


def test_a_name_the_article_gave_opens_a_compound_later(pipeline):
    doc = pipeline(Article(text="Der Altkanzler Helmut Kohl klagt gegen den Verlag. "
                                "Die Kohl-Anwälte verlangen eine hohe Entschädigung."))
    kohl = next(e for e in doc.entities if e.name == "Helmut Kohl")
    assert [m.text for m in kohl.mentions if m.source == "compound"] == ["Kohl"]


def test_the_country_entity_keeps_its_name_when_a_compound_repeats_it(pipeline):
    doc = pipeline(Article(text="Die USA verhängten Zölle. Die US-Regierung nannte sie notwendig."))
    usa = [e for e in doc.entities if e.country == "USA" and e.type == "LOC"]
    assert len(usa) == 1 and usa[0].name == "USA"


def test_the_compound_name_is_the_actor_of_the_event(pipeline):
    doc = pipeline(Article(text="Die EU-Außenminister forderten am Montag eine sofortige Waffenruhe."))
    eu = next(e for e in doc.entities if e.name == "EU")
    assert [(ev.type, ev.actors) for ev in doc.events] == [("DEMAND", [eu.id])]


@pytest.mark.parametrize("text, body", [
    ("Das Gesundheitsamt hat gegen vier Metzgereien ermittelt.", "Gesundheitsamt"),
    ("Der Antrag wurde vom Landesamt für Umwelt abgelehnt.", "Landesamt"),
    ("In der Nacht verschafften sich Sicherheitskräfte Zugang zu dem Gebäude.", "Sicherheitskräfte"),
    ("Die Anklage verlangte für den Angeklagten fünf Jahre Haft.", "Anklage"),
    ("Die Carabinieri haben in Meran zwei Männer festgenommen.", "Carabinieri"),
])
def test_a_noun_for_a_body_names_an_actor(pipeline, text, body):
    assert body in [surface for surface, _, _ in mentions(pipeline(Article(text=text)), "institution")]


@pytest.mark.parametrize("text", [
    "Nordkorea soll Soldaten nach Russland geschickt haben.",  # people sent: no body acting
    "In dem Dorf gab es keine Sicherheitskräfte mehr.",
])
def test_plain_plurals_are_no_bodies(pipeline, text):
    assert mentions(pipeline(Article(text=text)), "institution") == []


@pytest.mark.parametrize("text, name", [
    ("Auch die GdP lehnt die neue Datenbank ab.", "GdP"),
    ("Der Abgeordnete warf der LINKEN vor, die Debatte zu scheuen.", "LINKEN"),
    ("Twitter sperrte am Freitag mehrere Konten.", "Twitter"),
])
def test_parties_unions_and_platforms_are_known(pipeline, text, name):
    doc = pipeline(Article(text=text))
    assert any(e.name == name and e.type == "ORG" for e in doc.entities)
