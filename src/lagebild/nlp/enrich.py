"""The enrich stage: gazetteer corrections, demonyms, metonymy and roles around NER mentions.

Runs after the NER stage (doc.mentions, doc.tokens, doc.sentences filled) and before the
names stage, which groups mentions into entities and merges their `roles` and `country`.

a) A mention that is a known country, capital, city or region becomes LOC with its country;
   an international organisation becomes ORG; countries, capitals, regions and organisations
   the NER missed are added (source "gazetteer").
b) A capital standing for its government ("zwischen Moskau und Kiew", "Peking kritisierte")
   is marked `metonymy`.
c) Demonym adjectives ("russischen") become LOC mentions with their country (source
   "demonym"); with an organisation noun ("die russische Armee") an ORG mention (source
   "demonym-org"). An organisation noun after a definite article names an actor by itself
   ("die Polizei", "die Staatsanwaltschaft München", "die Tiroler Polizei"): an ORG mention
   (source "institution") with the country of a place that qualifies it.
d) Person mentions get roles and country from premodifiers ("der russische
   Verteidigungsminister X"), appositions ("X, der nordkoreanische Staatschef") and the
   counterpart relation ("sein nordkoreanischer Amtskollege Y" has the role of "sein").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

import jellyfish

from lagebild.config import Settings
from lagebild.model import Document, Mention, Token
from lagebild.nlp.inflect import ADJECTIVE_ENDINGS, DEFINITE
from lagebild.nlp.function_nouns import function_noun_type
from lagebild.nlp.knowledge import (
    NAME_PARTICLES,
    WEEKDAYS,
    _rows,
    country_of,
    demonym,
    demonym_parts,
    name_particles,
    nationality_noun,
    place,
    place_noun,
    places,
)
from lagebild.nlp.model import hanta_class, hanta_tagger
from lagebild.nlp.roles import Role, actor_noun, org_noun, org_noun_parts, role_of

DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines dieser diese diesen diesem".split()
)
POSSESSIVES = frozenset("sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres".split())
LOCATIVE = frozenset("in im ins nach aus bei beim nahe um vor von vom bis durch zu zum über unter an am auf ab".split())
GOVERNING = frozenset(["gegen", "mit"])  # "Sanktionen gegen Moskau", "Gespräche mit Peking"
SUBORDINATORS = frozenset("dass weil ob nachdem da wie wenn während obwohl sodass damit".split())
MAX_NAME_TOKENS = 4
MAX_PREMODIFIERS = 4
SAME_NAME_SIMILARITY = 0.9
MAX_FRONTED_TOKENS = 12
# What may follow the title in "der Präsident des Irak, X,": a genitive or a prepositional complement.
FRONTED_COMPLEMENTS = frozenset("des der für von vom aus in im bei beim".split())
TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


class _View:
    """Tokens with their sentence, and which character spans mentions already cover."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tokens = doc.tokens or [Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(doc.text)]
        self.starts = [t.start for t in self.tokens]
        sentence_starts = [s.start for s in doc.sentences]
        self.sent = [max(bisect_right(sentence_starts, t.start) - 1, 0) for t in self.tokens]

    def text(self, i: int) -> str:
        return self.doc.text[self.tokens[i].start : self.tokens[i].end]

    def at(self, i: int, sentence: int) -> str:
        """Token i's text if it is in the sentence, else ""."""
        return self.text(i) if 0 <= i < len(self.tokens) and self.sent[i] == sentence else ""

    def index(self, offset: int) -> int:
        return max(bisect_right(self.starts, offset) - 1, 0)

    def span(self, mention: Mention) -> tuple[int, int]:
        """First and last token index of a mention."""
        return self.index(mention.start), self.index(max(mention.end - 1, mention.start))

    def free(self, start: int, end: int) -> bool:
        return not any(m.start < end and start < m.end for m in self.doc.mentions)

    def add(self, start: int, end: int, type_: str, source: str, **fields) -> Mention:
        mention = Mention(start, end, self.doc.text[start:end], type_, self.doc.sentence_at(start), source=source, **fields)
        self.doc.mentions.append(mention)
        return mention


def enrich_stage(doc: Document, settings: Settings) -> None:
    """Correct and add mentions from the gazetteers, then mark metonymy and attach roles."""
    view = _View(doc)
    _places_by_noun(view)
    _split_glued_names(view)
    for mention in doc.mentions:
        _correct(view, mention)
    _bodies_by_noun(view)
    _short_particle_names(view)
    _other_cases(view)
    _add_gazetteer(view)
    _short_country_names(doc)
    _add_demonyms(view)
    _add_institutions(view)
    doc.mentions.sort(key=lambda m: (m.start, m.end))
    for mention in doc.mentions:
        if mention.type == "LOC" and not mention.metonymy:
            _mark_metonymy(view, mention)
    _assign_roles(view)


# --------------------------------------------------------------------------- a) gazetteer


def _correct(view: _View, mention: Mention) -> None:
    if mention.type in ("PER", "ORG"):
        _trim_tail(view, mention)
    if (mention.type in ("PER", "MISC") or _unknown_place_after_company(view, mention)) and _body_noun_before(view, mention):
        mention.type = "ORG"  # "die Gewerkschaft Solidarność", "der Sender Bugün TV", "die Fluggesellschaft Ryanair"
    if mention.type == "PER":
        _trim_title(view, mention)
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


def _language_name(mention: Mention) -> bool:
    """A capitalised demonym without an adjective ending is a language, not its country ("auf Deutsch",
    "Englisch", "ins Arabische" aside, which the recogniser sometimes tags as a place)."""
    word = mention.text
    return mention.type != "PER" and " " not in word and word[:1].isupper() and word.endswith("sch")


def _places_by_noun(view: _View) -> None:
    """A name right after a noun for a kind of place is a place ("das kleine Dorf Dudschail", "die Provinz
    Xinjiang"), and so is a person of that name elsewhere in the article ("das Massaker von Dudschail").
    A person of several words is left alone: the place noun may end a phrase before a name ("der
    Bürgermeister der Hansestadt Jens Böhrnsen", "Region Elsass Adrien Zeller")."""
    named = set()
    for mention in view.doc.mentions:
        words = len(mention.text.split())
        if words > (1 if mention.type == "PER" else 2) or not place_noun(_word_before(view, mention)):
            continue
        named.add(mention.text)
        if mention.type in ("PER", "ORG", "MISC") and _known_kind(mention.text) != "org":
            mention.type = "LOC"
    for mention in view.doc.mentions:
        if mention.type == "PER" and (mention.text in named or mention.text.removesuffix("s") in named):
            mention.type = "LOC"


# nouns for companies, media and movements: a name after one is theirs even where the recogniser read a
# place ("die Fluggesellschaft Ryanair"); nouns for courts, universities or parties take a place ("das
# Amtsgericht Wismar", "die Universität Princeton") and are not listed
_COMPANY_NOUNS = ("konzern", "unternehmen", "hersteller", "fluggesellschaft", "airline", "fluglinie", "billigflieger",
                  "autobauer", "reederei", "anbieter", "versicherer", "sender", "zeitung", "agentur", "bewegung", "miliz")


def _unknown_place_after_company(view: _View, mention: Mention) -> bool:
    return _unknown_place(mention) and _word_before(view, mention).lower().endswith(_COMPANY_NOUNS)


def _unknown_place(mention: Mention) -> bool:
    """A place the gazetteers do not know, not in the genitive ("Kurdistans" of "Arbeiterpartei Kurdistans")."""
    return mention.type == "LOC" and place(mention.text) is None and not mention.text.endswith("s")


def _bodies_by_noun(view: _View) -> None:
    """A name that a noun for a body made an organisation ("die irische Fluggesellschaft Ryanair") is one
    wherever else the article names it and the recogniser took it for a person or an unknown place."""
    bodies = {m.text for m in view.doc.mentions if m.type == "ORG" and _body_noun_before(view, m)}
    for mention in view.doc.mentions:
        if (mention.type in ("PER", "MISC") or _unknown_place(mention)) and mention.text in bodies:
            mention.type = "ORG"


def _known_kind(name: str) -> str | None:
    found = place(name)
    return found.kind if found is not None else None


def _body_noun_before(view: _View, mention: Mention) -> bool:
    """Is the word right before the name a noun for a body ("Gewerkschaft", "Sender", "Partei")? Not a
    "-rat", which names a council and a councillor alike ("Landesrat Hans Mayr")."""
    word = _word_before(view, mention)
    return bool(word) and word[:1].isupper() and function_noun_type(word) == "ORG" and not word.endswith("rat")


def _trim_tail(view: _View, mention: Mention) -> None:
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


def _weekday_phrase(view: _View, j: int) -> bool:
    """A weekday the NER took into a name ("IS am Freitag")."""
    return view.text(j).lower() in WEEKDAYS and j > 0 and view.text(j - 1) in ("am", "Am")


def _trim_title(view: _View, mention: Mention) -> None:
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


def _add_gazetteer(view: _View) -> None:
    i = 0
    while i < len(view.tokens):
        i += _match_name(view, i)


def _match_name(view: _View, i: int) -> int:
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
        if _inside_person_name(view, i, j, found[0].kind):
            return n
        kind = found[0]
        view.add(start, end, "ORG" if kind.kind == "org" else "LOC", "gazetteer", country=kind.country)
        return n
    return 1


def _short_country_names(doc: Document) -> None:
    """A country's short name takes the country of a longer name ending in it that the article gives:
    after "Demokratische Republik Kongo", "im Kongo" is that country, not the Republic of the Congo."""
    long_names = {m.text.split()[-1]: m.country for m in doc.mentions
                  if m.type == "LOC" and m.country and " " in m.text}
    for mention in doc.mentions:
        country = long_names.get(mention.text)
        if mention.type == "LOC" and mention.country and country and " " not in mention.text:
            mention.country = country


def _replace_fragments(view: _View, start: int, end: int, tokens: int) -> bool:
    """Drop the recogniser's pieces of a longer known name ("Demokratischen Republik" + "Kongo" of
    "Demokratischen Republik Kongo"); True if the span is free now. Only pieces inside the span,
    none of them a person, and only for names of several words."""
    inside = [m for m in view.doc.mentions if m.start < end and start < m.end]
    if tokens < 2 or any(m.start < start or m.end > end or m.type == "PER" or m.source != "ner" for m in inside):
        return False
    for mention in inside:
        view.doc.mentions.remove(mention)
    return True


def _inside_person_name(view: _View, i: int, j: int, kind: str) -> bool:
    """A capital flanked by other capitalised words is likely part of a name ("George Washington")."""
    if kind != "capital":
        return False
    sentence = view.sent[i]
    before, after = view.at(i - 1, sentence), view.at(j + 1, sentence)
    before_initial = i < 2 or view.sent[i - 2] != sentence  # "Aus Kiew ..." starts the sentence
    flank_before = before[:1].isupper() and not before_initial and place(before) is None
    return flank_before or (after[:1].isupper() and place(after) is None and role_of(after) is None and after.isalpha())


# --------------------------------------------------------------------------- two people in one mention


def _split_glued_names(view: _View) -> None:
    """Two people the recogniser took for one: "Im Jahr 2008 warf Lech Kaczyński Wałęsa vor, ..." after
    "Jarosław Kaczyński" and "Lech Wałęsa". A name of three or more words whose last two words both end
    other persons' names in the article is a full name followed by a family name."""
    people = [m for m in view.doc.mentions if m.type == "PER"]
    for mention in people:
        first, last = view.span(mention)
        if last - first < 2:
            continue
        others = {m.text.split()[-1] for m in people if m is not mention and m.text != mention.text}
        if view.text(last) in others and view.text(last - 1) in others:
            end = view.tokens[last - 1].end
            view.add(view.tokens[last].start, mention.end, "PER", mention.source)
            mention.end, mention.text = end, view.doc.text[mention.start : end]


# --------------------------------------------------------------------------- short forms of particle names


def _short_particle_names(view: _View) -> None:
    """A person named with a particle ("Karl-Theodor zu Guttenberg", "Osama bin Laden", "Umar al-Baschir") is
    a person wherever the article names them by particle and family name: "Zu Guttenberg sagte", "zu
    Guttenbergs Arbeit", "Bin Laden", "al-Baschirs". Pieces the recogniser found there (a place
    "Guttenberg", "Von der" as a misc name) give way; a mention that reaches beyond the short form stays.
    The family name alone ("die Truppen Assads") is added where the recogniser found nothing, if it is
    read as a proper noun and no preposition of place comes before it ("in Assisi")."""
    forms = {form for m in view.doc.mentions if m.type == "PER" for form in _particle_forms(view, m)}
    for i in range(len(view.tokens)):
        for particle, surname in forms:
            span = _short_form_at(view, i, particle, surname)
            if span is not None:
                _person_at(view, *span)
            elif _bare_family_name(view, i, surname):
                view.add(view.tokens[i].start, view.tokens[i].end, "PER", "ner")


def _bare_family_name(view: _View, i: int, surname: str) -> bool:
    token = view.tokens[i]
    if view.text(i) not in (surname, surname + "s") or not view.free(token.start, token.end):
        return False
    return hanta_class(surname) == "NE" and view.at(i - 1, view.sent[i]).lower() not in LOCATIVE


def _particle_forms(view: _View, mention: Mention) -> list[tuple[tuple[str, ...], str]]:
    """(particle words, family name) of a person's name with a particle before its last word; the
    particle is "al-" for a name written "al-Baschir"."""
    first, last = view.span(mention)
    word = view.text(last)
    particle, dash, rest = word.partition("-")
    if dash and particle in NAME_PARTICLES and rest[:1].isupper() and last > first:
        return [((particle + "-",), rest)]
    words = tuple(view.text(k) for k in range(first, last))
    found = next((p for p in name_particles() if words[len(words) - len(p):] == p), None)
    return [(found, word)] if found and len(words) > len(found) and word[:1].isupper() else []


def _short_form_at(view: _View, i: int, particle: tuple[str, ...], surname: str) -> tuple[int, int] | None:
    """First and last token of "<particle> <surname>" ending at token i, the surname also in the genitive
    and the particle capitalised at the start of a sentence; None if there is none."""
    word = view.text(i)
    if particle[0].endswith("-"):
        head, _, rest = word.partition("-")
        ok = head.lower() + "-" == particle[0] and rest in (surname, surname + "s")
        return (i, i) if ok else None
    first = i - len(particle)
    if word not in (surname, surname + "s") or first < 0 or view.sent[first] != view.sent[i]:
        return None
    words = [view.text(k) for k in range(first, i)]
    capital = first == 0 or view.sent[first - 1] != view.sent[first]
    written = [words[0][:1].lower() + words[0][1:], *words[1:]] if capital else words
    return (first, i) if tuple(written) == particle else None


def _person_at(view: _View, first: int, last: int) -> None:
    """Make tokens first..last one person mention, replacing the pieces inside it."""
    start, end = view.tokens[first].start, view.tokens[last].end
    inside = [m for m in view.doc.mentions if m.start < end and start < m.end]
    if any(m.start < start or m.end > end for m in inside) or any(m.type == "PER" and (m.start, m.end) == (start, end) for m in inside):
        return
    for mention in inside:
        view.doc.mentions.remove(mention)
    view.add(start, end, "PER", "ner")


# --------------------------------------------------------------------------- names with adjectives in other cases

NAME_ADJECTIVE_ENDINGS = ("en", "em", "es", "er", "e")


@cache
def adjective_stem(word: str) -> str | None:
    """The stem of a capitalised adjective inside a name ("Süddeutschen", "Süddeutscher" -> "Süddeutsch",
    "Kleinen" -> "Klein"); None for a word that is no adjective, or one in "-er" that does not inflect
    ("Frankfurter", "Zürcher")."""
    if not word[:1].isupper() or not word.isalpha() or not _reads_as_adjective(word.lower()):
        return None
    ending = next((e for e in NAME_ADJECTIVE_ENDINGS if word.endswith(e)), None)
    if ending is None or len(word) - len(ending) < 3:
        return None
    stem = word[: -len(ending)]
    return stem if ending != "er" or _reads_as_adjective(stem.lower()) else None


@cache
def _reads_as_adjective(word: str) -> bool:
    tags = hanta_tagger().tag_word(word, cutoff=3)
    return bool(tags) and tags[0][0].startswith("ADJ")


def _other_cases(view: _View) -> None:
    """An organisation named with adjectives is the same name in another case: after "laut Süddeutscher
    Zeitung" the article's "die Süddeutsche Zeitung" and "der Süddeutschen Zeitung" are found too."""
    for mention in [m for m in view.doc.mentions if m.type in ("ORG", "MISC") and " " in m.text]:
        words = mention.text.split()
        stem = adjective_stem(words[0])
        if stem is None or len(words) > MAX_NAME_TOKENS:
            continue
        forms = {" ".join([stem + ending, *words[1:]]) for ending in NAME_ADJECTIVE_ENDINGS} - {mention.text}
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(forms))) + r")(?!\w)")
        for found in pattern.finditer(view.doc.text):
            if view.free(found.start(), found.end()):
                view.add(found.start(), found.end(), mention.type, mention.source, country=mention.country)


# --------------------------------------------------------------------------- c) demonyms


def _add_demonyms(view: _View) -> None:
    for i, token in enumerate(view.tokens):
        word = view.text(i)
        parts = demonym_parts(word) if word[:1].isalpha() else []
        if not parts or not view.free(token.start, token.end):
            continue
        noun = _org_noun_after(view, i) if len(parts) == 1 else None
        if noun is not None:
            j, label = noun
            view.add(token.start, view.tokens[j].end, "ORG", "demonym-org", country=parts[0][2], roles=[label])
            continue
        for start, end, country in parts:
            view.add(token.start + start, token.start + end, "LOC", "demonym", country=country)


def _org_noun_after(view: _View, i: int) -> tuple[int, str] | None:
    """(token index, label) of an organisation noun after a demonym, past up to two adjectives."""
    sentence = view.sent[i]
    for j in range(i + 1, i + 4):
        word = view.at(j, sentence)
        label = org_noun(word) if word else None
        if label is not None and view.free(view.tokens[j].start, view.tokens[j].end):
            return j, label
        if not _is_adjective(word):
            return None
    return None


def _add_institutions(view: _View) -> None:
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


def _antecedent_country(view: _View, offset: int, label: str, noun: str) -> str | None:
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


def _institution_start(view: _View, i: int) -> int | None:
    """The first token of "<definite article> [adjectives | place adjective] <noun>", or None."""
    sentence, j = view.sent[i], i - 1
    if _place_country(view.at(j, sentence)):
        j -= 1
    while _is_adjective(view.at(j, sentence)) and j > i - 3:
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


def _mention_starting(view: _View, offset: int) -> Mention | None:
    """The mention that starts right after `offset` (one space between), if any."""
    text = view.doc.text
    start = offset + 1 if offset < len(text) and text[offset] == " " else offset
    return next((m for m in view.doc.mentions if m.start == start), None)


def _capitalised_after(view: _View, i: int) -> bool:
    word = view.at(i + 1, view.sent[i])
    return word[:1].isupper() and word.isalpha() and actor_noun(word) is None


def _located(view: _View, i: int) -> str | None:
    """The country of "in/aus/von <place>" or of a genitive "der/des <place>" right after token i."""
    sentence = view.sent[i]
    if view.at(i + 1, sentence).lower() not in ("in", "aus", "von", "im", "der", "des"):
        return None
    after = _mention_starting(view, view.tokens[i + 1].end)
    return after.country if after is not None and after.type == "LOC" else None


def _is_adjective(word: str) -> bool:
    return word[:1].islower() and word.endswith(ADJECTIVE_ENDINGS) and word.lower() not in DETERMINERS | POSSESSIVES


# --------------------------------------------------------------------------- b) metonymy


@cache
def _metonymy_verbs() -> tuple[frozenset[str], tuple[str, ...]]:
    rows = list(_rows("metonymy_verbs.tsv"))
    return frozenset(f for f, kind in rows if kind == "exact"), tuple(f for f, kind in rows if kind == "prefix")


def _is_cue_verb(word: str) -> bool:
    exact, prefixes = _metonymy_verbs()
    low = word.lower()
    return low in exact or low.startswith(prefixes)


def _mark_metonymy(view: _View, mention: Mention) -> None:
    found = place(mention.text)
    if found is None or found.kind != "capital" or found.name.casefold() != mention.text.casefold():
        return
    first, last = view.span(mention)
    sentence = view.sent[first]
    before, after = view.at(first - 1, sentence).lower(), view.at(last + 1, sentence)
    if before in LOCATIVE:
        return
    if before == "zwischen" and after == "und":
        other = _mention_at(view, last + 2, "LOC")
        if other is not None:
            mention.metonymy = True
            other.metonymy = other.metonymy or _is_capital(other)
        return
    if after == "und" and _mention_at(view, last + 2, "LOC") is not None:
        after = view.at(last + 3, sentence)
    partner = _mention_at(view, first - 2, "LOC") if before in ("und", "oder") else None
    if partner is not None and _is_capital(partner):  # "warf Berlin und Warschau vor", "in Berlin und Warschau"
        mention.metonymy = partner.metonymy
        return
    mention.metonymy = (
        before in GOVERNING or before in SUBORDINATORS or _is_cue_verb(before) or _is_cue_verb(after)
    )


def _is_capital(mention: Mention) -> bool:
    found = place(mention.text)
    return found is not None and found.kind == "capital"


def _mention_at(view: _View, token_index: int, type_: str) -> Mention | None:
    if not 0 <= token_index < len(view.tokens):
        return None
    start = view.tokens[token_index].start
    return next((m for m in view.doc.mentions if m.start == start and m.type == type_), None)


# --------------------------------------------------------------------------- d) roles


def _assign_roles(view: _View) -> None:
    people = [m for m in view.doc.mentions if m.type == "PER"]
    counterparts = []
    for mention in people:
        role, country, possessive = _premodifier(view, mention)
        if role is None:
            role, country, possessive = _apposition(view, mention)
        if role is None:
            role, country, possessive = _fronted_apposition(view, mention)
        if role is None:
            mention.country = mention.country or _nationality_before(view, mention)
            continue
        mention.country = mention.country or country
        if role.counterpart:
            if possessive or country or role.german.startswith("amts"):
                counterparts.append(mention)
        elif _label(role) not in mention.roles:
            mention.roles.append(_label(role))
    organisations = {m.start: m for m in view.doc.mentions if m.type == "ORG"}
    for mention in people:
        party = bracketed(view.doc.text, mention, organisations)
        if party and f"member ({party.text})" not in mention.roles:
            mention.roles.append(f"member ({party.text})")
    for mention in counterparts:
        referent = _referent(people, mention, counterparts)
        if referent is not None:
            mention.roles = [r for r in _roles_of(people, referent) if r not in mention.roles] + mention.roles


def _nationality_before(view: _View, mention: Mention) -> str | None:
    """The country of a noun for its people right before a name: "der Kanadier Mohammed Fahmi" -> CAN."""
    word = _word_before(view, mention)
    return nationality_noun(word) if word else None


def _word_before(view: _View, mention: Mention) -> str:
    """The word right before a mention in its sentence, or ""."""
    first, _ = view.span(mention)
    return view.at(first - 1, view.sent[first])


def _label(role: Role) -> str:
    """The role's label, with the organisation an acronym prefix names: "CSU-Chef" -> "head (CSU)"
    ("Ex-Präsident", "US-Präsident" keep the plain label; the US gives the country)."""
    acronym = sum(c.isupper() for c in role.prefix) >= 2
    return f"{role.label} ({role.prefix})" if acronym and not _prefix_country(role) else role.label


def bracketed(text: str, mention: Mention, starting_at: dict[int, Mention]) -> Mention | None:
    """The mention (from `starting_at`, by start offset) in brackets right after `mention`:
    "Reinhold Mitterlehner (ÖVP)", "Internationale Währungsfonds (IWF)"."""
    if text[mention.end : mention.end + 2] != " (":
        return None
    inner = starting_at.get(mention.end + 2)
    return inner if inner is not None and text[inner.end : inner.end + 1] == ")" else None


def _premodifier(view: _View, mention: Mention) -> tuple[Role | None, str | None, bool]:
    """Role, country and possessive from the words before a name ("der russische Präsident X")."""
    first, _ = view.span(mention)
    sentence = view.sent[first]
    role = role_of(view.at(first - 1, sentence)) if view.at(first - 1, sentence) else None
    if role is None:
        return None, None, False
    country, possessive = _modifiers(view, range(first - 2, first - 2 - MAX_PREMODIFIERS, -1), sentence)
    return role, country or _prefix_country(role), possessive


def _apposition(view: _View, mention: Mention) -> tuple[Role | None, str | None, bool]:
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
    return role, country or genitive or _prefix_country(role), possessive


def _fronted_apposition(view: _View, mention: Mention) -> tuple[Role | None, str | None, bool]:
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
        if before and not opens_phrase and not _is_adjective(before) and not demonym_parts(before):
            return None, None, False
        country, possessive = _modifiers(view, range(j - 1, j - 1 - MAX_PREMODIFIERS, -1), sentence)
        genitive = country_of(view.at(j + 2, sentence)) if complement in ("des", "der") else None
        return role, country or genitive or _prefix_country(role), possessive
    return None, None, False


def _modifiers(view: _View, indices: range, sentence: int) -> tuple[str | None, bool]:
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
        elif low not in DETERMINERS and not _is_adjective(word):
            break
    return country, possessive


def _prefix_country(role: Role) -> str | None:
    return country_of(role.prefix) if role.prefix else None


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
