"""Pronoun coreference for persons, only where the antecedent is clear.

A masculine or feminine personal or possessive pronoun ("Er", "ihn", "sein", "he")
refers to a person mentioned before it. Clear means: exactly one compatible person
is mentioned earlier in the same sentence; or, if none is, the first person mentioned
in the closest earlier body sentence that names one (the sentence topic), at most
MAX_SENTENCES_BACK sentences back. Persons named right after a preposition ("mit seinem
Amtskollegen X") are not topics and are passed over. A person introduced without a name
between the two ("Ihr Anwalt bestritt das: Seine Mandanten …, sagte er") is the likelier
antecedent, so the pronoun stays unresolved. Each resolved pronoun becomes a Mention with
source="coref".
"""

from __future__ import annotations

import re

from lagebild.model import Document, Entity, Mention
from lagebild.nlp.function_nouns import function_noun_type
from lagebild.nlp.roles import title_gender_before

MASCULINE = frozenset("er ihn ihm sein seine seinen seinem seiner seines he him his himself".split())
FEMININE = frozenset("she her hers herself".split())  # German "sie"/"ihr" are also plural: skipped
_PREPOSITIONS = frozenset(
    "mit bei von zu zum zur für gegen über an am auf nach vor neben zwischen unter ohne durch "
    "with by of to for against from at on".split()
)
_WORD = re.compile(r"\w+")
_FEMININE_SURNAME = re.compile(r"(ova|eva|ina|skaia|skaya|ska|aja|aya)$")
_SINGULAR_DETERMINERS = frozenset(
    "der ein dieser sein ihr unser the a this his her".split()
)
MAX_SENTENCES_BACK = 3


def _gender_fits(entity: Entity, pronoun: str, women: frozenset[str] = frozenset()) -> bool:
    last = entity.name.split()[-1].lower() if entity.name else ""
    female = bool(_FEMININE_SURNAME.search(last)) or entity.id in women
    return not female if pronoun in MASCULINE else female


def _women(doc: Document, entities: dict[str, Entity]) -> frozenset[str]:
    """Persons the text names with a feminine title right before a name ("Bundeskanzlerin Merkel",
    "die US-amerikanische Außenministerin Condoleezza Rice", "Frau Müller")."""
    return frozenset(entity.id for entity in entities.values()
                     if any(title_gender_before(doc.text, m.start) == "F" for m in entity.mentions))


def _is_oblique(doc: Document, mention: Mention) -> bool:
    """Is the name inside a prepositional phrase (a preposition among the 4 words before it)?"""
    sentence = doc.sentences[mention.sentence]
    before = _WORD.findall(doc.text[sentence.start : mention.start])[-4:]
    return any(word.lower() in _PREPOSITIONS for word in before)


def _candidates(doc: Document, mentions: list[Mention], sentence: int, offset: int) -> list[Mention]:
    return [m for m in mentions if m.sentence == sentence and m.end <= offset and m.entity]


def _unnamed_person(doc: Document, mentions: list[Mention], start: int, end: int) -> bool:
    """Is a person introduced without a name in text[start:end] ("Ihr Anwalt", "der Sprecher")? A role
    noun right before a name is that person's title ("der Sprecher X") and does not count."""
    words = list(_WORD.finditer(doc.text, start, end))
    named = {m.start for m in mentions}
    for determiner, noun, after in zip(words, words[1:], [*words[2:], None]):
        if determiner.group().lower() not in _SINGULAR_DETERMINERS or not noun.group()[:1].isupper():
            continue
        if function_noun_type(noun.group()) == "PER" and (after is None or after.start() not in named):
            return True
    return False


def _antecedent(doc: Document, mentions: list[Mention], entities: dict[str, Entity], pronoun: Mention,
                women: frozenset[str] = frozenset()) -> str | None:
    word = pronoun.text.lower()
    here = [m for m in _candidates(doc, mentions, pronoun.sentence, pronoun.start)
            if _gender_fits(entities[m.entity], word, women)]
    if here:
        ids = {m.entity for m in here if not _is_oblique(doc, m)} or {m.entity for m in here}
        return next(iter(ids)) if len(ids) == 1 else None
    first_index = max(pronoun.sentence - MAX_SENTENCES_BACK, 0)
    for index in range(pronoun.sentence - 1, first_index - 1, -1):
        if doc.sentences[index].kind != "body":
            continue
        earlier = [m for m in _candidates(doc, mentions, index, doc.sentences[index].end) if not _is_oblique(doc, m)]
        if earlier:
            first = min(earlier, key=lambda m: m.start)
            if _unnamed_person(doc, mentions, first.end, pronoun.start):
                return None
            return first.entity if _gender_fits(entities[first.entity], word, women) else None
        if any(m.sentence == index for m in mentions):
            return None
    return None


def resolve_pronouns(doc: Document) -> None:
    """Add a coref Mention for every pronoun whose person is clear."""
    if not doc.sentences:
        return
    entities = {e.id: e for e in doc.entities if e.type == "PER"}
    mentions = sorted((m for e in entities.values() for m in e.mentions), key=lambda m: m.start)
    women = _women(doc, entities)
    for index, sentence in enumerate(doc.sentences):
        for match in _WORD.finditer(doc.text, sentence.start, sentence.end):
            if match.group().lower() not in MASCULINE | FEMININE:
                continue
            pronoun = Mention(match.start(), match.end(), match.group(), "PER", index, source="coref")
            target = _antecedent(doc, mentions, entities, pronoun, women)
            if target:
                pronoun.entity = target
                entities[target].mentions.append(pronoun)
                doc.mentions.append(pronoun)
                mentions.append(pronoun)
                mentions.sort(key=lambda m: m.start)


def resolve_reported_self(doc: Document) -> None:
    """Reported speech shifts the speaker's "ich" to "er": in "Er werde X anrufen, sagte Y" the "Er" is Y.
    A masculine subject pronoun inside an indirect quote whose one speaker is a person who is not known to
    be a woman is linked to that speaker, replacing the last-person-named guess of `resolve_pronouns`
    (or adding the link where that found none). Direct quotes keep their pronouns: there the speaker says
    "ich", and "er" is someone else."""
    persons = {e.id: e for e in doc.entities if e.type == "PER"}
    women = _women(doc, persons)
    for quote in doc.quotes:
        speaker = persons.get(quote.speakers[0]) if quote.kind == "indirect" and len(quote.speakers) == 1 else None
        if speaker is None or not _gender_fits(speaker, "er", women):
            continue
        for match in _WORD.finditer(doc.text, quote.start, quote.end):
            if match.group().lower() == "er":
                _link(doc, persons, match, speaker)


def _link(doc: Document, persons: dict[str, Entity], match: re.Match, speaker: Entity) -> None:
    existing = next((m for m in doc.mentions if m.start == match.start() and m.source == "coref"), None)
    if existing is not None and existing.entity in persons:
        persons[existing.entity].mentions.remove(existing)
    pronoun = existing or Mention(match.start(), match.end(), match.group(), "PER", doc.sentence_at(match.start()),
                                  source="coref")
    pronoun.entity = speaker.id
    speaker.mentions.append(pronoun)
    speaker.mentions.sort(key=lambda m: m.start)
    if existing is None:
        doc.mentions.append(pronoun)
        doc.mentions.sort(key=lambda m: m.start)
