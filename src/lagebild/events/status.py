"""Status and source of an event: fact, claim, allegation, intention, denial or condition.

Cues come from the marker lexicon. A cue with scope "self" marks its own clause ("mutmaßlich",
"falls", "will"); a cue with scope "comp" marks the clauses that depend on its clause ("X warf Y
vor, … zu haben", "X sagte, dass …"), and the search climbs from clause to parent clause, so the
strongest cue on the way wins. Relative clauses are presupposed and climb no further. An event
inside a quote from the quotes stage is at least a claim of the quote's speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.events import parsed
from lagebild.events.coder import (
    Coded,
    has_complement,
    has_verb,
    is_past,
    subject,
    verb_readings,
)
from lagebild.events.lexicon import Lexicon, Marker, load_lexicon
from lagebild.events.sentence import (
    ADJECTIVE_ENDINGS,
    DETERMINERS,
    Arg,
    Clause,
    Sentence,
    is_zu_infinitive,
)
from lagebild.model import Quote

PRIORITY = ("denial", "allegation", "condition", "intention", "claim")
# acts done by speaking: reported by their own actor they are facts (docs/events-annotation.md, dev6 calls)
_SPEECH_ACTS = frozenset({"DEMAND", "DISAPPROVE", "SUPPORT", "REJECT", "THREATEN"})
_SOLLEN = frozenset("soll sollen solle sollten sollte".split())
_WERDEN_FUTURE = frozenset("wird werden werde würde würden".split())
_CLAUSE_INITIAL = frozenset({"wenn", "falls", "sofern", "um", "bis"})
_PERSONAL = frozenset("er sie es wir ihr man".split())
_V1_CONDITIONAL = frozenset("sollte sollten hätte hätten".split())  # Konjunktiv II only: "soll X …" is hearsay
# forms that are Konjunktiv I only (3rd person; "habe", "werde" also 1st person, rare outside quotes)
# "X soll für den Anschlag verantwortlich sein": a state of guilt reported on hearsay, like "soll … getan haben"
_GUILT = frozenset({"verantwortlich", "schuld", "schuldig"})
_KONJUNKTIV1 = frozenset("sei seien habe werde könne müsse wolle solle dürfe möge".split())
_INSERTED = frozenset({"so", "hieß", "heißt"})  # "…, so der Vorwurf", "…, hieß es"


@dataclass(slots=True)
class Cue:
    marker: Marker
    token: int


def clause_cues(lexicon: Lexicon, sentence: Sentence, clause: Clause) -> list[Cue]:
    cues: list[Cue] = []
    for position, i in enumerate(clause.tokens):
        word = sentence.words[i].lower()
        previous = sentence.words[i - 1].lower() if i > 0 else ""
        if word.endswith("-angaben"):
            word = "angaben"  # "nach UN-Angaben", "laut Polizei-Angaben"
        for marker in lexicon.words.get(word, ()):
            if word in _CLAUSE_INITIAL and position > 1 or word == "um" and clause.kind != "inf":
                continue  # "Um 10 Uhr begann …" is no purpose clause
            if word == "bis" and not _until_clause(sentence, clause, position):
                continue  # "bis Freitag", "bis zum Abzug": a time, no condition
            if (word == "falle" and previous not in ("im", "den")) or (word == "angaben" and previous != "nach"):
                continue
            cues.append(Cue(marker, i))
        for item, _, _ in verb_readings(lexicon, sentence, i):
            if isinstance(item, Marker):
                cues.append(Cue(item, i))
    words = [w.lower() for w in sentence.clause_words(clause)]
    content = [w for w in words if w.isalpha()]
    if content and content[0] in _V1_CONDITIONAL and _v1_position(sentence, clause):
        # "…, sollten sie sich nicht zurückziehen", "Sollte X …, wird Y …": a verb-first clause is a condition
        cues.append(Cue(Marker("condition", content[0], "self", None, None), clause.start))
    elif _SOLLEN & set(words):
        perfect = any((w.endswith(("t", "en")) or w in _GUILT) and nxt in ("haben", "sein")
                      for w, nxt in zip(words, words[1:]))
        cues.append(Cue(Marker("allegation" if perfect else "intention", "sollen", "self", None, None), clause.start))
    return cues


def _until_clause(sentence: Sentence, clause: Clause, position: int) -> bool:
    """A dependent clause opened by "bis" with a subject after it ("…, bis die Regierung die Forderungen
    erfüllt habe"): the act waits on it, a condition."""
    if position > 0 or clause.parent is None or len(clause.tokens) < 3:
        return False
    following = sentence.words[clause.tokens[1]].lower()
    return following in DETERMINERS or following in _PERSONAL or clause.tokens[1] in sentence.mention_at


def _v1_position(sentence: Sentence, clause: Clause) -> bool:
    """Whether a clause that opens with a finite verb stands where a conditional clause does: first in
    a sentence that goes on, or after a main clause (after "Wie X mitteilte," the verb is just V2)."""
    if clause.parent is None:
        return len(sentence.clauses) > 1
    previous = sentence.clauses[clause.parent]
    first = next((sentence.words[i].lower() for i in previous.tokens if sentence.words[i].isalpha()), "")
    return previous.kind == "main" and first != "wie"


def controllers(sentence: Sentence, cues: dict[int, list[Cue]]) -> dict[int, Arg | None]:
    """Who does the act of each infinitive clause: the subject or object the matrix cue names."""
    result: dict[int, Arg | None] = {}
    for clause in sentence.clauses:
        if clause.kind != "inf" or clause.parent is None:
            continue
        parent = sentence.clauses[clause.parent]
        unnamed = _unnamed_controller(sentence, clause, parent) or _negated_matrix(sentence, parent)
        subj = None if unnamed else subject(sentence, parent, result)
        control = next((c.marker.control for c in cues.get(parent.index, []) if c.marker.control), "subj")
        if control in ("acc", "dat"):
            objects = [a for a in sentence.args if a.clause == parent.index and a.prep is None and a is not subj]
            result[clause.index] = objects[0] if objects else subj
        else:
            result[clause.index] = subj
    return result


def _unnamed_controller(sentence: Sentence, clause: Clause, parent: Clause) -> bool:
    """Whether the parse gives the verb or adjective that governs the infinitive a subject that is no entity:
    "es sei nicht sinnvoll, sie abzuschieben", "man versuchte, …" (no name of the clause acts)."""
    verb = next((j for j in clause.tokens if is_zu_infinitive(sentence.words, j)), None)
    token = parsed.token_at(sentence, verb) if verb is not None else None
    head = sentence.parse_index.get(token.head.i) if token is not None else None
    if head is None or head not in parent.tokens or token.head.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    slot = parsed.subject(sentence, head)
    return slot.found and slot.arg is None


_NOT_HESITATING = ("zöger", "gezöger", "scheu", "gescheu")  # "zögerte nicht, … festzunehmen": they did


def _negated_matrix(sentence: Sentence, parent: Clause) -> bool:
    """A negated matrix clause does not name the doer of its infinitive: "hatten X nicht aufhalten können,
    … abzuführen", "versuchte nie, … anzugreifen" (but "zögerte nicht, … festzunehmen")."""
    words = [w.lower() for w in sentence.clause_words(parent)]
    negated = any(w in ("nicht", "nie", "niemals") for w in words)
    return negated and not any(w.startswith(_NOT_HESITATING) for w in words)


def _cue_sources(sentence: Sentence, clause: Clause, cue: Cue, ctrl: dict[int, Arg | None]) -> list[str]:
    """Every entity of the cue's speaker argument: "Die USA und Südkorea werfen … vor" rests on both."""
    if cue.marker.source == "subj":
        subj = subject(sentence, clause, ctrl, cue.token)
        return list(subj.entities) if subj else []
    if cue.marker.source == "pp":
        args = [a for a in sentence.args + sentence.attributions if a.clause == clause.index
                and _in_cue_phrase(sentence, a, cue.token)]
        arg = min(args, key=lambda a: abs(a.first - cue.token), default=None)
        return list(arg.entities) if arg else []
    return []


def _in_cue_phrase(sentence: Sentence, arg: Arg, cue: int) -> bool:
    """Whether the argument is in the cue's phrase: "laut (einem Bericht der) X", "X zufolge", "nach
    Angaben (von) X", "nach UN-Angaben"; "Laut Presseberichten griff die Armee …" rests on no entity."""
    if arg.first == cue or arg.last == cue - 1 or arg.np_start == cue + 1:
        return True
    between = sentence.words[cue + 1 : arg.first]  # not from np_start: a verb may pass for an adjective there
    nominal = all(w[:1].isupper() or w.lower() in DETERMINERS
                  or (w.endswith(ADJECTIVE_ENDINGS) and nxt[:1].isupper()) for w, nxt in zip(between, between[1:] + [""]))
    return arg.np_start <= cue <= arg.last or (sentence.words[cue].lower() == "laut" and cue < arg.first and nominal)


def _describes_other(sentence: Sentence, clause: Clause, coded: Coded, cue: Cue) -> bool:
    """An inflected hedge ("mutmaßlichen", "angebliche") on a noun that is neither the trigger nor in
    the actor's phrase ("der mutmaßliche Täter X"): "nahm einen mutmaßlichen Schleuser fest" and
    "der mutmaßliche Anschlag wird untersucht" are facts."""
    word = sentence.words[cue.token].lower()
    if cue.marker.lemma != word or not word.endswith(ADJECTIVE_ENDINGS) or cue.marker.status != "allegation":
        return False
    noun = next((j for j in range(cue.token + 1, min(cue.token + 4, len(sentence.words)))
                 if sentence.words[j][:1].isupper()), None)
    if noun is None or noun == coded.trigger.head:
        return False
    actors = set(coded.actors)
    return not any(a.np_start <= cue.token <= a.last and actors & set(a.entities) for a in sentence.args)


def _inserted_after(sentence: Sentence, clause: Clause) -> list[Clause]:
    """Attributions put after the clause they attribute: "…, so der Vorwurf", "…, teilte X mit"."""
    found = []
    for later in sentence.clauses[clause.index + 1 :]:
        if later.parent != clause.index or later.kind != "main":
            continue
        first = next((sentence.words[i].lower() for i in later.tokens if sentence.words[i].isalpha()), "")
        if first in _INSERTED or _is_cue_verb(sentence, later):
            found.append(later)
    return found


def _is_cue_verb(sentence: Sentence, clause: Clause) -> bool:
    """A clause that starts with a speech or accusation verb: the verb-first clause of an inserted
    attribution ("…, sagte X", "…, teilte X mit")."""
    first = next((i for i in clause.tokens if sentence.words[i].isalpha()), None)
    if first is None:
        return False
    return any(isinstance(item, Marker) and item.status in ("claim", "allegation")
               for item, _, _ in verb_readings(load_lexicon(sentence.language), sentence, first))


def _object_of_cue(sentence: Sentence, coded: Coded, cues: list[Cue]) -> Cue | None:
    """A cue verb whose object (in the parse) is the noun trigger: "dementierte die Festnahme"."""
    if coded.trigger.entry.kind != "noun":
        return None
    token = parsed.token_at(sentence, coded.trigger.head)
    if token is None or token.dep_ not in ("obj", "iobj"):
        return None
    governor = sentence.parse_index.get(token.head.i)
    return next((c for c in cues if c.token == governor and c.marker.scope in ("comp", "both")), None)


def _denial_of_accusation(sentence: Sentence, coded: Coded, cues: list[Cue]) -> Cue | None:
    """The denial cue that is the trigger's own verb, when the clause holds an accusation noun as
    its object ("wies die Vorwürfe zurück", "bestritt die Anschuldigungen")."""
    verb = coded.trigger.verb
    cue = next((c for c in cues if c.token == verb and c.marker.status == "denial"), None)
    if cue is None:
        return None
    denied = load_lexicon(sentence.language).denied
    clause = sentence.clauses[coded.trigger.clause]
    return cue if any(sentence.words[i].lower() in denied for i in clause.tokens) else None


def _speech_verb(coded: Coded, cues: dict[int, list[Cue]]) -> bool:
    """Whether the trigger's verb is itself a speech cue ("zitierte X zu sich"): it stands outside
    whatever quote it introduces."""
    verb = coded.trigger.verb
    return verb is not None and any(c.token == verb and c.marker.status == "claim" for c in cues.get(coded.trigger.clause, []))


def _reported(sentence: Sentence, coded: Coded, clause: Clause) -> bool:
    """Reported speech: the trigger's verb (or the clause's auxiliary) in Konjunktiv I, by the parse
    where there is one, else by the forms that are Konjunktiv I only ("sei", "habe", "werde")."""
    trigger = coded.trigger
    if _ersatz_konjunktiv(sentence, clause):
        return True
    if sentence.parse is not None:
        verb = trigger.verb if trigger.entry.kind != "noun" else _governor(sentence, trigger.head)
        return verb is not None and parsed.konjunktiv1(sentence, verb)
    words = [w.lower() for w in sentence.clause_words(clause)]
    return bool(_KONJUNKTIV1 & set(words)) and not {"ich", "wir"} & set(words)


# words that make "hätten" a real Konjunktiv II (unreal, wished, almost), not reported speech
_UNREAL = frozenset("wenn falls sonst ohne fast beinahe lieber gern gerne eigentlich ob".split())
_MODALS = frozenset("können müssen sollen dürfen wollen mögen".split())


def _ersatz_konjunktiv(sentence: Sentence, clause: Clause) -> bool:
    """"hätten" + participle in a main clause: the Konjunktiv II that stands in for the plural Konjunktiv I
    "haben", which looks like the indicative ("Sowohl X als auch Y hätten ihn um Erläuterungen gebeten"),
    unless the sentence is unreal or wished ("wenn", "fast", "lieber")."""
    words = sentence.clause_words(clause)
    if clause.kind != "main" or "hätten" not in words or {w.lower() for w in sentence.words} & _UNREAL:
        return False
    after = words[words.index("hätten") + 1 :]  # a participle: "gebeten", "angegriffen", "festgenommen"
    if _MODALS & set(after):
        return False  # "hätten gewarnt sein können": what might have been
    return any(w.islower() and w.endswith(("t", "en")) and "ge" in w[:-2] and len(w) > 5 for w in after)


def _governor(sentence: Sentence, noun: int) -> int | None:
    """The verb a noun trigger depends on in the parse ("habe einen Angriff verübt" → "verübt")."""
    token = parsed.token_at(sentence, noun)
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return sentence.parse_index.get(token.i) if token is not None and token.pos_ in ("VERB", "AUX") else None


def _in_quote(sentence: Sentence, coded: Coded, quotes: list[Quote]) -> Quote | None:
    """The quote the trigger stands in; a quote of the trigger word alone (Ban "beunruhigt" über …)
    is the writer's report in the speaker's word, not a claim."""
    token = sentence.tokens[coded.trigger.head]
    covering = [q for q in quotes if q.start <= token.start < q.end
                and not (q.start >= token.start - 1 and q.end <= token.end + 1)]
    return min(covering, key=lambda q: (not q.speakers, q.end - q.start), default=None)


def _own_word(sentence: Sentence, coded: Coded, clause: Clause, sources: list[str], quote: Quote | None) -> bool:
    """A verbal act (demand, criticism, praise, rejection, threat) on its own actor's word, or told in
    an indicative main clause inside a quote whose speaker is not known: the act is the speaking, so it happened
    ("Er sehe bei der FPÖ mehr Reformorientierung, sagte er": the Konjunktiv marks the content)."""
    if coded.trigger.entry.type not in _SPEECH_ACTS:
        return False
    if sources:
        return set(sources) <= set(coded.actors)
    return quote is not None and not quote.speakers and clause.kind == "main" and not _reported(sentence, coded, clause) \
        and not _report_cue(sentence, quote)


_REPORT_CUES = frozenset({"laut", "zufolge", "angaben"})


def _report_cue(sentence: Sentence, quote: Quote) -> bool:
    """A quote the quotes stage made of an attribution to reports ("Laut Presseberichten dringt X auf …"):
    the act rests on those reports, not on its actor's own word."""
    if quote.cue is None:
        return False
    words = [w.lower() for w, t in zip(sentence.words, sentence.tokens) if quote.cue.start <= t.start < quote.cue.end]
    return any(w in _REPORT_CUES or w.endswith("-angaben") for w in words)


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
    quote = _in_quote(sentence, coded, quotes) if clause.kind != "rel" and not _speech_verb(coded, cues) else None
    if quote is not None and quote.speakers:
        found["claim"] = list(quote.speakers)
    for cue in cues.get(clause.index, []):  # a trigger is no cue of its own event ("erklärte sich bereit")
        if cue.marker.scope in ("self", "both") and cue.token != trigger.head \
                and not _describes_other(sentence, clause, coded, cue):
            found.setdefault(cue.marker.status, _cue_sources(sentence, clause, cue, ctrl))
    child = clause
    while child.kind != "rel" and child.parent is not None:
        parent = sentence.clauses[child.parent]
        if child.kind == "main" and (parent.kind != "main" or sentence.words[child.start - 1] in ("–", "—")):
            break  # a headline part after a dash is no complement of the part before it
        for cue in cues.get(parent.index, []):
            if cue.marker.scope in ("comp", "both"):
                found.setdefault(cue.marker.status, _cue_sources(sentence, parent, cue, ctrl))
        child = parent
    for later in _inserted_after(sentence, clause):
        for cue in cues.get(later.index, []):
            found.setdefault(cue.marker.status, _cue_sources(sentence, later, cue, ctrl))
        if not cues.get(later.index) and not has_verb(sentence, later):  # "…, so Außenminister X"
            speaker = next((a for a in sentence.args if a.clause == later.index and a.prep is None), None)
            found.setdefault("claim", list(speaker.entities) if speaker else [])
    own = _denial_of_accusation(sentence, coded, cues.get(clause.index, []))
    if own is not None:  # "wies die Vorwürfe zurück": the rejection is itself a denial
        found.setdefault("denial", _cue_sources(sentence, clause, own, ctrl))
    object_cue = _object_of_cue(sentence, coded, cues.get(clause.index, []))
    if object_cue is not None:  # "dementierte die Festnahme", "warf ihm den Angriff vor"
        found.setdefault(object_cue.marker.status, _cue_sources(sentence, clause, object_cue, ctrl))
    if clause.kind != "rel" and _reported(sentence, coded, clause):
        found.setdefault("claim", [])
    words = {w.lower() for w in sentence.clause_words(clause)}
    future_tense = bool(_WERDEN_FUTURE & words) and "present" in trigger.tenses and "participle" not in trigger.tenses
    announced = "announced" in trigger.entry.flags  # "hat Berufung angekündigt": the appeal is still to come
    if future_tense or announced or ("future" in trigger.entry.flags and not is_past(sentence, trigger)):
        found.setdefault("intention", [])
    if quote is not None:
        found.setdefault("claim", list(quote.speakers))
    status = next((s for s in PRIORITY if s in found), "fact")
    sources = found.get(status) or (found.get("claim", []) if status != "fact" else [])
    if status == "claim" and _own_word(sentence, coded, clause, sources, quote):
        return "fact", []  # "…, fordert X", "…, so X": a verbal act on its actor's own word has happened
    return status, sources


_ANAPHORS = frozenset("dies das dieses diese es".split())


def anaphoric_denier(sentence: Sentence, cues: dict[int, list[Cue]], ctrl: dict[int, Arg | None]) -> list[str]:
    """Who denies the act the sentence before told ("X soll … haben. X streitet dies ab"): the subject of a
    denial verb whose object is a pronoun and that takes no clause of its own; none if there is none."""
    for clause in sentence.clauses:
        if has_complement(sentence, clause):
            continue  # "bestreitet, … zu haben": the denied act is in the sentence itself
        words = {w.lower() for w in sentence.clause_words(clause)}
        cue = next((c for c in cues.get(clause.index, []) if c.marker.status == "denial"), None)
        if cue is not None and words & _ANAPHORS:
            return _cue_sources(sentence, clause, cue, ctrl)
    return []
