"""Near-duplicate articles (agency copy reprinted with small edits) by MinHash LSH.

Articles are visited in a fixed order (earliest published first, then by id); an
article whose estimated Jaccard similarity of word 3-shingles with an earlier one is at
least `THRESHOLD` is marked as a near-duplicate of that earlier article's original.
The order makes the result independent of the order of ingestion.
"""

from __future__ import annotations

from datasketch import MinHash, MinHashLSH

from lagebild.store.db import Store
from lagebild.store.minhash import NUM_PERM, from_signature

THRESHOLD = 0.8


def near_duplicates(store: Store, threshold: float = THRESHOLD) -> dict[str, str]:
    """{article id: id of the original it repeats} for every near-duplicate article."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    original_of: dict[str, str] = {}
    seen: dict[str, tuple[int, MinHash]] = {}  # id -> (position, signature)
    rows = store.con.execute("SELECT id, minhash FROM articles ORDER BY published NULLS LAST, id").fetchall()
    for position, (article_id, data) in enumerate(rows):
        minhash = from_signature(data)
        matches = [other for other in lsh.query(minhash) if seen[other][1].jaccard(minhash) >= threshold]
        if matches:
            first = min(matches, key=lambda other: seen[other][0])
            original_of[article_id] = original_of.get(first, first)
        seen[article_id] = (position, minhash)
        lsh.insert(article_id, minhash)
    return original_of
