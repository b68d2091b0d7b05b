"""Find event triggers in a sentence and fill their actor and target slots.

Triggers come from the lexicon (verbs with separable particles, nouns, light-verb
constructions). Slots are filled by the roles the lexicon gives each trigger: the clause
subject, the object nearest the trigger, a prepositional phrase ("Angriff auf X"), a genitive
("Besuch des Ministers"), or "zwischen X und Y". Passive clauses swap subject and agent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from lagebild.events import english, parsed
from lagebild.events.lexicon import Entry, Lexicon, Marker, load_lexicon
from lagebild.events.sentence import (
    ADJECTIVE_ENDINGS,
    DETERMINERS,
    DIRECTIONAL,
    FOLLOWERS,
    NEGATIVE_DETERMINERS,
    PREPOSITIONS,
    QUOTES,
    TIME_WORDS,
    Arg,
    Clause,
    Sentence,
)
from lagebild.nlp import knowledge

_WERDEN = frozenset("wird werden wurde wurden worden würde würden werde".split())
_PERFECT = frozenset("hat haben habe hatte hatten hätte hätten ist sind sei war waren wäre wären worden".split())
_HABEN = frozenset("hat haben habe hatte hatten hätte hätten".split())
_NEGATIONS = frozenset({"nicht", "nie", "niemals"})
_NOT_HOSTING = frozenset({"rolle", "thema", "themen", "gesprächsthema", "hauptthema"})
# "X war an den Ermittlungen beteiligt", "nahm am Treffen teil": X is the act's actor
_PARTICIPATION = frozenset("beteiligt beteiligte beteiligten beteiligen teil teilnehmen teilgenommen mitgewirkt".split())
_HOST_PREPS = frozenset({"bei", "während", "in"})  # "bei einem Treffen mit X sagte Y": Y is the actor
# phase verbs whose "mit"-object is the subject's own act: "begann mit der Räumung des Lagers"
_PHASE_VERBS = frozenset({"beginnt", "begann", "begannen", "begonnen", "beginnen", "startete", "starteten", "gestartet"})
_OBJECT_ARTICLES = frozenset("einen den dem einem eine die das".split())
# quantity words that open a plural object as an article does: "verübte mehrere Anschläge"
_QUANTITY_WORDS = frozenset("mehrere mehreren zahlreiche zahlreichen etliche etlichen".split())
# "X ist/soll für den Anschlag verantwortlich (sein)": the subject is the act's doer; not when X holds someone
# else responsible ("macht Y für den Anschlag verantwortlich")
_RESPONSIBLE = "verantwortlich"
_HOLDING_RESPONSIBLE = frozenset({"macht", "machte", "machten", "machen", "gemacht"})
# pronominal adverbs stand for their preposition in a frame: "sich dafür aussprechen, …"
_PRONOMINAL = {"dafür": "für", "dagegen": "gegen", "darauf": "auf", "darüber": "über", "davor": "vor", "daran": "an"}
_REFLEXIVE_POSSESSIVES = frozenset("sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer".split())
# words before an inflected participle that make it an attribute: "sechs inhaftierte Oppositionsführer"
_ATTRIBUTE_OPENERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines zwei drei vier fünf sechs sieben acht neun zehn "
    "elf zwölf zahlreiche mehrere viele einige etliche alle beiden im am zum zur beim vom ins".split()
)


@dataclass(slots=True)
class Trigger:
    entry: Entry
    head: int  # token index the event is anchored to
    parts: list[int]  # all trigger tokens (noun + verb, verb + particle)
    clause: int
    tenses: frozenset[str] = frozenset()
    passive: bool = False
    verb: int | None = None  # the verb of a verb or light-verb trigger
    agent: Arg | None = None  # an attributive participle's "von" agent ("die vom Gericht gekippte Regel")


@dataclass(slots=True)
class Coded:
    """An event before it becomes a model.Event."""

    trigger: Trigger
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: str | None = None
    mode: str | None = None


def _particle_ok(
    sentence: Sentence, clause: Clause, particle: str | None, i: int, tense: str
) -> tuple[bool, int | None]:
    """A separated particle at the clause end ("griff … an"), or written apart just before the verb
    ("infrage gestellt", "schuldig gesprochen"); participles and infinitives only take the latter."""
    if particle is None:
        return True, None
    if i > 0 and sentence.words[i - 1].lower() == particle != "zu":  # "nichts zu sagen" is no "zusagen"
        return True, i - 1
    if tense in ("participle", "infinitive"):
        return False, None
    if sentence.final_word(clause) != particle:
        after = _particle_after_apposition(sentence, clause, particle)
        return after is not None, after
    index = next(j for j in reversed(clause.tokens) if sentence.words[j].lower() == particle)
    return True, index


def _particle_after_apposition(sentence: Sentence, clause: Clause, particle: str) -> int | None:
    """The particle alone after appositions and brackets that close the clause: "stellt der BLRH das
    Geschäftsmodell der BVOG, einer Tochter der Landesholding (BLh), infrage"."""
    for later in sentence.clauses[clause.index + 1 :]:
        words = [j for j in later.tokens if sentence.words[j] not in QUOTES and sentence.words[j] not in ".!?"]
        if [sentence.words[j].lower() for j in words] == [particle]:
            return words[0]
        if not _noun_phrase_only(sentence, later):
            return None
    return None


def verb_readings(lexicon: Lexicon, sentence: Sentence, i: int):
    """(item, particle token, tense) for each lexicon reading of token i as a verb."""
    word = sentence.words[i]
    if word[:1].isupper() and i > 0 and sentence.words[i - 1] not in QUOTES:
        return
    if lexicon.language == "de" and (_attributive(sentence, i) or _quantifier(sentence, i)):
        return
    clause = sentence.clauses[sentence.clause_of[i]]
    forms = lexicon.verbs.get(word.lower(), ())
    if lexicon.language == "en":
        has_noun = bool(lexicon.noun_entries(word))
        forms = [f for f in forms if english.verb_in_context(sentence, i, f.tense, has_noun)]
    readings = []
    for form in forms:
        if form.tense == "adj" and _perfect_participle(sentence, clause, i):
            continue  # "nachdem Zeugen die Polizei alarmiert hatten": a participle, no concern
        if lexicon.language == "en":
            ok, particle_at = english.particle_at(sentence, i, form.particle)
        else:
            ok, particle_at = _particle_ok(sentence, clause, form.particle, i, form.tense)
        if ok and isinstance(form.item, Entry) and not _frame_ok(sentence, clause, form.item, i):
            continue
        if ok:
            readings.append((form.item, particle_at, form.tense))
    # a particle found makes it the particle verb: "räumte Fehler ein" is no "räumen"
    with_particle = [r for r in readings if r[1] is not None]
    yield from with_particle or readings


_SCORE = re.compile(r"\d{1,3}$")


def _sports_report(sentence: Sentence) -> bool:
    """Is the sentence from a sports report, where "treffen", "Angriff", "schießen" and "schicken" are
    play? A match score ("1:0", "2:1", tokenised as "1", ":", "0"; not a time of day, "10:30 Uhr"), a
    match minute ("in der 64. Minute") or a sports word (data/events/sports_de.tsv) says so. The colon
    splits clauses, so the whole sentence is searched; each of its triggers asks, so the answer is cached."""
    return _sports_words_in(tuple(sentence.words))


@lru_cache(maxsize=256)
def _sports_words_in(words: tuple[str, ...]) -> bool:
    for j in range(len(words) - 2):
        if _SCORE.match(words[j]) and words[j + 1] == ":" and _SCORE.match(words[j + 2].rstrip(".")):
            after = words[j + 3].lower() if j + 3 < len(words) else ""
            if after != "uhr":
                return True
    if any(word == "Minute" and re.fullmatch(r"\d{1,3}\.", words[j - 1]) for j, word in enumerate(words) if j):
        return True  # "in der 64. Minute": match time
    return any(_sports_word(word) for word in words)


@lru_cache(maxsize=1)
def _sports_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The cues of data/events/sports_de.tsv, and those of six letters or more (they also start compounds)."""
    rows = resources.files("lagebild.data.events").joinpath("sports_de.tsv").read_text(encoding="utf-8").splitlines()
    cues = frozenset(line.strip() for line in rows if line.strip() and not line.startswith("#"))
    return cues, tuple(cue for cue in cues if len(cue) >= 6)


def _sports_word(word: str) -> bool:
    """A cue, a part of a hyphenated compound ("Stürmer-Star", "Champions-League-Achtelfinale"), or,
    for cues of six letters or more, the start of a compound ("Fußballverband")."""
    cues, compound_starts = _sports_words()
    return any(part in cues for part in word.split("-")) or word.startswith(compound_starts)


def _frame_ok(sentence: Sentence, clause: Clause, entry: Entry, i: int) -> bool:
    """The lexicon's conditions on an ambiguous verb: a word its event sense needs in the clause
    ("kämpfen" needs:gegen, not "kämpft um ihr Amt"), one that makes it another event
    ("verurteilen" unless:zu is criticism; "zu drei Jahren verurteilt" is a sentence), or an
    evaluative word of the entry's polarity ("hält … für verwerflich" eval:neg). A needs word may list
    alternatives ("gewaltsam|tränengas"); an unless word right after a "but" preposition does not count
    ("X droht eine Strafe" is a danger to X, "droht Y mit einer Strafe" a threat)."""
    needs, unless, polarity = entry.flag_words("needs"), entry.flag_words("unless"), entry.flag_words("eval")
    if "noscore" in entry.flags and _sports_report(sentence):
        return False  # "traf zum 1:0": sport
    if "needsplace" in entry.flags:
        bare = [a for a in sentence.args if a.clause == clause.index and a.prep is None and a.first != i]
        if not any(a.loc for a in bare[1:]):  # the first bare phrase is the subject
            return False  # "nahmen Aleppo ein" (seized), not "Russland nahm eine Schlüsselrolle ein"
    if "noplace" in entry.flags and any(a.clause == clause.index and a.loc and a.prep in ("in", "nach")
                                        for a in sentence.args):
        return False  # "schickte Soldaten in die Türkei": forces sent to a state are its aid
    if not _complement_ok(sentence, clause, entry):
        return False
    if "facing" in entry.flags and _faced_noun(sentence, clause, i):
        return False  # "droht ihm die Todesstrafe", "dem Land drohen Sanktionen": a prospect, no threat
    if not needs and not unless and not polarity:
        return True
    words = set().union(*(_word_forms(sentence.words[j].lower()) for j in clause.tokens if j != i))
    if polarity and evaluative_word(sentence, clause, i, polarity[0]) is None:
        return False
    return all(any(a in words for a in w.split("|")) for w in needs) and not _unless_word(sentence, clause, entry, i)


_NOMINATIVE_OPENERS = frozenset("die das ein eine keine".split())  # not "der": "droht der Regierung"


def _faced_noun(sentence: Sentence, clause: Clause, verb: int) -> bool:
    """A bare noun phrase in the clause, no entity and in the nominative's shape (article "die", "das",
    "ein", "eine", "keine", or none), that is not in a prepositional phrase or a list: the thing that
    looms, as the subject of "drohen" ("droht ihm die Todesstrafe", "drohen EU-Sanktionen")."""
    covered = {j for a in sentence.args for j in range(a.np_start, a.last + 1) if prefix_mention(sentence, j) is None}
    for j in clause.tokens:
        word = sentence.words[j]
        if j == verb or not _noun_at(sentence, j) or j in covered or word.lower() in TIME_WORDS:
            continue
        if {w.lower() for w in sentence.words[min(j, verb) : max(j, verb)]} & {"und", "oder", "sowie"}:
            continue  # another verb's object: "verurteilte die Sanktionen und drohte den USA"
        k = j - 1
        while k > clause.start and k != verb and j - k <= 3 and _adjective(sentence.words[k]) \
                and sentence.words[k].lower() not in DETERMINERS:
            k -= 1  # "drohen lange Haftstrafen"
        opener = sentence.words[k].lower() if k >= clause.start and k != verb else ""
        phrase_word = opener in DETERMINERS or opener in PREPOSITIONS or opener in ("und", "oder", "sowie")
        bare = opener == "" or not (phrase_word or opener[:1].isupper() or not opener.isalpha())
        if opener in _NOMINATIVE_OPENERS or bare:  # "droht ihm die Todesstrafe", "drohen lange Haftstrafen"
            return True
    return False


def _noun_at(sentence: Sentence, j: int) -> bool:
    """A capitalised word not at the start of the sentence or after a quote or colon, where any word
    is capitalised ("Gestern drohte …", "Nach dem Treffen …")."""
    word = sentence.words[j]
    opening = j == 0 or sentence.words[j - 1] in QUOTES or sentence.words[j - 1] in (":", "–", "—")
    return word[:1].isupper() and word.replace("-", "").isalpha() and not word.endswith("-") and not opening


def _word_forms(word: str) -> set[str]:
    """What a lower-case word counts as for needs/unless: itself, its preposition ("zum" → "zu", "dafür"
    → "für": "hat sich dafür ausgesprochen, …") and the last part of a hyphen compound ("EU-Strafe")."""
    return {word, word.rpartition("-")[2]} | {f for f in (PREPOSITIONS.get(word), _PRONOMINAL.get(word)) if f}


def _unless_word(sentence: Sentence, clause: Clause, entry: Entry, i: int) -> bool:
    """Whether the clause holds one of the entry's unless words outside a phrase of its "but"
    prepositions ("droht Österreich eine Strafe", not "droht X mit einer Strafe")."""
    unless, lifting = set(entry.flag_words("unless")), set(entry.flag_words("but"))
    for j in clause.tokens:
        word = sentence.words[j].lower()
        if j == i or not _word_forms(word) & unless:
            continue
        if not any(sentence.words[k].lower() in lifting for k in range(max(j - 3, 0), j)):
            return True
    return False


def _infinitive_words(sentence: Sentence, clause: Clause) -> set[str]:
    """The words of the "zu"-infinitive clauses that depend on the clause ("empfiehlt, X zu wählen")."""
    return {sentence.words[j].lower() for c in sentence.clauses if c.parent == clause.index and c.kind == "inf"
            for j in c.tokens}


def _complement_ok(sentence: Sentence, clause: Clause, entry: Entry) -> bool:
    """The lexicon's comp:<word> (a dependent infinitive holds one of the words) and notcomp:<word>
    (it holds none of them): "empfiehlt, Häupl zu wählen" backs Häupl, "empfiehlt, zu sparen" asks."""
    wanted, unwanted = entry.flag_words("comp"), entry.flag_words("notcomp")
    if not wanted and not unwanted:
        return True
    words = _infinitive_words(sentence, clause)
    return (not wanted or any(w in words for w in wanted)) and not any(w in words for w in unwanted)


def targets_ok(coded: Coded) -> bool:
    """The lexicon's targeted / untargeted flags: "spricht sich für X aus" backs an actor (SUPPORT,
    target X), "spricht sich für eine Reform aus" asks for a policy (DEMAND, no entity target)."""
    flags = coded.trigger.entry.flags
    return not ("targeted" in flags and not coded.targets) and not ("untargeted" in flags and coded.targets)


@lru_cache(maxsize=1)
def _evaluations() -> dict[str, tuple[str, str]]:
    """Evaluative words (evaluations_de.tsv): lower-case form → (adj | noun, neg | pos)."""
    text = resources.files("lagebild").joinpath("data", "events", "evaluations_de.tsv").read_text(encoding="utf-8")
    table: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, kind, polarity = line.split("\t")
            forms = [word] if kind == "adj" else [word + e for e in ("", "s", "es", "e", "en", "n")]
            table.update({f.lower(): (kind, polarity) for f in forms})
    return table


def evaluative_word(sentence: Sentence, clause: Clause, verb: int, polarity: str) -> int | None:
    """The clause's evaluative word of that polarity: an uninflected adjective ("als problematisch",
    "für verwerflich") or a capitalised noun ("als Fehler"), or None."""
    table = _evaluations()
    for j in clause.tokens:
        word = sentence.words[j]
        found = (table.get(word.lower()) or _attributive_evaluation(sentence, j, table)) if j != verb else None
        if found and found[1] == polarity and (found[0] == "noun") == word[:1].isupper():
            return j
    return None


_INDEFINITE = frozenset("ein eine einen einem einer eines".split())


def _attributive_evaluation(sentence: Sentence, j: int, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """An inflected evaluative adjective before the noun that is the judgement: after "als"/"für" ("als
    einen fatalen Schritt", "für einen falschen Weg") or in the second object of "nennen" ("nannte den
    Beschluss einen fairen Kompromiss"). Not an attribute of the object itself ("fand falsche Pässe")."""
    words = sentence.words
    word = words[j]
    stem = next((word[: -len(e)] for e in ("en", "em", "er", "es", "e") if word.endswith(e)), None)
    found = table.get(stem.lower()) if stem and word[:1].islower() else None
    if found is None or found[0] != "adj" or j + 1 >= len(words) or not words[j + 1][:1].isupper():
        return None
    before = words[j - 1].lower() if j > 0 else ""
    if before in ("als", "für"):
        return found
    article = j > 1 and before in _INDEFINITE | DETERMINERS
    if article and words[j - 2].lower() in ("als", "für"):
        return found
    second_object = article and before in _INDEFINITE and words[j - 2][:1].isupper() and words[j - 2].isalpha()
    return found if second_object else None


def _perfect_participle(sentence: Sentence, clause: Clause, i: int) -> bool:
    """A form of "haben" in the clause and nothing but that auxiliary after the word: "hatten die
    Polizei alarmiert", "alarmiert hatten" (but "hat sich besorgt gezeigt" is predicative)."""
    words = [sentence.words[j].lower() for j in clause.tokens if sentence.words[j].isalpha()]
    if not _HABEN & set(words):
        return False
    after = [sentence.words[j].lower() for j in clause.tokens if j > i and sentence.words[j].isalpha()]
    return not after or after[0] in _HABEN


_QUANTIFIERS = frozenset({"einige", "einigen", "einiger"})


def _quantifier(sentence: Sentence, i: int) -> bool:
    """"einige Kollegen", "von einigen republikanischen Positionen": the quantifier, not "einigen"."""
    if sentence.words[i].lower() not in _QUANTIFIERS:
        return False
    j = i + 1
    while j < len(sentence.words) - 1 and sentence.words[j][:1].islower() and sentence.words[j].endswith(ADJECTIVE_ENDINGS):
        j += 1  # adjectives
    following = sentence.words[j] if j < len(sentence.words) else ""
    return following[:1].isupper() or following.lower() == "der"


def _attributive(sentence: Sentence, i: int) -> bool:
    """An inflected form between an article or number and a noun is an adjective, not a verb; other
    adjectives may follow it and an adverb may precede it ("einer bewaffneten extremen Gruppe",
    "der inzwischen verständigten Polizei")."""
    word, words = sentence.words[i], sentence.words
    if i == 0 or i + 1 >= len(words) or not word.endswith(ADJECTIVE_ENDINGS):
        return False
    j = i + 1
    while j < len(words) - 1 and j - i <= 3 and words[j][:1].islower() and words[j].endswith(ADJECTIVE_ENDINGS):
        j += 1
    noun_after = words[j][:1].isupper() and words[j].isalpha()
    # "von (dutzenden) getöteten und verwundeten Soldaten"; not "Sie kritisierten und verurteilten Russland"
    if noun_after and i >= 3 and words[i - 1] in ("und", "oder") and _inflected_adjective(words[i - 2]):
        before = words[i - 3].lower()
        if before in _ATTRIBUTE_OPENERS or before in PREPOSITIONS or _inflected_adjective(words[i - 3]):
            return True
    k = i - 1
    while k > 0 and i - k <= 3 and _adverb(words[k]):
        k -= 1  # "der inzwischen verständigten", "mit international scharf kritisierten Luftangriffen"
    opener = words[k].lower() in _ATTRIBUTE_OPENERS or words[k].isdigit()
    preposition = k < i - 1 and words[k].lower() in PREPOSITIONS  # a bare plural: "mit … kritisierten Angriffen"
    return noun_after and (opener or preposition or _opener_before_phrase(words, k))


def _inflected_adjective(word: str) -> bool:
    return word[:1].islower() and word.isalpha() and word.endswith(ADJECTIVE_ENDINGS)


def _adverb(word: str) -> bool:
    lower = word.lower()
    return word[:1].islower() and not word.endswith(ADJECTIVE_ENDINGS) and lower not in _ATTRIBUTE_OPENERS \
        and lower not in PREPOSITIONS and word.isalpha()


def _opener_before_phrase(words: list[str], k: int) -> bool:
    """An article, then a prepositional phrase, then the participle: "den in Afghanistan stationierten
    Truppen", "der von Moskau unterstützten Rebellen" (at most three words in the phrase)."""
    for j in range(k - 1, max(k - 4, 0), -1):
        if words[j].lower() in PREPOSITIONS:
            contracted = words[j].lower() in ("im", "am", "zum", "zur", "beim", "vom", "ins")  # itself an article
            return j > 0 and words[j - 1].lower() in _ATTRIBUTE_OPENERS and not contracted
    return False


def _lvc_noun(lexicon: Lexicon, sentence: Sentence, clause: Clause, entry: Entry, verb: int) -> int | None:
    """The construction's noun in the clause; of several, the one nearest the verb."""
    nouns = [i for i in clause.tokens if sentence.words[i][:1].isupper()
             and (i not in sentence.mention_at or prefix_mention(sentence, i) is not None  # "US-Soldaten"
                  or _group_mention(sentence, i))
             and entry in lexicon.lvc_entries(sentence.words[i]) and _preposition_ok(sentence, entry, i)]
    return min(nouns, key=lambda i: abs(i - verb), default=None)


def _group_mention(sentence: Sentence, i: int) -> bool:
    """A one-word mention of a generic group ("Rebellen", entity `rebels`): a light-verb noun that is
    also the act's target ("bildete Rebellen aus")."""
    mention = sentence.mention_at.get(i)
    token = sentence.tokens[i]
    return mention is not None and mention.entity is not None and mention.entity.islower() \
        and mention.start == token.start and mention.end == token.end


def _preposition_ok(sentence: Sentence, entry: Entry, noun: int) -> bool:
    """An idiom's preposition before its noun, an article aside: "auf Eis legen", "in Gewahrsam
    nehmen", "ums Leben bringen", "auf die Straße gehen"."""
    wanted = entry.flag_words("after")
    return not wanted or bool(_words_before(sentence, noun) & set(wanted))


_NO_ADJECTIVES = frozenset("deren dessen denen unsere unserer unseren unserem eure euren".split())


def _word_before(sentence: Sentence, noun: int, adjectives: int = 2) -> str:
    """The word before a noun, an article and up to two adjectives aside, in lower case ("" at the
    start of the sentence): "auf heftige Kritik stoßen" as "auf Kritik stoßen"."""
    j = noun - 1
    while j > 0 and noun - j <= adjectives and sentence.words[j][:1].islower() and sentence.words[j].isalpha() \
            and sentence.words[j].endswith(ADJECTIVE_ENDINGS) and sentence.words[j].lower() not in DETERMINERS \
            and sentence.words[j].lower() not in PREPOSITIONS and sentence.words[j].lower() not in _NO_ADJECTIVES:
        j -= 1
    if j > 0 and sentence.words[j].lower() in DETERMINERS:
        j -= 1
    return sentence.words[j].lower() if j >= 0 else ""


def _words_before(sentence: Sentence, noun: int) -> set[str]:
    """The word before a noun with an article aside: as it stands ("zu unerwünschten Personen", "grünes
    Licht"), and with adjectives aside too ("stößt auf heftigen Widerstand")."""
    j = noun
    while j > 1 and noun - j < 2 and sentence.words[j - 1][:1].islower() and sentence.words[j - 1].isalpha() \
            and sentence.words[j - 1].endswith(ADJECTIVE_ENDINGS) and sentence.words[j - 1].lower() not in PREPOSITIONS:
        j -= 1
    return {_word_before(sentence, noun, 0), _word_before(sentence, noun), _word_before(sentence, j)}


def find_triggers(lexicon: Lexicon, sentence: Sentence) -> list[Trigger]:
    """Every trigger in the sentence; a light-verb construction replaces its noun's own reading."""
    verbal: dict[tuple[str, int], Trigger] = {}
    for i, word in enumerate(sentence.words):
        clause = sentence.clauses[sentence.clause_of[i]]
        readings = list(verb_readings(lexicon, sentence, i))
        if any(isinstance(item, Marker) and item.status == "denial" for item, _, _ in readings):
            if has_complement(sentence, clause):
                continue  # "rejected claims that …", "wies zurück, … zu haben": the denial is the inner event's
            readings = [r for r in readings if isinstance(r[0], Entry) and r[0].type == "REJECT"]
        for item, particle_at, tense in readings:
            if isinstance(item, Marker):
                continue
            parts = [i] + ([particle_at] if particle_at is not None else [])
            if item.flag_words("eval"):  # "findet … besorgniserregend": the judgement is part of the trigger
                parts.append(evaluative_word(sentence, clause, i, item.flag_words("eval")[0]))  # type: ignore[arg-type]
            parts += _needed_adjectives(sentence, clause, item, parts)
            head = i
            if item.kind == "lvc":
                noun = _lvc_noun(lexicon, sentence, clause, item, i)
                if noun is None:
                    continue
                parts, head = [noun] + parts, noun
            key = (item.type, head)
            if key in verbal:
                verbal[key].tenses |= {tense}
                continue
            verbal[key] = Trigger(item, head, sorted(parts), clause.index, frozenset({tense}), verb=i)
    if lexicon.language == "de":
        for trigger in _agent_participles(lexicon, sentence):
            verbal = {k: v for k, v in verbal.items() if v.head != trigger.head}
            verbal[(trigger.entry.type, trigger.head)] = trigger
    light = {t.verb for t in verbal.values() if t.entry.kind == "lvc"}
    # a light-verb construction replaces its verb's own reading: "Soldaten schicken" is no AID
    triggers = [t for t in verbal.values() if t.entry.kind == "lvc" or t.head not in light]
    taken = {t.head for t in triggers} | {p for t in triggers for p in t.parts}
    for i, word in enumerate(sentence.words):
        in_mention = i in sentence.mention_at and prefix_mention(sentence, i) is None
        if i in taken or in_mention or not _noun_shape(sentence, i):
            continue
        if sentence.language == "de" and _topic(sentence, i):
            continue
        entries = [e for e in lexicon.noun_entries(word) if _not_after(sentence, e, i)
                   and not ("noscore" in e.flags and _sports_report(sentence))]
        if entries:
            triggers.append(Trigger(entries[0], i, [i], sentence.clause_of[i]))
    for trigger in triggers:
        words = [w.lower() for w in sentence.clause_words(sentence.clauses[trigger.clause])]
        if trigger.agent is not None:
            trigger.passive = True
        elif trigger.entry.kind == "noun":
            trigger.passive = False
        elif sentence.language == "en":
            trigger.passive = english.is_passive(sentence, trigger.head, trigger.tenses)
        else:
            trigger.passive = "participle" in trigger.tenses and (bool(_WERDEN & set(words)) or _headline_passive(sentence, trigger)
                                                                  or _recipient_passive(sentence, trigger, words)) \
                or _reflexive_causative(sentence, trigger)
    return sorted(triggers, key=lambda t: t.head)


_BEKOMMEN = frozenset("bekommt bekommen bekam bekamen bekäme bekämen kriegt kriegen kriegte kriegten".split())


def _recipient_passive(sentence: Sentence, trigger: Trigger, words: list[str]) -> bool:
    """A participle with "bekommen"/"kriegen" is the recipient's passive: "soll drei Punkte abgezogen
    bekommen", "bekam die Lieferung gestrichen" (the subject is the one it is done to)."""
    verb = trigger.verb if trigger.verb is not None else trigger.head
    return bool(_BEKOMMEN & set(words)) and sentence.words[verb].lower() not in _BEKOMMEN


def _needed_adjectives(sentence: Sentence, clause: Clause, entry: Entry, parts: list[int]) -> list[int]:
    """The words of a judgement's needs flags that are adjectives or adverbs of the clause, as part of the
    trigger: in "äußerte sich kritisch" the judgement is "kritisch" (rule 5: the adjective is the trigger);
    not the manner of an act ("ging gewaltsam vor")."""
    if entry.type not in ("DISAPPROVE", "SUPPORT"):
        return []
    wanted = {w for words in entry.flag_words("needs") for w in words.split("|")}
    wanted -= set(PREPOSITIONS) | set(_PRONOMINAL) | {"sich"} | _NEGATIONS
    return [j for j in clause.tokens if j not in parts and sentence.words[j] in wanted]


def _agent_participles(lexicon: Lexicon, sentence: Sentence) -> list[Trigger]:
    """Inflected participles between an article with a "von" agent and a noun: "die vom
    Verfassungsgerichtshof gekippte Regelung", "die von Israel annektierten Golanhöhen" — an event of the
    agent on the noun (attributive participles with a named agent are events; without one they are not)."""
    found: list[Trigger] = []
    words = sentence.words
    for arg in sentence.args:
        i = arg.last + 1
        if i < len(words) and words[i] == "(" and ")" in words[i:]:
            i += words[i:].index(")") + 1  # "die von Minister X (ÖVP) erhobene Forderung"
        i = _after_unnamed_conjunct(words, i)
        if arg.prep not in ("von", "durch") or i + 1 >= len(words) or _directional(sentence, arg):
            continue
        if arg.np_start == 0 or words[arg.np_start - 1].lower() not in _ATTRIBUTE_OPENERS:
            continue
        word = words[i].lower()
        stem = next((word[: -len(e)] for e in ("en", "em", "er", "es", "e") if word.endswith(e)), None)
        if stem is None or not words[i + 1][:1].isupper():
            continue
        clause = sentence.clauses[sentence.clause_of[i]]
        for form in lexicon.verbs.get(stem, ()):
            item = form.item
            if form.tense != "participle" or form.particle is not None or not isinstance(item, Entry):
                continue
            if item.kind == "verb" and _frame_ok(sentence, clause, item, i):
                found.append(Trigger(item, i, [i], clause.index, frozenset({"participle"}), verb=i, agent=arg))
                break
            if item.kind == "lvc" and item in lexicon.lvc_entries(words[i + 1]):  # "die von X erhobene Forderung"
                found.append(Trigger(item, i + 1, [i, i + 1], clause.index, frozenset({"participle"}), verb=i, agent=arg))
                break
    return found


def _after_unnamed_conjunct(words: list[str], i: int) -> int:
    """The token after a conjunct that names no entity ("die von Verdi und anderen Gewerkschaften geforderte
    Lohnerhöhung"), else i: the named conjunct stays the agent."""
    if i >= len(words) or words[i] not in ("und", "sowie", "oder"):
        return i
    j = i + 1
    while j < len(words) and (words[j].lower() in DETERMINERS or _adjective(words[j])):
        j += 1
    return j + 1 if j < len(words) and words[j][:1].isupper() and words[j].isalpha() else i


def has_complement(sentence: Sentence, clause: Clause) -> bool:
    """Whether a clause depends on this one (a "dass" clause, an infinitive, reported speech)."""
    return any(c.parent == clause.index and c.kind != "rel" for c in sentence.clauses)


def prefix_mention(sentence: Sentence, i: int):
    """The mention that is only the first part of a hyphenated word ("EU-Gipfel", "Nato-Treffen"), or None."""
    mention = sentence.mention_at.get(i)
    token = sentence.tokens[i]
    if mention is None or mention.start != token.start or mention.end >= token.end:
        return None
    return mention if sentence.words[i][mention.end - token.start : mention.end - token.start + 1] == "-" else None


def _not_after(sentence: Sentence, entry: Entry, noun: int) -> bool:
    """An entry's notafter:<prep> condition: "steht in der Kritik" is no criticism by anyone."""
    return not _words_before(sentence, noun) & set(entry.flag_words("notafter"))


def _headline_passive(sentence: Sentence, trigger: Trigger) -> bool:
    """A headline participle without auxiliary after a "von" agent: "Deutschland von EU-Kommission verklagt"."""
    clause = sentence.clauses[trigger.clause]
    words = {w.lower() for w in sentence.clause_words(clause)}
    final = sentence.final_word(clause) == sentence.words[trigger.head].lower()
    if "participle" not in trigger.tenses or not final or words & (_PERFECT | _WERDEN):
        return False
    return any(a.prep == "von" and a.clause == trigger.clause and a.last < trigger.head
               and not _directional(sentence, a) for a in sentence.args)


@lru_cache(maxsize=8)
def _topic_stems(kind: str = "phrase") -> tuple[str, ...]:
    """Stems of deliberation words (topics_de.tsv): "phrase" before an "über"/"um" phrase, "object"
    verbs whose direct object is a topic ("diskutiert neue Sanktionen")."""
    text = resources.files("lagebild").joinpath("data", "events", "topics_de.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(row[0].strip() for row in rows if (row[1].strip() if len(row) > 1 else "phrase") == kind)


def _topic(sentence: Sentence, noun: int) -> bool:
    """An event noun that is only the topic of talks, a vote or a debate: "über"/"um" before it
    (articles and adjectives aside), a word of deliberation at most four words before that."""
    if _deliberated(sentence, noun) or _unreal(sentence, noun):
        return True
    j = noun - 1
    while j >= 0 and (sentence.words[j].lower() in DETERMINERS or sentence.words[j][:1].islower()
                      and sentence.words[j].lower() not in ("über", "um")):
        j -= 1
        if noun - j > 4:
            return False
    if j < 1 or sentence.words[j].lower() not in ("über", "um"):
        return False
    clause = sentence.clauses[sentence.clause_of[noun]]
    before = [sentence.words[k].lower() for k in range(max(j - 4, clause.start), j)]
    return any(w.startswith(_topic_stems()) for w in before)


def _deliberated(sentence: Sentence, noun: int) -> bool:
    """The direct object of a verb of deliberation, an article and adjectives aside: "Die EU diskutiert
    neue Sanktionen", "erörterten einen Truppenabzug"."""
    j = noun - 1
    while j >= 0 and noun - j <= 3 and (sentence.words[j].lower() in DETERMINERS or _adjective(sentence.words[j])):
        j -= 1
    return j >= 0 and sentence.words[j][:1].islower() and sentence.words[j].lower().startswith(_topic_stems("object"))


_ACCUSATIVE_OPENERS = frozenset("den einen die das eine keine keinen weitere weiteren neue neuen".split())


def _unreal(sentence: Sentence, noun: int) -> bool:
    """The object of a verb of fearing or preventing anywhere in its clause (verb-final too): "dass die
    USA einen Anschlag befürchten", "vereitelte einen Anschlag" — an act that has not happened."""
    words = sentence.words
    j = noun - 1
    while j >= 0 and noun - j <= 3 and _adjective(words[j]) and words[j].lower() not in _ACCUSATIVE_OPENERS:
        j -= 1  # adjectives back to an accusative article ("einen", "weitere")
    if j < 0 or words[j].lower() in PREPOSITIONS:
        return False  # in a PP: "nach einem Anschlag"
    bare_plural = j == noun - 1 and words[j][:1].islower()  # "befürchtet Anschläge"
    if words[j].lower() not in _ACCUSATIVE_OPENERS and not bare_plural:
        return False
    clause = sentence.clauses[sentence.clause_of[noun]]
    stems = _topic_stems("unreal")
    return any(sentence.words[k][:1].islower() and sentence.words[k].lower().startswith(stems)
               for k in clause.tokens if k != noun)


def _noun_shape(sentence: Sentence, i: int) -> bool:
    """German nouns are capitalised; English ones are lower case but at the sentence start."""
    word = sentence.words[i]
    if sentence.language == "en":
        return (word.replace("-", "").isalpha()) and (word[:1].islower() or i == 0)
    return word[:1].isupper() and word.replace("-", "").isalpha() and not word.endswith("-")


def is_past(sentence: Sentence, trigger: Trigger) -> bool:
    words = {w.lower() for w in sentence.clause_words(sentence.clauses[trigger.clause])}
    if trigger.tenses == frozenset({"past"}):
        return True
    return "participle" in trigger.tenses and bool(_PERFECT & words) and not ({"wird", "werden"} & words and "worden" not in words)


def is_negated(sentence: Sentence, trigger: Trigger) -> bool:
    if sentence.language == "en":
        return english.is_negated(sentence, trigger.head, trigger.entry.kind == "noun")
    if trigger.entry.kind == "noun":
        before = [sentence.words[j].lower() for j in range(max(trigger.head - 3, 0), trigger.head)]
        return bool(NEGATIVE_DETERMINERS & set(before))
    if trigger.agent is not None:  # "die von X geforderte Y ist nicht gewährleistet": only "die von X nicht …"
        return bool(_NEGATIONS & {w.lower() for w in sentence.words[trigger.agent.last : trigger.head]})
    if _NEGATIONS & {w for words in trigger.entry.flag_words("needs") for w in words.split("|")}:
        return False  # the negation is part of the event: "zeigte sich nicht zufrieden" is criticism
    clause = sentence.clauses[trigger.clause]
    words = [w.lower() for w in sentence.clause_words(clause)]
    for j, word in enumerate(words):
        if word in _NEGATIONS and (j + 1 >= len(words) or words[j + 1] not in ("nur", "zuletzt", "mehr")):
            return True
        if word in NEGATIVE_DETERMINERS:
            return True
    return False


def subject(sentence: Sentence, clause: Clause, controllers: dict[int, Arg | None], head: int | None = None,
            exclude: frozenset[int] = frozenset()) -> Arg | None:
    """The clause's subject: the first bare argument not marked as object; inherited in infinitives.
    English: the nearest bare argument before the head. `exclude`: tokens of the trigger itself (the
    parser makes the noun of "erstattete Anzeige" the subject of its light verb)."""
    if sentence.language == "en":
        return english.subject(sentence, clause, controllers, head)
    if clause.kind == "inf":
        return controllers.get(clause.index)
    antecedent = _named_antecedent(sentence, clause)
    if antecedent is not None:
        return antecedent
    if head is not None:
        slot = parsed.subject(sentence, head, exclude)
        if slot.found:
            return slot.arg
    args = sentence.clause_args(clause.index)
    bare = [a for a in args if a.prep is None and a.case != "gen" and not a.group
            and (a.first not in exclude or prefix_mention(sentence, a.first) is not None)  # "US-Soldaten verlassen"
            and not parsed.after_unnamed_subject(sentence, a)]
    for arg in bare:
        if arg.case not in ("acc", "dat"):
            return arg
    shared = _shared_subject(sentence, clause, head, controllers) if head is not None else None
    if shared is not None:
        return shared
    if bare and (head is None or bare[0].last < head):  # "den syrischen Geheimdienst" after the verb is its object
        return bare[0]
    if head is not None and _opens_with_verb(sentence, clause, head) and clause.index > 0:
        if all(_noun_phrase_only(sentence, c) for c in _comma_chain(sentence, clause.index - 1)):
            apposition = _apposition_subject(sentence, sentence.clauses[clause.index - 1])
            if apposition is not None:
                return apposition
    return _holder_of(sentence, clause, args) if head is not None else None


def _shared_subject(sentence: Sentence, clause: Clause, head: int, controllers: dict[int, Arg | None]) -> Arg | None:
    """The subject of the clause before, for a verb that opens a coordinated predicate without one of
    its own: "Nordkorea testete eine Rakete, verurteilte die Sanktionen und drohte den USA" (not the
    dative "den USA"). Only after a main clause that has a nominative subject of its own."""
    opener = head == clause.start or sentence.words[head - 1].lower() in ("und", "sowie", "oder")
    if not opener or clause.kind != "main" or clause.index == 0 or not sentence.words[head][:1].islower():
        return None
    if any(a.clause == clause.index and a.prep is None and a.last < head for a in sentence.args):
        return None
    before = sentence.clauses[clause.index - 1]
    if before.kind != "main" or not has_verb(sentence, before):
        return None
    found = subject(sentence, before, controllers)
    return found if found is not None and found.case not in ("acc", "dat") else None


def has_verb(sentence: Sentence, clause: Clause) -> bool:
    """Whether the clause has a verb: by the parse where there is one ("testete" is no adjective)."""
    if sentence.parse is not None:
        return any(sentence.parse[i].pos_ in ("VERB", "AUX") for i in clause.tokens)
    return not _noun_phrase_only(sentence, clause) or any(w.lower() == "dass" for w in sentence.clause_words(clause))

def _opens_with_verb(sentence: Sentence, clause: Clause, head: int) -> bool:
    """The clause opens with the trigger or another verb-like word ("…, Michael Griffin, ist zu einem
    Besuch … aufgebrochen"), not with a preposition or an article."""
    first = sentence.words[clause.start]
    return clause.start == head or (first.isalpha() and first[:1].islower() and first.lower() not in PREPOSITIONS
                                    and first.lower() not in DETERMINERS and first.lower() not in _OBJECT_ARTICLES)


def _named_antecedent(sentence: Sentence, clause: Clause) -> Arg | None:
    """The name a nominative relative pronoun refers to when it stands right before the comma:
    "…, Heinz Patzelt, der die Absichten … bezeichnete" → Patzelt; also after a preposition ("Rüffel für
    X, der Y kritisiert hatte": the pronoun has its own case), unless the name is a place ("in Wien, die …");
    a neuter place ("das", nominative or accusative) only with a form of "werden", as the patient of a passive."""
    pronoun = sentence.words[clause.start].lower()
    if clause.kind != "rel" or pronoun not in ("der", "die", "welcher", "welche", "das", "welches"):
        return None
    before = clause.start - 2  # the word before the comma
    if pronoun in ("das", "welches"):  # nominative only in a passive: "Fakola, das … angegriffen worden war"
        passive = bool(_WERDEN & {w.lower() for w in sentence.clause_words(clause)})
        return next((a for a in sentence.args if a.last == before and a.loc and passive), None)
    arg = next((a for a in sentence.args if a.last == before and (a.prep is None or not a.loc) and not a.group), None)
    if arg is not None and len(arg.entities) > 1 and pronoun in ("der", "welcher"):
        return replace(arg, entities=arg.entities[-1:])  # "mit Merkel und Gauck, der ihn empfing": one man
    return arg


def _comma_chain(sentence: Sentence, index: int) -> list[Clause]:
    """The clauses before clause `index` back to the sentence start or a dash, colon or semicolon,
    each joined to the next by a comma ("Der frühere Chef der Bank" before ", X,")."""
    chain: list[Clause] = []
    while index > 0 and sentence.clauses[index].start > 0 and sentence.words[sentence.clauses[index].start - 1] == ",":
        index -= 1
        chain.append(sentence.clauses[index])
    return chain


def _noun_phrase_only(sentence: Sentence, clause: Clause) -> bool:
    """A segment without a verb-like word: only names, nouns, articles and adjectives."""
    words = [sentence.words[i] for i in clause.tokens if sentence.words[i] not in QUOTES]
    return bool(words) and not any(w[:1].islower() and w.lower() not in DETERMINERS and not w.endswith(ADJECTIVE_ENDINGS)
                                   for w in words)


def _apposition_subject(sentence: Sentence, before: Clause) -> Arg | None:
    """The name in a comma-enclosed apposition right before a clause that opens with its verb, when
    only noun phrases open the sentence: "Der frühere Chef der Bank, Clemens Börsig, verlässt …" →
    Börsig (not "X hat den Hersteller, Tesla, besucht")."""
    if not _noun_phrase_only(sentence, before):
        return None
    bare = [a for a in sentence.clause_args(before.index) if a.prep is None]
    return bare[-1] if bare else None


def _holder_of(sentence: Sentence, clause: Clause, args: list[Arg]) -> Arg | None:
    """The organisation of an unnamed office holder who opens the clause: "Der Chef der Bewegung X
    habe …" → X (a leader or spokesperson stands for the organisation)."""
    start = next((i for i in clause.tokens if sentence.words[i] not in QUOTES), clause.start)
    for arg in args:
        if arg.genitive and arg.prep is None and not arg.group:  # "Die Anhänger des X" do not stand for X
            lead = [sentence.words[i] for i in range(start, arg.np_start)]
            nouns = [w for w in lead if w[:1].isupper() and w.lower() not in DETERMINERS]
            # adjectives and an adverb may stand before the noun: "Der gestern veröffentlichte Bericht des X"
            modifiers = lead[1:-1]
            plain = all(w[:1].islower() and w.lower() not in DETERMINERS for w in modifiers)
            return arg if len(nouns) == 1 and lead[-1] == nouns[0] and len(lead) <= 4 and plain else None
    return None


def _nearest(args: list[Arg], head: int) -> Arg | None:
    return min(args, key=lambda a: abs(a.first - head), default=None)


def _role_arg(sentence: Sentence, trigger: Trigger, role: str, subj: Arg | None, passive: bool) -> Arg | None:
    if sentence.language == "en":
        return english.role_arg(sentence, trigger.entry, trigger.head, role, subj, passive)
    if role != "subj" and sentence.parse is not None:
        slot = _parsed_role(sentence, trigger, role, passive)
        if slot.found and not (slot.arg is not None and slot.arg is subj):  # the parse's object is the subject
            return slot.arg
    args = [a for a in sentence.clause_args(trigger.clause) if a is not subj]
    noun = trigger.entry.kind == "noun"
    if role == "subj":
        return subj
    if role == "comp":  # "empfiehlt, Häupl zu wählen": the entity of the dependent infinitive
        clause = sentence.clauses[trigger.clause]
        inner = [a for c in sentence.clauses if c.parent == clause.index and c.kind == "inf"
                 for a in sentence.clause_args(c.index) if a.prep is None]
        return inner[0] if inner else None
    if role == "premises":
        return next((a for a in args if 0 < a.np_start - trigger.head <= 8 and _premises_owner(sentence, a)), None)
    if role.startswith("pp:"):
        prep = role[3:]
        after = [a for a in args if a.prep == prep and (not noun or 0 < a.np_start - trigger.head <= 8)]
        return _nearest(after, trigger.head)
    if role == "gen":
        near = [a for a in args if a.genitive and 0 < a.np_start - trigger.head <= 2]
        before = [a for a in args if a.last < trigger.head and _attribute_of(sentence, a, trigger.head)]
        # "der russische Angriff", "verurteilte Israels Angriffe", "Russlands anhaltende Angriffe"
        return (near or before or [_attribute_subject(sentence, trigger, subj)])[0]
    if role == "von":
        near = [a for a in args if a.prep in ("von", "durch") and not _directional(sentence, a)
                and (noun or _adverbial(sentence, a, trigger.head))]
        return next((a for a in near if not noun or 0 < a.np_start - trigger.head <= 4
                     and not _noun_between(sentence, trigger.head, a.np_start)), None)
    if role in ("acc", "dat"):
        if passive or noun:
            return None
        args = [a for a in args if not _later_conjunct(sentence, trigger, a)]
        objects = [a for a in args if a.prep is None and not a.genitive]
        possessors = [a for a in args if a.genitive and a.first > trigger.head]  # "kritisierte die Pläne der USA"
        return _nearest(objects, trigger.head) or _nearest(possessors, trigger.head)
    return None


# heads of words for premises: "Büros", "Geschäftsräume", "Parteizentrale", "Wohnung", "Firmensitz"
_PREMISES = ("büro", "büros", "räume", "räumen", "räumlichkeiten", "wohnung", "wohnungen", "zentrale", "zentralen",
             "sitz", "gebäude", "gebäuden", "redaktion", "redaktionen", "filiale", "filialen", "niederlassung",
             "niederlassungen", "geschäftsstelle", "geschäftsstellen", "hauptquartier", "anwesen", "villa")


def _premises_owner(sentence: Sentence, arg: Arg) -> bool:
    """The owner of raided premises: a genitive or "von" attribute of a word for premises in an "in"/"bei"
    phrase ("Razzien in Büros der Luft- und Raumfahrtkonzerne X und Y", "in den Geschäftsräumen von X")."""
    words = sentence.words
    if arg.prep not in (None, "von"):
        return False
    for k in range(arg.np_start - 1, max(arg.np_start - 8, 0), -1):
        word = words[k]
        if word[:1].isupper() and word.lower().endswith(_PREMISES):
            between = words[k + 1 : arg.np_start]
            genitive = arg.genitive or arg.prep == "von" or (bool(between) and between[0].lower() in ("der", "des"))
            return genitive and bool({w.lower() for w in words[max(k - 3, 0) : k]} & {"in", "im", "bei", "beim"})
        lower = word.lower()
        if not (lower in DETERMINERS or lower in ("und", "sowie") or word.endswith("-") or word[:1].isupper()
                or _adjective(word)):
            return False
    return False


def _later_conjunct(sentence: Sentence, trigger: Trigger, arg: Arg) -> bool:
    """A phrase after a participle or infinitive and a coordinator: the object of the next verb, as a
    verb-final form has its objects before it ("hatten den Palast gestürmt und den Präsidenten
    festgenommen": the palace was stormed, the president arrested)."""
    if sentence.language != "de" or trigger.entry.kind == "noun" or {"past", "present"} & trigger.tenses:
        return False
    return arg.first > trigger.head and any(w.lower() in ("und", "sowie", "oder")
                                            for w in sentence.words[trigger.head + 1 : arg.np_start])


def _noun_between(sentence: Sentence, head: int, start: int) -> bool:
    """A noun between a noun trigger and a phrase after it, which then belongs to that noun:
    "Demonstrationen gegen die Regierung von Präsident X" (X is no protester)."""
    return any(sentence.words[k][:1].isupper() and sentence.words[k].isalpha() and k not in sentence.mention_at
               for k in range(head + 1, start))


def _attribute_subject(sentence: Sentence, trigger: Trigger, subj: Arg | None) -> Arg | None:
    """The clause subject when it is only the attribute of a noun trigger heading the subject phrase: a
    nationality adjective ("Die israelischen Angriffe auf Gaza dauerten an") or a Saxon genitive right before
    it ("Russlands Offensive kommt voran"). The subject rules exclude it from the noun's other roles."""
    if subj is None or trigger.entry.kind != "noun" or not subj.last < trigger.head:
        return None
    return subj if _attribute_of(sentence, subj, trigger.head) else None


def _attribute_of(sentence: Sentence, arg: Arg, noun: int) -> bool:
    """Whether a bare argument is an attribute of the noun at `noun`, at most one adjective before it: a
    lower-case (nationality) adjective or a Saxon genitive ("Russlands anhaltende Angriffe")."""
    word = sentence.words[arg.last]
    if arg.prep is not None or word.lower() in _REFLEXIVE_POSSESSIVES or word.lower() in ("dessen", "deren"):
        return False  # "seine Gespräche": a pronoun, no named attribute
    gap = sentence.words[arg.last + 1 : noun]
    if len(gap) > 1 or not all(_adjective(w) for w in gap):
        return False
    return word[:1].islower() or (word[:1].isupper() and word.endswith("s"))


def _act_attribute(sentence: Sentence, subj: Arg | None) -> bool:
    """Whether the subject is only the attribute of an act noun heading the subject phrase: "Die amerikanischen
    Sanktionen treffen die Wirtschaft", "Moskaus Unterstützung helfe der Regierung" — an act does not act, so
    the clause's verb has no named doer (the noun's own event keeps the attribute as its doer)."""
    if subj is None or sentence.language != "de":
        return False
    noun = subj.last + 1
    if noun < len(sentence.words) and _adjective(sentence.words[noun]):
        noun += 1
    if noun >= len(sentence.words) or not _noun_shape(sentence, noun) or noun in sentence.mention_at:
        return False
    return bool(load_lexicon("de").noun_entries(sentence.words[noun])) and _attribute_of(sentence, subj, noun)


def _parsed_role(sentence: Sentence, trigger: Trigger, role: str, passive: bool) -> parsed.Slot:
    """The slot as the parse has it; `found` False sends the caller to the surface rules."""
    if role == "von" and trigger.entry.kind != "noun":
        return parsed.agent(sentence, trigger.verb if trigger.verb is not None else trigger.head)
    if passive and role in ("acc", "dat"):
        return parsed.NO_SLOT
    heads = [trigger.head] + ([trigger.verb] if trigger.verb not in (None, trigger.head) else [])
    return parsed.role(sentence, heads, role)


def _between(sentence: Sentence, trigger: Trigger) -> Arg | None:
    """"zwischen X und Y" in the clause; for a noun, right after it ("Treffen zwischen …")."""
    args = sentence.clause_args(trigger.clause)
    between = "between" if sentence.language == "en" else "zwischen"
    noun = trigger.entry.kind == "noun"
    return next((a for a in args if a.prep == between and len(a.entities) >= 2
                 and (not noun or 0 < a.np_start - trigger.head <= 3)), None)


def _phase_verb(sentence: Sentence, clause: Clause) -> bool:
    return bool(_PHASE_VERBS & {w.lower() for w in sentence.clause_words(clause)})


def _noun_host(sentence: Sentence, trigger: Trigger, subj: Arg) -> bool:
    """A noun trigger whose actor is the clause subject: in "bei/während …" or as an object. Not
    when the subject is only a topic or a factor of it ("X spielte beim Gipfel eine Rolle", "war
    beim Treffen Thema")."""
    if sentence.language == "en":
        return english.noun_host(sentence, load_lexicon("en"), trigger.entry, trigger.head, subj)
    clause = sentence.clauses[trigger.clause]
    if _NOT_HOSTING & {w.lower() for w in sentence.clause_words(clause)}:
        return False
    for j in range(trigger.head - 1, max(clause.start - 1, trigger.head - 5), -1):
        original = sentence.words[j]
        word = original.lower()
        if _plans(sentence, j) and all(_adjective(sentence.words[k]) for k in range(j + 1, trigger.head)):
            return True  # "Die EU plant weitere Sanktionen", "kündigte neue Sanktionen an"
        host = word in _HOST_PREPS or word in ("beim", "im") or (word == "mit" and _phase_verb(sentence, clause))
        host = host or (word in ("an", "am") and _participation(sentence, clause))
        if word in _REFLEXIVE_POSSESSIVES or (host and trigger.entry.type != "PROTEST"):
            return True  # "bei einem Treffen", "nach seinen Gesprächen": the subject's own act (at a
            # protest the subject is rather the one who meets the protesters)
        if word == "zu" and not _reacting_verb(sentence, trigger):
            return True  # "hielt sich zu Gesprächen in Teheran auf"
        if word in PREPOSITIONS and word not in _OBJECT_ARTICLES:
            return False  # in another phrase: "von Angriffen abzuhalten", "nach Angriffen"
        if word in _OBJECT_ARTICLES or word in _QUANTITY_WORDS:  # "hat mehrere Kundgebungen organisiert"
            before = sentence.words[j - 1].lower() if j > clause.start else ""
            if before in PREPOSITIONS:  # "zu einem Besuch", not "nach einem Angriff"
                return before in _HOST_PREPS or before == "zu" or (before == "mit" and _phase_verb(sentence, clause)) \
                    or (before == "an" and _participation(sentence, clause)) \
                    or (before == "für" and _responsible(sentence, clause))
            nominative = word in ("eine", "die", "das") or (word in _QUANTITY_WORDS and word.endswith("e"))
            if nominative and not _object_after_subject(sentence, trigger.head, subj, j):
                return False  # nominative as well: the parse tells, else its place after the subject
            return not _reacting_verb(sentence, trigger)  # "hat einen Angriff verübt"
        if not (original.isalpha() and (original[:1].islower() or j in sentence.mention_at)):
            break
    return False


def _adjective(word: str) -> bool:
    return word[:1].islower() and word.isalpha() and word.endswith(ADJECTIVE_ENDINGS) and word not in _OBJECT_ARTICLES


def _plans(sentence: Sentence, i: int) -> bool:
    """Whether token i is a verb of planning or announcing (an intention cue): its object noun is the
    subject's intended act."""
    if not sentence.words[i][:1].islower():
        return False
    lexicon = load_lexicon(sentence.language)
    return any(isinstance(item, Marker) and item.status == "intention" for item, _, _ in verb_readings(lexicon, sentence, i))

def _participation(sentence: Sentence, clause: Clause) -> bool:
    """A verb of taking part: "X war an den Ermittlungen beteiligt", "nahm am Treffen teil"."""
    return bool(_PARTICIPATION & {w.lower() for w in sentence.clause_words(clause)})


def _object_after_subject(sentence: Sentence, noun: int, subj: Arg, article: int) -> bool:
    token = parsed.token_at(sentence, noun)
    if token is not None:
        return token.dep_ == "obj"
    return subj.last < article


def _reacting_verb(sentence: Sentence, trigger: Trigger) -> bool:
    """Whether the clause has a verb that is an event or a cue of its own: who "verurteilte den
    Angriff", "begrüßte die Freilassung" or "dementierte die Festnahme" did not attack or release;
    who "verübte einen Anschlag", "startete" or "plant eine Offensive" did."""
    lexicon = load_lexicon(sentence.language)
    judging = _topic_stems("reacting") if sentence.language == "de" else ()
    for i in sentence.clauses[trigger.clause].tokens:
        if i in trigger.parts or not sentence.words[i][:1].islower() or _next_conjunct(sentence, trigger.head, i):
            continue
        if judging and sentence.words[i].lower().startswith(judging):
            return True  # "bezeichnen den Angriff als Verteidigungsaktion": who names it did not do it
        readings = [item for item, _, _ in verb_readings(lexicon, sentence, i)]
        if any(isinstance(item, Entry) and item.kind != "lvc" or isinstance(item, Marker) and item.status != "intention"
               for item in readings):
            return True  # who "plant eine Offensive" or "kündigte den Rückzug an" is its actor
    return False


_LASSEN = frozenset("lasse lässt lassen ließ ließen ließe gelassen".split())


def _causer(sentence: Sentence, trigger: Trigger) -> int | None:
    """A form of causative "lassen" in the clause of a bare infinitive trigger: its subject is the doer
    ("er ließ das Dorf bombardieren", "hat die Demonstranten festnehmen lassen"), or, with "sich", the
    patient ("ließ sich von der Polizei abführen", see `_reflexive_causative`)."""
    if sentence.language != "de" or trigger.entry.kind != "verb" or not trigger.tenses <= {"infinitive", "present"}:
        return None  # an infinitive has the form of the present plural: "bombardieren"
    head = trigger.verb if trigger.verb is not None else trigger.head
    clause = sentence.clauses[trigger.clause]
    word = sentence.words[head].lower()
    after = sentence.words[head + 1].lower() if head + 1 < len(sentence.words) else ""
    if (head > 0 and sentence.words[head - 1].lower() == "zu") or not (
            sentence.final_word(clause) == word or after in _LASSEN):
        return None  # the infinitive stands at the clause end, before a verb-final "lassen" if any
    return next((j for j in clause.tokens if j != head and sentence.words[j].lower() in _LASSEN), None)


def _reflexive_causative(sentence: Sentence, trigger: Trigger) -> bool:
    """"X ließ sich (von Y) festnehmen": a passive, X the patient."""
    words = {sentence.words[j].lower() for j in sentence.clauses[trigger.clause].tokens}
    return "sich" in words and _causer(sentence, trigger) is not None


def _next_conjunct(sentence: Sentence, noun: int, i: int) -> bool:
    """Whether token i stands after the noun in a later conjunct of a verb-final predicate: "hatten eine
    Offensive gestartet und mehrere Positionen erobert" ("erobert" does not govern "Offensive")."""
    return any(sentence.words[k].lower() in ("und", "sowie", "oder") and sentence.words[k - 1][:1].islower()
               and sentence.words[k - 1].isalpha() and sentence.words[k - 1].lower() not in DETERMINERS
               for k in range(noun + 2, i))


def _subject_head(sentence: Sentence, trigger: Trigger) -> int | None:
    """Whose subject fills a "subj" slot: the trigger's verb, or the causative "lassen" that governs it;
    for a noun, the verb that governs it in the parse ("hat einen Angriff verübt", "bei seinem Besuch
    sagte er"), if any."""
    if trigger.entry.kind != "noun":
        causer = _causer(sentence, trigger)
        return causer if causer is not None else trigger.verb if trigger.verb is not None else trigger.head
    token = parsed.token_at(sentence, trigger.head)
    if token is None or token.head.pos_ not in ("VERB", "AUX") or token.dep_ not in ("obj", "obl", "iobj", "obl:arg"):
        return None
    return sentence.parse_index.get(token.head.i)


def _responsibility(sentence: Sentence, clause: Clause) -> str | None:
    """"own" for "X ist für … verantwortlich", "held" for "X macht Y für … verantwortlich", else None."""
    words = {w.lower() for w in sentence.clause_words(clause)}
    if _RESPONSIBLE not in words:
        return None
    return "held" if _HOLDING_RESPONSIBLE & words else "own"


def _responsible(sentence: Sentence, clause: Clause) -> bool:
    return _responsibility(sentence, clause) == "own"


def _held_responsible(sentence: Sentence, trigger: Trigger, subj: Arg | None) -> Arg | None:
    """The object of "X macht Y für den Anschlag verantwortlich": the doer X names for the act after "für"."""
    clause = sentence.clauses[trigger.clause]
    before = [w.lower() for w in sentence.words[max(clause.start, trigger.head - 4) : trigger.head]]
    if _responsibility(sentence, clause) != "held" or "für" not in before:
        return None
    objects = [a for a in sentence.clause_args(trigger.clause)
               if a is not subj and a.prep is None and not a.genitive and a.last < trigger.head]
    return objects[-1] if objects else None


def fill_roles(sentence: Sentence, trigger: Trigger, controllers: dict[int, Arg | None]) -> Coded:
    if trigger.agent is not None:
        return _attributive_roles(sentence, trigger)
    entry, clause = trigger.entry, sentence.clauses[trigger.clause]
    subj = subject(sentence, clause, controllers, _subject_head(sentence, trigger), frozenset(trigger.parts))
    if entry.kind != "noun" and not trigger.passive and _act_attribute(sentence, subj):
        subj = None
    coded = Coded(trigger)
    actor_roles, target_roles = entry.actor, entry.target
    if trigger.passive:
        keep = tuple(r for r in entry.actor if r == "between")
        agent = "by" if sentence.language == "en" else "von"
        actor_roles, target_roles = keep + (agent,), ("subj",) + tuple(r for r in entry.target if r.startswith("pp:"))
    between = _between(sentence, trigger) if "between" in actor_roles else None
    if between is not None:
        coded.actors, coded.targets = between.entities[:1], between.entities[1:]
    doer = _durch_agent(sentence, trigger) if {"von", "pp:durch"} & set(actor_roles) else None
    if doer is not None and not coded.actors:  # "die Annexion der Krim durch Russland": the genitive is the patient
        coded.actors = list(doer.entities)
        args = sentence.clause_args(trigger.clause)
        patient = next((a for a in args if trigger.head < a.first < doer.np_start), None)
        coded.targets = [e for e in patient.entities if e not in coded.actors] if patient is not None else []
    for role in () if coded.actors else actor_roles:
        if role == "between":
            continue
        arg = _role_arg(sentence, trigger, role, subj, trigger.passive)
        if arg is not None and _scene(sentence, trigger, arg, role):
            coded.place = arg.entities[0]  # "das Massaker von Srebrenica", "die Anschläge von Paris"
            continue
        if arg is not None and not _head_nouns_doer(sentence, trigger, arg):
            coded.actors = list(arg.entities)
            break
    ordered = _ordered_by(sentence, trigger) if trigger.passive and not coded.actors else None
    if ordered is not None:
        coded.actors = list(ordered.entities)  # "auf Weisung von Präsident X wurde der Rat aufgelöst"
    if (not coded.actors and entry.kind == "noun" and subj is not None and not _passive_clause(sentence, clause)
            and not _unnamed_genitive(sentence, trigger) and _noun_host(sentence, trigger, subj)):
        coded.actors = list(subj.entities)
    held = _held_responsible(sentence, trigger, subj) if not coded.actors and entry.kind == "noun" else None
    if held is not None:
        coded.actors = list(held.entities)  # "macht die Miliz für den Anschlag verantwortlich": the militia
    claim = _claimed(sentence, trigger) if not coded.actors and entry.kind == "noun" else None
    if claim is not None:  # "die Anschläge, zu denen sich der IS bekannte": told on the claimant's word
        trigger.clause, coded.actors = claim
    prefix = _prefix_actor(sentence, trigger)
    place_prefix = prefix is not None and prefix.entity.isupper()
    if prefix is not None and not place_prefix and not coded.actors:
        coded.actors = [prefix.entity]  # "EU-Gipfel", "Nato-Außenministertreffen"
    actor_set = set(coded.actors)
    for role in () if coded.targets else target_roles:
        if role == "between":
            continue
        arg = _role_arg(sentence, trigger, role, subj, trigger.passive)
        if arg is not None and not actor_set & set(arg.entities):
            coded.targets = list(arg.entities)
            break
    visited = {"pp:in", "pp:nach"} & set(entry.target)
    if place_prefix and visited and not coded.targets and prefix.entity not in actor_set:
        coded.targets = [prefix.entity]  # "Israel-Besuch": the place visited
    if not coded.targets and entry.kind == "lvc" and _group_mention(sentence, trigger.head):
        coded.targets = [e for e in [sentence.mention_at[trigger.head].entity] if e not in actor_set]
    if not coded.targets and "recip" in entry.flags and len(coded.actors) >= 2:
        coded.targets = list(coded.actors)  # "X und Y unterzeichneten ein Abkommen": each other
    return coded


def _scene(sentence: Sentence, trigger: Trigger, arg: Arg, role: str) -> bool:
    """A place that is no state in the "von" or genitive slot of an attack noun is where it happened:
    "das Massaker von Srebrenica", "die Anschläge von Paris"; a state there is the doer ("Angriffe von
    Russland", "Israels Angriffe", "der russische Angriff"), and so is a capital that stands for its government."""
    if trigger.entry.kind != "noun" or trigger.entry.type != "ASSAULT" or role not in ("von", "gen") or not arg.loc:
        return False
    mention = sentence.mention_at.get(arg.first)
    if mention is None or mention.metonymy:
        return False
    found = knowledge.place(mention.text)
    return knowledge.demonym(mention.text) is None and (found is None or found.kind != "country")


_CLAIMING = frozenset("bekennt bekannte bekannten bekannt bekennen".split())


def _claimed(sentence: Sentence, trigger: Trigger) -> tuple[int, list[str]] | None:
    """(clause, actors) of a relative clause right after a noun trigger in which a named party claims the
    act: "den Anschlägen, zu denen sich der IS bekannte". The act is then coded in that clause, so that
    its status is the claim's."""
    if trigger.head + 2 >= len(sentence.words) or sentence.words[trigger.head + 1] != ",":
        return None
    clause = sentence.clauses[sentence.clause_of[trigger.head + 2]]
    words = [w.lower() for w in sentence.clause_words(clause)]
    if clause.kind != "rel" or words[:1] != ["zu"] or "sich" not in words or not _CLAIMING & set(words):
        return None
    bare = [a for a in sentence.clause_args(clause.index) if a.prep is None and not a.group]
    return (clause.index, list(bare[0].entities)) if bare else None


_ORDERS = frozenset("befehl anordnung weisung anweisung geheiß veranlassung".split())


def _ordered_by(sentence: Sentence, trigger: Trigger) -> Arg | None:
    """Who ordered a passive act: the "von" or genitive attribute of "auf Befehl/Anordnung/Weisung"
    in its clause ("Auf Weisung von Präsident X sei der Rat aufgelöst worden", "auf Anordnung des X")."""
    for arg in sentence.clause_args(trigger.clause):
        order = arg.np_start - 1
        if arg.prep in (None, "von") and order >= 1 and sentence.words[order].lower() in _ORDERS \
                and sentence.words[order - 1].lower() == "auf" and (arg.prep == "von" or arg.genitive):
            return arg
    return None


def _unnamed_genitive(sentence: Sentence, trigger: Trigger) -> bool:
    """A genitive attribute for followers or lawyers right after a noun whose genitive is its actor: the
    act is theirs, not the clause subject's ("Er trat dem Vorwurf der Verteidigung X entgegen")."""
    words = sentence.words
    if "gen" not in trigger.entry.actor or trigger.head + 2 >= len(words):
        return False
    return words[trigger.head + 1].lower() in _GENITIVE_ARTICLES and words[trigger.head + 2].lower() in FOLLOWERS


def _durch_agent(sentence: Sentence, trigger: Trigger) -> Arg | None:
    """The doer of an event noun in a "durch" phrase right after it or after its genitive attribute:
    "die Annexion der Krim durch Russland", "der Abbau einer Barrikade durch die Polizei"."""
    if trigger.entry.kind != "noun" or sentence.language != "de":
        return None
    for arg in sentence.clause_args(trigger.clause):
        start = _durch_start(sentence, arg)
        if start is not None and start > trigger.head and _genitive_phrase(sentence, trigger.head + 1, start - 1):
            return None if _head_nouns_doer(sentence, trigger, arg) else arg
    return None


def _durch_start(sentence: Sentence, arg: Arg) -> int | None:
    """Where the "durch" phrase of an argument starts: "durch Russland", or "durch Aktivisten der PKK",
    "durch Kämpfer des IS" (fighters act for their group; supporters and members do not, rule 3)."""
    if arg.prep == "durch":
        return arg.np_start
    words, k = sentence.words, arg.np_start - 1
    members = arg.genitive and k >= 1 and words[k - 1].lower() == "durch" and words[k][:1].isupper() \
        and words[k].isalpha() and k not in sentence.mention_at and words[k].lower() not in FOLLOWERS
    return k - 1 if members else None


def _head_nouns_doer(sentence: Sentence, trigger: Trigger, arg: Arg) -> bool:
    """A "durch" phrase that belongs to another noun: to an action noun right before it or before its
    genitive attribute, not to a verb ("Die Annexion der Krim durch Russland wird verurteilt": Russia
    annexed, it did not condemn); to the action noun of which the trigger noun is the genitive attribute
    ("Behinderungen der Demonstration durch die Polizei": the police hinder, they do not demonstrate)."""
    start = _durch_start(sentence, arg)
    if start is None:
        return False
    if trigger.entry.kind != "noun":
        return any(_action_noun(sentence.words[k]) and _genitive_phrase(sentence, k + 1, start - 1)
                   for k in range(max(start - 6, 0), start))
    if start != trigger.head + 1:
        return False
    j = trigger.head - 1
    while j > 0 and _adjective(sentence.words[j]) and sentence.words[j].lower() not in DETERMINERS:
        j -= 1
    return j >= 1 and sentence.words[j].lower() in _GENITIVE_ARTICLES and _action_noun(sentence.words[j - 1])


_GENITIVE_ARTICLES = frozenset({"des", "der", "eines", "einer"})
_ACTION_SUFFIXES = ("ung", "ungen", "ion", "ionen", "nahme", "nahmen")


def _action_noun(word: str) -> bool:
    """A noun that names an act and so may take a "durch" doer: an event noun of the lexicon or a
    derived noun of action ("Behinderung", "Intervention", "Einflussnahme")."""
    if not (word[:1].isupper() and word.replace("-", "").isalpha()):
        return False
    return word.lower().endswith(_ACTION_SUFFIXES) or bool(load_lexicon("de").noun_entries(word))


def _genitive_phrase(sentence: Sentence, start: int, end: int) -> bool:
    """Whether tokens start..end are empty or one genitive attribute: a genitive article (or "von"),
    adjectives and a noun or name ("der Krim", "einer Barrikade", "des besetzten Gebäudes")."""
    words = sentence.words[start : end + 1]
    if not words:
        return True
    if words[0].lower() not in _GENITIVE_ARTICLES | {"von", "vom"} and not _strong_genitive(words):
        return False  # "die Räumung von X durch …", "die Entführung deutscher Bergsteiger durch …"
    nouns = [j for j in range(start + 1, end + 1) if sentence.words[j][:1].isupper() and j not in sentence.mention_at]
    return len(words) <= 7 and len(nouns) <= 1 and all(
        w[:1].isupper() or _adjective(w) or w.lower() in _GENITIVE_ARTICLES or "-" in w for w in words[1:])


_NOT_ADJECTIVES = frozenset("oder aber wieder immer weiter später früher bisher daher außer sicher".split())


def _strong_genitive(words: list[str]) -> bool:
    """A genitive plural without article: an adjective in "-er" before a noun ("deutscher Bergsteiger",
    "mehrerer Journalisten")."""
    first = words[0]
    return len(words) >= 2 and _adjective(first) and first.endswith("er") and first.lower() not in _NOT_ADJECTIVES \
        and first.lower() not in PREPOSITIONS and words[-1][:1].isupper()


def _passive_clause(sentence: Sentence, clause: Clause) -> bool:
    """A werden-passive ("wurden … festgenommen"): its subject is the patient, so no noun event's host
    ("In einem Großeinsatz von 400 Polizisten wurden Mitglieder der X festgenommen")."""
    words = [w.lower() for w in sentence.clause_words(clause)]
    return bool({"wurde", "wurden", "worden"} & set(words)) and any(
        w.startswith("ge") and w.endswith(("t", "en")) and len(w) > 5 for w in words)

def _attributive_roles(sentence: Sentence, trigger: Trigger) -> Coded:
    """An attributive participle's agent is the actor; the target is the noun after it ("die vom Iran
    unterstützten Houthi-Rebellen"), or, when that noun is the trigger ("die von der EU verhängten
    Sanktionen gegen Russland"), the noun's own target slot."""
    agent = trigger.agent
    actors = list(agent.entities) if agent is not None else []
    coded = Coded(trigger, actors)
    if trigger.entry.kind == "verb":
        noun = next((a for a in sentence.args if a.first > trigger.head and a.np_start <= trigger.head + 1), None)
        coded.targets = [e for e in noun.entities if e not in actors] if noun is not None else []
        return coded
    for role in trigger.entry.target:
        arg = _role_arg(sentence, trigger, role, None, False) if role not in ("subj", "between") else None
        if arg is not None and not set(actors) & set(arg.entities):
            coded.targets = list(arg.entities)
            break
    return coded


def _prefix_actor(sentence: Sentence, trigger: Trigger):
    """The mention before the hyphen of a noun trigger ("EU-Gipfel", "Nato-Außenministertreffen"),
    unless the entry says the prefix is no party ("APA-Gespräch" is an interview) or the noun is
    only an attribute of another noun ("im Rahmen der Nato-Aufrüstung")."""
    if trigger.entry.kind != "noun" or "noprefix" in trigger.entry.flags:
        return None
    j = trigger.head - 1
    while j >= 0 and (sentence.words[j].lower() in DETERMINERS or sentence.words[j][:1].islower()
                      and sentence.words[j].endswith(ADJECTIVE_ENDINGS)
                      and sentence.words[j].lower() not in PREPOSITIONS):  # "gegen das EU-Treffen"
        j -= 1
    before = sentence.words[j] if j >= 0 else ""
    initial = j <= 0 or sentence.words[j - 1] in ("–", "—", "-", ":")  # "Angesichts des EU-Gipfels"
    if j < trigger.head - 1 and before[:1].isupper() and before.isalpha() and j not in sentence.mention_at and not initial:
        return None
    return prefix_mention(sentence, trigger.head)


def _directional(sentence: Sentence, arg: Arg) -> bool:
    """"östlich von Chan Junis", "unweit von X": a place, not an agent."""
    return arg.np_start > 0 and sentence.words[arg.np_start - 1].lower() in DIRECTIONAL


def _adverbial(sentence: Sentence, arg: Arg, head: int) -> bool:
    """A PP that modifies the clause or the trigger, not another noun ("Offensive in der Ukraine")."""
    before = arg.np_start - 1
    word = sentence.words[before] if before >= 0 else ""
    noun = word[:1].isupper() and word.isalpha() and word.lower() not in TIME_WORDS
    return before == head or before in sentence.mention_at or not noun


def find_place(sentence: Sentence, coded: Coded) -> str | None:
    if coded.place is not None:
        return coded.place
    head = coded.trigger.head
    if sentence.language == "en":
        args = [a for a in sentence.clause_args(coded.trigger.clause) if a.loc and a.prep in ("in", "at")]
    else:
        args = [a for a in sentence.clause_args(coded.trigger.clause)
                if a.loc and a.prep in ("in", "bei") and _adverbial(sentence, a, head)]
    arg = _nearest(args, coded.trigger.head)
    return arg.entities[0] if arg else None
