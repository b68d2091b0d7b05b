"""German role nouns and organisation nouns with their English labels."""

from __future__ import annotations

import pytest

from lagebild.nlp.roles import org_noun, org_noun_gender, role_of, title_gender, title_gender_before


@pytest.mark.parametrize(
    ("word", "label"),
    [
        ("Verteidigungsminister", "defence minister"), ("Verteidigungsministers", "defence minister"),
        ("Verteidigungsministerin", "defence minister"), ("Außenminister", "foreign minister"),
        ("Präsidenten", "president"), ("Staatschef", "head of state"), ("Regierungschefs", "head of government"),
        ("Kanzlerin", "chancellor"), ("Botschafter", "ambassador"), ("Sprecherin", "spokesperson"),
        ("Generalsekretär", "secretary-general"), ("Vorsitzenden", "chair"), ("Ministerpräsident", "prime minister"),
        ("Außenamtssprecher", "foreign ministry spokesperson"), ("Innenministerin", "interior minister"),
    ],
)
def test_role_labels(word: str, label: str) -> None:
    role = role_of(word)
    assert role is not None and role.label == label and not role.counterpart


def test_defence_minister_has_the_petrarch_military_sector() -> None:
    assert role_of("Verteidigungsminister").sector == "GOVMIL"


def test_counterpart_nouns() -> None:
    for word in ("Amtskollegen", "Amtskollege", "Kollege", "Amtskollegin"):
        assert role_of(word).counterpart, word


def test_hyphen_prefix_is_kept() -> None:
    assert role_of("US-Präsident").prefix == "US"


def test_ordinary_words_are_no_roles() -> None:
    for word in ("Treffen", "Besuch", "Zusammenarbeit", "Partnerschaft", "verteidigungsminister"):
        assert role_of(word) is None, word


@pytest.mark.parametrize(
    ("word", "label"),
    [("Armee", "military"), ("Streitkräften", "military"), ("Verteidigungsministeriums", "defence ministry"),
     ("Außenministerium", "foreign ministry"), ("Regierung", "government"), ("Geheimdienst", "intelligence service")],
)
def test_org_nouns(word: str, label: str) -> None:
    assert org_noun(word) == label


def test_non_org_nouns() -> None:
    for word in ("Offensive", "Partnerschaft", "Beziehungen"):
        assert org_noun(word) is None


@pytest.mark.parametrize(
    ("word", "gender"),
    [("Frau", "F"), ("Herrn", "M"), ("Bundeskanzlerin", "F"), ("Außenministerin", "F"), ("Sprecher", "M"),
     ("Staatsanwältin", "F"), ("Königin", "F"), ("Präsident", "M"), ("Treffen", None), ("sprecherin", None)],
)
def test_title_gender(word: str, gender: str | None) -> None:
    assert title_gender(word) == gender


def test_org_noun_gender() -> None:
    assert [org_noun_gender(w) for w in ("Geheimdienstes", "Verteidigungsministeriums", "Sicherheitskräften",
                                         "Polizei", "Treffen")] == ["Masc", "Neut", "Plur", "Fem", None]


def test_title_gender_before_needs_the_title_right_before_the_name() -> None:
    text = "Bundeskanzlerin Merkel traf Herrn Weber. Das erklärte seine Anwältin. Kowalski widersprach."
    assert [title_gender_before(text, text.index(name)) for name in ("Merkel", "Weber", "Kowalski")] == ["F", "M", None]
