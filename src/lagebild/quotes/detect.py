"""All attributions of a document: speech verbs, markers, direct quotes, partial quotes and
reported speech that continues over the following sentences in Konjunktiv I."""

from __future__ import annotations

from lagebild.model import Document
from lagebild.quotes.base import Attribution, View
from lagebild.quotes.markers import find_markers
from lagebild.quotes.marks import QuoteSpan, find_marks
from lagebild.quotes.parsed import (
    colon_speaker,
    main_subject,
    main_verb_in_konjunktiv1,
    mediated_speaker,
    passive_speech_act,
    refine_source,
    speech_verb_subject,
)
from lagebild.quotes.phrases import (
    DETERMINERS,
    PREPOSITIONS,
    np_right,
    without_addressee,
)
from lagebild.quotes.speech import SentenceScan

PARTIAL_MAX_TOKENS = 12  # longer quotes inside a sentence are direct quotes, not partial ones
CONTEXT_SENTENCES = 2  # how far back an uncued direct quote looks for its speaker
COORDINATED_CLAUSE = frozenset(("und", "aber", "doch", "sondern"))
PERSONAL_PRONOUNS = frozenset(("er", "sie", "wir", "ich"))
TRAILING = PREPOSITIONS | frozenset(("selbst", "selber", "und", "oder", "sowie"))
HEARSAY_MODALS = frozenset(("soll", "sollen"))
SUBORDINATORS = frozenset((
    "der die das dem den deren dessen denen welcher welche welches welchem welchen wo wobei womit worauf weil da "
    "dass ob wenn falls obwohl als nachdem bevor damit sodass während um"
).split())


def detect(doc: Document, view: View | None = None) -> list[Attribution]:
    view = view or View(doc)
    spans = find_marks(view)
    long_spans = [s for s in spans if _is_long(view, s)]
    inside = [False] * len(view.words)
    for span in long_spans:
        for k in range(span.open + 1, span.close):
            inside[k] = True
    quote_close = {s.open: s.close for s in spans}
    found: list[Attribution] = []
    for sentence in range(len(doc.sentences)):
        if _skipped(doc, sentence):
            continue
        here = SentenceScan(view, sentence, inside, quote_close).run()
        cues = frozenset(k for att in here for k in att.cue)
        taken = set(cues)  # markers may sit inside the message (or an overlong source) of a speech verb
        here += find_markers(view, sentence, taken, inside, cues)
        _markers_to_their_segment(view, here)
        for att in here:
            refine_source(view, att)
            mediated_speaker(view, att)
            att.source = _before_marker(view, att.source) or _document_source(view, att)
            if [view.lower[k] for k in att.source] == ["man"]:
                att.source = []  # "Man gehe davon aus, …": an impersonal statement names no speaker
            elif att.verb is not None:
                att.source = without_addressee(view, att.source)
            _trim_source(view, att)
        found += here
    found = _demnach_speakers(view, found)
    found += _uncued_direct(view, long_spans, found)
    found.sort(key=lambda att: (att.sentence, min(att.message)))
    found += _continuations(view, found)
    _speakers_after(view, found)
    found += _partials(view, spans, long_spans, found)
    found.sort(key=lambda att: (att.sentence, min(att.message)))
    return found


def _trim_source(view: View, att: Attribution) -> None:
    """Trims the speaker phrase; a dropped word right before the message belongs to it ("kam laut X zu dem Schluss")."""
    source = _trimmed(view, att.source)
    message = set(att.message)
    att.message += [k for k in att.source[len(source):] if k + 1 in message and k not in att.cue]
    att.message.sort()
    att.source = source


def _trimmed(view: View, source: list[int]) -> list[int]:
    """A speaker phrase ends before a dangling preposition ("laut X zu dem Schluss"), coordinator ("der Koalition
    aus SPD und" where the parse lost the rest) or "selbst"/"selber" ("McCains Kampagne selber"); a personal
    pronoun is the whole speaker ("indem er seinem Arbeitgeber vorwarf")."""
    if len(source) > 1 and view.lower[source[0]] in PERSONAL_PRONOUNS and view.words[source[1]] != ",":
        return source[:1]
    while len(source) > 1 and view.lower[source[-1]] in TRAILING:
        source = source[:-1]
    return source


def _markers_to_their_segment(view: View, here: list[Attribution]) -> None:
    """ "Nach Angaben der Behörden starben 80 Menschen, darunter laut UNO-Angaben 12 Kinder": with another cue
    in the sentence outside the marker's comma segment, the marker reports only that segment."""
    for att in here:
        if att.verb is not None or not att.cue:
            continue
        a, b = view.sent_range[att.sentence]
        start = max((k + 1 for k in range(a, min(att.cue)) if view.words[k] in (",", ";", ":")), default=a)
        stop = min((k for k in range(max(att.cue + att.source) + 1, b) if view.words[k] in (",", ";", ":")), default=b)
        others = [k for other in here if other is not att for k in other.cue]
        if others and not any(start <= k < stop for k in others):
            att.message = [k for k in att.message if start <= k < stop] or att.message
        elif start > a and view.lower[start] in COORDINATED_CLAUSE and start < min(att.cue):
            # "…, und 1998 soll nach einer weiteren Nachricht X gestorben sein": the coordinated clause only
            att.message = [k for k in att.message if k > start] or att.message


def _demnach_speakers(view: View, found: list[Attribution]) -> list[Attribution]:
    """ "X versicherte, … . Y sei demnach …": a "demnach" inside a sentence refers to the speaker of the
    attribution just before it (in that sentence or the one before); after none it means "consequently"
    and attributes nothing. One that opens a sentence stays its own source, as SpkAtt mostly annotates it."""
    dropped: set[int] = set()
    for att in found:
        if att.cue != att.source or len(att.cue) != 1 or view.lower[att.cue[0]] != "demnach":
            continue
        if att.cue[0] == view.sent_range[att.sentence][0]:
            continue
        before = [other for other in found if other.source and other.source != other.cue
                  and att.sentence - 1 <= other.sentence <= att.sentence and min(other.message) < att.cue[0]]
        if before:
            att.source = list(before[-1].source)
        else:
            dropped.add(id(att))
    return [att for att in found if id(att) not in dropped]


def _document_source(view: View, att: Attribution) -> list[int]:
    """ "Dies geht aus einer Mitteilung des Konzerns hervor": what something emerges from is its source."""
    if att.verb is None or att.verb.lemma not in ("hervorgehen", "ergeben") or not att.cue:
        return []
    a, b = view.sent_range[att.sentence]
    at = next((k for k in range(a, b) if view.lower[k] == "aus" and k not in att.message), None)
    return np_right(view, at + 1, b, appositions=True) if at is not None else []


def _before_marker(view: View, source: list[int]) -> list[int]:
    """ "bestätigte X laut Nachrichtenagentur Reuters": a marker of another source ends the speaker phrase."""
    cut = next((n for n, k in enumerate(source) if n and view.lower[k] in ("laut", "gemäß", "zufolge")), None)
    return source if cut is None else source[:cut]


def _skipped(doc: Document, sentence: int) -> bool:
    s = doc.sentences[sentence]
    return s.kind == "heading" or s.duplicate_of is not None


def _is_long(view: View, span: QuoteSpan) -> bool:
    """A quote of its own (not a quoted word or phrase inside a sentence)."""
    if span.content_size() > PARTIAL_MAX_TOKENS:
        return True
    inner = range(span.open + 1, span.close)
    return any(view.words[k] in ".!?" for k in inner) and span.content_size() > 2


def _uncued_direct(view: View, spans: list[QuoteSpan], found: list[Attribution]) -> list[Attribution]:
    """Long quotes no cue claimed: the speaker (and speech verb) of the clause before a colon that opens
    them, else the speaker of the nearest attribution just before, if any (without a cue: a quote with
    one is no continuation of the reported speech around it, see `_continuations`)."""
    covered = {k for att in found for k in att.message}
    out: list[Attribution] = []
    for span in spans:
        if span.open in covered or span.close in covered or _skipped(view.doc, view.sent_of[span.open]):
            continue
        sentence = view.sent_of[span.open]
        before = [att for att in found + out if att.source and min(att.message) < span.open
                  and sentence - CONTEXT_SENTENCES <= view.sent_of[max(att.message)] and att.sentence <= sentence]
        colon = span.open - 1 if span.open > 0 and view.words[span.open - 1] == ":" else None
        speaker = colon_speaker(view, colon) if colon is not None else []
        if speaker:
            out.append(Attribution("direct", span.tokens, sentence, _colon_cue(view, colon), speaker))
        else:  # the quote goes on from the attribution before: its speaker
            speaker = list(before[-1].source) if before else _speech_act_subject(view, sentence, span.open)
            out.append(Attribution("direct", span.tokens, sentence, [], speaker))
    return out


def _speech_act_subject(view: View, sentence: int, before: int) -> list[int]:
    """ "Die Menge skandierte Parolen wie „Thaksin raus!“": a quote after a speech verb of its own sentence
    that claimed no message is the words of the verb's subject."""
    a = view.sent_range[sentence][0]
    if not any(view.verbs(k) for k in range(a, before)):
        return []
    speaker = speech_verb_subject(view, sentence)
    return speaker if speaker and max(speaker) < before else []


def _colon_cue(view: View, colon: int) -> list[int]:
    """A speech verb in the clause before a colon ("Ein Sprecher sagte zu der Forderung: „…“")."""
    a = view.sent_range[view.sent_of[colon]][0]
    return next(([k] for k in range(a, colon)
                 if any(_particle_in(view, k, verb.particle, colon) for verb in view.verbs(k))), [])


def _particle_in(view: View, k: int, particle: str, end: int) -> bool:
    """A separable verb has its particle on it or later in the clause ("brachte … vor", not "… zum Ausdruck")."""
    return not particle or view.lower[k].startswith(particle) or particle in view.lower[k + 1 : end]


def _continuations(view: View, found: list[Attribution]) -> list[Attribution]:
    """Sentences in Konjunktiv I right after an attribution continue the same speaker's words; a
    sentence whose main verb is in Konjunktiv I after none reports the subject of the sentence before
    ("Gegner des Gesetzes verweisen auf … . Bereits zuvor hätten …")."""
    by_sentence: dict[int, list[Attribution]] = {}
    for att in found:
        if att.kind == "direct" and not att.cue:
            continue  # a quote inside reported speech ("Es drohe „…“."): the sentence is reported speech too
        for k in att.message:
            by_sentence.setdefault(view.sent_of[k], []).append(att)
    out: list[Attribution] = []
    last: Attribution | None = None
    current: Attribution | None = None
    for sentence in range(len(view.doc.sentences)):
        if sentence in by_sentence:
            last, current = by_sentence[sentence][-1], None
            continue
        a, b = view.sent_range[sentence]
        if _skipped(view.doc, sentence):
            last = current = None
        elif current is not None and _reported_mood(view, a, b, strict=False):
            current.message.extend(range(a, b))
        elif last is not None and _reported_mood(view, a, b, strict=False):
            current = Attribution("indirect", list(range(a, b)), sentence, [], list(last.source), verb=last.verb)
            out.append(current)
        elif sentence > 0 and main_verb_in_konjunktiv1(view, sentence):
            current = Attribution("indirect", list(range(a, b)), sentence, [], _speaker_before(view, found + out, sentence))
            out.append(current)
        elif sentence > 0 and _speech_verb_in(view, sentence - 1) and _reported_mood(view, a, b, strict=False):
            current = Attribution("indirect", list(range(a, b)), sentence, [], speech_verb_subject(view, sentence - 1))
            out.append(current)
        else:
            last = current = None
    return out


def _speakers_after(view: View, found: list[Attribution]) -> None:
    """ "Das könne zum Problem werden. „…“, so Barth.": reported speech without a speaker takes the speaker
    named after the statement in the next sentence, by an inverted cue or marker that follows its words."""
    for att in found:
        if att.source or att.cue or att.kind == "reported":  # "Ihm wird … vorgeworfen": a speech act of its own
            continue
        after = [other for other in found if other.sentence == att.sentence + 1 and other.source and other.cue
                 and min(other.message) == view.sent_range[other.sentence][0] and _inverted(view, other)]
        if after:
            att.source = list(after[0].source)


def _inverted(view: View, att: Attribution) -> bool:
    """A cue after the comma that ends the words it reports ("„…“, so Barth", "…, sagte er")."""
    first = min(att.cue)
    return min(att.message) < first and view.words[first - 1] == ","


def _speech_verb_in(view: View, sentence: int) -> bool:
    """ "Die Bank möchte erreichen, dass … . Jedoch würden Migranten …": a speech act (here without an
    attribution of its own) before a sentence in the subjunctive."""
    a, b = view.sent_range[sentence]
    return not _skipped(view.doc, sentence) and any(view.verbs(k) for k in range(a, b))


def _speaker_before(view: View, found: list[Attribution], sentence: int) -> list[int]:
    """The speaker of an attribution in the sentence before, else the subject of a speech verb there
    ("X wies den Vorwurf zurück. … sei richtig."), else the speaker of an attribution in the sentences
    just before, else the subject of the sentence before."""
    before = [att for att in found if att.source and sentence - CONTEXT_SENTENCES <= att.sentence < sentence]
    if before and max(att.sentence for att in before) == sentence - 1:
        return list(max(before, key=lambda att: att.sentence).source)
    speaker = speech_verb_subject(view, sentence - 1)
    if speaker or passive_speech_act(view, sentence - 1):
        return speaker  # a speech act of no named speaker in between ends an older speaker's words
    return list(max(before, key=lambda att: att.sentence).source) if before else main_subject(view, sentence - 1)


def _reported_mood(view: View, a: int, b: int, strict: bool = True) -> bool:
    """Konjunktiv I (or, with `strict` off, any subjunctive or hearsay "soll" of a main clause: "Dabei sollen …
    verhaftet worden sein", not "…, das nicht mehr finanziert werden soll")."""
    if any(view.is_subjunctive(k, strict=True) for k in range(a, b)):
        return True
    main = _main_clause(view, a, b)
    return not strict and any(view.is_subjunctive(k) or view.lower[k] in HEARSAY_MODALS for k in main)


def _main_clause(view: View, a: int, b: int) -> list[int]:
    """Tokens of the sentence outside subordinate clauses opened after a comma by a relative pronoun or a conjunction."""
    out, inside = [], False
    for k in range(a, b):
        if view.words[k] in (",", ";", ":", "–"):
            inside = k + 1 < b and view.lower[k + 1] in SUBORDINATORS
            continue
        if not inside:
            out.append(k)
    return out


def _partials(view: View, spans: list[QuoteSpan], long_spans: list[QuoteSpan], found: list[Attribution]) -> list[Attribution]:
    """Quotes inside an attribution's message or cue clause: the speaker's own words (a long one only
    inside reported speech: "Er sagte, es sei ihm „ein Anliegen, … zu beteiligen“")."""
    long_ids = {id(s) for s in long_spans}
    out = []
    for span in spans:
        if _is_term(view, span):
            continue
        owner = _owner(view, span, found)
        if id(span) in long_ids:
            if owner is not None and owner.cue and set(span.tokens) < set(owner.message):
                out.append(Attribution("partial", span.tokens, owner.sentence, list(owner.cue), list(owner.source),
                                       list(owner.channel), owner.verb))
            continue
        if owner is not None and not _is_name(view, span):
            out.append(Attribution("partial", span.tokens, owner.sentence, list(owner.cue), list(owner.source),
                                   list(owner.channel), owner.verb))
        elif _is_scare_quote(view, span):
            sentence = view.sent_of[span.open]
            out.append(Attribution("partial", span.tokens, sentence, [], main_subject(view, sentence)))
    return out


def _is_term(view: View, span: QuoteSpan) -> bool:
    """ "das so genannte „public-private-partnership“", "„PACs“ genannt": a term being named, nobody's words."""
    before = view.lower[span.open - 1] if span.open > 0 else ""
    after = view.lower[span.close + 1] if span.close + 1 < len(view.lower) else ""
    return before.startswith(("sogenannt", "genannt")) or (after == "genannt" and before != "als")


def _is_scare_quote(view: View, span: QuoteSpan) -> bool:
    """A quoted phrase in no attribution that words an evaluation ("als „überzogen“", "„gravierende
    Bedenken“"), not a name or title ("„Smart“", "„Der Spiegel“"): it starts in lower case."""
    first = view.words[span.open + 1]
    return not _skipped(view.doc, view.sent_of[span.open]) and first[:1].islower() and not _after_noun(view, span)


def _is_name(view: View, span: QuoteSpan) -> bool:
    """ "die Nachrichtenagentur „Xinhua“", "das Wrack der „Graf Zeppelin“": capitalised words in quotes
    after an article or a noun name something; they are no one's words."""
    inner = range(span.open + 1, span.close)
    if any(view.words[k][:1].islower() for k in inner):
        return False
    return _after_noun(view, span) or (span.open > 0 and view.lower[span.open - 1] in DETERMINERS)


def _after_noun(view: View, span: QuoteSpan) -> bool:
    before = span.open - 1
    return before >= 0 and view.is_cap(before) and view.sent_range[view.sent_of[span.open]][0] != before


def _owner(view: View, span: QuoteSpan, found: list[Attribution]) -> Attribution | None:
    """The innermost attribution whose message (or cue clause) holds the quote: with a marker
    around a speech verb ("der Mitteilung zufolge sagte X, …"), the verb's speaker. A quote in the
    speaker phrase is part of a name ("laut „Reuters“"), nobody's words."""
    sentence = view.sent_of[span.open]
    owners = [att for att in found if att.kind != "direct" and span.open not in att.source + att.channel and (
        span.open in att.message
        or (att.sentence == sentence and att.cue and att.source and att.cue[0] < span.open < min(att.message)))]
    return min(owners, key=lambda att: len(att.message)) if owners else None
