"""The name of a speaker that is no named entity, in the nominative: "einem Sprecher der Stadtverwaltung"
→ "ein Sprecher der Stadtverwaltung" (see `lagebild.nlp.inflect`); without a parse, as written."""

from __future__ import annotations

from lagebild.nlp import inflect
from lagebild.quotes.base import View


def nominative(view: View, tokens: list[int]) -> str:
    """The phrase as written, with its first chunk (up to the first noun) in the nominative."""
    doc = view.doc
    written = doc.text[doc.tokens[tokens[0]].start : doc.tokens[tokens[-1]].end]
    return inflect.nominative(doc, view.spacy, tokens) or written
