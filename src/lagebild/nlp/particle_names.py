"""Names with particles in the spaCy Doc: "Karl-Theodor zu Guttenberg", "Ursula von der Leyen", "Baschar
al-Assad", and where a particle is a German preposition instead ("sagte Merkel zu Schröder")."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from lagebild.nlp.function_nouns import function_noun_type
from lagebild.nlp.knowledge import NAME_PARTICLES, name_particles, place
from lagebild.nlp.model import hanta_class, label_map, reads_as_adjective
from lagebild.nlp.person_spans import person_span, place_adjective
from lagebild.nlp.roles import role_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


def particle_name(spacy_doc: Doc, first: int, last: int, name_parts: dict[str, str],
                  alone: tuple[frozenset[str], frozenset[str]]) -> tuple[int, int]:
    """Widen a person's span over the particles of a name and the name beyond them: "Karl-Theodor" + "zu
    Guttenberg", "Ursula" + "von der Leyen", "Baschar" + "al-Assad", and leftward "Heinrich von" before
    "Pierer" (not before a full name: "Onkel Wanja von Anton Tschechow"). A particle the recogniser left
    at the end ("Ole von") is dropped unless a name follows it. `alone`: the words that end a person's
    name elsewhere in the article without a particle after them (`names_alone`)."""
    while last > first and spacy_doc[last].text in NAME_PARTICLES:
        last -= 1
    while True:
        after = _name_after_particle(spacy_doc, last + 1, name_parts, alone)
        before = _name_before_particle(spacy_doc, first - 1, name_parts, alone) if first == last else None
        if after is None and before is None:
            return first, last
        first, last = before if before is not None else first, after if after is not None else last
        first, last = person_span(spacy_doc, first, last, name_parts)


def _particle_at(spacy_doc: Doc, i: int, forward: bool) -> tuple[int, bool] | None:
    """(number of tokens, also an everyday German word) of the name particle that starts (forward) or
    ends at token i within one sentence, the longest first; None if there is none."""
    for particle, german in name_particles().items():
        span = range(i, i + len(particle)) if forward else range(i - len(particle) + 1, i + 1)
        if span.start < 0 or span.stop > len(spacy_doc):
            continue
        if tuple(spacy_doc[k].text for k in span) == particle and not any(spacy_doc[k].is_sent_start for k in span):
            return len(particle), german
    return None


def _attached_particle(word: str) -> bool:
    """An Arabic article written on the name: "al-Assad", "el-Zentani"."""
    particle, dash, rest = word.partition("-")
    return bool(dash) and particle in NAME_PARTICLES and rest[:1].isupper() and rest.replace("-", "").isalpha()


def _name_after_particle(spacy_doc: Doc, i: int, name_parts: dict[str, str],
                         alone: tuple[frozenset[str], frozenset[str]]) -> int | None:
    """The last token of "<particle> <name>" starting at token i ("zu Guttenberg", "al-Assad"), or None.
    After a name that stands alone elsewhere, a German word is a preposition: "soll Anelka zu Domenech gesagt
    haben"."""
    if i < len(spacy_doc) and _attached_particle(spacy_doc[i].text) and not spacy_doc[i].is_sent_start:
        return i
    found = _particle_at(spacy_doc, i, forward=True)
    if found is None:
        return None
    size, german = found
    k = i + size
    if german and ((i > 0 and spacy_doc[i - 1].text in alone[1]) or (k < len(spacy_doc) and spacy_doc[k].text in alone[0])):
        return None
    return k if k < len(spacy_doc) and _family_name(spacy_doc, k, german, size, name_parts) else None


def _name_before_particle(spacy_doc: Doc, i: int, name_parts: dict[str, str],
                          alone: tuple[frozenset[str], frozenset[str]]) -> int | None:
    """The first token of "<given name> <particle>" ending at token i ("Heinrich von" before "Pierer"), or None.
    The given name must be one: a person the recogniser found, or a known name part read as a proper noun."""
    found = _particle_at(spacy_doc, i, forward=False)
    if found is None:
        return None
    k = i - found[0]
    if k < 0 or not _name_like(spacy_doc[k].text):
        return None
    if found[1] and (spacy_doc[k].text in alone[1] or spacy_doc[i + 1].text in alone[0]):
        return None  # "Anelka zu Domenech"
    token = spacy_doc[k]
    known = "P" in name_parts.get(token.lower_, "") and hanta_class(token.text.rpartition("-")[2]) in ("NE", "")
    return k if token.ent_type_ == "PER" or known else None


def _family_name(spacy_doc: Doc, k: int, german: bool, size: int, name_parts: dict[str, str]) -> bool:
    """May token k, after a name particle, be the family name? Not a title, a body or an acronym, nor the
    given name of another person ("Onkel Wanja von Anton Tschechow"). After a particle that is also a
    German word ("Kritik von Merkel", "Schulz von Hertha") it must look like a name: a person or place
    the recogniser found, no country or capital, or a proper noun; an organisation only after "von der"."""
    token = spacy_doc[k]
    text = token.text
    if token.is_sent_start or not _name_like(text) or role_of(text) is not None or function_noun_type(text):
        return False
    if sum(c.isupper() for c in text) > 1 and "-" not in text:
        return False  # "SPD", "OECD"
    if token.ent_iob_ == "B" and k + 1 < len(spacy_doc) and spacy_doc[k + 1].ent_iob_ == "I":
        return False  # the first word of another name
    if not german:
        return True
    known = place(text)
    if (known is not None and known.strong) or place_adjective(text) or _proper_noun(spacy_doc, k + 1, name_parts):
        return False  # "Monaco", "von den Salzburger Nachrichten"; "Matti von Bertolt Brecht": a name of its own
    if token.ent_type_ == "ORG":
        return size > 1 and hanta_class(text) == "NE"  # "von der Leyen"; not "von Hertha"
    if token.ent_type_ in ("PER", "LOC", "MISC") or "P" in name_parts.get(token.lower_, ""):
        return True
    inflected_adjective = text.endswith(("e", "en", "er", "es", "em")) and reads_as_adjective(text)  # "von Dritten"
    return hanta_class(text.rpartition("-")[2]) in ("NE", "") and not inflected_adjective


def _proper_noun(spacy_doc: Doc, k: int, name_parts: dict[str, str]) -> bool:
    """Is token k, inside the sentence, a known name part or read as a proper noun?"""
    if k >= len(spacy_doc) or spacy_doc[k].is_sent_start or not _name_like(spacy_doc[k].text):
        return False
    return "P" in name_parts.get(spacy_doc[k].lower_, "") or hanta_class(spacy_doc[k].text) == "NE"


def _name_like(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").isalpha()


def names_alone(spacy_doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """Family names the article gives without a particle: the last words of persons' names of several words
    ("Nicolas Anelka", "Raymond Domenech"), and these with the one-word names used twice ("Anelka sagte").
    After the first a German particle is a preposition ("soll Anelka zu Domenech gesagt haben"), and before
    either ("sagte Merkel zu Schröder" after "Gerhard Schröder"); "seiner Frau Stephanie" once does not
    make "Stephanie zu Guttenberg" two people."""
    free = [ent for ent in spacy_doc.ents if label_map(ent.label_) == "PER" and not _particle_after(spacy_doc, ent.end)]
    full = frozenset(ent[-1].text for ent in free if len(ent) > 1 and ent[-2].text not in NAME_PARTICLES)
    single = Counter(ent.text for ent in free if len(ent) == 1)
    return full, full | {name for name, count in single.items() if count > 1}


def _particle_after(spacy_doc: Doc, i: int) -> bool:
    return _particle_at(spacy_doc, i, True) is not None or (i < len(spacy_doc) and _attached_particle(spacy_doc[i].text))
