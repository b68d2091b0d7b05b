"""The enrich stage on German news sentences with hand-built NER mentions.

Until the trained NER model is wired in, each test builds the Document itself: a regex
tokenizer, sentences split at . ! ? and the person (and wrongly typed) mentions an NER
model would give.
"""

from __future__ import annotations

import re

import pytest

from lagebild.config import Settings
from lagebild.model import Article, Document, Mention, Sentence, Token
from lagebild.nlp.enrich import enrich_stage

TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
SENTENCE_END = re.compile(r"(?<=[.!?“])\s+(?=[A-ZÄÖÜ„])|\n+")


def make_doc(text: str, **mentions: str) -> Document:
    """A Document over text; keyword names are mention types, values '|'-separated surface forms."""
    doc = Document(article=Article(text=text), text=text)
    start = 0
    for match in list(SENTENCE_END.finditer(text)) + [None]:
        end = match.start() if match else len(text)
        if text[start:end].strip():
            doc.sentences.append(Sentence(start, end))
        start = match.end() if match else len(text)
    doc.tokens = [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    for type_, forms in mentions.items():
        for form in forms.split("|"):
            for m in re.finditer(rf"\b{re.escape(form)}\b", text):
                if all(x.end <= m.start() or m.end() <= x.start for x in doc.mentions):
                    doc.mentions.append(Mention(m.start(), m.end(), form, type_, doc.sentence_at(m.start())))
    enrich_stage(doc, Settings())
    return doc


def found(doc: Document, text: str, nth: int = 0) -> Mention:
    hits = [m for m in sorted(doc.mentions, key=lambda m: m.start) if m.text == text]
    assert len(hits) > nth, f"no mention {text!r}: {[m.text for m in doc.mentions]}"
    return hits[nth]


# --------------------------------------------------------------------------- a) gazetteer


def test_ner_type_errors_are_corrected() -> None:
    doc = make_doc("Nordkorea hat erneut eine Rakete getestet, teilte Seoul mit.", PER="Nordkorea|Seoul")
    assert found(doc, "Nordkorea").type == "LOC" and found(doc, "Nordkorea").country == "PRK"
    assert found(doc, "Seoul").type == "LOC" and found(doc, "Seoul").country == "KOR"


def test_missed_countries_capitals_regions_and_organisations_are_added() -> None:
    doc = make_doc(
        "Die Nato und die Vereinten Nationen beraten über die Lage in Nahost. "
        "Auch Großbritannien und die USA schicken Diplomaten nach Kairo."
    )
    assert found(doc, "Nato").type == "ORG" and found(doc, "Nato").country is None
    assert found(doc, "Vereinten Nationen").type == "ORG"
    assert found(doc, "Nahost").type == "LOC" and found(doc, "Nahost").source == "gazetteer"
    assert found(doc, "Großbritannien").country == "GBR"
    assert found(doc, "USA").country == "USA"
    assert found(doc, "Kairo").country == "EGY"


def test_genitive_region_and_country() -> None:
    doc = make_doc("Das Abkommen soll zur Stabilität Nordostasiens und Russlands beitragen.")
    assert found(doc, "Nordostasiens").type == "LOC" and found(doc, "Nordostasiens").country is None
    assert found(doc, "Russlands").country == "RUS"


def test_capital_inside_a_person_name_is_not_added() -> None:
    doc = make_doc("Der Schauspieler Denzel Washington kam zur Premiere.", PER="Denzel Washington")
    assert [m.text for m in doc.mentions] == ["Denzel Washington"]


def test_ordinary_word_city_names_are_not_added() -> None:
    doc = make_doc("Nach dem Essen fuhr die Delegation weiter.")
    assert doc.mentions == []


def test_title_inside_a_person_mention_is_trimmed_and_becomes_a_role() -> None:
    doc = make_doc("Präsident Emmanuel Macron reiste nach Berlin.", PER="Präsident Emmanuel Macron")
    person = found(doc, "Emmanuel Macron")
    assert person.type == "PER" and person.roles == ["president"]


# --------------------------------------------------------------------------- b) metonymy


def test_capitals_between_each_other_are_metonymy() -> None:
    doc = make_doc("Die Beziehungen zwischen Moskau und Pjöngjang sollen ausgebaut werden.")
    assert found(doc, "Moskau").metonymy and found(doc, "Pjöngjang").metonymy


def test_capital_as_subject_of_speech_verb_is_metonymy() -> None:
    doc = make_doc(
        "Moskau kritisierte die neuen Sanktionen scharf. Zugleich erklärte Washington, man wolle reden. "
        "Peking und Moskau haben die Resolution blockiert. Es sei klar, dass Kiew weitere Hilfe brauche."
    )
    assert found(doc, "Moskau").metonymy
    assert found(doc, "Washington").metonymy
    assert found(doc, "Peking").metonymy and found(doc, "Moskau", 1).metonymy
    assert found(doc, "Kiew").metonymy


def test_capital_coordinated_with_a_government_is_one_too() -> None:
    doc = make_doc("Das Außenministerium warf Berlin und Warschau vor, zu zögern. In Berlin und Warschau protestierten viele.")
    assert found(doc, "Berlin").metonymy and found(doc, "Warschau").metonymy
    assert not found(doc, "Berlin", 1).metonymy and not found(doc, "Warschau", 1).metonymy


def test_capital_after_locative_preposition_is_a_place() -> None:
    doc = make_doc(
        "Seine Gespräche in Pjöngjang dauerten zwei Tage. Der Minister flog danach nach Peking. "
        "Aus Kiew kamen widersprüchliche Meldungen."
    )
    for name in ("Pjöngjang", "Peking", "Kiew"):
        assert not found(doc, name).metonymy, name


def test_countries_are_never_metonymy() -> None:
    doc = make_doc("Russland kritisierte die Entscheidung.")
    assert not found(doc, "Russland").metonymy


# --------------------------------------------------------------------------- c) demonyms


def test_demonyms_become_location_mentions_with_country() -> None:
    doc = make_doc("Seit Beginn der russischen Offensive verstärken beide Seiten die russisch-nordkoreanische Partnerschaft.")
    assert found(doc, "russischen").country == "RUS" and found(doc, "russischen").source == "demonym"
    assert found(doc, "russisch").country == "RUS"
    assert found(doc, "nordkoreanische").country == "PRK"


def test_demonym_with_organisation_noun_is_an_organisation() -> None:
    doc = make_doc(
        "Soldaten kämpfen an der Seite der russischen Armee gegen die ukrainischen Streitkräfte. "
        "Das russische Verteidigungsministerium bestätigte den Angriff. "
        "Die US-amerikanische Regierung reagierte zurückhaltend."
    )
    army = found(doc, "russischen Armee")
    assert (army.type, army.source, army.country, army.roles) == ("ORG", "demonym-org", "RUS", ["military"])
    assert found(doc, "ukrainischen Streitkräfte").country == "UKR"
    ministry = found(doc, "russische Verteidigungsministerium")
    assert ministry.country == "RUS" and ministry.roles == ["defence ministry"]
    assert found(doc, "US-amerikanische Regierung").country == "USA"


def test_institution_after_a_definite_article_is_an_actor() -> None:
    doc = make_doc(
        "Die Polizei nahm am Morgen sieben Männer fest. Die Staatsanwaltschaft Graz ermittelt. "
        "Nach Angaben der Tiroler Polizei floh der Mann. Die Behörden in Kiew schwiegen.",
        LOC="Graz|Kiew",
    )
    police = found(doc, "Polizei")
    assert (police.type, police.source, police.country, police.roles) == ("ORG", "institution", None, ["police"])
    prosecution = found(doc, "Staatsanwaltschaft Graz")  # the place is part of its name
    assert (prosecution.country, prosecution.roles) == ("AUT", ["prosecution"])
    assert "Graz" not in [m.text for m in doc.mentions]
    assert found(doc, "Tiroler Polizei").country == "AUT"
    chamber = found(make_doc("Die Wirtschaftskammer Österreich begrüßte das.", LOC="Österreich"), "Wirtschaftskammer Österreich")
    assert (chamber.type, chamber.country, chamber.roles) == ("ORG", "AUT", ["chamber"])
    assert found(doc, "Behörden").country == "UKR"
    forces = found(make_doc("Die Streitkräfte der Vereinigten Staaten griffen an.", LOC="Vereinigten Staaten"), "Streitkräfte")
    assert (forces.country, forces.roles) == ("USA", ["military"])


def test_institution_without_article_or_named_by_apposition_is_left_alone() -> None:
    doc = make_doc(
        "Polizei und Feuerwehr waren vor Ort. Die Nachrichtenagentur Reuters meldete es. "
        "Eine Botschaft an die Bürger. Die Regierung in Moskau schwieg.",
        ORG="Reuters", LOC="Moskau",
    )
    assert [m.source for m in doc.mentions if m.source == "institution"] == []


def test_anaphoric_institution_takes_the_country_of_its_antecedent() -> None:
    doc = make_doc("Das türkische Außenministerium wies das zurück. Ein Sprecher des Ministeriums erklärte es.")
    assert found(doc, "Ministeriums").country == "TUR"


def test_sentence_initial_capitalised_demonym() -> None:
    doc = make_doc("Südkoreanische Regierungsvertreter hatten das erklärt.")
    assert found(doc, "Südkoreanische").country == "KOR"


# --------------------------------------------------------------------------- d) roles


def test_premodifier_gives_role_and_country() -> None:
    doc = make_doc(
        "Der französische Außenminister Jean Dupont traf in Berlin ein.", PER="Jean Dupont"
    )
    person = found(doc, "Jean Dupont")
    assert person.roles == ["foreign minister"] and person.country == "FRA"


def test_apposition_gives_role_and_country() -> None:
    doc = make_doc(
        "Das Treffen mit Lee Min Ho, dem südkoreanischen Staatschef, wurde verschoben.", PER="Lee Min Ho"
    )
    person = found(doc, "Lee Min Ho")
    assert person.roles == ["head of state"] and person.country == "KOR"


def test_genitive_country_and_hyphen_prefix_give_country() -> None:
    doc = make_doc(
        "Russlands Präsident Sergej Petrow empfing US-Präsident John Miller.", PER="Sergej Petrow|John Miller"
    )
    assert (found(doc, "Sergej Petrow").roles, found(doc, "Sergej Petrow").country) == (["president"], "RUS")
    assert (found(doc, "John Miller").roles, found(doc, "John Miller").country) == (["president"], "USA")


def test_organisation_prefix_and_bracketed_party_are_affiliations() -> None:
    doc = make_doc(
        "CSU-Chef Markus Söder forderte das. Ex-Präsident Peter Lang und EU-Kommissar Olli Rehn (KOK) schwiegen.",
        PER="Markus Söder|Peter Lang|Olli Rehn", ORG="KOK",
    )
    assert found(doc, "Markus Söder").roles == ["head (CSU)"]
    assert found(doc, "Peter Lang").roles == ["president"]  # "Ex" names no organisation
    assert found(doc, "Olli Rehn").roles == ["commissioner (EU)", "member (KOK)"]


def test_counterpart_takes_the_role_of_the_person_in_the_sentence() -> None:
    doc = make_doc(
        "Der deutsche Verteidigungsminister Karl Berger hat Polen besucht. "
        "Bei einem Treffen mit seinem polnischen Amtskollegen Tomasz Nowak sagte Berger, man stehe zusammen.",
        PER="Karl Berger|Tomasz Nowak|Berger",
    )
    assert found(doc, "Karl Berger").roles == ["defence minister"]
    counterpart = found(doc, "Tomasz Nowak")
    assert counterpart.roles == ["defence minister"] and counterpart.country == "POL"


def test_counterpart_refers_back_to_the_last_person() -> None:
    doc = make_doc(
        "Die japanische Außenministerin Yoko Tanaka reiste nach Canberra. Tanaka sprach von Vertrauen. "
        "Ihr australischer Kollege Peter Walsh lobte die Zusammenarbeit.",
        PER="Yoko Tanaka|Tanaka|Peter Walsh",
    )
    colleague = found(doc, "Peter Walsh")
    assert colleague.roles == ["foreign minister"] and colleague.country == "AUS"


def test_plain_colleague_without_country_is_no_counterpart_role() -> None:
    doc = make_doc(
        "Der Abgeordnete Max Huber lobte den Kollegen Fritz Maier.", PER="Max Huber|Fritz Maier"
    )
    assert found(doc, "Max Huber").roles == ["member of parliament"]
    assert found(doc, "Fritz Maier").roles == []


# --------------------------------------------------------------------------- the seed, as one example


def test_seed_article_entities(seed_text: str) -> None:
    doc = make_doc(
        seed_text,
        PER="Andrei Beloussow|Beloussow|Belousov|No Kwang Chol|No Kwang Cho|Wladimir Putin|Kim Jong Un",
    )
    assert found(doc, "Andrei Beloussow").roles == ["defence minister"]
    assert found(doc, "Andrei Beloussow").country == "RUS"
    assert (found(doc, "Wladimir Putin").roles, found(doc, "Wladimir Putin").country) == (["president"], "RUS")
    assert (found(doc, "Kim Jong Un").roles, found(doc, "Kim Jong Un").country) == (["head of state"], "PRK")
    for name in ("No Kwang Cho", "No Kwang Chol"):
        assert (found(doc, name).roles, found(doc, name).country) == (["defence minister"], "PRK")
    assert found(doc, "Moskau").metonymy and found(doc, "Pjöngjang").metonymy
    assert not found(doc, "Pjöngjang", 2).metonymy  # "seine Gespräche in Pjöngjang"
    assert found(doc, "Nordostasiens").type == "LOC"
    assert found(doc, "nordkoreanische Armee").country == "PRK"
    assert found(doc, "ukrainischen Streitkräfte").country == "UKR"
    assert {m.country for m in doc.mentions if m.source == "demonym"} == {"RUS", "PRK", "KOR"}


@pytest.fixture
def seed_text() -> str:
    from common import SEED

    if not SEED.exists():
        pytest.skip("the shared seed article is not beside the project")
    return SEED.read_text(encoding="utf-8")
