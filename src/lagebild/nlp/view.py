"""Tokens with their sentences and the mentions over them, as the enrich rules read a document, and the
closed word classes those rules share."""

from __future__ import annotations

import re
from bisect import bisect_right

from lagebild.model import Document, Mention, Token
from lagebild.nlp.inflect import ADJECTIVE_ENDINGS

DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines dieser diese diesen diesem".split()
)
POSSESSIVES = frozenset("sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres".split())
LOCATIVE = frozenset("in im ins nach aus bei beim nahe um vor von vom bis durch zu zum über unter an am auf ab".split())
GOVERNING = frozenset(["gegen", "mit"])  # "Sanktionen gegen Moskau", "Gespräche mit Peking"
TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


class TokenView:
    """Tokens with their sentence, and which character spans mentions already cover."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tokens = doc.tokens or [Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(doc.text)]
        self.starts = [t.start for t in self.tokens]
        sentence_starts = [s.start for s in doc.sentences]
        self.sent = [max(bisect_right(sentence_starts, t.start) - 1, 0) for t in self.tokens]

    def text(self, i: int) -> str:
        return self.doc.text[self.tokens[i].start : self.tokens[i].end]

    def at(self, i: int, sentence: int) -> str:
        """Token i's text if it is in the sentence, else ""."""
        return self.text(i) if 0 <= i < len(self.tokens) and self.sent[i] == sentence else ""

    def index(self, offset: int) -> int:
        return max(bisect_right(self.starts, offset) - 1, 0)

    def span(self, mention: Mention) -> tuple[int, int]:
        """First and last token index of a mention."""
        return self.index(mention.start), self.index(max(mention.end - 1, mention.start))

    def free(self, start: int, end: int) -> bool:
        return not any(m.start < end and start < m.end for m in self.doc.mentions)

    def add(self, start: int, end: int, type_: str, source: str, **fields) -> Mention:
        mention = Mention(start, end, self.doc.text[start:end], type_, self.doc.sentence_at(start), source=source, **fields)
        self.doc.mentions.append(mention)
        return mention


def word_before(view: TokenView, mention: Mention) -> str:
    """The word right before a mention in its sentence, or ""."""
    first, _ = view.span(mention)
    return view.at(first - 1, view.sent[first])


def is_adjective(word: str) -> bool:
    return word[:1].islower() and word.endswith(ADJECTIVE_ENDINGS) and word.lower() not in DETERMINERS | POSSESSIVES


def bracketed(text: str, mention: Mention, starting_at: dict[int, Mention]) -> Mention | None:
    """The mention (from `starting_at`, by start offset) in brackets right after `mention`:
    "Reinhold Mitterlehner (ÖVP)", "Internationale Währungsfonds (IWF)"."""
    if text[mention.end : mention.end + 2] != " (":
        return None
    inner = starting_at.get(mention.end + 2)
    return inner if inner is not None and text[inner.end : inner.end + 1] == ")" else None
