"""Words the recogniser ran into a name: lower-case words and weekdays after it, titles before a person."""

from __future__ import annotations

from lagebild.model import Mention
from lagebild.nlp.knowledge import WEEKDAYS, demonym_parts
from lagebild.nlp.roles import role_of
from lagebild.nlp.view import DETERMINERS, POSSESSIVES, TokenView


def trim_tail(view: TokenView, mention: Mention) -> None:
    """Lower-case words the NER ran into after a name are no part of it: "Ban lobte" -> "Ban",
    "IS am Freitag" -> "IS", "Ole von" -> "Ole" (name particles inside a name, "Ludwig van Beethoven", stay)."""
    first, last = view.span(mention)
    j = last
    while j > first and (_lower_word(view.text(j)) or _weekday_phrase(view, j)):
        j -= 1
    if j < last:
        mention.end = view.tokens[j].end
        mention.text = view.doc.text[mention.start : mention.end]


def _lower_word(word: str) -> bool:
    return word[:1].islower() and word.isalpha()


def _weekday_phrase(view: TokenView, j: int) -> bool:
    """A weekday the NER took into a name ("IS am Freitag")."""
    return view.text(j).lower() in WEEKDAYS and j > 0 and view.text(j - 1) in ("am", "Am")


def trim_title(view: TokenView, mention: Mention) -> None:
    """'Präsident Wladimir Putin' tagged as one PER mention -> 'Wladimir Putin'."""
    first, last = view.span(mention)
    i = first
    while i < last and _is_modifier(view.text(i)):
        i += 1
    if i > first:
        mention.start = view.tokens[i].start
        mention.text = view.doc.text[mention.start : mention.end]


def _is_modifier(word: str) -> bool:
    low = word.lower()
    return low in DETERMINERS or low in POSSESSIVES or role_of(word) is not None or bool(demonym_parts(word))
