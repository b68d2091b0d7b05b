"""`lagebild analyze` as a user runs it: output shape and bad input."""

from __future__ import annotations

import json

import pytest

from common import EXAMPLE, FIXTURES, SEED, run_cli

REQUIRED = {
    "article": {"id", "title", "url", "published", "language"},
    "sentence": {"start", "end", "kind", "duplicate_of"},
}


def assert_one_line_error(result, exit_code: int = 1) -> str:
    assert result.returncode == exit_code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lagebild: ["), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_version_and_help():
    assert run_cli("--version").stdout.startswith("lagebild ")
    assert "--published" in run_cli("analyze", "--help").stdout


def test_seed_json_schema():
    if not SEED.exists():
        pytest.skip("no shared seed")
    result = run_cli("analyze", str(SEED), "--published", "2024-11-30")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema_version"] == "2"
    assert REQUIRED["article"] <= set(data["article"])
    assert data["article"]["published"] == "2024-11-30" and data["article"]["language"] == "de"
    assert all(REQUIRED["sentence"] <= set(s) for s in data["sentences"])
    assert [s["kind"] for s in data["sentences"]].count("heading") == 2
    assert sum(s["duplicate_of"] is not None for s in data["sentences"]) == 1
    for key in ("entities", "timexes", "events", "quotes"):
        assert isinstance(data[key], list)


def test_example_pretty():
    result = run_cli("analyze", str(EXAMPLE), "--format", "pretty", "--published", "2024-09-10")
    assert result.returncode == 0, result.stderr
    assert "Kritik aus Moskau" in result.stdout and "heading" in result.stdout


def test_several_articles_give_json_lines_and_bad_lines_are_named(tmp_path):
    out = tmp_path / "out.jsonl"
    result = run_cli("analyze", str(FIXTURES / "articles.jsonl"), str(FIXTURES / "feed.rss"), "-o", str(out))
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and "articles.jsonl line 2" in errors[0] and "articles.jsonl line 3" in errors[1]
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4
    records = [json.loads(line) for line in lines]
    assert records[0]["article"]["id"] == "a1"
    assert records[2]["article"]["published"] == "2024-11-29"


def test_stdin(tmp_path):
    result = run_cli("analyze", "-", "--lang", "de", stdin="Die Regierung tagt heute. Morgen folgt die Abstimmung.".encode())
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["sentences"]) == 2


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "empty" in assert_one_line_error(run_cli("analyze", str(path)))


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \n\t\n ")
    assert "empty" in assert_one_line_error(run_cli("analyze", str(path)))


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 64)
    assert "binary" in assert_one_line_error(run_cli("analyze", str(path)))


def test_file_over_size_limit(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("Die Regierung tagt. " * 2000)
    line = assert_one_line_error(run_cli("analyze", str(path), "--max-bytes", "10000"))
    assert "larger than the limit" in line and "--max-bytes" in line


def test_default_size_limit_is_ten_megabytes(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Die Regierung tagt. " * 600_000)  # 12 MB
    assert "larger than the limit of 10.0 MB" in assert_one_line_error(run_cli("analyze", str(path)))


def test_undecodable_bytes(tmp_path):
    path = tmp_path / "garbage.txt"
    path.write_bytes(b"Die Regierung " + bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 400 + b"\x00" * 3)
    assert_one_line_error(run_cli("analyze", str(path)))


def test_truncated_html_is_analysed(tmp_path):
    html = (FIXTURES / "page.html").read_text(encoding="utf-8")
    path = tmp_path / "cut.html"
    path.write_text(html[: len(html) // 2])
    result = run_cli("analyze", str(path))
    assert result.returncode == 0, result.stderr
    assert "Söder" in json.loads(result.stdout)["text"]


def test_malformed_html(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div><p>Kurz</div></span></body")
    assert "no article text" in assert_one_line_error(run_cli("analyze", str(path)))


def test_malformed_feed(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("<?xml version='1.0'?><rss version='2.0'><channel><item><title>kaputt")
    assert_one_line_error(run_cli("analyze", str(path)))


def test_hostile_unicode(tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text("Die\u200b\u200b Regierung\u202e\u202d hat\u2066 am\u2069 Montag\u200f getagt.\ufeff\u00ad")
    result = run_cli("analyze", str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["text"] == "Die Regierung hat am Montag getagt."


def test_only_invisible_characters(tmp_path):
    path = tmp_path / "invisible.txt"
    path.write_text("\u200b\u202e\u2066\u200f\ufeff" * 20)
    assert "no text left" in assert_one_line_error(run_cli("analyze", str(path)))


def test_missing_file_and_bad_date():
    assert "no such file" in assert_one_line_error(run_cli("analyze", "/no/such/article.txt"))
    assert "--published" in assert_one_line_error(run_cli("analyze", str(EXAMPLE), "--published", "30.11.2024"), 2)


def test_unknown_input_format():
    assert "unknown input format" in assert_one_line_error(run_cli("analyze", str(EXAMPLE), "--input-format", "pdf"), 2)
