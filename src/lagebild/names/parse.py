"""Split a name into comparable tokens: latinised, particles and titles removed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lagebild.names.fold import (
    KOREAN_MARKED,
    KOREAN_UNMARKED,
    LOOSE,
    fold,
    fold_alternatives,
    loose_alternatives,
)
from lagebild.names.translit import latinize, plain_cyrillic

# Articles of Arabic names (al-Assad, el-Sisi, ad-Din), "bin"/"ibn" (Osama bin Laden, "Bin Laden") and
# European nobiliary particles (zu Guttenberg): optional in writing, so they never decide a match.
PARTICLES = frozenset("al el von van der den de di da du del della le la zu dos bin ibn".split())
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
# A Korean given name inside a name that is not all Korean (Blatchley Kang-Son): its two
# syllables hyphenated are joined (Gangseon), and it gets a loose form that levels the
# informal romanisations too (Sung / Seong, Hyuk / Hyeok, Joo / Ju, Young / Yeong, Wook / Uk).
# Two such forms match only if one of the parts has a mark of Korean romanisation (a hyphen
# between two syllables, eo, eu, ae, oo, yo, yu, wo, wa, ui, ng before a consonant): Tomas and
# Dumas are no Korean names, but Sujin is Soojin.
_INFORMAL_SYLLABLE = (
    "(kk|tt|pp|ss|jj|cch|tch|chh|dzh|ch|sh|th|kh|ph|[gkndtrlmbpsjhw])?"
    "(yae|yeo|wae|you|yoo|woo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ou|[aeouiy])(ng|ll|[kntlmpbgdh])?"
)
_KOREAN_PAIR = re.compile(rf"\b({_INFORMAL_SYLLABLE})-({_INFORMAL_SYLLABLE})\b")
_INFORMAL_PART = re.compile(f"({_INFORMAL_SYLLABLE}){{2}}")
_KOREAN_MARK = re.compile(r"eo|eu|ae|oo|yo|yu|wo|wa|ui|ng(?=[^aeiouy])")
_KOREAN_LOOSE = (
    (re.compile(r"-"), ""),
    (re.compile(r"y(eo|o|ou)"), "yu"),
    (re.compile(r"woo|eo|eu|oo|o"), "u"),
    (re.compile(r"ae|ä"), "e"),
    (re.compile(r"(?<=[kgtdpbc])h|(?<=[ui])w"), ""),
    (re.compile(r"(?<!n)g"), "k"),
    (re.compile(r"dzh|ch|j"), "c"),
    (re.compile(r"sh"), "s"),
    (re.compile(r"d"), "t"),
    (re.compile(r"b"), "p"),
    (re.compile(r"r"), "l"),
    (re.compile(r"(.)\1+"), r"\1"),
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


# Two short parts joined by a hyphen, as romanised Korean and Chinese given names are
# (Hee-Wook / Heewook, Gholamhosein / Qolam-Hosein); not an Arabic article (al-Assad).
_SHORT_HYPHEN = re.compile(
    r"\b(?!(?:al|el|ad|ed|as|ash|at|ar|an|az|ul|ud|ibn|bin|ben|abu)-)([^\W\d_]{1,6})-(?=[^\W\d_]{1,6}\b)", re.IGNORECASE
)


@lru_cache(maxsize=200_000)
def hyphens_joined(name: str) -> str:
    """The name with short hyphenated parts written as one word; "" if it has none."""
    joined = _SHORT_HYPHEN.sub(r"\1", name)
    return joined if joined != name else ""


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
    if len(words) < 2:
        return False
    total = 0
    for word in words:  # most names fail at their first word: stop there
        count = pinyin_length(word)
        if not 1 <= count <= 2:
            return False
        total += count
    return total <= PINYIN_MAX_SYLLABLES


def _tokens(name: str) -> list[str]:
    """The name's words without titles and particles; a Chinese or Korean name keeps all
    its syllables (Gong An-sheng, Wei De are no Arabic article an-, no French de), unless an Arabic
    article or "bin" shows it Arabic."""
    text = latinize(name)
    syllables = _words(text)
    arabic = {"al", "el"} & set(syllables) or syllables[:1] in (["bin"], ["ibn"])  # "Bin Laden" is no pinyin
    if not arabic and (_is_pinyin(syllables) or _all(_KOREAN_PART, syllables)):
        return syllables
    return _name_words(text)


def _joined_pair(match: re.Match[str]) -> str:
    return match.group(1) + match.group(5)


def _name_words(text: str) -> list[str]:
    """The words of a latinised name that is not Chinese or Korean, without particles and
    titles; two Korean syllables joined by a hyphen are one word (Kang-Son)."""
    words = _words(_KOREAN_PAIR.sub(_joined_pair, _ATTACHED_PARTICLE.sub("", text)))
    kept = [w for w in words if w not in PARTICLES and w not in _TITLES]
    return kept or words


def _alternatives(token: str, syllabic: bool, hyphenated: bool) -> tuple[str, ...]:
    """The token's folds; for an Arabic name with the article written solid and the nisba
    ending -i (Alghamdi, Elbaradei) also the fold without it, as in al-Ghamdi; then its
    loose folds (`fold.loose_alternatives`), and a Korean-looking part's loose Korean form,
    unless the whole name is Chinese or Korean (`syllabic`: compared syllable by syllable)."""
    if len(token) == 1:
        return (_fold_token(token),)
    solid = _SOLID_ARTICLE.match(token)
    alternatives = fold_alternatives(token) + ((fold(solid.group(1)),) if solid else ())
    if syllabic:
        return alternatives
    return alternatives + loose_alternatives(token) + korean_loose(token, hyphenated)


@lru_cache(maxsize=200_000)
def korean_loose(token: str, hyphenated: bool = False) -> tuple[str, ...]:
    """The loose Korean form of a part that can be a two-syllable Korean given name, marked
    `KOREAN_MARKED` if it was hyphenated or has a mark of Korean romanisation."""
    if len(token) < 4 or not _INFORMAL_PART.fullmatch(token):
        return ()
    marked = hyphenated or bool(_KOREAN_MARK.search(token))
    for pattern, repl in _KOREAN_LOOSE:
        token = pattern.sub(repl, token)
    return ((KOREAN_MARKED if marked else KOREAN_UNMARKED) + token,)


def _fold_token(token: str) -> str:
    """The fold; an initial keeps a final dot so it never equals a one-letter fold ("Yi" → "i")."""
    return fold(token) + "." if len(token) == 1 else fold(token)


@lru_cache(maxsize=200_000)
def parse_name(name: str) -> ParsedName:
    tokens = _tokens(name)
    suffix = _SUFFIXES.get(tokens[-1], "") if len(tokens) > 1 else ""
    if suffix:
        tokens = tokens[:-1]
    korean, pinyin = _korean(tokens), _is_pinyin(tokens)
    joined = {_joined_pair(m) for m in _KOREAN_PAIR.finditer(latinize(name))}
    alternatives = tuple(_alternatives(t, bool(korean) or pinyin, t in joined) for t in tokens)
    return ParsedName(
        original=name,
        tokens=tuple(tokens),
        folds=tuple(_fold_token(t) for t in tokens),
        alternatives=alternatives if korean or pinyin else _with_plain_cyrillic(name, tokens, alternatives),
        suffix=suffix,
        korean=korean,
        pinyin=pinyin,
    )


def _with_plain_cyrillic(
    name: str, tokens: list[str], alternatives: tuple[tuple[str, ...], ...]
) -> tuple[tuple[str, ...], ...]:
    """A Cyrillic name's parts with the folds of its letter-by-letter romanisation added as
    loose folds (`translit.plain_cyrillic`), if it has as many parts."""
    text = plain_cyrillic(name)
    plain = _name_words(text) if text else []
    if plain and plain[-1] in _SUFFIXES and len(plain) > 1:
        plain = plain[:-1]
    if len(plain) != len(alternatives):
        return alternatives
    return tuple(
        alts + _plain_folds(word, alts) if len(word) > 1 and word != token else alts
        for alts, word, token in zip(alternatives, plain, tokens)
    )


def _plain_folds(word: str, known: tuple[str, ...]) -> tuple[str, ...]:
    folds = tuple(LOOSE + f for f in fold_alternatives(word) if f) + loose_alternatives(word, cyrillic=True)
    return tuple(f for f in dict.fromkeys(folds) if f not in known)


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


@lru_cache(maxsize=300_000)
def single_letters(text: str) -> str:
    """Doubled letters once, also where two parts meet (Li Jie / Lijie: li + ie = lie)."""
    return re.sub(r"(.)\1+", r"\1", text)
