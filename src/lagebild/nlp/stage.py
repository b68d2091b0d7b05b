"""The NER stage: the segmenter's tokens and sentences in, name mentions out."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from lagebild.config import Settings
from lagebild.model import Document, Mention
from lagebild.nlp.knowledge import demonym_parts, place
from lagebild.nlp.model import hanta_class, hanta_tagger, label_map, load_ner
from lagebild.nlp.roles import role_of


def _sentence_index(starts: list[int], offset: int) -> int:
    return max(bisect_right(starts, offset) - 1, 0)


def build_spacy_doc(nlp, doc: Document) -> tuple[object, list[tuple[int, int]]]:
    """A spaCy Doc over the document's tokens, and each spaCy token's (start, end) in doc.text.

    The spaCy text may differ from doc.text (line breaks, double spaces), so offsets are
    carried per token rather than read from the spaCy Doc.
    """
    from spacy.tokens import Doc

    if not doc.tokens:
        spacy_doc = nlp.make_doc(doc.text)
        return spacy_doc, [(t.idx, t.idx + len(t.text)) for t in spacy_doc]
    tokens = doc.tokens
    words = [doc.text[t.start : t.end] for t in tokens]
    spaces = [nxt.start > tok.end for tok, nxt in zip(tokens, tokens[1:])] + [False]
    starts = [s.start for s in doc.sentences]
    sent_starts: list[bool] = []
    previous = -1
    for token in tokens:
        index = _sentence_index(starts, token.start) if starts else 0
        sent_starts.append(index != previous)
        previous = index
    spacy_doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    return spacy_doc, [(t.start, t.end) for t in tokens]


_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer eines".split())


@lru_cache(maxsize=20_000)
def _adjective_form(word: str) -> bool:
    """Does HanTa read the word first as an adjective ("Platter", "Nasser")?"""
    tags = hanta_tagger().tag_word(word, cutoff=3)
    return bool(tags) and tags[0][0].startswith("ADJ")


def _person_span(spacy_doc, first: int, last: int, name_parts: dict[str, str]) -> tuple[int, int]:
    """Widen a person's token span over capitalised neighbours that are name parts.

    The model often finds only one part of an unfamiliar name ("Cho" of "No Kwang Cho",
    "Günther" of "Günther Platter", "Limthongkul" of "Sondhi Limthongkul"). A neighbour is
    taken when the name-part lexicon inside the model knows it, when HanTa's lexicon reads it
    as a proper noun first, or when, capitalised inside a sentence, it can be no noun (German
    capitalises nouns; "Platter", "Nasser" read as adjectives) and, before the name, it follows a
    noun, not an article that makes it an adjective used as a noun ("der Verdächtige"). A
    sentence's first word, a word inside another entity, a title or a place is never taken.
    """

    def is_name_part(i: int, leftward: bool = False) -> bool:
        token = spacy_doc[i]
        if not token.text[:1].isupper() or not token.text.replace("-", "").isalpha():
            return False
        if token.ent_iob_ == "I" or (token.ent_type_ and token.ent_iob_ == "B"):
            return False
        known = "P" in name_parts.get(token.lower_, "")
        if token.is_sent_start:
            return False
        if known:
            return True
        tail = token.text.rpartition("-")[2]
        if not tail:
            return False  # "Nord-" in "Nord- und Südkorea"
        word_class = hanta_class(tail)  # "IS-Magazins": the class of "Magazins"
        if word_class == "" and not _adjective_form(token.text):
            return False  # "Dass", "Wenn": a capitalised function word
        before = spacy_doc[i - 1] if i > 0 else None
        if word_class == "" and leftward and (before is None or before.lower_ in _ARTICLES or not before.is_title):
            return False  # "der Verdächtige Rafik Y.": an adjective used as a noun, not a given name
        return word_class in ("NE", "") and _plain_word(token.text)

    while first > 0 and is_name_part(first - 1, leftward=True):
        first -= 1
    while last + 1 < len(spacy_doc) and is_name_part(last + 1):
        last += 1
    return first, last


def _plain_word(word: str) -> bool:
    """Neither a title nor a place, its adjective ("Wiener") or a demonym: what may stand inside a
    person's name."""
    place_adjective = word.endswith("er") and place(word[:-2]) is not None
    return role_of(word) is None and place(word) is None and not place_adjective and not demonym_parts(word)


def _name_parts(nlp) -> dict[str, str]:
    """The name-part lexicon of the shipped model (empty for a user's own model)."""
    return nlp.get_pipe("gazetteer_features").classes if "gazetteer_features" in nlp.pipe_names else {}


def ner_stage(doc: Document, settings: Settings) -> None:
    """Find PER/ORG/LOC/MISC mentions; keep the spaCy Doc for later stages."""
    nlp = load_ner(settings.model)
    spacy_doc, offsets = build_spacy_doc(nlp, doc)
    spacy_doc = nlp(spacy_doc)
    name_parts = _name_parts(nlp)
    starts = [s.start for s in doc.sentences]
    mentions = []
    for ent in spacy_doc.ents:
        label = label_map(ent.label_)
        if label is None:
            continue
        first, last = ent.start, ent.end - 1
        if label == "PER":
            first, last = _person_span(spacy_doc, first, last, name_parts)
        start, end = offsets[first][0], offsets[last][1]
        mentions.append(
            Mention(
                start=start,
                end=end,
                text=doc.text[start:end],
                type=label,
                sentence=_sentence_index(starts, start) if starts else 0,
                source="ner",
            )
        )
    doc.mentions = mentions
    doc.spacy_doc = spacy_doc
