"""Kölner Phonetik (Postel 1969): a German phonetic code, used as a blocking key.

Applied to the latinised token, it gives Beloussow, Belousov and Белоусов one code.
"""

from __future__ import annotations

from functools import lru_cache

_SIMPLE = {
    **dict.fromkeys("aeijouy", "0"),
    "b": "1",
    **dict.fromkeys("fvw", "3"),
    **dict.fromkeys("gkq", "4"),
    "l": "5",
    **dict.fromkeys("mn", "6"),
    "r": "7",
    **dict.fromkeys("sz", "8"),
}


def _code(word: str, i: int) -> str:
    char = word[i]
    prev = word[i - 1] if i else ""
    nxt = word[i + 1] if i + 1 < len(word) else ""
    if char in _SIMPLE:
        return _SIMPLE[char]
    if char == "p":
        return "3" if nxt == "h" else "1"
    if char in "dt":
        return "8" if nxt in ("c", "s", "z") else "2"
    if char == "x":
        return "8" if prev in ("c", "k", "q") else "48"
    if char == "c":
        if i == 0:
            return "4" if nxt in "ahkloqrux" else "8"
        if prev in ("s", "z"):
            return "8"
        return "4" if nxt in "ahkoqux" else "8"
    return ""  # h and anything else


@lru_cache(maxsize=300_000)
def cologne(word: str) -> str:
    """Kölner Phonetik code of an ASCII lower-case word."""
    word = "".join(ch for ch in word if "a" <= ch <= "z")
    if not word:
        return ""
    raw = "".join(_code(word, i) for i in range(len(word)))
    collapsed = [raw[0]] if raw else []
    for digit in raw[1:]:
        if digit != collapsed[-1]:
            collapsed.append(digit)
    code = "".join(collapsed)
    return code[0] + code[1:].replace("0", "") if code else ""
