"""Argument structure families found on the blind sets dev9 and dev10: the doer in a "durch" phrase,
coordinated verbs sharing subject and auxiliary, attribution phrases, reflexive idioms and objects that
the parser takes for subjects — on sentences written for these tests."""

from __future__ import annotations

from events_support import code, one

NAMES = {
    "Russland": "RUS", "Ukraine": "UKR", "Krim": "CRIMEA", "Polizei": "police", "Armee": "army",
    "Rebellen": "rebels", "Regierung": "gov", "Anna Berger": "berger", "Max Huber": "huber", "Hamas": "hamas",
    "Idomeni": "IDOMENI", "griechischen": "GRC", "Behörden": "authorities", "Spiegel": "spiegel",
    "Reuters": "reuters", "Frankreich": "FRA", "Deutschland": "DEU", "Tschechien": "CZE",
}


def events(pipeline, text: str):
    return code(pipeline, text, NAMES, parse=True)


# --- the doer of an event noun in a "durch" phrase; its genitive is the patient


def test_durch_doer_of_a_noun_with_genitive(pipeline):
    event = one(events(pipeline, "Seit der Eroberung der Ukraine durch Russland gibt es neue Sanktionen."), "COERCE")
    assert (event.actors, event.targets) == (["RUS"], ["UKR"])


def test_durch_doer_of_a_noun_attribute_of_another_noun(pipeline):
    event = one(events(pipeline, "Das war eine Folge der Annexion der Krim durch Russland."), "COERCE")
    assert (event.actors, event.targets) == (["RUS"], ["CRIMEA"])


def test_durch_doer_after_a_von_phrase(pipeline):
    event = one(events(pipeline, "Die Räumung von Idomeni durch die Polizei begann am Morgen."), "COERCE")
    assert (event.actors, event.targets) == (["police"], ["IDOMENI"])


def test_durch_phrase_after_a_genitive_event_noun_belongs_to_the_head(pipeline):
    found = events(pipeline, "Wegen der Auflösung der Kundgebung durch die Polizei brach Max Huber die Rede ab.")
    assert not [e for e in found if e.type == "PROTEST"]


def test_durch_doer_of_a_subject_noun_is_not_the_passive_verbs_agent(pipeline):
    found = events(pipeline, "Die Annexion der Krim durch Russland wird von Anna Berger scharf verurteilt.")
    assert one(found, "DISAPPROVE").actors == ["berger"]
    found = events(pipeline, "Die Annexion der Krim durch Russland wird international verurteilt.")
    assert not [e for e in found if e.type == "DISAPPROVE"]


def test_passive_with_durch_agent(pipeline):
    event = one(events(pipeline, "Das Lager wurde am Montag durch die Armee angegriffen."), "ASSAULT")
    assert event.actors == ["army"]


# --- coordinated verbs sharing subject and auxiliary: each object with its own verb


def test_coordinated_participles_share_the_subject(pipeline):
    found = events(pipeline, "Die Rebellen haben das Parlament gestürmt und Max Huber als Geisel genommen.")
    event = one(found, "ASSAULT")
    assert (event.actors, event.targets) == (["rebels"], ["huber"])


def test_object_of_the_later_participle_is_not_the_earlier_ones(pipeline):
    found = events(pipeline, "Am Montag hatte die Polizei das Büro der Partei durchsucht und den Abgeordneten "
                             "Max Huber festgenommen.")
    assert sorted((e.trigger, tuple(e.actors), tuple(e.targets)) for e in found if e.type == "COERCE") == [
        ("durchsucht", ("police",), ()), ("festgenommen", ("police",), ("huber",))]


# --- attribution phrases name sources, never actors or targets


def test_zufolge_phrase_is_no_actor(pipeline):
    found = events(pipeline, "Dem Sender Reuters zufolge fand das letzte Telefonat der beiden Politiker im Juni statt.")
    assert not [e for e in found if "reuters" in e.actors + e.targets]


def test_nach_angaben_phrase_is_no_actor(pipeline):
    found = events(pipeline, "Nach Angaben der Agentur Reuters fand das Treffen der beiden Minister in Wien statt.")
    assert not [e for e in found if "reuters" in e.actors + e.targets]


def test_nach_angaben_phrase_is_the_source(pipeline):
    event = one(events(pipeline, "Russland hat nach Angaben von Reuters die Ukraine angegriffen."), "ASSAULT")
    assert (event.actors, event.targets, event.status, event.sources) == (["RUS"], ["UKR"], "claim", ["reuters"])


def test_compound_angaben_is_a_claim_cue(pipeline):
    found = code(pipeline, "Russland hat nach UN-Angaben die Ukraine angegriffen.", {**NAMES, "UN": "un"}, parse=True)
    event = one(found, "ASSAULT")
    assert (event.actors, event.targets, event.status) == (["RUS"], ["UKR"], "claim")


def test_own_statement_after_angaben_is_still_an_object(pipeline):
    event = one(events(pipeline, "Die Polizei hat nach eigenen Angaben Max Huber festgenommen."), "COERCE")
    assert (event.actors, event.targets) == (["police"], ["huber"])


# --- objects the parser takes for subjects


def test_authorities_before_a_place_are_the_subject(pipeline):
    names = {"griechischen Behörden": "GRC", "Idomeni": "IDOMENI"}
    found = code(pipeline, "Im Mai hatten die griechischen Behörden das nahegelegene Flüchtlingslager Idomeni geräumt.",
                 names, parse=True)
    event = one(found, "COERCE")
    assert (event.actors, event.targets) == (["GRC"], ["IDOMENI"])


def test_an_object_after_an_unnamed_subject_is_no_actor(pipeline):
    found = code(pipeline, "Die Behörden wollen auch den vor Jahren nach Kanada ausgewanderten 90-jährigen Deutschen "
                           "Max Huber ausweisen, der laut Anklage an Kriegsverbrechen beteiligt gewesen sei.",
                 {"Max Huber": "huber", "Kanada": "CAN"}, parse=True)
    assert not [e for e in found if "huber" in e.actors]


# --- status


def test_semicolon_ends_the_clause_a_relative_clause_interrupted(pipeline):
    found = events(pipeline, "Auf der Liste stehen: Folgen des geplanten Abzugs der Armee, der nun verschoben wird; "
                             "Folgen der Annexion der Krim durch Russland.")
    assert one(found, "COERCE").status == "fact"


# --- a neuter place as the antecedent of a passive relative clause


def test_place_antecedent_of_a_passive_relative_clause_is_the_target(pipeline):
    found = code(pipeline, "Die Flüchtlinge leben nahe der Stadt Fakola, das Anfang Mai von der Miliz Ansar Dine angegriffen "
                           "worden war.", {"Fakola": "FAKOLA", "Ansar Dine": "ansar_dine"}, parse=True)
    event = one(found, "ASSAULT")
    assert (event.actors, event.targets) == (["ansar_dine"], ["FAKOLA"])
