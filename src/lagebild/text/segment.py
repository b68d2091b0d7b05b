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
        para_sentences = list(tokenizer.tokenize_text([paragraph])) if paragraph.strip() else []
        if heading:
            para_sentences = [[tok for sent in para_sentences for tok in sent]]
        for somajo_sentence in para_sentences:
            if not somajo_sentence:
                continue
            first = somajo_sentence[0].character_offset[0]
            last = somajo_sentence[-1].character_offset[1]
            sentences.append(Sentence(span.start + first, span.start + last, "heading" if heading else "body", None, index))
            for tok in somajo_sentence:
                start, end = tok.character_offset
                tokens.append(Token(span.start + start, span.start + end, text[span.start + start : span.start + end]))
    return sentences, tokens
