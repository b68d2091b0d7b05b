"""Quote finders on cues and speakers added for issue 6 (SpkAtt): speech nouns, judgement phrases,
free indirect speech, passives, colons and names in quotation marks. Own example sentences."""

from __future__ import annotations

import pytest

from lagebild.config import Settings
from lagebild.model import Article, Document
from lagebild.nlp.syntax import syntax_stage
from lagebild.pipeline import Pipeline, text_stages
from lagebild.quotes.base import View
from lagebild.quotes.detect import detect


def attributions(text: str, parse: bool = False) -> list[tuple[str, str, str, str]]:
    """(kind, cue, source, message) words of every attribution, on tokens alone or with the parse."""
    doc: Document = Pipeline(stages=text_stages())(Article(text=text))
    if parse:
        syntax_stage(doc, Settings())
    view = View(doc)
    words = lambda ks: " ".join(view.words[k] for k in sorted(ks))
    return [(a.kind, words(a.cue), words(a.source), words(a.message)) for a in detect(doc, view)]


@pytest.mark.parametrize("text,cue,source,message", [
    ("Die Partei wies die Forderung der Gewerkschaft, die Löhne zu erhöhen, zurück.", "die Forderung",
     "der Gewerkschaft", "die Löhne zu erhöhen"),
    ("Seine Behauptung, dass die Wahl gefälscht sei, blieb ohne Beleg.", "Seine Behauptung", "Seine",
     "dass die Wahl gefälscht sei"),
    ("Der Minister hält es für möglich, dass die Steuer sinkt.", "hält es für möglich", "Der Minister",
     "dass die Steuer sinkt"),
    ("Die Ministerin hat angekündigt, von ihrem Amt zurückzutreten.", "hat angekündigt", "Die Ministerin",
     "von ihrem Amt zurückzutreten"),
])
def test_speech_nouns_judgements_and_zu_infinitives(text, cue, source, message):
    assert ("indirect", cue, source, message) in attributions(text)


@pytest.mark.parametrize("text", [
    "Obwohl der Zug verspätet war, bestritt er jede Schuld.",
    "Die Stadt sammelte Spenden, um die Schule zu sanieren.",
    "Es gab Stau, so wurde die Brücke gesperrt.",
    "Die Läuferin ging als Erste aus Finnland auf die Strecke.",
])
def test_no_attribution_for_clauses_of_reason_purpose_or_plain_prepositions(text):
    assert not [a for a in attributions(text) if a[0] != "partial"], attributions(text)


def test_names_in_quotation_marks_are_no_partial_quotes():
    found = attributions("Die Agentur „Reuters“ meldete, der Hafen sei „vorerst geschlossen“.")
    assert [a[3] for a in found if a[0] == "partial"] == ["„ vorerst geschlossen “"]


def test_konjunktiv_main_clause_after_no_attribution_is_free_indirect_speech():
    found = attributions("Die Polizei durchsuchte am Montag das Haus. Der Verdächtige sei geflohen.", parse=True)
    assert ("indirect", "", "Die Polizei", "Der Verdächtige sei geflohen .") in found


def test_passive_speech_verb_names_no_speaker_but_its_agent():
    found = attributions("Die Regierung wurde aufgefordert, den Plan zu stoppen.", parse=True)
    assert ("indirect", "wurde aufgefordert", "", "den Plan zu stoppen") in found
    found = attributions("Von den Behörden wird angenommen, dass der Brand gelegt wurde.", parse=True)
    assert [a[2] for a in found if a[1] == "wird angenommen"] == ["den Behörden"]


def test_quote_after_a_colon_belongs_to_the_subject_before_it():
    found = attributions("Der Trainer blieb nach dem Spiel gelassen: „Wir haben gut gespielt und verdient verloren.“",
                         parse=True)
    assert [a[2] for a in found if a[0] == "direct"] == ["Der Trainer"]


def test_long_quote_inside_reported_speech_is_a_partial_quote_of_the_speaker():
    found = attributions("Der Minister sagte, es sei ihm „ein großes Anliegen, an der Aufklärung aller offenen "
                         "Fragen zu dieser Sache mitzuwirken“.")
    partial = [a for a in found if a[0] == "partial"]
    assert partial and partial[0][1] == "sagte" and partial[0][2] == "Der Minister"
    assert partial[0][3].startswith("„ ein großes Anliegen")


def test_heisst_es_with_a_comma_reports_the_words_after_it():
    found = attributions("In der Erklärung heißt es weiter, die Gesetze seien ausreichend.")
    assert ("indirect", "heißt es", "der Erklärung", "die Gesetze seien ausreichend") in found
    inverted = attributions("„Wir bleiben“, heißt es in dem Schreiben, das am Montag verschickt wurde.")
    assert all("verschickt" not in a[3] for a in inverted)


def test_statement_goes_on_after_an_inserted_cue():
    found = attributions("Der Präsident sei, so der Bericht, schuld an der Krise.")
    assert ("indirect", "so", "der Bericht", "Der Präsident sei schuld an der Krise") in found
    found = attributions("„Wir kommen“, sagte der Sprecher, der am Montag in Berlin war.")
    assert all("Berlin" not in a[3] for a in found)


@pytest.mark.parametrize("text,source", [
    ("Nach Angaben libanesischer Sicherheitskreise wurde eine Person getötet.", "Angaben libanesischer Sicherheitskreise"),
    ("Laut dieser Studie würden viele Studenten abgeschreckt.", "dieser Studie"),
])
def test_marker_sources_with_genitive_plural_or_demonstrative(text, source):
    assert any(a[2] == source for a in attributions(text))


def test_more_speech_verbs():
    found = attributions("Der Angeklagte stritt ab, das Geld genommen zu haben.")
    assert ("indirect", "stritt ab", "Der Angeklagte", "das Geld genommen zu haben") in found


def test_dev_halves_split_the_dev_files():
    from lagebild.quotes.spkatt import half_of, split_of

    names = [f"{n} - Titel (2005-01-01).json" for n in range(400)]
    dev = [n for n in names if split_of(n) == "dev"]
    halves = {half_of(n) for n in dev}
    assert halves == {"dev-a", "dev-b"}
