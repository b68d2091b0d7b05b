"""Demonym adjectives (enrich step c): "russischen" becomes a LOC mention with its country (source
"demonym"), "die russische Armee" an ORG mention (source "demonym-org")."""

from __future__ import annotations

from lagebild.nlp.knowledge import demonym_parts
from lagebild.nlp.roles import org_noun
from lagebild.nlp.view import TokenView, is_adjective


def add_demonyms(view: TokenView) -> None:
    """A LOC mention for each country in a demonym adjective ("russischen", "deutsch-französischen"); one ORG
    mention for a demonym with an organisation noun ("die russische Armee")."""
    for i, token in enumerate(view.tokens):
        word = view.text(i)
        parts = demonym_parts(word) if word[:1].isalpha() else []
        if not parts or not view.free(token.start, token.end):
            continue
        noun = _org_noun_after(view, i) if len(parts) == 1 else None
        if noun is not None:
            j, label = noun
            view.add(token.start, view.tokens[j].end, "ORG", "demonym-org", country=parts[0][2], roles=[label])
            continue
        for start, end, country in parts:
            view.add(token.start + start, token.start + end, "LOC", "demonym", country=country)


def _org_noun_after(view: TokenView, i: int) -> tuple[int, str] | None:
    """(token index, label) of an organisation noun after a demonym, past up to two adjectives."""
    sentence = view.sent[i]
    for j in range(i + 1, i + 4):
        word = view.at(j, sentence)
        label = org_noun(word) if word else None
        if label is not None and view.free(view.tokens[j].start, view.tokens[j].end):
            return j, label
        if not is_adjective(word):
            return None
    return None
