"""The shipped German syntax model, its stage and the clause helpers on real news sentences."""

from __future__ import annotations

import pytest

from lagebild.config import Settings
from lagebild.errors import ModelError
from lagebild.model import Article, Document
from lagebild.nlp.syntax import (
    agent_of,
    clause_of,
    is_konjunktiv1,
    load_syntax,
    mark_of,
    objects_of,
    shipped_model_path,
    subject_of,
    syntax_stage,
    verb_lemma,
)
from lagebild.text.stage import normalize_stage, segment_stage


def analysed(text: str) -> Document:
    """Normalised, segmented by the project's segmenter, then parsed by the syntax stage."""
    doc = Document(article=Article(text=text), text=text)
    normalize_stage(doc, Settings())
    segment_stage(doc, Settings())
    syntax_stage(doc, Settings())
    return doc


def word(doc: Document, text: str):
    return next(t for t in doc.spacy_doc if t.text == text)


def test_shipped_model_is_small_cached_and_complete() -> None:
    size = sum(p.stat().st_size for p in shipped_model_path().rglob("*") if p.is_file())
    assert size <= 15 * 1024 * 1024
    assert load_syntax() is load_syntax()
    assert load_syntax().meta["license"].startswith("CC BY-SA")


def test_unknown_model_is_a_model_error() -> None:
    with pytest.raises(ModelError):
        load_syntax("/nonexistent/syntax-model")


def test_subject_object_and_lemma_in_perfect_tense() -> None:
    doc = analysed("Die Regierung hat den Plan abgelehnt.")
    verb = word(doc, "abgelehnt")
    assert subject_of(verb).text == "Regierung"
    assert [t.text for t in objects_of(verb)] == ["Plan"]
    assert subject_of(word(doc, "hat")).text == "Regierung"  # the auxiliary leads to the same verb
    assert verb.lemma_ == "ablehnen"
    assert word(doc, "Plan").morph.get("Case") == ["Acc"]
    assert word(doc, "Regierung").morph.get("Case") == ["Nom"]
    assert not is_konjunktiv1(verb)


def test_passive_lemma_and_agent() -> None:
    doc = analysed("Der Vertrag wurde am Montag von beiden Außenministern in Genf unterzeichnet.")
    verb = word(doc, "unterzeichnet")
    assert verb.lemma_ == "unterzeichnen"
    assert subject_of(verb).text == "Vertrag"
    assert agent_of(verb).text == "Außenministern"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Er sagte, die Armee sei entschlossen.", "entschlossen"),
        ("Die Opposition erklärte, der Minister habe gelogen.", "gelogen"),
        ("Ein Sprecher teilte mit, die Regierung werde die Sanktionen verlängern.", "verlängern"),
        ("Der Präsident betonte, man wolle weiter verhandeln.", "verhandeln"),
    ],
)
def test_konjunktiv1_marks_reported_speech(text: str, verb: str) -> None:
    doc = analysed(text)
    assert is_konjunktiv1(word(doc, verb))
    speech = next(t for t in doc.spacy_doc if t.dep_ == "ROOT")
    assert not is_konjunktiv1(speech)


def test_konjunktiv1_in_dass_clause_with_its_clause_structure() -> None:
    doc = analysed("Südkoreanische Regierungsvertreter hatten erklärt, dass Russland Treibstoff geliefert habe.")
    verb = word(doc, "geliefert")
    assert is_konjunktiv1(verb)
    assert not is_konjunktiv1(word(doc, "erklärt"))
    assert clause_of(word(doc, "Russland")) == verb
    assert mark_of(verb).text == "dass"
    assert verb.head.text == "erklärt"
    assert subject_of(verb).text == "Russland"
    assert [t.text for t in objects_of(verb)] == ["Treibstoff"]
    assert subject_of(word(doc, "erklärt")).text == "Regierungsvertreter"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Ich habe das nicht gewusst.", "gewusst"),
        ("Wir werden die Hilfe fortsetzen.", "fortsetzen"),
        ("Ohne die Zusage wäre er nicht gekommen.", "gekommen"),
        ("Die Truppen hatten die Stadt verlassen.", "verlassen"),
    ],
)
def test_indicative_and_konjunktiv2_are_no_konjunktiv1(text: str, verb: str) -> None:
    assert not is_konjunktiv1(word(analysed(text), verb))


def test_separable_particle_joins_the_lemma() -> None:
    doc = analysed("Der Außenminister stattete Polen am Dienstag einen Besuch ab.")
    verb = word(doc, "stattete")
    assert verb_lemma(verb) == "abstatten"
    assert subject_of(verb).text == "Außenminister"
    assert "Besuch" in [t.text for t in objects_of(verb)]


def test_stage_keeps_offsets_and_sentences() -> None:
    text = "Die Gespräche in Wien  wurden vertagt.\n\nDer Sprecher sagte am Abend, man sei zuversichtlich. Weitere Treffen folgen."
    doc = analysed(text)
    spacy_doc = doc.spacy_doc
    assert [t.text for t in spacy_doc] == [doc.text[t.start : t.end] for t in doc.tokens]
    assert len(list(spacy_doc.sents)) == len(doc.sentences)
    for sent, sentence in zip(spacy_doc.sents, doc.sentences):
        first = doc.tokens[sent.start]
        assert sentence.start <= first.start < sentence.end
    assert all(t.tag_ and t.pos_ and t.lemma_ and t.dep_ for t in spacy_doc)


def test_runs_on_the_ner_doc_and_keeps_its_entities() -> None:
    from lagebild.nlp.stage import ner_stage

    text = "Bundeskanzler Olaf Scholz reiste am Montag nach Paris. Dort sagte er, Frankreich sei ein enger Partner."
    doc = Document(article=Article(text=text), text=text)
    normalize_stage(doc, Settings())
    segment_stage(doc, Settings())
    ner_stage(doc, Settings())
    entities = [(e.start, e.end, e.label_) for e in doc.spacy_doc.ents]
    syntax_stage(doc, Settings())
    assert entities and [(e.start, e.end, e.label_) for e in doc.spacy_doc.ents] == entities
    assert word(doc, "reiste").tag_ == "VVFIN"
    assert is_konjunktiv1(word(doc, "Partner"))
