"""Attribution without a speech verb: "laut X", "X zufolge", "nach Angaben von X", "X nach"
("Seiner Meinung nach"), "gemäß X", "…, so X.", "hieß es aus …", "demnach".

The message is the rest of the clause: the sentence (or the enclosing message) without the
marker phrase and its commas.
"""

from __future__ import annotations

from lagebild.quotes.base import Attribution, View
from lagebild.quotes.phrases import DETERMINERS, is_adjective, np_left, np_right

HEARSAY_PREPOSITIONS = ("aus", "in", "von", "bei", "im")
INVERTED = ("so", "heißt", "hieß", "hieße")


def find_markers(view: View, sentence: int, taken: set[int], inside: list[bool]) -> list[Attribution]:
    a, b = view.sent_range[sentence]
    end = b
    while end > a and view.words[end - 1] in ".!?":
        end -= 1
    found = []
    for i in range(a, end):
        if i in taken or inside[i]:
            continue
        hit = _marker(view, i, a, end)
        if hit is None:
            continue
        cue, source = hit
        phrase = set(cue) | set(source)
        inverted = view.lower[i] in INVERTED and i > a and view.words[i - 1] == ","
        stop = i - 1 if inverted else end  # "…, so der Sprecher": the words before the comma
        message = [k for k in range(a, stop) if k not in phrase and not _adjacent_comma(view, k, phrase)]
        message = [k for k in message if k not in taken]
        if message and any(not view.is_punct(k) for k in message):
            found.append(Attribution("indirect", message, sentence, cue, source))
            taken.update(phrase)
    return found


def _marker(view: View, i: int, a: int, end: int) -> tuple[list[int], list[int]] | None:
    low = view.lower[i]
    if low in ("laut", "gemäß"):
        source = np_right(view, i + 1, end)
        return ([i], source) if source else None
    if low == "zufolge":
        source = np_left(view, i, a)
        return ([i], source) if source else None
    if low == "nach":
        return _nach(view, i, a, end)
    if low == "so" and i > a and view.words[i - 1] == ",":
        source = np_right(view, i + 1, end, appositions=True)
        return ([i], source) if source else None
    if low in ("heißt", "hieß", "hieße") and i + 1 < end and view.lower[i + 1] == "es":
        return _heisst(view, i, end)
    if low == "demnach":
        return [i], [i]
    return None


def _nach(view: View, i: int, a: int, end: int) -> tuple[list[int], list[int]] | None:
    """'nach Angaben der Polizei' (preposition) or 'Seiner Meinung nach' (postposition)."""
    source = np_right(view, i + 1, end)
    if source and view.lex.is_source_noun(view.words[_head(view, source)]):
        return [i], source
    before = np_left(view, i, a)
    if before and view.lex.is_source_noun(view.words[before[-1]]):
        return [i], before
    return None


def _head(view: View, phrase: list[int]) -> int:
    """First noun of a phrase ("Angaben" in "ersten Angaben der Polizei")."""
    for k in phrase:
        if view.lower[k] not in DETERMINERS and not is_adjective(view, k) and not view.is_punct(k):
            return k
    return phrase[0]


def _heisst(view: View, i: int, end: int) -> tuple[list[int], list[int]]:
    k = i + 2
    if k < end and view.lower[k] in HEARSAY_PREPOSITIONS:
        return [i, i + 1, k], np_right(view, k + 1, end, appositions=True)
    return [i, i + 1], []


def _adjacent_comma(view: View, k: int, phrase: set[int]) -> bool:
    return view.words[k] == "," and (k + 1 in phrase or k - 1 in phrase)
