"""Hostile article text, titles, urls and entity names render only escaped (tests/fixtures/xss.txt).

Every page is parsed; it may hold only our own script tags (our file or a JSON data block),
no event-handler attribute, no javascript: or data: link, and none of the payloads' markup.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from lagebild.api.app import create_app
from test_api_support import XSS, build_store

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "link", "script", "body", "header", "nav", "a", "form", "input", "main", "section",
    "div", "h1", "h2", "p", "ul", "ol", "li", "span", "aside", "article", "label", "table", "thead", "tbody", "tr",
    "th", "td", "select", "option", "button", "blockquote", "q", "code", "br",
}


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script_bodies: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.script_bodies.append(data)


def check_inert(html: str) -> Page:
    page = Page()
    page.feed(html)
    for tag, attrs in page.tags:
        assert tag in ALLOWED_TAGS, f"unexpected <{tag}> {attrs}"
        assert not [a for a in attrs if a.startswith("on") or a in ("style", "srcdoc", "formaction")], (tag, attrs)
        for name in ("href", "src", "action"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")) or value == "data:,", (tag, attrs)
        if tag == "script":
            assert attrs.get("src") in ("/static/app.js", "/static/docs.js") or attrs.get("type") == "application/json"
    for body in page.script_bodies:  # JSON data blocks must stay JSON and keep every < escaped
        json.loads(body)
        assert "<" not in body
    return page


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = build_store(tmp_path_factory.mktemp("xss") / "s.duckdb")
    with TestClient(create_app(path, read_only=True)) as client:
        yield client


@pytest.fixture(scope="module")
def xss_article(client):
    found = client.get("/api/articles", params={"q": "Meldung 0:"}).json()["items"]
    assert len(found) == 1
    return found[0]["id"]


def pages(client, article_id: str) -> list[str]:
    entities = client.get("/api/entities", params={"limit": 100}).json()["items"]
    hostile = [e["corpus_id"] for e in entities if "__xss" in e["name"] or "<" in e["name"]]
    assert len(hostile) >= 8  # 12 hostile names; some normalise alike and merge
    return ["/", f"/articles/{article_id}", "/events", "/events?type=ATTACK", "/search?q=script",
            "/search?q=" + "%3Cscript%3E", "/search?q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E",
            "/events?actor=%3Cscript%3E", "/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            *(f"/entities/{e}" for e in hostile)]


def test_every_page_is_inert(client, xss_article):
    for path in pages(client, xss_article):
        response = client.get(path)
        assert response.status_code in (200, 404), path
        check_inert(response.text)


def test_payloads_appear_only_escaped(client, xss_article):
    html = client.get(f"/articles/{xss_article}").text
    for payload in XSS:
        if any(c in payload for c in "<>\"'"):
            assert payload not in html, payload
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
    assert 'href="javascript:' not in html.lower() and "javascript:window.__xss=1" in html  # shown, not linked


def test_highlight_titles_escape_entity_names(client, xss_article):
    page = check_inert(client.get(f"/articles/{xss_article}").text)
    titles = [attrs["title"] for tag, attrs in page.tags if tag == "span" and attrs.get("title")]
    assert any("<img src=x onerror=" in t for t in titles)  # the name is in the tooltip, as text


def test_json_api_returns_the_payloads_verbatim(client, xss_article):
    article = client.get(f"/api/articles/{xss_article}").json()
    assert article["article"]["url"] == "javascript:window.__xss=1"
    assert XSS[0] in article["text"]
