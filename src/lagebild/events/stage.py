"""The events stage: PLOVER-coded events with actors, targets, time, place, status and source."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache, partial
from importlib import resources

from lagebild.config import Settings
from lagebild.events.coder import (Coded, fill_roles, find_place, find_triggers, has_verb, is_negated, prefix_mention,
                                   targets_ok)
from lagebild.events.lexicon import Lexicon, load_lexicon
from lagebild.events.sentence import DETERMINERS, NEGATIVE_DETERMINERS, PREPOSITIONS, Clause, Sentence, analyse, parse_by_start
from lagebild.events.status import anaphoric_denier, clause_cues, controllers, decide
from lagebild.model import Document, Event, Mention
from lagebild.nlp.inflect import ADJECTIVE_ENDINGS

_MODE_TYPES = frozenset({"AID", "COOPERATE", "AGREE", "SUPPORT"})
_DENIABLE = frozenset({"fact", "claim", "allegation"})  # what "X streitet dies ab" can deny
# pluperfect auxiliaries (an event before the reported one) and words of a stretch of time
_NOT_RECENT = frozenset("hatte hatten hattest wart war waren seit seitdem bisher had since".split())


LANGUAGES = ("de", "en")
_MEANS_PREPS = frozenset({"bei", "beim", "durch", "mit", "in", "im"})  # "bei einem Luftangriff getötet"


@lru_cache(maxsize=2)
def mode_cues(language: str = "de") -> tuple[tuple[str, str], ...]:
    text = resources.files("lagebild").joinpath("data", "events", f"modes_{language}.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple((cue, mode) for cue, mode in rows)


def _mode(sentence: Sentence, coded: Coded) -> str | None:
    entry = coded.trigger.entry
    if entry.mode or entry.type not in _MODE_TYPES:
        return entry.mode
    for word in sentence.clause_words(sentence.clauses[coded.trigger.clause]):
        lower = word.lower()
        for cue, mode in mode_cues(sentence.language):
            if cue in lower:
                return mode
    return None


def _time(doc: Document, sentence: Sentence, coded: Coded, status: str) -> tuple[str | None, str | None]:
    """(time value, time basis) of an event: the nearest point in time of its clause, else the
    publication day for a fact not set before it (pluperfect) or stretching over time ("seit")."""
    clause = sentence.clauses[coded.trigger.clause]
    start = sentence.tokens[clause.start].start
    end = sentence.tokens[clause.end].end
    head = sentence.tokens[coded.trigger.head].start
    # only points in time date an event: "zweitägigen" (P2D) says how long, not when
    inside = [t for t in doc.timexes if t.value and t.type in ("DATE", "TIME") and start <= t.start < end]
    best = min(inside, key=lambda t: abs(t.start - head), default=None)
    if best is not None:
        return best.value, "text"
    if status != "fact" or doc.published is None or _undated(sentence, clause):
        return None, None
    return doc.published.isoformat(), "publication"


def _undated(sentence: Sentence, clause: Clause) -> bool:
    """Whether the clause, or one it depends on, is pluperfect or names a stretch of time."""
    while True:
        if {w.lower() for w in sentence.clause_words(clause)} & _NOT_RECENT:
            return True
        if clause.parent is None:
            return False
        clause = sentence.clauses[clause.parent]


def _trigger_text(doc: Document, sentence: Sentence, coded: Coded) -> str:
    parts = coded.trigger.parts
    words: list[str] = []
    for n, i in enumerate(parts):
        if n and i - parts[n - 1] > 1:
            words.append("…")
        words.append(sentence.words[i])
    return " ".join(words)


def _merge(events: list[tuple[int, Event]]) -> list[Event]:
    """One event per type and clause: "geliefert und Wirtschaftshilfe geleistet" is one AID; acts of two
    different modes ("gestürmt und … gefangen genommen": seize, arrest) stay two events."""
    merged: dict[tuple[int, int, str, str], Event] = {}
    result: list[Event] = []
    for clause_key, event in events:
        key = (event.sentence, clause_key, event.type, event.status)
        kept = merged.get(key)
        if kept is None or (kept.mode and event.mode and kept.mode != event.mode):
            merged.setdefault(key, event)  # "stürmten den Palast und nahmen den Präsidenten gefangen": two acts
            result.append(event)
            continue
        kept.actors += [a for a in event.actors if a not in kept.actors]
        kept.targets += [t for t in event.targets if t not in kept.targets and t not in kept.actors]
        kept.sources += [s for s in event.sources if s not in kept.sources]
        kept.mode = kept.mode or event.mode
        if kept.time is None:
            kept.time, kept.time_basis = event.time, event.time_basis
        kept.place = kept.place or event.place
    return result


def _in_means_phrase(sentence: Sentence, noun: int) -> bool:
    """Whether the noun is in a "bei/durch/mit …" phrase: "bei einem schweren Luftangriff", not the
    subject "Ein Luftangriff tötete …"."""
    for j in range(noun - 1, max(noun - 4, -1), -1):
        word = sentence.words[j]
        if word.lower() in _MEANS_PREPS:
            return True
        if not word[:1].islower():
            return False
    return False


def _place(sentence: Sentence, entity: str) -> bool:
    return any(a.loc and entity in a.entities for a in sentence.args)


def _fold_means(sentence: Sentence, found: list[Coded]) -> list[Coded]:
    """A noun trigger in the clause of a verb trigger of its type is the verb's means ("bei einem
    Luftangriff getötet", "durch NATO-Angriffe getötet"): one event, anchored at the verb, whose actor
    is the noun's where the verb names none (the passive), and whose trigger text holds both words.
    The noun's own target is often a place ("Offensive in Helmand"): only a party that is no place is carried
    over, and only to a verb without arguments of its own ("Kämpfe zwischen der Armee und den Rebellen")."""
    verbs = {(c.trigger.clause, c.trigger.entry.type): c for c in found if c.trigger.entry.kind == "verb"}
    kept: list[Coded] = []
    for coded in found:
        verb = verbs.get((coded.trigger.clause, coded.trigger.entry.type))
        if coded.trigger.entry.kind != "noun" or verb is None or not _in_means_phrase(sentence, coded.trigger.head):
            kept.append(coded)
            continue
        if not verb.actors and not verb.targets:  # "Bei Kämpfen zwischen der Armee und den Rebellen … getötet"
            verb.targets = [t for t in coded.targets if not _place(sentence, t)]
        verb.actors = verb.actors or coded.actors
        verb.trigger.parts = sorted(set(verb.trigger.parts) | {coded.trigger.head})  # "Luftangriff … getötet"
    return kept


def _drop_cancelled(found: list[Coded]) -> list[Coded]:
    """A meeting noun whose clause cancels it ("sagt seine Reise ab", "sagte das Treffen ab") is no
    meeting: the cancellation is the event (REJECT, the PLOVER manual's cancelled meetings)."""
    cancelled = {c.trigger.clause for c in found if c.trigger.entry.type == "REJECT" and c.trigger.entry.mode == "meet"}
    return [c for c in found if not (c.trigger.entry.kind == "noun" and c.trigger.entry.type == "CONSULT"
                                      and c.trigger.clause in cancelled)]


def _drop_settings(sentence: Sentence, found: list[Coded], speech: set[int]) -> list[Coded]:
    """A meeting noun without a counterpart whose actor does another act in its clause is the setting
    of that act ("will beim EU-Gipfel seine Forderungen durchsetzen"), and one in a "bei" phrase of a
    clause of speech the setting of the statement ("sagte X bei einem Pressegespräch"): no meeting."""
    acts = {(c.trigger.clause, tuple(c.actors)) for c in found if c.actors and c.trigger.entry.type != "CONSULT"}

    def setting(c: Coded) -> bool:
        if c.trigger.entry.kind != "noun" or c.trigger.entry.type != "CONSULT" or c.targets:
            return False
        own = prefix_mention(sentence, c.trigger.head) is not None or any(  # "EU-Gipfel", "Treffen der EU-Minister"
            a.genitive and 0 < a.np_start - c.trigger.head <= 2 for a in sentence.args)
        clause = sentence.clauses[c.trigger.clause]  # or a verbless remainder after an apposition
        in_speech = clause.index in speech or (any(i < clause.index for i in speech) and not has_verb(sentence, clause))
        spoken = in_speech and _in_means_phrase(sentence, c.trigger.head) and not own
        return spoken or (c.trigger.clause, tuple(c.actors)) in acts

    return [c for c in found if not setting(c)]


def _drop_demanded(sentence: Sentence, found: list[Coded]) -> list[Coded]:
    """A noun in the "zu" phrase of a call in its clause, or its object, is what is called for, not an
    act: "rief zu einem Nein auf", "forderte zum Boykott auf", "forderte den Rücktritt von X",
    "verlangt den Abzug der Truppen" are DEMAND alone; so is a noun in the "nach" phrase of a demand noun
    ("die Forderung nach einem Einsatz des Bundesheeres")."""
    calls = {c.trigger.clause for c in found if c.trigger.entry.type == "DEMAND" and c.trigger.entry.kind == "verb"}
    demand_nouns = [c.trigger.head for c in found if c.trigger.entry.type == "DEMAND" and c.trigger.entry.kind == "noun"]

    def demanded(c: Coded) -> bool:
        before = [w.lower() for w in sentence.words[max(c.trigger.head - 4, 0) : c.trigger.head]]
        return bool({"zu", "zum", "zur"} & set(before)) or _accusative_object(sentence, c.trigger.head)

    def asked_for(c: Coded) -> bool:  # "die Forderung (der X) nach einem Grenzeinsatz des Heeres"
        head = c.trigger.head
        after_nach = [j for j in range(max(head - 4, 0), head) if sentence.words[j].lower() == "nach"]
        return c.trigger.entry.kind == "noun" and any(0 < j - h <= 4 for j in after_nach for h in demand_nouns)

    return [c for c in found if not (c.trigger.entry.kind == "noun" and c.trigger.clause in calls and demanded(c))
            and not asked_for(c)]


_OBJECT_ARTICLES = frozenset({"den", "die", "das", "einen", "eine", "seinen", "ihren", "seine", "ihre"})


def _accusative_object(sentence: Sentence, noun: int) -> bool:
    """Does an accusative article open the noun's phrase, adjectives between, no preposition before it
    ("den sofortigen Rücktritt", not "bei dem Treffen")?"""
    i = noun - 1
    while i >= 0 and sentence.words[i] not in DETERMINERS and sentence.words[i][:1].islower() and sentence.words[i].endswith(ADJECTIVE_ENDINGS):
        i -= 1
    if i < 0 or sentence.words[i].lower() not in _OBJECT_ARTICLES:
        return False
    return i == 0 or sentence.words[i - 1].lower() not in PREPOSITIONS


# verbs of need: "braucht die Unterstützung des X", "ist auf Hilfe angewiesen" name an act that has not happened
_NEED_VERBS = frozenset(
    "brauche braucht brauchen brauchte brauchten gebraucht benötige benötigt benötigen benötigte benötigten".split()
)


def _drop_needed(sentence: Sentence, found: list[Coded]) -> list[Coded]:
    """A noun that a verb of need before it in its clause governs, or one in a clause with "angewiesen"
    (after the noun: "auf die Hilfe … angewiesen"), is wished for, not done."""

    def needed(c: Coded) -> bool:
        clause = sentence.clauses[c.trigger.clause]
        before = {sentence.words[i].lower() for i in clause.tokens if i < c.trigger.head}
        return bool(_NEED_VERBS & before) or "angewiesen" in {w.lower() for w in sentence.clause_words(clause)}

    return [c for c in found if not (c.trigger.entry.kind == "noun" and needed(c))]


_CONDITIONS = frozenset({"sollte", "sollten", "falls", "wenn"})
# the condition clause is negated by a determiner ("sollte X keine …") or by "nicht" ("sollte X nicht …")
_NEGATIONS = NEGATIVE_DETERMINERS | {"nicht"}


def _conditional_threat(sentence: Sentence, coded: Coded) -> Coded:
    """A prospect held out in case the other side does not comply is a threat against it (the PLOVER
    manual's conditional threats): "stellten eine härtere Linie in Aussicht, sollte X nicht …"."""
    entry = coded.trigger.entry
    if "condthreat" not in entry.flags:
        return coded
    end = sentence.clauses[coded.trigger.clause].end
    later = sorted((c for c in sentence.clauses if c.start > end), key=lambda c: c.start)[:1]
    words = [w.lower() for w in sentence.clause_words(later[0])] if later else []
    if not words or words[0] not in _CONDITIONS or not _NEGATIONS & set(words):
        return coded
    bare = [a for a in sentence.args if a.clause == later[0].index and a.prep is None and a.case != "gen"]
    coded.trigger.entry = replace(entry, type="THREATEN")
    coded.targets = list(bare[0].entities) if bare else []
    return coded


def code_sentence(doc: Document, lexicon: Lexicon, index: int, tokens, mentions: list[Mention],
                  parsed: dict[int, object] | None = None) -> tuple[list[tuple[int, Event]], list[str]]:
    """The sentence's events, and who in it denies the act the sentence before told ("X streitet dies ab")."""
    sentence = analyse(doc, index, tokens, mentions, lexicon, parsed)
    cues = {c.index: clause_cues(lexicon, sentence, c) for c in sentence.clauses}
    ctrl = controllers(sentence, cues)
    denier = anaphoric_denier(sentence, cues, ctrl)
    events: list[tuple[int, Event]] = []
    found = [fill_roles(sentence, t, ctrl) for t in find_triggers(lexicon, sentence) if not is_negated(sentence, t)]
    speech = {i for i, found_cues in cues.items() if any(c.marker.status == "claim" for c in found_cues)}
    kept = _drop_needed(sentence, _drop_demanded(sentence, _drop_settings(sentence, _drop_cancelled(found), speech)))
    for coded in map(partial(_conditional_threat, sentence), _fold_means(sentence, kept)):
        trigger = coded.trigger
        if not coded.actors or not targets_ok(coded):
            continue  # PLOVER codes no event without an actor
        status, sources = decide(sentence, coded, cues, ctrl, doc.quotes)
        head = tokens[trigger.head]
        time, time_basis = _time(doc, sentence, coded, status)
        event = Event(
            type=trigger.entry.type, start=head.start, end=head.end, sentence=index,
            actors=coded.actors, targets=coded.targets, status=status,  # type: ignore[arg-type]
            sources=sources, time=time, time_basis=time_basis, place=find_place(sentence, coded),
            mode=_mode(sentence, coded), trigger=_trigger_text(doc, sentence, coded),
        )
        # an attributive participle's event ("die von X erhobenen Vorwürfe") is not merged with its clause's
        events.append((trigger.clause if trigger.agent is None else -1 - trigger.head, event))
    return events, denier


def _denied(events: list[Event], sentence: int, denier: list[str]) -> list[Event]:
    """The acts of the sentence before a "X streitet dies ab" that X is said to have done become X's denial."""
    return [replace(e, status="denial", sources=list(denier))
            if e.sentence == sentence and set(e.actors) & set(denier) and e.status in _DENIABLE else e
            for e in events]


def events_stage(doc: Document, settings: Settings) -> None:
    """Fill doc.events from tokens, entity mentions, time expressions and quotes."""
    language = settings.language or doc.language or "de"
    if language not in LANGUAGES:
        doc.events = []  # no lexicon for this language
        return
    lexicon = load_lexicon(language)
    token_starts = [t.start for t in doc.tokens]
    sentence_starts = [s.start for s in doc.sentences]
    by_sentence: dict[int, list[Mention]] = {}
    for mention in doc.mentions:
        by_sentence.setdefault(max(bisect_right(sentence_starts, mention.start) - 1, 0), []).append(mention)
    parsed = parse_by_start(doc) if language == "de" else None
    events: list[Event] = []
    previous = -1
    for index, sent in enumerate(doc.sentences):
        if sent.kind == "heading" or sent.duplicate_of is not None:
            continue
        tokens = doc.tokens[bisect_left(token_starts, sent.start) : bisect_right(token_starts, sent.end - 1)]
        if tokens:
            coded, denier = code_sentence(doc, lexicon, index, tokens, by_sentence.get(index, []), parsed)
            denied = _denied(events, previous, denier) if denier else events
            if denied != events:  # "X weist dies zurück": the denial is the act's status, no rejection of its own
                coded = [(k, e) for k, e in coded if not (e.type == "REJECT" and set(e.actors) & set(denier))]
            events = denied + _merge(coded)
            previous = index
    doc.events = events
