"""Quality gates: pinned floors on fixed evaluation sets (the way trafilatura gates its extraction).

A change may raise a floor, never silently lower it. The sets live in ../shared (skipped without it);
none of them is used for training anything shipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from common import SHARED

KRAUTS = SHARED / "data" / "krauts" / "KRAUTS_Dolomiten-42"


@pytest.mark.skipif(not KRAUTS.exists(), reason="KRAUTS not beside the project")
def test_time_on_krauts_beats_heideltime():
    from lagebild.time.evaluate import baseline_dir, evaluate_output, evaluate_tagger

    ours = evaluate_tagger(KRAUTS)
    heideltime = evaluate_output(KRAUTS, baseline_dir(KRAUTS))
    assert ours.value["f1"] >= 0.80
    assert ours.strict["f1"] >= 0.84 and ours.relaxed["f1"] >= 0.93
    assert ours.value["f1"] > heideltime.value["f1"]


GERMEVAL_DEV = SHARED / "data" / "germeval2014" / "NER-de-dev.tsv"
SPKATT = SHARED / "data" / "spkatt2023" / "train"
NAME_VARIANTS = SHARED / "data" / "name-variants" / "persons.txt"


@pytest.mark.skipif(not GERMEVAL_DEV.exists(), reason="GermEval not beside the project")
def test_ner_on_germeval_dev():
    from lagebild.nlp.corpora import read_any
    from lagebild.nlp.evaluate import normalise_predicted, predict, score
    from lagebild.nlp.model import load_ner

    gold = read_any(GERMEVAL_DEV)
    scores = score(gold, [normalise_predicted(tags) for tags in predict(load_ner(), gold)])
    assert scores.overall.f1 >= 0.64
    assert scores.labels["LOC"].f1 >= 0.70 and scores.labels["PER"].f1 >= 0.73


@pytest.mark.skipif(not SPKATT.exists(), reason="SpkAtt not beside the project")
def test_quotes_on_spkatt_heldout():
    from lagebild.quotes.spkatt import evaluate

    roles = {role: counts.scores()["f1"] for role, counts in evaluate(SPKATT, "heldout").roles.items()}
    assert roles["Cue"] >= 0.71 and roles["Source"] >= 0.64 and roles["Message"] >= 0.75  # 0.723 / 0.649 / 0.761 (session 6)


@pytest.mark.skipif(not NAME_VARIANTS.exists(), reason="name variants not beside the project")
def test_names_heldout_bcubed_without_false_merges():
    from lagebild.names.evaluate import evaluate

    report = evaluate("heldout", path=NAME_VARIANTS)
    assert report.f1 >= 0.84 and report.false_merges == []


@pytest.mark.skipif(not NAME_VARIANTS.exists(), reason="name variants not beside the project")
def test_names_heldout_persons_bcubed():
    from lagebild.names.evaluate import evaluate_persons

    report = evaluate_persons("heldout", path=NAME_VARIANTS)
    assert report.f1 >= 0.95 and report.false_merges == []  # 0.963 on 2026-11-27 (BENCHMARKS.md, Names)


GNAD = SHARED / "data" / "10kgnad" / "articles.csv"


# Development sets (tuned on): trigger F1 floors just under the figures of 2026-11-27 (BENCHMARKS.md, Events).
EVENT_DEV_FLOORS = [
    ("events-dev2.jsonl", 0.86),  # 0.89, 0.88 (proposals as DEMAND, which its annotator left uncoded)
    ("events-dev3.jsonl", 0.80),  # 0.83
    ("events-dev4.jsonl", 0.75),  # 0.41 blind, 0.62, 0.74, 0.77
    ("events-dev5.jsonl", 0.75),  # 0.53 blind, 0.52 blind, 0.71, 0.79
    ("events-dev6.jsonl", 0.81),  # 0.38 blind, 0.43 blind, 0.83
    ("events-dev7.jsonl", 0.85),  # 0.46 blind, 0.88
    ("events-dev8.jsonl", 0.80),  # 0.75 blind, 1.00 (5 events)
    ("events-dev9.jsonl", 0.66),  # 0.52 blind, 0.69
    ("events-dev10.jsonl", 0.69),  # 0.64 blind, 0.72
    ("events-dev11.jsonl", 0.48),  # 0.29 blind, 0.43, 0.47, 0.51 (27 events)
    ("events-dev12.jsonl", 0.64),  # 0.47 blind (after the dev9-dev11 round), 0.47, 0.60, 0.63, 0.67
    ("events-dev13.jsonl", 0.48),  # 0.48 blind, 0.53 (10 events, whole articles)
    ("events-dev14.jsonl", 0.74),  # 0.63 blind, 0.67, 0.76, 0.77 (whole articles)
    ("events-dev15.jsonl", 0.64),  # 0.49 blind, 0.67 (whole Dolomiten articles, KRAUTS)
]


@pytest.mark.skipif(not GNAD.exists() or not SPKATT.exists(), reason="10kGNAD or SpkAtt not beside the project")
@pytest.mark.parametrize("name, floor", EVENT_DEV_FLOORS)
def test_events_on_dev_sets(name: str, floor: float):
    from lagebild.events.evaluate import load_items, score

    items = load_items(Path(__file__).resolve().parent / "data" / name, GNAD, SPKATT, KRAUTS)
    assert score(items)["trigger"].prf()[2] >= floor


# What `analyze` gives: the whole pipeline's own entities, not the gold ones (`--end-to-end`), so that a change
# in NER, names or coreference that costs events shows here.
EVENT_END_TO_END_FLOORS = [
    ("events-dev4.jsonl", 0.69),  # 0.62 at the start of session 7, 0.72
    ("events-dev14.jsonl", 0.71),  # 0.69, 0.74
    ("events-dev15.jsonl", 0.53),  # 0.36 blind, 0.56
]


@pytest.mark.skipif(not SPKATT.exists() or not KRAUTS.exists(), reason="SpkAtt or KRAUTS not beside the project")
@pytest.mark.parametrize("name, floor", EVENT_END_TO_END_FLOORS)
def test_events_end_to_end(name: str, floor: float):
    from lagebild.events.evaluate import load_items, score

    items = load_items(Path(__file__).resolve().parent / "data" / name, GNAD, SPKATT, KRAUTS)
    assert score(items, end_to_end=True)["trigger"].prf()[2] >= floor


@pytest.mark.skipif(not GNAD.exists(), reason="10kGNAD not beside the project")
def test_events_on_10kgnad_heldout():
    """Annotated blind, never tuned on: a floor only, do not read its errors (docs/events-annotation.md)."""
    from lagebild.events.evaluate import load_items, score

    heldout = Path(__file__).resolve().parent / "data" / "events-heldout.jsonl"
    trigger = score(load_items(heldout, GNAD))["trigger"]
    assert trigger.prf()[2] >= 0.57  # 0.44, 0.50, 0.52, 0.53, 0.54, 0.51, 0.57, 0.553, 0.568, 0.589, 0.583 in its runs (2026-11-27, BENCHMARKS.md, Events)
