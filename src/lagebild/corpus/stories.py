"""Stories: clusters of articles about the same happening.

Each original (non-duplicate) article is described by its top TF-IDF terms and its
corpus entities. Candidate pairs share at least `MIN_SHARED` of these features (an
inverted index, so not all pairs are compared); a pair is linked when

    cosine(top terms) + ENTITY_WEIGHT * min(shared entities, 3) >= THRESHOLD

and both dates (if known) are at most `WINDOW_DAYS` apart. Linked articles form a
story by union-find; near-duplicates join their original's story. Articles that link
to nothing stay without a story.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from lagebild.store.db import Store

TOP_TERMS = 25
MIN_SHARED = 2
MAX_POSTING = 400  # a feature shared by more articles is too common to propose pairs
ENTITY_WEIGHT = 0.1
THRESHOLD = 0.3
WINDOW_DAYS = 3
_WORD = re.compile(r"[^\W\d_]{3,}")


def _stop_words() -> frozenset[str]:
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN

    return frozenset(DE | EN)


@dataclass(slots=True)
class _Article:
    id: str
    published: date | None
    terms: Counter[str]
    entities: set[str]
    vector: dict[str, float] = field(default_factory=dict)


def _load(store: Store) -> list[_Article]:
    stop = _stop_words()
    entities: dict[str, set[str]] = defaultdict(set)
    rows = store.con.execute("SELECT article_id, corpus_id FROM entities WHERE corpus_id IS NOT NULL").fetchall()
    for article_id, corpus_id in rows:
        entities[article_id].add(corpus_id)
    articles = []
    query = "SELECT id, published, coalesce(title || '\n', '') || text FROM articles WHERE near_duplicate_of IS NULL ORDER BY id"
    for article_id, published, text in store.con.execute(query).fetchall():
        terms = Counter(w for w in (m.lower() for m in _WORD.findall(text)) if w not in stop)
        articles.append(_Article(article_id, published, terms, entities.get(article_id, set())))
    return articles


def _vectorise(articles: list[_Article]) -> None:
    """Top TF-IDF terms (sublinear tf), L2-normalised; terms of one article only cannot link and are left out."""
    df = Counter(term for a in articles for term in a.terms)
    n = len(articles)
    for a in articles:
        weights = {t: (1 + math.log(c)) * math.log(n / df[t]) for t, c in a.terms.items() if df[t] > 1}
        top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS]
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        a.vector = {t: w / norm for t, w in top if w > 0}


def _candidates(articles: list[_Article]) -> Iterable[tuple[int, int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(articles):
        for feature in [*a.vector, *(f"@{e}" for e in a.entities)]:
            postings[feature].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        if len(members) <= MAX_POSTING:
            shared.update(combinations(members, 2))
    return sorted(pair for pair, count in shared.items() if count >= MIN_SHARED)


def score(a: _Article, b: _Article) -> float:
    cosine = sum(w * b.vector.get(t, 0.0) for t, w in a.vector.items())
    return cosine + ENTITY_WEIGHT * min(len(a.entities & b.entities), 3)


def _close_in_time(a: _Article, b: _Article) -> bool:
    return a.published is None or b.published is None or abs((a.published - b.published).days) <= WINDOW_DAYS


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[max(self.find(i), self.find(j))] = min(self.find(i), self.find(j))


def find_stories(store: Store) -> dict[str, str]:
    """{article id: story id} for the original articles that belong to a story of two or more."""
    articles = _load(store)
    _vectorise(articles)
    groups = _UnionFind(len(articles))
    for i, j in _candidates(articles):
        a, b = articles[i], articles[j]
        if _close_in_time(a, b) and score(a, b) >= THRESHOLD:
            groups.union(i, j)
    members: dict[int, list[str]] = defaultdict(list)
    for i, a in enumerate(articles):
        members[groups.find(i)].append(a.id)
    return {
        article_id: "S" + min(ids)
        for ids in members.values() if len(ids) > 1
        for article_id in ids
    }


def write_stories(store: Store) -> int:
    """Set `articles.story_id` (duplicates follow their original) and rebuild `stories`; in the caller's transaction."""
    story_of = find_stories(store)
    store.set_article_column("story_id", story_of)
    con = store.con
    con.execute("UPDATE articles SET story_id = o.story_id FROM articles o "
                "WHERE articles.near_duplicate_of = o.id AND o.story_id IS NOT NULL")
    con.execute("DELETE FROM stories")
    con.execute(
        "INSERT INTO stories SELECT story_id, count(*) FILTER (WHERE near_duplicate_of IS NULL), min(published), "
        "max(published), first(coalesce(title, left(text, 80)) ORDER BY published NULLS LAST, id) "
        "FROM articles WHERE story_id IS NOT NULL GROUP BY story_id"
    )
    return store.scalar("SELECT count(*) FROM stories")
