"""Noun phrases and subjects from tokens (the parse only tells which auxiliary belongs to a cue verb):
the speaker phrase of a cue.

German function words decide here: determiners open a noun phrase, prepositions and adverbs
in the first position of a main clause mean the subject follows the finite verb.
"""

from __future__ import annotations

from lagebild.nlp.knowledge import NAME_PARTICLES
from lagebild.quotes.base import View

DETERMINERS = frozenset(
    "der die das des dem den ein eine einer eines einem einen kein keine keiner keinen "
    "sein seine seiner seinem seinen seines ihr ihre ihrer ihrem ihren ihres unser unsere "
    "dieser diese dieses diesem diesen jener jene alle beide mehrere einige viele zahlreiche "
    "zwei drei vier fünf zehn dessen deren".split()
)
GENITIVE = frozenset("der des eines einer".split())
ADVERB_ENDINGS = ("lich", "weise", "lang", "gemäß", "mals")  # "Unmissverständlich", "Monatelang", "Sinngemäß"
# articles that never open a subject ("Des Weiteren", "Seiner Zeit", "Ihren Widersacher … forderte sie auf")
NON_NOMINATIVE = frozenset(
    "des dem den eines einem einen einer seines seinem seinen seiner ihres ihrem ihren ihrer "
    "unseres unserem unseren unserer ihm ihnen mir uns".split()
)
POSSESSIVES = frozenset((
    "sein", "seine", "seiner", "seinem", "seinen", "seines", "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres", "dessen", "deren",
))
PRONOUNS = frozenset(
    "er sie es man ich wir ihr du dieser diese letzterer letztere ersterer erstere beide niemand jemand".split()
)
RELATIVES = frozenset("der die das dem den deren dessen denen welcher welche welches".split())
OBJECT_PRONOUNS = frozenset("ihn sie ihm ihr ihnen".split())
AUXILIARIES = frozenset(
    "hat hatte hatten haben habe hätte hätten ist war waren sind sei seien wäre wären wird wurde "
    "wurden werden werde würde würden soll sollte sollen will wollte wollen kann konnte können "
    "könne könnte muss musste müssen müsse möchte ließ ließen lässt".split()
)
MAX_PREFIELD = 25
# "…, und das Hilfswerk rief Russland auf": a coordinated main clause begins after the comma and these
MAIN_CLAUSE_CONJUNCTIONS = frozenset(("und", "aber", "doch", "sondern", "denn"))
# "wird von der Staatsanwaltschaft vorgeworfen": the agent of a passive speaks; other prepositional phrases
# after the verb ("gegenüber den Medien", "sprach von einem Anschlag") never do
PASSIVE_AUXILIARIES = frozenset("wird werden wurde wurden worden".split())
TIME_NOUNS = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag wochenende abend morgen vormittag "
    "nachmittag mittag januar februar märz april mai juni juli august september oktober november dezember "
    "jahr jahres anfang ende mitte tag tage woche monat".split()
)
APPOSITION_PREPOSITIONS = frozenset(("am", "an", "bei", "beim", "im", "in"))
# before the subject in the first position: "Auch die Polizei sagte", "Aber Zeitungen berichteten"
FOCUS_PARTICLES = frozenset((
    "auch", "selbst", "sogar", "nur", "ebenso", "gerade", "einzig", "allein", "lediglich",
    "aber", "und", "doch", "denn", "oder", "sondern",
))
LEFT_ATTRIBUTE_PREPOSITIONS = frozenset(("von", "vom", "in", "im", "aus"))  # "der Polizei in Mombasa zufolge"
ATTRIBUTE_PREPOSITIONS = frozenset(("für", "ohne", "aus", "von", "vom", "zur", "zum"))
# words that never belong to a speaker phrase although they are lower case and end like adjectives
ADVERBS = frozenset(
    "heute gestern morgen bereits bisher immer wieder weiter später zuvor daher aber oder sowie sehr "
    "nun jetzt dann auch noch schon erneut zudem außerdem ebenfalls allerdings jedoch zunächst "
    "inzwischen gegenüber damals vorher später nachher gerne lediglich nur unter über vor hinter "
    "tatsächlich insbesondere einzig indem als ab gleichzeitig dabei dazu darüber hingegen ebenso vielmehr "
    "somit deshalb deswegen trotzdem dennoch derzeit zuletzt anschließend kürzlich erst zugleich damit "
    "darauf hier dort da nachdem weil obwohl wenn selbst bislang offenbar demnach dagegen unterdessen indes "
    "indessen mittlerweile währenddessen daraufhin seither weiterhin ferner aktuell zwar immerhin schließlich "
    "insgesamt jedenfalls gleichwohl stattdessen überdies künftig vorerst erstmals wiederum ohnehin folglich "
    "etwa beispielsweise sogar nämlich wohl zumindest freilich".split()
)
PREPOSITIONS = frozenset(
    "in im am an auf bei beim mit nach von vom vor zu zum zur für gegen ohne um über unter aus "
    "seit während wegen trotz durch hinter neben zwischen angesichts laut gemäß".split()
)


def is_adjective(view: View, i: int) -> bool:
    low = view.lower[i]
    if low in ADVERBS or low in DETERMINERS or not low[:1].isalpha() or view.is_cap(i):
        return False
    return low.endswith(("e", "en", "er", "es", "em")) or low[0].isdigit()


def is_nominal(view: View, i: int) -> bool:
    """A token that can end or continue a noun phrase: a name, a noun ("ai-Bericht" too), a number."""
    w = view.words[i]
    compound = "-" in w[1:-1] and w.rsplit("-", 1)[1][:1].isupper()
    lower_name = view.lex.word_in("lower_case_name", w)  # "dpa", "ai", "taz"
    return (w[:1].isupper() and view.lower[i] not in PREPOSITIONS) or w[:1].isdigit() or compound or lower_name


def np_right(view: View, i: int, end: int, appositions: bool = False) -> list[int]:
    """The noun phrase starting at token i (stops before end): "ein Sprecher des Außenministeriums"."""
    j, head, expecting, out = i, False, False, []
    while j < end:
        low = view.lower[j]
        if not out and low in PRONOUNS and not (low in DETERMINERS and j + 1 < end and is_nominal(view, j + 1)):
            return [j]  # "er", "dieser"; not "dieser Studie"
        if low == "(":
            close = next((k for k in range(j + 1, min(end, j + 8)) if view.words[k] == ")"), None)
            if close is None or not head:
                break
            out.extend(range(j, close + 1))
            j = close + 1
            continue
        if low in DETERMINERS:
            if head and (low not in GENITIVE or _nominative_after(view, j, end)):
                break
            expecting = True
        elif is_adjective(view, j):
            if head and not expecting and not _genitive_attribute(view, j, end):
                break
        elif is_nominal(view, j):
            lower_name_before = view.lex.word_in("lower_case_name", view.words[j - 1])
            if head and not expecting and (_counts_next(view, j, end) or lower_name_before):
                break  # "laut Polizei 40 Menschen", "von ai Disziplinarmaßnahmen": the next phrase
            head, expecting = True, False
        elif not (view.is_quote(j) or low in NAME_PARTICLES or (low in ("und", "sowie") and head and j + 1 < end
                                                                and is_nominal(view, j + 1))):
            break
        out.append(j)
        j += 1
    out = _balance(view, _trim(view, out))
    if appositions and out:
        out = _attributes(view, out, end)
    if appositions and out and out[-1] + 1 < end and view.words[out[-1] + 1] == ",":
        more = np_right(view, out[-1] + 2, end)
        if more and any(is_nominal(view, k) for k in more):
            out = _attributes(view, out + [out[-1] + 1] + more, end, APPOSITION_PREPOSITIONS)
    return out if any(is_nominal(view, k) or view.lower[k] in PRONOUNS for k in out) else []


def _nominative_after(view: View, j: int, end: int) -> bool:
    """ "nach einer Nachricht der ursprüngliche Besucher": after "der" a genitive adjective ends in "-en";
    one in "-e" opens a nominative phrase (the subject), not an attribute of the head."""
    return view.lower[j] == "der" and j + 1 < end and is_adjective(view, j + 1) and view.lower[j + 1].endswith("e")


def _genitive_attribute(view: View, j: int, end: int) -> bool:
    """A genitive plural without article after the head: "Angaben libanesischer Sicherheitskreise"."""
    return view.lower[j].endswith("er") and j + 1 < end and is_nominal(view, j + 1)


def _attributes(view: View, out: list[int], end: int, prepositions: frozenset[str] = frozenset()) -> list[int]:
    """A prepositional attribute after the head: "Ärzte ohne Grenzen", "Ombudsman für Menschenrechte";
    after an apposition also a place of work ("X, Professor am California Institute of Technology")."""
    k = out[-1] + 1
    if k + 1 < end and view.lower[k] in ATTRIBUTE_PREPOSITIONS | prepositions and view.lower[out[-1]] not in PRONOUNS:
        more = np_right(view, k + 1, end)
        timed = view.lower[k] in APPOSITION_PREPOSITIONS and any(  # "X, Kommandeur des Einsatzes, am Montag"
            view.lower[x] in TIME_NOUNS or view.words[x][:1].isdigit() for x in more)
        # "zitiert „BBC News“ aus ihrer Stellungnahme": the speaker's own text, not part of the speaker
        own = view.lower[k + 1] in POSSESSIVES and view.lex.is_source_noun(view.words[more[-1]]) if more else False
        if more and more[0] == k + 1 and any(is_nominal(view, x) for x in more) and not timed and not own:
            return out + [k] + more
    return out


def _counts_next(view: View, j: int, end: int) -> bool:
    """A number followed by a noun ("40 Menschen"), not a number that ends a name ("Bericht 2008")."""
    return view.words[j][:1].isdigit() and j + 1 < end and view.is_cap(j + 1)


def np_left(view: View, j: int, start: int) -> list[int]:
    """The noun phrase ending just before token j: "der Mitteilung" in "der Mitteilung zufolge"."""
    out: list[int] = []
    k = j - 1
    while k >= start:
        low = view.lower[k]
        verb_like = (is_adjective(view, k) and k > start and view.is_cap(k - 1) and view.lower[k - 1] not in DETERMINERS
                     and not _genitive_attribute(view, k, j))  # "Einer Gruppe junger Aktivisten zufolge"
        if verb_like or low in PRONOUNS:
            break
        if is_nominal(view, k) or view.is_quote(k) or low in DETERMINERS or is_adjective(view, k) or low in ("(", ")"):
            out.append(k)
            k -= 1
            continue
        break
    out.reverse()
    while out and not (view.lower[out[0]] in DETERMINERS or is_adjective(view, out[0]) or is_nominal(view, out[0])):
        out.pop(0)
    if not any(is_nominal(view, k) for k in out):
        return []
    if out[0] == k + 1 and k > start and view.lower[k] in LEFT_ATTRIBUTE_PREPOSITIONS:
        head = np_left(view, k, start)  # "Einer Meldung von Xinhua zufolge", "Den Behörden in Mombasa zufolge"
        if head and view.is_cap(head[-1]):
            out = head + [k] + out
    return _balance(view, out)


def _trim(view: View, out: list[int]) -> list[int]:
    while out and (view.lower[out[-1]] in DETERMINERS or view.lower[out[-1]] in ("von", "(", "-") or is_adjective(view, out[-1])):
        out.pop()
    return out


def _balance(view: View, out: list[int]) -> list[int]:
    """Drop a dangling quotation mark or bracket at either edge."""
    opens = sum(1 for k in out if view.words[k] in ("„", "»", "(", "‚"))
    closes = sum(1 for k in out if view.words[k] in ("“", "«", ")", "‘", "”"))
    if out and opens > closes and view.words[out[-1]] in ("„", "»", "(", "‚"):
        out = out[:-1]
    if out and closes > opens and view.words[out[0]] in ("“", "«", ")", "‘", "”"):
        out = out[1:]
    if out and closes > opens and view.words[out[-1]] in ("“", "«", ")", "‘", "”"):
        out = out[:-1]
    return out


def subject(view: View, clause_start: int, verb: int, end: int) -> tuple[list[int], int]:
    """Speaker phrase of a cue verb and the finite verb position (auxiliary or the verb itself).

    Subject-first clauses ("Ein Sprecher sagte") give the prefield; clauses opened by an adverbial
    ("Am Montag sagte der Minister") give the noun phrase after the finite verb.
    """
    finite = anchor = _finite(view, clause_start, verb)
    if finite == verb and verb > clause_start and view.lower[verb - 1] in ("und", "sowie", "oder"):
        # "Sie fordern … und beklagen …": the subject of the first verb
        anchor = _first_verb(view, clause_start, verb - 1) or verb
    verb_second = anchor + 1 < end and not view.is_punct(anchor + 1)  # not verb-final ("…, und X versichere, dass")
    begin = max((k + 2 for k in range(clause_start, anchor - 2) if verb_second and view.words[k] == ","
                 and view.lower[k + 1] in MAIN_CLAUSE_CONJUNCTIONS), default=clause_start)
    if (conjunction := _coordinated_main_clause(view, begin, anchor)) is not None:
        begin = conjunction + 1
    while begin < anchor and (view.is_punct(begin) or view.lower[begin] in FOCUS_PARTICLES):
        begin += 1  # "Auch die Polizei sagte …"
    relative = _relative_subject(view, clause_start, anchor, verb, end)
    if relative:
        return relative, finite
    prefield = list(range(begin, anchor))
    if prefield and view.lower[prefield[0]] in ("von", "vom", "durch") and view.lower[finite] in PASSIVE_AUXILIARIES:
        return np_right(view, prefield[0] + 1, anchor, appositions=True), finite  # "Vom Europarat werden … gefordert"
    if _is_subject_prefield(view, prefield):
        while len(prefield) > 1 and view.lower[prefield[-1]] in ADVERBS:
            prefield.pop()
        return _strip(view, prefield), finite
    head = _before_relative_clause(view, prefield)
    if head:
        return head, finite
    start = anchor + 1
    while start < end and (start == verb or view.lower[start] in ADVERBS or view.lower[start] == "sich"):
        start += 1
    agent = view.lower[start] in ("von", "vom", "durch") and view.lower[finite] in PASSIVE_AUXILIARIES
    if not agent and is_passive(view, finite, verb) and not any(v.cls == "quote" for v in view.verbs(verb)):
        return [], finite  # "Ihm wird Betrug vorgeworfen": what was said or to whom (but "wird X zitiert": X speaks)
    after = np_right(view, start, end, appositions=True) if agent or view.lower[start] not in PREPOSITIONS else []
    if not after and anchor == verb and verb - 1 > clause_start and view.words[verb - 1] == ",":
        first = _first_verb(view, clause_start, verb - 1)  # "X bestätigten den Vorfall, teilten jedoch mit, …"
        relative = any(view.words[k] == "," and view.lower[k + 1] in RELATIVES for k in range(clause_start, verb - 1))
        if first is not None and not relative:  # not "X, der … war, sagte"
            return subject(view, clause_start, first, verb - 1)[0], finite
    return after, finite


def is_passive(view: View, finite: int, verb: int) -> bool:
    """A passive auxiliary with the cue verb as its participle ("wird … vorgeworfen"), not the future ("wird … erklären")."""
    token = view.spacy[verb] if view.spacy else None
    participle = token is not None and (token.tag_ == "VVPP" or "Part" in token.morph.get("VerbForm"))
    return finite != verb and view.lower[finite] in PASSIVE_AUXILIARIES and participle


def _relative_subject(view: View, clause_start: int, anchor: int, verb: int, end: int) -> list[int]:
    """ "Alice Schwarzer, die den Mut Alis hervorhob, …": in a relative clause whose verb comes last, the
    relative pronoun is the subject (as SpkAtt annotates it; the speakers stage resolves it to the noun)."""
    if (verb + 1 < end and not view.is_punct(verb + 1)) or anchor != verb:
        return []
    comma = next((k for k in range(verb - 1, clause_start, -1) if view.is_punct(k)), None)
    if comma is None or view.words[comma] != "," or view.lower[comma + 1] not in ("der", "die", "welche", "welcher"):
        return []
    following = view.spacy[comma + 2] if view.spacy and comma + 2 < verb else None
    return [comma + 1] if following is None or following.pos_ != "NOUN" else []  # not "…, die Polizei …"


def _before_relative_clause(view: View, prefield: list[int]) -> list[int]:
    """ "John Edwards dagegen, der … angetreten war, bekräftigte …": a noun phrase and a relative clause
    that ends right before the finite verb; the noun phrase is the subject."""
    if len(prefield) < 4 or view.words[prefield[-1]] != ",":
        return []
    comma = next((n for n, k in enumerate(prefield[:-1]) if view.words[k] == "," and not _apposition_after(view, k)), None)
    if comma is None or view.lower[prefield[comma + 1]] not in RELATIVES:
        return []
    head = prefield[:comma]
    if not _is_subject_prefield(view, head):
        return []
    while len(head) > 1 and view.lower[head[-1]] in ADVERBS:
        head.pop()
    return head


def _apposition_after(view: View, comma: int) -> bool:
    """ "Günther Platter, der Verteidigungsminister Österreichs, der …": an article and a noun or adjective
    after the comma open an apposition, which belongs to the speaker, not the relative clause after it."""
    after = view.spacy[comma + 2] if view.spacy else None
    return view.lower[comma + 1] in DETERMINERS and after is not None and after.pos_ in ("NOUN", "ADJ")


def _coordinated_main_clause(view: View, begin: int, anchor: int) -> int | None:
    """ "Dies war nicht der erste Streit und die Anwohner befürchten, …": a conjunction without a comma after
    a finite verb opens a main clause with a subject of its own when the cue verb after it is no participle
    (which shares the subject: "hatte den Plan kritisiert und Neuwahlen gefordert")."""
    conjunction = max((k for k in range(begin + 1, anchor - 1) if view.lower[k] in MAIN_CLAUSE_CONJUNCTIONS), default=None)
    if conjunction is None or any(view.is_punct(k) for k in range(begin, conjunction)):
        return None
    own_verb = bool(view.spacy) and view.spacy[anchor] is not None and view.spacy[anchor].tag_ != "VVPP"
    return conjunction if own_verb and _first_verb(view, begin, conjunction) is not None else None


def _first_verb(view: View, start: int, end: int) -> int | None:
    """The first finite verb of a clause, by the parse."""
    if not view.spacy:
        return None
    finite = ("VVFIN", "VAFIN", "VMFIN")
    return next((k for k in range(start, end) if view.spacy[k] is not None and view.spacy[k].tag_ in finite), None)


def _finite(view: View, clause_start: int, verb: int) -> int:
    """The finite verb of the cue's clause: its auxiliary ("hat … angekündigt") or the verb itself.
    With a parse, only an auxiliary of this verb counts (not one of an earlier clause)."""
    token = view.spacy[verb] if view.spacy else None
    if token is not None:
        starts = {c.idx for c in token.children if c.dep_ in ("aux", "aux:pass")}
        return next((k for k in range(clause_start, verb) if view.doc.tokens[k].start in starts), verb)
    return next((k for k in range(clause_start + 1, verb) if view.lower[k] in AUXILIARIES), verb)


def _is_subject_prefield(view: View, prefield: list[int]) -> bool:
    """A noun phrase (with appositions) before the finite verb, not an adverbial or a clause."""
    if not prefield or len(prefield) > MAX_PREFIELD:
        return False
    if _is_one_name(view, prefield):
        return True  # "Zu Guttenberg hatte …": a name, though it opens like a preposition
    first = view.lower[prefield[0]]
    if first in PREPOSITIONS | ADVERBS | NON_NOMINATIVE or first in ("wie", "so") or first.endswith(ADVERB_ENDINGS):
        return False
    if len(prefield) == 1 and (first in ("das", "dies", "dieses") or not (is_nominal(view, prefield[0]) or first in PRONOUNS)):
        return False  # "Das", "Unterdessen": an object pronoun or an adverb
    if not (is_nominal(view, prefield[0]) or first in DETERMINERS or first in PRONOUNS or is_adjective(view, prefield[0])):
        return False
    return not any(view.lower[k] in AUXILIARIES or view.lex.forms.get(view.lower[k]) for k in prefield[1:])


def _is_one_name(view: View, tokens: list[int]) -> bool:
    """Whether the tokens are exactly one person's name the NER found, after a nobiliary particle it may
    leave out ("Zu Guttenberg")."""
    if len(tokens) < 2 or view.lower[tokens[0]] not in NAME_PARTICLES | {"zu"}:
        return False
    start, end = view.doc.tokens[tokens[1]].start, view.doc.tokens[tokens[-1]].end
    return any(m.start == start and m.end == end and m.type == "PER" for m in view.doc.mentions)


def _strip(view: View, tokens: list[int]) -> list[int]:
    while tokens and view.is_punct(tokens[-1]) and not view.is_quote(tokens[-1]):
        tokens.pop()
    return tokens


def without_addressee(view: View, source: list[int]) -> list[int]:
    """ "sagte die Ministerin der Süddeutschen Zeitung": "der" and a medium after a speaker who is no
    staff of a medium ("ein Sprecher der Zeitung" is a genitive; "der CSU-Chef" belongs to the CSU)
    name whom it was said to (a dative)."""
    for n in range(1, len(source)):
        before = view.words[source[n - 1]]
        if view.lower[source[n]] != "der" or ("-" not in before and view.lex.ends_in("media_staff", before, inflected=True)):
            continue
        if any(view.is_cap(k) and view.lex.ends_in("medium", view.words[k]) for k in source[n + 1 : n + 4]):
            return source[:n]
    return source
