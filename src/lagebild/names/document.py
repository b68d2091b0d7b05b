"""Group an article's mentions into entities.

Full names are grouped first (one entity per person however it is spelled); then a
single-part mention ("Beloussow") joins the one full name it fits, or, if several
fit, the one mentioned nearest before it. Within one article the resolver is
lenient: a name part cut short by one letter matches when the other parts agree.
Roles and countries that an earlier stage put on entities are carried over: the
union of roles, the first country.
"""

from __future__ import annotations

from dataclasses import replace

from collections import Counter, defaultdict

from lagebild.model import Document, Entity, Mention
from lagebild.nlp import inflect
from lagebild.nlp.knowledge import countries, nominative, place
from lagebild.nlp.name_cases import adjective_stem
from lagebild.nlp.roles import org_noun_base, org_noun_parts
from lagebild.nlp.syntax import parse_of_tokens
from lagebild.nlp.view import bracketed
from lagebild.names.ids import entity_id, pick_canonical
from lagebild.names.parse import parse_name
from lagebild.names.resolve import Linker, NameRecord, same_entity

_Key = tuple[int, int]


def _prior_context(doc: Document) -> dict[_Key, tuple[list[str], str | None]]:
    """Roles and country each mention got from an earlier stage, on itself or through an entity."""
    out: dict[_Key, tuple[list[str], str | None]] = {
        (m.start, m.end): (list(m.roles), m.country) for m in doc.mentions if m.roles or m.country
    }
    for entity in doc.entities:
        for mention in entity.mentions:
            out[(mention.start, mention.end)] = (list(entity.roles), entity.country)
    return out


def _record(mention: Mention, prior: dict[_Key, tuple[list[str], str | None]]) -> NameRecord:
    roles, country = prior.get((mention.start, mention.end), ([], None))
    return NameRecord(mention.text, mention.type, tuple(roles), country)


class _Grouper:
    def __init__(self, prior: dict[_Key, tuple[list[str], str | None]]) -> None:
        self.prior = prior
        self.groups: list[list[Mention]] = []

    def fits(self, mention: Mention, group: list[Mention], full_only: bool) -> bool:
        members = [m for m in group if not full_only or _is_full(m)]
        record = _record(mention, self.prior)
        return bool(members) and all(
            same_entity(record, _record(m, self.prior), context="document").same for m in members
        )

    def add_full(self, mention: Mention) -> None:
        for group in self.groups:
            if self.fits(mention, group, full_only=True):
                group.append(mention)
                return
        self.groups.append([mention])

    def add_partial(self, mention: Mention) -> None:
        fitting = self._fitting(mention)
        if not fitting and _genitive_form(mention):  # "der Rede Bans" after "Ban Ki-moon"; not "Jonas" for "John"
            stem = mention.text[:-1]
            fitting = [g for g in self._fitting(replace(mention, text=stem)) if any(stem in m.text.split() for m in g)]
        if not fitting:
            self.groups.append([mention])
            return
        min(fitting, key=lambda g: _distance(mention, g)).append(mention)

    def _fitting(self, mention: Mention) -> list[list[Mention]]:
        return ([g for g in self.groups if self.fits(mention, g, full_only=True)]
                or [g for g in self.groups if self.fits(mention, g, full_only=False)])


def _genitive_form(mention: Mention) -> bool:
    """A one-word person's name that may be the genitive of a name part ("Bans", "Merkels")."""
    return mention.type == "PER" and " " not in mention.text and mention.text.endswith("s") and len(mention.text) > 3


def _is_full(mention: Mention) -> bool:
    """A name that can stand for its entity on its own: any non-person, or a person's
    name of two or more parts."""
    return mention.type != "PER" or len(parse_name(mention.text).folds) > 1


def _distance(mention: Mention, group: list[Mention]) -> tuple[int, int]:
    """Prefer the group mentioned last before the mention, else the first one after it."""
    before = [mention.start - m.end for m in group if m.end <= mention.start]
    if before:
        return (0, min(before))
    return (1, min(m.start - mention.end for m in group))


def _entity(group: list[Mention], prior: dict[_Key, tuple[list[str], str | None]], kb: Linker | None,
            doc: Document, parse: inflect.Parse | None) -> Entity:
    group.sort(key=lambda m: m.start)
    forms = [m.text for m in group]
    name = nominative(pick_canonical(forms)) if group[0].type in ("LOC", "ORG") else pick_canonical(forms)
    if all(m.source in _INSTITUTION_SOURCES for m in group):
        name = _institution_name(doc, parse, group, name)
    elif group[0].type in ("ORG", "MISC") and name == pick_canonical(forms):
        name = _adjective_name(doc, parse, group, name)
    roles: list[str] = []
    country = None
    for mention in group:
        more, where = prior.get((mention.start, mention.end), ([], None))
        roles.extend(r for r in more if r not in roles)
        country = country or where
    linked = kb.link(name, group[0].type) if kb is not None else None
    return Entity(
        id=linked or entity_id(group[0].type, name),
        name=name,
        type=group[0].type,
        country=country,
        roles=roles,
        variants=list(dict.fromkeys(forms)),
        mentions=group,
    )


def _stands_for_country(mention: Mention) -> bool:
    """A country's name, its demonym ("russische"), or its capital standing for its government."""
    if mention.type != "LOC" or not mention.country:
        return False
    if mention.source == "demonym" or mention.metonymy:
        return True
    found = place(mention.text)
    return found is not None and found.kind == "country"


def _country_entities(mentions: list[Mention]) -> list[Entity]:
    """One entity per country, whatever form the text uses; its id comes from the country, not the form."""
    by_country: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_country[mention.country].append(mention)  # type: ignore[index]
    entities = []
    for code, group in by_country.items():
        german, english = countries().get(code, (code, code))
        names = [nominative(m.text) for m in group if m.source not in ("demonym", "compound") and not m.metonymy]
        entities.append(Entity(
            id=entity_id("LOC", english),
            name=Counter(names).most_common(1)[0][0] if names else german,
            type="LOC",
            country=code,
            variants=list(dict.fromkeys(m.text for m in group)),
            mentions=group,
        ))
    return entities


def _harmonise_types(mentions: list[Mention]) -> None:
    """One type for one name in an article.

    A part of a full person name (the surname, or the given name by which Thai, Arab or Icelandic
    persons are named), also in the genitive, that the recogniser typed as a place or organisation
    is a person when it is no known place. The same name typed differently elsewhere takes its
    most frequent type; on a tie a place or organisation wins, since the recogniser takes unknown
    capitalised words for persons.
    """
    parts = {part for m in mentions if m.type == "PER" and len(m.text.split()) > 1
             for part in m.text.split() if len(part) > 2 and part[:1].isupper()}
    for mention in mentions:
        if mention.type == "PER" or mention.source != "ner" or place(mention.text) is not None:
            continue
        if mention.text in parts or (mention.text.endswith("s") and mention.text[:-1] in parts):
            mention.type = "PER"
    by_text: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.source == "ner":
            by_text[mention.text].append(mention)
    for same in by_text.values():
        votes = Counter(m.type for m in same)
        if len(votes) > 1:
            best = max(votes, key=lambda t: (votes[t], -_TYPE_PREFERENCE.index(t) if t in _TYPE_PREFERENCE else -9))
            for mention in same:
                mention.type = best


_TYPE_PREFERENCE = ("LOC", "ORG", "MISC", "PER")


def group_mentions(doc: Document, kb: Linker | None = None) -> None:
    """Fill `doc.entities` from `doc.mentions` and set each mention's entity id."""
    prior = _prior_context(doc)
    parse = parse_of_tokens(doc)
    named = [m for m in sorted(doc.mentions, key=lambda m: m.start) if m.source != "coref"]
    _harmonise_types(named)
    by_type: dict[str, list[Mention]] = defaultdict(list)
    for mention in named:
        if not _stands_for_country(mention):
            by_type[mention.type].append(mention)
    entities: list[Entity] = _country_entities([m for m in named if _stands_for_country(m)])
    for type_, mentions in by_type.items():
        grouper = _Grouper(prior)
        for mention in mentions:
            if _is_full(mention):
                grouper.add_full(mention)
        for mention in mentions:
            if not _is_full(mention):
                grouper.add_partial(mention)
        groups = _join_institutions(_join_known(_join_acronyms(grouper.groups, doc.text)), prior)
        entities.extend(_entity(group, prior, kb, doc, parse) for group in groups)
    _unique_ids(entities)
    for entity in entities:
        for mention in entity.mentions:
            mention.entity = entity.id
    doc.entities = sorted(entities, key=lambda e: e.mentions[0].start)
    doc.mentions = [m for m in doc.mentions if m.source != "coref"]


def _join_acronyms(groups: list[list[Mention]], text: str) -> list[list[Mention]]:
    """One group for a name and the acronym the text gives for it in brackets right after it:
    "Internationale Währungsfonds (IWF)", "Arbeiterpartei Kurdistans (PKK)"."""
    owner = {id(m): i for i, group in enumerate(groups) for m in group}
    starting_at = {m.start: m for group in groups for m in group}
    merged_into: dict[int, int] = {}
    for i, group in enumerate(groups):
        for mention in group:
            acronym = bracketed(text, mention, starting_at)
            if acronym is None or not _is_acronym(acronym.text):
                continue
            j = owner[id(acronym)]
            if j != i and j not in merged_into:
                merged_into[j] = merged_into.get(i, i)
    for j, i in merged_into.items():
        groups[i].extend(groups[j])
    return [g for j, g in enumerate(groups) if j not in merged_into]


def _join_known(groups: list[list[Mention]]) -> list[list[Mention]]:
    """One group for the names the knowledge base gives one organisation: "EU" and "Europäische
    Union", "UN" and "Vereinte Nationen"."""
    kept: list[list[Mention]] = []
    by_canonical: dict[str, list[Mention]] = {}
    for group in groups:
        known = {found.canonical for m in group if (found := place(m.text)) is not None and found.kind == "org"}
        target = next((by_canonical[c] for c in sorted(known) if c in by_canonical), None)
        if target is None:
            kept.append(group)
            target = group
        else:
            target.extend(group)
        for canonical in known:
            by_canonical.setdefault(canonical, target)
    return kept


_INSTITUTION_SOURCES = ("institution", "demonym-org")
_NOUN_ENDINGS = ("es", "en", "s", "n", "e")


def _join_institutions(groups: list[list[Mention]], prior: dict[_Key, tuple[list[str], str | None]]) -> list[list[Mention]]:
    """One group for an institution named again in another case or without its demonym: "das
    russische Außenministerium" … "des Außenministeriums", "die weißrussische Polizei" … "die
    Polizei", "des Gerichtes" … "das Gericht" (the same noun, role and country, or none; a place
    naming it, "die Tiroler Polizei", keeps it apart)."""
    kept: list[list[Mention]] = []
    keys: list[tuple | None] = []
    for group in groups:
        key = _institution_key(group, prior)
        if key is not None and key in keys:
            kept[keys.index(key)].extend(group)
            continue
        kept.append(group)
        keys.append(key)
    return kept


def _institution_name(doc: Document, parse: inflect.Parse | None, group: list[Mention], name: str) -> str:
    """An institution named by a noun phrase, in the nominative without article: "russischen
    Außenministeriums" -> "russisches Außenministerium", "Gerichtes" -> "Gericht".

    The parse of the mention named `name` tells case, gender and number (`lagebild.nlp.inflect`); where
    there is none, the adjectives take the form they have after "das" ("russische Außenministerium").
    The organisation lexicon gives the head noun's base form, which the parse does not give for a
    plural ("Sicherheitskräften" -> "Sicherheitskräfte")."""
    mention = next((m for m in group if m.text == name), None)
    tokens = [k for k, t in enumerate(doc.tokens) if mention.start <= t.start and t.end <= mention.end] if mention else []
    head = next((k for k in tokens if org_noun_parts(doc.tokens[k].text) is not None), None)  # "Polizei München"
    phrase = inflect.nominative(doc, parse, tokens, bare=True, head=head) if head is not None else None
    phrase = phrase or _after_article(name)
    *modifiers, head = phrase.split()
    return " ".join([*modifiers, org_noun_base(head)])


_STRONG_ENDINGS = {"Fem": "e", "Masc": "er", "Neut": "es"}  # "Süddeutsche Zeitung", "Norddeutscher Rundfunk"
# nouns with these endings are feminine, whatever the parse says ("Deutsche Presse-Agentur")
_FEMININE_SUFFIXES = ("ung", "ei", "ion", "heit", "keit", "schaft", "tät", "ur", "ik", "anz", "enz")


def _adjective_name(doc: Document, parse: inflect.Parse | None, group: list[Mention], name: str) -> str:
    """A name with adjectives before its noun, in the nominative without article: "Süddeutscher Zeitung"
    (after "laut") and "der Süddeutschen Zeitung" -> "Süddeutsche Zeitung", "des Norddeutschen Rundfunks"
    -> "Norddeutscher Rundfunk". The parse of the noun tells its gender and number (a feminine suffix
    overrules it); without a parse the name stays as written."""
    words = name.split()
    count = 0
    while count < len(words) - 1 and adjective_stem(words[count]) is not None:
        count += 1
    head = _head_token(doc, parse, group, name, count) if count else None
    if head is None:
        return name
    plural = head.morph.get("Number") == ["Plur"]
    feminine = words[count].rpartition("-")[2].lower().endswith(_FEMININE_SUFFIXES)
    ending = "e" if plural or feminine else _STRONG_ENDINGS.get((head.morph.get("Gender") or [""])[0])
    if ending is None:
        return name
    lemma = head.lemma_
    noun = lemma if not plural and lemma != words[count] and words[count].startswith(lemma) and len(words[count]) - len(lemma) <= 2 else words[count]
    return " ".join([*(adjective_stem(w) + ending for w in words[:count]), noun, *words[count + 1 :]])


def _head_token(doc: Document, parse: inflect.Parse | None, group: list[Mention], name: str, index: int):
    """The parse of the name's word at `index` in a mention written as `name`, or None."""
    mention = next((m for m in group if m.text == name), None)
    if mention is None or parse is None:
        return None
    tokens = [k for k, t in enumerate(doc.tokens) if mention.start <= t.start and t.end <= mention.end]
    return parse[tokens[index]] if index < len(tokens) and tokens[index] < len(parse) else None


def _after_article(name: str) -> str:
    """Adjectives in "-en" as after a definite article in the nominative singular: "russischen
    Außenministeriums" -> "russische Außenministeriums"."""
    *modifiers, head = name.split()
    return " ".join([*[w[:-1] if w.islower() and w.endswith("en") else w for w in modifiers], head])


def _institution_key(group: list[Mention], prior: dict[_Key, tuple[list[str], str | None]]) -> tuple | None:
    """(head noun stem, roles, country) of a group named only by institution phrases, else None."""
    keys = set()
    for mention in group:
        roles, country = prior.get((mention.start, mention.end), ([], None))
        *modifiers, head = mention.text.split()
        if mention.source not in _INSTITUTION_SOURCES or any(w[:1].isupper() for w in modifiers):
            return None
        stem = head.lower()
        stem = next((stem[: -len(e)] for e in _NOUN_ENDINGS if stem.endswith(e) and len(stem) > len(e) + 3), stem)
        keys.add((stem, tuple(sorted(roles)), country))
    return keys.pop() if len(keys) == 1 else None


def _is_acronym(word: str) -> bool:
    letters = word.replace("-", "")
    return 2 <= len(letters) <= 8 and letters.isalnum() and sum(c.isupper() for c in letters) >= 2


def _unique_ids(entities: list[Entity]) -> None:
    """Two entities kept apart in one article never share an id."""
    seen: dict[str, int] = {}
    for entity in entities:
        count = seen.get(entity.id, 0)
        seen[entity.id] = count + 1
        if count:
            entity.id = f"{entity.id}-{count + 1}"
