"""Speaker phrases to entities: the entity whose mention overlaps the phrase, the last person
before a pronoun, or a new entity described by the phrase ("ein Sprecher des Außenministeriums")."""

from __future__ import annotations

import hashlib

from lagebild.model import Document, Entity, Mention
from lagebild.nlp.inflect import DEFINITE
from lagebild.nlp.knowledge import country_of, demonym
from lagebild.nlp.roles import role_of, title_gender_before
from lagebild.quotes.base import View
from lagebild.quotes.describe import nominative
from lagebild.quotes.phrases import (
    DETERMINERS,
    GENITIVE,
    OBJECT_PRONOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    is_adjective,
    np_left,
)

PRONOUN_GENDER = {"er": "M", "ihn": "M", "ihm": "M", "sein": "M", "seine": "M", "seiner": "M", "seinem": "M",
                  "seinen": "M", "seines": "M"}  # "sie"/"ihr" may be plural: no gender
SIE_FORMS = frozenset("sie ihr ihre ihren ihrem ihrer ihres".split())  # never one man
BODY_ARTICLE = {"sie": "Die", "er": "Der"}  # "Die Regierung … Sie", "Der Verband … Er"
COORDINATORS = frozenset({"und", "sowie"})
RELATIVE_SPEAKERS = frozenset({"der", "die", "welcher", "welche"})
# a coordinator after these belongs to a dependent ("ein Sprecher von Siemens und BASF"): one speaker
_ATTACHING = frozenset("von vom aus bei in im des".split())


class SpeakerResolver:
    def __init__(self, doc: Document, view: View, quoted: list[tuple[int, int]] | None = None) -> None:
        self.doc = doc
        self.view = view
        self.mentions = self._mentions()
        self.quoted = quoted or []  # character spans of quoted content: names there are seldom the antecedent

    def _mentions(self) -> list[tuple[Mention, str]]:
        """(mention, entity id) pairs, in text order; the NER mentions when no entities exist yet."""
        if self.doc.entities:
            pairs = [(m, e.id) for e in self.doc.entities for m in e.mentions]
        else:
            pairs = [(m, m.entity or _mention_id(m)) for m in self.doc.mentions]
        return sorted(pairs, key=lambda p: p[0].start)

    def resolve_all(self, tokens: list[int]) -> list[str]:
        """Entity ids of a speaker phrase: one per conjunct of coordinated speakers ("Die USA und Südkorea")."""
        ids: list[str] = []
        for part in _conjuncts(self.view, tokens):
            entity_id = self.resolve(part)
            if entity_id is not None and entity_id not in ids:
                ids.append(entity_id)
        return ids

    def resolve(self, tokens: list[int]) -> str | None:
        if len(tokens) > 1 and self.view.lower[tokens[0]] in PREPOSITIONS:
            tokens = tokens[1:]  # "hieß es aus Paris", "in einer Erklärung": the preposition is no part of who spoke
        if not tokens:
            return None
        tokens = _antecedent_of_relative(self.view, tokens)
        tokens = _reporter(self.view, tokens)
        start, end = self.view.doc.tokens[tokens[0]].start, self.view.doc.tokens[tokens[-1]].end
        overlapping = [(m, eid) for m, eid in self.mentions if m.start < end and m.end > start
                       and not (len(tokens) > 1 and _is_possessive(m))]  # "sein Ministerium" is not "he"
        named = [(m, eid) for m, eid in overlapping if m.source != "coref"]
        appositive = self._in_apposition(tokens, named)
        if appositive:
            overlapping = named = appositive
        if named and self._body_of_person(tokens, named):
            return self._described(tokens, [], "ORG")  # "die Verteidigung Saddam Husseins" is not Saddam Hussein
        if overlapping and (not named or self._speaker_is_named(tokens, named)):
            return _best(overlapping)
        first = self.view.lower[tokens[0]]
        head = _head(self.view, tokens)
        role = head is not None and self.view.lex.speaker_type(self.view.words[head]) is not None
        if len(tokens) == 1 and (first in PRONOUNS or first in OBJECT_PRONOUNS) or (first in POSSESSIVES and not role):
            gender = PRONOUN_GENDER.get(first, "F" if first in SIE_FORMS else None)  # "sie": a woman or several
            return self._body_before(start, first) or self._antecedent(start, gender)
        return self._described(tokens, named)

    def _in_apposition(self, tokens: list[int], named: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
        """ "Die Regierungspartei Palästinas, die Hamas": with names before and after the comma of an
        apposition, the apposition names the speaker; the name before it is an attribute of the head."""
        comma = next((k for k in tokens[1:] if self.view.words[k] == ","), None)
        if comma is None:
            return []
        at = self.view.doc.tokens[comma].start
        after = [(m, eid) for m, eid in named if m.start > at]
        return after if after and len(after) < len(named) else []

    def _speaker_is_named(self, tokens: list[int], named: list[tuple[Mention, str]]) -> bool:
        """A role noun before the name is fine ("Außenminister X"); "ein Sprecher des X" is not X, and the
        name after a medium is the medium's, whatever its type ("der Zeitung Kurier")."""
        head = _head(self.view, tokens)
        type_ = self.view.lex.speaker_type(self.view.words[head]) if head is not None else None
        if type_ is None:
            return True
        head_token = self.view.doc.tokens[head]
        if any(m.start <= head_token.start < m.end for m, _ in named):
            return True
        text = self.doc.text
        after = [m for m, _ in named if m.start >= head_token.end
                 and text[head_token.end : m.start].strip().lower() in DEFINITE | {""}]
        if after and _is_medium(self.view, head):  # the medium's name: "der Zeitung X" (not a person's)
            return after[0].type != "PER"
        return any(m.type == "PER" for m, _ in named)

    def _body_before(self, offset: int, pronoun: str) -> str | None:
        """ "Die Gewerkschaft Verdi kündigte Proteste an. Sie erklärte, …": an organisation that opens a
        sentence after the last person named, with the article of the pronoun's gender ("Die" for "sie",
        "Der" for "er"), is what the pronoun refers to."""
        article = BODY_ARTICLE.get(pronoun)
        if article is None:
            return None
        people = [m.sentence for m, _ in self.mentions if m.end <= offset and m.type == "PER"]
        last_person = max(people, default=-1)  # a person later in the body's own sentence is its object
        for m, eid in reversed(self.mentions):
            if m.end > offset or m.sentence < last_person or m.type != "ORG" or m.sentence >= len(self.doc.sentences):
                continue
            before = self.doc.text[self.doc.sentences[m.sentence].start : m.start].split()
            if before == [article]:
                return eid
        return None

    def _antecedent(self, offset: int, gender: str | None = None) -> str | None:
        """The last person named before the pronoun, of its gender where a title tells it ("Er" is not
        "Außenministerin X"; "sie" is not "Minister Y")."""
        people = [eid for m, eid in self.mentions if m.end <= offset and m.type == "PER"
                  and not any(a <= m.start < b for a, b in self.quoted)]
        if gender is not None:  # "Sie" after only men named ("… um Präsident X vor. Sie bezichtigt …"): none of them
            other = {eid for m, eid in self.mentions if self._gender_of(m) not in (None, gender)}
            people = [eid for eid in people if eid not in other]
        return people[-1] if people else None

    def _gender_of(self, mention: Mention) -> str | None:
        """F or M by the title right before a person's mention ("Ministerin X", "Frau X", "Sprecher X")."""
        if mention.type != "PER":
            return None
        return title_gender_before(self.doc.text, mention.start)

    def _body_of_person(self, tokens: list[int], named: list[tuple[Mention, str]]) -> bool:
        """ "die Verteidigung Saddam Husseins", "die Regierung Merkel": a noun of a body right before a
        person's name (and no other name before it) names the body."""
        first = min(named, key=lambda pair: pair[0].start)[0]
        before = [k for k in tokens if self.view.doc.tokens[k].end <= first.start]
        if first.type != "PER" or not before or any(m.start < first.start for m, _ in named):
            return False
        if _is_medium(self.view, before[-1]):
            return False  # "der Zeitung Kurier": the medium's name, whatever the NER calls it
        return self.view.lex.speaker_type(self.view.words[before[-1]]) == "ORG"

    def _described(self, tokens: list[int], named: list[tuple[Mention, str]], type_: str | None = None) -> str | None:
        head = _head(self.view, tokens)
        if type_ is None:
            type_ = self.view.lex.speaker_type(self.view.words[head]) if head is not None else None
        if type_ is None and head is not None and not named:
            type_ = self._kind_before_name(tokens, head)  # "der Agentur Nordpress": a name the NER missed
        if type_ is None:
            return _best(named) if named else None
        earlier = self._role_antecedent(tokens, head) if type_ == "PER" else None  # type: ignore[arg-type]
        if earlier is not None:
            return earlier
        start, end = self.view.doc.tokens[tokens[0]].start, self.view.doc.tokens[tokens[-1]].end
        description = nominative(self.view, tokens)
        entity_id = "q-" + hashlib.sha1(description.lower().encode("utf-8")).hexdigest()[:12]
        existing = next((e for e in self.doc.entities if e.id == entity_id), None)
        if existing is None:
            mention = Mention(start, end, self.doc.text[start:end], type_, self.view.sent_of[tokens[0]], entity_id, source="quote")
            existing = Entity(entity_id, description, type_, country=_country(description), mentions=[mention],
                              description=description)
            self.doc.entities.append(existing)
        return existing.id


    def _kind_before_name(self, tokens: list[int], head: int) -> str | None:
        """The type of a speaker noun right before a capitalised head ("Agentur" in "der Agentur Nordpress")."""
        before = head - 1
        if before not in tokens or not self.view.is_cap(head) or not self.view.is_cap(before):
            return None
        return self.view.lex.speaker_type(self.view.words[before])

    def _role_antecedent(self, tokens: list[int], head: int) -> str | None:
        """ "Die Ministerin" after "die Außenministerin X …", "Der ÖVP-Obmann" after "X (ÖVP)": a short
        definite phrase ending in a role noun refers back to the last person named before it with that
        role or the affiliation its prefix names; "die SPD-Politikerin" (any officeholder) to the last
        person named, when that person holds an office and no other party's."""
        if self.view.lower[tokens[0]] not in DEFINITE or head != tokens[-1] or len(tokens) > 3:
            return None
        word = self.view.words[head]
        prefix = word.rpartition("-")[0]
        party = "" if country_of(prefix) else prefix  # "US-Präsident" names a country, not a party
        role, generic = role_of(word), self.view.lex.ends_in("politician", word)
        if role is None and not party and not generic:
            return None
        start = self.view.doc.tokens[tokens[0]].start
        last_seen = {e.id: max(m.start for m in e.mentions if m.end <= start) for e in self.doc.entities
                     if e.type == "PER" and any(m.end <= start for m in e.mentions)}
        people = sorted((e for e in self.doc.entities if e.id in last_seen), key=lambda e: -last_seen[e.id])
        for n, entity in enumerate(people):
            parties = {r[r.rfind("(") + 1 : -1] for r in entity.roles if r.endswith(")")}
            if party and parties and party not in parties:
                continue
            labels = role is not None and any(r.split(" (")[0] == role.label or r.endswith(" " + role.label)
                                              for r in entity.roles)
            if labels or party in parties or (generic and n == 0 and entity.roles):
                return entity.id
        return None


def _antecedent_of_relative(view: View, tokens: list[int]) -> list[int]:
    """ "die bekannte Feministin Alice Schwarzer, die … hervorhob": a relative pronoun after a comma stands
    for the noun phrase before the comma."""
    k = tokens[0]
    if len(tokens) != 1 or view.lower[k] not in RELATIVE_SPEAKERS or k < 2 or view.words[k - 1] != ",":
        return tokens
    return np_left(view, k - 1, view.sent_range[view.sent_of[k]][0]) or tokens


def _reporter(view: View, tokens: list[int]) -> list[int]:
    """ "einem Bericht der Zeitung X", "Angaben des Präsidialamts": who reported is the attribute of the
    source noun, not the report."""
    head = _head(view, tokens)
    if head is None or not view.lex.is_source_noun(view.words[head]) or view.lower[tokens[0]] in POSSESSIVES:
        return tokens  # "nach seinen Worten": the possessive is the reporter
    after = [k for k in tokens if k > head]
    cut = next((n for n, k in enumerate(after) if n and view.lower[k] in PREPOSITIONS), len(after))
    after = after[:cut]  # "einer Meldung der dpa zur Präsentation …": the reporter, not what it reported on
    if len(after) > 1 and view.lower[after[0]] in GENITIVE:
        return after  # "des Präsidialamts": the article tells the case (see `nominative`)
    return after[1:] if len(after) > 1 and view.lower[after[0]] in ("von", "vom") else tokens


def _conjuncts(view: View, tokens: list[int]) -> list[list[int]]:
    """The phrase split at "und"/"sowie", unless a preposition or genitive comes first."""
    parts: list[list[int]] = [[]]
    for k in tokens:
        low = view.lower[k]
        if low in _ATTACHING:
            return [tokens]
        if low in COORDINATORS and parts[-1]:
            parts.append([])
        elif low not in COORDINATORS:
            parts[-1].append(k)
    return [part for part in parts if part]


def _head(view: View, tokens: list[int]) -> int | None:
    """Last noun of the first chunk: "Regierungsvertreter" in "Südkoreanische Regierungsvertreter",
    "Sprecher" in "ein Sprecher des Außenministeriums", "Magazins" in "Magazins Nordblick"."""
    head = None
    for k in tokens:
        low = view.lower[k]
        if head is not None and (low in GENITIVE or low in (",", "von", "(", "aus", "in") or _is_medium(view, head)):
            break
        if low not in DETERMINERS and not is_adjective(view, k) and view.words[k][:1].isalpha():
            head = k
    return head


def _is_medium(view: View, k: int) -> bool:
    return view.lex.ends_in("medium", view.words[k], inflected=True)


def _is_possessive(mention: Mention) -> bool:
    return mention.source == "coref" and mention.text.lower() in POSSESSIVES


def _best(pairs: list[tuple[Mention, str]]) -> str:
    """Prefer a person, then the longest mention."""
    return max(pairs, key=lambda p: (p[0].type == "PER", p[0].end - p[0].start))[1]


def _mention_id(mention: Mention) -> str:
    return "m-" + hashlib.sha1(f"{mention.type}:{mention.text}".encode("utf-8")).hexdigest()[:12]


def _country(description: str) -> str | None:
    """Country of a demonym in the phrase ("Südkoreanische Regierungsvertreter")."""
    for word in description.split():
        country = demonym(word)
        if country:
            return country
    return None
