"""Latin, ASCII, lower-case forms of names written in any script.

Cyrillic goes through ICU's BGN/PCGN romanisation (Хрущёв → Khrushchev), which keeps
the digraphs that the German, English and French conventions are built from; ICU's
generic Cyrillic-Latin would collapse ч, ш, щ to "c"/"s" and lose them. Everything
else goes through normality's ICU-based `ascii_text`, after the Latin letters whose
plain base letter would lose a sound are spelled out: Czech, Slovak, Baltic and
scholarly č, Polish and Croatian ć as "ch" (Kuročkin = Kurotschkin, not "Kurockin"),
š, ś as "sh", ž, ź, ż as "zh", Croatian/Serbian đ as "dj" (Đukanović = Джуканович),
Belarusian ŭ as "w" (Maksimaŭ = Maksimaw), Czech ň as "nj" (Semeňuk = Semenjuk);
Danish and Norwegian ø as "o" (ICU would write "o/": Sørensen = Sorensen).
"""

from __future__ import annotations

import re
from functools import lru_cache

import icu
from normality import ascii_text

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_BELARUSIAN = re.compile(r"[ўЎ]")
_SPELLED_OUT = str.maketrans({"č": "ch", "ć": "ch", "š": "sh", "ś": "sh", "ž": "zh", "ź": "zh", "ż": "zh", "đ": "dj", "ŭ": "w", "ň": "nj", "ø": "o"})


@lru_cache(maxsize=8)
def _transliterator(name: str) -> icu.Transliterator:
    return icu.Transliterator.createInstance(name)


def _romanise_cyrillic(text: str) -> str:
    if _BELARUSIAN.search(text):
        scheme = "Belarusian-Latin/BGN"
    elif _UKRAINIAN.search(text):
        scheme = "Ukrainian-Latin/BGN"
    else:
        scheme = "Russian-Latin/BGN"
    return _transliterator(scheme).transliterate(text)


@lru_cache(maxsize=200_000)
def latinize(text: str) -> str:
    """ASCII, lower-case Latin form of a name; apostrophes and soft signs dropped."""
    if _CYRILLIC.search(text):
        text = _romanise_cyrillic(text)
    text = text.replace("ʹ", "").replace("'", "").replace("’", "").replace("ʿ", "").replace("ʾ", "")
    if text.isascii():
        return text.lower()
    text = text.lower().translate(_SPELLED_OUT)
    return (ascii_text(text) or "").lower()
