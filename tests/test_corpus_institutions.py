"""Institutions named by their kind are not merged across countries or articles without a country."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article

TEXTS = {
    "wien": "Die Polizei in Wien nahm am Montag zwei Männer fest. Die Staatsanwaltschaft ermittelt wegen Raubes.",
    "graz": "Die Polizei in Graz hat einen Einbrecher gefasst. Die Staatsanwaltschaft prüft eine Anklage.",
    "muenchen": "Die Polizei in München sucht nach einem Zeugen des Überfalls.",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from lagebild.corpus.build import build_corpus
    from lagebild.corpus.entities import key_resolver
    from lagebild.pipeline import Pipeline
    from lagebild.store import Store
    from lagebild.store.rows import document_row, raw_key, rows_table

    pipeline = Pipeline()
    docs = [pipeline(Article(text=t, published=date(2024, 5, 2), source=f"{k}.txt")) for k, t in TEXTS.items()]
    db = Store(tmp_path_factory.mktemp("inst") / "corpus.duckdb")
    db.write_rows(rows_table([document_row(d, i, raw_key(d.article)) for i, d in enumerate(docs)]))
    build_corpus(db, key_resolver)
    yield db
    db.close()


def corpus_ids(store, name: str) -> dict[str, tuple[str, str | None]]:
    rows = store.con.execute(
        "SELECT a.source, e.corpus_id, e.country FROM entities e JOIN articles a ON a.id = e.article_id "
        "WHERE e.name = ?", [name]).fetchall()
    return {source.removesuffix(".txt"): (corpus_id, country) for source, corpus_id, country in rows}


def test_police_of_one_country_is_one_entity_and_of_another_country_a_second(store):
    police = corpus_ids(store, "Polizei")
    assert police["wien"][1] == police["graz"][1] == "AUT" and police["muenchen"][1] == "DEU"
    assert police["wien"][0] == police["graz"][0] != police["muenchen"][0]


def test_institutions_without_a_country_stay_apart(store):
    prosecutors = corpus_ids(store, "Staatsanwaltschaft")
    assert set(prosecutors) == {"wien", "graz"}
    if prosecutors["wien"][1] is None or prosecutors["graz"][1] is None:
        assert prosecutors["wien"][0] != prosecutors["graz"][0]


def test_named_places_still_resolve_across_articles(store):
    assert store.scalar("SELECT count(DISTINCT corpus_id) FROM corpus_entities WHERE name = 'Polizei'") == 2
