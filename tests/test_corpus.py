"""The corpus layer on hand-annotated articles: store round trip, duplicates, entities, stories, queries, exports.

The texts are real-looking German news written for these tests; the pipeline segments
them, and entities, events and quotes are filled in by hand as the later stages will.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from lagebild.model import SCHEMA_VERSION, Article, Document, Entity, Event, Mention, Quote, Span
from lagebild.output import document_json

BERLIN = (
    "Scholz empfängt Macron in Berlin\n"
    "Bundeskanzler Olaf Scholz hat am Montag den französischen Präsidenten Emmanuel Macron im Kanzleramt in Berlin "
    "empfangen. Die beiden Politiker berieten über die Unterstützung der Ukraine und die gemeinsame "
    "Verteidigungspolitik der Europäischen Union. „Wir stehen fest an der Seite der Ukraine“, sagte Macron nach dem "
    "Treffen. Scholz kündigte weitere Gespräche über Munitionslieferungen an."
)
ARTICLES = {
    "berlin": (BERLIN, date(2024, 3, 4), "https://a.example/politik/1"),
    "kanzleramt": (
        "Macron zu Gesprächen im Kanzleramt\n"
        "Der französische Präsident Emmanuel Macron ist am Montag in Berlin mit Bundeskanzler Olaf Scholz "
        "zusammengetroffen. Im Mittelpunkt der Gespräche standen die Unterstützung der Ukraine, "
        "Munitionslieferungen und die europäische Verteidigungspolitik. Macron sagte, Europa müsse mehr für seine "
        "Sicherheit tun.",
        date(2024, 3, 4), "https://b.example/ausland/macron",
    ),
    "diplomaten": (
        "Nach dem Treffen zwischen Olaf Scholz und Emmanuel Macron in Berlin lobten Diplomaten die Einigkeit bei der "
        "Unterstützung der Ukraine. Scholz und Macron hatten am Montag im Kanzleramt über Munitionslieferungen und "
        "die Verteidigungspolitik beraten.",
        date(2024, 3, 5), None,
    ),
    "berlin-copy": (BERLIN.replace("kündigte", "kündigte zudem"), date(2024, 3, 4), "https://c.example/news/4711"),
    "hochwasser": (
        "Hochwasser in Bayern\n"
        "Nach tagelangem Starkregen sind in Bayern mehrere Flüsse über die Ufer getreten. Ministerpräsident Markus "
        "Söder besuchte am Sonntag die betroffenen Gemeinden an der Donau. Die Feuerwehr evakuierte Hunderte "
        "Anwohner. „Die Lage bleibt angespannt“, sagte Söder.",
        date(2024, 6, 2), None,
    ),
    "streik": (
        "Die Gewerkschaft GDL hat die Lokführer der Deutschen Bahn erneut zum Streik aufgerufen. Der Ausstand im "
        "Personenverkehr soll am Donnerstag beginnen. Die Deutsche Bahn kritisierte den Streik als unverhältnismäßig.",
        date(2024, 3, 7), None,
    ),
}
# canonical name: (type, country, surface forms)
NAMES = {
    "Olaf Scholz": ("PER", "DEU", ["Olaf Scholz", "Scholz"]),
    "Emmanuel Macron": ("PER", "FRA", ["Emmanuel Macron", "Macron"]),
    "Markus Söder": ("PER", "DEU", ["Markus Söder", "Söder"]),
    "Berlin": ("LOC", "DEU", ["Berlin"]),
    "Ukraine": ("LOC", "UKR", ["Ukraine"]),
    "Bayern": ("LOC", "DEU", ["Bayern"]),
    "GDL": ("ORG", "DEU", ["GDL"]),
    "Deutsche Bahn": ("ORG", "DEU", ["Deutsche Bahn", "Deutschen Bahn"]),
}
# (type, trigger, actors, targets, place)
EVENTS = {
    "berlin": [("CONSULT", "empfangen", ["Olaf Scholz"], ["Emmanuel Macron"], "Berlin")],
    "berlin-copy": [("CONSULT", "empfangen", ["Olaf Scholz"], ["Emmanuel Macron"], "Berlin")],
    "kanzleramt": [("CONSULT", "zusammengetroffen", ["Emmanuel Macron"], ["Olaf Scholz"], "Berlin")],
    "diplomaten": [("CONSULT", "beraten", ["Olaf Scholz"], ["Emmanuel Macron"], None)],
    "hochwasser": [("CONSULT", "besuchte", ["Markus Söder"], [], "Bayern")],
    "streik": [("PROTEST", "Streik", ["GDL"], ["Deutsche Bahn"], None)],
}
# (speaker, kind, quoted text)
QUOTES = {
    "berlin": [("Emmanuel Macron", "direct", "Wir stehen fest an der Seite der Ukraine")],
    "berlin-copy": [("Emmanuel Macron", "direct", "Wir stehen fest an der Seite der Ukraine")],
    "kanzleramt": [("Emmanuel Macron", "indirect", "Europa müsse mehr für seine Sicherheit tun")],
    "hochwasser": [("Markus Söder", "direct", "Die Lage bleibt angespannt")],
}


def annotate(doc: Document, key: str) -> Document:
    """Fill entities, mentions, events and quotes as the NER, names, event and quote stages would."""
    taken: list[tuple[int, int]] = []
    entities: dict[str, Entity] = {}
    forms = sorted(((f, n) for n, (_, _, fs) in NAMES.items() for f in fs), key=lambda p: -len(p[0]))
    for form, name in forms:
        type_, country, _ = NAMES[name]
        for match in re.finditer(rf"\b{re.escape(form)}\b", doc.text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append(match.span())
            entity = entities.setdefault(name, Entity(f"{key}-e{len(entities)}", name, type_, country))
            mention = Mention(match.start(), match.end(), form, type_, doc.sentence_at(match.start()), entity.id)
            entity.mentions.append(mention)
            doc.mentions.append(mention)
            if form not in entity.variants:
                entity.variants.append(form)
    doc.mentions.sort(key=lambda m: m.start)
    for entity in entities.values():
        entity.mentions.sort(key=lambda m: m.start)
    doc.entities = list(entities.values())
    ids = {name: e.id for name, e in entities.items()}
    for type_, trigger, actors, targets, place in EVENTS.get(key, []):
        start = doc.text.index(trigger)
        doc.events.append(Event(type_, start, start + len(trigger), doc.sentence_at(start),
                                [ids[a] for a in actors], [ids[t] for t in targets],
                                place=ids.get(place) if place else None, trigger=trigger))
    for speaker, kind, text in QUOTES.get(key, []):
        start = doc.text.index(text)
        sentence = doc.sentences[doc.sentence_at(start)]
        cue = doc.text.index("sagte", sentence.start)
        doc.quotes.append(Quote(start, start + len(text), text, kind, [ids[speaker]], Span(cue, cue + 5),
                                sentence=doc.sentence_at(start)))
    return doc


@pytest.fixture(scope="module")
def docs(pipeline):
    return {
        key: annotate(pipeline(Article(text=text, published=published, url=url, source=f"{key}.txt")), key)
        for key, (text, published, url) in ARTICLES.items()
    }


def write_docs(store, docs: dict[str, Document]) -> int:
    from lagebild.store.rows import document_row, raw_key, rows_table

    rows = [document_row(doc, seq, raw_key(doc.article)) for seq, doc in enumerate(docs.values())]
    return store.write_rows(rows_table(rows))


@pytest.fixture(scope="module")
def store(docs, tmp_path_factory):
    from lagebild.corpus.build import build_corpus
    from lagebild.corpus.entities import key_resolver
    from lagebild.store import Store

    db = Store(tmp_path_factory.mktemp("corpus") / "corpus.duckdb")
    assert write_docs(db, docs) == len(docs)
    build_corpus(db, key_resolver)
    yield db
    db.close()


def article_id(store, key: str) -> str:
    return store.scalar("SELECT id FROM articles WHERE source = ?", [f"{key}.txt"])


def table_counts(store) -> dict[str, int]:
    tables = ("articles", "inputs", "sentences", "entities", "mentions", "timexes", "events", "quotes")
    return {t: store.scalar(f"SELECT count(*) FROM {t}") for t in tables}


def test_store_round_trip_keeps_every_annotation(store, docs):
    from lagebild.store.load import iter_documents

    loaded = {doc.article.source: doc for doc, _ in iter_documents(store)}
    for key, doc in docs.items():
        assert document_json(loaded[f"{key}.txt"]) == document_json(doc)


def test_storing_the_same_articles_again_changes_nothing(store, docs):
    before = table_counts(store)
    assert write_docs(store, docs) == 0
    assert table_counts(store) == before


def test_near_duplicate_is_marked_and_not_counted(store):
    from lagebild.corpus.queries import stats

    original = article_id(store, "berlin")
    marked = store.con.execute("SELECT id, near_duplicate_of FROM articles WHERE near_duplicate_of IS NOT NULL")
    assert marked.fetchall() == [(article_id(store, "berlin-copy"), original)]
    counts = stats(store)
    assert {k: counts[k] for k in ("articles", "duplicates", "events", "quotes")} == {
        "articles": 6, "duplicates": 1, "events": 5, "quotes": 3
    }
    assert counts["entities"] == len(NAMES)


def test_entities_resolve_across_articles(store):
    rows = store.con.execute(
        "SELECT count(DISTINCT corpus_id), count(DISTINCT article_id) FROM entities WHERE name = 'Emmanuel Macron'"
    ).fetchall()[0]
    assert rows == (1, 4)
    macron = store.con.execute("SELECT * FROM corpus_entities WHERE name = 'Emmanuel Macron'").fetchall()[0]
    assert macron[2:] == ("PER", "FRA", ["Emmanuel Macron", "Macron"], 3, 8)  # 3 + 3 + 2 mentions


def test_stories_group_articles_about_one_happening(store):
    stories = dict(store.con.execute("SELECT source, story_id FROM articles").fetchall())
    meeting = stories["berlin.txt"]
    assert meeting is not None
    assert stories["kanzleramt.txt"] == stories["diplomaten.txt"] == stories["berlin-copy.txt"] == meeting
    assert stories["hochwasser.txt"] != meeting and stories["streik.txt"] != meeting
    assert store.scalar("SELECT articles FROM stories WHERE story_id = ?", [meeting]) == 3


def test_timeline_of_an_entity(store):
    from lagebild.corpus.queries import timeline

    rows = timeline(store, "Emmanuel Macron")
    by_article = {(r["article_id"], r["kind"], r["role"]) for r in rows}
    assert by_article == {
        (article_id(store, "berlin"), "event", "target"),
        (article_id(store, "berlin"), "quote", "speaker"),
        (article_id(store, "kanzleramt"), "event", "actor"),
        (article_id(store, "kanzleramt"), "quote", "speaker"),
        (article_id(store, "diplomaten"), "event", "target"),
    }
    assert len(rows) == 5 and [r["date"] for r in rows] == ["2024-03-04"] * 4 + ["2024-03-05"]
    assert {r["text"] for r in rows if r["kind"] == "quote"} == {
        "Wir stehen fest an der Seite der Ukraine", "Europa müsse mehr für seine Sicherheit tun"
    }
    assert timeline(store, "macron") == rows  # a name matches case-insensitively


def test_network_weights_dyads_without_duplicates(store):
    from lagebild.corpus.queries import network

    dyads = {(d["source_name"], d["target_name"], d["type"], d["period"]): d["weight"]
             for d in network(store, period="month")}
    assert dyads == {
        ("Olaf Scholz", "Emmanuel Macron", "CONSULT", "2024-03-01"): 2,
        ("Emmanuel Macron", "Olaf Scholz", "CONSULT", "2024-03-01"): 1,
        ("GDL", "Deutsche Bahn", "PROTEST", "2024-03-01"): 1,
    }


def test_quotes_events_and_search(store):
    from lagebild.corpus.queries import events, quotes, search

    assert [q["text"] for q in quotes(store, "Markus Söder")] == ["Die Lage bleibt angespannt"]
    assert len(quotes(store)) == 3
    french = events(store, country="FRA")
    assert [e["trigger"] for e in french] == ["empfangen", "zusammengetroffen", "beraten"]
    assert events(store, type_="protest")[0]["actors"] == ["GDL"]
    assert events(store, since=date(2024, 6, 1))[0]["trigger"] == "besuchte"
    found = search(store, "donau")
    assert [r["id"] for r in found] == [article_id(store, "hochwasser")]
    assert "an der Donau" in found[0]["snippet"]
    assert search(store, "100%") == []


def test_unknown_entity_is_a_user_error(store):
    from lagebild.corpus.queries import timeline
    from lagebild.errors import UsageError

    with pytest.raises(UsageError, match="no entity"):
        timeline(store, "Niemand Bekanntes")


def test_exports(store, tmp_path):
    import networkx as nx
    import pyarrow.parquet as pq
    from followthemoney import model

    from lagebild.corpus import export

    files = export.export_parquet(store, tmp_path / "parquet")
    assert pq.read_table(tmp_path / "parquet" / "articles.parquet").num_rows == 6
    assert len(files) == len(export.TABLES)

    assert export.export_jsonl(store, tmp_path / "corpus.jsonl") == 6
    first = json.loads((tmp_path / "corpus.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["schema_version"] == SCHEMA_VERSION and "near_duplicate_of" in first["corpus"]

    for suffix, read in ((".graphml", nx.read_graphml), (".gexf", nx.read_gexf)):
        assert export.export_graph(store, tmp_path / f"net{suffix}") == 3
        graph = read(tmp_path / f"net{suffix}")
        assert graph.number_of_nodes() == 4

    assert export.export_ftm(store, tmp_path / "ftm.jsonl") > 0
    proxies = [model.get_proxy(json.loads(line)) for line in (tmp_path / "ftm.jsonl").open(encoding="utf-8")]
    macron = [p for p in proxies if p.schema.name == "Person" and "Emmanuel Macron" in p.get("name")]
    assert len(macron) == 1 and macron[0].get("country") == ["fr"] and "Macron" in macron[0].get("alias")
    mentions = [p for p in proxies if p.schema.name == "Mention" and p.first("resolved") == macron[0].id]
    assert len(mentions) == 3  # the near-duplicate is left out
    assert sum(p.schema.name == "Article" for p in proxies) == 5


def test_names_resolver_joins_surname_only_entities(store, docs, tmp_path):
    pytest.importorskip("lagebild.names.cluster")
    from lagebild.corpus.entities import corpus_ids, names_resolver

    pairs = [("PER", "Emmanuel Macron"), ("PER", "Macron"), ("PER", "Olaf Scholz"), ("PER", "Scholz"), ("LOC", "Berlin")]
    ids = corpus_ids(pairs, names_resolver)
    assert ids[0] == ids[1] and ids[2] == ids[3] and len(set(ids)) == 3


def test_commands_print_json(docs, tmp_path):
    import typer
    from typer.testing import CliRunner

    from lagebild.corpus import cli
    from lagebild.corpus.build import build_corpus
    from lagebild.corpus.entities import key_resolver
    from lagebild.store import Store

    app = typer.Typer()
    for name in ("stats", "timeline", "network", "quotes", "events", "search", "export", "build"):
        app.command(name)(getattr(cli, f"{name}_command"))
    path = str(tmp_path / "cli.duckdb")
    with Store(path) as store:
        write_docs(store, docs)
        build_corpus(store, key_resolver)
    runner = CliRunner()
    result = runner.invoke(app, ["stats", "--store", path, "--json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)
    assert {k: counts[k] for k in ("articles", "duplicates", "events", "quotes")} == {
        "articles": 6, "duplicates": 1, "events": 5, "quotes": 3
    }
    result = runner.invoke(app, ["network", "--store", path, "--json", "--type", "consult"])
    assert len(json.loads(result.stdout)) == 2
    result = runner.invoke(app, ["quotes", "Söder", "--store", path, "--json"])
    assert [q["text"] for q in json.loads(result.stdout)] == ["Die Lage bleibt angespannt"]
    result = runner.invoke(app, ["events", "--store", path, "--country", "fra"])
    assert result.exit_code == 0 and "zusammengetroffen" in result.stdout
    result = runner.invoke(app, ["export", "--store", path, "--format", "gexf", "--out", str(tmp_path / "n")])
    assert result.exit_code == 0 and (tmp_path / "n.gexf").exists()
    result = runner.invoke(app, ["build", "--store", path, "--resolver", "key"])
    assert json.loads(result.stdout) == {"duplicates": 1, "entities": len(NAMES), "stories": 1}


def test_round_trip_of_real_pipeline_output(seed_doc, pipeline, tmp_path):
    from lagebild.store import Store
    from lagebild.store.load import iter_documents

    other = pipeline(Article(text=ARTICLES["hochwasser"][0], published=date(2024, 6, 2), source="hochwasser.txt"))
    with Store(tmp_path / "real.duckdb") as store:
        assert write_docs(store, {"seed": seed_doc, "other": other}) == 2
        loaded = sorted((document_json(doc) for doc, _ in iter_documents(store)), key=lambda d: d["article"]["id"])
    assert loaded == sorted(map(document_json, (seed_doc, other)), key=lambda d: d["article"]["id"])
