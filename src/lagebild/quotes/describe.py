"""The name of a speaker that is no named entity, in the nominative: "einem Sprecher der Stadtverwaltung"
→ "ein Sprecher der Stadtverwaltung", "des türkischen Präsidialamts" → "das türkische Präsidialamt".

Only the first chunk (article, adjectives, head noun) is inflected; attributes after the head keep their
own case ("der Stadtverwaltung"). Case, gender and number come from the parse's morphology of the head;
without a parse, or when the head is nominative already, the words stay as written.
"""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.quotes.base import View

DEFINITE = frozenset("der die das dem den des".split())
INDEFINITE = frozenset("ein eine einer eines einem einen".split())
ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")
NOMINATIVE_ARTICLE = {"Masc": "der", "Fem": "die", "Neut": "das"}
# nouns made of adjectives inflect like them: "der Beamte", "ein Beamter", "eines Abgeordneten"
ADJECTIVAL_NOUNS = tuple(f"{stem}{e}" for stem in (
    "beamt", "angestellt", "abgeordnet", "vorsitzend", "sachverständig", "beauftragt", "bevollmächtigt",
    "gesandt", "delegiert", "verwandt", "jugendlich", "verletzt", "festgenommen", "verdächtig",
) for e in ("e", "en", "er"))
STRONG_ENDING = {"Masc": "er", "Fem": "e", "Neut": "es"}  # "ein türkischer Beamter", "türkisches Präsidialamt"


def nominative(view: View, tokens: list[int]) -> str:
    """The phrase as written, with its first chunk (up to the first noun) in the nominative."""
    doc = view.doc
    text = doc.text[doc.tokens[tokens[0]].start : doc.tokens[tokens[-1]].end]
    head = next((k for k in tokens if view.spacy and view.spacy[k] is not None and view.spacy[k].pos_ == "NOUN"), None)
    parsed = view.spacy[head] if view.spacy and head is not None else None
    if parsed is None or not _inflected(view, tokens, parsed) or _names_before(view, tokens, head):
        return text
    words = _chunk(view, [k for k in tokens if k <= head], parsed)
    offset = doc.tokens[tokens[0]].start
    for k in sorted(words, reverse=True):  # replace from the right, so earlier offsets stay valid
        start, end = doc.tokens[k].start - offset, doc.tokens[k].end - offset
        text = text[:start] + words[k] + text[end:]
    return " ".join(text.split())


def _chunk(view: View, chunk: list[int], head: Token) -> dict[int, str]:
    """The nominative form of each word of article, adjectives and head noun ("" drops the word)."""
    gender = (head.morph.get("Gender") or ["Masc"])[0]
    plural = head.morph.get("Number") == ["Plur"]
    first = view.lower[chunk[0]]
    article = "definite" if first in DEFINITE else "indefinite" if first in INDEFINITE else "none"
    words: dict[int, str] = {}
    for k in chunk:
        if k == chunk[0] and article != "none":
            words[k] = "" if plural and article == "indefinite" else "die" if plural else (
                _indefinite(gender) if article == "indefinite" else NOMINATIVE_ARTICLE[gender])
        elif k == chunk[-1]:
            words[k] = _noun(view.words[k], head, article, gender, plural)
        elif _is_adjective(view, k):
            words[k] = _adjective(view.words[k], article, gender, plural)
    return words


def _names_before(view: View, tokens: list[int], head: int) -> bool:
    """A name or a word in upper case before the head noun ("Bundeskanzler Scholz' Sprecher"): not a
    chunk of article, adjectives and noun."""
    return any(view.is_cap(k) and view.lower[k] not in DEFINITE | INDEFINITE for k in tokens if tokens[0] < k < head)


def _inflected(view: View, tokens: list[int], head: Token) -> bool:
    """Whether the head is in another case than the nominative (by the parse, or by an article that never is)."""
    case = head.morph.get("Case")
    first = view.lower[tokens[0]]
    if first in ("des", "dem", "den", "eines", "einem", "einen"):
        return True
    if first in ("der", "einer") and (head.morph.get("Gender") == ["Fem"] or head.morph.get("Number") == ["Plur"]):
        return True  # "einer Gruppe", "der Regierung", "der Behörden": never nominative
    return bool(case) and case != ["Nom"] and first not in ("die", "das", "ein", "eine")


def _indefinite(gender: str) -> str:
    return "eine" if gender == "Fem" else "ein"


def _is_adjective(view: View, k: int) -> bool:
    token = view.spacy[k] if view.spacy else None
    lower = view.words[k][:1].islower()
    return token is not None and token.pos_ == "ADJ" and lower and view.lower[k].endswith(ADJECTIVE_ENDINGS)


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
