"""English clauses, arguments and roles for the event coder (the German rules live in sentence.py
and coder.py; the structures and the status logic are shared).

English marks roles by order, not case: the subject stands before the verb, the object after it,
a passive ("was attacked by X") swaps them. Clauses start at punctuation, at subordinators
("that", "if", "whether"), at relative pronouns, at "to" or "of"/"for" before a lexicon verb
("plans to visit", "accused X of attacking"), and after a speech verb that takes a bare clause
("said Russia had delivered"). A final "…, X said" makes the clauses before it its complement.
"""

from __future__ import annotations

from lagebild.events.lexicon import Entry, Lexicon, Marker
from lagebild.events.sentence import BREAKS, QUOTES, Arg, Clause, Sentence

PREPOSITIONS = frozenset(
    "in on at to with against from by for of into onto over under between among during after before "
    "about near across through toward towards within without despite amid including via per".split()
)
DETERMINERS = frozenset(
    "the a an its his her their our this that these those both all another new some several".split()
)
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_SUBORDINATORS = frozenset("that if unless whether because although though while whereas when".split())
_RELATIVES = frozenset("who whom whose which".split())
_COORDINATORS = frozenset({"and", ",", "&"})
_BE = frozenset("is are was were be been being am".split())
_AUX = _BE | frozenset("has have had will would shall should can could may might must do does did 's 'd".split())
_NEGATORS = frozenset({"not", "n't", "never", "no"})
PRONOUNS = frozenset("it they he she we i you".split())
_GERUND_PREPS = frozenset({"of", "for", "from", "after", "before", "without", "by"})


def _verb_forms(lexicon: Lexicon, word: str) -> list:
    return lexicon.verbs.get(word.lower(), [])


def _is_verb(lexicon: Lexicon, word: str, tenses: tuple[str, ...]) -> bool:
    return any(f.tense in tenses for f in _verb_forms(lexicon, word))


def _bare_clause_cue(lexicon: Lexicon, word: str) -> bool:
    """A speech or denial verb that takes a clause without "that" ("said Russia had …")."""
    return any(
        isinstance(f.item, Marker) and f.particle is None and f.item.scope in ("comp", "both")
        and f.item.status in ("claim", "denial") and f.item.control != "acc" and f.tense in ("past", "present")
        for f in _verb_forms(lexicon, word)
    )


def _boundary(words: list[str], i: int, lexicon: Lexicon, mention_tokens: set[int]) -> str | None:
    """The kind of clause that starts at token i inside a segment, or None."""
    lower = words[i].lower()
    previous = words[i - 1].lower() if i else ""
    following = words[i + 1] if i + 1 < len(words) else ""
    if lower in _RELATIVES and i:
        return "rel"
    if lower == "that" and i:
        noun_before = previous.isalpha() and previous not in _AUX and not _bare_clause_cue(lexicon, previous)
        return "rel" if noun_before and (i - 1) not in mention_tokens and not lexicon.verbs.get(previous) else "sub"
    if lower in _SUBORDINATORS and lower != "that":
        return "sub"
    if lower == "to" and _is_verb(lexicon, following, ("infinitive",)) and (i + 1) not in mention_tokens:
        return "inf"
    if lower in _GERUND_PREPS and _is_verb(lexicon, following, ("ing",)):
        return "inf"
    if i and _bare_clause_cue(lexicon, previous):
        if _is_verb(lexicon, words[i], ("ing",)):
            return "inf"
        if i in mention_tokens or lower in DETERMINERS or lower in PRONOUNS:
            return "sub"
    return None


def _attribution(words: list[str], clause: Clause, lexicon: Lexicon) -> bool:
    """A short clause that only names a speaker: "X said", "said X", "according to X"."""
    content = [words[i] for i in clause.tokens if words[i] not in QUOTES and words[i] not in ".!?"]
    if not content or len(content) > 8:
        return False
    lowered = [w.lower() for w in content]
    return "according" in lowered or any(_bare_clause_cue(lexicon, w) for w in content)


def split_clauses(words: list[str], mention_tokens: set[int], lexicon: Lexicon) -> list[Clause]:
    """English clauses, each linked to the clause it depends on."""
    segments: list[tuple[str | None, list[int]]] = [(None, [])]
    for i, word in enumerate(words):
        if word in BREAKS and not (word == "," and list_comma(words, i, mention_tokens)):
            if segments[-1][1]:
                segments.append((None, []))
            continue
        kind = _boundary(words, i, lexicon, mention_tokens) if segments[-1][1] else None
        if kind is not None:
            segments.append((kind, []))
        elif not segments[-1][1] and segments[-1][0] is None:
            start = words[i].lower()
            kind = "rel" if start in _RELATIVES else "sub" if start in _SUBORDINATORS else None
            segments[-1] = (kind, segments[-1][1])
        segments[-1][1].append(i)
    clauses: list[Clause] = []
    for kind, segment in (s for s in segments if s[1]):
        previous = clauses[-1] if clauses else None
        if kind is None and previous is not None and previous.kind == "rel" and previous.parent is not None:
            clauses[previous.parent].tokens.extend(segment)  # the clause a relative clause interrupted
            continue
        clauses.append(Clause(len(clauses), kind or "main", list(segment), previous.index if previous else None))
    last = clauses[-1] if clauses else None
    if last is not None and last.index and last.kind == "main" and _attribution(words, last, lexicon):
        last.parent = None
        for clause in clauses[:-1]:  # "…, X said.": what comes before rests on X
            if clause.parent is None:
                clause.parent = last.index
    return clauses


def _np_start(sentence: Sentence, first: int, floor: int, lexicon: Lexicon) -> tuple[int, str | None]:
    """Walk back over determiners, adjectives and titles to the phrase start and its preposition."""
    words = sentence.words
    i = first
    while i - 1 >= floor and first - (i - 1) <= 6:
        word = words[i - 1]
        lower = word.lower()
        if lower in PREPOSITIONS:
            return i - 1, lower
        if lower in DETERMINERS or word[:1].isupper() and word.isalpha() and (i - 1) not in sentence.mention_at:
            i -= 1
            continue
        adjective = word.isalpha() and lower not in _AUX and lower not in _COORDINATORS and not lexicon.verbs.get(lower)
        if adjective and lower not in PRONOUNS and lower not in _SUBORDINATORS and lower not in _RELATIVES:
            i -= 1
            continue
        break
    return i, None


def _possessive(sentence: Sentence, last: int) -> bool:
    """ "Russia 's" (two tokens) or "EU's" (one)."""
    words = sentence.words
    return words[last].endswith(("'s", "’s")) or last + 1 < len(words) and words[last + 1] in POSSESSIVE


def _modifies_next(sentence: Sentence, last: int, following: list) -> bool:
    """ "Russia's defence minister Andrei Belousov": the name fills the slot, not the country."""
    if not following:
        return False
    words = sentence.words
    gap = words[last + 1 : following[0][0]]
    if len(gap) > 4:
        return False
    if _possessive(sentence, last):
        return all((w.isalpha() and w.lower() not in PREPOSITIONS and w.lower() not in _AUX) or w in POSSESSIVE for w in gap)
    if not gap:
        return False
    return len(gap) <= 3 and all(w.isalpha() and w.lower() not in _COORDINATORS and w.lower() not in PREPOSITIONS
                                 and w.lower() not in _AUX for w in gap) and adjectival(sentence, last)


def adjectival(sentence: Sentence, index: int) -> bool:
    """A mention used as an adjective: a demonym ("Russian") or a name before a noun ("US")."""
    mention = sentence.mention_at.get(index)
    if mention is None:
        return False
    return mention.source == "demonym" or mention.text.endswith(("ian", "ean", "ese", "ish", "can", "ch", "ki", "li", "qi", "ni"))


def find_args(sentence: Sentence, mentions: list, lexicon: Lexicon) -> list[Arg]:
    """Arguments: mention runs joined by "and" or commas, with preposition and possessive."""
    words = sentence.words
    args: list[Arg] = []
    for n, (first, last, mention) in enumerate(mentions):
        if _modifies_next(sentence, last, mentions[n + 1 :]):
            continue
        clause = sentence.clause_of[first]
        previous = args[-1] if args else None
        between = [w.lower() for w in words[previous.last + 1 : first]] if previous else []
        joined = previous is not None and previous.clause == clause and between and all(
            w in _COORDINATORS or w in DETERMINERS for w in between) and any(w in _COORDINATORS for w in between)
        if joined and previous is not None:
            if mention.entity not in previous.entities:
                previous.entities.append(mention.entity)
            previous.last = last
            continue
        np_start, prep = _np_start(sentence, first, sentence.clauses[clause].start, lexicon)
        case = "poss" if _possessive(sentence, last) else None
        args.append(Arg([mention.entity], first, last, np_start, prep, case, clause, mention.type == "LOC"))
    return args


def verb_in_context(sentence: Sentence, i: int, tense: str, has_noun: bool) -> bool:
    """Whether token i reads as a verb here: "the attack" and "Russian attacks on" are nouns."""
    if tense in ("past", "participle"):
        return not (i and sentence.words[i - 1].lower() in DETERMINERS)
    previous = sentence.words[i - 1].lower() if i else ""
    clause_start = i == sentence.clauses[sentence.clause_of[i]].start
    if previous == "to" or previous in _AUX or previous in _NEGATORS or previous in PRONOUNS:
        return tense in ("infinitive", "present", "ing")
    if previous in DETERMINERS or previous in POSSESSIVE or previous in PREPOSITIONS and tense != "ing":
        return False
    if i - 1 in sentence.mention_at:
        return not adjectival(sentence, i - 1)
    if clause_start and i and tense == "ing":
        return True  # "…, killing dozens"
    if clause_start or not previous.isalpha():
        return not has_noun
    return previous.endswith("ly") or previous in _COORDINATORS or tense == "ing" and not has_noun


def particle_at(sentence: Sentence, i: int, particle: str | None) -> tuple[bool, int | None]:
    """The word that must follow the verb ("pull out", "rejected [the] claims")."""
    if particle is None:
        return True, None
    for j in (i + 1, i + 2):
        if j < len(sentence.words) and sentence.words[j].lower() == particle:
            return (j == i + 1 or sentence.words[i + 1].lower() in DETERMINERS), j
    return False, None


def is_passive(sentence: Sentence, head: int, tenses: frozenset[str]) -> bool:
    if "participle" not in tenses:
        return False
    words = [w.lower() for w in sentence.words]
    before = words[max(head - 3, 0) : head]
    return bool(_BE & set(before)) or (head + 1 < len(words) and words[head + 1] == "by" and not _AUX & set(before))


def is_negated(sentence: Sentence, head: int, noun: bool) -> bool:
    floor = sentence.clauses[sentence.clause_of[head]].start
    before = [w.lower() for w in sentence.words[max(head - (3 if noun else 4), floor) : head]]
    if noun:
        return "no" in before or "without" in before
    return bool(_NEGATORS & set(before))


def subject(sentence: Sentence, clause: Clause, controllers: dict, head: int | None = None) -> Arg | None:
    """The nearest bare phrase before the head (the clause's first bare phrase without a head)."""
    if clause.kind == "inf":
        return controllers.get(clause.index)
    bare = [a for a in sentence.clause_args(clause.index) if a.prep is None and a.case != "poss"]
    if head is None:
        return bare[0] if bare else None
    before = [a for a in bare if a.last < head]
    if before:
        return before[-1]
    owners = [a for a in sentence.clause_args(clause.index) if a.case == "poss" and a.last < head]
    if owners:
        return owners[-1]  # "Sudan's army bombed …": Sudan
    pronoun = any(sentence.words[j].lower() in PRONOUNS for j in clause.tokens if j < head)
    if pronoun and clause.kind == "sub" and clause.parent is not None:  # "X denied that it had …": X
        return subject(sentence, sentence.clauses[clause.parent], controllers)
    if clause.parent is None:
        return next((a for a in bare if a.first > head), None)  # "…, said Zelensky"
    parent = sentence.clauses[clause.parent]  # "…, hitting Kyiv": the clause before acts
    return subject(sentence, parent, controllers) if clause.kind == "main" and parent.kind == "main" else None


def _near_after(args: list[Arg], head: int, reach: int) -> list[Arg]:
    return [a for a in args if 0 < a.np_start - head <= reach]


def role_arg(sentence: Sentence, entry: Entry, head: int, role: str, subj: Arg | None, passive: bool) -> Arg | None:
    """The argument that fills one role of a trigger at token head."""
    args = [a for a in sentence.clause_args(sentence.clause_of[head]) if a is not subj]
    noun = entry.kind == "noun"
    reach = 8 if noun else 12
    if role == "subj":
        return subj
    if role.startswith("pp:") or role in ("of", "by", "from"):
        prep = role[3:] if role.startswith("pp:") else role
        found = [a for a in _near_after(args, head, reach) if a.prep == prep]
        return found[0] if found else None
    if role == "poss":
        words = sentence.words
        before = [a for a in args if a.prep is None and a.last < head and head - a.last <= 4
                  and (a.case == "poss" or adjectival(sentence, a.last))
                  and all(w.isalpha() or w in POSSESSIVE for w in words[a.last + 1 : head])
                  and not any(sentence.words[j].lower() in _AUX for j in range(a.last + 1, head))]
        return before[-1] if before else None
    if role == "obj":
        if passive or noun:
            return None
        after = [a for a in args if a.prep is None and a.first > head]
        return after[0] if after else None
    return None


def noun_host(sentence: Sentence, lexicon: Lexicon, entry: Entry, head: int, subj: Arg | None) -> bool:
    """A noun trigger whose actor is the clause subject: "X held talks with Y", "X launched an attack",
    unless an event verb of another type stands between ("X condemned the deal")."""
    if subj is None:
        return False
    lo, hi = sorted((subj.last, head))
    between = [w.lower() for w in sentence.words[lo + 1 : hi]]
    stops = PREPOSITIONS - {"during", "at", "in", "after", "to"}
    other_event = any(isinstance(f.item, Entry) and f.item.type != entry.type for w in between for f in _verb_forms(lexicon, w))
    return len(between) <= 6 and not other_event and not any(w in stops for w in between) and not any(
        j in sentence.mention_at for j in range(lo + 1, hi))


def list_comma(words: list[str], i: int, mention_tokens: set[int]) -> bool:
    """A comma inside "X, Y and Z" (not "…, X said")."""
    if i - 1 not in mention_tokens or i + 1 not in mention_tokens:
        return False
    j = i + 1
    while j < len(words) and (j in mention_tokens or words[j] == ","):
        j += 1
    return j < len(words) and words[j].lower() == "and"
