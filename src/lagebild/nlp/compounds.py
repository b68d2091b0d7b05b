"""Names that open a hyphenated compound: "US-Botschaft", "EU-Außenminister", "CDU-Abgeordnete", "PKK-Kämpfer",
"Nato-Gipfel", "Kohl-Anwälte".

German writes the body, office or act a name stands behind as one word with it, and the recogniser, which reads
the compound as one word, finds no name in it. Yet the name is who acts ("die US-Botschaft forderte …": the
United States) or who is acted on ("Angriffe auf YPG-Stellungen"). The first part becomes a mention of its own when
it is a country or organisation the gazetteer knows as a strong name, or a name the article already gives to a
person (by the last name) or an organisation; the rest must be a capitalised word that is no name itself
("Bosnien-Herzegowina" and "Mikl-Leitner" stay whole).
"""

from __future__ import annotations

import re

from lagebild.model import Document, Mention
from lagebild.nlp.knowledge import places
from lagebild.nlp.view import TokenView

COMPOUND_RE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\wÄÖÜäöüß]+)-([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*)(?![\w-])")
NOT_ACTORS = frozenset({"Dollar", "Cent"})  # "US-Dollar": a currency, not the state


def add_compound_prefixes(view: TokenView) -> None:
    """Add a mention for the name opening each hyphenated compound (source "compound")."""
    named = _names_given(view.doc)
    for match in COMPOUND_RE.finditer(view.doc.text):
        name, rest = match.group(1), match.group(2)
        if rest.split("-")[0] in NOT_ACTORS or places(rest) or not view.free(match.start(), match.end()):
            continue
        kind = _prefix_kind(name, named)
        if kind is not None:
            view.add(match.start(), match.start() + len(name), kind[0], "compound", country=kind[1])


def _names_given(doc: Document) -> dict[str, Mention]:
    """The article's organisations named in one word and its persons by their last name."""
    named: dict[str, Mention] = {}
    for mention in doc.mentions:
        if mention.type == "PER" or (mention.type == "ORG" and " " not in mention.text):
            named.setdefault(mention.text.split()[-1], mention)
    return named


def _prefix_kind(name: str, named: dict[str, Mention]) -> tuple[str, str | None] | None:
    """(type, country) of a compound's first part: a strong country or organisation name, or a name given before."""
    known = [p for p in places(name) if p.strong and p.kind in ("country", "org")]
    if known:
        return ("ORG" if known[0].kind == "org" else "LOC"), known[0].country
    if name in named:
        return named[name].type, named[name].country
    return None
