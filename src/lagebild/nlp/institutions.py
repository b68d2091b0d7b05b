"""Institutions named by a noun (enrich step c): after a definite article an organisation noun names an
actor by itself ("die Polizei", "die Staatsanwaltschaft München", "die Tiroler Polizei"), an ORG mention
(source "institution") with the country of a place that qualifies it or of the same body named before."""

from __future__ import annotations

from lagebild.model import Mention
from lagebild.nlp.inflect import DEFINITE
from lagebild.nlp.knowledge import place
from lagebild.nlp.roles import actor_noun, org_noun_parts
from lagebild.nlp.view import TokenView, is_adjective


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
    """The first token of "<definite article> [adjectives | place adjective] <noun>", or None."""
    sentence, j = view.sent[i], i - 1
    if _place_country(view.at(j, sentence)):
        j -= 1
    while is_adjective(view.at(j, sentence)) and j > i - 3:
        j -= 1
    if view.at(j, sentence).lower() not in DEFINITE:
        return None
    return j + 1 if j + 1 < i and _place_country(view.text(j + 1)) else i


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
    word = view.at(i + 1, view.sent[i])
    return word[:1].isupper() and word.isalpha() and actor_noun(word) is None


def _located(view: TokenView, i: int) -> str | None:
    """The country of "in/aus/von <place>" or of a genitive "der/des <place>" right after token i."""
    sentence = view.sent[i]
    if view.at(i + 1, sentence).lower() not in ("in", "aus", "von", "im", "der", "des"):
        return None
    after = _mention_starting(view, view.tokens[i + 1].end)
    return after.country if after is not None and after.type == "LOC" else None
