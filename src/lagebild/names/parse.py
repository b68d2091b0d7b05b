"""Split a name into comparable tokens: latinised, particles and titles removed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lagebild.names.fold import fold, fold_alternatives
from lagebild.names.translit import latinize

# Articles of Arabic names (al-Assad, el-Sisi, ad-Din) and European nobiliary particles:
# optional in writing, so they never decide a match.
PARTICLES = frozenset("al el von van der den de di da du del della le la".split())
_ATTACHED_PARTICLE = re.compile(r"(?<![^\s])(al|el|ad|ed|as|ash|at|ar|an|az|ul|ud)-(?=\w)")
_TITLES = frozenset("dr prof mr mrs ms herr frau mme mlle m sir dame lord".split())
_SUFFIXES = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii", "iv": "iv"}
_SPLIT = re.compile(r"[\s\-‐‑–/]+")


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A name as comparable parts. `tokens` are latinised, `folds` convention-folded."""

    original: str
    tokens: tuple[str, ...]
    folds: tuple[str, ...]
    alternatives: tuple[tuple[str, ...], ...]
    suffix: str = ""  # generation: jr, sr, ii, iii, iv

    @property
    def compact(self) -> str:
        """All folds joined: "Kim Jong-un", "Kim Jong Un" and "Kim Jongun" agree here."""
        return "".join(self.folds) + (f" {self.suffix}" if self.suffix else "")

    @property
    def last(self) -> str:
        return self.folds[-1] if self.folds else ""


def _tokens(name: str) -> list[str]:
    text = _ATTACHED_PARTICLE.sub("", latinize(name))
    words = [w for w in (raw.strip(".,;:()[]\"'") for raw in _SPLIT.split(text)) if fold(w)]
    kept = [w for w in words if w not in PARTICLES and w not in _TITLES]
    return kept or words


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
        alternatives=tuple((_fold_token(t),) if len(t) == 1 else fold_alternatives(t) for t in tokens),
        suffix=suffix,
    )
