"""Classes an analyst found on full `lagebild analyze` output: denials of an act, verbal attacks, envoys
sent, readiness for talks and conditions opened by "bis" — on sentences written for these tests."""

from __future__ import annotations

import pytest

from events_support import code, one

NAMES = {
    "Iran": "IRN", "China": "CHN", "Russland": "RUS", "Ukraine": "UKR", "Regierung": "gov", "Rebellen": "rebels",
    "Polizei": "police", "Anna Berger": "berger", "Max Huber": "huber", "Minister": "minister",
}


def events(pipeline, text: str):
    return code(pipeline, text, NAMES, parse=True)


def types(pipeline, text: str) -> list[str]:
    return [e.type for e in events(pipeline, text)]


# --- denial: the denied act carries the status, the denial verb no act of its own


def test_denial_of_the_act_told_before(pipeline):
    event = one(events(pipeline, "Die Regierung soll Anna Berger festgenommen haben. Die Regierung streitet dies ab."),
                "COERCE")
    assert (event.status, event.sources) == ("denial", ["gov"])


def test_rejecting_it_is_no_rejection_of_its_own(pipeline):
    found = events(pipeline, "Die Regierung hat die Rebellen angegriffen. Die Regierung weist dies zurück.")
    assert [(e.type, e.status) for e in found] == [("ASSAULT", "denial")]


def test_denial_by_another_party_leaves_the_act(pipeline):
    found = events(pipeline, "Die Polizei soll Anna Berger festgenommen haben. Max Huber bestreitet dies.")
    assert one(found, "COERCE").status == "allegation"


def test_denial_of_an_infinitive(pipeline):
    event = one(events(pipeline, "Max Huber bestreitet, die Rebellen angegriffen zu haben."), "ASSAULT")
    assert (event.status, event.sources) == ("denial", ["huber"])


# --- verbal attacks are criticism


@pytest.mark.parametrize("text", [
    "Max Huber griff den Minister mit scharfen Worten an.",
    "Max Huber griff den Minister in einer Rede heftig an.",
    "Max Huber attackierte den Minister als Versager.",
])
def test_verbal_attack_is_disapproval(pipeline, text):
    assert types(pipeline, text) == ["DISAPPROVE"]


@pytest.mark.parametrize("text", [
    "Die Rebellen griffen die Polizei an.",
    "Die Rebellen griffen die Polizei mit scharfer Munition an.",
])
def test_armed_attack_stays_assault(pipeline, text):
    assert types(pipeline, text) == ["ASSAULT"]


# --- an envoy sent is consultation, troops stay a mobilisation


@pytest.mark.parametrize("text", [
    "China wird einen Sondergesandten nach Russland entsenden.",
    "China will seinen Vize-Außenminister in die Ukraine schicken.",
])
def test_sending_an_envoy_is_consultation(pipeline, text):
    event = one(events(pipeline, text), "CONSULT")
    assert event.actors == ["CHN"] and event.status == "intention"


def test_sending_troops_stays_mobilisation(pipeline):
    assert types(pipeline, "Russland wird Soldaten entsenden.") == ["MOBILIZE"]


# --- readiness for talks is an intended consultation


def test_readiness_for_talks(pipeline):
    found = events(pipeline, "Die Regierung ist zu Gesprächen mit den Rebellen bereit.")
    assert [e.type for e in found] == ["CONSULT"]
    assert (found[0].actors, found[0].targets, found[0].status) == (["gov"], ["rebels"], "intention")


def test_agreeing_is_no_intention_of_itself(pipeline):
    event = one(events(pipeline, "Die Regierung erklärte sich bereit, die Rebellen zu treffen."), "AGREE")
    assert event.status == "fact"


# --- "bis" with a clause of its own is a condition, "bis" with a time none


def test_until_clause_is_a_condition(pipeline):
    event = one(events(pipeline, "Die Rebellen wollen weiter kämpfen, bis die Regierung ihre Forderungen erfüllt habe."),
                "CONCEDE")
    assert event.status == "condition"


def test_until_a_time_is_no_condition(pipeline):
    event = one(events(pipeline, "Die Rebellen wollen bis Freitag gegen die Regierung kämpfen."), "ASSAULT")
    assert event.status == "intention"
