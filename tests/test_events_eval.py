"""The event dev set scores as measured (a regression guard, not a target to tune to)."""

from __future__ import annotations

import json
from pathlib import Path

from lagebild.events.evaluate import load_items, report, score

DEV = Path(__file__).resolve().parent / "data" / "events-dev.jsonl"
GNAD = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "10kgnad" / "articles.csv"


def test_dev_set_is_well_formed():
    items = load_items(DEV, None)  # without 10kGNAD: only the project's own sentences
    assert len(items) >= 40
    assert all(set(g) >= {"type", "trigger", "actors", "targets", "status"} for i in items for g in i["events"])


def test_dev_set_scores():
    tallies = score(load_items(DEV, GNAD))
    assert tallies["trigger"].prf()[2] >= 0.8
    assert tallies["arguments"].prf()[2] >= 0.7
    assert "ALL status" in report(tallies)
    assert tallies["sources"].prf()[2] >= 0.7  # claims rest on the gold speaker, not on a pipeline entity


def test_evaluate_events_json():
    from common import run_cli

    result = run_cli("evaluate", "events", str(DEV), "--json", "--gnad", str(GNAD))
    data = json.loads(result.stdout)
    assert set(data["overall"]) == {"trigger", "arguments", "status", "sources", "source_ids"}
    assert data["overall"]["trigger"]["f1"] >= 0.8 and "ASSAULT" in data["types"]


def test_source_ids_are_scored_over_matched_claims_and_allegations():
    """Source ids: P/R over matched claims and allegations only; a claim without gold sources rests on none."""
    from lagebild.events import evaluate
    from lagebild.model import Event

    def event(trigger: str, type_: str, sources: list[str]) -> Event:
        return Event(type=type_, trigger=trigger, start=0, end=len(trigger), sentence=0, sources=sources)

    tally = evaluate.Tally()
    known = {"a", "b", "c", "d", "e"}  # the item's gold entities; "q-1" is a described speaker without a name
    evaluate._score_sources(tally, event("Angriff", "ASSAULT", ["a", "b", "q-1"]),
                            {"type": "ASSAULT", "status": "claim", "sources": ["a", "c"]}, known)
    evaluate._score_sources(tally, event("Treffen", "CONSULT", ["d"]), {"type": "CONSULT", "status": "allegation"}, known)
    evaluate._score_sources(tally, event("Besuch", "CONSULT", ["e"]), {"type": "CONSULT", "status": "fact"}, known)
    assert (tally.tp["ASSAULT"], tally.fp["ASSAULT"], tally.fn["ASSAULT"]) == (1, 1, 1)
    assert (tally.tp["CONSULT"], tally.fp["CONSULT"], tally.fn["CONSULT"]) == (0, 1, 0)  # the fact is not scored
    p, r, _f, gold = tally.prf()
    assert (round(p, 2), r, gold) == (0.33, 0.5, 2)


def test_spkatt_items_resolve_to_detokenised_sentences(tmp_path):
    corpus = tmp_path / "spkatt"
    corpus.mkdir()
    tokens = ["Die", "Polizei", "(", "laut", "„", "Bericht", "“", ")", "nahm", "X", "fest", ",", "sagte", "Y", "."]
    (corpus / "1 - Test.json").write_text(json.dumps({"DocumentName": "1 - Test", "Sentences": [
        {"SentenceId": 0, "Tokens": ["Erster", "Satz", "."]}, {"SentenceId": 1, "Tokens": tokens}]}), encoding="utf-8")
    dev = tmp_path / "dev.jsonl"
    lines = [{"id": "a", "spkatt": "1 - Test.json", "sentence": 1, "events": []},
             {"id": "b", "spkatt": "2 - Missing.json", "sentence": 0, "events": []},
             {"id": "c", "text": "Eigener Satz.", "events": []}]
    dev.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    items = load_items(dev, None, corpus)
    assert [i["id"] for i in items] == ["a", "c"]  # the absent corpus file is skipped
    assert items[0]["text"] == "Die Polizei (laut „Bericht“) nahm X fest, sagte Y."
    assert [i["id"] for i in load_items(dev, None, None)] == ["c"]


def test_krauts_items_resolve_to_spans_of_the_timeml_text(tmp_path):
    corpus = tmp_path / "krauts"
    corpus.mkdir()
    (corpus / "1_text.txt.tml").write_text(
        '<?xml version="1.0" ?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2010-02-20">2010-02-20</TIMEX3>'
        "</DCT>\n<TEXT>\nBOZEN. Die Polizei nahm am <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2010-02-19\">Freitag"
        "</TIMEX3> zwei Männer fest.\n</TEXT>\n</TimeML>\n", encoding="utf-8")
    dev = tmp_path / "dev.jsonl"
    text = "\nBOZEN. Die Polizei nahm am Freitag zwei Männer fest.\n"
    start = text.index("Die")
    lines = [{"id": "k", "krauts": "1_text.txt.tml", "char_start": start, "char_end": len(text) - 1, "events": []},
             {"id": "m", "krauts": "2_text.txt.tml", "char_start": 0, "char_end": 5, "events": []}]
    dev.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    items = load_items(dev, None, None, corpus)
    assert [i["id"] for i in items] == ["k"]  # the absent file is skipped
    assert items[0]["text"] == "Die Polizei nahm am Freitag zwei Männer fest."


def test_end_to_end_scores_the_pipelines_own_entities_by_their_gold_ids():
    gold = {"id": "e", "text": "Die US-Regierung kritisierte am Montag Russland scharf.",
            "entities": {"US-Regierung": "USA", "Russland": "RUS"},
            "events": [{"type": "DISAPPROVE", "trigger": "kritisierte", "actors": ["USA"], "targets": ["RUS"]}]}
    own = {**gold, "id": "o", "text": "Russland kritisierte am Montag die Ukraine scharf.",
           "entities": {"Russland": "RUS", "Ukraine": "UKR"},
           "events": [{"type": "DISAPPROVE", "trigger": "kritisierte", "actors": ["RUS"], "targets": ["UKR"]}]}
    on_gold = score([gold])["arguments"].prf()
    end_to_end = score([own], end_to_end=True)["arguments"].prf()
    assert on_gold[2] == 1.0  # the coder with the gold entities
    assert end_to_end[2] == 1.0  # the pipeline's own "Russland" and "Ukraine" count as RUS and UKR


def test_end_to_end_counts_a_state_organ_as_its_state():
    item = {"id": "s", "text": "Die Streitkräfte der Vereinigten Staaten griffen am Montag einen Konvoi an.",
            "entities": {"Vereinigten Staaten": "USA"},
            "events": [{"type": "ASSAULT", "trigger": "griffen", "actors": ["USA"], "targets": []}]}
    assert score([item], end_to_end=True)["arguments"].prf()[2] == 1.0  # "Streitkräfte" (USA) is USA


def test_several_sets_are_scored_pooled(tmp_path):
    from common import run_cli

    one = {"id": "a", "text": "Russland kritisierte am Montag die Ukraine scharf.",
           "entities": {"Russland": "RUS", "Ukraine": "UKR"},
           "events": [{"type": "DISAPPROVE", "trigger": "kritisierte", "actors": ["RUS"], "targets": ["UKR"]}]}
    two = {**one, "id": "b", "text": "Die Ukraine kritisierte am Dienstag Russland.",
           "events": [{"type": "DISAPPROVE", "trigger": "kritisierte", "actors": ["UKR"], "targets": ["RUS"]}]}
    paths = []
    for item in (one, two):
        paths.append(tmp_path / f"{item['id']}.jsonl")
        paths[-1].write_text(json.dumps(item), encoding="utf-8")
    data = json.loads(run_cli("evaluate", "events", *map(str, paths), "--json").stdout)
    assert data["sentences"] == 2 and data["overall"]["trigger"]["gold"] == 2
