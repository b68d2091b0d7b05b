"""One reader per input format. Each turns bytes into Articles.

Readers of container formats (JSONL, feeds, WARC) yield an `InputError` in place
of a bad record, so the good records are still analysed and the bad one is named.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO
from datetime import date

from lagebild.errors import FormatError, InputError
from lagebild.ingest.dates import parse_date
from lagebild.ingest.decode import check_size, decode_bytes
from lagebild.ingest.html import html_to_article, html_fragment_to_text
from lagebild.model import Article

Record = Article | InputError


def read_limited(stream: BinaryIO, max_bytes: int, source: str) -> bytes:
    """Read a whole single-article input, refusing more than `max_bytes` without reading it all."""
    data = stream.read(max_bytes + 1)
    check_size(data, max_bytes, source)
    return data


def read_text(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Record]:
    yield Article(text=decode_bytes(read_limited(stream, max_bytes, source), source), source=source)


def read_html(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Record]:
    yield html_to_article(decode_bytes(read_limited(stream, max_bytes, source), source), source=source)


def read_jsonl(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Record]:
    """One article per line; each line is limited to `max_bytes`, the file is streamed."""
    seen_content = False
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        seen_content = True
        where = f"{source} line {number}"
        try:
            check_size(raw, max_bytes, where)
            yield _article_from_json(json.loads(decode_bytes(raw, where)), where)
        except json.JSONDecodeError as exc:
            yield FormatError(f"not valid JSON ({exc.msg} at column {exc.colno})", source=where)
        except InputError as exc:
            yield exc
    if not seen_content:
        raise InputError("the input is empty", source=source)


def _article_from_json(record: object, where: str) -> Article:
    if not isinstance(record, dict):
        raise FormatError("each line must be a JSON object with a 'text' field", source=where)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise FormatError("the 'text' field is missing or empty", source=where)
    try:
        published = parse_date(record.get("published"))
    except ValueError as exc:
        raise FormatError(str(exc), source=where) from None
    return Article(
        text=text,
        title=_optional_str(record.get("title")),
        url=_optional_str(record.get("url")),
        published=published,
        language=_optional_str(record.get("language")),
        id=_optional_str(record.get("id")),
        source=where,
    )


def _optional_str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def read_feed(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Record]:
    import feedparser

    feed = feedparser.parse(read_limited(stream, max_bytes, source))
    if not feed.entries:
        reason = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        raise FormatError(f"not a readable RSS/Atom feed, or a feed without entries{reason}", source=source)
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{source} entry {number}"
        body = entry.get("content", [{}])[0].get("value") or entry.get("summary") or ""
        text = html_fragment_to_text(body)
        if not text.strip():
            yield FormatError("the entry has neither content nor summary", source=where)
            continue
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        yield Article(
            text=text,
            title=entry.get("title"),
            url=entry.get("link"),
            published=date(*parsed[:3]) if parsed else None,
            source=where,
            language=(feed.feed.get("language") or "")[:2] or None,
        )


def read_warc(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Record]:
    """HTML responses of a WARC file, streamed; each record is limited to `max_bytes`."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type:
                continue
            found += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source} record {url}"
            try:
                payload = read_limited(record.content_stream(), max_bytes, where)
                article = html_to_article(decode_bytes(payload, where, _charset(content_type)), source=where)
            except InputError as exc:
                yield exc
                continue
            article.url = article.url or url
            yield article
    except (ArchiveLoadFailed, ValueError, EOFError, OSError, AttributeError) as exc:
        # warcio fails on broken records with assorted errors, AttributeError among them
        detail = f" ({exc})" if isinstance(exc, ArchiveLoadFailed) else ""
        raise FormatError(f"not a readable WARC file: a record is broken or cut off{detail}", source=source) from None
    if not found:
        raise FormatError("the WARC file holds no HTML responses", source=source)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None
