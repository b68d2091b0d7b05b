"""Titles that refer back to a named person ("Der CSU-Chef hatte gefordert" after "Ministerpräsident Horst
Seehofer (CSU)"), only where the person is clear. Sentences written for the test."""

from __future__ import annotations

from lagebild.model import Article
from lagebild.pipeline import Pipeline


def linked(text: str) -> list[tuple[str, str]]:
    doc = Pipeline()(Article(text=text))
    names = {e.id: e.name for e in doc.entities}
    return [(m.text, names[m.entity]) for m in doc.mentions if m.source == "title"]


def test_a_title_refers_back_to_the_one_person_who_holds_it():
    found = linked("Ministerpräsident Horst Seehofer (CSU) hat die Klage auf Eis gelegt. Die AfD reagierte empört. "
                   "Der CSU-Chef hatte zuvor strengere Grenzkontrollen gefordert.")
    assert found == [("CSU-Chef", "Horst Seehofer")]


def test_the_title_and_the_event_go_to_that_person():
    doc = Pipeline()(Article(text="Bundeskanzler Werner Faymann traf am Montag die Sozialpartner. Der Kanzler "
                                  "kritisierte danach die Opposition scharf."))
    names = {e.id: e.name for e in doc.entities}
    assert any(e.type == "DISAPPROVE" and [names[a] for a in e.actors] == ["Werner Faymann"] for e in doc.events)


def test_no_link_when_two_people_hold_the_title_or_a_name_follows():
    assert linked("Außenminister Sebastian Kurz traf Außenminister Frank-Walter Steinmeier. Der Außenminister "
                  "sagte danach wenig.") == []
    assert linked("Innenminister Thomas de Maizière sprach. Der Innenminister Bayerns, Joachim Herrmann, "
                  "widersprach.") == []


def test_no_link_for_plurals_or_the_wrong_gender():
    assert linked("Außenminister Sebastian Kurz lud ein. Zwischen den Außenministern gab es Streit.") == []
    assert linked("Außenminister Sebastian Kurz lud ein. Die Außenministerin Frankreichs sagte ab.") == []
