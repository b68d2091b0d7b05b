"""German role nouns (titles, offices) and organisation nouns, with normalised English labels.

Data: `lagebild/data/knowledge/roles.tsv` and `org_nouns.tsv` (built by scripts/build_knowledge.py;
English labels checked against PETRARCH2's agent dictionary, which gives the CAMEO sector).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from lagebild.nlp.function_nouns import function_noun_type
from lagebild.nlp.knowledge import knowledge_rows

# Noun inflection endings tried when a word is not a known base form
# (Ministers, Präsidenten, Amtskollegen, Streitkräften, Vorsitzenden).
NOUN_ENDINGS = ("s", "es", "n", "en", "r", "m")
MIN_COMPOUND_PREFIX = 3


@dataclass(frozen=True, slots=True)
class Role:
    german: str  # the base form found ("verteidigungsminister")
    label: str  # normalised English label ("defence minister"); "counterpart" for Amtskollege
    sector: str  # CAMEO sector code from PETRARCH ("GOVMIL"), may be empty
    counterpart: bool = False
    prefix: str = ""  # a hyphenated compound's first part: "US" in "US-Präsident"


@cache
def _roles() -> dict[str, Role]:
    return {
        german: Role(german, label, sector, kind == "counterpart")
        for german, label, sector, kind in knowledge_rows("roles.tsv")
    }


@cache
def _org_nouns() -> dict[str, str]:
    return {noun: label for noun, label, _, _ in knowledge_rows("org_nouns.tsv")}


@cache
def _actor_nouns() -> dict[str, str]:
    return {noun: label for noun, label, alone, _ in knowledge_rows("org_nouns.tsv") if alone == "yes"}


@cache
def _org_genders() -> dict[str, str]:
    return {noun: gender for noun, _, _, gender in knowledge_rows("org_nouns.tsv")}


def _bases(word: str) -> list[str]:
    out = [word]
    out += [word[: -len(e)] for e in NOUN_ENDINGS if word.endswith(e) and len(word) > len(e) + 2]
    if word.endswith("innen"):
        out.append(word[:-3])  # Ministerinnen -> ministerin
    return out


def _lookup(word: str, table: dict) -> tuple[str, str] | None:
    """(base found, prefix left over) for a known noun or a compound ending in one."""
    for base in _bases(word):
        if base in table:
            return base, ""
    for base in _bases(word):
        for cut in range(MIN_COMPOUND_PREFIX, len(base) - 2):
            if base[cut:] in table:
                return base[cut:], base[:cut]
    return None


def role_of(word: str) -> Role | None:
    """The role a German noun names: "Verteidigungsministers" -> defence minister,
    "US-Präsident" -> president with prefix "US", "Amtskollegen" -> counterpart."""
    if not word[:1].isupper():
        return None
    head, _, prefix = word.rpartition("-")[::-1] if "-" in word else (word, "", "")
    if prefix and (prefix + head).lower() in _roles():  # "Vize-Außenminister" is a role of its own
        head, prefix = prefix + head, ""
    found = _lookup(head.lower(), _roles())
    if found is None:
        return None
    role = _roles()[found[0]]
    return Role(role.german, role.label, role.sector, role.counterpart, prefix)


def title_gender(word: str) -> str | None:
    """F or M by a title right before a person's name: "Frau", "Herr", a role or a noun that names a
    person by function ("Bundeskanzlerin" F, "Sprecher" M); None for other words."""
    if word in ("Frau", "Herr", "Herrn"):
        return "F" if word == "Frau" else "M"
    if not word[:1].isupper() or (role_of(word) is None and function_noun_type(word) != "PER"):
        return None
    return "F" if word.endswith("in") else "M"


def title_gender_before(text: str, offset: int) -> str | None:
    """`title_gender` of the word right before `offset`, a space between ("Ministerin X"; not "…, sagte
    seine Anwältin. X", where a full stop follows the noun)."""
    before = text[max(0, offset - 40) : offset].split()
    return title_gender(before[-1]) if before else None


def org_noun(word: str) -> str | None:
    """English label of a noun that makes "<demonym> <noun>" an organisation ("Armee" -> military)."""
    return _label(word, _org_nouns())


def actor_noun(word: str) -> str | None:
    """English label of an organisation noun that names an actor by itself: "die Polizei" -> police."""
    return _label(word, _actor_nouns())


def org_noun_parts(word: str) -> tuple[str, str] | None:
    """(base noun, compound prefix) of an organisation noun: "Sicherheitsbehörden" -> ("behörden",
    "sicherheits"), "Ministeriums" -> ("ministerium", ""); None for other words."""
    return _lookup(word.rpartition("-")[2].lower(), _org_nouns()) if word[:1].isupper() else None


def org_noun_gender(word: str) -> str | None:
    """Masc, Fem, Neut or Plur (a plural noun) of an organisation noun: "Geheimdienstes" -> Masc,
    "Sicherheitskräften" -> Plur; None for other words."""
    parts = org_noun_parts(word)
    return _org_genders()[parts[0]] if parts else None


def org_noun_base(word: str) -> str:
    """An organisation noun in its base form, with the word's own spelling ("Außenministeriums" ->
    "Außenministerium", "Sicherheitskräften" -> "Sicherheitskräfte"); other words unchanged."""
    head, dash, prefix = word.rpartition("-")[::-1] if "-" in word else (word, "", "")
    found = _lookup(head.lower(), _org_nouns()) if word[:1].isupper() else None
    if found is None:
        return word
    base, compound = found
    return prefix + dash + head[: len(compound) + len(base)]


def _label(word: str, table: dict[str, str]) -> str | None:
    if not word[:1].isupper():
        return None
    found = _lookup(word.rpartition("-")[2].lower(), table)
    return table[found[0]] if found else None
