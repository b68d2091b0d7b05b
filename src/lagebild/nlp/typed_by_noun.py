"""A name's type from the noun right before it: after a noun for a kind of place a place ("die Provinz
Xinjiang"), after a noun for a body or a company an organisation ("die Fluggesellschaft Ryanair")."""

from __future__ import annotations

from lagebild.model import Mention
from lagebild.nlp.function_nouns import function_noun_type
from lagebild.nlp.knowledge import place, place_noun
from lagebild.nlp.view import TokenView, word_before


def places_by_noun(view: TokenView) -> None:
    """A name right after a noun for a kind of place is a place ("das kleine Dorf Dudschail", "die Provinz
    Xinjiang"), and so is a person of that name elsewhere in the article ("das Massaker von Dudschail").
    A person of several words is left alone: the place noun may end a phrase before a name ("der
    Bürgermeister der Hansestadt Jens Böhrnsen", "Region Elsass Adrien Zeller")."""
    named = set()
    for mention in view.doc.mentions:
        words = len(mention.text.split())
        if words > (1 if mention.type == "PER" else 2) or not place_noun(word_before(view, mention)):
            continue
        named.add(mention.text)
        if mention.type in ("PER", "ORG", "MISC") and _known_kind(mention.text) != "org":
            mention.type = "LOC"
    for mention in view.doc.mentions:
        if mention.type == "PER" and (mention.text in named or mention.text.removesuffix("s") in named):
            mention.type = "LOC"


def _known_kind(name: str) -> str | None:
    found = place(name)
    return found.kind if found is not None else None


# nouns for companies, media and movements: a name after one is theirs even where the recogniser read a
# place ("die Fluggesellschaft Ryanair"); nouns for courts, universities or parties take a place ("das
# Amtsgericht Wismar", "die Universität Princeton") and are not listed
_COMPANY_NOUNS = ("konzern", "unternehmen", "hersteller", "fluggesellschaft", "airline", "fluglinie", "billigflieger",
                  "autobauer", "reederei", "anbieter", "versicherer", "sender", "zeitung", "agentur", "bewegung", "miliz")


def unknown_place_after_company(view: TokenView, mention: Mention) -> bool:
    return _unknown_place(mention) and word_before(view, mention).lower().endswith(_COMPANY_NOUNS)


def _unknown_place(mention: Mention) -> bool:
    """A place the gazetteers do not know, not in the genitive ("Kurdistans" of "Arbeiterpartei Kurdistans")."""
    return mention.type == "LOC" and place(mention.text) is None and not mention.text.endswith("s")


def bodies_by_noun(view: TokenView) -> None:
    """A name that a noun for a body made an organisation ("die irische Fluggesellschaft Ryanair") is one
    wherever else the article names it and the recogniser took it for a person or an unknown place."""
    bodies = {m.text for m in view.doc.mentions if m.type == "ORG" and body_noun_before(view, m)}
    for mention in view.doc.mentions:
        if (mention.type in ("PER", "MISC") or _unknown_place(mention)) and mention.text in bodies:
            mention.type = "ORG"


def body_noun_before(view: TokenView, mention: Mention) -> bool:
    """Is the word right before the name a noun for a body ("Gewerkschaft", "Sender", "Partei")? Not a
    "-rat", which names a council and a councillor alike ("Landesrat Hans Mayr")."""
    word = word_before(view, mention)
    return bool(word) and word[:1].isupper() and function_noun_type(word) == "ORG" and not word.endswith("rat")
