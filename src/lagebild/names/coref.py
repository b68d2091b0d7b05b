"""Pronoun coreference for persons, only where the antecedent is clear.

A masculine or feminine personal or possessive pronoun ("Er", "ihn", "sein", "he")
refers to a person mentioned before it. Clear means: exactly one compatible person
is mentioned earlier in the same sentence; or, if none is, the first person mentioned
in the closest earlier body sentence that names one (the sentence topic), at most
MAX_SENTENCES_BACK sentences back. Persons named right after a preposition ("mit seinem
Amtskollegen X") are not topics and are passed over. A pronoun inside a direct quote
does not stand for a person named in the same sentence outside it (the speaker says "ich"). German
"sie"/"ihr" is resolved only when the parse reads it as singular ("sie sagte", not "sie sagten")
and the person is a woman or, for the forms "sie" and "ihr", at least not known to be a man (no
masculine title, no "er" linked). A subject noun of the pronoun's gender between the person and the
pronoun takes it ("Der Komet ist weit entfernt, sein Schweif …"). A person named in full again where
the recogniser missed it still counts as mentioned there. A person introduced without a name
between the two ("Ihr Anwalt bestritt das: Seine Mandanten …, sagte er") is the likelier
antecedent, so the pronoun stays unresolved. Each resolved pronoun becomes a Mention with
source="coref".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lagebild.model import Document, Entity, Mention
from lagebild.nlp.function_nouns import function_noun_type
from lagebild.nlp.roles import role_of, title_gender_before
from lagebild.nlp.syntax import parse_of_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

MASCULINE = frozenset("er ihn ihm sein seine seinen seinem seiner seines he him his himself".split())
FEMININE = frozenset("she her hers herself".split())
FEMININE_DE = frozenset("sie ihr ihre ihren ihrem ihrer ihres".split())  # also plural: see _singular
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
_DIE_AFTER = re.compile(r"\s*,\s*die\s")
_COORDINATED_BEFORE = re.compile(r"\b(und|sowie|oder)\s*$|&\s*$")


def _gender_fits(entity: Entity, pronoun: str, women: frozenset[str] = frozenset(),
                 men: frozenset[str] = frozenset()) -> bool:
    """Masculine pronouns fit persons not known as women; feminine ones known women; German "sie"/"ihr"
    (already read as singular) also persons with a full name not known as men (no masculine title, no "er")."""
    last = entity.name.split()[-1].lower() if entity.name else ""
    female = bool(_FEMININE_SURNAME.search(last)) or entity.id in women
    if pronoun in MASCULINE:
        return not female
    known_man = entity.id in men or any(m.source == "coref" and m.text.lower() in MASCULINE for m in entity.mentions)
    full_name = len(entity.name.split()) > 1  # a single capitalised word is too often no person ("Deus")
    return female or (pronoun in ("sie", "ihr") and full_name and not known_man)


def _men(doc: Document, entities: dict[str, Entity], women: frozenset[str]) -> frozenset[str]:
    """Persons the text names with a masculine title ("Minister X", "Herr X"), who are not also women."""
    return frozenset(entity.id for entity in entities.values() if entity.id not in women
                     and any(title_gender_before(doc.text, m.start) == "M" for m in entity.mentions))


def _singular(token: Token | None) -> bool:
    """Does the parse read German "sie"/"ihr…" as one person: a singular personal pronoun whose finite
    verb is not plural ("sie sagte"), or a possessive with a singular possessor ("ihr Amt")?"""
    if token is None or token.morph.get("Polite"):
        return False
    if token.tag_ == "PPOSAT":
        return token.morph.get("Number[psor]") == ["Sing"]
    verb_plural = token.dep_.startswith("nsubj") and token.head.morph.get("Number") == ["Plur"]
    return token.tag_ == "PPER" and token.morph.get("Number") == ["Sing"] and not verb_plural


def _is_pronoun(word: str, token: Token | None) -> bool:
    """Is the word a resolvable third-person pronoun here: not the verb "sein" ("wird … sein"), German
    "sie"/"ihr" only when singular."""
    lower = word.lower()
    if lower in FEMININE_DE:
        return _singular(token)
    if lower == "sein" and token is not None:
        return token.tag_ == "PPOSAT" or word[:1].isupper()  # "Sein Kollege …" opening a sentence
    return lower in MASCULINE | FEMININE


def _quote_start(doc: Document, sentence: int, offset: int) -> int | None:
    """Where the direct quote around `offset` opens within its sentence, if it is inside one."""
    before = doc.text[doc.sentences[sentence].start : offset]
    opening = max(before.rfind("„"), before.rfind("»"))
    closing = max(before.rfind("“"), before.rfind("«"))
    return doc.sentences[sentence].start + opening if opening > closing else None


def _repeated_names(doc: Document, entities: dict[str, Entity], mentions: list[Mention]) -> list[Mention]:
    """Full names of persons (two words or more) repeated where the recogniser did not tag them."""
    covered = [(m.start, m.end) for m in mentions]
    found = []
    for entity in entities.values():
        if len(entity.name.split()) < 2:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(entity.name)}(?!\w)", doc.text):
            if not any(s < match.end() and match.start() < e for s, e in covered):
                found.append(Mention(match.start(), match.end(), match.group(), "PER",
                                     doc.sentence_at(match.start()), entity.id, source="repeat"))
    return found


def women_of(doc: Document, entities: dict[str, Entity]) -> frozenset[str]:
    """Persons the text names with a feminine title right before a name ("Bundeskanzlerin Merkel",
    "die US-amerikanische Außenministerin Condoleezza Rice", "Frau Müller") or with "die" right after it
    ("Ulla Jelpke, die …")."""
    return frozenset(entity.id for entity in entities.values()
                     if any(title_gender_before(doc.text, m.start) == "F" or _die_after(doc.text, m)
                            for m in entity.mentions))


def _die_after(text: str, mention: Mention) -> bool:
    """Is the name followed by ", die" — a relative pronoun or an apposition's article, feminine for one
    person — and not the last of several names ("X und Y, die …": plural)? ("der" after a name may be
    a feminine dative: "mit Angela Merkel, der Kanzlerin".)"""
    return (_DIE_AFTER.match(text, mention.end) is not None and mention.source != "coref"
            and _COORDINATED_BEFORE.search(text[max(0, mention.start - 8) : mention.start]) is None)


def _is_oblique(doc: Document, mention: Mention) -> bool:
    """Is the name inside a prepositional phrase (a preposition among the 4 words before it)?"""
    sentence = doc.sentences[mention.sentence]
    before = _WORD.findall(doc.text[sentence.start : mention.start])[-4:]
    return any(word.lower() in _PREPOSITIONS for word in before)


def _candidates(doc: Document, mentions: list[Mention], sentence: int, offset: int) -> list[Mention]:
    return [m for m in mentions if m.sentence == sentence and m.end <= offset and m.entity]


def _titles(doc: Document, entity: Entity) -> set[str]:
    """The words right before the person's names, lower case ("mitarbeiters" in "ihres Mitarbeiters X")."""
    return {words[-1].lower() for m in entity.mentions if m.source != "coref"
            for words in [_WORD.findall(doc.text[max(0, m.start - 40) : m.start])] if words}


def _unnamed_person(doc: Document, mentions: list[Mention], start: int, end: int,
                    titles: set[str] = frozenset()) -> bool:
    """Is a person introduced without a name in text[start:end] ("Ihr Anwalt", "der Sprecher")? A role
    noun right before a name is that person's title ("der Sprecher X") and does not count; nor does the
    candidate's own title taken up again ("ihres Mitarbeiters X … Der Mitarbeiter")."""
    words = list(_WORD.finditer(doc.text, start, end))
    named = {m.start for m in mentions}
    for determiner, noun, after in zip(words, words[1:], [*words[2:], None]):
        if determiner.group().lower() not in _SINGULAR_DETERMINERS or not noun.group()[:1].isupper():
            continue
        if any(title.startswith(noun.group().lower()) for title in titles):
            continue
        if function_noun_type(noun.group()) == "PER" and (after is None or after.start() not in named):
            return True
    return False


def _thing_subject(doc: Document, mentions: list[Mention], pronoun: Mention, parsed: dict[int, Token],
                   sentence: int | None = None) -> bool:
    """Is a subject between the pronoun and the last person named before it in its sentence (or anywhere
    in an earlier `sentence` without persons) a singular noun of its gender that names no person ("Der
    Komet ist weit entfernt, sein Schweif …"; "Die Gewerkschaft kündigte Proteste an. Sie erklärte …")?"""
    word = pronoun.text.lower()
    genders = ("Fem",) if word in FEMININE_DE else ("Masc", "Neut") if word.startswith("sein") else ("Masc",)
    index = pronoun.sentence if sentence is None else sentence
    end = pronoun.start if sentence is None else doc.sentences[index].end
    named = [(m.start, m.end) for m in mentions if m.sentence == index and m.end <= end]
    first = max([e for _, e in named], default=doc.sentences[index].start)
    for start in range(first, end):
        token = parsed.get(start)
        if token is None or token.tag_ not in ("NN", "NE") or not token.dep_.startswith("nsubj"):
            continue
        if token.morph.get("Number") != ["Sing"] or not set(token.morph.get("Gender")) & set(genders):
            continue
        after = token.idx + len(token.text) + 1
        if not _names_person(token) and not any(s <= after < e for s, e in named):
            return True
    return False


def _names_person(token: Token) -> bool:
    """Does the noun, or a noun hanging on it, name a person by role or function ("Der Pfarrer",
    "Der Rücktritt des Wirtschaftsministers")?"""
    return any(function_noun_type(t.text) == "PER" or role_of(t.text) is not None
               for t in (token, *token.children))


def _is_subject(mention: Mention, parsed: dict[int, Token] | None) -> bool:
    """Is the name a subject, or part of one ("Der Weihbischof …, Gerhard Maria Wagner, hat …")?"""
    for token in (t for offset, t in (parsed or {}).items() if mention.start <= offset < mention.end):
        for _ in range(3):
            if token.dep_.startswith("nsubj"):
                return True
            if token.dep_ not in ("appos", "flat", "conj") or token.head is token:
                break
            token = token.head
    return False


def _in_sentence(doc: Document, here: list[Mention], parsed: dict[int, Token] | None) -> str | None:
    """The one person named before the pronoun in its sentence: of several, the one not inside a
    prepositional phrase, and of those still several, the one subject ("X wird mit seinem Vize Y und
    seinem Geheimdienstchef Z angeklagt … seiner Partei")."""
    direct = [m for m in here if not _is_oblique(doc, m)] or here
    ids = {m.entity for m in direct}
    if len(ids) > 1:
        ids = {m.entity for m in direct if _is_subject(m, parsed)}
    return next(iter(ids)) if len(ids) == 1 else None


def _antecedent(doc: Document, mentions: list[Mention], entities: dict[str, Entity], pronoun: Mention,
                women: frozenset[str] = frozenset(), men: frozenset[str] = frozenset(),
                parsed: dict[int, Token] | None = None) -> str | None:
    word = pronoun.text.lower()
    if parsed and _thing_subject(doc, mentions, pronoun, parsed):
        return None
    quote = _quote_start(doc, pronoun.sentence, pronoun.start)
    here = [m for m in _candidates(doc, mentions, pronoun.sentence, pronoun.start)
            if _gender_fits(entities[m.entity], word, women, men) and (quote is None or m.start > quote)]
    if here:
        return _in_sentence(doc, here, parsed)
    first_index = max(pronoun.sentence - MAX_SENTENCES_BACK, 0)
    for index in range(pronoun.sentence - 1, first_index - 1, -1):
        if doc.sentences[index].kind != "body":
            continue
        named = _candidates(doc, mentions, index, doc.sentences[index].end)
        earlier = [m for m in named if not _is_oblique(doc, m)]
        if not earlier and index == pronoun.sentence - 1 and len({m.entity for m in named}) == 1:
            earlier = named  # the one person of the sentence before, even in "Kritik kam von X"
        if earlier:
            first = min(earlier, key=lambda m: m.start)
            if _unnamed_person(doc, mentions, first.end, pronoun.start, _titles(doc, entities[first.entity])):
                return None
            return first.entity if _gender_fits(entities[first.entity], word, women, men) else None
        if any(m.sentence == index for m in mentions) or (parsed and _thing_subject(doc, mentions, pronoun, parsed, index)):
            return None
    return None


def resolve_pronouns(doc: Document) -> None:
    """Add a coref Mention for every pronoun whose person is clear."""
    if not doc.sentences:
        return
    entities = {e.id: e for e in doc.entities if e.type == "PER"}
    mentions = sorted((m for e in entities.values() for m in e.mentions), key=lambda m: m.start)
    mentions = sorted(mentions + _repeated_names(doc, entities, mentions), key=lambda m: m.start)
    women = women_of(doc, entities)
    men = _men(doc, entities, women)
    parsed = {t.idx: t for t in parse_of_tokens(doc) or [] if t is not None}
    for index, sentence in enumerate(doc.sentences):
        for match in _WORD.finditer(doc.text, sentence.start, sentence.end):
            if not _is_pronoun(match.group(), parsed.get(match.start())):
                continue
            pronoun = Mention(match.start(), match.end(), match.group(), "PER", index, source="coref")
            target = _antecedent(doc, mentions, entities, pronoun, women, men, parsed)
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
    women = women_of(doc, persons)
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
