"""Unicode clean-up and paragraph layout of article text.

The normalised text is what every offset points into, so all clean-up happens
here, once, before any annotation exists.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

from lagebild.model import Span

# Zero-width characters, bidi embeddings/overrides/isolates, word joiner, BOM, soft hyphen.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb]"
)
# Every kind of horizontal space becomes a plain space.
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\u0085\u000b\u000c]")
_SENTENCE_END = re.compile(r"[.!?:;…\"“”»«'’)\]]$")

_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_latin_ligatures=True, normalization="NFC")


def clean_unicode(text: str) -> str:
    """Repair mojibake, normalise to NFC, drop invisible and control characters."""
    text = ftfy.fix_text(text, config=_FTFY_CONFIG)
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc" or ch == "\t")
    return unicodedata.normalize("NFC", text)


def _is_hard_wrapped(block_lines: list[str]) -> bool:
    """A block of several long lines that mostly end mid-sentence was wrapped at a fixed width."""
    if len(block_lines) < 3:
        return False
    long_lines = [line for line in block_lines[:-1] if len(line) >= 40]
    open_ends = [line for line in long_lines if not _SENTENCE_END.search(line)]
    return len(long_lines) >= 0.8 * (len(block_lines) - 1) and len(open_ends) >= 0.6 * len(long_lines)


def paragraphs_of(text: str) -> list[str]:
    """Split text into paragraphs: one per line, except hard-wrapped blocks, which are joined."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if _is_hard_wrapped(lines):
            paragraphs.append(_join_wrapped(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


def _join_wrapped(lines: list[str]) -> str:
    """Join wrapped lines, undoing end-of-line hyphenation of lower-case continuations."""
    joined = lines[0]
    for line in lines[1:]:
        if joined.endswith("-") and line[:1].islower() and len(joined) > 1 and joined[-2].isalpha():
            joined = joined[:-1] + line
        else:
            joined = f"{joined} {line}"
    return joined


def normalize_text(text: str) -> tuple[str, list[Span]]:
    """Return the normalised text (paragraphs joined by newlines) and the paragraph spans."""
    paragraphs = paragraphs_of(clean_unicode(text))
    spans: list[Span] = []
    offset = 0
    for paragraph in paragraphs:
        spans.append(Span(offset, offset + len(paragraph)))
        offset += len(paragraph) + 1
    return "\n".join(paragraphs), spans
