"""Titles that refer back to a named person, only where the person is clear.

News names a person once and then by office: "Ministerpräsident Horst Seehofer (CSU)" … "Der CSU-Chef
hatte gefordert, …"; "UN-Generalsekretär Ban Ki-moon" … "betonte der UN-Chef". A definite title
("der"/"die" + the title, adjectives between) that no name follows refers to the one person named
earlier in the article whose roles fit it: the same office ("Ministerpräsident" → prime minister), or,
for a chief's title with an organisation ("CSU-Chef", "UN-Chef"), membership or an office in that
organisation. With no such person, or two, the title stays unresolved. Each resolved title becomes a
Mention with source="title", so events and quotes can take the person as actor or speaker.
"""

from __future__ import annotations

import re

from lagebild.model import Document, Entity, Mention
from lagebild.names.coref import women_of
from lagebild.nlp.inflect import ADJECTIVE_ENDINGS
from lagebild.nlp.roles import Role, role_of, title_gender

_DETERMINERS = frozenset("der die des dem den vom beim".split())  # "Lob gab es vom UN-Generalsekretär"
_WORD = re.compile(r"[\w-]+")
_ROLE_ORGANISATION = re.compile(r"^(?P<label>.*?)(?: \((?P<org>[^)]*)\))?$")
# a chief's title names its organisation's head, whatever office the person was named with
_CHIEF_LABELS = frozenset({"head", "chair", "leader", "secretary-general"})
# labels too general to pick out one person ("der Vertreter", "das Mitglied")
_GENERIC_LABELS = frozenset({"representative", "member", "official"})


def resolve_titles(doc: Document) -> None:
    """Add a title Mention for every definite title whose person is clear."""
    persons = [e for e in doc.entities if e.type == "PER" and e.roles]
    if not persons:
        return
    women = women_of(doc, {e.id: e for e in persons})
    taken = [(m.start, m.end) for m in doc.mentions if m.source != "compound"]  # "CSU" in "CSU-Chef" is the party
    for index, sentence in enumerate(doc.sentences):
        if sentence.kind != "body" or sentence.duplicate_of is not None:
            continue
        words = list(_WORD.finditer(doc.text, sentence.start, sentence.end))
        for k, word in enumerate(words):
            role = _definite_title(doc, words, k, taken)
            if role is None:
                continue
            person = _referent(persons, role, word, women)
            if person is not None:
                mention = Mention(word.start(), word.end(), word.group(), "PER", index, source="title", entity=person.id)
                person.mentions.append(mention)
                doc.mentions.append(mention)


def _definite_title(doc: Document, words: list[re.Match], k: int, taken: list[tuple[int, int]]) -> Role | None:
    """The role of words[k] when it is a title after a definite article (adjectives between) that no name
    or genitive follows ("Der CSU-Chef hatte", not "der Präsident Frankreichs", "der Chef der Bank",
    "Ministerpräsident Horst Seehofer")."""
    word = words[k]
    if any(start <= word.start() < end for start, end in taken):
        return None
    role = role_of(word.group())
    if role is None or role.counterpart or role.label in _GENERIC_LABELS or word.group().lower().startswith(("ex-", "alt-")):
        return None
    j = k - 1
    while j >= 0 and words[j].group()[:1].islower() and words[j].group().endswith(ADJECTIVE_ENDINGS) \
            and words[j].group() not in _DETERMINERS:
        j -= 1
    if j < 0 or words[j].group().lower() not in _DETERMINERS:
        return None
    if _plural(words[j].group().lower(), [w.group() for w in words[j + 1 : k]], word.group()):
        return None
    if _named_in_apposition(doc, words, k, taken):
        return None  # "dem EU-Kommissar für Digitalwirtschaft, Günther Oettinger"
    after = words[k + 1].group() if k + 1 < len(words) else ""
    gap = doc.text[word.end() : words[k + 1].start()] if k + 1 < len(words) else ""
    if after[:1].isupper() and gap.strip() == "":
        return None  # a name or a capitalised genitive follows: "der Präsident Frankreichs"
    if after.lower() in _DETERMINERS and gap.strip() == "":
        return None  # "der Chef der Deutschen Bank": the organisation is named here
    return role


def _referent(persons: list[Entity], role: Role, word: re.Match, women: frozenset[str]) -> Entity | None:
    """The one person named before the title whose roles fit it and whose gender the title allows."""
    feminine = title_gender(word.group()) == "F"
    fitting = [p for p in persons
               if min(m.start for m in p.mentions) < word.start() and _fits(p, role)
               and (p.id in women) == feminine]
    return fitting[0] if len(fitting) == 1 else None


def _fits(person: Entity, role: Role) -> bool:
    organisation = role.prefix if sum(c.isupper() for c in role.prefix) >= 2 else ""
    for held in person.roles:
        found = _ROLE_ORGANISATION.match(held)
        label, org = found.group("label"), found.group("org") or ""
        if organisation:
            if org == organisation and (label == role.label or role.label in _CHIEF_LABELS):
                return True
        elif label == role.label:
            return True
    return False


def _plural(determiner: str, adjectives: list[str], title: str) -> bool:
    """A plural title: "die" before a masculine one ("an die Schulsprecher"), "der" and an adjective in -en
    ("der früheren Geschäftsführer"), or the dative plural in -n of a title in -er or -el ("zwischen den
    Außenministern"; not the weak "den Präsidenten")."""
    masculine = title_gender(title) != "F"
    genitive_plural = determiner == "der" and masculine and any(a.endswith("en") for a in adjectives)
    return (determiner == "die" and masculine) or genitive_plural or title.endswith(("ern", "eln"))


def _named_in_apposition(doc: Document, words: list[re.Match], k: int, taken: list[tuple[int, int]]) -> bool:
    """Does a comma and a name follow the title within its phrase (at most five words on)?"""
    for following in words[k + 1 : k + 7]:
        if "," in doc.text[words[k].end() : following.start()]:
            return any(start == following.start() for start, _ in taken)
    return False
