"""The NER stage: the segmenter's tokens and sentences in, name mentions out."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from functools import lru_cache

from lagebild.config import Settings
from lagebild.model import Document, Mention
from lagebild.nlp.function_nouns import function_noun_type
from lagebild.nlp.knowledge import NAME_PARTICLES, demonym_parts, name_particles, place
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


def _particle_name(spacy_doc, first: int, last: int, name_parts: dict[str, str],
                   alone: tuple[frozenset[str], frozenset[str]]) -> tuple[int, int]:
    """Widen a person's span over the particles of a name and the name beyond them: "Karl-Theodor" + "zu
    Guttenberg", "Ursula" + "von der Leyen", "Baschar" + "al-Assad", and leftward "Heinrich von" before
    "Pierer" (not before a full name: "Onkel Wanja von Anton Tschechow"). A particle the recogniser left
    at the end ("Ole von") is dropped unless a name follows it. `alone`: the words that end a person's
    name elsewhere in the article without a particle after them (`_names_alone`)."""
    while last > first and spacy_doc[last].text in NAME_PARTICLES:
        last -= 1
    while True:
        after = _name_after_particle(spacy_doc, last + 1, name_parts, alone)
        before = _name_before_particle(spacy_doc, first - 1, name_parts, alone) if first == last else None
        if after is None and before is None:
            return first, last
        first, last = before if before is not None else first, after if after is not None else last
        first, last = _person_span(spacy_doc, first, last, name_parts)


def _particle_at(spacy_doc, i: int, forward: bool) -> tuple[int, bool] | None:
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


def _name_after_particle(spacy_doc, i: int, name_parts: dict[str, str],
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


def _name_before_particle(spacy_doc, i: int, name_parts: dict[str, str],
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


def _family_name(spacy_doc, k: int, german: bool, size: int, name_parts: dict[str, str]) -> bool:
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
    if (known is not None and known.strong) or _place_adjective(text) or _proper_noun(spacy_doc, k + 1, name_parts):
        return False  # "Monaco", "von den Salzburger Nachrichten"; "Matti von Bertolt Brecht": a name of its own
    if token.ent_type_ == "ORG":
        return size > 1 and hanta_class(text) == "NE"  # "von der Leyen"; not "von Hertha"
    if token.ent_type_ in ("PER", "LOC", "MISC") or "P" in name_parts.get(token.lower_, ""):
        return True
    inflected_adjective = text.endswith(("e", "en", "er", "es", "em")) and _adjective_form(text)  # "von Dritten"
    return hanta_class(text.rpartition("-")[2]) in ("NE", "") and not inflected_adjective


def _proper_noun(spacy_doc, k: int, name_parts: dict[str, str]) -> bool:
    """Is token k, inside the sentence, a known name part or read as a proper noun?"""
    if k >= len(spacy_doc) or spacy_doc[k].is_sent_start or not _name_like(spacy_doc[k].text):
        return False
    return "P" in name_parts.get(spacy_doc[k].lower_, "") or hanta_class(spacy_doc[k].text) == "NE"


def _name_like(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").isalpha()


def _plain_word(word: str) -> bool:
    """Neither a title nor a place, its adjective ("Wiener") or a demonym: what may stand inside a
    person's name."""
    return role_of(word) is None and place(word) is None and not _place_adjective(word) and not demonym_parts(word)


def _place_adjective(word: str) -> bool:
    return word.endswith("er") and place(word[:-2]) is not None


def _common_noun(word: str, name_parts: dict[str, str]) -> bool:
    """A one-word "person" that HanTa reads as a common noun and no name-part list knows as a name (a
    surname that is also a noun, "Raufer" after "Astrid Raufer", is kept by the caller)."""
    return hanta_class(word) == "NN" and "P" not in name_parts.get(word.lower(), "")


def _name_parts(nlp) -> dict[str, str]:
    """The name-part lexicon of the shipped model (empty for a user's own model)."""
    return nlp.get_pipe("gazetteer_features").classes if "gazetteer_features" in nlp.pipe_names else {}


def _names_alone(spacy_doc) -> tuple[frozenset[str], frozenset[str]]:
    """Family names the article gives without a particle: the last words of persons' names of several words
    ("Nicolas Anelka", "Raymond Domenech"), and these with the one-word names used twice ("Anelka sagte").
    After the first a German particle is a preposition ("soll Anelka zu Domenech gesagt haben"), and before
    either ("sagte Merkel zu Schröder" after "Gerhard Schröder"); "seiner Frau Stephanie" once does not
    make "Stephanie zu Guttenberg" two people."""
    free = [ent for ent in spacy_doc.ents if label_map(ent.label_) == "PER" and not _particle_after(spacy_doc, ent.end)]
    full = frozenset(ent[-1].text for ent in free if len(ent) > 1 and ent[-2].text not in NAME_PARTICLES)
    single = Counter(ent.text for ent in free if len(ent) == 1)
    return full, full | {name for name, count in single.items() if count > 1}


def _particle_after(spacy_doc, i: int) -> bool:
    return _particle_at(spacy_doc, i, True) is not None or (i < len(spacy_doc) and _attached_particle(spacy_doc[i].text))


def _spans(spacy_doc, name_parts: dict[str, str]) -> list[tuple[str, int, int]]:
    """(label, first token, last token) of each name; a person's span widened over the rest of the name,
    and a name it takes in ("Guttenberg" typed as a place in "Karl-Theodor zu Guttenberg") dropped."""
    spans = []
    alone = _names_alone(spacy_doc)
    for ent in spacy_doc.ents:
        label = label_map(ent.label_)
        if label is None:
            continue
        first, last = ent.start, ent.end - 1
        if label == "PER":
            first, last = _particle_name(spacy_doc, *_person_span(spacy_doc, first, last, name_parts), name_parts, alone)
        spans.append((label, first, last))
    people = _disjoint(spacy_doc, [(first, last) for label, first, last in spans if label == "PER"])
    others = [(label, first, last) for label, first, last in spans
              if label != "PER" and not any(f <= last and first <= l for f, l in people)]
    return sorted([("PER", first, last) for first, last in people] + others, key=lambda span: span[1])


def _disjoint(spacy_doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
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
    name_parts = _name_parts(nlp)
    starts = [s.start for s in doc.sentences]
    mentions = []
    spans = _spans(spacy_doc, name_parts)
    in_full_names = {spacy_doc[k].text for label, first, last in spans if label == "PER" and last > first
                     for k in range(first, last + 1)}
    for label, first, last in spans:
        word = spacy_doc[first].text
        if label == "PER" and first == last and word not in in_full_names and _common_noun(word, name_parts):
            continue  # "Menschenhändler", "Hersteller", "Chancenindex": the model's false persons
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
