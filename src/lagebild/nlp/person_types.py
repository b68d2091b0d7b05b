"""Persons the recogniser typed as places or organisations, and persons it cut in two.

Unfamiliar people's names often come out of the model as LOC or ORG ("Volker Beck", "Ted Cruz", "Guttenberg"
of "Karl-Theodor zu Guttenberg" at a sentence's start) or as two persons ("Hans-Peter" + "Lafos"). These rules
read the name parts themselves: the model's name-part lexicon (class "P": seen as part of a person's name),
German particles of names, and the word classes HanTa gives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lagebild.nlp.function_nouns import function_noun_type
from lagebild.nlp.knowledge import NAME_PARTICLES, place
from lagebild.nlp.model import hanta_class
from lagebild.nlp.roles import role_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _person_part(word: str, name_parts: dict[str, str]) -> bool:
    """A capitalised word, each of whose hyphenated parts is a known part of persons' names, that is no known
    place, no title and no common noun ("Volker", "Karl-Theodor"; not "Essen", "Minister")."""
    parts = word.split("-")
    if not word[:1].isupper() or not all(part.isalpha() and "P" in name_parts.get(part.lower(), "") for part in parts):
        return False
    return place(word) is None and role_of(word) is None and hanta_class(parts[-1]) in ("NE", "")


def retyped_person(spacy_doc: Doc, label: str, first: int, last: int,
                   name_parts: dict[str, str]) -> tuple[str, int, int]:
    """(label, first, last) of a name, typed PER when it is made of persons' name parts.

    - a place or organisation of two or more words that are all known parts of persons' names ("Volker Beck",
      "Ted Cruz"), when the whole is no known place;
    - a one-word place the gazetteers do not know right after a title or a noun for a person by function
      ("Verteidigungsminister Jaalon", "der Sprecher Lopatka");
    - a one-word place or organisation after "<given name> <particle>" ("Karl-Theodor zu Guttenberg"), also
      at a sentence's start, where the recogniser left the given name out: the span takes both in.
    """
    if label not in ("LOC", "ORG"):
        return label, first, last
    words = [spacy_doc[k].text for k in range(first, last + 1)]
    if last > first and all(_person_part(word, name_parts) for word in words) and place(" ".join(words)) is None:
        return "PER", first, last
    if label == "LOC" and first == last and _after_person_noun(spacy_doc, first):
        return "PER", first, last
    given = first - 2
    if (first == last and given >= 0 and spacy_doc[first - 1].text in NAME_PARTICLES
            and not spacy_doc[first].is_sent_start and not spacy_doc[first - 1].is_sent_start
            and not spacy_doc[given].ent_type_ and _person_part(spacy_doc[given].text, name_parts)
            and spacy_doc[first].text[:1].isupper() and place(spacy_doc[first].text) is None):
        return "PER", given, last
    return label, first, last


def _after_person_noun(spacy_doc: Doc, k: int) -> bool:
    """Is token k, a proper noun no gazetteer knows as a place, right after a title or a noun for a person by
    function, in the same sentence?"""
    token = spacy_doc[k]
    if k == 0 or token.is_sent_start or not token.text.isalpha() or token.text.isupper() or place(token.text):
        return False
    before = spacy_doc[k - 1].text
    noun = before[:1].isupper() and (role_of(before) is not None or function_noun_type(before) == "PER")
    return noun and hanta_class(token.text) in ("NE", "NE?", "")


def joined_given_names(spacy_doc: Doc, spans: list[tuple[int, int]], name_parts: dict[str, str]) -> list[tuple[int, int]]:
    """Two persons' spans side by side where the first is one hyphenated given name ("Hans-Peter" + "Lafos"):
    one person. A single given name is left alone ("warf Lech Kaczyński Wałęsa vor" is two people)."""
    out: list[tuple[int, int]] = []
    for first, last in sorted(spans):
        if (out and out[-1][0] == out[-1][1] == first - 1 and "-" in spacy_doc[first - 1].text
                and _person_part(spacy_doc[first - 1].text, name_parts)):
            out[-1] = (out[-1][0], last)
        else:
            out.append((first, last))
    return out


_COMPASS = ("nord", "süd", "ost", "west")  # "der Westen", "im Nahen Osten": regions named by a common noun


def common_noun_place(spacy_doc: Doc, first: int, last: int, name_parts: dict[str, str]) -> bool:
    """A "place" that is no name: a title ("Ex-Ministerpräsidentin") or a common noun that neither the
    gazetteers nor the name-part lexicon know as a place, alone or after lower-case words ("Nachbarn",
    "Sponsoring", "In beiden Fällen"). Compass regions ("der Westen") stay places."""
    words = [spacy_doc[k].text for k in range(first, last + 1)]
    head = words[-1]
    if any(word[:1].isupper() for word in words[:-1]) or place(" ".join(words)) is not None or place(head) is not None:
        return False
    if first == last and role_of(head) is not None:
        return True
    known_place = "L" in name_parts.get(head.lower(), "")
    return hanta_class(head) == "NN" and not known_place and not head.lower().startswith(_COMPASS)
