"""Person mentions the recogniser glued together or missed in their short forms: two people in one
mention, and a name with a particle named by particle and family name alone ("zu Guttenberg")."""

from __future__ import annotations

from lagebild.model import Mention
from lagebild.nlp.knowledge import NAME_PARTICLES, name_particles
from lagebild.nlp.model import hanta_class
from lagebild.nlp.view import LOCATIVE, TokenView


def split_glued_names(view: TokenView) -> None:
    """Two people the recogniser took for one: "Im Jahr 2008 warf Lech Kaczyński Wałęsa vor, ..." after
    "Jarosław Kaczyński" and "Lech Wałęsa". A name of three or more words whose last two words both end
    other persons' names in the article is a full name followed by a family name."""
    people = [m for m in view.doc.mentions if m.type == "PER"]
    for mention in people:
        first, last = view.span(mention)
        if last - first < 2:
            continue
        others = {m.text.split()[-1] for m in people if m is not mention and m.text != mention.text}
        if view.text(last) in others and view.text(last - 1) in others:
            end = view.tokens[last - 1].end
            view.add(view.tokens[last].start, mention.end, "PER", mention.source)
            mention.end, mention.text = end, view.doc.text[mention.start : end]


def short_particle_names(view: TokenView) -> None:
    """A person named with a particle ("Karl-Theodor zu Guttenberg", "Osama bin Laden", "Umar al-Baschir") is
    a person wherever the article names them by particle and family name: "Zu Guttenberg sagte", "zu
    Guttenbergs Arbeit", "Bin Laden", "al-Baschirs". Pieces the recogniser found there (a place
    "Guttenberg", "Von der" as a misc name) give way; a mention that reaches beyond the short form stays.
    The family name alone ("die Truppen Assads") is added where the recogniser found nothing, if it is
    read as a proper noun and no preposition of place comes before it ("in Assisi")."""
    forms = {form for m in view.doc.mentions if m.type == "PER" for form in _particle_forms(view, m)}
    for i in range(len(view.tokens)):
        for particle, surname in forms:
            span = _short_form_at(view, i, particle, surname)
            if span is not None:
                _person_at(view, *span)
            elif _bare_family_name(view, i, surname):
                view.add(view.tokens[i].start, view.tokens[i].end, "PER", "ner")


def _bare_family_name(view: TokenView, i: int, surname: str) -> bool:
    token = view.tokens[i]
    if view.text(i) not in (surname, surname + "s") or not view.free(token.start, token.end):
        return False
    return hanta_class(surname) == "NE" and view.at(i - 1, view.sent[i]).lower() not in LOCATIVE


def _particle_forms(view: TokenView, mention: Mention) -> list[tuple[tuple[str, ...], str]]:
    """(particle words, family name) of a person's name with a particle before its last word; the
    particle is "al-" for a name written "al-Baschir"."""
    first, last = view.span(mention)
    word = view.text(last)
    particle, dash, rest = word.partition("-")
    if dash and particle in NAME_PARTICLES and rest[:1].isupper() and last > first:
        return [((particle + "-",), rest)]
    words = tuple(view.text(k) for k in range(first, last))
    found = next((p for p in name_particles() if words[len(words) - len(p):] == p), None)
    return [(found, word)] if found and len(words) > len(found) and word[:1].isupper() else []


def _short_form_at(view: TokenView, i: int, particle: tuple[str, ...], surname: str) -> tuple[int, int] | None:
    """First and last token of "<particle> <surname>" ending at token i, the surname also in the genitive
    and the particle capitalised at the start of a sentence; None if there is none."""
    word = view.text(i)
    if particle[0].endswith("-"):
        head, _, rest = word.partition("-")
        ok = head.lower() + "-" == particle[0] and rest in (surname, surname + "s")
        return (i, i) if ok else None
    first = i - len(particle)
    if word not in (surname, surname + "s") or first < 0 or view.sent[first] != view.sent[i]:
        return None
    words = [view.text(k) for k in range(first, i)]
    capital = first == 0 or view.sent[first - 1] != view.sent[first]
    written = [words[0][:1].lower() + words[0][1:], *words[1:]] if capital else words
    return (first, i) if tuple(written) == particle else None


def _person_at(view: TokenView, first: int, last: int) -> None:
    """Make tokens first..last one person mention, replacing the pieces inside it."""
    start, end = view.tokens[first].start, view.tokens[last].end
    inside = [m for m in view.doc.mentions if m.start < end and start < m.end]
    if any(m.start < start or m.end > end for m in inside) or any(m.type == "PER" and (m.start, m.end) == (start, end) for m in inside):
        return
    for mention in inside:
        view.doc.mentions.remove(mention)
    view.add(start, end, "PER", "ner")
