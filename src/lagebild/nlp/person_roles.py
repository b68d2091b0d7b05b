"""Roles and countries of person mentions (enrich step d): from their titles, from a party in brackets
("Reinhold Mitterlehner (ÖVP)"), from a noun for their people ("der Kanadier X"), and the counterpart
relation ("sein nordkoreanischer Amtskollege Y" has the role of "sein")."""

from __future__ import annotations

import jellyfish

from lagebild.model import Mention
from lagebild.nlp.knowledge import nationality_noun
from lagebild.nlp.roles import Role
from lagebild.nlp.title_phrases import apposition, fronted_apposition, prefix_country, premodifier
from lagebild.nlp.view import TokenView, bracketed, word_before

SAME_NAME_SIMILARITY = 0.9


def assign_roles(view: TokenView) -> None:
    """Roles and countries of the persons: from their titles, a party in brackets and, for a counterpart,
    the person whose counterpart they are."""
    people = [m for m in view.doc.mentions if m.type == "PER"]
    counterparts = _title_roles(view, people)
    _party_roles(view, people)
    for mention in counterparts:
        referent = _referent(people, mention, counterparts)
        if referent is not None:
            mention.roles = [r for r in _roles_of(people, referent) if r not in mention.roles] + mention.roles


def _title_roles(view: TokenView, people: list[Mention]) -> list[Mention]:
    """Give each person the role and country of their title, or the country of a noun for their people;
    return the persons titled as someone's counterpart ("sein Amtskollege"), who take that one's roles."""
    counterparts = []
    for mention in people:
        role, country, possessive = _title(view, mention)
        if role is None:
            mention.country = mention.country or _nationality_before(view, mention)
            continue
        mention.country = mention.country or country
        if role.counterpart:
            if possessive or country or role.german.startswith("amts"):
                counterparts.append(mention)
        elif _label(role) not in mention.roles:
            mention.roles.append(_label(role))
    return counterparts


def _title(view: TokenView, mention: Mention) -> tuple[Role | None, str | None, bool]:
    """Role, country and possessive of the title before the name, else in an apposition after it, else
    set off before it."""
    role, country, possessive = premodifier(view, mention)
    if role is None:
        role, country, possessive = apposition(view, mention)
    if role is None:
        role, country, possessive = fronted_apposition(view, mention)
    return role, country, possessive


def _party_roles(view: TokenView, people: list[Mention]) -> None:
    """"member (ÖVP)" for "Reinhold Mitterlehner (ÖVP)"."""
    organisations = {m.start: m for m in view.doc.mentions if m.type == "ORG"}
    for mention in people:
        party = bracketed(view.doc.text, mention, organisations)
        if party and f"member ({party.text})" not in mention.roles:
            mention.roles.append(f"member ({party.text})")


def _nationality_before(view: TokenView, mention: Mention) -> str | None:
    """The country of a noun for its people right before a name: "der Kanadier Mohammed Fahmi" -> CAN."""
    word = word_before(view, mention)
    return nationality_noun(word) if word else None


def _label(role: Role) -> str:
    """The role's label, with the organisation an acronym prefix names: "CSU-Chef" -> "head (CSU)"
    ("Ex-Präsident", "US-Präsident" keep the plain label; the US gives the country)."""
    acronym = sum(c.isupper() for c in role.prefix) >= 2
    return f"{role.label} ({role.prefix})" if acronym and not prefix_country(role) else role.label


def _referent(people: list[Mention], mention: Mention, counterparts: list[Mention]) -> Mention | None:
    """Whose counterpart: another person in the sentence, else the last person named before."""
    others = [p for p in people if p is not mention and p not in counterparts and not _same_person(p, mention)]
    same_sentence = [p for p in others if p.sentence == mention.sentence]
    if same_sentence:
        return min(same_sentence, key=lambda p: abs(p.start - mention.start))
    before = [p for p in others if p.start < mention.start]
    return before[-1] if before else None


def _roles_of(people: list[Mention], referent: Mention) -> list[str]:
    """The referent's roles, or those of another mention of the same person in the article."""
    roles: list[str] = []
    for person in [referent] + [p for p in people if _same_person(p, referent)]:
        roles += [r for r in person.roles if r not in roles]
    return roles


def _same_person(a: Mention, b: Mention) -> bool:
    last_a, last_b = a.text.split()[-1], b.text.split()[-1]
    return last_a[:1] == last_b[:1] and jellyfish.jaro_winkler_similarity(last_a, last_b) >= SAME_NAME_SIMILARITY
