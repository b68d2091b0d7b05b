"""Round 8 of the event coder: judgements named with an evaluative adjective or noun, negated praise as
criticism, the adjective as trigger of "äußerte sich kritisch", quantity words opening an object, the
recipient's passive with "bekommen", "zu"-infinitives of particle verbs and who does their act, and fighters
named in a "durch" phrase; on sentences written for these tests."""

from __future__ import annotations

import pytest
from events_support import code, one


def of_type(events, type_: str) -> list:
    return [e for e in events if e.type == type_]


# --- judgements: "nennen X einen fairen Kompromiss", "als Lügner bezeichnen"


@pytest.mark.parametrize("text,names,type_,actor", [
    ("Die Grünen-Chefin Baerbock nannte das Abkommen einen faulen Kompromiss.", {"Baerbock": "baerbock"},
     "DISAPPROVE", "baerbock"),
    ("Der Verbandspräsident Maier nannte die Einigung einen fairen Ausgleich.", {"Maier": "maier"},
     "SUPPORT", "maier"),
    ("Senator Cruz bezeichnete seinen Rivalen als Lügner.", {"Cruz": "cruz"}, "DISAPPROVE", "cruz"),
    ("Der Abgeordnete Kowalski nannte das neue Gesetz einen Rückschritt.", {"Kowalski": "kowalski"},
     "DISAPPROVE", "kowalski"),
    ("Der Datenschützer Weber hält die Vorratsdatenspeicherung für einen Schritt in den Überwachungsstaat.",
     {"Weber": "weber"}, "DISAPPROVE", "weber"),
])
def test_evaluative_judgement(pipeline, text, names, type_, actor):
    assert one(code(pipeline, text, names, parse=True), type_).actors == [actor]


@pytest.mark.parametrize("text,names", [
    ("Die Polizei fand einen falschen Pass in der Wohnung von Berger.", {"Polizei": "police", "Berger": "berger"}),
    ("Ministerin Schulz fand faire Worte für die Lage der Pflegekräfte.", {"Schulz": "schulz"}),
])
def test_attribute_of_the_object_is_no_judgement(pipeline, text, names):
    events = code(pipeline, text, names, parse=True)
    assert of_type(events, "DISAPPROVE") == [] and of_type(events, "SUPPORT") == []


# --- negated praise is criticism


@pytest.mark.parametrize("text,names", [
    ("Mit dem Angebot der Arbeitgeber zeigte sich die Gewerkschaft Verdi nicht zufrieden.", {"Verdi": "verdi"}),
    ("Der Bauernverband ist mit den Plänen von Ministerin Klöckner keineswegs einverstanden.",
     {"Bauernverband": "dbv", "Klöckner": "kloeckner"}),
    ("Die Bürgermeisterin Hartmann sei über den Beschluss des Landtags nicht glücklich.", {"Hartmann": "hartmann"}),
])
def test_negated_praise_is_criticism(pipeline, text, names):
    event = one(code(pipeline, text, names, parse=True), "DISAPPROVE")
    assert event.actors == [next(iter(names.values()))]


def test_satisfaction_is_no_event(pipeline):
    assert code(pipeline, "Die Gewerkschaft Verdi zeigte sich mit dem Angebot zufrieden.", {"Verdi": "verdi"},
                parse=True) == []


# --- "äußerte sich kritisch": the adjective is part of the trigger


def test_critical_statement_trigger_holds_the_adjective(pipeline):
    event = one(code(pipeline, "Auch der Verbandschef Lehmann äußerte sich kritisch zu den Plänen.",
                     {"Lehmann": "lehmann"}, parse=True), "DISAPPROVE")
    assert "kritisch" in event.trigger.split() and event.actors == ["lehmann"]


# --- the doer of an act noun after a genitive plural without article


def test_durch_doer_after_genitive_plural(pipeline):
    text = ("Der Antrag wurde nach der Entführung französischer Touristen durch Kämpfer der Miliz Al-Schabab "
            "zurückgezogen.")
    events = code(pipeline, text, {"Al-Schabab": "shabaab"}, parse=True)
    assert one(events, "ASSAULT").actors == ["shabaab"]
    assert of_type(events, "RETREAT") == []


# --- a quantity word opens an object as an article does


def test_quantity_object_is_the_subjects_act(pipeline):
    text = "Die Bewegung Pegida hat in den vergangenen Wochen mehrere Kundgebungen gegen Flüchtlinge organisiert."
    assert one(code(pipeline, text, {"Pegida": "pegida"}, parse=True), "PROTEST").actors == ["pegida"]


# --- "bekommen" + participle is a passive: the subject is the one it is done to


def test_recipient_passive(pipeline):
    text = "Der Verein Hertha BSC soll sechs Punkte abgezogen bekommen."
    assert of_type(code(pipeline, text, {"Hertha BSC": "hertha"}, parse=True), "RETREAT") == []


# --- training rebels is military aid


def test_training_rebels_is_aid(pipeline):
    text = "Die Türkei hatte begonnen, syrische Rebellen auszubilden."
    assert one(code(pipeline, text, {"Türkei": "TUR"}, parse=True), "AID").actors == ["TUR"]


def test_trained_group_is_the_target(pipeline):
    text = "Die USA hatten damit begonnen, gemäßigte Rebellen für den Kampf gegen den IS auszubilden."
    event = one(code(pipeline, text, {"USA": "USA", "Rebellen": "rebels", "IS": "is"}, parse=True), "AID")
    assert event.actors == ["USA"] and event.targets == ["rebels"]


# --- who does the act of an infinitive: nobody named for "es ist sinnvoll, …", nobody after a negated matrix


@pytest.mark.parametrize("text,names", [
    ("Der Minister sagte, es sei nicht sinnvoll, die Flüchtlinge nach Ungarn abzuschieben.", {"Ungarn": "HUN"}),
    ("Die Soldaten aus Kanada hatten die Milizen nicht daran hindern können, die Dorfbewohner festzunehmen.",
     {"Kanada": "CAN"}),
])
def test_infinitive_without_named_doer(pipeline, text, names):
    assert of_type(code(pipeline, text, names, parse=True), "COERCE") == []


def test_not_hesitating_names_the_doer(pipeline):
    text = "Die Polizei in Kairo zögerte nicht, die Demonstranten festzunehmen."
    assert one(code(pipeline, text, {"Polizei": "police", "Kairo": "CAIRO"}, parse=True), "COERCE").actors == ["police"]


# --- fighters named in a "durch" phrase act for their group; supporters do not


def test_fighters_of_a_group_in_durch_phrase(pipeline):
    text = "Der Plan wurde nach der Entführung zweier Journalisten durch Kämpfer der Taliban aufgegeben."
    events = code(pipeline, text, {"Taliban": "taliban"}, parse=True)
    assert one(events, "ASSAULT").actors == ["taliban"]
    assert [e for e in events if e.type != "ASSAULT"] == []


def test_supporters_in_durch_phrase_are_no_actor(pipeline):
    text = "Die Entführung des Diplomaten durch Anhänger der Taliban wurde bekannt."
    assert of_type(code(pipeline, text, {"Taliban": "taliban"}, parse=True), "ASSAULT") == []
