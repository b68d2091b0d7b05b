"""One error shape for every failure: `{"error": {"code": ..., "message": ...}}` (plus `details` for 422).

API paths answer in JSON; page paths render the same code and message as an HTML page.
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from lagebild.api.fetch import FetchError, UrlRefused
from lagebild.errors import InputError, LagebildError, UsageError

CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    413: "too_large", 415: "unsupported_media_type", 422: "invalid", 500: "internal", 502: "fetch_failed",
}


class ApiError(Exception):
    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or CODES.get(status, "error")


def error_body(status: int, message: str, code: str | None = None, details: Any = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code or CODES.get(status, "error"), "message": message}
    if details is not None:
        error["details"] = details
    return {"error": error}


def is_api(path: str) -> bool:
    return path.startswith("/api/") or path == "/api" or path == "/openapi.json"


def error_response(request: Request | None, path: str, status: int, message: str, code: str | None = None,
                   details: Any = None, headers: Mapping[str, str] | None = None) -> Response:
    body = error_body(status, message, code, details)
    if request is not None and not is_api(path):
        templates = request.app.state.templates
        return templates.TemplateResponse(request, "error.html", {"status": status, "error": body["error"]},
                                          status_code=status, headers=headers)
    return JSONResponse(body, status_code=status, headers=headers)


def plain_error(status: int, message: str) -> Response:
    """For failures outside the routing (body too large, crashes): JSON, no templates involved."""
    return JSONResponse(error_body(status, message), status_code=status)


def _lagebild_status(exc: LagebildError) -> tuple[int, str]:
    if isinstance(exc, UrlRefused):
        return 403, "url_refused"
    if isinstance(exc, FetchError):
        return 502, "fetch_failed"
    if isinstance(exc, (InputError, UsageError)):
        return 422, "invalid_input"
    return 500, "internal"


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return error_response(request, request.url.path, exc.status, exc.message, exc.code)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        return error_response(request, request.url.path, exc.status_code, message, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        details = [{"loc": list(e.get("loc", ())), "message": e.get("msg", "")} for e in exc.errors()]
        first = details[0] if details else {"loc": [], "message": "invalid request"}
        message = f"{'.'.join(str(x) for x in first['loc'])}: {first['message']}"
        return error_response(request, request.url.path, 422, message, details=details)

    @app.exception_handler(LagebildError)
    async def _lagebild(request: Request, exc: LagebildError) -> Response:
        status, code = _lagebild_status(exc)
        return error_response(request, request.url.path, status, str(exc), code)
