"""Speakers and cues of the quote finders, round 3 of issue 6 (SpkAtt source F1): fronted objects and
adverbials, relative clauses before an inverted cue, particles after appositions, circumstances after
a speaker, holders of speech nouns, impersonal "man". Own example sentences, with the parse."""

from __future__ import annotations

import pytest
from test_quotes_rules import attributions


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
