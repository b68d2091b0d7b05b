"""The document model every stage reads and writes.

One `Document` per article. Stages add annotations to it; every annotation carries
character offsets (`start`, `end`, end exclusive) into `Document.text`, the
normalised article text, so every fact can be traced back to its words.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

SCHEMA_VERSION = "2"

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
SentenceKind = Literal["heading", "body"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["direct", "indirect", "partial"]
EventStatus = Literal["fact", "claim", "allegation", "intention", "denial", "condition"]
# "text": a time expression of the event's clause; "publication": none, but a fact reported in the
# perfect, simple past or present is dated to the publication day (approximate, as GDELT and POLECAT do)
TimeBasis = Literal["text", "publication"]


def content_id(text: str, url: str | None = None) -> str:
    """Stable article id: a hash of the normalised text and the url (if any)."""
    digest = hashlib.sha256()
    digest.update(text.encode("utf-8"))
    digest.update(b"\x00")
    digest.update((url or "").encode("utf-8"))
    return digest.hexdigest()[:16]


@dataclass(slots=True)
class Article:
    """An article as a reader delivers it, before analysis."""

    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None  # where it was read from: a path, "stdin", a feed url
    published: date | None = None
    language: str | None = None
    id: str | None = None  # given by the input; otherwise the content hash


@dataclass(slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    kind: SentenceKind = "body"
    duplicate_of: int | None = None  # index of the sentence this one repeats
    paragraph: int = 0


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    type: EntityType
    sentence: int = 0
    entity: str | None = None  # id of the entity the mention belongs to
    source: str = "ner"  # which stage found it: ner, gazetteer, demonym, coref, ...
    metonymy: bool = False  # a capital used for its government ("Moskau")
    roles: list[str] = field(default_factory=list)  # normalised English role labels ("defence minister")
    country: str | None = None  # ISO 3166 alpha-3: the place itself, or the country a person/org belongs to


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: EntityType
    country: str | None = None  # ISO 3166 alpha-3
    roles: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    description: str | None = None  # for speakers that are no named entity


@dataclass(slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: TimexType
    value: str | None
    mod: str | None = None  # TIMEX3 modifier: START, MID, END, APPROX, ...
    sentence: int = 0


@dataclass(slots=True)
class Event:
    type: str  # PLOVER type, e.g. CONSULT
    start: int  # trigger span
    end: int
    sentence: int
    actors: list[str] = field(default_factory=list)  # entity ids
    targets: list[str] = field(default_factory=list)
    status: EventStatus = "fact"
    sources: list[str] = field(default_factory=list)  # entity ids of the parties it rests on
    time: str | None = None  # normalised value from the governing time expression
    place: str | None = None  # entity id of the place
    mode: str | None = None  # PLOVER mode, e.g. visit, meet
    trigger: str = ""
    time_basis: TimeBasis | None = None  # where `time` comes from


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: QuoteKind
    speakers: list[str] = field(default_factory=list)  # entity ids: "X und Y erklärten" has two
    cue: Span | None = None  # the speech verb or "laut", "zufolge"
    channel: str | None = None  # entity id of the medium ("zitierte ihn sein Ministerium")
    sentence: int = 0
    time: str | None = None


@dataclass(slots=True)
class Document:
    """An article and everything the pipeline found in it."""

    article: Article
    text: str  # normalised text; all offsets point into it
    id: str = ""
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    language: str | None = None
    spacy_doc: object | None = None  # the spaCy Doc of the nlp stage, never serialised

    @property
    def published(self) -> date | None:
        return self.article.published

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing the character offset (or the one before)."""
        index = 0
        for i, sentence in enumerate(self.sentences):
            if sentence.start > offset:
                break
            index = i
        return index

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.text[sentence.start : sentence.end]
