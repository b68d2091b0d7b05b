"""Split a name into comparable tokens: latinised, particles and titles removed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lagebild.names.fold import fold, fold_alternatives
from lagebild.names.translit import latinize

# Articles of Arabic names (al-Assad, el-Sisi, ad-Din) and European nobiliary particles:
# optional in writing, so they never decide a match.
PARTICLES = frozenset("al el von van der den de di da du del della le la".split())
_ATTACHED_PARTICLE = re.compile(r"(?<![^\s])(al|el|ad|ed|as|ash|at|ar|an|az|ul|ud)-(?=\w)")
_SOLID_ARTICLE = re.compile(r"^(?:al|el)([bcdfghjklmnpqrstvwxz][a-z]{3,}[iy])$")  # nisba: Alghamdi
_TITLES = frozenset("dr prof mr mrs ms herr frau mme mlle m sir dame lord".split())
_SUFFIXES = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii", "iv": "iv"}
_SPLIT = re.compile(r"[\s\-‐‑–/]+")
# A romanised Korean syllable (Revised Romanisation or McCune-Reischauer without its
# breves): onset, vowel, coda. A name whose every part is one or two of them gets a
# romanisation-neutral form, so that Pak Jong-il and Bak Jeongil compare equal.
_KOREAN_SYLLABLE = (
    "(kk|tt|pp|ss|jj|cch|tch|chh|ch|sh|[gkndtrlmbpsjh])?(yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|[aeoui])(ng|ll|[kntlmpbgd])?"
)
_KOREAN_PART = re.compile(f"({_KOREAN_SYLLABLE}){{1,2}}")
_LEVELLED = {"g": "k", "d": "t", "b": "p", "j": "c", "ch": "c", "r": "l", "sh": "s"}
_KOREAN_LEVEL = (
    (re.compile(r"eo|eu"), lambda m: m.group()[1]),
    (re.compile(r"ch|sh|[gdbjr]"), lambda m: _LEVELLED[m.group()]),
)
# A name whose every part is one or two pinyin syllables (from data/names/pinyin.txt) is
# compared as written, since pinyin keeps apart what the fold merges (zhi/zi, shan/san, xi/si).
PINYIN_MAX_SYLLABLES = 4


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A name as comparable parts. `tokens` are latinised, `folds` convention-folded."""

    original: str
    tokens: tuple[str, ...]
    folds: tuple[str, ...]
    alternatives: tuple[tuple[str, ...], ...]
    suffix: str = ""  # generation: jr, sr, ii, iii, iv
    korean: tuple[str, ...] = ()  # romanisation-neutral parts, if every part can be Korean
    pinyin: bool = False  # every part can be pinyin

    @property
    def compact(self) -> str:
        """All folds joined: "Kim Jong-un", "Kim Jong Un" and "Kim Jongun" agree here."""
        return single_letters("".join(self.folds)) + (f" {self.suffix}" if self.suffix else "")

    @property
    def korean_compact(self) -> str:
        return single_letters("".join(self.korean))

    @property
    def last(self) -> str:
        return self.folds[-1] if self.folds else ""


def _words(text: str) -> list[str]:
    return [w for w in (raw.strip(".,;:()[]\"'") for raw in _SPLIT.split(text)) if fold(w)]


def _all(pattern: re.Pattern[str], words: list[str]) -> bool:
    return len(words) > 1 and all(pattern.fullmatch(w) for w in words)


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    path = resources.files("lagebild") / "data" / "names" / "pinyin.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=200_000)
def pinyin_length(word: str) -> int:
    """Syllables of `word` read as pinyin, fewest first; 0 if it is no pinyin. Only the first
    syllable may begin with a vowel (later ones would need an apostrophe: Xi'an)."""
    table = pinyin_syllables()
    best = [0] + [99] * len(word)  # best[i]: fewest syllables spelling word[:i]
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            piece = word[start:end]
            if best[start] < 99 and piece in table and (start == 0 or piece[0] not in "aeiou"):
                best[end] = min(best[end], best[start] + 1)
    return best[-1] if best[-1] < 99 else 0


def _is_pinyin(words: list[str] | tuple[str, ...]) -> bool:
    """Two or more parts, each one or two pinyin syllables, at most four in all (Xi Jinping)."""
    counts = [pinyin_length(w) for w in words]
    return len(words) > 1 and all(1 <= c <= 2 for c in counts) and sum(counts) <= PINYIN_MAX_SYLLABLES


def _tokens(name: str) -> list[str]:
    """The name's words without titles and particles; a Chinese or Korean name keeps all
    its syllables (Gong An-sheng, Wei De are no Arabic article an-, no French de)."""
    text = latinize(name)
    syllables = _words(text)
    if _is_pinyin(syllables) or (_all(_KOREAN_PART, syllables) and not {"al", "el"} & set(syllables)):
        return syllables
    words = _words(_ATTACHED_PARTICLE.sub("", text))
    kept = [w for w in words if w not in PARTICLES and w not in _TITLES]
    return kept or words


def _alternatives(token: str) -> tuple[str, ...]:
    """The token's folds; for an Arabic name with the article written solid and the nisba
    ending -i (Alghamdi, Elbaradei) also the fold without it, as in al-Ghamdi."""
    if len(token) == 1:
        return (_fold_token(token),)
    solid = _SOLID_ARTICLE.match(token)
    return fold_alternatives(token) + ((fold(solid.group(1)),) if solid else ())


def _fold_token(token: str) -> str:
    """The fold; an initial keeps a final dot so it never equals a one-letter fold ("Yi" → "i")."""
    return fold(token) + "." if len(token) == 1 else fold(token)


@lru_cache(maxsize=200_000)
def parse_name(name: str) -> ParsedName:
    tokens = _tokens(name)
    suffix = _SUFFIXES.get(tokens[-1], "") if len(tokens) > 1 else ""
    if suffix:
        tokens = tokens[:-1]
    return ParsedName(
        original=name,
        tokens=tuple(tokens),
        folds=tuple(_fold_token(t) for t in tokens),
        alternatives=tuple(_alternatives(t) for t in tokens),
        suffix=suffix,
        korean=_korean(tokens),
        pinyin=_is_pinyin(tokens),
    )


def _korean(tokens: list[str]) -> tuple[str, ...]:
    """Each part levelled across Korean romanisations (eo/o, eu/u, g/k, d/t, b/p, j/ch, r/l),
    if the name has two to four parts and every one is one or two Korean syllables."""
    if not 2 <= len(tokens) <= 4 or not all(_KOREAN_PART.fullmatch(t) for t in tokens):
        return ()
    out = []
    for token in tokens:
        for pattern, repl in _KOREAN_LEVEL:
            token = pattern.sub(repl, token)
        out.append(single_letters(token))
    return tuple(out)


def single_letters(text: str) -> str:
    """Doubled letters once, also where two parts meet (Li Jie / Lijie: li + ie = lie)."""
    return re.sub(r"(.)\1+", r"\1", text)
