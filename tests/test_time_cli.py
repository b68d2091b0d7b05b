"""The time commands, the pipeline stage and the TimeML scorer."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import typer
from typer.testing import CliRunner

from lagebild.config import Settings
from lagebild.model import Article, Document, Sentence
from lagebild.time.cli import evaluate_time_command, time_command
from lagebild.time.evaluate import evaluate_output, evaluate_tagger
from lagebild.time.stage import time_stage
from lagebild.time.timeml import read

app = typer.Typer()
app.command("time")(time_command)
app.command("evaluate")(evaluate_time_command)
runner = CliRunner()

GOLD = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-11-30" functionInDocument="CREATION_TIME">2024-11-30</TIMEX3></DCT>
<TEXT>
Der Stadtrat hat am <TIMEX3 tid="t1" type="DATE" value="2024-11-28">Donnerstag</TIMEX3> getagt &amp; beschlossen,
die Brücke <TIMEX3 tid="t2" type="DATE" value="2025">nächstes Jahr</TIMEX3> zu bauen. Die Arbeiten dauern
<TIMEX3 tid="t3" type="DURATION" value="P2M">zwei Monate</TIMEX3>.
</TEXT>
</TimeML>
"""
# another system: one right, one with a wrong value, one missing
OTHER = GOLD.replace('value="2025">nächstes Jahr', 'value="2024">nächstes Jahr').replace(
    '<TIMEX3 tid="t3" type="DURATION" value="P2M">zwei Monate</TIMEX3>', "zwei Monate"
)


def test_time_command_whole_text() -> None:
    result = runner.invoke(app, ["time", "--published", "2024-11-30"], input="Im Juni kam er.\nEnde Oktober auch.")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [
        {"start": 3, "end": 7, "text": "Juni", "type": "DATE", "value": "2024-06"},
        {"start": 16, "end": 28, "text": "Ende Oktober", "type": "DATE", "value": "2024-10", "mod": "END"},
    ]


def test_time_command_lines_and_file(tmp_path: Path) -> None:
    path = tmp_path / "text.txt"
    path.write_text("It was signed in June.\n\nTalks resume next Thursday.\n", encoding="utf-8")
    result = runner.invoke(app, ["time", str(path), "--lines", "--lang", "en", "--published", "2024-11-30"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows[1] == []
    assert rows[0] == [{"start": 17, "end": 21, "text": "June", "type": "DATE", "value": "2024-06"}]
    assert rows[2][0]["start"] == 13 and rows[2][0]["value"] == "2024-12-05"


def test_time_command_without_date_and_bad_date() -> None:
    result = runner.invoke(app, ["time"], input="Am Samstag.")
    assert json.loads(result.output)[0]["value"] == "XXXX-WXX-6"
    bad = runner.invoke(app, ["time", "--published", "30.11.2024"], input="heute")
    assert bad.exit_code != 0
    assert "YYYY-MM-DD" in str(bad.exception)


def test_stage_fills_timexes_with_sentences() -> None:
    text = "Er kam gestern. Im Juni war er in Rom."
    doc = Document(article=Article(text=text, published=date(2024, 11, 30)), text=text, language="de")
    doc.sentences = [Sentence(0, 15), Sentence(16, len(text))]
    time_stage(doc, Settings())
    assert [(t.text, t.value, t.sentence) for t in doc.timexes] == [("gestern", "2024-11-29", 0), ("Juni", "2024-06", 1)]


def test_timeml_reader_and_scores(tmp_path: Path) -> None:
    gold_dir, other_dir = tmp_path / "set", tmp_path / "set_Heideltime"
    gold_dir.mkdir()
    other_dir.mkdir()
    (gold_dir / "a.tml").write_text(GOLD, encoding="utf-8")
    (other_dir / "a.tml").write_text(OTHER, encoding="utf-8")
    doc = read(gold_dir / "a.tml")
    assert doc.dct == date(2024, 11, 30)
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("Donnerstag", "2024-11-28"), ("nächstes Jahr", "2025"), ("zwei Monate", "P2M"),
    ]
    assert "getagt & beschlossen" in doc.text
    ours = evaluate_tagger(gold_dir)
    assert ours.strict["f1"] == 1.0 and ours.value["f1"] == 1.0
    other = evaluate_output(gold_dir, other_dir)
    assert other.relaxed["recall"] == round(2 / 3, 4) and other.value["precision"] == 0.5
    result = runner.invoke(app, ["evaluate", str(gold_dir), "--json"])
    assert result.exit_code == 0, result.output
    systems = json.loads(result.output)["systems"]
    assert [s["system"] for s in systems] == ["lagebild", "Heideltime"]
