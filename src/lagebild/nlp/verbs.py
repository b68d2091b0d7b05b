"""Principal parts of regular (weak) German verbs, for the speech verbs of the quotes lexicon and the
trigger verbs of the events lexicon: "melden" → "meldet", "meldete", "gemeldet"."""

from __future__ import annotations

INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "wider", "hinter", "über", "unter")


def verb_stem(infinitive: str) -> str:
    return infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]


def weak_parts(infinitive: str) -> tuple[str, str, str]:
    """3sg present, preterite and participle of a regular verb without particle."""
    stem = verb_stem(infinitive)
    e = "e" if _needs_e(stem) else ""
    prefix = "" if infinitive.startswith(INSEPARABLE) or infinitive.endswith("ieren") else "ge"
    return f"{stem}{e}t", f"{stem}{e}te", f"{prefix}{stem}{e}t"


def _needs_e(stem: str) -> bool:
    """'arbeit-e-t', 'meld-e-t', 'rechn-e-t': an e between stem and ending."""
    return stem.endswith(("t", "d")) or stem.endswith(("chn", "ffn", "gn", "dm", "tm"))
