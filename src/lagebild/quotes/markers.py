"""Attribution without a speech verb: "laut X", "X zufolge", "nach Angaben von X", "X nach"
("Seiner Meinung nach"), "gemäß X", "…, so X.", "hieß es aus …", "demnach", and the relative
"…, wonach …" / "Studien, nach denen …" (whose message is the rest of the subordinate clause).
Markers may sit inside the message of a speech verb ("X hat nach Angaben der Polizei … gefordert").

The message is the rest of the clause: the sentence (or the enclosing message) without the
marker phrase and its commas.
"""

from __future__ import annotations

from lagebild.quotes.base import Attribution, View
from lagebild.quotes.parsed import object_of_preposition
from lagebild.quotes.phrases import (
    AUXILIARIES,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    is_adjective,
    np_left,
    np_right,
)
from lagebild.quotes.speech import continuation

HEARSAY_PREPOSITIONS = ("aus", "in", "von", "vom", "bei", "im", "auf", "seitens")
INVERTED = ("so", "heißt", "hieß", "hieße")
RELATIVES = frozenset("denen welchem welcher welchen".split())  # not "dem"/"der": articles too


def find_markers(view: View, sentence: int, taken: set[int], inside: list[bool],
                 cues: frozenset[int] = frozenset()) -> list[Attribution]:
    """Marker attributions outside `taken` tokens; their messages leave out the `cues` of speech verbs."""
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
        if _channel_of_speech_verb(view, phrase, cues):
            continue
        inverted = view.lower[i] in INVERTED and i > a and view.words[i - 1] == ","
        if _opens_clause(view, i):  # "…, wonach die Maus …": the rest of the subordinate clause
            start = i + 1 if view.lower[i] == "wonach" else i + 2  # after "wonach" / "nach denen"
            message = list(range(start, _clause_stop(view, start, end)))
        elif (opener := _reported_clause_opener(view, i, end)) is not None:  # "In der Erklärung heißt es, …"
            message = list(range(opener + 1, end))
        else:
            stop = i - 1 if inverted else end  # "…, so der Sprecher": the words before the comma
            message = [k for k in range(a, stop) if k not in phrase and not _adjacent_comma(view, k, phrase)]
            if inverted and view.lower[i] == "so":  # "Der Präsident sei, so X, schuld daran"
                message += continuation(view, max(phrase) + 1, end)
        message = [k for k in message if k not in cues]
        if message and any(not view.is_punct(k) for k in message):
            kind = "direct" if _one_quote(view, message) else "indirect"  # "„…“, so die Sprecherin."
            found.append(Attribution(kind, message, sentence, cue, source))
            taken.update(phrase)
    return found


def _one_quote(view: View, message: list[int]) -> bool:
    words = [k for k in message if not view.is_punct(k) or view.is_quote(k)]
    return len(words) > 2 and view.is_quote(words[0]) and view.is_quote(words[-1]) and not any(
        view.is_quote(k) for k in words[1:-1])


def _channel_of_speech_verb(view: View, phrase: set[int], cues: frozenset[int]) -> bool:
    """ "X sagte der Mitteilung zufolge, …": the marker names the channel of the speech verb right
    before it, not a speech act of its own (after an auxiliary, "hat nach Polizeiangaben … gefordert", it is one)."""
    before = min(phrase) - 1
    return before in cues and view.lower[before] not in AUXILIARIES


def _marker(view: View, i: int, a: int, end: int) -> tuple[list[int], list[int]] | None:
    low = view.lower[i]
    if low in ("laut", "gemäß"):
        source = _web_name(view, i + 1, end) or _with_place(view, np_right(view, i + 1, end, appositions=True), end)
        if low == "gemäß" and not _can_say(view, source):
            return None  # "gemäß der damaligen Regelung": a rule, not a source
        return ([i], source) if source else None
    if low == "zufolge":
        source = np_left(view, i, a)
        return ([i], source) if source else None
    if low == "nach":
        return _nach(view, i, a, end)
    if low == "wonach" and i > a and view.words[i - 1] == ",":
        source = _source_noun_before(view, i - 1, a)  # not "den Fang des Bären, wonach er …": "after which"
        return ([i], source) if source else None
    if low == "so" and i > a and view.words[i - 1] == ",":
        return _so(view, i, end)
    if low in ("heißt", "hieß", "hieße") and i + 1 < end and view.lower[i + 1] == "es":
        return _heisst(view, i, a, end)
    if low == "demnach":
        return [i], [i]
    return None


def _so(view: View, i: int, end: int) -> tuple[list[int], list[int]] | None:
    """ "…, so der Sprecher." and "…, so urteilte X."; not "…, so wurde der Hafen geschlossen"."""
    cue = [i]
    if i + 1 < end and view.words[i + 1][:1].islower() and _is_verb(view, i + 1) and view.lower[i + 1] not in PRONOUNS:
        if view.lower[i + 1] in AUXILIARIES:
            return None
        cue.append(i + 1)
    source = np_right(view, max(cue) + 1, end, appositions=True)
    return (cue, source) if source else None


def _is_verb(view: View, k: int) -> bool:
    token = view.spacy[k] if view.spacy else None
    return token.pos_ in ("VERB", "AUX") if token is not None else view.lower[k] in AUXILIARIES


def _nach(view: View, i: int, a: int, end: int) -> tuple[list[int], list[int]] | None:
    """'nach Angaben der Polizei' (preposition), 'Seiner Meinung nach' (postposition),
    '…, nach denen …' (relative clause after a source noun such as 'Studien' or 'Berichte')."""
    if i > a and view.words[i - 1] == "," and i + 1 < end and view.lower[i + 1] in RELATIVES:
        return [i], _antecedent(view, i - 1, a) or [i + 1]
    source = np_right(view, i + 1, end, appositions=True)
    if source and _names_source(view, source):
        return [i], _with_place(view, source, end)
    if i + 1 < end and view.lower[i + 1] in ("dem", "einem"):  # "Untersuchung nach dem Tod": a preposition
        return None
    before = np_left(view, i, a)
    if before and view.lex.is_source_noun(view.words[before[-1]]):
        return [i], before
    return None


def _with_place(view: View, source: list[int], end: int) -> list[int]:
    """ "nach Angaben der Opposition im Iran", "laut der Polizei in Mombasa": a place named after the
    source belongs to it (a circumstance of the clause would come with a verb between)."""
    k = max(source, default=-1) + 1
    if not source or k + 1 >= end or view.lower[k] not in ("in", "im") or not _is_place(view, k + 1):
        return source
    if any(view.lower[x] in PREPOSITIONS for x in source):
        return source  # "einer Meldung zur Präsentation des Geräts in Deutschland": the place is the event's
    place = np_right(view, k + 1, end)
    return source + [k] + place if place and place[0] == k + 1 else source


def _is_place(view: View, k: int) -> bool:
    token = view.spacy[k] if view.spacy else None
    return token is not None and view.is_cap(k) and token.ent_type_ in ("LOC", "GPE")


def _names_source(view: View, phrase: list[int]) -> bool:
    """A noun before any genitive attribute names what was said: "ersten Angaben der Polizei",
    "Grupps Meinung" (a preceding genitive name), not "der Auszählung der Stimmen"."""
    seen_noun = False
    for k in phrase:
        if view.lower[k] in DETERMINERS and seen_noun:
            return False
        if view.lower[k] in DETERMINERS or is_adjective(view, k) or view.is_punct(k):
            continue
        seen_noun = True
        if view.lex.is_source_noun(view.words[k]):
            return True
    return False


def _can_say(view: View, phrase: list[int]) -> bool:
    """A source noun ("seiner Aussage"), a speaker noun ("der Organisation") or a name in the phrase."""
    return _names_source(view, phrase) or any(
        view.is_cap(k) and (view.lex.speaker_type(view.words[k]) or _is_name(view, k)) for k in phrase)


def _is_name(view: View, k: int) -> bool:
    token = view.spacy[k] if view.spacy else None
    return token is not None and token.pos_ == "PROPN"


def _antecedent(view: View, comma: int, a: int) -> list[int]:
    """The noun phrase a relative "wonach"/"nach denen" clause hangs on ("Berichte, wonach …"): the source."""
    return np_left(view, comma, a)


def _source_noun_before(view: View, comma: int, a: int) -> list[int]:
    """ "Berichte, wonach …", "konnte erste Medienberichte nicht bestätigen, wonach …": the nearest noun phrase
    of the clause before the comma whose head is a source or speech noun."""
    start = max((k + 1 for k in range(a, comma) if view.words[k] in (",", ";", ":")), default=a)
    for k in range(comma - 1, start - 1, -1):
        word = view.words[k]
        if view.is_cap(k) and any(view.lex.is_source_noun(w) or view.lex.is_speech_noun(w)
                                  for w in (word, word.removesuffix("e"))):  # "Berichte"
            return np_left(view, k + 1, start) or [k]
    return []


def _opens_clause(view: View, i: int) -> bool:
    return view.lower[i] == "wonach" or (view.lower[i] == "nach" and i + 1 < len(view.lower) and view.lower[i + 1] in RELATIVES)


def _clause_stop(view: View, k: int, end: int) -> int:
    while k < end and view.words[k] not in (",", ";", ":"):
        k += 1
    return k


def _web_name(view: View, i: int, end: int) -> list[int]:
    """A lower-case source such as 'taz', 'faz.net' or 'ai-Bericht' right after 'laut'."""
    word = view.words[i] if i < end else ""
    if word[:1].islower() and ("." in word[1:-1] or "-" in word[1:-1]):
        return [i]
    return []


def _heisst(view: View, i: int, a: int, end: int) -> tuple[list[int], list[int]]:
    """ "hieß es aus dem Ministerium", "heißt es in einer Erklärung X", "In dem Antrag heißt es": the
    source is the noun phrase after (or, in first position, before) the verb, without its preposition."""
    k = i + 2
    while k < end and view.lower[k] in ("weiter", "wörtlich", "zunächst", "dazu", "ferner", "auch"):
        k += 1
    if k < end and view.lower[k] in HEARSAY_PREPOSITIONS:
        return [i, i + 1], _with_preposition(k, object_of_preposition(view, k) or np_right(view, k + 1, end, appositions=True))
    if view.lower[a] in HEARSAY_PREPOSITIONS and a < i:
        return [i, i + 1], object_of_preposition(view, a) or np_right(view, a + 1, i)
    return [i, i + 1], []


def _with_preposition(k: int, phrase: list[int]) -> list[int]:
    """ "hieß es aus Paris", "heißt es in einer Erklärung": the preposition says where the words come from
    and belongs to the source phrase (as SpkAtt annotates it)."""
    return [k, *phrase] if phrase and phrase[0] == k + 1 else phrase


def _reported_clause_opener(view: View, i: int, end: int) -> int | None:
    """The comma or colon after "heißt es" (and its adverbs and source: "heißt es in der Meldung
    wörtlich:") that opens the words it introduces; None when a verb comes first or nothing follows."""
    if view.lower[i] not in INVERTED[1:]:
        return None
    after_comma = i > 0 and view.words[i - 1] == ","  # "„…“, heißt es in …, der …": the words before
    for k in range(i + 2, end - 1):
        if view.words[k] in (",", ":"):
            return None if after_comma and view.words[k] == "," else k
        if _is_verb(view, k) or view.is_quote(k) and not view.is_cap(k + 1):
            return None
    return None


def _adjacent_comma(view: View, k: int, phrase: set[int]) -> bool:
    return view.words[k] == "," and (k + 1 in phrase or k - 1 in phrase)
