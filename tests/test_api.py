"""The REST API on a store built in a temporary directory (FastAPI's TestClient)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from lagebild.api.app import create_app
from lagebild.pipeline import Pipeline, text_stages
from test_api_support import build_store

KEY = "k" * 24


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("api") / "store.duckdb", with_xss=False)


@pytest.fixture(scope="module")
def client(store_path):
    app = create_app(store_path, read_only=True, pipeline=Pipeline(stages=text_stages()))
    with TestClient(app) as client:
        yield client


def entity_id(client, name: str) -> str:
    return client.get("/api/entities", params={"q": name}).json()["items"][0]["corpus_id"]


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"]
    return body["error"]


def test_stats(client):
    stats = client.get("/api/stats").json()
    assert stats["articles"] == 3 and stats["events"] == 5 and stats["quotes"] == 1


def test_articles_list_search_and_get(client):
    listed = client.get("/api/articles").json()
    assert listed["total"] == 3
    assert [a["published"] for a in listed["items"]] == ["2024-03-14", "2024-03-07", "2024-03-05"]
    found = client.get("/api/articles", params={"q": "desinformation"}).json()
    assert [a["title"] for a in found["items"]] == ["Paris wirft Moskau Desinformation vor"]
    assert "Desinformation" in found["items"][0]["snippet"]
    paged = client.get("/api/articles", params={"limit": 1, "offset": 1}).json()
    assert paged["total"] == 3 and paged["items"][0]["published"] == "2024-03-07"
    article = client.get(f"/api/articles/{paged['items'][0]['id']}").json()
    assert article["article"]["title"].startswith("Baerbock und Séjourné")
    text = article["text"]
    names = {e["name"] for e in article["entities"]}
    assert {"Annalena Baerbock", "Stéphane Séjourné", "Paris", "Ukraine"} <= names
    trigger = article["events"][0]
    assert text[trigger["start"]:trigger["end"]] == "traf" and trigger["type"] == "CONSULT"
    assert text[article["quotes"][0]["start"]:article["quotes"][0]["end"]].startswith("Wir stehen")
    assert article["timexes"][0]["value"] == "2024-03-05"
    assert article["corpus"]["entities"]["p1"].startswith("E")


def test_unknown_article_and_route_give_the_error_shape(client):
    assert_error(client.get("/api/articles/nope"), 404, "not_found")
    assert_error(client.get("/api/no-such-route"), 404, "not_found")
    assert_error(client.delete("/api/stats"), 405, "method_not_allowed")


def test_entity_search_by_any_variant(client):
    for query in ("Annalena Baerbock", "baerbock", "BAERBOCK", "Annalena"):
        items = client.get("/api/entities", params={"q": query}).json()["items"]
        assert items and items[0]["name"] == "Annalena Baerbock", query
    top = client.get("/api/entities", params={"type": "LOC"}).json()["items"]
    assert {e["name"] for e in top} == {"Paris", "Ukraine", "Russland"}


def test_entity_detail(client):
    sejourne = client.get(f"/api/entities/{entity_id(client, 'Séjourné')}").json()
    assert sejourne["articles"] == 2 and sejourne["country"] == "FRA"
    assert sejourne["roles"] == [{"role": "foreign minister", "first": "2024-03-07", "last": "2024-03-14", "articles": 2}]
    kinds = [(t["type"], t["role"], t["date"]) for t in sejourne["timeline"]]
    assert ("CONSULT", "target", "2024-03-05") in kinds and ("ACCUSE", "actor", "2024-03-14") in kinds
    neighbours = {n["name"] for n in sejourne["neighbours"]["nodes"][1:]}
    assert neighbours == {"Annalena Baerbock", "Russland", "Ukraine"}  # Ukraine: target of their joint AID
    assert {(e["type"], e["weight"]) for e in sejourne["neighbours"]["edges"]} >= {("ACCUSE", 1), ("REJECT", 1)}
    baerbock = client.get(f"/api/entities/{entity_id(client, 'Baerbock')}").json()
    assert [q["text"] for q in baerbock["quotes"]] == ["Wir stehen fest an der Seite der Ukraine"]
    assert client.get(f"/api/entities/{baerbock['corpus_id']}/timeline").json()[0]["type"] == "CONSULT"
    assert client.get(f"/api/entities/{baerbock['corpus_id']}/network").json()["nodes"][0]["name"] == "Annalena Baerbock"
    assert_error(client.get("/api/entities/Enothere"), 404, "not_found")
    assert_error(client.get("/api/entities/Enothere/timeline"), 404, "not_found")


@pytest.mark.parametrize(("params", "expected"), [
    ({}, ["PROTEST", "CONSULT", "AID", "ACCUSE", "REJECT"]),
    ({"type": "consult"}, ["CONSULT"]),
    ({"actor": "Séjourné"}, ["AID", "ACCUSE"]),
    ({"target": "Stéphane Séjourné"}, ["CONSULT", "REJECT"]),
    ({"country": "RUS"}, ["ACCUSE", "REJECT"]),
    ({"status": "denial"}, ["REJECT"]),
    ({"since": "2024-03-06", "until": "2024-03-13"}, ["AID", "PROTEST", "REJECT"]),
    ({"actor": "Niemand"}, []),
])
def test_event_filters(client, params, expected):
    found = client.get("/api/events", params=params).json()
    assert sorted(e["type"] for e in found["items"]) == sorted(expected)
    assert found["total"] == len(expected)
    dates = [e["date"] for e in found["items"]]
    assert dates == sorted(dates)  # an event's own date, else its article's


def test_event_participants_carry_names_and_ids(client):
    event = client.get("/api/events", params={"type": "CONSULT"}).json()["items"][0]
    assert [a["name"] for a in event["actors"]] == ["Annalena Baerbock"]
    assert event["place"]["name"] == "Paris" and event["actors"][0]["id"].startswith("E")


def test_bad_parameters_give_422(client):
    error = assert_error(client.get("/api/events", params={"status": "rumour"}), 422, "invalid")
    assert error["details"][0]["loc"] == ["query", "status"]
    assert_error(client.get("/api/articles", params={"limit": 0}), 422, "invalid")
    assert_error(client.get("/api/articles", params={"since": "yesterday"}), 422, "invalid")


def test_quotes_by_speaker_and_text(client):
    assert client.get("/api/quotes", params={"speaker": "Baerbock"}).json()["total"] == 1
    assert client.get("/api/quotes", params={"speaker": "Séjourné"}).json()["total"] == 0
    assert client.get("/api/quotes", params={"q": "seite der"}).json()["items"][0]["speakers"][0]["name"] == "Annalena Baerbock"
    assert client.get("/api/quotes", params={"q": "nirgends"}).json()["items"] == []


def test_stories_network_search(client):
    stories = client.get("/api/stories").json()
    assert stories["total"] == len(stories["items"])
    for story in stories["items"]:
        assert client.get(f"/api/stories/{story['story_id']}").json()["articles"]
    assert_error(client.get("/api/stories/Snope"), 404, "not_found")
    dyads = client.get("/api/network", params={"type": "PROTEST"}).json()
    assert [(d["source_name"], d["target_name"]) for d in dyads] == [("GDL", "Deutsche Bahn")]
    found = client.get("/api/search", params={"q": "Ukraine"}).json()
    assert found["articles"]["total"] == 1 and found["entities"]["items"][0]["name"] == "Ukraine"


def test_analyze_stores_nothing(client):
    before = client.get("/api/stats").json()
    text = "Die Bundesregierung hat am Montag in Berlin neue Sanktionen beschlossen. Sie gelten ab sofort."
    result = client.post("/api/analyze", json={"text": text, "published": "2024-05-06"})
    assert result.status_code == 200, result.text
    body = result.json()
    assert body["text"] == text and len(body["sentences"]) == 2 and body["article"]["published"] == "2024-05-06"
    assert client.get("/api/stats").json() == before


def test_post_article_stores_once(tmp_path):
    path = build_store(tmp_path / "s.duckdb", with_xss=False)
    app = create_app(path, pipeline=Pipeline(stages=text_stages()))
    body = {"text": "Der Stadtrat von Graz hat den Haushalt für 2025 beschlossen. Die Opposition stimmte dagegen.",
            "title": "Haushalt beschlossen", "published": "2024-12-12"}
    with TestClient(app) as client:
        first = client.post("/api/articles", json=body)
        assert first.status_code == 201 and first.json()["added"] is True
        again = client.post("/api/articles", json=body)
        assert again.status_code == 200 and again.json() == {"id": first.json()["id"], "added": False}
        stored = client.get(f"/api/articles/{first.json()['id']}").json()
        assert stored["article"]["title"] == "Haushalt beschlossen" and stored["text"] == body["text"]
        assert client.get("/api/stats").json()["articles"] == 4
        assert_error(client.post("/api/articles", json={"title": "no text"}), 422, "invalid")


def test_writes_need_the_key_when_one_is_set(store_path):
    app = create_app(store_path, api_key=KEY, read_only=True, pipeline=Pipeline(stages=text_stages()))
    with TestClient(app) as client:
        body = {"text": "Ein kurzer Text über den Bundestag in Berlin."}
        assert_error(client.post("/api/analyze", json=body), 401, "unauthorized")
        assert_error(client.post("/api/analyze", json=body, headers={"X-API-Key": "wrong"}), 401, "unauthorized")
        assert client.post("/api/analyze", json=body, headers={"X-API-Key": KEY}).status_code == 200
        assert_error(client.post("/api/articles", json=body, headers={"X-API-Key": KEY}), 403, "read_only")
        assert client.get("/api/stats").status_code == 200  # reads need no key


def test_request_size_limit(store_path):
    app = create_app(store_path, read_only=True, max_body=4096, pipeline=Pipeline(stages=text_stages()))
    with TestClient(app) as client:
        big = {"text": "Wort " * 2000}
        assert_error(client.post("/api/analyze", json=big), 413, "too_large")

        def chunks():  # no Content-Length: the limit is counted while reading
            for _ in range(10):
                yield b"x" * 1000

        response = client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
        assert_error(response, 413, "too_large")
        assert "content-security-policy" in response.headers


def test_internal_errors_give_the_shape_without_details(store_path, monkeypatch):
    import lagebild.corpus.queries as queries

    def broken(store):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(queries, "stats", broken)
    app = create_app(store_path, read_only=True)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/api/stats")
        error = assert_error(response, 500, "internal")
        assert "secret" not in response.text and "Traceback" not in response.text
        assert response.headers["x-content-type-options"] == "nosniff"
    assert error["message"].startswith("internal error")


@pytest.mark.parametrize("path", ["/", "/api/stats", "/events", "/docs", "/api/nope", "/nope"])
def test_security_headers(client, path):
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-eval" not in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"


def test_html_errors_for_pages(client):
    response = client.get("/articles/nope")
    assert response.status_code == 404 and "text/html" in response.headers["content-type"]
    assert "no article" in response.text


def test_openapi_and_offline_docs(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/entities/{entity_id}", "/api/events",
                 "/api/quotes", "/api/stories", "/api/stats", "/api/analyze"):
        assert path in schema["paths"], path
    assert set(schema["paths"]["/api/articles"]) == {"get", "post"}
    page = client.get("/docs")
    assert page.status_code == 200
    import re

    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(a.startswith("/") and not a.startswith("//") for a in assets), assets
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
