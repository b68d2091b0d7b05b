"""A person's token span in the spaCy Doc widened over the neighbours that are parts of the name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lagebild.nlp.inflect import DEFINITE, INDEFINITE
from lagebild.nlp.knowledge import demonym_parts, place
from lagebild.nlp.model import hanta_class, reads_as_adjective
from lagebild.nlp.roles import role_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

_ARTICLES = DEFINITE | INDEFINITE


def person_span(spacy_doc: Doc, first: int, last: int, name_parts: dict[str, str]) -> tuple[int, int]:
    """Widen a person's token span over capitalised neighbours that are name parts.

    The model often finds only one part of an unfamiliar name ("Cho" of "No Kwang Cho",
    "Günther" of "Günther Platter", "Limthongkul" of "Sondhi Limthongkul"). A neighbour is
    taken when the name-part lexicon inside the model knows it, when HanTa's lexicon reads it
    as a proper noun first, or when, capitalised inside a sentence, it can be no noun (German
    capitalises nouns; "Platter", "Nasser" read as adjectives) and, before the name, it follows a
    noun, not an article that makes it an adjective used as a noun ("der Verdächtige"). A
    sentence's first word, a word inside another entity, a title or a place is never taken.
    """

    def is_name_part(i: int, leftward: bool = False) -> bool:
        token = spacy_doc[i]
        if not token.text[:1].isupper() or not token.text.replace("-", "").isalpha():
            return False
        if token.ent_iob_ == "I" or (token.ent_type_ and token.ent_iob_ == "B"):
            return False
        known = "P" in name_parts.get(token.lower_, "")
        if token.is_sent_start:
            return False
        if known:
            return True
        tail = token.text.rpartition("-")[2]
        if not tail:
            return False  # "Nord-" in "Nord- und Südkorea"
        word_class = hanta_class(tail)  # "IS-Magazins": the class of "Magazins"
        if word_class == "" and not reads_as_adjective(token.text):
            return False  # "Dass", "Wenn": a capitalised function word
        before = spacy_doc[i - 1] if i > 0 else None
        if word_class == "" and leftward and (before is None or before.lower_ in _ARTICLES or not before.is_title):
            return False  # "der Verdächtige Rafik Y.": an adjective used as a noun, not a given name
        return word_class in ("NE", "") and _plain_word(token.text)

    while first > 0 and is_name_part(first - 1, leftward=True):
        first -= 1
    while last + 1 < len(spacy_doc) and is_name_part(last + 1):
        last += 1
    return first, last


def _plain_word(word: str) -> bool:
    """Neither a title nor a place, its adjective ("Wiener") or a demonym: what may stand inside a
    person's name."""
    return role_of(word) is None and place(word) is None and not place_adjective(word) and not demonym_parts(word)


def place_adjective(word: str) -> bool:
    return word.endswith("er") and place(word[:-2]) is not None
