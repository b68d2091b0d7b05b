"""Speakers and cues of the quote finders, round 3 of issue 6 (SpkAtt source F1): fronted objects and
adverbials, relative clauses before an inverted cue, particles after appositions, circumstances after
a speaker, holders of speech nouns, impersonal "man"; round 4: topics, addressees, colon quotes, reports
and role descriptions. Own example sentences, with the parse."""

from __future__ import annotations

import pytest
from test_quotes_rules import attributions

from lagebild.config import Settings
from lagebild.model import Article, Entity, Mention
from lagebild.nlp.syntax import syntax_stage
from lagebild.pipeline import Pipeline, text_stages
from lagebild.quotes.stage import quotes_stage


@pytest.mark.parametrize("text,expected", [
    ("Am Montag gab der Sprecher der Polizei, Jan Roth, bekannt, dass der Verdächtige gefasst sei.",
     ("indirect", "gab bekannt", "der Sprecher der Polizei , Jan Roth", "dass der Verdächtige gefasst sei")),
    ("Der Konzern bestreitet, an den Absprachen beteiligt gewesen zu sein.",
     ("indirect", "bestreitet", "Der Konzern", "an den Absprachen beteiligt gewesen zu sein")),
    ("Des Weiteren verwies die Ministerin darauf, dass die Kosten stiegen.",
     ("indirect", "verwies", "die Ministerin", "dass die Kosten stiegen")),
    ("Sinngemäß hofft der Trainer, dass die Mannschaft bald gewinnt.",
     ("indirect", "hofft", "der Trainer", "dass die Mannschaft bald gewinnt")),
    ("Den Ärger der Partei brachte die Sprecherin der Fraktion, Eva Lenz, zum Ausdruck: „Das ist ein Fehler.“",
     ("direct", "", "die Sprecherin der Fraktion", "„ Das ist ein Fehler . “")),
    ("„Wir bleiben hier“, sagte der Trainer im Fernsehen.", ("direct", "sagte", "der Trainer", "„ Wir bleiben hier “")),
    ("Die Forscher formulierten die Hypothese, dass das Klima sich früher erwärmte.",
     ("indirect", "die Hypothese", "Die Forscher", "dass das Klima sich früher erwärmte")),
    ("Man gehe davon aus, dass die Brücke hält.", ("indirect", "gehe aus", "", "dass die Brücke hält")),
])
def test_speakers_with_the_parse(text, expected):
    assert expected in attributions(text, parse=True)


@pytest.mark.parametrize("text,message_start", [
    ("Anna Berg, die das Projekt leitet, wies den Vorwurf zurück.", "Anna Berg"),  # the speaker, not the message
    ("Die Geräte wurden gemäß der damaligen Regelung geprüft.", "Die Geräte"),  # a rule, not a source
])
def test_no_attribution_with_this_message(text, message_start):
    found = attributions(text, parse=True)
    assert not [a for a in found if a[3].startswith(message_start)], found


# Round 4 (what analysts see on ordinary articles): topics of talks, addressees, colon quotes with an
# inverted cue, reports as sources and role descriptions that refer back to a person.

def test_a_topic_of_talks_is_no_message():
    found = attributions("Die Außenministerinnen sprachen am Abend über die Rückgabe von Kulturgütern.", parse=True)
    assert not [a for a in found if "sprachen" in a[1]], found
    assert ("indirect", "sprach von", "Die Bürgermeisterin", "einem schwarzen Tag") in attributions(
        "Die Bürgermeisterin sprach nach der Sitzung von einem schwarzen Tag.", parse=True)


@pytest.mark.parametrize("text,source", [
    ("Die Reform komme zu spät, sagte der FDP-Politiker der Leipziger Volkszeitung.", "der FDP-Politiker"),
    ("Am Freitag sagte Jana Kühn der Nachrichtenagentur Nordpress, die Reform komme zu spät.", "Jana Kühn"),
    ("Die Auflage sinke, sagte eine Sprecherin der Zeitung.", "eine Sprecherin der Zeitung"),  # a genitive
])
def test_a_medium_after_the_speaker_is_the_addressee(text, source):
    assert [a[2] for a in attributions(text, parse=True)] == [source]


@pytest.mark.parametrize("text,cue,message", [
    ("Die Reederei bestritt jede Schuld: Das Schiff sei sicher gewesen, erklärte ihr Sprecher am Montag.",
     "bestritt erklärte", "Das Schiff sei sicher gewesen"),
    ("Der Trainer widersprach: „Wir waren besser“, sagte er nach dem Spiel.", "widersprach sagte", "„ Wir waren besser “"),
])
def test_a_colon_quote_ends_before_an_inverted_cue(text, cue, message):
    [found] = attributions(text, parse=True)
    assert found[1:] == (cue, found[2], message)


def _speakers(text: str, people: dict[str, tuple[str, list[str]]]) -> list[Entity | None]:
    """Speakers of the quotes of `text`, with the given (name, type, roles) as the only entities."""
    doc = Pipeline(stages=text_stages())(Article(text=text))
    syntax_stage(doc, Settings())
    for id_, (name, type_, roles) in people.items():
        start = doc.text.index(name)
        doc.entities.append(Entity(id_, name, type_, roles=roles, mentions=[
            Mention(start, start + len(name), name, type_, 0, id_)]))
    doc.mentions = [m for e in doc.entities for m in e.mentions]
    quotes_stage(doc, Settings())
    entities = {e.id: e for e in doc.entities}
    return [entities[q.speakers[0]] if q.speakers else None for q in doc.quotes]


def test_a_report_names_its_source_not_the_subject():
    # "Nordblick" typed PER, as the NER sometimes does with a newspaper's name
    [speaker] = _speakers("Laut einem Bericht des Magazins Nordblick will Ministerpräsident Tom Weller zurücktreten.",
                          {"weller": ("Tom Weller", "PER", ["prime minister"]), "nb": ("Nordblick", "PER", [])})
    assert speaker is not None and speaker.type == "ORG" and "Nordblick" in speaker.name
    [speaker] = _speakers("Nach Angaben der Nachrichtenagentur Nordpress will Tom Weller zurücktreten.",
                          {"weller": ("Tom Weller", "PER", []), "np": ("Nordpress", "ORG", [])})
    assert speaker.id == "np"


@pytest.mark.parametrize("text,people,expected", [
    ("Innenministerin Karin Holm lobte die Polizei. Der Einsatz sei ein Erfolg, sagte die SPD-Politikerin der Zeitung.",
     {"holm": ("Karin Holm", "PER", ["interior minister"])}, "holm"),
    ("Landesrat Paul Gruber (ÖVP) kritisierte den Plan. Der ÖVP-Obmann sagte, die Pläne seien zu teuer.",
     {"gruber": ("Paul Gruber", "PER", ["member (ÖVP)"])}, "gruber"),
    ("CSU-Chef Max Bauer forderte mehr Kontrollen. Das sei unnötig, sagte die SPD-Politikerin.",
     {"bauer": ("Max Bauer", "PER", ["head (CSU)"])}, None),  # another party's: stays a description
])
def test_a_role_description_refers_back_when_it_fits(text, people, expected):
    [speaker] = _speakers(text, people)
    assert (speaker.id if speaker.id in people else None) == expected, speaker
