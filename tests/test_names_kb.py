"""Knowledge base import and the names commands."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from lagebild.errors import FormatError, UsageError
from lagebild.names.cli import cluster_command, kb_import_command
from lagebild.names.evaluate import bcubed
from lagebild.names.ids import entity_id
from lagebild.names.kb import KnowledgeBase

FIXTURE = Path(__file__).parent / "fixtures" / "ftm_sample.jsonl"


@pytest.fixture()
def kb_path(tmp_path: Path) -> Path:
    path = tmp_path / "kb.sqlite"
    kb_import_command([FIXTURE], path)
    return path


def test_import_links_spellings_to_known_ids(kb_path: Path) -> None:
    kb = KnowledgeBase(kb_path)
    assert kb.link("Andrej Belousov", "PER") == "Q-belousov"
    assert kb.link("Андрей Белоусов", "PER") == "Q-belousov"
    assert kb.link("Sergej Schoigu", "PER") == "Q-shoigu"
    assert kb.link("Kim Jong-un", "PER") == "Q-kim-jong-un"
    assert kb.link("Рособоронэкспорт", "ORG") == "Q-rosoboronexport"
    assert kb.link("Castro", "PER") is None  # not a name of exactly one entity
    assert kb.link("Kim Jong Un", "ORG") is None
    entity = kb.get("Q-belousov")
    assert entity is not None and entity.country == "RUS" and entity.positions
    assert "Andrei Beloussow" in kb.aliases("Q-belousov")


def test_import_rejects_malformed_lines(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "schema": "Person"}\nnot json\n', encoding="utf-8")
    with pytest.raises(FormatError):
        kb_import_command([bad], tmp_path / "kb.sqlite")


def _run_cluster(monkeypatch: pytest.MonkeyPatch, text: str, **options: object) -> list[list[str]]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    cluster_command(None, **options)  # type: ignore[arg-type]
    return [line.split("\t") for line in out.getvalue().splitlines()]


def test_cluster_command(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = _run_cluster(monkeypatch, "Beloussow\nBelousov\nAndrei Beloussow\nLOC\tMoskau\nFidel Castro\nRaúl Castro\n")
    assert [r[0] for r in rows] == ["Beloussow", "Belousov", "Andrei Beloussow", "Moskau", "Fidel Castro", "Raúl Castro"]
    assert rows[0][1] == rows[1][1] == rows[2][1] == entity_id("PER", "Andrei Beloussow")
    assert rows[3][1].startswith("loc-")
    assert rows[4][1] != rows[5][1]


def test_cluster_command_uses_kb_ids(monkeypatch: pytest.MonkeyPatch, kb_path: Path) -> None:
    rows = _run_cluster(monkeypatch, "Belousov\nAndrei Beloussow\n", kb=kb_path)
    assert {r[1] for r in rows} == {"Q-belousov"}


def test_cluster_command_errors(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        _run_cluster(monkeypatch, "PERSON\tPutin\n")
    with pytest.raises(UsageError):
        _run_cluster(monkeypatch, "Putin\n", kb=tmp_path / "missing.sqlite")


def test_bcubed() -> None:
    assert bcubed([0, 0, 1, 1], [5, 5, 6, 6]) == (1.0, 1.0, 1.0)
    precision, recall, _ = bcubed([0, 0, 1, 1], [5, 5, 5, 5])
    assert precision == 0.5 and recall == 1.0
