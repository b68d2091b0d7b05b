"""Every reader on realistic files, and format detection."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from lagebild.errors import FormatError, InputError
from lagebild.ingest import read_inputs, sniff_format
from lagebild.model import Article

from common import FIXTURES


def articles(path: Path | str, **kwargs) -> list[Article | InputError]:
    return list(read_inputs([str(path)], **kwargs))


def make_warc(path: Path, pages: list[tuple[str, str]]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers)
            writer.write_record(record)
        robots = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://nachrichten.example/robots.txt", "response",
                                                      payload=io.BytesIO(b"User-agent: *"), http_headers=robots))
    return path


def test_plain_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Die Regierung tagt heute in Berlin.\n", encoding="utf-8")
    [article] = articles(path)
    assert article.text.startswith("Die Regierung") and article.source == str(path)


def test_latin1_text_is_detected_and_decoded(tmp_path):
    path = tmp_path / "alt.txt"
    path.write_bytes("Die Bürgermeisterin von Köln äußerte sich am Donnerstag zur Lage der Stadt.".encode("cp1252"))
    [article] = articles(path)
    assert "Bürgermeisterin von Köln äußerte" in article.text


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Größere Schäden blieben aus.".encode("utf-16"))
    [article] = articles(path)
    assert article.text == "Größere Schäden blieben aus."


def test_html_page_main_text_title_date_url():
    [article] = articles(FIXTURES / "page.html")
    assert article.title == "Hochwasser in Bayern: Pegel steigen weiter"
    assert article.published == date(2024, 6, 2)
    assert article.url == "https://nachrichten.example/bayern/hochwasser-pegel-steigen"
    assert "Ministerpräsident Markus Söder besuchte am Samstag" in article.text
    assert "Evakuierungen in Schwaben" in article.text
    assert "Meistgelesen" not in article.text and "Impressum" not in article.text


def test_truncated_html_still_yields_text(tmp_path):
    html = (FIXTURES / "page.html").read_text(encoding="utf-8")
    path = tmp_path / "cut.html"
    path.write_text(html[: html.index("<h2>")], encoding="utf-8")
    [article] = articles(path)
    assert "Ministerpräsident Markus Söder" in article.text


def test_html_without_article_text_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><nav><a href='/'>Start</a></nav></body></html>")
    [error] = articles(path)
    assert isinstance(error, FormatError) and "no article text" in str(error)


def test_jsonl_good_lines_and_named_bad_lines():
    records = articles(FIXTURES / "articles.jsonl")
    good = [r for r in records if isinstance(r, Article)]
    bad = [r for r in records if isinstance(r, InputError)]
    assert [a.title for a in good] == ["Streik bei der Bahn", None]
    assert good[0].id == "a1" and good[0].published == date(2024, 3, 7)
    assert good[1].published == date(2024, 4, 11) and good[1].language == "de"
    assert [str(e).split(": ", 1)[0].split("line ")[-1] for e in bad] == ["2", "3"]
    assert "'text' field is missing or empty" in str(bad[0]) and "not valid JSON" in str(bad[1])


def test_rss_feed_entries():
    records = articles(FIXTURES / "feed.rss")
    assert [a.title for a in records] == ["Bundestag beschließt Haushalt", "Landtagswahl in Sachsen: Ergebnis steht fest"]
    first, second = records
    assert first.published == date(2024, 11, 29) and first.url.endswith("/haushalt")
    assert "Finanzminister Christian Lindner" in first.text and "<p>" not in first.text
    assert first.text.splitlines()[0] == "Der Bundestag hat am Freitag den Bundeshaushalt für das kommende Jahr beschlossen."
    assert "Michael Kretschmer" in second.text and second.language == "de"


def test_atom_feed_entry():
    [entry] = articles(FIXTURES / "feed.atom")
    assert entry.published == date(2024, 10, 27)
    assert "Die OSZE forderte eine Untersuchung" in entry.text


def test_malformed_feed(tmp_path):
    path = tmp_path / "bad.rss"
    path.write_text("<?xml version='1.0'?><rss><channel><title>kaputt</ti")
    [error] = articles(path)
    assert isinstance(error, FormatError) and "feed" in str(error)


def test_warc_html_responses(tmp_path):
    html = (FIXTURES / "page.html").read_text(encoding="utf-8")
    path = make_warc(tmp_path / "crawl.warc.gz", [("https://nachrichten.example/a", html)])
    [article] = articles(path)
    assert "Katastrophenfall" in article.text
    assert article.url == "https://nachrichten.example/bayern/hochwasser-pegel-steigen"


def test_corrupt_warc(tmp_path):
    path = tmp_path / "broken.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nabc")
    [error] = articles(path)
    assert isinstance(error, FormatError)


def test_directory_is_read_recursively(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Zweiter Artikel über den Haushalt.")
    (tmp_path / "a.txt").write_text("Erster Artikel über die Wahl.")
    (tmp_path / ".hidden.txt").write_text("versteckt")
    assert [a.text for a in articles(tmp_path)] == ["Erster Artikel über die Wahl.", "Zweiter Artikel über den Haushalt."]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"WARC/1.0\r\n", "warc"),
        (b"\x1f\x8b\x08", "warc"),
        (b'{"text": "x"}', "jsonl"),
        (b"<?xml version='1.0'?><rss version='2.0'>", "feed"),
        (b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        (b"<!DOCTYPE html><html>", "html"),
        (b"Die Regierung", "text"),
    ],
)
def test_sniffing(head, expected):
    assert sniff_format(head) == expected


def test_input_format_override(tmp_path):
    path = tmp_path / "page.dat"
    path.write_text((FIXTURES / "page.html").read_text(encoding="utf-8"))
    [article] = articles(path, input_format="html")
    assert article.title.startswith("Hochwasser")


def test_short_latin1_german_text_is_read_as_latin1():
    """Detection alone reads a short Latin-1 line as another code page ("Russland.õ÷³")."""
    from lagebild.ingest.decode import decode_bytes

    text = "Die Bundesregierung kritisierte Russland.äöü scharf. Präsident Müller äußerte sich."
    assert decode_bytes(text.encode("latin-1")) == text
    assert decode_bytes("Правительство в Москве заявило, что министр посетил Пхеньян.".encode("cp1251")).startswith("Правительство")
