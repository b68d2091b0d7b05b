"""`lagebild serve`: the web UI and REST API over a store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer


def serve_command(
    store: Annotated[Path, typer.Option("--store", help="The store file (DuckDB) to serve.")],
    host: Annotated[str, typer.Option(help="Address to listen on; beyond localhost an API key is required.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    api_key: Annotated[
        Optional[str], typer.Option("--api-key", envvar="LAGEBILD_API_KEY",
                                    help="Key that POST requests must send in X-API-Key (16+ characters).")
    ] = None,
    allow_private_urls: Annotated[
        bool, typer.Option(help="Let URL analysis fetch private, loopback and link-local addresses.")
    ] = False,
    read_only: Annotated[
        bool, typer.Option(help="Open the store read-only: no ingest through the API, other readers may share it.")
    ] = False,
    max_body: Annotated[int, typer.Option(min=1024, help="Largest request body accepted, in bytes.")] = 2 * 1024 * 1024,
) -> None:
    """Serve the analysts' web UI and the REST API (docs at /docs) over a store."""
    from lagebild.api.security import check_serve_options
    from lagebild.errors import UsageError

    problems = check_serve_options(host, api_key)
    if problems:
        raise UsageError("; ".join(problems))
    if read_only and not store.exists():
        raise UsageError(f"no store at {store}; create it with `lagebild ingest SOURCES --store {store}`")
    import uvicorn

    from lagebild.api.app import create_app

    app = create_app(store, api_key=api_key, allow_private_urls=allow_private_urls, max_body=max_body,
                     read_only=read_only)
    typer.echo(f"lagebild: serving {store} on http://{_url_host(host)}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host
