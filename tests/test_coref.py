"""Pronoun coreference in the full pipeline (names/coref.py) and its scorer (names/coref_eval.py)."""

from __future__ import annotations

import pytest

from lagebild.model import Article, Document, Entity, Mention
from lagebild.names.coref_eval import CorefTally, score_document
from lagebild.pipeline import Pipeline


@pytest.fixture(scope="module")
def analyse():
    pipeline = Pipeline()
    return lambda text: pipeline(Article(text=text))


def _links(doc: Document) -> list[tuple[str, str | None]]:
    names = {e.id: e.name for e in doc.entities}
    return [(m.text, names.get(m.entity)) for m in doc.mentions if m.source == "coref"]


def test_singular_sie_of_a_woman(analyse):
    doc = analyse("Die Ministerin Anna Berger besuchte am Montag die Werft in Kiel. Sie lobte die Arbeiter.")
    assert ("Sie", "Anna Berger") in _links(doc)


def test_plural_sie_stays_open(analyse):
    doc = analyse("Anna Berger und Jonas Weber besuchten am Montag Kiel. Sie lobten die Arbeiter.")
    assert not [word for word, _ in _links(doc) if word.lower() == "sie"]


def test_sie_of_a_man_stays_open(analyse):
    doc = analyse("Der Minister Jonas Weber besuchte am Montag Kiel. Sie lobte die Arbeiter.")
    assert not [word for word, _ in _links(doc) if word.lower() == "sie"]


def test_sie_after_a_feminine_thing_as_subject_stays_open(analyse):
    doc = analyse("Die Ministerin Anna Berger besuchte am Montag Kiel. Die Werft kündigte Entlassungen an. "
                  "Sie erklärte, die Aufträge fehlten.")
    assert ("Sie", "Anna Berger") not in _links(doc)


def test_the_verb_sein_is_no_pronoun(analyse):
    doc = analyse("Tobias Krämer sagte am Montag, das Ergebnis werde bald bekannt sein.")
    assert not [word for word, _ in _links(doc) if word == "sein"]


def test_a_thing_as_subject_takes_the_possessive(analyse):
    doc = analyse("Tobias Krämer beobachtete den Kometen. Der Komet ist weit entfernt, sein Schweif ist lang.")
    assert not [word for word, _ in _links(doc) if word == "sein"]


def test_pronoun_in_a_direct_quote_is_not_its_speaker(analyse):
    doc = analyse("Lukas Vogel war lange Bürgermeister. Marie Roth sagte dazu: „Alles, was er getan hat, war gut.“")
    assert ("er", "Marie Roth") not in _links(doc)


def _scored(system_entity: str | None, gold: str | None) -> CorefTally:
    text = "Anna Berger kam. Sie sprach. "
    person = Entity("p1", "Anna Berger", "PER", mentions=[Mention(0, 11, "Anna Berger", "PER", 0, "p1")])
    doc = Document(article=Article(text=text), text=text, entities=[person])
    doc.mentions = list(person.mentions)
    if system_entity:
        doc.mentions.append(Mention(17, 20, "Sie", "PER", 1, system_entity, source="coref"))
    tally = CorefTally()
    score_document(doc, [[17, 20, "Sie", gold]], tally)
    return tally


def test_scorer_counts_correct_wrong_and_missing_links():
    right = _scored("p1", "Berger")
    assert (right.system, right.correct, right.gold, right.found) == (1, 1, 1, 1)
    wrong = _scored("p1", None)
    assert (wrong.system, wrong.correct, wrong.gold) == (1, 0, 0)
    missing = _scored(None, "Anna Berger")
    assert (missing.system, missing.gold, missing.found) == (0, 1, 0)
    assert missing.scores()["recall"] == 0.0


def test_a_possessive_opening_a_sentence_is_a_pronoun():
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    doc = Pipeline()(Article(text="Der russische Verteidigungsminister Andrej Petrow ist in Minsk eingetroffen. "
                                  "Sein belarussischer Kollege Iwan Sidorow empfing ihn am Flughafen."))
    assert "Sein" in [m.text for m in doc.mentions if m.source == "coref"]


def test_a_name_followed_by_die_is_a_woman_and_no_er(analyse):
    doc = analyse("Birgit Lenz, die seit Jahren im Stadtrat sitzt, kritisierte den Plan. "
                  "Kurz darauf lehnte er ihn ab.")
    assert [word for word, _ in _links(doc) if word == "er"] == []


def test_die_after_two_names_is_plural(analyse):
    doc = analyse("Jonas Weber und Birgit Lenz, die sich am Montag trafen, sprachen lange. Er lobte das Gespräch.")
    assert ("Er", "Jonas Weber") in _links(doc)
