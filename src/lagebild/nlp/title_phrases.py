"""A person's title, country and possessive from the words around the name: before it ("der russische
Präsident X"), in an apposition after it ("X, der nordkoreanische Staatschef") or set off before it
("Der frühere Präsident des Irak, X, ...")."""

from __future__ import annotations

from lagebild.model import Mention
from lagebild.nlp.knowledge import country_of, demonym_parts, place
from lagebild.nlp.roles import Role, role_of
from lagebild.nlp.view import DETERMINERS, GOVERNING, LOCATIVE, POSSESSIVES, TokenView, is_adjective

MAX_PREMODIFIERS = 4
MAX_FRONTED_TOKENS = 12
# What may follow the title in "der Präsident des Irak, X,": a genitive or a prepositional complement.
FRONTED_COMPLEMENTS = frozenset("des der für von vom aus in im bei beim".split())


def premodifier(view: TokenView, mention: Mention) -> tuple[Role | None, str | None, bool]:
    """Role, country and possessive from the words before a name ("der russische Präsident X")."""
    first, _ = view.span(mention)
    sentence = view.sent[first]
    role = role_of(view.at(first - 1, sentence)) if view.at(first - 1, sentence) else None
    if role is None:
        return None, None, False
    country, possessive = _modifiers(view, range(first - 2, first - 2 - MAX_PREMODIFIERS, -1), sentence)
    return role, country or prefix_country(role), possessive


def apposition(view: TokenView, mention: Mention) -> tuple[Role | None, str | None, bool]:
    """Role and country from ", der nordkoreanische Staatschef" after a name."""
    _, last = view.span(mention)
    sentence = view.sent[last]
    if view.at(last + 1, sentence) not in {",", "("}:
        return None, None, False
    j = last + 2
    while view.at(j, sentence) and j < last + 2 + MAX_PREMODIFIERS and role_of(view.at(j, sentence)) is None:
        j += 1
    role = role_of(view.at(j, sentence)) if view.at(j, sentence) else None
    if role is None:
        return None, None, False
    country, possessive = _modifiers(view, range(last + 2, j), sentence)
    following = view.at(j + 1, sentence)
    genitive = country_of(following) if following[:1].isupper() and following.endswith("s") else None
    return role, country or genitive or prefix_country(role), possessive


def fronted_apposition(view: TokenView, mention: Mention) -> tuple[Role | None, str | None, bool]:
    """Role and country from a title phrase set off before the name: "Der frühere Präsident des Irak,
    Saddam Hussein, ...", "mit dem iranischen Vize-Außenminister für internationale Beziehungen,
    Abbas Araghchi, und ...". The name must be closed by a comma too, and the title phrase be a
    noun with a genitive or prepositional complement, so a clause before the comma is not taken."""
    first, last = view.span(mention)
    sentence = view.sent[first]
    if view.at(first - 1, sentence) != "," or view.at(last + 1, sentence) not in (",", "("):
        return None, None, False
    for j in range(first - 2, max(first - 2 - MAX_FRONTED_TOKENS, -1), -1):
        word = view.at(j, sentence)
        if not word or word in (",", ";", ":"):
            return None, None, False
        role = role_of(word)
        if role is None or role.counterpart:
            continue
        complement = view.at(j + 1, sentence).lower()
        before = view.at(j - 1, sentence)
        if j + 1 < first - 1 and complement not in FRONTED_COMPLEMENTS:
            return None, None, False
        opens_phrase = before.lower() in DETERMINERS | LOCATIVE | GOVERNING  # "der", "vom", "mit"
        if before and not opens_phrase and not is_adjective(before) and not demonym_parts(before):
            return None, None, False
        country, possessive = _modifiers(view, range(j - 1, j - 1 - MAX_PREMODIFIERS, -1), sentence)
        genitive = country_of(view.at(j + 2, sentence)) if complement in ("des", "der") else None
        return role, country or genitive or prefix_country(role), possessive
    return None, None, False


def _modifiers(view: TokenView, indices: range, sentence: int) -> tuple[str | None, bool]:
    """Country and possessive among determiners, adjectives, demonyms and genitive countries."""
    country, possessive = None, False
    for i in indices:
        word = view.at(i, sentence)
        low = word.lower()
        parts = demonym_parts(word) if word else []
        found = place(word) if word[:1].isupper() else None
        if len(parts) == 1:
            country = country or parts[0][2]
        elif found is not None and found.kind == "country" and word.endswith("s"):
            country = country or found.country
        elif low in POSSESSIVES:
            possessive = True
        elif low not in DETERMINERS and not is_adjective(word):
            break
    return country, possessive


def prefix_country(role: Role) -> str | None:
    return country_of(role.prefix) if role.prefix else None
