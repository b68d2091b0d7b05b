"""The event lexicon: trigger words and status cues, read from data files, indexed by word form.

The data (src/lagebild/data/events/) keeps lemmas only; the inflected forms are generated here
once at load time, so matching a sentence is a dictionary look-up per token (no tagger needed).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from lagebild.nlp.verbs import verb_stem, weak_parts

PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT INVESTIGATE DEMAND DISAPPROVE REJECT "
    "THREATEN PROTEST CRIME SANCTION MOBILIZE COERCE ASSAULT".split()
)
KINDS = frozenset({"verb", "noun", "lvc", "adj"})
STATUSES = frozenset("claim allegation intention denial condition".split())
_FEMININE = ("e", "ung", "heit", "keit", "ion", "schaft", "tät", "ei", "ie", "ik", "ur", "nahme")


@dataclass(frozen=True, slots=True)
class Entry:
    """One trigger: a verb, a noun or a light-verb construction (noun + verb)."""

    kind: str  # verb | noun | lvc
    lemma: str
    type: str
    mode: str | None
    actor: tuple[str, ...]
    target: tuple[str, ...]
    flags: frozenset[str]
    noun: str | None = None  # lvc: the noun lemma

    def flag_words(self, name: str) -> tuple[str, ...]:
        """The words of flags like "needs:gegen" or "after:auf" (lower case)."""
        prefix = name + ":"
        return tuple(f[len(prefix) :] for f in self.flags if f.startswith(prefix))


@dataclass(frozen=True, slots=True)
class Marker:
    """A status cue: a speech verb, "vorwerfen", "mutmaßlich", "falls" ..."""

    status: str
    lemma: str
    scope: str  # self | comp | both
    source: str | None  # subj | pp | None
    control: str | None  # subj | acc | dat | None


@dataclass(frozen=True, slots=True)
class VerbForm:
    """A verb form and what it needs: a separated particle later in the clause, or nothing."""

    item: Entry | Marker
    particle: str | None  # required separate particle ("griff ... an")
    tense: str  # present | past | participle | infinitive (English also: ing)


@dataclass(slots=True)
class Lexicon:
    language: str = "de"
    verbs: dict[str, list[VerbForm]] = field(default_factory=dict)  # lower-case form → readings
    nouns: dict[str, list[Entry]] = field(default_factory=dict)  # lower-case form → entries
    lvc_nouns: dict[str, list[Entry]] = field(default_factory=dict)  # noun form → lvc entries
    words: dict[str, list[Marker]] = field(default_factory=dict)  # marker words
    denied: set[str] = field(default_factory=set)  # objects that make a denial verb's own event a denial

    memo: dict[tuple[bool, str], list[Entry]] = field(default_factory=dict)

    def noun_entries(self, word: str) -> list[Entry]:
        """Entries for a noun: the word itself, else its longest known head (German compounds)
        or the part after its last hyphen (English "drone-strike")."""
        key = (False, word)
        if len(self.memo) > 100_000:
            self.memo.clear()
        if key not in self.memo:
            lower = word.lower()
            if self.language == "de":
                self.memo[key] = _longest_head(self.nouns, lower)
            else:
                self.memo[key] = self.nouns.get(lower) or self.nouns.get(lower.rpartition("-")[2], [])
        return self.memo[key]

    def lvc_entries(self, word: str) -> list[Entry]:
        key = (True, word)
        if key not in self.memo:
            self.memo[key] = _longest_head(self.lvc_nouns, word.lower())
        return self.memo[key]


_PARTICLES = frozenset({"ein", "aus", "auf", "weg", "heim", "weiter", "durch", "fort"})  # prefixes, no modifiers
# words that end in a trigger without being its compound: a cut inside one of them makes no head
# ("Benzin|preise" is no "Reise", "Regierungs|kreisen" none either, "Heraus|forderung" no demand)
_OTHER_WORDS = ("preis", "kreis", "schraub", "ideal", "reinigung", "bescheinigung", "herausforder", "anforder",
                "voraussetz", "versuch", "überliefer", "übertreff", "unterweis", "voranschl")


def _inside_other_word(lower: str, cut: int) -> bool:
    return any(0 <= (p := lower.rfind(w)) < cut < p + len(w) for w in _OTHER_WORDS)


def _longest_head(table: dict[str, list[Entry]], lower: str) -> list[Entry]:
    """The entries of the word, else of its longest known head after a 3+ letter modifier. A modifier
    ending in "ge"/"be"/"ver"/… has cut into a prefixed noun ("Erfüllungs|gehilfe" is no "Hilfe",
    "Mittelstands|vereinigung" no "Einigung"; no cut inside "sch": "Mannschaft" is no "Haft"; none after a
    bare particle: "Einreise" is no "Reise"); entries
    flagged "exact" are no head of compounds ("Wahl|kampf")."""
    if lower in table:
        return table[lower]
    for cut in range(3, len(lower) - 2):
        inside_sch = lower[cut - 2 : cut] == "sc" and lower[cut] == "h"  # "Mannsc|haft" is no "Haft"
        particle = lower[:cut] in _PARTICLES  # "Ein|reise", "Aus|reise" are no journeys
        if lower[cut:] in table and not inside_sch and not particle and not lower[:cut].endswith(("ge", "be", "ver", "zer", "ent")) \
                and not _inside_other_word(lower, cut):
            heads = [e for e in table[lower[cut:]] if "exact" not in e.flags]
            if heads:
                return heads
    return []


def _umlaut(word: str) -> str:
    for plain, marked in (("au", "äu"), ("a", "ä"), ("o", "ö"), ("u", "ü")):
        if plain in word:
            return word.replace(plain, marked, 1)
    return word


def verb_forms(lemma: str, parts: str) -> list[tuple[str, str | None, str]]:
    """(form, required particle, tense) for a lemma like "an|greifen" with principal parts."""
    particle, _, base = lemma.rpartition("|")
    pres3, pret, part = parts.split() if parts != "-" else weak_parts(base)
    stem = verb_stem(base)
    present = {base, stem + "e", stem + "st", stem + "t", stem + "et", stem + "est", pres3}
    if pret.endswith("te"):
        past = {pret, pret + "n", pret + "st", pret + "t"}
    else:
        past = {pret, pret + "en", pret + "st", pret + "t", pret + "e", _umlaut(pret) + "e", _umlaut(pret) + "en"}
    forms: list[tuple[str, str | None, str]] = []
    if particle:
        forms += [(f, particle, "present") for f in present] + [(f, particle, "past") for f in past]
        forms += [(particle + f, None, "present") for f in present] + [(particle + f, None, "past") for f in past]
        forms += [(particle + part, None, "participle"), (particle + "zu" + base, None, "infinitive")]
        forms += [(part, particle, "participle"), (base, particle, "infinitive")]  # "infrage gestellt"
    else:
        forms += [(f, None, "present") for f in present] + [(f, None, "past") for f in past]
        forms += [(part, None, "participle")]
    return forms


def noun_forms(lemma: str, plural: str) -> set[str]:
    lower = lemma.lower()
    # no "-er": "Besucher", "Kritiker" are agents, not acts; plurals in -er are given as irregular.
    # Feminine nouns take no "-s" ("Reise" has no "Reises": "Buchp|reises" is no "Reise").
    endings = ("", "e", "en", "n") if lower.endswith(_FEMININE) else ("", "s", "es", "e", "en", "n")
    forms = {lower + ending for ending in endings}
    if plural != "-":
        forms |= {plural.lower(), plural.lower() + "n"}
    return forms


def _rows(name: str) -> list[list[str]]:
    text = resources.files("lagebild").joinpath("data", "events", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [row for row in csv.reader(lines, delimiter="\t")]


def _roles(value: str) -> tuple[str, ...]:
    return () if value == "-" else tuple(value.split(","))


def _entry(row: list[str], source: str) -> Entry:
    kind, lemma, _forms, type_, mode, actor, target, flags = row
    if kind not in KINDS:
        raise ValueError(f"{source}: {lemma!r} has kind {kind!r}, not one of {sorted(KINDS)}")
    if type_ not in PLOVER_TYPES:
        raise ValueError(f"{source}: {lemma!r} has type {type_!r}, not one of PLOVER's 18")
    noun = lemma.split()[0] if kind == "lvc" else None
    return Entry(kind, lemma, type_, None if mode == "-" else mode, _roles(actor), _roles(target),
                 frozenset(_roles(flags)), noun)


def _add_verb(lexicon: Lexicon, lemma: str, parts: str, item: Entry | Marker) -> None:
    generate = verb_forms if lexicon.language == "de" else english_verb_forms
    for form, particle, tense in generate(lemma, parts):
        lexicon.verbs.setdefault(form, []).append(VerbForm(item, particle, tense))


def english_regular(base: str) -> tuple[str, str, str]:
    """3sg present, past and -ing form of a regular English verb."""
    consonant_y = base.endswith("y") and base[-2:-1] not in ("a", "e", "i", "o", "u")
    third = base[:-1] + "ies" if consonant_y else base + ("es" if base.endswith(("s", "x", "z", "ch", "sh")) else "s")
    past = base + "d" if base.endswith("e") else (base[:-1] + "ied" if consonant_y else base + "ed")
    ing = base[:-1] + "ing" if base.endswith("e") and not base.endswith(("ee", "ye", "oe")) else base + "ing"
    return third, past, ing


def english_verb_forms(lemma: str, parts: str) -> list[tuple[str, str | None, str]]:
    """(form, required following word, tense) for "attack" or "pull_out" with "3sg past participle ing"."""
    base, _, particle = lemma.partition("_")
    if parts == "-":
        third, past, ing = english_regular(base)
        participle = past
    else:
        third, past, participle, ing = parts.split()
    follow = particle.replace("_", " ") or None
    forms = [(base, "infinitive"), (base, "present"), (third, "present"), (past, "past"), (participle, "participle"), (ing, "ing")]
    return [(form, follow, tense) for form, tense in forms]


def english_noun_forms(lemma: str) -> set[str]:
    if lemma.endswith("s"):
        return {lemma}  # plural-only event nouns ("talks")
    return {lemma, english_regular(lemma)[0]}


@lru_cache(maxsize=4)
def load_lexicon(language: str = "de") -> Lexicon:
    """The trigger and status lexicon of a language ("de" or "en")."""
    lexicon = Lexicon(language)
    name = f"lexicon_{language}.tsv"
    plurals = {row[1]: row[2] for row in _rows(name) if row[0] == "noun"}  # "Zugeständnisse machen"
    for row in _rows(name):
        entry = _entry(row, name)
        if entry.kind == "verb":
            _add_verb(lexicon, entry.lemma, row[2], entry)
        elif entry.kind == "adj":  # predicative only: the uninflected form ("EU besorgt über …")
            lexicon.verbs.setdefault(entry.lemma.lower(), []).append(VerbForm(entry, None, "adj"))
        elif entry.kind == "noun":
            forms = noun_forms(entry.lemma, row[2]) if language == "de" else english_noun_forms(entry.lemma)
            for form in forms:
                lexicon.nouns.setdefault(form, []).append(entry)
        else:
            noun, verb = entry.lemma.split()
            for form in noun_forms(noun, plurals.get(noun, "-")):
                lexicon.lvc_nouns.setdefault(form, []).append(entry)
            _add_verb(lexicon, verb, row[2], entry)
    for status, kind, lemma, forms, scope, source, control in _rows(f"markers_{language}.tsv"):
        if status not in STATUSES:
            raise ValueError(f"markers_{language}.tsv: {lemma!r} has unknown status {status!r}")
        marker = Marker(status, lemma, scope, None if source == "-" else source, None if control == "-" else control)
        if kind == "verb":
            _add_verb(lexicon, lemma, forms, marker)
        elif kind == "object":  # "wies die Vorwürfe zurück": the REJECT is itself a denial
            lexicon.denied |= noun_forms(lemma, forms)
        else:
            lexicon.words.setdefault(lemma, []).append(marker)
    return lexicon
