"""The pages in Chromium: click article → entity → event, charts drawn, filters, offline docs, XSS inert."""

from __future__ import annotations

import re

from test_api_support import XSS


def only_local(page, server: str) -> None:
    outside = [u for u in page.requests if not u.startswith(server) and not u.startswith("data:")]
    assert not outside, outside


def test_click_article_entity_event(page, server, shots):
    page.goto(server + "/")
    assert page.title() == "Overview · lagebild"
    page.get_by_role("link", name="Baerbock und Séjourné beraten in Paris über Ukraine-Hilfe").click()
    page.wait_for_url(re.compile(r"/articles/"))
    text = page.locator("#article-text")
    assert text.locator(".ent").count() >= 6 and text.locator(".trigger").count() == 2
    assert text.locator(".quote").count() >= 1 and text.locator(".timex").count() == 1
    hover = text.locator("span.trigger").first.get_attribute("title")
    assert "event: CONSULT/meet" in hover and "status: fact" in hover and "actors: Annalena Baerbock" in hover
    assert "entity: PER · Stéphane Séjourné · foreign minister · FRA" in text.locator(".ent", has_text="Séjourné").first.get_attribute("title")
    page.screenshot(path=str(shots / "article.png"), full_page=True)

    page.locator("#legend input[data-layer=ent]").uncheck()
    assert "hide-ent" in text.get_attribute("class")

    text.get_by_role("link", name="Stéphane Séjourné").click()
    page.wait_for_url(re.compile(r"/entities/E"))
    assert page.locator("h1").inner_text().endswith("Stéphane Séjourné")
    page.wait_for_selector("#timeline-chart svg rect")
    assert page.locator("#network-chart svg a.node").count() == 4  # Séjourné and three neighbours
    assert page.locator("table.roles td", has_text="foreign minister").count() == 1
    page.screenshot(path=str(shots / "entity.png"), full_page=True)

    page.locator("a.event-link", has_text="Paris wirft Moskau").first.click()
    page.wait_for_url(re.compile(r"/articles/\w+#ev-\d"))
    anchor = page.url.split("#")[1]
    assert page.locator(f"#{anchor}").count() == 1
    assert not page.errors and not page.dialogs
    only_local(page, server)


def test_events_page_filters_and_timeline(page, server, shots):
    page.goto(server + "/events")
    page.wait_for_selector("#events-chart svg rect")
    assert page.locator("table.events-table tbody tr").count() == 9
    page.select_option("select[name=status]", "claim")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"status=claim"))
    rows = page.locator("table.events-table tbody tr")
    assert rows.count() == 1 and "ACCUSE" in rows.first.inner_text()
    page.goto(server + "/events?actor=Baerbock")
    assert {t.strip() for t in page.locator("table.events-table tbody td:nth-child(2) a").all_inner_texts()} == {"CONSULT", "AID"}
    page.goto(server + "/events")
    page.locator("#events-chart svg g.bucket").first.click()  # a bar narrows the dates
    page.wait_for_url(re.compile(r"since=.*until="))
    page.screenshot(path=str(shots / "events.png"), full_page=True)
    assert not page.errors


def test_search_page(page, server):
    page.goto(server + "/")
    page.fill("form.quick input[name=q]", "Desinformation")
    page.press("form.quick input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=Desinformation"))
    assert page.get_by_role("link", name="Paris wirft Moskau Desinformation vor").count() == 1


def test_docs_work_offline(page, server, shots):
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert page.locator(".opblock-summary-path", has_text="/api/events").count() >= 1
    page.screenshot(path=str(shots / "docs.png"))
    only_local(page, server)
    assert not [e for e in page.errors if "Content Security Policy" in e or "Refused" in e], page.errors


INERT = """() => {
  const handlers = [...document.querySelectorAll('*')].flatMap(el => [...el.attributes].map(a => a.name))
    .filter(name => name.startsWith('on'));
  const scripts = [...document.scripts].filter(s => !(s.type === 'application/json' || /\\/static\\/(app|docs)\\.js$/.test(s.src)));
  const links = [...document.querySelectorAll('[href],[src],[action]')].map(el => el.getAttribute('href') || el.getAttribute('src') || el.getAttribute('action'))
    .filter(v => /^\\s*(javascript|vbscript):/i.test(v));
  return {xss: window.__xss, handlers, scripts: scripts.length, links, injected: document.querySelectorAll('img,svg:not(.chart svg),iframe,object,embed,video,details,math,style').length};
}"""


def _xss_paths(page, server) -> list[str]:
    page.goto(server + "/api/articles?q=Meldung%200:")
    article = page.evaluate("() => JSON.parse(document.body.innerText).items[0].id")
    page.goto(server + "/api/entities?limit=100")
    entities = page.evaluate("() => JSON.parse(document.body.innerText).items")
    hostile = [e["corpus_id"] for e in entities if "__xss" in e["name"]]
    return [f"/articles/{article}", "/", "/events", "/search?q=script", "/search?q=%3Csvg%20onload%3Dwindow.__xss%3D1%3E",
            *(f"/entities/{e}" for e in hostile)]


def test_xss_corpus_stays_inert(page, server, shots):
    paths = _xss_paths(page, server)
    assert len(paths) >= 10
    for path in paths:
        page.goto(server + path)
        page.wait_for_load_state("load")
        page.wait_for_timeout(100)
        title = page.title()
        result = page.evaluate(INERT)
        assert result == {"xss": None, "handlers": [], "scripts": 0, "links": [], "injected": 0}, (path, result)
        assert title.endswith("· lagebild") and "XSS" not in title, path
        # nothing was even attempted: CSP reports no blocked inline script or handler
        assert not [e for e in page.errors if "Content Security Policy" in e], (path, page.errors)
    assert not page.dialogs
    page.goto(server + paths[0])
    page.screenshot(path=str(shots / "xss.png"), full_page=True)
    text = page.locator("#article-text").inner_text()
    assert sum(payload in text for payload in XSS if "\u200b" not in payload and "\u202e" not in payload) >= 40
