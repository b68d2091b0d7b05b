"""Verbal politics the dev5/dev6 rounds taught the coder (docs/events-annotation.md, dev5 and dev6 calls):
advocating and endorsing, rejection and displeasure met or caused, office holders and appositions,
attributive participles with an agent, and acts on their speaker's own word — on sentences written for
these tests, not taken from the dev sets."""

from __future__ import annotations

import pytest

from events_support import code, one

NAMES = {
    "SPÖ": "spoe", "ÖVP": "oevp", "FPÖ": "fpoe", "Grünen": "greens", "Neos": "neos", "Ludwig": "ludwig",
    "Nehammer": "nehammer", "Rendi-Wagner": "rendi", "Kogler": "kogler", "Ärztekammer": "aek",
    "Rechnungshof": "rh", "Gewerkschaft Bau-Holz": "gbh", "Wirtschaftskammer": "wko", "Anna Berger": "berger",
    "Verfassungsgerichtshof": "vfgh", "Russland": "RUS", "Krim": "CRIMEA", "EU": "eu", "ungarischen": "HUN", "Israels": "ISR",
}


def events(pipeline, text: str, parse: bool = True):
    return code(pipeline, text, NAMES, parse=parse)


def args(event) -> tuple[list[str], list[str], str]:
    return event.actors, event.targets, event.status


# --- advocating a policy is DEMAND; backing an actor is SUPPORT


@pytest.mark.parametrize("text", [
    "Die SPÖ wünscht sich eine rasche Reform der Pflege.",
    "Die SPÖ spricht sich für eine rasche Reform der Pflege aus.",
    "Die SPÖ hat sich dafür ausgesprochen, die Pflege rasch zu reformieren.",
    "Die SPÖ macht sich für eine rasche Reform der Pflege stark.",
    "Die SPÖ setzt sich für eine rasche Reform der Pflege ein.",
    "Die SPÖ tritt für eine rasche Reform der Pflege ein.",
    "Die SPÖ beharrt auf einer raschen Reform der Pflege.",
])
def test_advocating_a_policy_is_demand(pipeline, text):
    assert args(one(events(pipeline, text), "DEMAND")) == (["spoe"], [], "fact")
    assert not [e for e in events(pipeline, text) if e.type == "SUPPORT"]


@pytest.mark.parametrize("text", [
    "Die Neos sprechen sich für Ludwig aus.",
    "Die Neos werben um Stimmen für Ludwig.",
    "Die Neos empfehlen, Ludwig zu wählen.",
])
def test_endorsing_an_actor_is_support(pipeline, text):
    found = events(pipeline, text)
    assert args(one(found, "SUPPORT")) == (["neos"], ["ludwig"], "fact")
    assert not [e for e in found if e.type == "DEMAND"]


def test_advice_without_a_vote_stays_demand(pipeline):
    assert args(one(events(pipeline, "Die Neos empfehlen der ÖVP, die Steuern zu senken."), "DEMAND"))[0] == ["neos"]


# --- rejection and displeasure met or caused: the one "bei" whom it is met is the actor


@pytest.mark.parametrize(("text", "type_"), [
    ("Der Plan der ÖVP stößt bei der SPÖ auf heftigen Widerstand.", "REJECT"),
    ("Der Plan der ÖVP stößt bei der SPÖ auf entschiedene Ablehnung.", "REJECT"),
    ("Der Plan der ÖVP stößt bei der SPÖ auf taube Ohren.", "REJECT"),
    ("Der Plan der ÖVP stößt bei der SPÖ auf scharfe Kritik.", "DISAPPROVE"),
    ("Der Plan der ÖVP löst bei der SPÖ Empörung aus.", "DISAPPROVE"),
    ("Der Plan der ÖVP sorgt bei der SPÖ für Unmut.", "DISAPPROVE"),
])
def test_reaction_met_at_someone(pipeline, text, type_):
    event = one(events(pipeline, text), type_)
    assert event.actors == ["spoe"] and "spoe" not in event.targets


def test_criticism_received_from_someone(pipeline):
    event = one(events(pipeline, "Die ÖVP erntet für ihren Plan Kritik von der SPÖ."), "DISAPPROVE")
    assert event.actors == ["spoe"]


@pytest.mark.parametrize("text", [
    "Der Rechnungshof übt in seinem Bericht massive Kritik.",
    "Der Rechnungshof bringt in seinem Bericht Kritik an.",
    "Der Rechnungshof sieht die Förderung kritisch.",
    "Der Rechnungshof zieht die Förderung in Zweifel.",
    "Der Rechnungshof stellt das Geschäftsmodell der Wirtschaftskammer, einer großen Kammer (WKO), infrage.",
])
def test_criticism_in_other_words(pipeline, text):
    assert one(events(pipeline, text), "DISAPPROVE").actors == ["rh"]


@pytest.mark.parametrize("text", [
    "Die FPÖ sperrt sich gegen die Reform.",
    "Die FPÖ legt sich bei der Reform quer.",
    "Die Ärztekammer sagt Nein zur Reform.",
])
def test_resisting_a_plan_is_reject(pipeline, text):
    assert one(events(pipeline, text), "REJECT").actors[0] in ("fpoe", "aek")


def test_warning_of_a_danger_is_no_event_but_of_a_policy_is(pipeline):
    assert events(pipeline, "Die Grünen warnen vor einer Gefährdung des Standorts.") == []
    assert one(events(pipeline, "Die Grünen warnen vor der Politik der ÖVP."), "DISAPPROVE").actors == ["greens"]


# --- office holders: an unnamed one stands for the organisation, a named one acts himself


def test_unnamed_holder_stands_for_organisation(pipeline):
    assert one(events(pipeline, "Die neue Präsidentin der Ärztekammer fordert mehr Geld."), "DEMAND").actors == ["aek"]


@pytest.mark.parametrize("text", [
    "Die Vorsitzende in der Gewerkschaft Bau-Holz, Anna Berger, fordert mehr Geld.",
    "Eine Erhöhung der Löhne wünscht sich die Vorsitzende der Gewerkschaft Bau-Holz, Anna Berger.",
    "Wien – Gewerkschafterin Anna Berger wünscht sich eine Erhöhung der Löhne.",
])
def test_named_holder_acts_himself(pipeline, text):
    assert one(events(pipeline, text), "DEMAND").actors == ["berger"]


@pytest.mark.parametrize("text", [
    "Ex-SPÖ-Chefin fordert mehr Geld.",
    "Der FPÖ-Kandidat fordert mehr Geld.",
])
def test_former_holders_and_candidates_do_not_stand_for_the_party(pipeline, text):
    assert events(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Manche ungarischen Politiker kritisieren den Plan scharf.",
    "Israels Bürger wünschen sich Frieden.",
])
def test_population_is_not_its_state(pipeline, text):
    assert events(pipeline, text) == []


# --- attributive participles with a named agent; acts on the speaker's own word


def test_attributive_participle_with_agent(pipeline):
    found = events(pipeline, "Die Regierung prüft eine Nachfolge für die vom Verfassungsgerichtshof gekippte Regelung.")
    assert args(one(found, "REJECT")) == (["vfgh"], [], "fact")
    found = events(pipeline, "Die Touristen fuhren auf die von Russland annektierte Krim.")
    assert args(one(found, "COERCE")) == (["RUS"], ["CRIMEA"], "fact")


def test_attributive_light_verb_with_agent(pipeline):
    found = events(pipeline, "Die von Kanzler Nehammer (ÖVP) erhobene Forderung stößt bei der SPÖ auf Ablehnung.")
    assert args(one(found, "DEMAND")) == (["nehammer"], [], "fact")
    assert one(found, "REJECT").actors == ["spoe"]
    found = events(pipeline, "Die SPÖ kritisiert die von der Wirtschaftskammer erhobenen Vorwürfe.")
    assert sorted(e.actors[0] for e in found if e.type == "DISAPPROVE") == ["spoe", "wko"]


def test_attributive_participle_without_agent_is_no_event(pipeline):
    assert [e for e in events(pipeline, "Die Regierung prüft eine Nachfolge für die gekippte Regelung.")
            if e.type == "REJECT"] == []


def test_verbal_act_on_its_own_speakers_word_is_fact(pipeline):
    found = events(pipeline, "Die Reform sei überfällig, kritisierte Kogler.")
    assert args(one(found, "DISAPPROVE")) == (["kogler"], [], "fact")


@pytest.mark.parametrize("text", [
    "Die SPÖ ist über den Plan wenig erfreut.",
    "Der Plan geht Nehammer gehörig auf die Nerven.",
])
def test_displeasure_in_other_words(pipeline, text):
    assert one(events(pipeline, text), "DISAPPROVE").actors[0] in ("spoe", "nehammer")


def test_revoking_is_sanction(pipeline):
    found = events(pipeline, "Der Rechnungshof kritisiert die Aberkennung der Förderung durch die Wirtschaftskammer.")
    assert one(found, "SANCTION").actors == ["wko"]


def test_participation_makes_the_actor(pipeline):
    event = one(events(pipeline, "Auch der Rechnungshof war an den Ermittlungen beteiligt."), "INVESTIGATE")
    assert event.actors == ["rh"]
