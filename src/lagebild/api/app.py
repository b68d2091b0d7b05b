"""The FastAPI application: REST API under /api, pages, offline API docs, shipped static files."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import jinja2
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from lagebild import __version__
from lagebild.api import docs, errors, routes_api, routes_ui
from lagebild.api.highlight import entity_href
from lagebild.api.app_state import DEFAULT_MAX_BODY, ApiConfig, AppState
from lagebild.api.security import SecurityMiddleware
from lagebild.pipeline import Pipeline

HERE = Path(__file__).parent


def templates() -> Jinja2Templates:
    """The page templates; autoescaping is on for every template, whatever its file name."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True)
    env.globals.update(web_url=routes_ui.web_url, entity_href=entity_href)
    return Jinja2Templates(env=env)


def create_app(
    store_path: str | Path, api_key: str | None = None, allow_private_urls: bool = False,
    max_body: int = DEFAULT_MAX_BODY, read_only: bool = False, pipeline: Pipeline | None = None,
) -> FastAPI:
    """The app over the store at `store_path` (created if missing, unless `read_only`).

    With `api_key`, requests that write or fetch need it in the `X-API-Key` header.
    `pipeline` analyses posted articles (default: `Pipeline()`, loaded on first use).
    """
    config = ApiConfig(Path(store_path), api_key, allow_private_urls, max_body, read_only)
    state = AppState(config, pipeline)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        state.store.close()

    app = FastAPI(
        title="lagebild", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
        description="News intelligence over a lagebild store: articles, entities, events, quotes, stories.",
    )
    app.state.lagebild = state
    app.state.config = config
    app.state.templates = templates()
    app.add_middleware(SecurityMiddleware, max_body=max_body)
    errors.install(app)
    app.include_router(routes_api.router)
    app.include_router(routes_ui.router)
    app.include_router(docs.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    docs.mount_assets(app)
    return app
