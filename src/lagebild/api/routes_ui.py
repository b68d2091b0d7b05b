"""The analysts' pages, rendered on the server (Jinja2, autoescaped) from the same queries as the API."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from lagebild.api import data
from lagebild.api.app_state import store_dependency
from lagebild.api.errors import ApiError
from lagebild.api.highlight import entity_href, segments
from lagebild.corpus import queries
from lagebild.store.db import Store

router = APIRouter(include_in_schema=False)
StoreDep = Annotated[Store, Depends(store_dependency)]
PAGE = 50
STATUSES = ("fact", "claim", "allegation", "intention", "denial", "condition")


def web_url(url: str | None) -> str | None:
    """The URL when it is safe to link (http or https), else None: it is shown as text only."""
    return url if url and urlsplit(url).scheme in ("http", "https") else None


def _render(request: Request, template: str, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, template, context)


@router.get("/", response_class=HTMLResponse)
def index(request: Request, store: StoreDep, offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    return _render(
        request, "index.html", stats=queries.stats(store), articles=data.articles(store, limit=PAGE, offset=offset),
        entities=data.entities(store, limit=24)["items"], stories=data.stories(store, limit=10)["items"], page=PAGE,
    )


def _article_view(doc: dict[str, Any]) -> dict[str, Any]:
    """Entities, events and quotes of an article with names and links in place of its entity ids."""
    corpus = doc["corpus"]["entities"]
    people = {e["id"]: {"name": e["name"], "href": entity_href(corpus.get(e["id"]))} for e in doc["entities"]}

    def who(ids: list[str]) -> list[dict[str, Any]]:
        return [people.get(i, {"name": i, "href": None}) for i in ids]

    events = [{**ev, "index": i, "actors": who(ev["actors"]), "targets": who(ev["targets"]),
               "sources": who(ev["sources"]), "place": who([ev["place"]] if ev["place"] else [])}
              for i, ev in enumerate(doc["events"])]
    quotes = [{**q, "index": i, "speakers": who(q["speakers"]),
               "channel": who([q["channel"]] if q["channel"] else [])} for i, q in enumerate(doc["quotes"])]
    entities = [{**e, "href": entity_href(corpus.get(e["id"]))} for e in doc["entities"]]
    return {"events": events, "quotes": quotes, "entities": entities}


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, store: StoreDep, article_id: str) -> HTMLResponse:
    doc = data.article(store, article_id)
    if doc is None:
        raise ApiError(404, f"no article {article_id!r} in the store")
    return _render(request, "article.html", doc=doc, segments=segments(doc), **_article_view(doc))


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, store: StoreDep, entity_id: str) -> HTMLResponse:
    entity = data.entity(store, entity_id)
    if entity is None:
        raise ApiError(404, f"no entity {entity_id!r} in the store")
    chart = [{"date": t["date"], "kind": t["kind"], "type": t["type"]} for t in entity["timeline"]]
    return _render(request, "entity.html", entity=entity, chart=chart)


def _day(value: str | None, name: str) -> date | None:
    """A date from a form field, where an empty field means none."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ApiError(422, f"{name} must be a date like 2024-03-07, got {value[:40]!r}", "invalid") from None


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request, store: StoreDep, type: str = "", actor: str = "", target: str = "",
    country: Annotated[str, Query(max_length=3)] = "", status: str = "", since: str = "", until: str = "",
    offset: Annotated[int, Query(ge=0)] = 0,
) -> HTMLResponse:
    """Form fields arrive empty when unused, so every filter is a string here."""
    if status and status not in STATUSES:
        raise ApiError(422, f"status must be one of {', '.join(STATUSES)}", "invalid")
    filters = {"type": type, "actor": actor, "target": target, "country": country, "status": status,
               "since": since, "until": until}
    found = data.events(store, type or None, actor or None, target or None, country or None, status or None,
                        _day(since, "since"), _day(until, "until"), limit=PAGE * 2, offset=offset)
    return _render(request, "events.html", events=found, filters=filters, types=data.event_types(store),
                   statuses=STATUSES, page=PAGE * 2)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, store: StoreDep, q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
    found = data.search(store, q.strip(), limit=PAGE) if q.strip() else None
    return _render(request, "search.html", q=q, found=found)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, store: StoreDep, story_id: str) -> HTMLResponse:
    story = data.story(store, story_id)
    if story is None:
        raise ApiError(404, f"no story {story_id!r} in the store")
    return _render(request, "story.html", story=story)
