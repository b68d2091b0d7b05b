"""Police, court, business and EU phrasings the dev7/dev8 round taught the coder (docs/events-annotation.md,
dev7 and dev8 calls): crowd control, clearing camps, sending people back, court annulments, fines paid to
an authority, cancelled visits, dangers that threaten a party, pressure and renunciation — on sentences
written for these tests, not taken from the dev sets."""

from __future__ import annotations

import pytest

from events_support import code, one

NAMES = {
    "spanische": "ESP", "Spanien": "ESP", "Spaniens": "ESP", "Marokko": "MAR", "Madrid": "MADRID", "EU": "eu",
    "Polizei": "police", "Max Huber": "huber", "Anna Berger": "berger", "Verfassungsgerichtshof": "vfgh",
    "Acme": "acme", "Greenpeace": "gp", "Staatsanwaltschaft": "prosecutor", "A4": "a4",
}


def events(pipeline, text: str):
    return code(pipeline, text, NAMES, parse=True)


def args(event) -> tuple[list[str], list[str], str]:
    return event.actors, event.targets, event.status


def types(pipeline, text: str) -> list[str]:
    return [e.type for e in events(pipeline, text)]


# --- security forces: crowd-control weapons are ASSAULT, clearing a camp and sending people back COERCE


@pytest.mark.parametrize("text", [
    "Die Polizei ging mit Wasserwerfern gegen die Bauern vor.",
    "Die Polizei ist mit Pfefferspray und Schlagstöcken gegen die Bauern vorgegangen.",
])
def test_crowd_control_weapons_are_assault(pipeline, text):
    assert args(one(events(pipeline, text), "ASSAULT"))[0] == ["police"]


def test_acting_against_without_force_is_no_assault(pipeline):
    assert "ASSAULT" not in types(pipeline, "Die Polizei geht gegen Falschparker vor.")


@pytest.mark.parametrize("text", [
    "Die spanische Regierung räumt das Protestcamp in Madrid.",
    "Die spanische Regierung beginnt das Protestcamp in Madrid zu räumen.",
])
def test_clearing_a_camp_is_coerce(pipeline, text):
    assert args(one(events(pipeline, text), "COERCE")) == (["ESP"], [], "fact")


@pytest.mark.parametrize("text", [
    "Der Sänger Max Huber hat seine Wohnung in Madrid geräumt.",
    "Max Huber räumte sein Büro.",
])
def test_clearing_ones_own_home_is_no_event(pipeline, text):
    assert types(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Spanien hat hunderte Migranten nach Marokko geschickt.",
    "Spanien hat hunderte Flüchtlinge nach Marokko zurückgeschickt.",
])
def test_sending_people_back_is_coerce_not_aid(pipeline, text):
    found = events(pipeline, text)
    assert args(one(found, "COERCE"))[0] == ["ESP"]
    assert "AID" not in [e.type for e in found]


def test_sending_goods_stays_aid(pipeline):
    assert args(one(events(pipeline, "Spanien schickt Hilfsgüter nach Marokko."), "AID"))[:2] == (["ESP"], ["MAR"])


def test_sending_a_firm_into_insolvency_is_no_aid(pipeline):
    assert types(pipeline, "Acme will seine Tochterfirma in die Insolvenz schicken.") == []


def test_taking_people_back_is_no_concession(pipeline):
    assert "CONCEDE" not in types(pipeline, "Spanien soll alle Migranten zurücknehmen.")


def test_advising_against_arming_oneself_is_no_aid(pipeline):
    found = events(pipeline, "Die Polizei rät den Bürgern davon ab, sich zu bewaffnen.")
    assert [e.type for e in found] == ["DEMAND"]


@pytest.mark.parametrize("text", [
    "Die Polizei sucht weiter nach den Tätern.",
    "Die Polizei sucht nach Komplizen des Mannes.",
])
def test_searching_for_perpetrators_is_investigate(pipeline, text):
    assert args(one(events(pipeline, text), "INVESTIGATE"))[0] == ["police"]


def test_searching_for_a_solution_is_no_investigation(pipeline):
    assert types(pipeline, "Spanien sucht nach einer Lösung.") == []


def test_reopening_a_road_is_no_release(pipeline):
    assert types(pipeline, "Die Autobahn A4 ist wieder freigegeben.") == []


# --- courts and authorities: annulling a verdict is REJECT, a fine paid to an authority its SANCTION


@pytest.mark.parametrize("text", [
    "Der Verfassungsgerichtshof hat das Urteil gegen Max Huber aufgehoben.",
    "Der Verfassungsgerichtshof hob die Hafturteile auf.",
])
def test_annulling_a_verdict_is_reject(pipeline, text):
    assert args(one(events(pipeline, text), "REJECT"))[0] == ["vfgh"]


def test_a_fine_paid_to_an_authority_is_its_sanction(pipeline):
    found = events(pipeline, "Der Konzern Acme muss eine Strafe von zehn Millionen Euro an die EU zahlen.")
    assert args(one(found, "SANCTION")) == (["eu"], ["acme"], "fact")


def test_an_investigation_into_accusations_is_no_accusation(pipeline):
    found = events(pipeline, "Die Staatsanwaltschaft hat Ermittlungen wegen der Vorwürfe gegen Max Huber eingeleitet.")
    assert [e.type for e in found] == ["INVESTIGATE"]


# --- verbal acts: cancelled visits, dangers, pressure, renunciation, pleasure, awards


@pytest.mark.parametrize("text", [
    "Minister Max Huber sagt seinen Besuch in Madrid ab.",
    "Minister Max Huber sagte seine Reise nach Madrid ab.",
])
def test_a_cancelled_visit_is_reject_not_consult(pipeline, text):
    assert types(pipeline, text) == ["REJECT"]


@pytest.mark.parametrize("text", [
    "Spanien droht eine Strafe der EU.",
    "Im Streit mit Marokko droht Spanien eine EU-Strafe.",
])
def test_a_penalty_threatening_a_party_is_no_threat_by_it(pipeline, text):
    assert types(pipeline, text) == []


def test_threatening_with_a_penalty_stays_threaten(pipeline):
    assert args(one(events(pipeline, "Die EU droht Spanien mit einer Strafe."), "THREATEN"))[:2] == (["eu"], ["ESP"])


@pytest.mark.parametrize("text", [
    "Greenpeace warnte vor einem Aussterben der Wale.",
    "Greenpeace warnte vor Hochwasser im Süden.",
])
def test_warning_of_a_natural_danger_is_no_disapproval(pipeline, text):
    assert types(pipeline, text) == []


def test_warning_of_an_act_stays_disapprove(pipeline):
    assert "DISAPPROVE" in types(pipeline, "Greenpeace warnte vor dem Bau des Kraftwerks.")


def test_under_pressure_of_a_state_is_its_demand(pipeline):
    assert args(one(events(pipeline, "Auf Druck Spaniens wurde der Satz gestrichen."), "DEMAND"))[0] == ["ESP"]


def test_renouncing_is_concede(pipeline):
    found = events(pipeline, "Nach dem Verzicht Spaniens auf die Kontrollen kam es zur Einigung.")
    assert args(one(found, "CONCEDE"))[0] == ["ESP"]


def test_pleased_about_is_support_and_hardly_pleased_disapprove(pipeline):
    assert args(one(events(pipeline, "Max Huber zeigte sich erfreut über die Einigung."), "SUPPORT"))[0] == ["huber"]
    assert types(pipeline, "Max Huber zeigte sich wenig erfreut über die Einigung.") == ["DISAPPROVE"]


@pytest.mark.parametrize("text", [
    "Max Huber überreichte Anna Berger das Verdienstkreuz.",
    "Max Huber verlieh Anna Berger eine Auszeichnung.",
])
def test_handing_over_an_award_is_support(pipeline, text):
    assert args(one(events(pipeline, text), "SUPPORT"))[:2] == (["huber"], ["berger"])


def test_a_summit_as_the_setting_of_an_act_is_no_meeting(pipeline):
    found = events(pipeline, "Kanzler Max Huber will beim EU-Gipfel seine Forderungen durchsetzen.")
    assert [e.type for e in found] == ["DEMAND"]


def test_a_meeting_with_a_counterpart_stays_consult(pipeline):
    found = events(pipeline, "Max Huber kritisierte beim Treffen mit Anna Berger die EU.")
    assert args(one(found, "CONSULT"))[:2] == (["huber"], ["berger"])


# --- parliamentary procedure: approving a law or a referendum is no agreement (rule 3)


@pytest.mark.parametrize("text", [
    "Das spanische Parlament hat dem Gesetz zugestimmt.",
    "Das spanische Parlament hat der Abhaltung eines Referendums zugestimmt.",
])
def test_approving_a_law_is_no_agreement(pipeline, text):
    assert types(pipeline, text) == []


def test_approving_a_proposal_stays_agree(pipeline):
    assert args(one(events(pipeline, "Marokko stimmte dem Vorschlag Spaniens zu."), "AGREE"))[:2] == (["MAR"], ["ESP"])


# --- authorities against companies (dev8): raids carried out, an operator's business suspended


@pytest.mark.parametrize("text", [
    "Die spanische Justiz hat mehrere Razzien in Büros des Konzerns Acme durchgeführt.",
    "Die spanische Justiz hat eine Razzia bei Acme durchgeführt.",
])
def test_carrying_out_raids_is_coerce(pipeline, text):
    assert args(one(events(pipeline, text), "COERCE"))[0] == ["ESP"]


def test_a_raid_at_a_firm_targets_it(pipeline):
    found = events(pipeline, "Die spanische Justiz hat eine Razzia bei Acme durchgeführt.")
    assert args(one(found, "COERCE"))[:2] == (["ESP"], ["acme"])


def test_suspending_an_operators_business_is_coerce(pipeline):
    text = "Spanische Behörden haben am Samstag, den 7. Januar 2005 den Betrieb der Fluggesellschaft Acme ausgesetzt."
    found = code(pipeline, text, {**NAMES, "Spanische": "ESP"}, parse=True)
    assert args(one(found, "COERCE"))[:2] == (["ESP"], ["acme"])


def test_suspending_ones_own_business_is_no_event(pipeline):
    assert types(pipeline, "Acme hat den Betrieb in Madrid ausgesetzt.") == []


@pytest.mark.parametrize("text", [
    "Max Huber sagte bei einem Pressegespräch, die Lage sei ernst.",
    "Die Lage sei ernst, sagte Max Huber, Präsident von Acme, am Mittwoch bei einem Pressegespräch.",
])
def test_a_press_conference_as_the_setting_of_a_statement_is_no_meeting(pipeline, text):
    assert "CONSULT" not in types(pipeline, text)


def test_a_named_bodys_meeting_in_a_statement_stays_consult(pipeline):
    found = events(pipeline, "Beim Treffen der EU-Innenminister sagte Max Huber, die Lage sei ernst.")
    assert args(one(found, "CONSULT"))[0] == ["eu"]


# --- actors: private people and a firm's staff are not their state or firm; "für X inakzeptabel"


def test_savers_of_a_nationality_are_not_their_state(pipeline):
    text = "Hunderte spanische Kleinsparer haben in Madrid gegen die Regierung von Premier Max Huber demonstriert."
    assert types(pipeline, text) == []


def test_a_firms_pilots_are_not_the_firm(pipeline):
    assert types(pipeline, "Ein Gericht stoppte den Streik der Acme-Piloten.") == []


@pytest.mark.parametrize("text", [
    "Für Spanien ist der Vorschlag nach wie vor inakzeptabel.",
    "Für Spanien ist der Vorschlag unannehmbar.",
])
def test_unacceptable_for_a_party_is_its_rejection(pipeline, text):
    assert args(one(events(pipeline, text), "REJECT"))[0] == ["ESP"]


# --- calls: what is called for is no act of the caller; campaigning for a referendum is no demand


@pytest.mark.parametrize("text", [
    "Max Huber rief die Bevölkerung zu einem klaren Nein auf.",
    "Max Huber rief zum Boykott von Acme auf.",
    "Max Huber rief zur Erfüllung der Forderungen von Acme auf.",
])
def test_the_content_of_a_call_is_no_act_of_the_caller(pipeline, text):
    assert types(pipeline, text) == ["DEMAND"]


def test_campaigning_for_a_referendum_is_no_demand(pipeline):
    found = events(pipeline, "Max Huber hatte für das Referendum geworben und die Bevölkerung zu einem Nein aufgerufen.")
    assert [(e.type, e.trigger) for e in found] == [("DEMAND", "aufgerufen")]


def test_advocating_a_reform_stays_demand(pipeline):
    assert types(pipeline, "Max Huber wirbt für eine Reform der Pflege.") == ["DEMAND"]


def test_a_place_in_a_locative_phrase_is_no_subject(pipeline):
    text = "Weil Acme eine Entschädigung nicht zahlte, marschierte ein Gerichtsvollzieher am Salzburger Flughafen auf."
    found = code(pipeline, text, {**NAMES, "Salzburger": "SALZBURG"}, parse=True)
    assert not [e for e in found if "SALZBURG" in e.actors]


# --- a prospect held out in case the other side does not comply is a threat against it


def test_a_prospect_under_a_negated_condition_is_a_threat(pipeline):
    text = "Max Huber stellte eine strengere Linie in Aussicht, sollte Spanien dem Wunsch nicht nachkommen."
    assert args(one(events(pipeline, text), "THREATEN"))[:2] == (["huber"], ["ESP"])


def test_a_prospect_without_such_a_condition_stays_a_promise(pipeline):
    assert types(pipeline, "Max Huber stellte Spanien Hilfe in Aussicht.") == ["AGREE"]
