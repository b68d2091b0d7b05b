"""Status and source of an event: fact, claim, allegation, intention, denial or condition.

Cues come from the marker lexicon. A cue with scope "self" marks its own clause ("mutmaßlich",
"falls", "will"); a cue with scope "comp" marks the clauses that depend on its clause ("X warf Y
vor, … zu haben", "X sagte, dass …"), and the search climbs from clause to parent clause, so the
strongest cue on the way wins. Relative clauses are presupposed and climb no further. An event
inside a quote from the quotes stage is at least a claim of the quote's speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.events.coder import Coded, is_past, subject, verb_readings
from lagebild.events.lexicon import Lexicon, Marker
from lagebild.events.sentence import Arg, Clause, Sentence
from lagebild.model import Quote

PRIORITY = ("denial", "allegation", "condition", "intention", "claim")
_SOLLEN = frozenset("soll sollen solle sollten sollte".split())
_WERDEN_FUTURE = frozenset("wird werden werde würde würden".split())
_CLAUSE_INITIAL = frozenset({"wenn", "falls", "sofern", "um"})


@dataclass(slots=True)
class Cue:
    marker: Marker
    token: int


def clause_cues(lexicon: Lexicon, sentence: Sentence, clause: Clause) -> list[Cue]:
    cues: list[Cue] = []
    for position, i in enumerate(clause.tokens):
        word = sentence.words[i].lower()
        previous = sentence.words[i - 1].lower() if i > 0 else ""
        for marker in lexicon.words.get(word, ()):
            if word in _CLAUSE_INITIAL and position > 1:
                continue
            if (word == "falle" and previous not in ("im", "den")) or (word == "angaben" and previous != "nach"):
                continue
            cues.append(Cue(marker, i))
        for item, _, _ in verb_readings(lexicon, sentence, i):
            if isinstance(item, Marker):
                cues.append(Cue(item, i))
    words = [w.lower() for w in sentence.clause_words(clause)]
    if _SOLLEN & set(words):
        perfect = any(w.endswith(("t", "en")) and nxt in ("haben", "sein") for w, nxt in zip(words, words[1:]))
        cues.append(Cue(Marker("allegation" if perfect else "intention", "sollen", "self", None, None), clause.start))
    return cues


def controllers(sentence: Sentence, cues: dict[int, list[Cue]]) -> dict[int, Arg | None]:
    """Who does the act of each infinitive clause: the subject or object the matrix cue names."""
    result: dict[int, Arg | None] = {}
    for clause in sentence.clauses:
        if clause.kind != "inf" or clause.parent is None:
            continue
        parent = sentence.clauses[clause.parent]
        subj = subject(sentence, parent, result)
        control = next((c.marker.control for c in cues.get(parent.index, []) if c.marker.control), "subj")
        if control in ("acc", "dat"):
            objects = [a for a in sentence.args if a.clause == parent.index and a.prep is None and a is not subj]
            result[clause.index] = objects[0] if objects else subj
        else:
            result[clause.index] = subj
    return result


def _cue_sources(sentence: Sentence, clause: Clause, cue: Cue, ctrl: dict[int, Arg | None]) -> list[str]:
    """Every entity of the cue's speaker argument: "Die USA und Südkorea werfen … vor" rests on both."""
    if cue.marker.source == "subj":
        subj = subject(sentence, clause, ctrl, cue.token)
        return list(subj.entities) if subj else []
    if cue.marker.source == "pp":
        args = [a for a in sentence.args if a.clause == clause.index and a.first != cue.token]
        arg = min(args, key=lambda a: abs(a.first - cue.token), default=None)
        return list(arg.entities) if arg else []
    return []


def _in_quote(sentence: Sentence, coded: Coded, quotes: list[Quote]) -> Quote | None:
    start = sentence.tokens[coded.trigger.head].start
    covering = [q for q in quotes if q.start <= start < q.end]
    return min(covering, key=lambda q: (not q.speakers, q.end - q.start), default=None)


def decide(
    sentence: Sentence,
    coded: Coded,
    cues: dict[int, list[Cue]],
    ctrl: dict[int, Arg | None],
    quotes: list[Quote],
) -> tuple[str, list[str]]:
    """(status, source entity ids) for one coded event.

    Inside a quote, the quote's speaker is the source of the claim: the quotes stage resolved the
    speaker phrase as a whole ("Südkoreanische Regierungsvertreter"), where a cue's subject only
    offers the entities inside it (the demonym "Südkoreanische", the possessive "Sein").
    """
    found: dict[str, list[str]] = {}
    trigger = coded.trigger
    clause = sentence.clauses[trigger.clause]
    quote = _in_quote(sentence, coded, quotes) if clause.kind != "rel" else None
    if quote is not None and quote.speakers:
        found["claim"] = list(quote.speakers)
    for cue in cues.get(clause.index, []):
        if cue.marker.scope in ("self", "both"):
            found.setdefault(cue.marker.status, _cue_sources(sentence, clause, cue, ctrl))
    child = clause
    while child.kind != "rel" and child.parent is not None:
        parent = sentence.clauses[child.parent]
        if child.kind == "main" and parent.kind != "main":
            break
        for cue in cues.get(parent.index, []):
            if cue.marker.scope in ("comp", "both"):
                found.setdefault(cue.marker.status, _cue_sources(sentence, parent, cue, ctrl))
        child = parent
    words = {w.lower() for w in sentence.clause_words(clause)}
    future_tense = bool(_WERDEN_FUTURE & words) and "present" in trigger.tenses and "participle" not in trigger.tenses
    if future_tense or ("future" in trigger.entry.flags and not is_past(sentence, trigger)):
        found.setdefault("intention", [])
    if quote is not None:
        found.setdefault("claim", list(quote.speakers))
    status = next((s for s in PRIORITY if s in found), "fact")
    sources = found.get(status) or (found.get("claim", []) if status != "fact" else [])
    return status, sources
