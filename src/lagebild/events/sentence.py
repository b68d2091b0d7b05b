"""A sentence cut into clauses, with the entity phrases (arguments) found in each.

Built from tokens and entity mentions alone, so events can be coded without a parser:
clauses are split at commas and similar marks and typed by their first word (dass → sub,
relative pronoun after a noun → rel, "zu"-infinitive → inf); an argument is a run of entity
mentions joined by "und", with the preposition and article in front of it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from lagebild.events.lexicon import Lexicon
from lagebild.model import Document, Mention, Token
from lagebild.nlp.inflect import ADJECTIVE_ENDINGS
from lagebild.nlp.knowledge import WEEKDAYS
from lagebild.nlp.roles import role_of

PREPOSITIONS = {
    "in": "in", "im": "in", "ins": "in", "mit": "mit", "auf": "auf", "aufs": "auf", "gegen": "gegen",
    "an": "an", "am": "an", "ans": "an", "nach": "nach", "von": "von", "vom": "von", "durch": "durch",
    "für": "für", "aus": "aus", "bei": "bei", "beim": "bei", "zu": "zu", "zum": "zu", "zur": "zu",
    "über": "über", "unter": "unter", "zwischen": "zwischen", "vor": "vor", "seit": "seit",
    "wegen": "wegen", "trotz": "trotz", "ohne": "ohne", "gegenüber": "gegenüber", "laut": "laut",
    "während": "während", "um": "um", "neben": "neben", "hinter": "hinter", "seitens": "von", "via": "via",
}
_CASE = {"den": "acc", "einen": "acc", "dem": "dat", "einem": "dat", "des": "gen", "eines": "gen"}
DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines sein seine seinen seinem seiner seines "
    "ihr ihre ihren ihrem ihrer ihres dieser diese dieses diesen diesem beide beiden alle".split()
)
_SUBORDINATORS = frozenset(
    "dass ob weil wenn falls sofern nachdem als während obwohl damit bevor seitdem sodass indem".split()
)
NEGATIVE_DETERMINERS = frozenset("kein keine keinen keinem keiner keines".split())  # "keine Angriffe"
_RELATIVES = frozenset("der die das dem den deren dessen denen welche welcher welches welchen welchem".split())
_COORDINATORS = frozenset({"und", "sowie", "&", ","})
BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")"})
TIME_WORDS = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli "
    "august september oktober november dezember morgen abend nacht mittag wochenende tag woche monat "
    "jahr anfang ende mitte".split()
)
# nouns of a report whose holder a "nach" phrase names as a source: "nach Angaben der Polizei"
_REPORT_NOUNS = frozenset("angaben informationen berichten darstellung schätzungen einschätzung".split())
# "östlich von Chan Junis", "unweit von X": a "von" phrase that names a place, not an agent
DIRECTIONAL = frozenset(
    "östlich westlich nördlich südlich nordöstlich nordwestlich südöstlich südwestlich unweit nahe jenseits".split()
)
# lower-case words with an adjective's ending that are none: "wirft sie der Ärztekammer … vor"
_NOT_ADJECTIVES = frozenset("sie wie aber oder wieder immer später früher daher ferner bisher eher weiter".split())
# heads of a title compound whose holder does not stand for the prefix's organisation: "Der
# FPÖ-Kandidat", "ein ÖVP-Politiker" (docs/events-annotation.md, dev6 calls), a firm's staff (dev7)
_NOT_REPRESENTING = (
    "kandidat", "kandidatin", "kandidaten", "mitarbeiter", "mitarbeiterin", "anhänger", "anhängerin",
    "mitglied", "mitglieder", "wähler", "wählerin", "politiker", "politikerin", "sympathisant", "sympathisanten",
    # a firm's staff on strike are not the firm: "Streik der Lufthansa-Piloten"
    "piloten", "pilotinnen", "beschäftigten", "angestellten", "belegschaft", "fluglotsen", "lokführer",
)
# groups of people that are not their state or city: "Israels Bürger", "libanesische Politiker" (docs/events-annotation.md)
POPULATION = frozenset(
    "bürger bürgerinnen einwohner einwohnerinnen bewohner bewohnerinnen bevölkerung menschen leute wähler "
    "wählerinnen politiker politikerinnen moslems muslime christen juden sparer kleinsparer anleger kleinanleger "
    "steuerzahler rentner pensionisten verbraucher konsumenten autofahrer urlauber touristen".split()
)
# people who stand by someone without acting for them: "Anhänger Saddam Husseins", "die Anwälte von X",
# "Angehörige der Opfer" (docs/events-annotation.md rule 3: supporters are not X; a leader or spokesperson is)
FOLLOWERS = frozenset(
    "anhänger anhängern anhängerin anhängerinnen unterstützer unterstützern unterstützerin unterstützerinnen "
    "sympathisant sympathisanten sympathisantin gefolgsleute gefolgsleuten verwandte verwandten angehörige "
    "angehörigen familie familien anwalt anwälte anwälten anwältin anwältinnen verteidiger verteidigern "
    "verteidigerin verteidigung mitglied mitglieds mitglieder mitgliedern fans freunde freunden".split()
)
# pronoun mentions whose form tells their case: "droht ihm die Todesstrafe" ("ihr" is also possessive or nominative)
_PRONOUN_CASE = {"ihm": "dat", "ihnen": "dat", "ihn": "acc"}
QUOTES = frozenset("„“”\"«»‚‘’'")
# "die Regierung in Ankara": the place stands for its government, the phrase for the place; so it does
# for a ministry ("das Außenministerium in Moskau") and a court ("Ein Gericht in Kairo verurteilte …")
_SEAT_NOUNS = frozenset("regierung führung staatsführung behörden machthaber administration regime".split())


def seat_noun(word: str) -> bool:
    lower = word.lower()
    return lower in _SEAT_NOUNS or lower.endswith(("gericht", "gerichtshof", "ministerium"))


@dataclass(slots=True)
class Arg:
    """Entity mentions that fill one slot: "Die USA und Südkorea" is one argument."""

    entities: list[str]
    first: int  # token index of the first mention
    last: int  # token index of the last mention
    np_start: int  # where the phrase starts (article, adjectives, title)
    prep: str | None
    case: str | None  # acc, dat, gen from the article; None when it does not tell
    clause: int
    loc: bool = False  # the first mention is a place
    group: bool = False  # a nationality adjective of a population ("libanesische Politiker"): no actor

    @property
    def genitive(self) -> bool:
        return self.case == "gen"


@dataclass(slots=True)
class Clause:
    index: int
    kind: str  # main | sub | rel | inf
    tokens: list[int]
    parent: int | None

    @property
    def start(self) -> int:
        return self.tokens[0]

    @property
    def end(self) -> int:
        return self.tokens[-1]


@dataclass(slots=True)
class Sentence:
    index: int
    tokens: list[Token]
    words: list[str]
    clauses: list[Clause] = field(default_factory=list)
    clause_of: list[int] = field(default_factory=list)
    args: list[Arg] = field(default_factory=list)
    mention_at: dict[int, Mention] = field(default_factory=dict)  # token index → mention
    language: str = "de"
    parse: list | None = None  # spaCy token per token, from the syntax stage; None without a parse
    parse_index: dict[int, int] = field(default_factory=dict)  # spaCy token index → token index
    attributions: list[Arg] = field(default_factory=list)  # "laut X", "X zufolge": sources, never slot fillers

    def clause_args(self, clause: int) -> list[Arg]:
        return [a for a in self.args if a.clause == clause]

    def clause_words(self, clause: Clause) -> list[str]:
        return [self.words[i] for i in clause.tokens]

    def final_word(self, clause: Clause) -> str:
        """The clause's last word, quotes and punctuation aside (where particles stand)."""
        for i in reversed(clause.tokens):
            word = self.words[i]
            if word not in QUOTES and word not in BREAKS and word not in ".!?":
                return word.lower()
        return ""


def _clause_kind(words: list[str], first: int, previous_word: str | None) -> str:
    head = words[first].lower() if first < len(words) else ""
    if head in _SUBORDINATORS:
        return "sub"
    if head in ("um", "ohne", "statt", "anstatt"):
        return "inf"
    second = words[first + 1].lower() if first + 1 < len(words) else ""
    antecedent = previous_word is not None and previous_word[:1].isupper()
    if antecedent and (head in _RELATIVES or (head in PREPOSITIONS and second in _RELATIVES)):
        return "rel"
    return "main"


# a "zu"-infinitive of a separable verb, written as one word: "auszubilden", "anzugreifen", "zurückzuziehen"
_PARTICLE_ZU = re.compile(r"(?:ab|an|auf|aus|bei|ein|fest|frei|her|hin|mit|nach|vor|weg|zu|zurück|zusammen|"
                          r"heraus|herbei|weiter|fort|los|entgegen|hinzu|teil|statt|bekannt)zu[a-zäöüß]{3,}en$")


def is_zu_infinitive(words: list[str], j: int) -> bool:
    """Whether token j is a "zu"-infinitive: "zu ändern", "auszubilden"."""
    word = words[j]
    return word[:1].islower() and (_PARTICLE_ZU.match(word) is not None or j > 0 and words[j - 1].lower() == "zu"
                                   and word.endswith("n"))


def _is_infinitive_clause(words: list[str], indices: list[int]) -> bool:
    content = [words[i].lower() for i in indices if words[i] not in QUOTES and words[i] not in ".!?"]
    if len(content) >= 2 and content[-2] == "zu" and content[-1][:1].islower() and content[-1].endswith("n"):
        return True  # "… zu ändern", "… zu tun"; not "zitierte X zu sich"
    words_cased = [words[i] for i in indices if words[i] not in QUOTES and words[i] not in ".!?"]
    return any(
        w == "zu" and j + 1 < len(content) and content[j + 1].endswith("en") and words_cased[j + 1][:1].islower()
        and not (j + 2 < len(content) and words_cased[j + 2][:1].isupper())  # "zu mutmaßlichen Verbrechen"
        or j > 0 and _PARTICLE_ZU.match(words_cased[j]) is not None  # "… Rebellen auszubilden"
        for j, w in enumerate(content)
    ) and not any(
        w in ("hat", "haben", "habe", "ist", "sind", "sei", "wird", "werden", "wurde", "wurden") for w in content[:2]
    )


def _has_zu_infinitive(words: list[str], indices: list[int]) -> bool:
    """A "zu" before a word, or one inside a verb ("abzuziehen", "anzugreifen")."""
    lower = [words[i].lower() for i in indices]
    return "zu" in lower or any(len(w) > 6 and "zu" in w[2:-3] and w.endswith("en") for w in lower)


def split_clauses(words: list[str], mention_tokens: set[int]) -> list[Clause]:
    """Clauses of a sentence, each linked to the clause it depends on."""
    segments: list[list[int]] = [[]]
    for i, word in enumerate(words):
        if word in BREAKS and not (word == "," and (_list_comma(words, i, mention_tokens) or _date_comma(words, i))):
            if segments[-1]:
                segments.append([])
            continue
        segments[-1].append(i)
    clauses: list[Clause] = []
    before_parenthesis: Clause | None = None
    for segment in (s for s in segments if s):
        mark = words[segment[0] - 1] if segment[0] >= 1 else ""
        # only a comma opens a relative clause: "Bujumbura – Die Afrikanische Union …" is none
        previous_word = words[segment[0] - 2] if segment[0] >= 2 and mark == "," else None
        start = next((i for i in segment if words[i] not in QUOTES), segment[0])
        kind = _clause_kind(words, start, previous_word)
        if kind == "inf" and not _has_zu_infinitive(words, segment):
            kind = "main"  # "Um 10 Uhr begann …" is no "um … zu" clause
        if kind == "main" and _is_infinitive_clause(words, segment):
            kind = "inf"
        previous = clauses[-1] if clauses else None
        if mark == ")" and before_parenthesis is not None and kind == "main":
            before_parenthesis.tokens.extend(segment)  # "Die Afrikanische Union (AU) nimmt …": one clause
            if not _opens_parenthesis(words, segment):  # "übt der Rechnungshof (RH) … Kritik (…)"
                before_parenthesis = None
            continue
        if kind == "main" and previous is not None and previous.kind == "rel" and previous.parent is not None \
                and mark not in (";", ":"):  # a semicolon or colon opens a new unit, no resumed clause
            clauses[previous.parent].tokens.extend(segment)  # the clause a relative clause interrupted
            continue
        if mark != "(" and _opens_parenthesis(words, segment):
            before_parenthesis = None
        parent = previous.index if previous is not None else None
        clause = Clause(len(clauses), kind, list(segment), parent)
        clauses.append(clause)
        if _opens_parenthesis(words, segment):
            before_parenthesis = clause
    if len(clauses) == 1 and clauses[0].kind == "inf" and _clause_kind(words, clauses[0].start, None) == "main":
        clauses[0].kind = "main"  # no matrix to depend on: "Die Regierung beginnt das Lager zu räumen."
    return clauses


def _articles_open_no_relative_clause(sentence: Sentence) -> None:
    """A clause typed relative whose first word the parse makes the article of a noun followed by a
    finite verb is a verb-second clause: "X sagte nach dem Treffen, die Türkei spiele eine Rolle"
    is reported speech, not a relative clause on "Treffen"."""
    if sentence.parse is None:
        return
    for clause in sentence.clauses:
        first = sentence.parse[clause.start] if clause.kind == "rel" else None
        if first is None or first.dep_ != "det" or first.head.i != first.i + 1:
            continue
        following = sentence.parse_index.get(first.head.i + 1)
        verb = sentence.parse[following] if following is not None and following in clause.tokens else None
        if verb is not None and verb.pos_ in ("VERB", "AUX") and "Fin" in verb.morph.get("VerbForm"):
            clause.kind = "main"




def _date_comma(words: list[str], i: int) -> bool:
    """A comma before a date in apposition to a weekday: "am Samstag, den 7. Januar …"."""
    before, after = words[i - 1].lower() if i else "", [w.lower() for w in words[i + 1 : i + 3]]
    return before in WEEKDAYS and len(after) == 2 and after[0] in ("den", "dem") and after[1][:1].isdigit()


def _list_comma(words: list[str], i: int, mention_tokens: set[int]) -> bool:
    """A comma inside a list of names that ends in "und"/"sowie"/"oder": "Merkel, Macron und Biden",
    "mit Kanzler Faymann, der EU-Außenbeauftragten Mogherini und …" (a title between article and
    name). A comma after a name without such an ending is an apposition ("Der Chef der Bank,
    Clemens Börsig, verlässt …")."""
    if i - 1 not in mention_tokens:
        return False
    j = i + 1
    if j < len(words) and j not in mention_tokens and words[j].lower() in DETERMINERS:
        j += 1
        titled = False
        while j < len(words) and (j not in mention_tokens or "-" in words[j]) and words[j][:1].isupper() \
                and words[j].replace("-", "").isalpha():  # "der EU-Außenbeauftragten Federica Mogherini"
            j, titled = j + 1, True
        if not titled:
            return False
    if j >= len(words) or j not in mention_tokens:
        return False
    while j < len(words) and (j in mention_tokens or words[j] == ","):
        j += 1
    return j < len(words) and words[j].lower() in ("und", "sowie", "oder")


def _opens_parenthesis(words: list[str], segment: list[int]) -> bool:
    after = segment[-1] + 1
    return after < len(words) and words[after] == "("


def _np_start(words: list[str], first: int, floor: int, lexicon: Lexicon | None = None) -> tuple[int, str | None, str | None]:
    """Walk back over article, adjectives and titles to the phrase start; find preposition and case.
    An event noun is no title: in "die Forderung Athens nach …" the name is its genitive attribute."""
    i, case, titled = first, None, False
    while i - 1 >= floor and first - (i - 1) <= 6:
        word = words[i - 1]
        lower = word.lower()
        if lower in PREPOSITIONS:
            if lower == "für" and i < first and i - 2 >= floor and _title_head(words[i - 2]):
                i -= 2  # "Die Ministerin für Strafvollzug X": the preposition is the title's
                continue
            return i - 1, PREPOSITIONS[lower], case
        if lower in DETERMINERS:
            case, titled = _CASE.get(lower, case), False
            i -= 1
            if lower in ("des", "eines"):
                break
            continue
        if word[:1].islower() and lower.endswith(ADJECTIVE_ENDINGS) and word.isalpha() \
                and lower not in _NOT_ADJECTIVES:
            i, titled = i - 1, False  # adjective
            continue
        portfolio = i - 2 >= floor and words[i - 2].lower() == "für"  # "Minister für Verteidigung X"
        title = word[:1].isupper() and word.replace("-", "").isalpha() and lower not in TIME_WORDS \
            and lower not in _REPORT_NOUNS and (lower not in FOLLOWERS or portfolio)  # "nach eigenen Angaben X", "Anhänger X"
        if title and lexicon is not None and lexicon.noun_entries(word):
            break
        if i == first and words[first][:1].isupper() and title:
            i, titled = i - 1, True  # a title before the name: "Verteidigungsminister Andrei Beloussow", "US-Außenminister John Kerry"
            continue
        if titled and title and lower.endswith("s") and len(lower) > 3:
            i, titled = i - 1, False  # a genitive before the title: "bei Wiens Gesundheitsstadträtin X"
            continue
        break
    return i, None, case


def _title_head(word: str) -> bool:
    """A title that takes a "für" portfolio ("Ministerin für …", "EU-Kommissar für …", "Beauftragter für …")."""
    return word[:1].isupper() and word.lower().endswith(
        ("minister", "ministerin", "kommissar", "kommissarin", "beauftragte", "beauftragter", "sekretär", "sekretärin"))


def _genitive(words: list[str], np_start: int, first: int, case: str | None, text: str) -> str | None:
    """Genitive when the phrase follows a noun: "Besuch des Ministers", "Angriff Russlands"."""
    before = words[np_start - 1] if np_start >= 1 else ""
    after_noun = before[:1].isupper() and before.isalpha()
    if not after_noun:
        return case
    article = words[np_start].lower() if np_start < first else ""
    if article in ("des", "eines") or (article == "der" and case is None):
        return "gen"
    if np_start == first and text.endswith("s") and len(text) > 3:
        return "gen"
    return case


def _modifies_next(words: list[str], first: int, last: int, following: list[tuple[int, int, Mention]], prefix: bool) -> bool:
    """A demonym or a title's first part before a name in one phrase ("der russische Präsident Putin",
    "US-Außenminister Kerry", `prefix`: the mention is only the start of its word): the name fills the slot."""
    saxon = words[last][:1].isupper() and words[last].endswith("s")  # "Polens Präsident Duda"
    if _holder_follows(words, first, last, following):
        return True
    if not (words[last][:1].islower() or saxon or prefix) or not following:
        return False
    gap = words[last + 1 : following[0][0]]
    return len(gap) <= 2 and all(w[:1].isupper() and w.isalpha() for w in gap)


def _holder_follows(words: list[str], first: int, last: int, following: list[tuple[int, int, Mention]]) -> bool:
    """An organisation in a title before the holder's name: the person acts, not the body. The title is
    one word with it ("SPD-Chef Franz Müntefering", where a whole compound is the mention) or takes it
    in the genitive ("die Vorsitzende der Linken Gesine Lötzsch", "der Chef der Deutschen Bank, Josef
    Ackermann"); a portfolio may stand between ("EU-Kommissar für Energie Günther Oettinger")."""
    if not following or following[0][2].type != "PER":
        return False
    gap = words[last + 1 : following[0][0]]
    portfolio = gap[:-1] if gap[-1:] == [","] else gap
    if portfolio[:1] == ["für"] and 2 <= len(portfolio) <= 3 and portfolio[-1][:1].isupper():
        gap = []  # "für Energie", "für Digitalwirtschaft ,"
    if gap not in ([], [","]):
        return False
    compound_title = first == last and "-" in words[last] and role_of(words[last]) is not None
    genitive_of_title = first >= 2 and words[first - 1].lower() in ("der", "des") and role_of(words[first - 2]) is not None
    return compound_title or genitive_of_title


def _possessed_then_list(words: list[str], last: int, between: list[str]) -> bool:
    """A name in the Saxon genitive, its head noun, then "und" and an article: "Kolumbiens Regierung und
    die Farc-Rebellen schlossen …" is one compound subject (the genitive stands for its government)."""
    saxon = words[last][:1].isupper() and words[last].endswith("s")
    return (saxon and len(between) >= 2 and between[0][:1].isupper() and between[1].lower() in ("und", "sowie")
            and all(w.lower() in DETERMINERS or (w[:1].islower() and w.endswith(ADJECTIVE_ENDINGS)) for w in between[2:]))



def _not_representing(sentence: Sentence, first: int, mention: Mention, prefix: bool) -> bool:
    """A mention inside a title compound whose holder does not act for it: a former holder
    ("Ex-OGH-Präsidentin", "Alt-Bürgermeister") or a candidate, member or staffer ("FPÖ-Kandidat")."""
    word = sentence.words[first].lower()
    former = mention.start > sentence.tokens[first].start and word.startswith(("ex-", "alt-"))
    return former or (prefix and word.endswith(_NOT_REPRESENTING))


def _of_population(words: list[str], i: int) -> bool:
    """A lower-case adjective (other adjectives may follow) or a genitive in -s before a population noun:
    "libanesische Politiker", "Israels Bürger" are no actor of the state (they may be its target: "lobte
    die österreichische Bevölkerung")."""
    if not (words[i][:1].islower() or words[i].endswith("s")):
        return False
    j = i + 1
    while j < len(words) - 1 and words[j][:1].islower() and words[j].endswith(ADJECTIVE_ENDINGS):
        j += 1
    return j < len(words) and words[j].lower() in POPULATION


def _of_followers(words: list[str], np_start: int, last: int, prep: str | None, case: str | None) -> bool:
    """A genitive or "von" attribute of a noun for followers, relatives or lawyers, or a name in -s before
    one, or a name before "nahestehend": "Einige Anhänger Saddam Husseins", "Angehörige von X", "Husseins
    Anhänger", "eine X nahestehende Gruppe" are no actor of X."""
    attribute = (prep is None and case == "gen") or prep == "von"
    after = words[last + 1].lower() if last + 1 < len(words) else ""
    saxon = prep is None and words[last].endswith("s") and after in FOLLOWERS
    close = after.startswith("nahestehend")  # "eine al-Qaida nahestehende Gruppierung"
    return saxon or close or (attribute and np_start > 0 and words[np_start - 1].lower() in FOLLOWERS)


def find_args(sentence: Sentence, mentions: list[tuple[int, int, Mention]], lexicon: Lexicon | None = None) -> list[Arg]:
    """Arguments of the sentence: mention runs joined by "und"/"sowie", with preposition and case."""
    args: list[Arg] = []
    words = sentence.words
    for n, (first, last, mention) in enumerate(mentions):
        prefix = mention.end < sentence.tokens[last].end and "-" in words[last]
        if _modifies_next(words, first, last, mentions[n + 1 :], prefix):
            continue
        if _not_representing(sentence, first, mention, prefix):
            continue
        clause = sentence.clause_of[first]
        floor = sentence.clauses[clause].start
        previous = args[-1] if args else None
        between = words[previous.last + 1 : first] if previous else []
        both = [w.lower() for w in between[:2]] == ["als", "auch"]  # "sowohl X als auch Y"
        joined = previous is not None and previous.clause == clause and between and all(
            w.lower() in _COORDINATORS or w.lower() in DETERMINERS or (w[:1].isupper() and w.replace("-", "").isalpha()) or (w[:1].islower() and w.endswith(("e", "en", "er")))
            for w in (between[2:] if both else between)
        ) and (between[0].lower() in _COORDINATORS or _possessed_then_list(words, previous.last, between) or both)
        if joined and previous is not None:
            if mention.entity not in previous.entities:
                previous.entities.append(mention.entity)  # type: ignore[arg-type]
            previous.last = last
            continue
        np_start, prep, case = _np_start(words, first, floor, lexicon)
        if prep == "in" and np_start > floor and seat_noun(words[np_start - 1]):
            np_start, prep, case = _np_start(words, np_start - 1, floor, lexicon)
        case = _genitive(words, np_start, first, case, mention.text) if prep is None else case
        if prep is None and first == last:
            case = _PRONOUN_CASE.get(words[first].lower(), case)
        args.append(Arg([mention.entity], first, last, np_start, prep, case, clause, mention.type == "LOC",  # type: ignore[list-item]
                        _of_population(words, first) or _of_followers(words, np_start, last, prep, case)))
    return args


def parse_by_start(doc: Document) -> dict[int, object] | None:
    """The syntax stage's tokens by the start offset of their document token, or None without a parse."""
    from lagebild.nlp.syntax import parse_of_tokens  # loads spaCy: on first use, not when the coder is imported

    aligned = parse_of_tokens(doc)
    if aligned is None:
        return None
    return {token.start: parsed for token, parsed in zip(doc.tokens, aligned) if parsed is not None}


def analyse(doc: Document, index: int, tokens: list[Token], mentions: list[Mention], lexicon: Lexicon | None = None,
            parsed: dict[int, object] | None = None) -> Sentence:
    """Clauses and arguments of one sentence (German rules, or English ones for an English lexicon).
    `parsed` (from `parse_by_start`) gives German sentences their dependency parse."""
    from lagebild.events import english  # built on this module's structures

    words = [doc.text[t.start : t.end] for t in tokens]
    language = lexicon.language if lexicon is not None else "de"
    sentence = Sentence(index, tokens, words, language=language)
    if parsed is not None and language == "de":
        aligned = [parsed.get(t.start) for t in tokens]
        if all(t is not None for t in aligned):
            sentence.parse = aligned
            sentence.parse_index = {t.i: n for n, t in enumerate(aligned)}  # type: ignore[attr-defined]
    spans: list[tuple[int, int, Mention]] = []
    starts = [t.start for t in tokens]
    for mention in sorted(mentions, key=lambda m: m.start):
        lo = max(bisect_left(starts, mention.start) - 1, 0)
        hi = bisect_left(starts, mention.end, lo)
        covered = [i for i in range(lo, hi) if tokens[i].end > mention.start]  # "Iran." may be one token
        if covered and mention.entity:
            spans.append((covered[0], covered[-1], mention))
            for i in covered:
                sentence.mention_at[i] = mention
    if lexicon is not None and language == "en":
        sentence.clauses = english.split_clauses(words, set(sentence.mention_at), lexicon)
    else:
        sentence.clauses = split_clauses(words, set(sentence.mention_at))
    if not sentence.clauses:  # only punctuation ("–"): one clause, so every token has one
        sentence.clauses = [Clause(0, "main", list(range(len(words))), None)]
    _articles_open_no_relative_clause(sentence)
    sentence.clause_of = [0] * len(words)
    for clause in sentence.clauses:
        for i in clause.tokens:
            sentence.clause_of[i] = clause.index
    for i, word in enumerate(words):  # break tokens belong to the clause before them
        if word in BREAKS and i > 0:
            sentence.clause_of[i] = sentence.clause_of[i - 1]
    if lexicon is not None and language == "en":
        sentence.args = english.find_args(sentence, spans, lexicon)
    else:
        for arg in find_args(sentence, spans, lexicon):
            (sentence.attributions if attribution(words, arg) else sentence.args).append(arg)
    return sentence


def attribution(words: list[str], arg: Arg) -> bool:
    """A phrase that names a source ("laut X", "X zufolge", "nach Angaben von X", "nach UN-Angaben"):
    who says it is no actor or target of what is said."""
    after = words[arg.last + 1].lower() if arg.last + 1 < len(words) else ""
    if arg.prep == "laut" or after == "zufolge":
        return True
    head = words[arg.np_start].lower() if arg.np_start == arg.first else ""
    if arg.prep == "nach" and head.rpartition("-")[2] in _REPORT_NOUNS:
        return True  # "nach UN-Angaben"
    before = [w.lower() for w in words[max(arg.np_start - 3, 0) : arg.np_start]]
    start = words[arg.np_start]
    genitive = arg.case == "gen" or (start[:1].islower() and start.endswith("er"))  # "libanesischer Kreise"
    if (arg.prep == "von" or genitive) and len(before) >= 2 and before[-1] in _REPORT_NOUNS:
        return before[-2] == "nach" or (len(before) == 3 and before[-2][:1].islower() and before[-3] == "nach")
    return False
