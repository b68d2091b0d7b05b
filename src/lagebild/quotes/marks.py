"""Pairs of quotation marks: „…“ »…« «…» "…" ‚…‘ “…” and quotes that run over several sentences."""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.quotes.base import OPEN_QUOTES, View

MAX_QUOTE_TOKENS = 400
LOW_SINGLE = "‚"


@dataclass(slots=True)
class QuoteSpan:
    open: int  # token index of the opening mark
    close: int  # token index of the closing mark (inclusive)

    @property
    def tokens(self) -> list[int]:
        return list(range(self.open, self.close + 1))

    def content_size(self) -> int:
        return self.close - self.open - 1


def find_marks(view: View) -> list[QuoteSpan]:
    """Quote spans by pairing marks left to right; unclosed quotes end at the paragraph end."""
    spans: list[QuoteSpan] = []
    i, n = 0, len(view.words)
    while i < n:
        w = view.words[i]
        if w in OPEN_QUOTES and _opens(view, i):
            close = _closing(view, i, OPEN_QUOTES[w])
            if close is not None and close > i + 1:
                spans.append(QuoteSpan(i, close))
                i = close + 1
                continue
        i += 1
    return spans


def _opens(view: View, i: int) -> bool:
    """A mark opens when a word (or another mark) follows it."""
    return i + 1 < len(view.words) and (not view.is_punct(i + 1) or view.is_quote(i + 1))


def _closing(view: View, i: int, closers: str) -> int | None:
    paragraph_end = _paragraph_end(view, i)
    nested = 0
    opener = view.words[i]
    for j in range(i + 1, min(paragraph_end, i + MAX_QUOTE_TOKENS)):
        w = view.words[j]
        if w == opener and opener not in closers and j + 1 < len(view.words) and not view.is_punct(j + 1):
            nested += 1
        elif w in closers:
            if nested and not (opener == "„" and w == '"'):
                nested -= 1
                continue
            return j
        elif not nested and _glued_close(w, closers):
            return j
    last = min(paragraph_end, i + MAX_QUOTE_TOKENS) - 1
    return None if opener in ('"', LOW_SINGLE) or last <= i + 3 else last


def _glued_close(word: str, closers: str) -> bool:
    """ "„Tea Party“-Bewegung": a closing mark inside a hyphenated compound (as a tokenizer may leave it)."""
    return any(c + "-" in word for c in closers) and len(word) > 2


def _paragraph_end(view: View, i: int) -> int:
    """Index after the last token of the paragraph holding token i."""
    sentences = view.doc.sentences
    para = sentences[view.sent_of[i]].paragraph if sentences else 0
    s = view.sent_of[i]
    while s + 1 < len(sentences) and sentences[s + 1].paragraph == para:
        s += 1
    return view.sent_range[s][1] if view.sent_range else len(view.words)
