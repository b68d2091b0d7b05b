"""The shifted first person of reported speech: "Er werde …, sagte X" is X (names/coref.py,
`resolve_reported_self`), in the full pipeline, so that events and networks name the speaker."""

from __future__ import annotations

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline


@pytest.fixture(scope="module")
def analyse():
    pipeline = Pipeline()
    return lambda text: pipeline(Article(text=text))


def _pronoun_entity(doc, word: str = "Er") -> str | None:
    names = {e.id: e.name for e in doc.entities}
    return next((names.get(m.entity) for m in doc.mentions if m.text == word and m.source == "coref"), None)


def test_pronoun_of_reported_speech_is_its_speaker(analyse):
    doc = analyse("Der Kanzler habe Heinz Fischer kritisiert. Er werde die Truppen abziehen, sagte Wladimir Putin.")
    assert _pronoun_entity(doc) == "Wladimir Putin"


def test_first_sentence_pronoun_gets_the_speaker(analyse):
    doc = analyse("Er werde Bundespräsident Heinz Fischer kontaktieren, erklärte Landeshauptmann Günther Platter.")
    assert _pronoun_entity(doc) == "Günther Platter"
    consult = next(e for e in doc.events if e.type == "CONSULT")
    names = {e.id: e.name for e in doc.entities}
    assert [names[a] for a in consult.actors] == ["Günther Platter"]


def test_direct_quote_keeps_its_pronoun(analyse):
    doc = analyse("Heinz Fischer kam am Montag. „Er ist ein Lügner“, sagte Wladimir Putin.")
    assert _pronoun_entity(doc) != "Wladimir Putin"


def test_a_woman_speaking_of_him_is_not_him(analyse):
    doc = analyse("Heinz Fischer kam am Montag. Er werde bald abreisen, sagte Bundeskanzlerin Angela Merkel.")
    assert _pronoun_entity(doc) == "Heinz Fischer"
