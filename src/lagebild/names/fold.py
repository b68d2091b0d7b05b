"""Fold a name token across the German, English and French spelling conventions.

Russian Белоусов is "Beloussow" in German, "Belousov" in English and "Belooussov"
in French; Алиев is "Alijew", "Aliyev", "Aliev". The fold maps each convention's
spelling of one sound to one symbol, so these become equal strings:

- sibilants and affricates (sch, sh, zh, tsch, tch, ch, cz, sz, shch; Dutch tsj, sj, zj) → "s"
  (German ch is also х, hence the second form `fold_alternatives` makes with "h")
- ё after a sibilant before v: German o, English e (Gorbatschow / Gorbachev) → e
- German -dse is Georgian -dze (Schewardnadse); dsch, dzh, dj (дж) → "g"; French gu before
  e, i → g (Sergueï); kh → "h"; gh → "g" (Ghent / Гент); w → v; ph → f; final ff → v (Ivanoff)
- Polish and Belarusian -cki, -cka are -tski, -tska (Gembicki = Gembitsky); Belarusian
  final -au (ў) is Russian -ov/-av (Maksimau = Maksimaw)
- final ic → is: Serbo-Croatian -ić is written -ic in English (Milošević, Milosevic, Милошевич)
- Czech feminine of a Russian surname: Gavrilovová, Kadyrovová → Gavrilova, Kadyrova
- j, y → i (Andrej / Andrey / Andrei); initial je, ye → e (Jelzin / Yeltsin / Eltsine)
- final -ah after three letters is -a (Arabic ta marbuta: Izzah / Izza, Fatimah / Fatima)
- е after a vowel before the -ev ending: Kanaev / Kanajew / Kanayev → kanaiev (before ae → a)
- French ou (and oou) → u; German ae, oe, ue → a, o, u; x → ks; z, ts, tz → s; c before a hard
  vowel → k; doubled letters once (ss → s)
The input is a token already latinised by `translit.latinize`.

`loose_alternatives` adds folds marked "~" that level what one convention keeps apart
but another does not (Cyrillic г as g or h, ё as e or yo, Belarusian ў as u or w and
akanye, Hungarian and Swedish spellings, English j for дж). They count only as exact
equality between full-name parts, never for edit distance or for a one-word name alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

_RULES: tuple[tuple[str, str], ...] = (
    (r"[^a-z]", ""),
    (r"(?<=[aeiou])e(?=(v|w|vs|va|wa|vas)$)", "ie"),
    (r"ae", "a"),
    (r"oe", "o"),
    (r"(?<![gq])ue", "u"),
    (r"oo", "o"),
    (r"ou", "u"),
    (r"dse$", "dze"),
    (r"dsch|dzh|dj|dz", "g"),
    (r"schtsch|shch|chtch|szcz|tsch|tsj|tch|tsh|sch|sh|zh|sj|zj|cz|sz|ch", "S"),
    (r"So(?=[vw])", "Se"),
    (r"kh", "h"),
    (r"gh", "g"),
    (r"(?<=[a-z]{3})ah$", "a"),
    (r"(?<=[bdfgklmnprstvz])h(?=[bdfgklmnprstvz]|$)", ""),
    (r"ck(?=(a|i|ii|ia|y|yi|iy|ij|yj)$)", "sk"),
    (r"(?<=[bdfgklmnprstvz])au$", "av"),
    (r"ck|q", "k"),
    (r"gu(?=[ei])", "g"),
    (r"(?<=[iy])c$", "S"),
    (r"c(?=[aou]|$)", "k"),
    (r"x", "ks"),
    (r"ts|tz|z|c", "s"),
    (r"S", "s"),
    (r"ph", "f"),
    (r"ff$", "v"),
    (r"w", "v"),
    (r"(ov|ev|in)ova$", r"\1a"),
    (r"[jy]", "i"),
    (r"^ie", "e"),
    (r"(?<=[bdfgklmnprstv])e$", ""),
    (r"(.)\1+", r"\1"),
)
_COMPILED = tuple((re.compile(pattern), repl) for pattern, repl in _RULES)
_GERMAN_CH = re.compile(r"(?<!s)(?<!t)ch")
# A name in Japanese syllables (kana romanised), with an optional final h (Saitoh).
_JAPANESE = re.compile(r"((ky|gy|sh|ch|ts|ny|hy|my|ry|by|py|j|[kgsztdnhbpmyrwf])?[aeiou]|n(?![aeiouy]))+h?")
_HEPBURN = {"fu": "hu", "tsu": "tu", "chi": "ti", "ji": "zi", "shi": "si"}
_JAPANESE_SYLLABLES = re.compile("|".join(sorted(_HEPBURN, key=len, reverse=True)))


@lru_cache(maxsize=300_000)
def fold(token: str) -> str:
    """The convention-independent form of one latinised token."""
    for pattern, repl in _COMPILED:
        token = pattern.sub(repl, token)
    return token


@lru_cache(maxsize=300_000)
def fold_alternatives(token: str) -> tuple[str, ...]:
    """The fold, plus the fold reading a lone German "ch" as х (Chodorkowski = Khodorkovsky),
    plus for a Japanese-looking token the fold of its Kunrei/Hepburn-levelled form."""
    folds = [fold(token)]
    if _GERMAN_CH.search(token):
        folds.append(fold(_GERMAN_CH.sub("kh", token)))
    if _JAPANESE.fullmatch(token) and sum(c in "aeiou" for c in token) >= 3:
        folds.append(fold(japanese_levelled(token)))
    return tuple(dict.fromkeys(folds))


LOOSE = "~"
# loose Korean forms of a part (`parse.korean_loose`): with or without a mark of Korean
KOREAN_MARKED, KOREAN_UNMARKED = LOOSE + "K", LOOSE + "C"  # folds are lower case
# Before folding: Belarusian ў written u after a vowel at the end or before -ski (Babrou,
# Lastouski = Babrow, Lastowski); Swedish/Norwegian tj and Catalan tx for ч (Prokofjevitj,
# Semèntxenko); Azerbaijani and Georgian q for г (Qarayev); English th as т. Hungarian
# spelling (Medvegyev, Gyemcsinszkij, Sztevanovity) where the token has a Hungarian digraph.
_BELARUSIAN_U = re.compile(r"(?<=[aeio])u(?=$|sk)")
_SWEDISH_CH = re.compile(r"tj(?=[eiou]|$)|tx")
# English th, oo, ee as Cyrillic spells them by ear (Thor = Тор, Brooke = Брук, Freeman = Фриман);
# Dutch oe for у (Oegroemov = Ugrumov)
_ENGLISH_VOWELS = re.compile(r"oo|ee|oe")
_ENGLISH_VOWEL = {"oo": "u", "ee": "i", "oe": "u"}
# й written y or j between vowels, or left out (Dunayevsky = Dunaevskij)
_GLIDE = re.compile(r"(?<=[aeiou])[jy](?=[aeiou])")
_HUNGARIAN = re.compile(r"gy|cs|zs|sz|ity$")
_HUNGARIAN_RULES = ((re.compile(r"gy"), "d"), (re.compile(r"dzs"), "dzh"), (re.compile(r"cs"), "ch"),
                    (re.compile(r"zs"), "zh"), (re.compile(r"sz"), "s"), (re.compile(r"ny(?=[aeiou])"), "n"),
                    (re.compile(r"ity$"), "ich"))
# After folding: Polish ie after a consonant and ё written io, yo, jo are е (Siemionowicz,
# Semjonow = Semenov); Cyrillic г read as h (Ukrainian, and Russian for a foreign H:
# Hryhorovych = Grigorovich, Гаррер = Harrer); the glide й between vowels (Yevseyevich =
# Evseevich); Belarusian akanye, unstressed о written a (Ганчароў = Гончаров, Raman = Roman);
# then doubled letters once.
_LOOSE_VOWELS = re.compile(r"(?<=[^aeiou])ie|(?<=[^aeiou])io(?=[^aeiou])|(?<=[aeiou])i(?=[aeiou])")
_AKANYE = re.compile(r"o(?!$)")  # not a final o, which marks gender in Romance names (-o / -a)
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=300_000)
def loose_alternatives(token: str, cyrillic: bool = False) -> tuple[str, ...]:
    """Looser folds of one latinised token, marked with `LOOSE` (always at least one, so
    that the loose folds of two tokens are compared with each other). The English readings
    of j and x are left out for a token romanised from Cyrillic (`cyrillic`), where j is й."""
    slavic = _SWEDISH_CH.sub("ch", _BELARUSIAN_U.sub("w", token)).replace("q", "g").replace("th", "t")
    slavic = _GLIDE.sub("", _ENGLISH_VOWELS.sub(lambda m: _ENGLISH_VOWEL[m.group()], slavic))
    if _HUNGARIAN.search(slavic):
        for pattern, repl in _HUNGARIAN_RULES:
            slavic = pattern.sub(repl, slavic)
    english_j = "dzh" + token[1:] if token[:1] == "j" and not cyrillic else ""  # Jalilov = Dschalilow
    turkic_x = "kh" + token[1:] if token[:1] == "x" and not cyrillic else ""  # Azerbaijani Xanımov
    loose = (_loosened(fold(t)) for t in (slavic, english_j, turkic_x) if t)
    return tuple(dict.fromkeys(LOOSE + f for f in loose if f))


def _loosened(folded: str) -> str:
    loosened = _LOOSE_VOWELS.sub(lambda m: "" if m.group() == "i" else "e", folded.replace("g", "h"))
    loosened = _AKANYE.sub("a", loosened)
    return _DOUBLED.sub(r"\1", loosened) if loosened != folded else folded


def bare(alternative: str) -> str:
    """An alternative without its loose mark."""
    if alternative.startswith((KOREAN_MARKED, KOREAN_UNMARKED)):
        return alternative[len(KOREAN_MARKED):]
    return alternative.removeprefix(LOOSE)


@lru_cache(maxsize=300_000)
def strict(alternatives: tuple[str, ...]) -> tuple[str, ...]:
    """The alternatives without the loose ones."""
    return tuple(a for a in alternatives if not a.startswith(LOOSE))


def japanese_levelled(token: str) -> str:
    """Hepburn and Kunrei-shiki spellings of one Japanese name levelled, long vowels shortened:
    Fumitaka / Humitaka, Tsurutani / Turutani, Eijirou / Eijiro, Saitoh / Saito."""
    token = re.sub(r"(?<=o)(u|h$)|(?<=u)u", "", token)
    return _JAPANESE_SYLLABLES.sub(lambda m: _HEPBURN[m.group()], token)


@lru_cache(maxsize=300_000)
def skeleton(token: str) -> str:
    """A coarse blocking key: the fold's first letter and its consonants."""
    folded = fold(token)
    return folded[:1] + re.sub(r"[aeiou]", "", folded[1:])
