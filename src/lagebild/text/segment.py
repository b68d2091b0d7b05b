"""Tokens, sentences and headings.

SoMaJo splits German sentences well (abbreviations, ordinal dates such as
"am 19. Juni", quotes); it runs per paragraph, so no sentence crosses a paragraph
break. A heading is a short paragraph without final punctuation, or a short phrase run into the
next sentence where line breaks were lost ("… gereist. Personalprobleme Die Armee …").
"""

from __future__ import annotations

import re
from functools import lru_cache

from lagebild.model import Sentence, Span, Token

MAX_HEADING_WORDS = 12
MAX_HEADING_CHARS = 100
_FINAL_PUNCT = re.compile(r"[.!?,;…:]$|[.!?…][\"“”»«'’)]$")
_LEADING_CAPITAL = re.compile(r"^[\W\d]*[A-ZÄÖÜ0-9]")
# SoMaJo matches abbreviations case-blind, so a sentence-final "Iran." (its list has "iran.") is
# taken for one. A capitalised word of 4+ letters with a dot, followed by a capitalised word,
# ends a sentence unless it is a title that stands before names.
_WORD_WITH_DOT = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{3,}\.$")
_TITLES_BEFORE_NAMES = {"Prof", "Dipl", "Gebr", "Frhr"}
# Capitalised function words that can only stand first in a sentence: one after a word inside a
# sentence ("Personalprobleme Die Armee …") starts a new one, the words before it are a run-in
# heading. Pronouns ("Kaufen Sie …") and question words ("Warum Die Linke …") are left out.
_SENTENCE_OPENERS = frozenset(
    "Der Die Das Den Dem Des Ein Eine Einen Einem Eines Im Am Beim Vom Zum Zur Bei In Auf Nach Seit Mit "
    "Für Vor Gegen Unter Über Nachdem Während Trotz Laut Auch Doch Dabei Damit Zudem Außerdem Allerdings "
    "Bereits Schon Erst Nun Dann Dort Hier Diese Dieser Dieses".split()
)
_NO_HEADING_START = _SENTENCE_OPENERS | frozenset("Warum Wieso Weshalb Wo Wann Wie Was Wer Welche Welcher Laut".split())
MAX_RUN_IN_WORDS = 5
MAX_RUN_IN_CHARS = 60


@lru_cache(maxsize=2)
def _tokenizer(language: str):  # type: ignore[no-untyped-def]
    from somajo import SoMaJo

    model = "en_PTB" if language == "en" else "de_CMC"
    return SoMaJo(model, split_camel_case=False, split_sentences=True, character_offsets=True)


def is_heading(paragraph: str, is_last: bool) -> bool:
    """A short line that starts with a capital and ends without punctuation.

    The last paragraph is never a heading: a heading introduces text that follows.
    """
    if is_last or not paragraph or len(paragraph) > MAX_HEADING_CHARS:
        return False
    if len(paragraph.split()) > MAX_HEADING_WORDS:
        return False
    return not _FINAL_PUNCT.search(paragraph) and bool(_LEADING_CAPITAL.match(paragraph))


def segment(text: str, paragraphs: list[Span], language: str = "de") -> tuple[list[Sentence], list[Token]]:
    """Split each paragraph into sentences and tokens with offsets into `text`."""
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    tokenizer = _tokenizer(language)
    for index, span in enumerate(paragraphs):
        paragraph = text[span.start : span.end]
        for offsets, kind in _paragraph_sentences(tokenizer, paragraph, is_last=index == len(paragraphs) - 1):
            sentences.append(Sentence(span.start + offsets[0][0], span.start + offsets[-1][1], kind, None, index))
            for start, end in offsets:
                tokens.append(Token(span.start + start, span.start + end, text[span.start + start : span.start + end]))
    return sentences, tokens


def _paragraph_sentences(tokenizer, paragraph: str, is_last: bool) -> list[tuple[list[tuple[int, int]], str]]:  # type: ignore[no-untyped-def]
    """The paragraph's sentences as token offsets, each with its kind ("heading" or "body")."""
    if not paragraph.strip():
        return []
    found = [[tok.character_offset for tok in sentence] for sentence in tokenizer.tokenize_text([paragraph])]
    if is_heading(paragraph, is_last):
        return [([offsets for sentence in found for offsets in sentence], "heading")]
    pieces: list[tuple[list[tuple[int, int]], str]] = []
    for sentence in found:
        for part in _split_words_taken_for_abbreviations(paragraph, sentence):
            length = _run_in_heading_length(paragraph, part)
            if length:
                pieces.append((part[:length], "heading"))
            pieces.append((part[length:], "body"))
    return [(offsets, kind) for offsets, kind in pieces if offsets]


def _split_words_taken_for_abbreviations(paragraph: str, offsets: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Split "… gegen den Iran. Teheran …" into two sentences, with "Iran" and "." as two tokens."""
    parts: list[list[tuple[int, int]]] = [[]]
    for position, (start, end) in enumerate(offsets):
        word = paragraph[start:end]
        following = paragraph[offsets[position + 1][0] : offsets[position + 1][1]] if position + 1 < len(offsets) else ""
        if _WORD_WITH_DOT.match(word) and word[:-1] not in _TITLES_BEFORE_NAMES and following[:1].isupper():
            parts[-1].extend([(start, end - 1), (end - 1, end)])
            parts.append([])
        else:
            parts[-1].append((start, end))
    return [part for part in parts if part]


def _run_in_heading_length(paragraph: str, offsets: list[tuple[int, int]]) -> int:
    """How many words at the start of a sentence form a heading run into it (0: none).

    The heading is 1-5 plain words, the first capitalised and no sentence opener itself, followed
    by a capitalised function word that only starts sentences, and a sentence of at least four
    tokens follows it ("Allen Unkenrufen zum Trotz", "Bücher wie Die Kräfte des Alters" are none).
    """
    words = [paragraph[start:end] for start, end in offsets]
    if not words or words[0] in _NO_HEADING_START or not words[0][:1].isupper():
        return 0
    for position, word in enumerate(words[1 : MAX_RUN_IN_WORDS + 1], start=1):
        if not word.replace("-", "").isalnum():
            return 0
        if word in _SENTENCE_OPENERS:
            heading_chars = offsets[position - 1][1] - offsets[0][0]
            fits = heading_chars <= MAX_RUN_IN_CHARS and len(words) - position >= 4
            return position if fits and _can_end_heading(words[position - 1]) else 0
    return 0



def _can_end_heading(word: str) -> bool:
    """Not a dateline's dash ("Istanbul-") nor a short lower-case function word ("zum", "wie")."""
    return not word.endswith("-") and not (word.islower() and len(word) <= 4)
