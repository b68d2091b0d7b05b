"""The per-person gold set built from name-part items (lagebild.names.gold) and its scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.names.evaluate import bcubed, merged_persons, split_of
from lagebild.names.gold import (
    Person,
    build_persons,
    cjk_spellings,
    origin_of,
    unambiguous_persons,
)

# Made-up items in the format of name-variants/persons.txt (spellings => id).
_GIVEN = ["boris, борис", "oleg, олег", "pavel, pawel, павел", "lev, lew, лев", "gleb, глеб", "roman, роман"]
_SURNAMES = [
    "ivanov, iwanow, ivanova, iwanowa, иванов, иванова",
    "petrov, petrow, petrova, petrowa, петров, петрова",
    "sokolov, sokolow, соколов",
    "morozov, morosow, морозов",
    "volkov, wolkow, волков",
]
_CJK = ["gim, kim, 김씨, 金氏", "jeong, jong, chong, 정", "eun, un, 은", "seong, song, 성", "min, 민", "ho, 호"]
_CHINESE = ["xi, 习姓", "jin, 近", "ping, 平", "li, 李姓", "ming, 明"]


def _write_items(path: Path) -> Path:
    lines = [f"{spellings} => Q{900 + n}" for n, spellings in enumerate(_GIVEN + _SURNAMES + _CJK + _CHINESE)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def items_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write_items(tmp_path_factory.mktemp("gold") / "persons.txt")


def test_gold_is_deterministic_and_respects_the_split(items_file: Path) -> None:
    for split in ("dev", "heldout"):
        persons = build_persons(items_file, split, count=30)
        assert persons == build_persons(items_file, split, count=30)
        assert all(split_of(qid.split("/")[0]) == split for p in persons for qid in p.items)


def test_gold_holds_siblings_and_feminine_namesakes(items_file: Path) -> None:
    persons = [p for split in ("dev", "heldout") for p in build_persons(items_file, split, count=60)]
    surnames = [p.items[-1] for p in persons if p.origin == "cyrillic"]
    assert any(qid.endswith("/f") for qid in surnames)  # Iwanow / Iwanowa
    assert len(surnames) > len(set(surnames))  # siblings: one surname, several given names
    keys = [s.lower() for p in persons for s in p.spellings]
    assert len(keys) == len(set(keys))  # no spelling belongs to two persons


def test_cjk_spellings_cover_order_hyphen_and_tone_marks() -> None:
    korean = cjk_spellings(["gim", "kim"], [["jeong", "jong"], ["eun", "un"]], "korean")
    assert {"Gim Jeongeun", "Gim Jeong-eun", "Jeongeun Gim", "Gim Jeong Eun", "Kim Jong-un"} <= set(korean)
    chinese = cjk_spellings(["xí"], [["jìn"], ["píng"]], "chinese")
    assert {"Xi Jinping", "Xi Jin-ping", "Jinping Xi", "Xí Jìnpíng"} <= set(chinese)


def test_origin_and_ambiguous_spellings() -> None:
    assert origin_of(["kim", "김"]) == "cjk"
    assert origin_of(["gorbachev", "горбачёв", "غورباتشوف"]) == "arabic"
    assert origin_of(["belousov", "белоусов"]) == "cyrillic"
    assert origin_of(["müller", "mueller"]) == "latin"
    a, b = Person("korean", ("Q1",), ("Kim Jong-un", "Kim Jong Un")), Person("korean", ("Q2",), ("Kim Jongun",))
    assert unambiguous_persons([a, b]) == []  # one spelling written three ways, two persons: dropped


def test_merged_persons_counts_pairs_sharing_an_item() -> None:
    persons = [Person("c", ("Q1", "Q9"), ("A B",)), Person("c", ("Q2", "Q9"), ("C B",)), Person("c", ("Q3", "Q8"), ("D E",))]
    lines = merged_persons(persons, [0, 1, 2], [0, 0, 1])
    assert lines[0] == "persons merged in pairs=1; sharing a name item: 1 of 1"
    assert bcubed([0, 1, 2], [0, 0, 1])[0] == pytest.approx(2 / 3)
