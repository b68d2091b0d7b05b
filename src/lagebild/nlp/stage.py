"""The NER stage: the segmenter's tokens and sentences in, name mentions out."""

from __future__ import annotations

from bisect import bisect_right

from lagebild.config import Settings
from lagebild.model import Document, Mention
from lagebild.nlp.model import label_map, load_ner


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


def _person_span(spacy_doc, first: int, last: int, name_parts: dict[str, str]) -> tuple[int, int]:
    """Widen a person's token span over capitalised neighbours that are known name parts.

    The model often finds only the last part of an unfamiliar foreign name ("Cho" of
    "No Kwang Cho"); the name-part lexicon inside the model knows the other parts. A
    sentence's first word is not taken, nor a word inside another entity.
    """

    def is_name_part(i: int) -> bool:
        token = spacy_doc[i]
        return (
            token.text[:1].isupper()
            and not token.is_sent_start
            and token.ent_iob_ != "I"
            and not (token.ent_type_ and token.ent_iob_ == "B")
            and "P" in name_parts.get(token.lower_, "")
        )

    while first > 0 and is_name_part(first - 1):
        first -= 1
    while last + 1 < len(spacy_doc) and is_name_part(last + 1):
        last += 1
    return first, last


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
