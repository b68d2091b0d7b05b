"""The REST API under /api. Reads go to the store; `POST /api/analyze` analyses without storing."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal, Optional

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, model_validator

from lagebild.api import data
from lagebild.api.app_state import state_of, store_dependency
from lagebild.api.errors import ApiError
from lagebild.api.security import require_key
from lagebild.corpus import queries
from lagebild.model import Article, EntityType, EventStatus
from lagebild.store.db import Store

router = APIRouter(prefix="/api")
StoreDep = Annotated[Store, Depends(store_dependency)]
Limit = Annotated[int, Query(ge=1, le=500, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]
Since = Annotated[Optional[date], Query(description="First day (YYYY-MM-DD).")]
Until = Annotated[Optional[date], Query(description="Last day (YYYY-MM-DD).")]


class ArticleIn(BaseModel):
    """An article to analyse: its `text`, or only a `url` to fetch (HTML, main text found by trafilatura)."""

    text: Optional[str] = Field(None, min_length=1, description="The article text.")
    url: Optional[str] = Field(None, max_length=2000, description="The article's URL; fetched when no text is given.")
    title: Optional[str] = Field(None, max_length=1000)
    published: Optional[date] = Field(None, description="Publication date; resolves relative time expressions.")
    language: Optional[str] = Field(None, pattern="^[a-z]{2}$", description="ISO 639-1 code; identified if absent.")

    @model_validator(mode="after")
    def _text_or_url(self) -> ArticleIn:
        if not self.text and not self.url:
            raise ValueError("give the article's text, or a url to fetch")
        return self


def _article(body: ArticleIn, request: Request) -> Article:
    if body.text:
        return Article(text=body.text, title=body.title, url=body.url, published=body.published,
                       language=body.language, source="api")
    from lagebild.api.fetch import fetch_article
    from lagebild.config import DEFAULT_MAX_BYTES

    config = state_of(request).config
    article = fetch_article(body.url or "", DEFAULT_MAX_BYTES, config.allow_private_urls)
    article.title = body.title or article.title
    article.published = body.published or article.published
    article.language = body.language or article.language
    return article


def _found(item: dict[str, Any] | None, what: str, key: str) -> dict[str, Any]:
    if item is None:
        raise ApiError(404, f"no {what} {key!r} in the store")
    return item


@router.get("/stats", tags=["corpus"], summary="Counts of articles, entities, events, quotes, stories")
def get_stats(store: StoreDep) -> dict[str, int]:
    return queries.stats(store)


@router.get("/articles", tags=["articles"], summary="List or search articles, newest first")
def list_articles(
    store: StoreDep, q: Annotated[Optional[str], Query(description="Words in the title or text.")] = None,
    story: Optional[str] = None, entity: Annotated[Optional[str], Query(description="A corpus entity id.")] = None,
    since: Since = None, until: Until = None, limit: Limit = 50, offset: Offset = 0,
) -> dict[str, Any]:
    return data.articles(store, q, story, entity, since, until, limit, offset)


@router.get("/articles/{article_id}", tags=["articles"], summary="One article with all its annotations")
def get_article(store: StoreDep, article_id: str) -> dict[str, Any]:
    return _found(data.article(store, article_id), "article", article_id)


@router.post("/articles", tags=["articles"], summary="Analyse an article (text or URL) and store it",
             dependencies=[Depends(require_key)], status_code=201,
             responses={200: {"description": "The article was stored before"}})
def post_article(body: ArticleIn, request: Request, build: bool = True) -> JSONResponse:
    """Stores the article and (unless `build=false`) rebuilds the cross-article layer."""
    from lagebild.api.writes import store_article

    state = state_of(request)
    if state.config.read_only:
        raise ApiError(403, "the server opened the store read-only", "read_only")
    article_id, added = store_article(state, _article(body, request), build)
    return JSONResponse({"id": article_id, "added": added}, status_code=201 if added else 200)


@router.post("/analyze", tags=["analysis"], summary="Analyse an article (text or URL); nothing is stored",
             dependencies=[Depends(require_key)])
def analyze(body: ArticleIn, request: Request) -> dict[str, Any]:
    from lagebild.api.writes import analyse_article

    return analyse_article(state_of(request), _article(body, request))


@router.get("/entities", tags=["entities"], summary="Search entities by id, name or any variant")
def list_entities(
    store: StoreDep, q: Annotated[Optional[str], Query(description="An id, name or variant (any case).")] = None,
    type: Optional[EntityType] = None, limit: Limit = 50, offset: Offset = 0,
) -> dict[str, Any]:
    return data.entities(store, q, type, limit, offset)


@router.get("/entities/{entity_id}", tags=["entities"],
            summary="One entity: variants, roles over time, timeline, network neighbours, quotes")
def get_entity(store: StoreDep, entity_id: str) -> dict[str, Any]:
    return _found(data.entity(store, entity_id), "entity", entity_id)


@router.get("/entities/{entity_id}/timeline", tags=["entities"], summary="Events and quotes of an entity in time order")
def get_timeline(store: StoreDep, entity_id: str, since: Since = None, until: Until = None) -> list[dict[str, Any]]:
    _found(data.entity_row(store, entity_id), "entity", entity_id)
    return queries.timeline(store, entity_id, since, until)


@router.get("/entities/{entity_id}/network", tags=["entities"], summary="An entity's actor-network neighbours")
def get_neighbours(store: StoreDep, entity_id: str, limit: Limit = 25) -> dict[str, Any]:
    _found(data.entity_row(store, entity_id), "entity", entity_id)
    return data.neighbours(store, entity_id, limit)


@router.get("/events", tags=["events"], summary="Events by type, actor, target, country, status and time")
def list_events(
    store: StoreDep, type: Annotated[Optional[str], Query(description="PLOVER type, e.g. CONSULT.")] = None,
    actor: Annotated[Optional[str], Query(description="Entity id, name or variant.")] = None,
    target: Annotated[Optional[str], Query(description="Entity id, name or variant.")] = None,
    country: Annotated[Optional[str], Query(pattern="^[A-Za-z]{3}$", description="ISO alpha-3.")] = None,
    status: Optional[EventStatus] = None, since: Since = None, until: Until = None,
    article: Annotated[Optional[str], Query(description="An article id.")] = None,
    limit: Limit = 100, offset: Offset = 0,
) -> dict[str, Any]:
    return data.events(store, type, actor, target, country, status, since, until, article, limit, offset)


@router.get("/quotes", tags=["quotes"], summary="Quotes by speaker and/or text")
def list_quotes(
    store: StoreDep, speaker: Annotated[Optional[str], Query(description="Entity id, name or variant.")] = None,
    q: Annotated[Optional[str], Query(description="Words in the quote.")] = None,
    since: Since = None, until: Until = None, limit: Limit = 100, offset: Offset = 0,
) -> dict[str, Any]:
    return data.quotes(store, speaker, q, since, until, limit, offset)


@router.get("/stories", tags=["stories"], summary="Stories (clusters of articles), latest first")
def list_stories(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return data.stories(store, limit, offset)


@router.get("/stories/{story_id}", tags=["stories"], summary="One story with its articles")
def get_story(store: StoreDep, story_id: str) -> dict[str, Any]:
    return _found(data.story(store, story_id), "story", story_id)


@router.get("/network", tags=["corpus"], summary="Actor→target dyads weighted by events")
def get_network(
    store: StoreDep, period: Optional[Literal["day", "week", "month", "year"]] = None,
    type: Annotated[Optional[list[str]], Query(description="PLOVER types (repeatable).")] = None,
    since: Since = None, until: Until = None,
) -> list[dict[str, Any]]:
    return queries.network(store, period, type, since, until)


@router.get("/search", tags=["corpus"], summary="Articles, entities and quotes matching words")
def search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=200)], limit: Limit = 20
           ) -> dict[str, Any]:
    return data.search(store, q, limit)
