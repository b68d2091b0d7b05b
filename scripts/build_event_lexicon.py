"""Build the English event lexicon src/lagebild/data/events/lexicon_en.tsv.

    python scripts/build_event_lexicon.py [--shared ../shared] [--out src/lagebild/data/events]

Sources (both marked "ship" in ../shared/data/README.md):
- PETRARCH2's CAMEO verb dictionary (dictionaries/CAMEO.2.0.txt, MIT): verb lemmas, their
  irregular forms and their CAMEO codes (the verb's own code, else its block's code, else the
  code most of the verb's own patterns give);
- PLOVER's CAMEO-to-PLOVER table (CAMEO2PLOVER-2021.txt, CC BY-SA 4.0): CAMEO code → PLOVER
  type and mode.

The PETRARCH dictionary holds some 1,000 coded verbs, most of them synonyms that inherit a
block's code and read wrongly in news ("face" → CONSULT, "die" → ASSAULT). The selection below
(VERBS, NOUNS) keeps the verbs and nominalisations that name one event type in news text; their
type, mode and forms come from the sources. OVERRIDES lists, with a reason each, the few where
the project reads a verb differently from PETRARCH (mostly where PETRARCH's block code is not
the verb's news sense, and where the German lexicon already decided); EXTRA lists the few
triggers PETRARCH lacks. Argument roles are rules per type (ROLES), not per word.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The PLOVER 2021 table still names three types by their draft names; lagebild uses the 18 of the
# manual's final list. DISAPPROVE modes follow the German lexicon (criticize, accuse, allege, complain).
RENAME = {("ACCUSE", "investigate"): ("INVESTIGATE", ""), ("ACCUSE", "disapprove"): ("DISAPPROVE", "criticize"),
          ("ACCUSE", "allege"): ("DISAPPROVE", "allege"), ("REQUEST", None): ("DEMAND", "")}
CODE_MODES = {"112": "accuse", "114": "complain", "0841": "release", "0871": "ceasefire", "195": "aerial",
              "193": "firearms", "194": "heavy-weapons", "174": "deport", "186": "targeted"}

# Verbs to keep: lemma (PETRARCH spelling, "_" before a particle) → mode to prefer, or "" for the source's.
VERBS = {
    # AGREE
    "AGREE": "", "SIGN": "", "PLEDGE": "", "PROMISE": "", "OFFER": "",
    # CONSULT
    "MEET": "meet", "VISIT": "visit", "HOST": "visit", "NEGOTIATE": "", "DISCUSS": "", "CONSULT": "",
    "CONFER": "", "TELEPHONE": "phone", "PHONE": "phone", "TALK": "",
    # SUPPORT
    "PRAISE": "", "WELCOME": "", "ENDORSE": "", "SUPPORT": "", "COMMEND": "", "CONGRATULATE": "",
    "APOLOGIZE": "", "RECOGNIZE": "",
    # CONCEDE
    "PARDON": "", "CONCEDE": "",
    # COOPERATE
    "COOPERATE": "", "COLLABORATE": "", "EXTRADITE": "",
    # AID
    "HELP": "", "SUPPLY": "", "DELIVER": "", "SEND": "", "PROVIDE": "", "DONATE": "", "RESCUE": "", "AIRLIFT": "",
    # RETREAT
    "WITHDRAW": "withdraw", "RELEASE": "release", "RESIGN": "resign", "RETREAT": "withdraw",
    "PULL_OUT": "withdraw",
    # INVESTIGATE
    "INVESTIGATE": "", "PROBE": "", "INSPECT": "",
    # DEMAND
    "DEMAND": "",
    # DISAPPROVE
    "CRITICIZE": "", "CRITICISE": "", "CONDEMN": "", "DENOUNCE": "", "DEPLORE": "", "ACCUSE": "", "BLAME": "",
    "COMPLAIN": "", "SUE": "allege",
    # REJECT
    "REJECT": "", "REFUSE": "", "VETO": "",
    # THREATEN
    "THREATEN": "",
    # PROTEST
    "PROTEST": "demo", "DEMONSTRATE": "demo", "RALLY": "demo", "MARCH": "demo", "RIOT": "riot", "BOYCOTT": "boycott",
    # CRIME
    "STEAL": "",
    # SANCTION
    "EXPEL": "expel",
    # MOBILIZE
    "MOBILIZE": "troops", "DEPLOY": "troops",
    # COERCE
    "ARREST": "arrest", "DETAIN": "arrest", "JAIL": "arrest", "IMPRISON": "arrest", "DEPORT": "deport",
    "SEIZE": "seize", "CONFISCATE": "seize", "OCCUPY": "seize", "ANNEX": "seize", "BAN": "restrict",
    "CENSOR": "censor", "BESIEGE": "restrict",
    # ASSAULT
    "ATTACK": "", "BOMB": "aerial", "BOMBARD": "heavy-weapons", "SHELL": "heavy-weapons", "STRIKE": "",
    "KILL": "", "ASSASSINATE": "targeted", "SHOOT": "firearms", "KIDNAP": "abduct", "ABDUCT": "abduct",
    "TORTURE": "torture", "RAID": "", "AMBUSH": "", "DESTROY": "destroy", "MASSACRE": "massacre",
    "INVADE": "", "SHOOT_DOWN": "", "GUN_DOWN": "firearms",
}

# Where lagebild reads the verb's news sense differently from PETRARCH's code: lemma → (type, reason).
OVERRIDES = {
    "AGREE": ("AGREE", "PETRARCH files it under SUPPORT (050); PLOVER AGREE is 'agree to'"),
    "SIGN": ("AGREE", "signing agreements is AGREE in the German lexicon and the seed table"),
    "NEGOTIATE": ("CONSULT", "PETRARCH's block is COMPROMISE; CAMEO 046 'engage in negotiation' is CONSULT"),
    "TALK": ("CONSULT", "no code in PETRARCH; CAMEO 040 'consult'"),
    "COOPERATE": ("COOPERATE", "PETRARCH's block is diplomatic SUPPORT; in news it is material cooperation"),
    "COLLABORATE": ("COOPERATE", "PETRARCH's block is diplomatic SUPPORT; in news it is material cooperation"),
    "SUPPLY": ("AID", "PETRARCH's GRANT block (060); CAMEO 07 'provide aid' is the news sense"),
    "PROVIDE": ("AID", "as SUPPLY"),
    "DELIVER": ("AID", "as SUPPLY"),
    "SEND": ("AID", "no code in PETRARCH; the German 'schicken' is AID"),
    "WITHDRAW": ("RETREAT", "PETRARCH's RETREAT block is CONCEDE (080); PLOVER moved 087x withdrawals to RETREAT"),
    "RETREAT": ("RETREAT", "as WITHDRAW"),
    "PULL_OUT": ("RETREAT", "as WITHDRAW"),
    "RESIGN": ("RETREAT", "PLOVER codes resignations as RETREAT 'resign' (manual, SANCTION ambiguities)"),
    "SUE": ("DISAPPROVE", "PLOVER ACCUSE 'allege' includes 'sue' (manual); PETRARCH has 173"),
    "REJECT": ("REJECT", "no code in PETRARCH's block; CAMEO 12 'reject'"),
    "REFUSE": ("REJECT", "as REJECT"),
    "VETO": ("REJECT", "CAMEO 129 'veto' is REJECT; PETRARCH has 172"),
    "RALLY": ("PROTEST", "PETRARCH's MOBILIZE block reads 'rally troops'; news rallies are CAMEO 141"),
    "BOYCOTT": ("PROTEST", "CAMEO 143 'conduct strike or boycott'"),
    "MARCH": ("PROTEST", "CAMEO 141 'demonstrate or rally'"),
    "STEAL": ("CRIME", "PLOVER's CRIME has no CAMEO counterpart; the German lexicon codes theft as CRIME"),
    "EXPEL": ("SANCTION", "CAMEO 166 'expel or withdraw' (diplomats); PETRARCH's DEPORT block is 174"),
    "DEPLOY": ("MOBILIZE", "no code in PETRARCH's block; CAMEO 154 'mobilize armed forces'"),
    "BAN": ("COERCE", "CAMEO 172 'impose administrative sanctions'"),
    "INVADE": ("ASSAULT", "the German lexicon codes 'Invasion' as ASSAULT (CAMEO 192 is COERCE 'occupy')"),
    "BOMBARD": ("ASSAULT", "CAMEO 194 'fight with artillery and tanks'"),
    "KIDNAP": ("ASSAULT", "CAMEO 181 'abduct'"),
    "SHOOT_DOWN": ("ASSAULT", "CAMEO 190"),
    "PHONE": ("CONSULT", "CAMEO 041"),
}

# Triggers PETRARCH's verb dictionary lacks: (kind, lemma, type, mode).
EXTRA = [
    ("verb", "SANCTION", "SANCTION", "discontinue"),
    ("verb", "URGE", "DEMAND", ""),
    ("verb", "CALL_FOR", "DEMAND", ""),
    ("verb", "SMUGGLE", "CRIME", ""),
    ("noun", "sanction", "SANCTION", "discontinue"),
    ("noun", "embargo", "SANCTION", "discontinue"),
    ("noun", "summit", "CONSULT", "meet"),
    ("noun", "deal", "AGREE", ""),
    ("noun", "treaty", "AGREE", ""),
    ("noun", "ceasefire", "RETREAT", "ceasefire"),
    ("noun", "truce", "RETREAT", "ceasefire"),
    ("noun", "offensive", "ASSAULT", ""),
    ("noun", "airstrike", "ASSAULT", "aerial"),
    ("noun", "smuggling", "CRIME", ""),
    ("noun", "corruption", "CRIME", ""),
    ("noun", "bribery", "CRIME", ""),
]

# Nouns that name the event of a kept verb (type and mode come from the verb): noun → verb.
NOUNS = {
    "agreement": "AGREE", "pledge": "PLEDGE", "promise": "PROMISE", "offer": "OFFER",
    "visit": "VISIT", "meeting": "MEET", "talks": "TALK", "negotiations": "NEGOTIATE", "consultations": "CONSULT",
    "praise": "PRAISE", "endorsement": "ENDORSE", "apology": "APOLOGIZE", "recognition": "RECOGNIZE",
    "pardon": "PARDON", "concession": "CONCEDE", "cooperation": "COOPERATE", "collaboration": "COLLABORATE",
    "extradition": "EXTRADITE", "aid": "HELP", "assistance": "HELP", "help": "HELP", "delivery": "DELIVER",
    "deliveries": "DELIVER", "supplies": "SUPPLY", "donation": "DONATE", "rescue": "RESCUE",
    "withdrawal": "WITHDRAW", "release": "RELEASE", "resignation": "RESIGN", "retreat": "RETREAT",
    "investigation": "INVESTIGATE", "probe": "PROBE", "inquiry": "INVESTIGATE", "inspection": "INSPECT",
    "demand": "DEMAND", "criticism": "CRITICIZE", "condemnation": "CONDEMN", "accusation": "ACCUSE",
    "complaint": "COMPLAIN", "lawsuit": "SUE", "rejection": "REJECT", "refusal": "REFUSE", "veto": "VETO",
    "threat": "THREATEN", "protest": "PROTEST", "demonstration": "DEMONSTRATE", "rally": "RALLY",
    "march": "MARCH", "riot": "RIOT", "boycott": "BOYCOTT", "theft": "STEAL", "expulsion": "EXPEL",
    "mobilization": "MOBILIZE", "mobilisation": "MOBILIZE", "deployment": "DEPLOY", "arrest": "ARREST",
    "detention": "DETAIN", "deportation": "DEPORT", "seizure": "SEIZE", "occupation": "OCCUPY",
    "annexation": "ANNEX", "ban": "BAN", "siege": "BESIEGE", "attack": "ATTACK", "strike": "STRIKE",
    "raid": "RAID", "bombing": "BOMB", "shelling": "SHELL", "killing": "KILL", "assassination": "ASSASSINATE",
    "invasion": "INVADE", "ambush": "AMBUSH", "abduction": "ABDUCT", "kidnapping": "KIDNAP",
    "massacre": "MASSACRE", "torture": "TORTURE",
}
# Participles PETRARCH's form lists leave out (it lists "withdrew" but not "withdrawn").
PARTICIPLES = {"withdraw": "withdrawn", "steal": "stolen", "shoot": "shot", "strike": "struck"}
RECIPROCAL = {"AGREE", "COOPERATE"}  # "X and Y signed a deal": each other
RECIPROCAL_LEMMAS = {"MEET", "NEGOTIATE", "DISCUSS", "CONSULT", "CONFER", "TALK", "TELEPHONE", "PHONE", "meeting",
                     "talks", "negotiations", "consultations", "summit"}

# Argument roles per type: verb actor/target, then noun actor/target (see the file header).
ROLES = {
    "AGREE": ("subj", "pp:with,pp:to,obj", "poss,of,between", "pp:with,between"),
    "CONSULT": ("subj", "obj,pp:with", "poss,of,by,between", "pp:with,pp:to,between"),
    "SUPPORT": ("subj", "obj", "poss,of,by", "pp:for,pp:of"),
    "CONCEDE": ("subj", "obj", "poss,by", "pp:to"),
    "COOPERATE": ("subj", "pp:with", "poss,between", "pp:with,between"),
    "AID": ("subj", "pp:to,obj,pp:for", "poss,by,from", "pp:to,pp:for"),
    "RETREAT": ("subj", "pp:from,obj", "poss,of,by,between", "pp:from,between"),
    "INVESTIGATE": ("subj", "obj,pp:into", "poss,by", "pp:into,pp:against,of"),
    "DEMAND": ("subj", "obj,pp:from", "poss,by,from", "pp:to,pp:on"),
    "DISAPPROVE": ("subj", "obj,pp:against", "poss,by,from", "pp:of,pp:against"),
    "REJECT": ("subj", "obj", "poss,by", "of"),
    "THREATEN": ("subj", "obj,pp:against", "poss,by,from", "pp:against,pp:to"),
    "PROTEST": ("subj", "pp:against,obj", "poss,by,of", "pp:against"),
    "CRIME": ("subj", "pp:from,obj", "poss,by", "pp:from"),
    "SANCTION": ("subj", "obj,pp:on,pp:against", "poss,by,from", "pp:on,pp:against"),
    "MOBILIZE": ("subj", "pp:to,pp:in,pp:against", "poss,by,of", "pp:to,pp:in"),
    "COERCE": ("subj", "obj", "poss,by", "of"),
    "ASSAULT": ("subj", "obj,pp:on,pp:against", "poss,by", "pp:on,pp:against,of"),
}
PATIENT_NOUNS = {"release", "arrest", "detention", "deportation", "killing", "assassination", "abduction",
                 "kidnapping", "expulsion", "extradition", "pardon", "torture"}  # "X's arrest": X is the target

HEADER = """# English event triggers → PLOVER type, mode and argument roles (same columns as lexicon_de.tsv).
# Generated by scripts/build_event_lexicon.py from PETRARCH2's CAMEO verb dictionary
# (github.com/openeventdata/petrarch2, MIT, (c) 2015 Open Event Data Alliance: lemmas, irregular
# forms, CAMEO codes) mapped through PLOVER's CAMEO2PLOVER-2021.txt (github.com/openeventdata/PLOVER,
# CC BY-SA 4.0: types and modes). The selection, a few overrides and the role rules are the
# script's, each with its reason there. Do not edit by hand: rerun the script.
#
# Columns (tab-separated):
#   kind    verb | noun
#   lemma   verb base form, "_" before a particle that follows it ("pull_out"); noun (singular,
#           or the plural where the event noun is plural only: "talks")
#   forms   verbs: "3sg past participle ing" where they are irregular or double a consonant, "-"
#           for regular verbs; nouns: "-"
#   type    PLOVER event type
#   mode    PLOVER mode or "-"
#   actor   subj (before the verb), poss ("Russia's attack", "a Russian attack"), of ("the visit of
#           X"), by (passive agent, "attacks by X"), from ("criticism from X"), pp:<prep>, between
#   target  obj (bare phrase after the verb), of, pp:<prep>, between ("talks between X and Y": Y)
#   flags   recip (a compound actor acts on each other), "-" for none
#
# kind	lemma	forms	type	mode	actor	target	flags
"""


@dataclass(frozen=True, slots=True)
class Verb:
    lemma: str
    forms: tuple[str, ...]  # PETRARCH's listed forms (irregular or spelling changes)
    code: str | None


def read_mapping(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code → (PLOVER type, mode), with the draft type names renamed."""
    table: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"(\d+):\s*([A-Z]+)\s*,([^,#]*)", line)
        if not match:
            continue
        type_, mode = match.group(2), match.group(3).strip()
        type_, mode = RENAME.get((type_, mode), RENAME.get((type_, None), (type_, mode)))
        table[match.group(1)] = (type_, mode)
    return table


def _pattern_codes(lines: list[str]) -> dict[str, Counter]:
    """Per verb named in a pattern's comment, the codes its patterns give."""
    codes: dict[str, Counter] = {}
    for line in lines:
        match = re.match(r"-.*\[(\d+)(?::\d*)?\]\s*#\s*(\S+)", line)
        if match:
            codes.setdefault(match.group(2).lstrip("+"), Counter())[match.group(1)] += 1
    return codes


def read_verbs(path: Path) -> dict[str, Verb]:
    """Verb lemma (PETRARCH spelling) → forms and CAMEO code."""
    text = path.read_text(encoding="latin-1")
    body = text.split("####### VERB PATTERNS #######")[1].split("######## TRANSFORMATIONS")[0]
    blocks = re.split(r"^---\s+", body, flags=re.M)[1:]
    verbs: dict[str, Verb] = {}
    for block in blocks:
        head, *lines = block.splitlines()
        block_code = re.search(r"\[([^\]]*)\]", head).group(1).split(":")[0]  # type: ignore[union-attr]
        patterns = _pattern_codes([line for line in lines if line.startswith("-")])
        for line in lines:
            entry = line.split("#")[0].strip()
            match = re.match(r"\+?([A-Z][A-Z_'-]*)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?", entry)
            if not match or line.startswith("-"):
                continue
            lemma = match.group(1)
            own = (match.group(3) or "").strip().split(":")[0]
            counted = patterns.get(lemma)
            code = own or (block_code if block_code.isdigit() else None)
            if code is None and counted:
                code = counted.most_common(1)[0][0]
            forms = tuple(f.lstrip("+").lower() for f in (match.group(2) or "").replace(",", " ").split())
            verbs.setdefault(lemma, Verb(lemma, forms, code))
    return verbs


def plover(code: str | None, mapping: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    while code and code not in mapping:
        code = code[:-1]
    if not code:
        return None
    type_, mode = mapping[code]
    return type_, CODE_MODES.get(code, mode if type_ != "DISAPPROVE" or mode else "criticize")


def _regular(base: str) -> tuple[str, str, str]:
    """3sg, past and -ing form by the regular spelling rules."""
    vowel_y = len(base) > 1 and base.endswith("y") and base[-2] in "aeiou"
    third = base[:-1] + "ies" if base.endswith("y") and not vowel_y else base + ("es" if base.endswith(("s", "x", "z", "ch", "sh")) else "s")
    past = base + "d" if base.endswith("e") else (base[:-1] + "ied" if base.endswith("y") and not vowel_y else base + "ed")
    ing = base[:-1] + "ing" if base.endswith("e") and not base.endswith(("ee", "ye", "oe")) else base + "ing"
    return third, past, ing


def forms_column(verb: Verb) -> str:
    """'-' when the regular rules give the verb's forms, else "3sg past participle ing"."""
    base = verb.lemma.lower().partition("_")[0]
    listed = [f.split("_")[0] for f in verb.forms]
    regular = _regular(base)
    third = next((f for f in listed if f.endswith("s") and f != base), regular[0])
    ing = next((f for f in listed if f.endswith("ing")), regular[2])
    doubled = [f for f in listed if f.endswith("ed") and len(f) > 4 and f[-3] == f[-4] and not base.endswith(f[-3] * 2)]
    if doubled and not any(f.endswith("ing") for f in listed):
        ing = doubled[0][:-2] + "ing"  # "gunned" → "gunning"
    others = sorted({f for f in listed if f not in (third, ing, base)}, key=lambda f: f.endswith("n"))
    past = others[0] if others else regular[1]
    participle = PARTICIPLES.get(base, others[-1] if others else past)
    if (third, past, participle, ing) == (regular[0], regular[1], regular[1], regular[2]):
        return "-"
    return f"{third} {past} {participle} {ing}"


def rows(verbs: dict[str, Verb], mapping: dict[str, tuple[str, str]]) -> list[list[str]]:
    out: list[list[str]] = []
    senses: dict[str, tuple[str, str]] = {}
    for lemma, prefer in VERBS.items():
        verb = verbs.get(lemma)
        if verb is None:
            raise SystemExit(f"{lemma} is not in the PETRARCH verb dictionary")
        found = plover(verb.code, mapping)
        type_ = OVERRIDES[lemma][0] if lemma in OVERRIDES else (found[0] if found else None)
        if type_ is None:
            raise SystemExit(f"{lemma}: no CAMEO code and no override")
        mode = prefer or (found[1] if found and found[0] == type_ else "")
        senses[lemma] = (type_, mode)
        out.append(_row("verb", lemma.lower(), forms_column(verb), type_, mode, lemma))
    for kind, lemma, type_, mode in EXTRA:
        senses[lemma] = (type_, mode)
        out.append(_row(kind, lemma.lower(), "-", type_, mode, lemma))
    for noun, verb in NOUNS.items():
        type_, mode = senses[verb]
        out.append(_row("noun", noun, "-", type_, mode, noun))
    return out


def _row(kind: str, lemma: str, forms: str, type_: str, mode: str, key: str) -> list[str]:
    verb_actor, verb_target, noun_actor, noun_target = ROLES[type_]
    if kind == "noun" and lemma in PATIENT_NOUNS:
        noun_actor, noun_target = "by", "poss,of"
    actor, target = (verb_actor, verb_target) if kind == "verb" else (noun_actor, noun_target)
    recip = type_ in RECIPROCAL or key in RECIPROCAL_LEMMAS
    return [kind, lemma, forms, type_, mode or "-", actor, target, "recip" if recip else "-"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "lagebild" / "data" / "events")
    args = parser.parse_args()
    verbs = read_verbs(args.shared / "data" / "petrarch2" / "dictionaries" / "CAMEO.2.0.txt")
    mapping = read_mapping(args.shared / "data" / "plover" / "CAMEO2PLOVER-2021.txt")
    table = rows(verbs, mapping)
    body = "".join("\t".join(row) + "\n" for row in sorted(table, key=lambda r: (r[3], r[0] != "verb", r[1])))
    target = args.out / "lexicon_en.tsv"
    target.write_text(HEADER + body, encoding="utf-8")
    print(f"{target}: {len(table)} triggers ({sum(r[0] == 'verb' for r in table)} verbs)")


if __name__ == "__main__":
    main()
