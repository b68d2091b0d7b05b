"""Names with adjectives in other cases: "Süddeutsche Zeitung", "der Süddeutschen Zeitung"."""

from __future__ import annotations

import re
from functools import cache

from lagebild.nlp.gazetteer import MAX_NAME_TOKENS
from lagebild.nlp.model import reads_as_adjective
from lagebild.nlp.view import TokenView

NAME_ADJECTIVE_ENDINGS = ("en", "em", "es", "er", "e")


@cache
def adjective_stem(word: str) -> str | None:
    """The stem of a capitalised adjective inside a name ("Süddeutschen", "Süddeutscher" -> "Süddeutsch",
    "Kleinen" -> "Klein"); None for a word that is no adjective, or one in "-er" that does not inflect
    ("Frankfurter", "Zürcher")."""
    if not word[:1].isupper() or not word.isalpha() or not reads_as_adjective(word.lower()):
        return None
    ending = next((e for e in NAME_ADJECTIVE_ENDINGS if word.endswith(e)), None)
    if ending is None or len(word) - len(ending) < 3:
        return None
    stem = word[: -len(ending)]
    return stem if ending != "er" or reads_as_adjective(stem.lower()) else None


def other_cases(view: TokenView) -> None:
    """An organisation named with adjectives is the same name in another case: after "laut Süddeutscher
    Zeitung" the article's "die Süddeutsche Zeitung" and "der Süddeutschen Zeitung" are found too."""
    for mention in [m for m in view.doc.mentions if m.type in ("ORG", "MISC") and " " in m.text]:
        words = mention.text.split()
        stem = adjective_stem(words[0])
        if stem is None or len(words) > MAX_NAME_TOKENS:
            continue
        forms = {" ".join([stem + ending, *words[1:]]) for ending in NAME_ADJECTIVE_ENDINGS} - {mention.text}
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(forms))) + r")(?!\w)")
        for found in pattern.finditer(view.doc.text):
            if view.free(found.start(), found.end()):
                view.add(found.start(), found.end(), mention.type, mention.source, country=mention.country)
