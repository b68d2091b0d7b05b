"""The shipped NER model and the NER stage on real German sentences."""

from __future__ import annotations

import re

import pytest

from lagebild.config import Settings
from lagebild.errors import ModelError
from lagebild.model import Article, Document, Sentence, Token
from lagebild.nlp.model import load_ner, shipped_model_path
from lagebild.nlp.stage import ner_stage


def tokenised(text: str) -> Document:
    """A document with simple regex tokens and one sentence per line."""
    doc = Document(article=Article(text=text), text=text)
    doc.tokens = [Token(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+(?:-\w+)*|[^\w\s]", text)]
    offset = 0
    for line in text.split("\n"):
        doc.sentences.append(Sentence(offset, offset + len(line)))
        offset += len(line) + 1
    return doc


def found(doc: Document) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in doc.mentions}


def test_shipped_model_is_small_and_loads_offline() -> None:
    size = sum(p.stat().st_size for p in shipped_model_path().rglob("*") if p.is_file())
    assert size <= 25 * 1024 * 1024
    assert load_ner() is load_ner()  # cached
    assert "ner" in load_ner().pipe_names


def test_unknown_model_is_a_model_error() -> None:
    with pytest.raises(ModelError):
        load_ner("/nonexistent/spacy-model")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bundeskanzlerin Angela Merkel traf am Montag in Berlin den französischen Präsidenten.", {("Angela Merkel", "PER"), ("Berlin", "LOC")}),
        ("Die Deutsche Bahn kündigte neue Streiks in Bayern an.", {("Deutsche Bahn", "ORG"), ("Bayern", "LOC")}),
        ("Der Bundestag in Berlin stimmte dem Gesetz zu, sagte Olaf Scholz.", {("Olaf Scholz", "PER")}),
    ],
)
def test_sensible_entities_in_german_sentences(text: str, expected: set[tuple[str, str]]) -> None:
    doc = tokenised(text)
    ner_stage(doc, Settings())
    assert expected <= found(doc)


def test_offsets_slice_the_text_across_lines_and_gaps() -> None:
    text = "Wladimir Putin empfing  in Moskau Vertreter aus Peking.\nSpäter reiste Emmanuel Macron nach Warschau."
    doc = tokenised(text)
    ner_stage(doc, Settings())
    assert doc.mentions, "no entities found"
    for mention in doc.mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.source == "ner"
        assert doc.sentences[mention.sentence].start <= mention.start < doc.sentences[mention.sentence].end + 1
    second = [m for m in doc.mentions if m.sentence == 1]
    assert ("Warschau", "LOC") in {(m.text, m.type) for m in second}
    assert doc.spacy_doc is not None and len(doc.spacy_doc) == len(doc.tokens)


def test_stage_falls_back_to_model_tokenizer() -> None:
    text = "Der Papst besuchte Rom und sprach mit Giorgia Meloni."
    doc = Document(article=Article(text=text), text=text)
    ner_stage(doc, Settings())
    for mention in doc.mentions:
        assert text[mention.start : mention.end] == mention.text
    assert ("Rom", "LOC") in found(doc)


def test_gazetteer_feature_marks_known_names() -> None:
    nlp = load_ner()
    if "gazetteer_features" not in nlp.pipe_names:
        pytest.skip("shipped model has no gazetteer component")
    doc = nlp.get_pipe("gazetteer_features")(nlp.make_doc("Gestern flog Angela nach Moskau und zurück."))
    tags = {t.text: t.tag_ for t in doc}
    assert "L" in tags["Moskau"] and "P" in tags["Angela"]
    assert tags["zurück"] == "" and tags["Gestern"] == ""


def test_unfamiliar_foreign_names_are_widened_over_known_name_parts():
    from lagebild.model import Article
    from lagebild.nlp.stage import ner_stage
    from lagebild.pipeline import Pipeline, text_stages
    from lagebild.config import Settings

    doc = Pipeline(stages=text_stages())(
        Article(text="Sein nordkoreanischer Kollege No Kwang Chol sagte, die Armee sei bereit.")
    )
    ner_stage(doc, Settings())
    assert [(m.text, m.type) for m in doc.mentions] == [("No Kwang Chol", "PER")]
