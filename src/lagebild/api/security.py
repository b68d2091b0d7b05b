"""Security headers, request size limit, the last-resort error handler and the API key check."""

from __future__ import annotations

import logging
import secrets
from typing import Optional

from fastapi import Request, Security
from fastapi.security import APIKeyHeader
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lagebild.api.errors import ApiError, plain_error

LOCAL_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
MIN_KEY_LENGTH = 16
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
# Swagger UI sets inline styles; its scripts are still our own files only.
DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
}
log = logging.getLogger("lagebild.api")
API_KEY_HEADER = APIKeyHeader(name="X-API-Key", auto_error=False,
                              description="Needed by POST requests when the server was started with an API key.")


def is_local(host: str) -> bool:
    return host.strip("[]") in LOCAL_HOSTS


class _TooLarge(Exception):
    pass


class SecurityMiddleware:
    """Adds the security headers to every response, refuses bodies over `max_body` bytes (413),
    and turns any unhandled exception into the JSON error shape (500) without details."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = DOCS_CSP if scope["path"] == "/docs" else CSP
        started = False
        too_large = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if too_large:
                return  # the app's answer to a cut-off body is replaced by 413
            if message["type"] == "http.response.start":
                started = True
                headers = [(k, v) for k, v in message.get("headers", []) if k.decode().lower() not in HEADERS]
                headers += [(k.encode(), v.encode()) for k, v in HEADERS.items()]
                headers.append((b"content-security-policy", csp.encode()))
                message = {**message, "headers": headers}
            await send(message)

        received = 0

        async def limited_receive() -> Message:
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    too_large = True
                    raise _TooLarge
            return message

        if _declared_length(scope) > self.max_body:
            await plain_error(413, f"the request body is larger than {self.max_body} bytes")(scope, receive,
                                                                                               send_with_headers)
            return
        error: tuple[int, str] | None = None
        try:
            await self.app(scope, limited_receive, send_with_headers)
        except Exception as exc:  # the last line of defence: the error shape, never a traceback
            if started and not too_large:
                raise
            if not too_large:
                log.exception("internal error on %s", scope.get("path"), exc_info=exc)
                error = (500, "internal error; the server log has the details")
        if too_large:
            too_large = False
            error = (413, f"the request body is larger than {self.max_body} bytes")
        if error is not None:
            await plain_error(*error)(scope, receive, send_with_headers)


def _declared_length(scope: Scope) -> int:
    for key, value in scope.get("headers", []):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return 0
    return 0


def require_key(request: Request, given: Optional[str] = Security(API_KEY_HEADER)) -> None:
    """FastAPI dependency of the routes that write or fetch: the `X-API-Key` header must match, if a key is set."""
    expected: str | None = request.app.state.config.api_key
    if expected is None:
        return
    if not secrets.compare_digest((given or "").encode(), expected.encode()):
        raise ApiError(401, "this request needs a valid X-API-Key header")


def check_serve_options(host: str, api_key: str | None) -> list[str]:
    """Why the server must not start with these options (empty when it may)."""
    problems: list[str] = []
    if not is_local(host) and not api_key:
        problems.append(f"listening on {host} (beyond this machine) needs an API key for writes: "
                        "give --api-key or set LAGEBILD_API_KEY")
    if api_key is not None and len(api_key) < MIN_KEY_LENGTH:
        problems.append(f"the API key must have at least {MIN_KEY_LENGTH} characters")
    return problems
