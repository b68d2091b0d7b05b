"""API docs at /docs that work offline.

FastAPI's own /docs loads Swagger UI from a CDN. Here Swagger UI's files come from the
`fastapi-offline` package (which ships them) and are started by our own script, so the
page keeps `script-src 'self'`. Without that package /docs lists the routes of the
OpenAPI schema as a plain page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

router = APIRouter(include_in_schema=False)
ASSETS_URL = "/static-docs"


def swagger_assets() -> Path | None:
    try:
        import fastapi_offline
    except ImportError:
        return None
    path = Path(fastapi_offline.__file__).parent / "static"
    return path if (path / "swagger-ui-bundle.js").exists() else None


def mount_assets(app: FastAPI) -> None:
    assets = swagger_assets()
    if assets is not None:
        app.mount(ASSETS_URL, StaticFiles(directory=str(assets)), name="docs-assets")


def operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """(method, path, summary, parameters) of every operation, for the plain docs page."""
    found = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [p["name"] + ("*" if p.get("required") else "") for p in op.get("parameters", [])]
            if "requestBody" in op:
                params.append("JSON body")
            found.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                          "description": op.get("description", ""), "params": params,
                          "tags": op.get("tags", [])})
    return found


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    templates = request.app.state.templates
    if swagger_assets() is not None:
        return templates.TemplateResponse(request, "swagger.html", {"assets": ASSETS_URL})
    return templates.TemplateResponse(request, "apidocs.html", {"operations": operations(request.app.openapi())})
