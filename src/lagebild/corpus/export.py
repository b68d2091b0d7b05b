"""Exports of a store: Parquet tables, JSON lines, GraphML/GEXF networks, FollowTheMoney entities."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lagebild.corpus.queries import network
from lagebild.store.db import Store

TABLES = ("articles", "sentences", "entities", "mentions", "timexes", "events", "quotes", "corpus_entities", "stories")
FTM_SCHEMA = {"PER": "Person", "ORG": "Organization", "LOC": "Address"}  # MISC has no FtM counterpart


def export_parquet(store: Store, out: Path) -> list[Path]:
    """One Parquet file per table (a dataset pyarrow, pandas, DuckDB or Spark read directly)."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = out / f"{table}.parquet"
        escaped = str(path).replace("'", "''")
        store.con.execute(f"COPY (SELECT * FROM {table}) TO '{escaped}' (FORMAT parquet, COMPRESSION zstd)")
        written.append(path)
    return written


def export_jsonl(store: Store, out: Path) -> int:
    """Every article in the `analyze` JSON form (docs/schema.md) plus a `corpus` object."""
    from lagebild.output import document_json
    from lagebild.store.load import iter_documents

    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for doc, corpus in iter_documents(store):
            data = document_json(doc)
            data["corpus"] = corpus
            handle.write(json.dumps(data, ensure_ascii=False) + "\n")
            count += 1
    return count


def network_graph(store: Store, period: str | None = None, types: list[str] | None = None) -> Any:
    """The actor network as a networkx MultiDiGraph: one edge per (event type, period) with its weight."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    nodes = {r[0]: r[1:] for r in store.con.execute("SELECT corpus_id, name, type, country FROM corpus_entities").fetchall()}
    for dyad in network(store, period=period, types=types):
        for node, fallback in ((dyad["source"], dyad["source_name"]), (dyad["target"], dyad["target_name"])):
            name, type_, country = nodes.get(node, (fallback, None, None))
            graph.add_node(node, label=name or node, type=type_ or "", country=country or "")
        graph.add_edge(dyad["source"], dyad["target"], key=f"{dyad['type']}|{dyad['period'] or ''}",
                       type=dyad["type"], period=dyad["period"] or "", weight=dyad["weight"])
    return graph


def export_graph(store: Store, out: Path, period: str | None = None, types: list[str] | None = None) -> int:
    """GraphML (`.graphml`) or GEXF (`.gexf`, for Gephi) by the file name; returns the number of edges."""
    import networkx as nx

    graph = network_graph(store, period, types)
    if out.suffix.lower() == ".gexf":
        nx.write_gexf(graph, out)
    else:
        nx.write_graphml(graph, out)
    return graph.number_of_edges()


def ftm_entities(store: Store) -> Iterator[dict[str, Any]]:
    """FollowTheMoney entities: Article per article, Person/Organization/Address per corpus entity
    (aliases, country), and a Mention linking each article to each entity it names."""
    from followthemoney import model

    for row in _dicts(store, "SELECT id, title, url, published, language, text FROM articles "
                             "WHERE near_duplicate_of IS NULL ORDER BY id"):
        proxy = model.make_entity("Article")
        proxy.id = f"lagebild-article-{row['id']}"
        proxy.add("title", row["title"] or row["text"][:80])
        proxy.add("sourceUrl", row["url"])
        proxy.add("publishedAt", row["published"].isoformat() if row["published"] else None)
        proxy.add("language", row["language"])
        proxy.add("bodyText", row["text"])
        yield proxy.to_dict()
    for row in _dicts(store, "SELECT * FROM corpus_entities ORDER BY corpus_id"):
        if row["type"] not in FTM_SCHEMA:
            continue
        proxy = model.make_entity(FTM_SCHEMA[row["type"]])
        proxy.id = f"lagebild-entity-{row['corpus_id']}"
        proxy.add("full" if row["type"] == "LOC" else "name", row["name"])
        if row["type"] != "LOC":
            proxy.add("alias", [a for a in row["aliases"] if a != row["name"]])
        proxy.add("country", row["country"])
        yield proxy.to_dict()
    yield from _ftm_mentions(store, model)


def _ftm_mentions(store: Store, model: Any) -> Iterator[dict[str, Any]]:
    sql = """
    SELECT e.article_id, e.corpus_id, ce.type, list_sort(list_distinct(list(e.name))) AS names, min(ce.country) AS country
    FROM entities e JOIN articles a ON a.id = e.article_id JOIN corpus_entities ce USING (corpus_id)
    WHERE a.near_duplicate_of IS NULL GROUP BY ALL ORDER BY e.article_id, e.corpus_id
    """
    for row in _dicts(store, sql):
        if row["type"] not in FTM_SCHEMA:
            continue
        proxy = model.make_entity("Mention")
        proxy.id = f"lagebild-mention-{row['article_id']}-{row['corpus_id']}"
        proxy.add("document", f"lagebild-article-{row['article_id']}")
        proxy.add("resolved", f"lagebild-entity-{row['corpus_id']}")
        proxy.add("name", row["names"])
        proxy.add("detectedSchema", FTM_SCHEMA[row["type"]])
        proxy.add("contextCountry", row["country"])
        yield proxy.to_dict()


def export_ftm(store: Store, out: Path) -> int:
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for entity in ftm_entities(store):
            handle.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    return count


def _dicts(store: Store, sql: str) -> list[dict[str, Any]]:
    cursor = store.con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
