"""Which way a sentence points in time: past (-1), future (+1) or neither (0).

Cheap cues only (auxiliaries, modals, preterite forms), found in one pass over
the text. The cue nearest to a time expression inside its clause decides; if the
clause has none, the nearest one in the sentence does. This is what lets a bare
"im Februar" mean last February in "hatte im Februar gewählt" and next February
in "Im Februar sollen die Wahlen stattfinden".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_PAST_DE = (
    "hat|haben|habe|hatte|hatten|hattest|war|waren|warst|wurde|wurden|worden|gewesen|geworden|"
    "sagte|sagten|kam|kamen|ging|gingen|gab|gaben|fand|fanden|stand|standen|lag|lagen|fiel|fielen|"
    "begann|begannen|traf|trafen|hielt|hielten|nahm|nahmen|sprach|sprachen|rief|riefen|verlor|"
    "verloren|gewann|gewannen|starb|starben|verließ|verließen|entschied|schrieb|zog|zogen|brach|"
    "schlug|erhielt|erlitt|übernahm|wusste|konnte|konnten|musste|mussten|durfte|durften|wollte|"
    "wollten|sah|sahen|trat|traten|blieb|blieben|lief|liefen|fuhr|fuhren|flog|flogen|saß|saßen|"
    "damals|gestern|vorgestern|zuvor|bereits|kürzlich|jüngst|vergangenen|vergangene|vergangenes|"
    "letzten|letzte|letztes|vorigen|voriges|vorige|seit|seither|bisher|bislang"
)
_FUTURE_DE = (
    "wird|werden|wirst|werde|soll|sollen|solle|sollten|will|wollen|plant|planen|geplant|möchte|"
    "möchten|kommenden|kommende|kommendes|nächsten|nächste|nächstes|bevorstehenden|bevorstehende|"
    "voraussichtlich|künftig|morgen|übermorgen|demnächst|bald|ab|lädt|laden|findet|finden|beginnt|"
    "startet|eingeladen|stattfinden|erwartet|anmelden|anmeldung"
)
_PAST_EN = (
    "was|were|had|did|said|told|went|came|took|gave|made|found|saw|held|met|won|lost|left|began|"
    "died|fell|ago|yesterday|last|previous|earlier|since|already|recently"
)
_FUTURE_EN = (
    "will|shall|'ll|going|plans|plan|planned|expected|scheduled|next|upcoming|coming|tomorrow|"
    "would|intends|aims|soon"
)

# weak German preterite ("erklärte", "meldeten") and English "-ed"; adjectives filtered below
_WEAK_DE = r"[a-zäöüß]{2,}[^\Wstu]te[nt]?"
# German past participles, also of separable verbs ("eingetroffen", "abgestattet"): the perfect with
# "ist/sind" has no past auxiliary among the cues. Listed future words ("geplant") match first.
_PARTICIPLE_DE = (
    r"(?:ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen)?"
    r"ge[a-zäöüß]{3,}(?:t|en)"
)
_WEAK_EN = r"[a-z]{3,}ed"
_DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines seine seiner seinen ihre ihrer ihren "
    "dieser diese dieses diesen unsere unserer the a an his her their its this these those".split()
)
_NOT_VERBS = frozenset("weite breite späte alte halbe rechte leichte schlechte echte bitte heute "
                       "bekannte bekannten meisten mehrere need indeed speed seed feed proceed "
                       "succeed exceed red bed based".split())

_CUES = {
    lang: re.compile(
        rf"(?P<past>\b(?:{past})\b)|(?P<future>\b(?:{future})\b)|(?P<weak>\b{weak}\b)"
        + (rf"|(?P<participle>\b{_PARTICIPLE_DE}\b)" if lang == "de" else ""),
        re.IGNORECASE,
    )
    for lang, past, future, weak in (("de", _PAST_DE, _FUTURE_DE, _WEAK_DE), ("en", _PAST_EN, _FUTURE_EN, _WEAK_EN))
}
_PASSIVE_EN = re.compile(r"\b(?:be|been|being|to)\s+$", re.IGNORECASE)
_GEGEN_VERB = re.compile(r"gegen(?!.*ge)", re.IGNORECASE)  # no second "ge": "gegenübergestellt" is a participle
_ZU_BEFORE = re.compile(r"\bzu\s+$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:„“”\"«»()–]")


class TenseCues:
    """Tense cues of one text, queried per expression."""

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.positions: list[int] = []
        self.kinds: list[int] = []
        for match in _CUES["en" if lang == "en" else "de"].finditer(text):
            kind = -1 if match.lastgroup in ("past", "weak", "participle") else 1
            if match.lastgroup == "weak" and not _is_weak_verb(text, match):
                continue
            if match.lastgroup in ("weak", "participle") and lang != "en" and text[match.start()].isupper():
                continue
            if match.lastgroup == "participle" and _ZU_BEFORE.search(text, max(0, match.start() - 4), match.start()):
                continue  # "zu gewährleisten", "zu gestalten": an infinitive
            if match.lastgroup == "participle" and _GEGEN_VERB.match(match.group()):
                continue  # "gegenüberstehen", "gegensteuern": "gegen", not the participle's "ge-"
            if kind < 0 and lang == "en" and _PASSIVE_EN.search(text, max(0, match.start() - 7), match.start()):
                continue  # "will be held": a participle, not the past tense
            self.positions.append(match.start())
            self.kinds.append(kind)

    def direction(self, start: int, end: int, sentence: tuple[int, int], clause_only: bool = False) -> int:
        """The direction of the cue nearest to [start, end) within its clause, else (unless
        `clause_only`) its sentence."""
        lo = bisect_left(self.positions, sentence[0])
        hi = bisect_right(self.positions, sentence[1])
        best: tuple[int, int, int] | None = None  # (not in clause, distance, kind)
        for i in range(lo, hi):
            position = self.positions[i]
            if start <= position < end:
                continue  # the expression's own words ("letzten") are no tense
            left, right = (position, start) if position < start else (end, position)
            outside = 1 if _CLAUSE_BREAK.search(self.text, left, right) else 0
            candidate = (outside, right - left, self.kinds[i])
            if best is None or candidate < best:
                best = candidate
        return 0 if best is None or (clause_only and best[0]) else best[2]


def _is_weak_verb(text: str, match: re.Match[str]) -> bool:
    word = match.group().lower()
    if word in _NOT_VERBS:
        return False
    previous = text[max(0, match.start() - 12) : match.start()].split()
    return not previous or previous[-1].lower() not in _DETERMINERS
