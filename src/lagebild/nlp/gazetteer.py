"""Known places and organisations (enrich step a): a mention the gazetteers know takes their type and
country, a language name is no place, and known names the recogniser missed are added (source
"gazetteer")."""

from __future__ import annotations

from lagebild.model import Document, Mention
from lagebild.nlp.knowledge import demonym, place, places
from lagebild.nlp.mention_trim import trim_tail, trim_title
from lagebild.nlp.model import hanta_class
from lagebild.nlp.roles import role_of
from lagebild.nlp.typed_by_noun import body_noun_before, unknown_place_after_company
from lagebild.nlp.view import TokenView

MAX_NAME_TOKENS = 4


def correct_mention(view: TokenView, mention: Mention) -> None:
    """Correct one recognised mention: trim the words run into it, make it an organisation after a noun for
    a body, and give it the type and country the gazetteers know or its demonym gives."""
    if mention.type in ("PER", "ORG"):
        trim_tail(view, mention)
    if ((mention.type == "MISC" or unknown_place_after_company(view, mention)
         or (mention.type == "PER" and not _full_person_name(mention.text))) and body_noun_before(view, mention)):
        mention.type = "ORG"  # "die Gewerkschaft Solidarność", "der Sender Bugün TV", "die Fluggesellschaft Ryanair"
    if mention.type == "PER":
        trim_title(view, mention)
    found = place(mention.text)
    if found is not None:
        mention.type = "ORG" if found.kind == "org" else "LOC"
        mention.country = found.country
        return
    country = demonym(mention.text)
    if country is not None and _language_name(mention):
        mention.type, mention.country = "MISC", None  # "Rede auf Deutsch", "übersetzt ins Arabische"
    elif country is not None:
        mention.type, mention.country = "LOC", country
    elif mention.type == "ORG" and " " in mention.text:
        mention.country = demonym(mention.text.split()[0])


def _full_person_name(name: str) -> bool:
    """Several words, each a proper noun by HanTa and no place: a person's full name, which a noun for a body may
    end a phrase before ("der grünen Bundestagsfraktion Volker Beck"), not a name of the body ("Bugün TV")."""
    words = name.split()
    return len(words) > 1 and all(hanta_class(word) == "NE" and place(word) is None for word in words)


def _language_name(mention: Mention) -> bool:
    """A capitalised demonym without an adjective ending is a language, not its country ("auf Deutsch",
    "Englisch", "ins Arabische" aside, which the recogniser sometimes tags as a place)."""
    word = mention.text
    return mention.type != "PER" and " " not in word and word[:1].isupper() and word.endswith("sch")


def add_gazetteer(view: TokenView) -> None:
    """Add the known names the recogniser missed, the longest match first (source "gazetteer")."""
    i = 0
    while i < len(view.tokens):
        i += _match_name(view, i)


def _match_name(view: TokenView, i: int) -> int:
    """Add the longest strong name starting at token i; return how many tokens to advance."""
    sentence = view.sent[i]
    for n in range(MAX_NAME_TOKENS, 0, -1):
        j = i + n - 1
        if j >= len(view.tokens) or view.sent[j] != sentence:
            continue
        start, end = view.tokens[i].start, view.tokens[j].end
        found = [p for p in places(view.doc.text[start:end]) if p.strong]  # cities: only names of several words
        if not found or not view.text(i)[:1].isupper() and not view.text(i)[:1].isdigit():
            continue
        if not view.free(start, end) and not _replace_fragments(view, start, end, n):
            return n
        known = found[0]
        if _inside_person_name(view, i, j, known.kind):
            return n
        view.add(start, end, "ORG" if known.kind == "org" else "LOC", "gazetteer", country=known.country)
        return n
    return 1


def _replace_fragments(view: TokenView, start: int, end: int, tokens: int) -> bool:
    """Drop the recogniser's pieces of a longer known name ("Demokratischen Republik" + "Kongo" of
    "Demokratischen Republik Kongo"); True if the span is free now. Only pieces inside the span,
    none of them a person, and only for names of several words."""
    inside = [m for m in view.doc.mentions if m.start < end and start < m.end]
    if tokens < 2 or any(m.start < start or m.end > end or m.type == "PER" or m.source != "ner" for m in inside):
        return False
    for mention in inside:
        view.doc.mentions.remove(mention)
    return True


def _inside_person_name(view: TokenView, i: int, j: int, kind: str) -> bool:
    """A capital flanked by other capitalised words is likely part of a name ("George Washington")."""
    if kind != "capital":
        return False
    sentence = view.sent[i]
    before, after = view.at(i - 1, sentence), view.at(j + 1, sentence)
    before_initial = i < 2 or view.sent[i - 2] != sentence  # "Aus Kiew ..." starts the sentence
    flank_before = before[:1].isupper() and not before_initial and place(before) is None
    return flank_before or (after[:1].isupper() and place(after) is None and role_of(after) is None and after.isalpha())


def short_country_names(doc: Document) -> None:
    """A country's short name takes the country of a longer name ending in it that the article gives:
    after "Demokratische Republik Kongo", "im Kongo" is that country, not the Republic of the Congo."""
    long_names = {m.text.split()[-1]: m.country for m in doc.mentions
                  if m.type == "LOC" and m.country and " " in m.text}
    for mention in doc.mentions:
        country = long_names.get(mention.text)
        if mention.type == "LOC" and mention.country and country and " " not in mention.text:
            mention.country = country
