"""Institutions named by a noun (enrich step c): after a definite article an organisation noun names an
actor by itself ("die Polizei", "die Staatsanwaltschaft München", "die Tiroler Polizei", "vom
Bundeskartellamt"), and so does a plural noun for a body without one ("Sicherheitskräfte"): an ORG mention
(source "institution") with the country of a place that qualifies it or of the same body named before."""

from __future__ import annotations

from lagebild.model import Mention
from lagebild.nlp.inflect import DEFINITE
from lagebild.nlp.knowledge import place
from lagebild.nlp.model import hanta_class
from lagebild.nlp.roles import actor_noun, org_noun_gender, org_noun_parts
from lagebild.nlp.view import POSSESSIVES, TokenView, is_adjective

ARTICLE_PREPOSITIONS = frozenset({"vom", "beim", "zum", "zur"})  # "vom Bundeskartellamt", "zur Polizei"
# Before a bare plural they make it no actor: "keine Soldaten", "ohne Truppen", "mehr Polizisten"
NOT_BARE_ACTORS = frozenset({"kein", "keine", "keinen", "ohne", "mehr", "weniger", "wie", "als"}) | POSSESSIVES
PEOPLE_PLURALS = frozenset({"soldaten", "truppen", "rebellen"})


def add_institutions(view: TokenView) -> None:
    """ORG mentions for "die Polizei", "der Staatsanwaltschaft München", "die Tiroler Polizei"."""
    for i, token in enumerate(view.tokens):
        label = actor_noun(view.text(i))
        if label is None or not view.free(token.start, token.end):
            continue
        first = _institution_start(view, i)
        if first is None:
            continue
        start, end, country = view.tokens[first].start, token.end, _place_country(view.text(first))
        after = _mention_starting(view, token.end)
        if after is not None and after.type == "LOC":  # "Staatsanwaltschaft München": the place is its name
            view.doc.mentions.remove(after)
            end, country = after.end, after.country
        elif after is not None or _capitalised_after(view, i):
            continue  # an apposition names it: "die Nachrichtenagentur AFP", "die Regierung Merkel"
        else:
            located = _located(view, i)
            if label == "government" and located:
                continue  # "die Regierung in Ankara": the capital stands for its government
            country = country or located or _antecedent_country(view, start, label, view.text(i))
        view.add(start, end, "ORG", "institution", country=country, roles=[label])


def _antecedent_country(view: TokenView, offset: int, label: str, noun: str) -> str | None:
    """The country of the last organisation before `offset` of the same kind: after "das türkische
    Außenministerium", "des Ministeriums" is that ministry, after "die französischen Behörden" "die
    Sicherheitsbehörden" are French. Two different compounds name two bodies: after "das
    Bundesverwaltungsgericht", "das Truppengericht" is another court."""
    earlier = [m for m in view.doc.mentions if m.type == "ORG" and m.end <= offset and m.country
               and any(role == label or role.endswith(" " + label) for role in m.roles)
               and _same_body(noun, m.text)]
    return max(earlier, key=lambda m: m.start).country if earlier else None


def _same_body(noun: str, earlier: str) -> bool:
    """May `noun` refer back to the organisation named `earlier`: one of the two is the bare noun, or both
    are the same compound?"""
    now = org_noun_parts(noun)
    before = next((parts for word in earlier.split() if (parts := org_noun_parts(word))), None)
    return now is None or before is None or not now[1] or not before[1] or now[1] == before[1]


def _institution_start(view: TokenView, i: int) -> int | None:
    """The first token of "<definite article> [adjectives | place adjective] <noun>" ("vom", "zur": the
    article in the preposition), or of a plural noun without article ("verschafften sich Sicherheitskräfte
    Zugang"), or None."""
    sentence, j = view.sent[i], i - 1
    if _place_country(view.at(j, sentence)):
        j -= 1
    while is_adjective(view.at(j, sentence)) and j > i - 3:
        j -= 1
    before = view.at(j, sentence).lower()
    if before not in DEFINITE and before not in ARTICLE_PREPOSITIONS and not _bare_plural(view, i, j):
        return None
    return j + 1 if j + 1 < i and _place_country(view.text(j + 1)) else i


def _bare_plural(view: TokenView, i: int, j: int) -> bool:
    """A plural noun for a body ("Sicherheitskräfte", "Behörden") right after a word that is no determiner.
    Not plain people ("Soldaten", "Truppen", "Rebellen"), who are as often sent, killed or counted."""
    word, noun = view.at(j, view.sent[i]).lower(), view.text(i)
    parts = org_noun_parts(noun)
    return (j == i - 1 and org_noun_gender(noun) == "Plur" and word not in NOT_BARE_ACTORS
            and parts is not None and parts[0] not in PEOPLE_PLURALS)


def _place_country(word: str) -> str | None:
    """The country of a place adjective in -er ("Tiroler", "Wiener"), else None."""
    if not (word[:1].isupper() and word.endswith("er") and len(word) > 4):
        return None
    found = place(word[:-2])
    return found.country if found is not None and found.kind != "org" else None


def _mention_starting(view: TokenView, offset: int) -> Mention | None:
    """The mention that starts right after `offset` (one space between), if any."""
    text = view.doc.text
    start = offset + 1 if offset < len(text) and text[offset] == " " else offset
    return next((m for m in view.doc.mentions if m.start == start), None)


def _capitalised_after(view: TokenView, i: int) -> bool:
    """Does a name follow the noun ("die Regierung Merkel")? A common noun does not name it
    ("verschafften sich Sicherheitskräfte Zugang")."""
    word = view.at(i + 1, view.sent[i])
    return word[:1].isupper() and word.isalpha() and actor_noun(word) is None and hanta_class(word) != "NN"


def _located(view: TokenView, i: int) -> str | None:
    """The country of "in/aus/von <place>" or of a genitive "der/des <place>" right after token i."""
    sentence = view.sent[i]
    if view.at(i + 1, sentence).lower() not in ("in", "aus", "von", "im", "der", "des"):
        return None
    after = _mention_starting(view, view.tokens[i + 1].end)
    return after.country if after is not None and after.type == "LOC" else None
