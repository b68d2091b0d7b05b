"""Readers for the NER corpora, mapped to the outer labels PER / ORG / LOC / MISC.

Every reader yields `Tagged` sentences (words and BIO tags). `build_corpora` turns them
into spaCy DocBin files: the training set from the ship-able corpora, and GermEval dev
cut into two fixed halves by a stable hash (dev-A for early stopping and tuning,
dev-B never tuned on).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lagebild.errors import FormatError

LABELS = ("PER", "ORG", "LOC", "MISC")

# MobIE's fine labels; everything not listed (dates, triggers, distances, ...) is no name.
MOBIE_LABELS = {
    "person": "PER",
    "organization": "ORG",
    "organization-company": "ORG",
    "location": "LOC",
    "location-city": "LOC",
    "location-street": "LOC",
    "location-stop": "LOC",
    "location-route": "LOC",
}
_EUROPEANA_TAG = re.compile(r"^([BI])[-_.]?(PER|LOC|ORG|MISC)$", re.IGNORECASE)


@dataclass(slots=True)
class Tagged:
    words: list[str]
    tags: list[str]  # BIO with outer labels

    @property
    def key(self) -> str:
        return " ".join(self.words)


def outer_label(label: str) -> str | None:
    """Map a corpus label (without B-/I-) to PER/ORG/LOC/MISC, or None for no name.

    GermEval's -deriv and -part labels mark derived adjectives and name parts of
    compounds ("russische", "EU-Kommission"), which are not name mentions.
    """
    if label in LABELS:
        return label
    if label == "OTH":
        return "MISC"
    return MOBIE_LABELS.get(label.lower())


def map_bio(raw: list[str]) -> list[str]:
    """Map raw BIO tags to outer-label BIO; an I- after a dropped span starts a new one."""
    tags: list[str] = []
    for tag in raw:
        prefix, _, label = tag.partition("-")
        mapped = outer_label(label) if prefix in ("B", "I") else None
        if mapped is None:
            tags.append("O")
        elif prefix == "I" and tags and tags[-1] != "O" and tags[-1][2:] == mapped:
            tags.append(f"I-{mapped}")
        else:
            tags.append(f"B-{mapped}")
    return tags


def read_germeval(path: Path) -> Iterator[Tagged]:
    """GermEval 2014 TSV: index, token, outer tag, nested tag; '#' comment lines."""
    words: list[str] = []
    raw: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                yield Tagged(words, map_bio(raw))
            words, raw = [], []
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            raise FormatError(f"line {number}: expected index, token and tag columns", source=str(path))
        words.append(cols[1])
        raw.append(cols[2])
    if words:
        yield Tagged(words, map_bio(raw))


def read_conll(path: Path) -> Iterator[Tagged]:
    """CoNLL layout: token first, tag last, blank line between sentences, -DOCSTART- skipped."""
    words: list[str] = []
    raw: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            if words:
                yield Tagged(words, map_bio(raw))
            words, raw = [], []
            continue
        words.append(cols[0])
        raw.append(cols[-1] if len(cols) > 1 else "O")
    if words:
        yield Tagged(words, map_bio(raw))


def read_europeana(path: Path, max_len: int = 40) -> Iterator[Tagged]:
    """Europeana historic OCR: 'token tag' lines with no sentence breaks.

    Cut into chunks at sentence-final punctuation (or every `max_len` tokens, never
    inside a name); tags with OCR damage ("B-PEr", "B_LOC") are repaired, other junk is O.
    """
    words: list[str] = []
    raw: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if len(cols) < 2:
            continue
        match = _EUROPEANA_TAG.match(cols[-1])
        tag = f"{match.group(1).upper()}-{match.group(2).upper()}" if match else "O"
        words.append(" ".join(cols[:-1]).replace(" ", ""))
        raw.append(tag)
        at_end = words[-1] in (".", "!", "?") or len(words) >= max_len
        if at_end and tag == "O":
            yield Tagged(words, map_bio(raw))
            words, raw = [], []
    if words:
        yield Tagged(words, map_bio(raw))


def is_germeval(path: Path) -> bool:
    """GermEval TSV: tab-separated lines whose first column is a running index."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                first = line.split("\t")[0]
                return "\t" in line and first.isdigit()
    return False


def read_any(path: Path) -> list[Tagged]:
    """Read a GermEval TSV or CoNLL file, detected from its content."""
    if not path.is_file():
        raise FormatError("no such file; give a GermEval TSV or CoNLL file", source=str(path))
    reader = read_germeval if is_germeval(path) else read_conll
    sentences = list(reader(path))
    if not sentences:
        raise FormatError("no sentences found; give a GermEval TSV or CoNLL file", source=str(path))
    return sentences


def dev_half(sentence: Tagged) -> str:
    """'A' or 'B': a fixed split of GermEval dev by a stable hash of the sentence."""
    digest = hashlib.sha1(sentence.key.encode("utf-8")).digest()
    return "A" if digest[0] % 2 == 0 else "B"


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Exact (start, end, label) spans of a BIO sequence (a stray I- starts a span)."""
    found: set[tuple[int, int, str]] = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        if start >= 0 and (prefix != "I" or name != label):
            found.add((start, i, label))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, label = i, name
    return found


def training_sources(data: Path) -> dict[str, list[Tagged]]:
    """The ship-able labelled corpora under `data` (see ../shared/data/README.md)."""
    europeana = sorted((data / "europeana-ner-de").glob("*/*.bio"))
    return {
        "germeval": list(read_germeval(data / "germeval2014" / "NER-de-train-part.tsv")),
        "mobie": [
            s
            for split in ("train", "dev", "test")
            for s in read_conll(data / "mobie-ner" / "ner_conll03" / f"{split}.conll2003")
        ],
        "europeana": [s for path in europeana for s in read_europeana(path)],
    }


def dev_splits(data: Path) -> dict[str, list[Tagged]]:
    dev = list(read_germeval(data / "germeval2014" / "NER-de-dev.tsv"))
    return {
        "dev": dev,
        "dev-a": [s for s in dev if dev_half(s) == "A"],
        "dev-b": [s for s in dev if dev_half(s) == "B"],
    }


def to_docbin(sentences: Iterable[Tagged], lang: str = "de"):
    """A DocBin of spaCy Docs with gold entities; spaces unknown, so the words are kept.

    A tag "-" marks a token whose annotation is unknown (not penalised in training)."""
    import spacy
    from spacy.tokens import Doc, DocBin

    vocab = spacy.blank(lang).vocab
    docbin = DocBin(store_user_data=False)
    for sentence in sentences:
        tags = [None if tag == "-" else tag for tag in sentence.tags]
        docbin.add(Doc(vocab, words=sentence.words, ents=tags))
    return docbin


def name_pools(sentences: Iterable[Tagged], extra: dict[str, list[list[str]]]) -> dict[str, list[list[str]]]:
    """Entity surface forms per label: the corpora's own names plus `extra` (gazetteer names)."""
    pools: dict[str, list[list[str]]] = {label: list(extra.get(label, [])) for label in LABELS}
    for sentence in sentences:
        for start, end, label in spans(sentence.tags):
            pools[label].append(sentence.words[start:end])
    return pools


def swap_names(sentence: Tagged, pools: dict[str, list[list[str]]], rng) -> Tagged:
    """A copy of the sentence with every name replaced by a random name of the same type."""
    words: list[str] = []
    tags: list[str] = []
    previous = 0
    for start, end, label in sorted(spans(sentence.tags)):
        words += sentence.words[previous:start]
        tags += sentence.tags[previous:start]
        name = rng.choice(pools[label]) if pools[label] else sentence.words[start:end]
        words += name
        tags += [f"B-{label}"] + [f"I-{label}"] * (len(name) - 1)
        previous = end
    words += sentence.words[previous:]
    tags += sentence.tags[previous:]
    return Tagged(words, tags)
