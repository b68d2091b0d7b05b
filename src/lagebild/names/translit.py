"""Latin, ASCII, lower-case forms of names written in any script.

Cyrillic goes through ICU's BGN/PCGN romanisation (Хрущёв → Khrushchev), which keeps
the digraphs that the German, English and French conventions are built from; ICU's
generic Cyrillic-Latin would collapse ч, ш, щ to "c"/"s" and lose them. Everything
else goes through normality's ICU-based `ascii_text`, after the Latin letters whose
plain base letter would lose a sound are spelled out: Czech, Slovak, Baltic and
scholarly č, Polish and Croatian ć as "ch" (Kuročkin = Kurotschkin, not "Kurockin"),
š, ś as "sh", ž, ź, ż as "zh", Croatian/Serbian đ as "dj" (Đukanović = Джуканович),
Belarusian ŭ after a vowel as "w" (Maksimaŭ = Maksimaw; Korean ŭ after a consonant stays u:
Hŭi = Hui), Czech ň as "nj" (Semeňuk = Semenjuk);
Danish and Norwegian ø as "o" (ICU would write "o/": Sørensen = Sorensen).

`plain_cyrillic` is a second, letter-by-letter romanisation: е, э as e and ё as jo
everywhere, where BGN writes ye after a vowel and ë (Веера = Veera, Ёсинару = Yoshinaru).
"""

from __future__ import annotations

import re
from functools import lru_cache

import icu
from normality import ascii_text

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_BELARUSIAN = re.compile(r"[ўЎ]")
_SPELLED_OUT = str.maketrans(
    {"č": "ch", "ć": "ch", "š": "sh", "ś": "sh", "ž": "zh", "ź": "zh", "ż": "zh", "đ": "dj", "ň": "nj", "ø": "o"}
)
_BELARUSIAN_U = re.compile(r"(?<=[aeiouy])ŭ")


_PLAIN = str.maketrans({
    **dict(zip("абвгдезийклмнопрстуфыэіґўҳәөүұғқһ", "abvgdezijklmnoprstufyeigwhaouugkh")),
    "ё": "jo", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "",
    "ю": "ju", "я": "ja", "ї": "ji", "є": "je", "ң": "ng", "ӏ": "", "џ": "dzh", "ј": "j", "љ": "lj",
    "њ": "nj", "ћ": "ch", "ђ": "dj", "ҷ": "dzh",
})


@lru_cache(maxsize=200_000)
def plain_cyrillic(text: str) -> str:
    """A letter-by-letter romanisation of a name with Cyrillic letters; "" for other names."""
    if not _CYRILLIC.search(text):
        return ""
    return latinize(text.lower().translate(_PLAIN))


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
    text = _BELARUSIAN_U.sub("w", text.lower()).translate(_SPELLED_OUT)
    return (ascii_text(text) or "").lower()
