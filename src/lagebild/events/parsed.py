"""Event slots from the dependency parse of the syntax stage (German), where there is one.

The surface rules of `coder` guess the subject as the first bare entity phrase of a clause and
the object as the one nearest the trigger; the parse knows them: `nsubj`, `obj`/`iobj`, a
`von`/`durch` agent, a PP (`obl`, `nmod`) by its preposition, a genitive attribute (`nmod`
without a preposition). A parse slot is mapped to the entity argument inside its phrase. Where
the parse says a slot is filled by something that is no entity ("Stealth-Jagdflugzeuge besuchen
Litauen", "Bundespräsident traf Merkel"), the slot stays empty; where the parse has no such
slot, the caller falls back to the surface rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.events.lexicon import load_lexicon
from lagebild.events.sentence import (
    ADJECTIVE_ENDINGS,
    DETERMINERS,
    DIRECTIONAL,
    POPULATION,
    PREPOSITIONS,
    Arg,
    Sentence,
    seat_noun,
)
from lagebild.nlp.function_nouns import function_noun_type
from lagebild.nlp.syntax import agent_of, is_konjunktiv1, subject_of

# dependents that start a clause or a parenthesis of their own: their entities are not the phrase's
_OWN_CLAUSE = frozenset({"acl", "acl:relcl", "ccomp", "advcl", "parataxis", "csubj", "xcomp", "punct", "appos:paren"})


@dataclass(frozen=True, slots=True)
class Slot:
    """What the parse says about one slot: `found` (the parse has the slot), and its argument."""

    found: bool
    arg: Arg | None = None


NO_SLOT = Slot(False)


def token_at(sentence: Sentence, i: int):
    """The spaCy token of sentence token i, or None without a parse."""
    if sentence.parse is None or i >= len(sentence.parse):
        return None
    return sentence.parse[i]


def _index(sentence: Sentence, token) -> int | None:
    return sentence.parse_index.get(token.i) if token is not None else None


def _phrase(token) -> list:
    """The tokens of the phrase a dependent heads, without clauses and PP attributes: in "die
    Zentrale eines Konzerns in Istanbul" the place is a locative, not the object."""
    found, stack = [], [token]
    while stack:
        current = stack.pop()
        found.append(current)
        for child in current.children:
            if child.dep_ in _OWN_CLAUSE or (child.dep_.startswith("nmod") and _prep(child)):
                continue
            stack.append(child)
    return found


def arg_of(sentence: Sentence, token) -> Arg | None:
    """The entity argument in the phrase the token heads: the one holding the head word, else
    the nearest one in the phrase ("Ziele der Hisbollah", "Der Chef der Bewegung X")."""
    head = _index(sentence, token)
    if head is None:
        return None
    holding = next((a for a in sentence.args if a.np_start <= head <= a.last), None)
    if holding is not None:
        return holding
    indices = {_index(sentence, t) for t in _phrase(token)} - {None}
    inside = [a for a in sentence.args if a.first in indices]
    if not inside:  # "Die Armee von Myanmar": the state whose organ the phrase names
        states = [_index(sentence, c) for c in token.children if c.dep_ == "nmod" and _prep(c) == "von"]
        inside = [a for a in sentence.args if a.first in states and a.loc]
    return min(inside, key=lambda a: abs(a.first - head), default=None)


def _genitive(token) -> bool:
    """A genitive attribute: Case=Gen on the word or its article, or a name in -s ("Russlands")."""
    if "Gen" in token.morph.get("Case") or any("Gen" in c.morph.get("Case") for c in token.children if c.dep_ == "det"):
        return True
    return token.pos_ == "PROPN" and token.text.endswith("s") and token.i == token.head.i + 1


def _prep(token) -> str:
    """The preposition a noun stands with ("zum Gelände" → "zu"), or ""."""
    for child in token.children:
        if child.dep_ == "case":
            return PREPOSITIONS.get(child.lower_, child.lower_)
    return ""


def _slot(sentence: Sentence, token) -> Slot:
    if token is None:
        return NO_SLOT
    if "Rel" in token.morph.get("PronType") and token.head.dep_ == "acl:relcl":
        token = token.head.head  # "die Armee, die … angriff": the relative pronoun's antecedent
    return Slot(True, _appos_name(sentence, token) or arg_of(sentence, token))


def dateline_end(sentence: Sentence) -> int:
    """Token index after a dateline ("Moskau –", "Addis Abeba/Bujumbura –"), else 0. The parser
    takes the place for a second subject."""
    for i, word in enumerate(sentence.words[:8]):
        if word in ("–", "—", "-") and i > 0:
            return i + 1
        if not (word[:1].isupper() or word in ("/", "(", ")")):
            return 0
    return 0


def _nominative(token) -> bool:
    """Whether the morphology allows a subject: the small treebank's parser labels many objects
    "nsubj" ("mutmaßliche Kämpfer festgenommen"), while its case feature is often right."""
    return not {"Acc", "Dat", "Gen"} & set(token.morph.get("Case"))


def _dash_between(sentence: Sentence, a: int | None, b: int) -> bool:
    """A dash, colon or semicolon between two tokens: headline parts the parser runs together
    ("Angestellte wehren sich – Wenige Tage vor der Wahl – EU besorgt")."""
    if a is None:
        return True
    low, high = sorted((a, b))
    return any(w in ("–", "—", ":", ";") for w in sentence.words[low:high])


def subject(sentence: Sentence, verb: int, exclude: frozenset[int] = frozenset()) -> Slot:
    """The subject of the verb at token index `verb` (for a passive, the patient), datelines and
    the trigger's own tokens (`exclude`) aside."""
    token = token_at(sentence, verb)
    if token is None or token.pos_ not in ("VERB", "AUX", "ADJ"):
        return NO_SLOT
    if any(c.dep_ == "mark" and c.lower_ == "zu" for c in token.children):
        return NO_SLOT  # a "zu"-infinitive has no subject of its own: an "nsubj" there is a misparse
    if _shares_auxiliary(token):  # "hatten den Palast gestürmt und den Präsidenten festgenommen"
        return subject(sentence, _index(sentence, token.head), exclude)
    fronted = _fronted_name(sentence, token)
    if fronted is None and token.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in token.children):
        fronted = _fronted_name(sentence, token.head)  # "Nordkorea testete …, verurteilte … und drohte …"
    if fronted is not None:
        return _slot(sentence, fronted)
    found = subject_of(token)
    if found is None:
        return NO_SLOT
    start = dateline_end(sentence)
    candidates = [c for c in found.head.children if c.dep_ == found.dep_ or c.dep_ in ("nsubj", "nsubj:pass")]
    # a subject the parser hangs on the finite auxiliary comes first: in "Die Armee hat die Stadt X
    # angegriffen" it also makes the object a second "nsubj" of the participle
    candidates = _auxiliary_subjects(token) + [c for c in candidates if c not in _auxiliary_subjects(token)]
    candidates = [c for c in candidates if (_index(sentence, c) or 0) >= start and _nominative(c)
                  and _index(sentence, c) not in exclude and not _after_preposition(sentence, _index(sentence, c))
                  and not _dash_between(sentence, _index(sentence, c), verb)]
    if not candidates:
        return NO_SLOT
    arg = _slot(sentence, candidates[0]).arg
    if arg is not None and arg.prep not in (None, "von"):  # "Der Bürgermeister von X" stands for X
        return NO_SLOT  # "am Salzburger Flughafen": the parser's subject inside a prepositional phrase
    if candidates[0].lower_ in POPULATION or (arg is not None and arg.group):
        return Slot(True, None)  # "Israels Bürger", "libanesische Politiker" are not their state
    arg = _subject_arg(sentence, candidates[0], arg, verb)
    arg = _authority_before(sentence, arg) or arg
    # of two "subjects" one is a misparsed object: a later one counts only with a name in apposition
    # ("Eine Erhöhung … wünscht sich die Vorsitzende der X, Anna B."; not "Bundespräsident traf Merkel")
    later = (_appos_name(sentence, c) for c in candidates[1:])
    return Slot(True, arg or next((a for a in later if a is not None), None))


_NON_FINITE = frozenset({"VVPP", "VVINF", "VMINF", "VAINF", "VAPP"})  # STTS participles and infinitives


def _authority_before(sentence: Sentence, subject_arg: Arg | None) -> Arg | None:
    """A state's authorities, or a party that is no place, named before a place in the middle field are
    the subject, the place the object, whatever the parser says: "Im Mai hatten die griechischen Behörden
    das Lager X geräumt", "Am Montag griff die Armee die Stadt X an" (the subject comes first)."""
    if subject_arg is None or not subject_arg.loc:
        return None
    words = sentence.words
    for arg in sentence.args:
        if arg.clause != subject_arg.clause or arg.last >= subject_arg.np_start or arg.prep is not None:
            continue
        noun = words[arg.last + 1] if arg.last + 1 < len(words) else ""
        finite_before = any(_finite(sentence, j) for j in range(sentence.clauses[arg.clause].start, arg.first))
        authority = seat_noun(words[arg.last]) or (words[arg.last][:1].islower() and seat_noun(noun))
        party = (arg.loc and authority) or not (arg.loc or arg.group)  # "griff die Armee die Stadt X an"
        if party and arg.case not in ("acc", "dat", "gen") and finite_before:
            return arg
    return None


def _shares_auxiliary(verb) -> bool:
    """A participle or infinitive coordinated with one that has the auxiliary, without one of its own: it
    shares that verb's subject (a noun phrase in its conjunct is its object, whatever the parser says)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in _NON_FINITE or head.tag_ not in _NON_FINITE:
        return False
    if any(c.dep_ in ("aux", "aux:pass") for c in verb.children):
        return False
    return any(c.dep_ in ("aux", "aux:pass") for c in head.children) and head.i < verb.i


def _subject_arg(sentence: Sentence, candidate, arg: Arg | None, verb: int) -> Arg | None:
    """The actor a subject phrase names: its entity, a name in apposition to it, else (when the parser
    took an object after the verb for the subject) the name that opens the clause."""
    if arg is None:
        subject_at = _index(sentence, candidate)
        return _apposed_name(sentence, subject_at) or _prefield_name(sentence, verb, subject_at) \
            or _inverted_name(sentence, candidate, verb, subject_at)
    return arg


def _prefield_name(sentence: Sentence, verb: int, subject_at: int | None) -> Arg | None:
    """A bare name that opens a verb-second clause when the parser takes a common noun after the verb
    for its subject: "Bildungsministerin X wünscht sich eine Verteilung …", where "Verteilung" is the
    object (the small treebank's parser often labels such objects nsubj)."""
    if subject_at is None or subject_at < verb:
        return None
    clause = sentence.clauses[sentence.clause_of[verb]]
    start = max(clause.start, dateline_end(sentence))
    opening = [a for a in sentence.args if a.clause == clause.index and a.np_start == start and a.last < verb]
    if not opening or opening[0].prep is not None or opening[0].case in ("acc", "dat", "gen") or opening[0].group:
        return None
    return opening[0]


def _inverted_name(sentence: Sentence, candidate, verb: int, subject_at: int | None) -> Arg | None:
    """A bare name right after the verb when the parser takes a lone word before it for the subject: a
    fronted adverb opens a verb-second clause ("Konkret schlägt X … vor", "Gestern drohte X …"); not a
    noun for a person or body ("Bundespräsident traf Merkel", "Kanzler fordert EU-Standards")."""
    if subject_at is None or subject_at + 1 != verb or list(candidate.children) or function_noun_type(candidate.text):
        return None
    clause = sentence.clauses[sentence.clause_of[verb]]
    if subject_at != max(clause.start, dateline_end(sentence)):
        return None
    after = next((a for a in sentence.args if a.np_start == verb + 1), None)
    if after is None or after.prep is not None or after.case in ("acc", "dat", "gen") or after.group:
        return None
    return after


def _appos_name(sentence: Sentence, token) -> Arg | None:
    """A person named in apposition to the subject: "Der Chef der NASA, Michael Griffin, ist …" → the
    person (a named office holder is the actor himself, an unnamed one stands for the organisation)."""
    for child in token.children:
        at = _index(sentence, child)
        bracketed = at is not None and at > 0 and sentence.words[at - 1] == "("  # "(AU)": an acronym
        arg = arg_of(sentence, child) if child.dep_ == "appos" and not bracketed else None
        if arg is not None and not arg.loc and arg.prep is None and arg.first >= (_index(sentence, child) or 0):
            return arg
    return None


def _after_preposition(sentence: Sentence, i: int | None) -> bool:
    """A word right after a preposition is no subject, whatever the parser says ("Via Kurier machte sich …")."""
    return i is not None and i > 0 and sentence.words[i - 1].lower() in PREPOSITIONS


def _apposed_name(sentence: Sentence, i: int | None) -> Arg | None:
    """The name in commas after an office holder's title: "Die Vorsitzende im Hauptverband X, Ulrike
    Rabmer-Koller, fordert …", "… wünscht sich der Verfahrensrichter im Ausschuss, Walter P." → the person
    (a named holder acts himself). Only articles, prepositions, adjectives and nouns may stand between."""
    if i is None:
        return None
    clause = sentence.clauses[sentence.clause_of[i]]
    following = next((c for c in sentence.clauses if c.start > clause.end), None)
    if following is None or sentence.words[following.start - 1] != ",":
        return None
    between = sentence.words[i + 1 : following.start - 1]
    if any(w[:1].islower() and w.lower() not in PREPOSITIONS and w.lower() not in DETERMINERS
           and not w.endswith(ADJECTIVE_ENDINGS) for w in between):
        return None
    words = [j for j in following.tokens if sentence.words[j].replace("-", "").isalpha()]
    names = [a for a in sentence.args if a.clause == following.index and a.prep is None and not a.loc]
    return names[0] if names and words and all(j in sentence.mention_at for j in words) else None


def _auxiliary_subjects(verb) -> list:
    """Subjects attached to the verb's auxiliary, before it (the verb-second position)."""
    return [c for aux in verb.children if aux.dep_ in ("aux", "aux:pass") and aux.i < verb.i
            for c in aux.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < aux.i]


def _fronted_name(sentence: Sentence, verb):
    """A name before the finite verb that the parser takes for an adverb ("Kiew bat die Nato um …":
    "Kiew" advmod, "Nato" nsubj): a fronted bare name is the subject."""
    start = dateline_end(sentence)
    for child in verb.children:
        index = _index(sentence, child)
        if (child.dep_ in ("advmod", "dep") and child.i < verb.i and index in sentence.mention_at
                and index >= start and not _prep(child) and not _in_prepositional_arg(sentence, index)):
            return child
    return None


def _in_prepositional_arg(sentence: Sentence, index: int) -> bool:
    """Is the name inside a phrase with a preposition the parser hung elsewhere ("ist in die X-Moschee
    eingedrungen": "in" on the article, the name an adverb)?"""
    return any(a.first <= index <= a.last and a.prep is not None for a in sentence.args)


def agent(sentence: Sentence, verb: int) -> Slot:
    """The "von"/"durch" agent of a passive verb."""
    token = token_at(sentence, verb)
    return NO_SLOT if token is None else _slot(sentence, agent_of(token))


def role(sentence: Sentence, heads: list[int], name: str) -> Slot:
    """An object (acc, dat), PP (pp:<prep>), genitive (gen) or "von" slot among the dependents of
    the trigger words `heads` (verb and noun of a light-verb construction)."""
    tokens = [t for t in (token_at(sentence, h) for h in heads) if t is not None]
    if not tokens:
        return NO_SLOT
    children = [c for t in tokens for c in t.children if c.dep_ not in _OWN_CLAUSE and _index(sentence, c) not in heads]
    if name in ("acc", "dat"):
        wanted = ("obj",) if name == "acc" else ("iobj",)
        matches = [c for c in children if c.dep_ in wanted] or [c for c in children if c.dep_ in ("obj", "iobj")]
        # a bare noun phrase the parser attaches as "obl:arg" is an object too ("verurteilte den
        # Journalisten X zu fünf Jahren Haft", with "Haft" taken for the object)
        matches += [c for c in children if c.dep_ == "obl:arg" and not _prep(c)]
    elif name.startswith("pp:"):
        matches = [c for c in children if c.dep_ in ("obl", "obl:arg", "nmod") and _prep(c) == name[3:]]
    elif name == "gen":
        matches = [c for c in children if c.dep_ in ("nmod", "nmod:poss") and not _prep(c) and _genitive(c)]
        matches += [c for c in children if c.dep_ == "amod" and _index(sentence, c) in sentence.mention_at]
    elif name == "von":
        matches = [c for c in children if c.dep_ in ("obl:agent", "nmod", "obl") and _prep(c) in ("von", "durch")
                   and not any(d.lower_ in DIRECTIONAL for d in c.children)]
    else:
        return NO_SLOT
    matches = [m for m in matches if not _dash_between(sentence, _index(sentence, m), heads[0])]  # headline parts
    for match in matches:
        slot = _slot(sentence, match)
        if slot.arg is not None:
            return slot
    return Slot(bool(matches))


def after_unnamed_subject(sentence: Sentence, arg: Arg) -> bool:
    """Whether the argument stands after the finite verb of a clause whose prefield is a common noun phrase
    the parse makes the nominative subject: in "Die Behörden wollen den … Österreicher X ausweisen" the
    authorities, unnamed, are the subject, and X (an object, whatever the parser says) is no actor."""
    token = token_at(sentence, arg.first)
    while token is not None and token.dep_ in ("appos", "flat", "flat:name") and token.head.i != token.i:
        token = token.head
    if token is None or token.dep_ in ("nsubj", "nsubj:pass", "ROOT"):
        return False  # the parse's own subject, or the predicate of a copula
    clause = sentence.clauses[arg.clause]
    finite = next((j for j in clause.tokens if _finite(sentence, j)), None)
    if finite is None or finite > arg.np_start:
        return False
    prefield = [j for j in clause.tokens if j < finite and sentence.words[j] not in ("„", "“", '"')]
    subjects = [token_at(sentence, j) for j in prefield if _unnamed_subject(sentence, j)]
    return len(subjects) == 1 and all(token_at(sentence, j) in subjects[0].subtree for j in prefield)


def _finite(sentence: Sentence, i: int) -> bool:
    token = token_at(sentence, i)
    return token is not None and token.tag_.endswith("FIN")


def _unnamed_subject(sentence: Sentence, i: int) -> bool:
    """A common noun with an article the parse makes a nominative subject, in no entity phrase ("Die
    Behörden wollen …")."""
    token = token_at(sentence, i)
    if token is None or token.dep_ != "nsubj" or token.pos_ != "NOUN" or not _nominative(token):
        return False
    # an article, and no event noun: "Scharfe Kritik äußerte X" fronts the object
    determined = any(c.dep_ == "det" for c in token.children)
    return determined and not load_lexicon("de").noun_entries(token.text) and not any(
        a.np_start <= i <= a.last for a in sentence.args)


def konjunktiv1(sentence: Sentence, verb: int) -> bool:
    """Whether the verb (or its auxiliary) is in Konjunktiv I: reported speech."""
    token = token_at(sentence, verb)
    return token is not None and is_konjunktiv1(token)
