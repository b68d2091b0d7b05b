"""Capitals standing for their governments (enrich step b): "zwischen Moskau und Kiew", "Peking
kritisierte", "Sanktionen gegen Moskau", not "in Moskau"."""

from __future__ import annotations

from functools import cache

from lagebild.model import Mention
from lagebild.nlp.knowledge import knowledge_rows, place
from lagebild.nlp.view import GOVERNING, LOCATIVE, TokenView

SUBORDINATORS = frozenset("dass weil ob nachdem da wie wenn während obwohl sodass damit".split())


@cache
def _metonymy_verbs() -> tuple[frozenset[str], tuple[str, ...]]:
    rows = list(knowledge_rows("metonymy_verbs.tsv"))
    return frozenset(f for f, kind in rows if kind == "exact"), tuple(f for f, kind in rows if kind == "prefix")


def _is_cue_verb(word: str) -> bool:
    exact, prefixes = _metonymy_verbs()
    low = word.lower()
    return low in exact or low.startswith(prefixes)


def mark_metonymy(view: TokenView, mention: Mention) -> None:
    """Mark a capital named for its government: between two capitals ("zwischen Moskau und Kiew"), after
    "gegen"/"mit" or a subordinating conjunction, next to an actor's verb (metonymy_verbs.tsv: "Peking
    kritisierte"), or like the capital it is paired with; never after a preposition of place."""
    found = place(mention.text)
    if found is None or found.kind != "capital" or found.name.casefold() != mention.text.casefold():
        return
    first, last = view.span(mention)
    sentence = view.sent[first]
    before, after = view.at(first - 1, sentence).lower(), view.at(last + 1, sentence)
    if before in LOCATIVE:
        return
    if before == "zwischen" and after == "und":
        other = _mention_at(view, last + 2, "LOC")
        if other is not None:
            mention.metonymy = True
            other.metonymy = other.metonymy or _is_capital(other)
        return
    if after == "und" and _mention_at(view, last + 2, "LOC") is not None:
        after = view.at(last + 3, sentence)
    partner = _mention_at(view, first - 2, "LOC") if before in ("und", "oder") else None
    if partner is not None and _is_capital(partner):  # "warf Berlin und Warschau vor", "in Berlin und Warschau"
        mention.metonymy = partner.metonymy
        return
    mention.metonymy = (
        before in GOVERNING or before in SUBORDINATORS or _is_cue_verb(before) or _is_cue_verb(after)
    )


def _is_capital(mention: Mention) -> bool:
    found = place(mention.text)
    return found is not None and found.kind == "capital"


def _mention_at(view: TokenView, token_index: int, type_: str) -> Mention | None:
    if not 0 <= token_index < len(view.tokens):
        return None
    start = view.tokens[token_index].start
    return next((m for m in view.doc.mentions if m.start == start and m.type == type_), None)
