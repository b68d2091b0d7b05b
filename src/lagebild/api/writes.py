"""Analysing and storing posted articles (under the app's write lock: one analysis at a time)."""

from __future__ import annotations

from typing import Any

from lagebild.api.app_state import AppState
from lagebild.api.errors import ApiError
from lagebild.model import Article


def analyse_article(state: AppState, article: Article) -> dict[str, Any]:
    """The article's analysis in the `analyze` JSON form; nothing is stored."""
    from lagebild.output import document_json

    with state.write_lock:
        return document_json(state.pipeline()(article))


def store_article(state: AppState, article: Article, build: bool) -> tuple[str, bool]:
    """(article id, whether it is new): analyse and store the article unless its input is stored already."""
    from lagebild.corpus.build import build_corpus
    from lagebild.store.ingest import analyse
    from lagebild.store.rows import raw_key, rows_table

    store = state.cursor_store()
    try:
        with state.write_lock:
            key = raw_key(article)
            if store.known_inputs([key]):
                return store.scalar("SELECT article_id FROM inputs WHERE raw_key = ?", [key]), False
            row = analyse(state.pipeline(), 0, article)
            if row["error"] is not None:
                raise ApiError(422, row["error"], "invalid_input")
            added = store.write_rows(rows_table([row])) > 0
            if added and build:
                build_corpus(store)
            return row["id"], added
    finally:
        store.close()
