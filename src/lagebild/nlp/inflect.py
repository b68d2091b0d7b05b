"""German noun phrases put in the nominative by the parse: "einem Sprecher der Stadtverwaltung" →
"ein Sprecher der Stadtverwaltung", "des türkischen Präsidialamts" → "das türkische Präsidialamt",
and without article "russischen Außenministeriums" → "russisches Außenministerium" (strong endings).

Only the first chunk (article, adjectives, head noun) is inflected; attributes after the head keep their
own case ("der Stadtverwaltung"). Case, gender and number come from the parse's morphology of the head.
The phrase is a list of indices into `Document.tokens`; `parse` pairs them with the spaCy tokens
(`lagebild.nlp.syntax.parse_of_tokens`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lagebild.model import Document
from lagebild.nlp.roles import org_noun_gender

if TYPE_CHECKING:
    from spacy.tokens import Token

DEFINITE = frozenset("der die das dem den des".split())
INDEFINITE = frozenset("ein eine einer eines einem einen".split())
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")  # inflected adjectives: "russische", "heftigen"
NOMINATIVE_ARTICLE = {"Masc": "der", "Fem": "die", "Neut": "das"}
# nouns made of adjectives inflect like them: "der Beamte", "ein Beamter", "eines Abgeordneten"
ADJECTIVAL_NOUNS = tuple(f"{stem}{e}" for stem in (
    "beamt", "angestellt", "abgeordnet", "vorsitzend", "sachverständig", "beauftragt", "bevollmächtigt",
    "gesandt", "delegiert", "verwandt", "jugendlich", "verletzt", "festgenommen", "verdächtig",
) for e in ("e", "en", "er"))
STRONG_ENDING = {"Masc": "er", "Fem": "e", "Neut": "es"}  # "ein türkischer Beamter", "türkisches Präsidialamt"

Parse = list["Token | None"]


def nominative(doc: Document, parse: Parse | None, tokens: list[int], bare: bool = False,
               head: int | None = None) -> str | None:
    """The phrase as written, with its first chunk (up to the head noun: `head` where the caller knows
    it, else the first noun of the parse) in the nominative; None where the parse shows no such chunk
    (no parse, no noun, a name before the noun).

    A phrase the parse finds in the nominative stays as written, unless `bare`: then a phrase without
    article is given in its article-less form whatever its case ("russische Außenministerium" after
    "das" → "russisches Außenministerium"), as an entity's name."""
    words = [doc.tokens[k].text for k in tokens]
    if head is None:
        head = next((k for k in tokens if parse and parse[k] is not None and parse[k].pos_ == "NOUN"), None)
    if parse is None or head is None or parse[head] is None or _names_before(words, tokens, head):
        return None
    parsed = parse[head]
    text = doc.text[doc.tokens[tokens[0]].start : doc.tokens[tokens[-1]].end]
    if not bare and not _inflected(words[0].lower(), parsed):
        return text
    forms = _chunk(doc, parse, [k for k in tokens if k <= head], parsed)
    offset = doc.tokens[tokens[0]].start
    for k in sorted(forms, reverse=True):  # replace from the right, so earlier offsets stay valid
        start, end = doc.tokens[k].start - offset, doc.tokens[k].end - offset
        text = text[:start] + forms[k] + text[end:]
    return " ".join(text.split())


def _chunk(doc: Document, parse: Parse, chunk: list[int], head: Token) -> dict[int, str]:
    """The nominative form of each word of article, adjectives and head noun ("" drops the word)."""
    gender, plural = _gender(head)
    first = doc.tokens[chunk[0]].text.lower()
    article = "definite" if first in DEFINITE else "indefinite" if first in INDEFINITE else "none"
    forms: dict[int, str] = {}
    for k in chunk:
        word = doc.tokens[k].text
        if k == chunk[0] and article != "none":
            forms[k] = "" if plural and article == "indefinite" else "die" if plural else (
                _indefinite(gender) if article == "indefinite" else NOMINATIVE_ARTICLE[gender])
        elif k == chunk[-1]:
            forms[k] = _noun(word, head, article, gender, plural)
        elif _is_adjective(word, parse[k]):
            forms[k] = _adjective(word, article, gender, plural)
    return forms


def _names_before(words: list[str], tokens: list[int], head: int) -> bool:
    """A name or a word in upper case before the head noun ("Bundeskanzler Scholz' Sprecher"): not a
    chunk of article, adjectives and noun."""
    return any(word[:1].isupper() and word.lower() not in DEFINITE | INDEFINITE
               for word, k in zip(words, tokens) if tokens[0] < k < head)


def _inflected(first: str, head: Token) -> bool:
    """Whether the head is in another case than the nominative (by the parse, or by an article that never is)."""
    case = head.morph.get("Case")
    if first in ("des", "dem", "den", "eines", "einem", "einen"):
        return True
    if first in ("der", "einer") and (head.morph.get("Gender") == ["Fem"] or head.morph.get("Number") == ["Plur"]):
        return True  # "einer Gruppe", "der Regierung", "der Behörden": never nominative
    return bool(case) and case != ["Nom"] and first not in ("die", "das", "ein", "eine")


def _gender(head: Token) -> tuple[str, bool]:
    """The head noun's gender (masculine where none is known) and whether it is plural. For an
    organisation noun the lexicon tells: the parse often errs where the article leaves masculine and
    neuter open ("des Geheimdienstes" as neuter, "dem Verteidigungsministerium" as masculine)."""
    parsed = (head.morph.get("Gender") or ["Masc"])[0]
    plural = head.morph.get("Number") == ["Plur"]
    known = org_noun_gender(head.text)
    if known == "Plur":
        return parsed, True
    return known or parsed, plural


def _indefinite(gender: str) -> str:
    return "eine" if gender == "Fem" else "ein"


def _is_adjective(word: str, token: Token | None) -> bool:
    return token is not None and token.pos_ == "ADJ" and word[:1].islower() and word.lower().endswith(ADJECTIVE_ENDINGS)


def _adjective(word: str, article: str, gender: str, plural: bool) -> str:
    stem = next(word[: -len(e)] for e in ADJECTIVE_ENDINGS if word.endswith(e))
    if article == "definite":
        return stem + ("en" if plural else "e")
    if plural:
        return stem + "e"
    return stem + STRONG_ENDING.get(gender, "er")


def _noun(word: str, token: Token, article: str, gender: str, plural: bool) -> str:
    """The head noun in the nominative; a nominalised adjective ("einem Beamten") inflects like an adjective."""
    if word.lower().endswith(ADJECTIVAL_NOUNS):
        return _adjective(word, article, gender, plural)
    return _base_noun(word, token, plural)


def _base_noun(word: str, token: Token, plural: bool) -> str:
    """Singular: the lemma when it is the word without a case ending ("Präsidialamts", "Präsidenten");
    plural: without the dative "-n" ("Vertretern")."""
    if plural:
        return word[:-1] if word.endswith(("ern", "eln")) and token.morph.get("Case") == ["Dat"] else word
    lemma = token.lemma_
    if lemma != word and lemma[:1].isupper() and word.startswith(lemma) and len(word) - len(lemma) <= 2:
        return lemma
    if token.morph.get("Case") == ["Gen"] and token.morph.get("Gender") != ["Fem"] and word.endswith("s"):
        return word[:-2] if word.endswith("es") and word[-3:-2] not in "aeiouäöü" else word[:-1]  # "Amtes", "Sprechers"
    return word
