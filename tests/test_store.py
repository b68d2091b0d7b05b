"""The store's write path: idempotent ingest, kill -9 and resume, batch output equal to ingest."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from common import FIXTURES

INGEST = "import typer; from lagebild.store.cli import ingest_command; typer.run(ingest_command)"
SUBJECTS = ["Die Bundesregierung", "Der Stadtrat von Köln", "Die Gewerkschaft Verdi", "Das Umweltministerium",
            "Die Europäische Kommission", "Der Landtag in Dresden", "Die Deutsche Bahn", "Der Bauernverband"]
ACTIONS = ["hat am {day} neue Pläne für {topic} vorgestellt", "kritisierte am {day} die Pläne für {topic}",
           "will bis zum Jahresende über {topic} entscheiden", "fordert mehr Geld für {topic}"]
TOPICS = ["den Ausbau der Windkraft", "die Reform der Rente", "den Nahverkehr in den Städten",
          "die Digitalisierung der Schulen", "den Hochwasserschutz an der Elbe", "die Pflege älterer Menschen"]
DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]


def generated_articles(count: int, seed: int = 7) -> list[dict[str, str]]:
    """Small German news items, each distinct; one exact repeat and one near-duplicate among them."""
    rng = random.Random(seed)
    articles = []
    for i in range(count):
        sentences = [
            f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS).format(day=rng.choice(DAYS), topic=rng.choice(TOPICS))}.",
            f"Die Kosten belaufen sich nach Angaben der Verwaltung auf {rng.randint(2, 900)} Millionen Euro.",
            f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS).format(day=rng.choice(DAYS), topic=rng.choice(TOPICS))}.",
            f"Eine Entscheidung wird für den {rng.randint(1, 28)}. Juni erwartet, hieß es am Abend.",
        ]
        articles.append({"text": " ".join(sentences), "published": f"2024-05-{1 + i % 28:02d}",
                         "url": f"https://news.example/{i}"})
    articles.append(dict(articles[3]))  # the same input twice
    near = dict(articles[5], url="https://other.example/5")
    near["text"] = near["text"].replace("hieß es am Abend", "hieß es am späten Abend")
    articles.append(near)
    return articles


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("inputs") / "news.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in generated_articles(70)), encoding="utf-8")
    return path


def run_ingest(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", INGEST, *args], capture_output=True, text=True, timeout=timeout)


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: two stores are equal when their snapshots are."""
    from lagebild.store import Store

    tables = ("inputs", "articles", "sentences", "entities", "mentions", "timexes", "events", "quotes",
              "corpus_entities", "stories")
    with Store(path, read_only=True) as store:
        return {t: sorted(map(repr, store.con.execute(f"SELECT * FROM {t}").fetchall())) for t in tables}


@pytest.fixture(scope="module")
def clean_store(corpus_file, tmp_path_factory) -> tuple[Path, float, float]:
    """The store of one uninterrupted run, the run's seconds, and the seconds of a rerun with nothing to do."""
    path = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    started = time.monotonic()
    result = run_ingest(str(corpus_file), "--store", str(path), "--batch-size", "4")
    assert result.returncode == 0, result.stderr
    seconds = time.monotonic() - started
    copy = path.with_name("rerun.duckdb")
    copy.write_bytes(path.read_bytes())
    started = time.monotonic()
    assert run_ingest(str(corpus_file), "--store", str(copy)).returncode == 0
    return path, seconds, time.monotonic() - started


def test_ingest_stores_articles_and_marks_the_near_duplicate(clean_store):
    from lagebild.corpus.queries import stats
    from lagebild.store import Store

    with Store(clean_store[0], read_only=True) as store:
        counts = stats(store)
        assert counts["articles"] == 71  # 70 + the near-duplicate; the repeated input is one article
        assert counts["duplicates"] == 1
        assert store.scalar("SELECT count(*) FROM inputs") == 71
        assert store.scalar("SELECT min(len(text)) FROM articles") > 100


def test_rerun_changes_nothing(clean_store, corpus_file, tmp_path):
    copy = tmp_path / "again.duckdb"
    copy.write_bytes(clean_store[0].read_bytes())
    result = run_ingest(str(corpus_file), "--store", str(copy))
    assert result.returncode == 0, result.stderr
    assert "0 new articles" in result.stderr and "72 already there" in result.stderr
    assert snapshot(copy) == snapshot(clean_store[0])


def test_killed_ingest_resumes_without_loss_or_duplicates(clean_store, corpus_file, tmp_path):
    """kill -9 at random moments (twice in a row, on fresh stores), rerun; the result equals one clean run.

    The moments fall between the end of start-up (a rerun with nothing to do takes about
    that long) and the end of a clean run, so they hit analysis, commits and the corpus build.
    """
    clean, seconds, startup = clean_store
    expected = snapshot(clean)
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    for trial in range(3):
        store = tmp_path / f"killed-{trial}.duckdb"
        args = [sys.executable, "-c", INGEST, str(corpus_file), "--store", str(store), "--batch-size", "4"]
        for _ in range(2):
            process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                process.wait(timeout=rng.uniform(0.7 * startup, seconds))
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
                process.wait()
        result = run_ingest(*args[3:])
        assert result.returncode == 0, f"seed {seed}: {result.stderr}"
        assert snapshot(store) == expected, f"seed {seed}, trial {trial}"


def test_bad_inputs_are_reported_and_the_good_ones_stored(tmp_path):
    store = tmp_path / "s.duckdb"
    result = run_ingest(str(FIXTURES / "articles.jsonl"), str(FIXTURES / "page.html"), "--store", str(store))
    assert result.returncode == 1
    assert "line 2" in result.stderr and "line 3" in result.stderr
    assert "3 new articles" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_are_one_line(tmp_path):
    from lagebild.errors import StoreError
    from lagebild.store import Store

    with pytest.raises(StoreError, match="no store"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    result = run_ingest("--store", str(tmp_path / "s.duckdb"))
    assert result.returncode != 0 and "either SOURCES" in result.stderr + result.stdout


def _inputs(corpus_file: Path) -> list[str]:
    return [str(corpus_file), str(FIXTURES / "page.html"), str(FIXTURES / "feed.rss")]


@pytest.fixture(scope="module")
def ingested(corpus_file, tmp_path_factory) -> Path:
    from lagebild.config import Settings
    from lagebild.corpus.build import build_corpus
    from lagebild.pipeline import Pipeline
    from lagebild.store import Store
    from lagebild.store.ingest import ingest, numbered_records

    path = tmp_path_factory.mktemp("ingested") / "ingested.duckdb"
    with Store(path) as store:
        records = numbered_records(_inputs(corpus_file), None, 10_000_000)
        ingest(store, records, Pipeline(Settings(published=date(2024, 5, 30))), batch_size=16)
        build_corpus(store)
    return path


def _load_batch(out: Path, path: Path) -> None:
    from lagebild.corpus.build import build_corpus
    from lagebild.store import Store

    with Store(path) as store:
        files = sorted(str(p) for p in out.rglob("*.parquet"))
        store.load_parquet(files)
        store.load_parquet(files)  # loading twice changes nothing
        build_corpus(store)


@pytest.mark.parametrize("engine", ["local", pytest.param("ray", marks=pytest.mark.slow)])
def test_batch_output_loads_into_the_same_store(engine, ingested, corpus_file, tmp_path):
    if engine == "ray":
        pytest.importorskip("ray")
    from lagebild.config import Settings
    from lagebild.corpus.batch import run_batch

    out = tmp_path / "batch"
    result = run_batch(_inputs(corpus_file), out, Settings(published=date(2024, 5, 30)), engine, batch_size=16,
                       workers=2)
    assert result.errors == [] and result.articles > 72
    _load_batch(out, tmp_path / "from-batch.duckdb")
    assert snapshot(tmp_path / "from-batch.duckdb") == snapshot(ingested)
