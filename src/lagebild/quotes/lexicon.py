"""Word lists of the quotes stage, read from `lagebild/data/quotes/`.

Speech verbs are listed by infinitive and separable particle with their irregular principal
parts; every finite and participle form is generated here, so the data stays short and a
token can be looked up by its surface form when no parser has run.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lagebild.nlp.function_nouns import function_noun_type
from lagebild.nlp.verbs import verb_stem, weak_parts

NOUN_ENDINGS = ("innen", "in", "en", "n", "s")


@dataclass(frozen=True, slots=True)
class Verb:
    lemma: str  # infinitive with particle: "mitteilen"
    particle: str  # "" when not separable
    cls: str  # kind of speech act: say, deny, accuse, ...


@dataclass(frozen=True, slots=True)
class Lexicon:
    forms: dict[str, tuple[Verb, ...]]  # surface form (lower case) -> verbs it may belong to
    lemmas: dict[str, Verb]  # infinitive with particle -> verb
    particles: frozenset[str]
    words: dict[str, frozenset[str]]  # list name -> words

    def word_in(self, name: str, word: str) -> bool:
        return word.lower() in self.words.get(name, frozenset())

    def speaker_type(self, noun: str) -> str | None:
        """PER or ORG when the noun (or its last compound part) names a speaker role or body."""
        return function_noun_type(noun) or ("ORG" if self.ends_in("speaker_body", noun) else None)

    def is_source_noun(self, noun: str) -> bool:
        return self.ends_in("source_noun", noun)

    def is_speech_noun(self, noun: str) -> bool:
        return self.ends_in("speech_noun", noun)

    def ends_in(self, name: str, noun: str, inflected: bool = False) -> bool:
        """Whether the noun (or its last compound part) is in the list; `inflected` also takes
        "-in", "-innen" and case endings off ("Redakteurin", "Journalisten", "Sprechers")."""
        low = noun.lower()
        bases = [low] + [low[: -len(e)] for e in NOUN_ENDINGS if inflected and low.endswith(e)]
        return any(base.endswith(w) for base in bases for w in self.words.get(name, ()))


def _rows(name: str) -> list[list[str]]:
    text = resources.files("lagebild").joinpath("data", "quotes", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.reader(lines[1:], delimiter="\t"))


def conjugate(verb: str, present: str = "", preterite: str = "", participle: str = "") -> set[str]:
    """Finite (3rd person, indicative and Konjunktiv) and participle forms of a verb without particle."""
    weak = weak_parts(verb)
    pres, pret, part = present or weak[0], preterite or weak[1], participle or weak[2]
    stem = verb_stem(verb)
    pret_pl = pret + ("n" if pret.endswith("e") else "en")
    return {verb, pres, pret, pret_pl, part, f"{stem}e", f"{stem}en", f"{stem}t", f"{stem}et"}


def _particle_forms(verb: str, particle: str, forms: set[str]) -> set[str]:
    """Forms with the particle attached, as in subordinate clauses: 'mitteilte', 'mitgeteilt', 'mitzuteilen'."""
    joined = {particle + form for form in forms}
    joined.add(f"{particle}zu{verb}")
    return joined


@lru_cache(maxsize=1)
def load() -> Lexicon:
    forms: dict[str, list[Verb]] = {}
    lemmas: dict[str, Verb] = {}
    particles = set()
    for verb, particle, cls, present, preterite, participle in _rows("speech_verbs.tsv"):
        particle = "" if particle == "-" else particle
        parts = ["" if p == "-" else p for p in (present, preterite, participle)]
        entry = Verb(particle + verb, particle, cls)
        lemmas[entry.lemma] = entry
        surface = conjugate(verb, *parts)
        if particle:
            particles.add(particle)
            surface |= _particle_forms(verb, particle, surface)
        for form in surface:
            forms.setdefault(form, []).append(entry)
    words: dict[str, set[str]] = {}
    for name, word in _rows("word_lists.tsv"):
        words.setdefault(name, set()).add(word)
    return Lexicon(
        forms={k: tuple(v) for k, v in forms.items()},
        lemmas=lemmas,
        particles=frozenset(particles),
        words={k: frozenset(v) for k, v in words.items()},
    )
