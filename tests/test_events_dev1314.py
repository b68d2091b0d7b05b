"""Phrasings the dev13/dev14 round taught the coder (whole Wikinews articles on international and German
politics): a named holder of a title acts, not the body in the title, and what a demand asks for is no act —
on sentences written for these tests, not taken from the dev sets."""

from __future__ import annotations

import pytest

from events_support import code, one

NAMES = {
    "Grünen": "greens", "Linken": "linke", "Anna Berger": "berger", "Max Huber": "huber",
    "Gewerkschafts-Chef": "union", "Gewerkschaft": "union", "Bundeswehr": "army", "Afghanistan": "AFG",
    "Regierung": "government",
}


def events(pipeline, text: str):
    return code(pipeline, text, NAMES, parse=True)


@pytest.mark.parametrize("text", [
    "Die Vorsitzende der Linken Anna Berger hat die Kritik der Regierung zurückgewiesen.",
    "Der Chef der Grünen, Anna Berger, hat die Kritik der Regierung zurückgewiesen.",
    "Gewerkschafts-Chef Anna Berger hat die Kritik der Regierung zurückgewiesen.",
])
def test_named_holder_of_a_title_is_the_actor(pipeline, text):
    assert one(events(pipeline, text), "REJECT").actors == ["berger"]


def test_body_without_a_named_holder_still_acts(pipeline):
    assert one(events(pipeline, "Die Linken haben die Kritik der Regierung zurückgewiesen."), "REJECT").actors == ["linke"]


@pytest.mark.parametrize("text", [
    "Die Grünen forderten den Abzug der Bundeswehr aus Afghanistan.",
    "Die Gewerkschaft forderte am Mittwoch den sofortigen Rücktritt von Max Huber.",
])
def test_what_a_demand_asks_for_is_no_act(pipeline, text):
    assert [e.type for e in events(pipeline, text)] == ["DEMAND"]


def test_a_meeting_in_a_phrase_of_a_demand_stays_an_act(pipeline):
    found = events(pipeline, "Die Grünen forderten bei einem Treffen mit der Gewerkschaft mehr Geld.")
    assert {e.type for e in found} == {"DEMAND", "CONSULT"}


def test_sympathy_for_a_group_is_support(pipeline):
    support = one(events(pipeline, "Anna Berger zeigte offen ihre Sympathien für die Grünen."), "SUPPORT")
    assert (support.actors, support.targets) == (["berger"], ["greens"])


def test_complaining_to_a_body_targets_it(pipeline):
    complaint = one(events(pipeline, "Mehrere Abgeordnete der Linken beschwerten sich bei der Regierung."), "DISAPPROVE")
    assert complaint.targets == ["government"]


# --- sports reports: scoring, attacking, hosting and sending home are play, not acts


@pytest.mark.parametrize("text", [
    "In der 64. Minute traf Max Huber per Kopf zur Führung.",
    "Der Fußballverband schickte Max Huber nach Hause.",
    "Im Achtelfinale empfängt die Gewerkschaft am Dienstag die Grünen.",
    "Max Huber schoss im Strafraum auf das Tor, der Torwart hielt.",
])
def test_sports_reports_are_no_acts(pipeline, text):
    assert [e.type for e in events(pipeline, text) if e.type in ("ASSAULT", "CONSULT", "AID")] == []


@pytest.mark.parametrize(("text", "kind"), [
    ("Die Bundeswehr griff um 20:15 Uhr die Stellungen in Afghanistan an.", "ASSAULT"),
    ("Max Huber traf sich in Berlin mit Anna Berger.", "CONSULT"),
    ("Die Arabische Liga kritisierte Anna Berger.", "DISAPPROVE"),
])
def test_acts_outside_sports_reports_stay(pipeline, text, kind):
    assert kind in [e.type for e in code(pipeline, text, {**NAMES, "Arabische Liga": "arab_league"}, parse=True)]


def test_reporting_figures_is_no_expulsion(pipeline):
    names = {"Bank Austria": "ba", "Russland": "RUS"}
    assert code(pipeline, "Die Bank Austria wies für 2015 einen Gewinn von 300 Millionen Euro aus.", names, parse=True) == []
    assert [e.type for e in code(pipeline, "Russland wies zwei Diplomaten aus.", names, parse=True)] == ["SANCTION"]


def test_a_portfolio_between_title_and_name_keeps_the_holder_as_actor(pipeline):
    names = {"EU-Kommissar": "eu", "Max Huber": "huber", "Anna Berger": "berger"}
    found = code(pipeline, "Der EU-Kommissar für Energie Max Huber kritisierte Anna Berger.", names, parse=True)
    assert one(found, "DISAPPROVE").actors == ["huber"]
