"""Near-duplicate sentences inside one article.

Scraped news often repeats its lead, sometimes with a name spelled differently
("Beloussow" in one copy, "Belousov" in the other). The later copy is marked as
`duplicate_of` the earlier one so nothing downstream counts it twice.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from lagebild.model import Sentence

MIN_CHARS = 40  # short sentences ("Das ist so.") repeat legitimately
SIMILARITY = 90.0  # rapidfuzz ratio, 0..100
_NON_WORD = re.compile(r"\W+")


def _key(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def mark_duplicates(text: str, sentences: list[Sentence]) -> None:
    """Set `duplicate_of` on every sentence that repeats an earlier one of similar length."""
    keys = [_key(text[s.start : s.end]) for s in sentences]
    for later, later_key in enumerate(keys):
        if len(later_key) < MIN_CHARS or sentences[later].kind == "heading":
            continue
        for earlier in range(later):
            earlier_key = keys[earlier]
            if sentences[earlier].duplicate_of is not None or sentences[earlier].kind == "heading":
                continue
            shorter, longer = sorted((len(earlier_key), len(later_key)))
            if shorter < 0.9 * longer:
                continue
            if fuzz.ratio(earlier_key, later_key, score_cutoff=SIMILARITY):
                sentences[later].duplicate_of = earlier
                break
