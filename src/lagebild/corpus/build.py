"""The cross-article layer, rebuilt as a whole in one transaction: duplicates, entities, stories.

It depends only on what is stored, never on the order of ingestion, so a rebuild after
any ingest gives the same result as one after a single clean ingest.
"""

from __future__ import annotations


from lagebild.corpus.duplicates import near_duplicates
from lagebild.corpus.entities import Resolver, resolve_entities
from lagebild.corpus.stories import write_stories
from lagebild.store.db import Store


def mark_duplicates(store: Store) -> int:
    original_of = near_duplicates(store)
    store.set_article_column("near_duplicate_of", original_of)
    return len(original_of)


def build_corpus(store: Store, resolver: Resolver | None = None) -> dict[str, int]:
    """Mark near-duplicates, resolve entities across articles, cluster stories."""
    with store.transaction():
        duplicates = mark_duplicates(store)
        entities = resolve_entities(store, resolver)
        stories = write_stories(store)
    return {"duplicates": duplicates, "entities": entities, "stories": stories}
