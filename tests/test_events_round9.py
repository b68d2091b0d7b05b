"""Round 9 of the event coder: the doer of an act noun heading the subject phrase (a nationality adjective or
a Saxon genitive), attributive participles with a "von" agent (negation of the main clause, a coordinated
unnamed agent), words that end in a trigger without being its compound, and lexicon rows for ending a
cooperation, military and police actions and training for combat; on sentences written for these tests."""

from __future__ import annotations

import pytest
from events_support import code, one

from lagebild.events.lexicon import load_lexicon


def of_type(events, type_: str) -> list:
    return [e for e in events if e.type == type_]


# --- the doer of an act noun that heads the subject phrase


@pytest.mark.parametrize("text,names,type_,actor,target", [
    ("Die ukrainischen Drohnenangriffe auf Belgorod gingen in der Nacht weiter.",
     {"ukrainischen": "UKR", "Belgorod": "BELGOROD"}, "ASSAULT", "UKR", "BELGOROD"),
    ("Russlands Offensive gegen Charkiw kommt nur langsam voran.",
     {"Russlands": "RUS", "Charkiw": "KHARKIV"}, "ASSAULT", "RUS", "KHARKIV"),
    ("Die britischen Sanktionen gegen Belarus treten am Montag in Kraft.",
     {"britischen": "GBR", "Belarus": "BLR"}, "SANCTION", "GBR", "BLR"),
])
def test_doer_before_subject_noun(pipeline, text, names, type_, actor, target):
    event = one(code(pipeline, text, names, parse=True), type_)
    assert event.actors == [actor] and event.targets == [target]


# --- attributive participles with a "von" agent


def test_agent_participle_not_negated_by_main_clause(pipeline):
    text = "Die von der Ärztekammer geforderte Reform ist bis heute nicht umgesetzt."
    assert one(code(pipeline, text, {"Ärztekammer": "aek"}, parse=True), "DEMAND").actors == ["aek"]


def test_negated_agent_participle(pipeline):
    text = "Die von der Ärztekammer nie geforderte Reform wurde trotzdem umgesetzt."
    assert of_type(code(pipeline, text, {"Ärztekammer": "aek"}, parse=True), "DEMAND") == []


def test_agent_participle_with_unnamed_conjunct(pipeline):
    text = "Die von Verdi und anderen Gewerkschaften geforderte Lohnerhöhung kostet den Bund Milliarden."
    assert one(code(pipeline, text, {"Verdi": "verdi"}, parse=True), "DEMAND").actors == ["verdi"]


# --- words that end in a trigger without being its compound


@pytest.mark.parametrize("word", ["Benzinpreise", "Regierungskreisen", "Herausforderung", "Voraussetzungen",
                                  "Putschversuch", "Überlieferung", "Mindestanforderungen"])
def test_no_false_compound_head(word):
    assert load_lexicon("de").noun_entries(word) == []


@pytest.mark.parametrize("word,lemma", [("Nahostreise", "Reise"), ("Rücktrittsforderung", "Forderung"),
                                        ("Auslieferungsersuchen", "Ersuchen"), ("Zahlungsaussetzung", "Aussetzung")])
def test_true_compound_head(word, lemma):
    assert load_lexicon("de").noun_entries(word)[0].lemma == lemma


def test_price_rise_is_no_journey(pipeline):
    text = "Die Benzinpreise Österreichs stiegen im Mai deutlich."
    assert code(pipeline, text, {"Österreichs": "AUT"}, parse=True) == []


# --- lexicon rows


@pytest.mark.parametrize("text,names,type_,actor", [
    ("Die Stadtregierung hat die Zusammenarbeit mit dem Verein beendet.", {"Stadtregierung": "city"},
     "SANCTION", "city"),
    ("Die Zusammenarbeit mit der Liste wurde von den Neos aufgekündigt.", {"Neos": "neos"}, "SANCTION", "neos"),
    ("Die Türkei kündigte die Kooperation mit Frontex auf.", {"Türkei": "TUR", "Frontex": "frontex"},
     "SANCTION", "TUR"),
    ("Das Kabinett kündigte eine Militäraktion gegen die Huthi-Miliz an.",
     {"Kabinett": "gov", "Huthi-Miliz": "houthi"}, "ASSAULT", "gov"),
    ("Die Carabinieri führten eine Polizeiaktion gegen die Camorra durch.",
     {"Carabinieri": "carabinieri", "Camorra": "camorra"}, "COERCE", "carabinieri"),
    ("Die Miliz hat Hunderte Jugendliche für den Kampf gegen die Regierung ausgebildet.", {"Miliz": "militia"},
     "MOBILIZE", "militia"),
])
def test_lexicon_rows(pipeline, text, names, type_, actor):
    assert one(code(pipeline, text, names, parse=True), type_).actors == [actor]


def test_training_without_combat_is_no_event(pipeline):
    text = "Die Universität Graz bildet seit diesem Jahr auch Hebammen aus."
    assert code(pipeline, text, {"Universität Graz": "unigraz"}, parse=True) == []


def test_saxon_genitive_before_object_noun(pipeline):
    text = "Die Afrikanische Union verurteilte Ruandas anhaltende Angriffe auf Goma."
    names = {"Afrikanische Union": "au", "Ruandas": "RWA", "Goma": "GOMA"}
    event = one(code(pipeline, text, names, parse=True), "ASSAULT")
    assert event.actors == ["RWA"] and event.targets == ["GOMA"]


def test_act_noun_does_not_act(pipeline):
    text = "Die amerikanischen Strafzölle treffen die chinesische Industrie hart."
    events = code(pipeline, text, {"amerikanischen": "USA", "chinesische": "CHN"}, parse=True)
    assert of_type(events, "CONSULT") == [] and one(events, "SANCTION").actors == ["USA"]


def test_noun_asked_for_in_demand_noun(pipeline):
    text = "Der Landtag lehnte die Forderung der FPÖ nach einem Grenzeinsatz des Bundesheeres ab."
    names = {"Landtag": "landtag", "FPÖ": "fpoe", "Bundesheeres": "army"}
    events = code(pipeline, text, names, parse=True)
    assert of_type(events, "MOBILIZE") == [] and one(events, "DEMAND").actors == ["fpoe"]


def test_possessive_pronoun_is_no_attribute_doer(pipeline):
    """A possessive resolved to a person (coreference gives "ihre" a mention) is not the doer of the act noun
    after it: the clause's verb keeps its subject."""
    text = ("Die Ministerin Weber zeigte sich sicher, dass ihre Gespräche in Paris die Zusammenarbeit mit Frankreich "
            "stärkten.")
    names = {"Weber": "weber", "ihre": "weber", "Paris": "PARIS", "Frankreich": "FRA"}
    events = code(pipeline, text, names, parse=True)
    assert one(events, "COOPERATE").actors == ["weber"]
