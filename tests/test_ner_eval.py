"""NER corpora readers and exact-span evaluation (no model needed except the last tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.errors import FormatError
from lagebild.nlp.corpora import Tagged, dev_half, map_bio, read_any, read_europeana, spans
from lagebild.nlp.evaluate import score, write_predictions

GERMEVAL = """#\thttp://example.org/a\t[2024-05-01]
1\tBundeskanzler\tO\tO
2\tOlaf\tB-PER\tO
3\tScholz\tI-PER\tO
4\treiste\tO\tO
5\tnach\tO\tO
6\tParis\tB-LOC\tO
7\t.\tO\tO

#\thttp://example.org/b\t[2024-05-02]
1\tDie\tO\tO
2\tdeutsche\tB-LOCderiv\tO
3\tBundesbahn\tB-ORG\tO
4\tund\tO\tO
5\tdie\tO\tO
6\tEU-Kommission\tB-ORGpart\tO
7\tstreiten\tO\tO
8\tüber\tO\tO
9\tden\tO\tO
10\tTatort\tB-OTH\tO
11\t.\tO\tO

"""

CONLL = """-DOCSTART- -1- O O

Stau\tNN\tI-NN\tO
auf\tAPPR\tI-AP\tO
der\tART\tI-AR\tO
A7\tNE\tI-NE\tB-location-route
bei\tAPPR\tI-AP\tO
Hamburg\tNE\tI-NE\tB-location-city
,\t$,\tI-$,\tO
meldet\tVVFIN\tI-VV\tO
die\tART\tI-AR\tO
Deutsche\tADJA\tI-AD\tB-organization-company
Bahn\tNN\tI-NN\tI-organization-company
am\tAPPRART\tI-AP\tO
Montag\tNN\tI-NN\tB-date
.\t$.\tI-$.\tO
"""


@pytest.fixture()
def germeval_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.tsv"
    path.write_text(GERMEVAL, encoding="utf-8")
    return path


@pytest.fixture()
def conll_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.conll"
    path.write_text(CONLL, encoding="utf-8")
    return path


def test_germeval_outer_labels_drop_deriv_and_part(germeval_file: Path) -> None:
    first, second = read_any(germeval_file)
    assert first.tags == ["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"]
    assert spans(second.tags) == {(2, 3, "ORG"), (9, 10, "MISC")}


def test_conll_fine_labels_mapped(conll_file: Path) -> None:
    (sentence,) = read_any(conll_file)
    found = {(" ".join(sentence.words[s:e]), label) for s, e, label in spans(sentence.tags)}
    assert found == {("A7", "LOC"), ("Hamburg", "LOC"), ("Deutsche Bahn", "ORG")}


def test_europeana_chunks_and_repairs_tags(tmp_path: Path) -> None:
    path = tmp_path / "enp.bio"
    path.write_text("Der O\nKaiser O\nFranz B-PEr\nJoseph I-PER\nkam O\nnach O\nWien B_LOC\n. O\nDann O\nging O\n", "utf-8")
    chunks = list(read_europeana(path))
    assert [c.words[-1] for c in chunks] == [".", "ging"]
    assert spans(chunks[0].tags) == {(2, 4, "PER"), (6, 7, "LOC")}


def test_stray_inside_tag_starts_a_span() -> None:
    assert map_bio(["O", "I-PER", "I-PER", "B-LOCderiv", "I-LOC"]) == ["O", "B-PER", "I-PER", "O", "B-LOC"]


def test_exact_span_scores() -> None:
    gold = [Tagged(["Angela", "Merkel", "in", "Berlin"], ["B-PER", "I-PER", "O", "B-LOC"])]
    predicted = [["B-PER", "O", "O", "B-LOC"]]  # "Angela" alone is a wrong span
    scores = score(gold, predicted)
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (1, 1, 1)
    assert scores.labels["LOC"].f1 == 1.0
    assert scores.labels["PER"].f1 == 0.0
    assert scores.overall.f1 == pytest.approx(0.5)


def test_dev_halves_are_stable_and_balanced() -> None:
    sentences = [Tagged([f"Satz{i}", "."], ["O", "O"]) for i in range(400)]
    halves = [dev_half(s) for s in sentences]
    assert halves == [dev_half(s) for s in sentences]
    assert 150 < halves.count("A") < 250


def test_predictions_file_layout(tmp_path: Path) -> None:
    gold = [Tagged(["Rom", "."], ["B-LOC", "O"]), Tagged(["Ja"], ["O"])]
    out = tmp_path / "pred.tsv"
    write_predictions(out, gold, [["B-LOC", "O"], ["B-PER"]])
    assert out.read_text("utf-8") == "Rom\tB-LOC\tB-LOC\n.\tO\tO\n\nJa\tO\tB-PER\n\n"


def test_unreadable_file_is_a_format_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.tsv"
    empty.write_text("\n\n", "utf-8")
    with pytest.raises(FormatError):
        read_any(empty)
    with pytest.raises(FormatError):
        read_any(tmp_path / "missing.tsv")


def test_evaluate_command_with_shipped_model(germeval_file: Path, tmp_path: Path, capsys) -> None:
    from lagebild.nlp.cli import evaluate_ner_command

    out = tmp_path / "pred.tsv"
    evaluate_ner_command(germeval_file, json_out=True, predictions=out, model=None)
    result = json.loads(capsys.readouterr().out)
    assert result["sentences"] == 2 and result["words"] == 18
    assert set(result["overall"]) >= {"precision", "recall", "f1"}
    lines = out.read_text("utf-8").split("\n")
    assert lines[1] == "Olaf\tB-PER\tB-PER"
    assert lines[7] == ""


def test_swap_names_keeps_types_and_context() -> None:
    import random

    from lagebild.nlp.corpora import name_pools, swap_names

    sentence = Tagged(["Gestern", "sprach", "Olaf", "Scholz", "in", "Rom", "."], ["O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"])
    pools = name_pools([sentence], {"PER": [["Marie", "Curie"]], "LOC": [["Lissabon"], ["New", "York"]]})
    swapped = swap_names(sentence, pools, random.Random(3))
    assert swapped.words[:2] == ["Gestern", "sprach"] and swapped.words[-1] == "."
    assert {label for _, _, label in spans(swapped.tags)} == {"PER", "LOC"}
    assert len(swapped.words) == len(swapped.tags)


def test_unknown_tags_become_missing_annotation() -> None:
    from lagebild.nlp.corpora import to_docbin

    import spacy

    docbin = to_docbin([Tagged(["Die", "Bahn", "frei"], ["O", "-", "-"])])
    (doc,) = docbin.get_docs(spacy.blank("de").vocab)
    assert [t.ent_iob_ for t in doc] == ["O", "", ""]
