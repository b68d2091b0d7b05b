"""Readers: paths, directories and stdin to Articles, by file type or an explicit format."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from lagebild.errors import InputError, UsageError
from lagebild.ingest.formats import Record, read_feed, read_html, read_jsonl, read_text, read_warc

Reader = Callable[[BinaryIO, str, int], Iterator[Record]]

READERS: dict[str, Reader] = {
    "text": read_text,
    "html": read_html,
    "jsonl": read_jsonl,
    "feed": read_feed,
    "warc": read_warc,
}
FORMATS = tuple(READERS)

_SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
}


def sniff_format(head: bytes) -> str:
    """Guess the format from the first bytes of the input."""
    if head.startswith(b"\x1f\x8b") or head.startswith(b"WARC/"):
        return "warc"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
        return "feed"
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<div", b"<p")):
        return "html"
    return "text"


def format_of(path: Path, head: bytes) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes[-2:] == [".warc", ".gz"]:
        return "warc"
    by_suffix = _SUFFIXES.get(suffixes[-1]) if suffixes else None
    sniffed = sniff_format(head)
    # A ".xml" file that is no feed, or a ".txt" holding a WARC, is read as what it is.
    if by_suffix is None or (by_suffix in ("feed", "text") and sniffed in ("warc", "html", "jsonl", "feed")):
        return sniffed
    return by_suffix


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Directories become their files (sorted, recursively, hidden files skipped)."""
    for name in paths:
        path = Path(name)
        if name != "-" and path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield str(child)
        else:
            yield name


def read_inputs(paths: Iterable[str], input_format: str | None = None, max_bytes: int = 10_000_000) -> Iterator[Record]:
    """Articles (or the errors in their place) from every path; '-' is standard input."""
    if input_format is not None and input_format not in READERS:
        raise UsageError(f"unknown input format {input_format!r}; choose one of {', '.join(FORMATS)}")
    for name in expand_paths(paths):
        try:
            yield from _read_one(name, input_format, max_bytes)
        except InputError as exc:
            yield exc


def _read_one(name: str, input_format: str | None, max_bytes: int) -> Iterator[Record]:
    if name == "-":
        stream = sys.stdin.buffer
        fmt = input_format or sniff_format(stream.peek(4096)[:4096])
        yield from READERS[fmt](stream, "stdin", max_bytes)
        return
    path = Path(name)
    if not path.exists():
        raise InputError("no such file or directory", source=name)
    try:
        with path.open("rb") as stream:
            fmt = input_format or format_of(path, stream.peek(4096)[:4096])
            yield from READERS[fmt](stream, name, max_bytes)
    except PermissionError:
        raise InputError("permission denied", source=name) from None
    except IsADirectoryError:
        raise InputError("is a directory", source=name) from None
