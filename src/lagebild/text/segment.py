"""Tokens, sentences and headings.

SoMaJo splits German sentences well (abbreviations, ordinal dates such as
"am 19. Juni", quotes); it runs per paragraph, so no sentence crosses a paragraph
break. A heading is a short paragraph without final punctuation.
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
    texts = [text[p.start : p.end] for p in paragraphs]
    tokenizer = _tokenizer(language)
    for index, (span, paragraph) in enumerate(zip(paragraphs, texts)):
        heading = is_heading(paragraph, is_last=index == len(paragraphs) - 1)
        para_sentences = [
            [tok.character_offset for tok in sentence] for sentence in tokenizer.tokenize_text([paragraph])
        ] if paragraph.strip() else []
        if heading:
            para_sentences = [[offsets for sent in para_sentences for offsets in sent]]
        else:
            para_sentences = [part for sent in para_sentences for part in _split_words_taken_for_abbreviations(paragraph, sent)]
        for offsets in para_sentences:
            if not offsets:
                continue
            kind = "heading" if heading else "body"
            sentences.append(Sentence(span.start + offsets[0][0], span.start + offsets[-1][1], kind, None, index))
            for start, end in offsets:
                tokens.append(Token(span.start + start, span.start + end, text[span.start + start : span.start + end]))
    return sentences, tokens


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
