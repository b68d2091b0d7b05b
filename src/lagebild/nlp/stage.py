"""The NER stage: the segmenter's tokens and sentences in, name mentions out.

A person's span is widened over the rest of the name (`person_spans`, `particle_names`); a one-word
person that reads as a common noun is dropped."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from lagebild.config import Settings
from lagebild.model import Document, Mention
from lagebild.nlp.knowledge import NAME_PARTICLES, place
from lagebild.nlp.model import hanta_class, label_map, load_ner
from lagebild.nlp.particle_names import names_alone, particle_name
from lagebild.nlp.person_spans import person_span
from lagebild.nlp.person_types import (
    common_noun_place,
    joined_given_names,
    retyped_person,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


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


def _common_noun(word: str, name_parts: dict[str, str]) -> bool:
    """A one-word "person" that HanTa reads as a common noun and no name-part list knows as a name (a
    surname that is also a noun, "Raufer" after "Astrid Raufer", is kept by the caller)."""
    return hanta_class(word) == "NN" and "P" not in name_parts.get(word.lower(), "")


def _name_parts(nlp) -> dict[str, str]:
    """The name-part lexicon of the shipped model (empty for a user's own model)."""
    return nlp.get_pipe("gazetteer_features").classes if "gazetteer_features" in nlp.pipe_names else {}


def _spans(spacy_doc: Doc, name_parts: dict[str, str]) -> list[tuple[str, int, int]]:
    """(label, first token, last token) of each name; a place ending in an acronym that acronym's organisation,
    a place or organisation made of persons' name parts typed as a person (`person_types`), a person's span
    widened over the rest of the name, and a name it takes in ("Guttenberg" typed as a place in "Karl-Theodor
    zu Guttenberg") dropped."""
    spans = []
    alone = names_alone(spacy_doc)
    for ent in spacy_doc.ents:
        label = label_map(ent.label_)
        if label is None:
            continue
        label, first, last = retyped_person(spacy_doc, *_acronym_tail(spacy_doc, label, ent.start, ent.end - 1),
                                            name_parts)
        if label == "PER":
            first, last = particle_name(spacy_doc, *person_span(spacy_doc, first, last, name_parts), name_parts, alone)
        spans.append((label, first, last))
    people = joined_given_names(spacy_doc, _disjoint(spacy_doc, [(first, last) for label, first, last in spans
                                                                 if label == "PER"]), name_parts)
    others = [(label, first, last) for label, first, last in spans
              if label != "PER" and not any(p_first <= last and first <= p_last for p_first, p_last in people)]
    return sorted([("PER", first, last) for first, last in people] + others, key=lambda span: span[1])


def _acronym_tail(spacy_doc: Doc, label: str, first: int, last: int) -> tuple[str, int, int]:
    """A place of several words ending in an acronym that no gazetteer knows as a place is the organisation the
    acronym names ("der Arbeiterpartei Kurdistans PKK": the recogniser's "Kurdistans PKK")."""
    word = spacy_doc[last].text
    known = place(word)
    if (label == "LOC" and last > first and len(word) > 1 and word.isalpha() and word.isupper()
            and (known is None or known.kind == "org")):
        return "ORG", last, last
    return label, first, last


def _disjoint(spacy_doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Persons' token spans without overlaps: one inside another is dropped; two that overlap are one name
    where the later one would start with a particle ("Francisco José Ortiz" + "Ortiz von Bismarck"), else
    the later one starts after the earlier ("Andrew Lloyd Webbers" + "Webbers Evita" -> "Evita")."""
    out: list[tuple[int, int]] = []
    for first, last in sorted(spans):
        if not out or first > out[-1][1]:
            out.append((first, last))
        elif last > out[-1][1] and spacy_doc[out[-1][1] + 1].text in NAME_PARTICLES:
            out[-1] = (out[-1][0], last)
        elif last > out[-1][1]:
            out.append((out[-1][1] + 1, last))
    return out


def ner_stage(doc: Document, settings: Settings) -> None:
    """Find PER/ORG/LOC/MISC mentions; keep the spaCy Doc for later stages."""
    nlp = load_ner(settings.model)
    spacy_doc, offsets = build_spacy_doc(nlp, doc)
    spacy_doc = nlp(spacy_doc)
    starts = [s.start for s in doc.sentences]
    mentions = []
    for label, first, last in _kept_spans(spacy_doc, _name_parts(nlp)):
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


def _kept_spans(spacy_doc: Doc, name_parts: dict[str, str]) -> list[tuple[str, int, int]]:
    """The names' spans without the model's false persons: a one-word person read as a common noun
    ("Menschenhändler", "Hersteller", "Chancenindex") unless a full name in the article has that word; and
    without its false places, titles and common nouns (`common_noun_place`)."""
    spans = _spans(spacy_doc, name_parts)
    in_full_names = {spacy_doc[k].text for label, first, last in spans if label == "PER" and last > first
                     for k in range(first, last + 1)}
    return [(label, first, last) for label, first, last in spans
            if not (label == "PER" and first == last and spacy_doc[first].text not in in_full_names
                    and _common_noun(spacy_doc[first].text, name_parts))
            and not (label == "LOC" and common_noun_place(spacy_doc, first, last, name_parts))]
