"""Read inline-annotated TimeML (TIMEX3) and TERN (TIMEX2) files into text, date and spans."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from lagebild.errors import InputError

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_DCT3 = re.compile(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', re.DOTALL)
_DCT2 = re.compile(r"<DATETIME>\s*(?:<TIMEX2[^>]*>)?\s*(\d{4}-\d{2}-\d{2})")


@dataclass(slots=True)
class Annotation:
    start: int
    end: int
    text: str
    type: str | None
    value: str | None


@dataclass(slots=True)
class AnnotatedDoc:
    name: str
    text: str
    dct: date | None
    timexes: list[Annotation] = field(default_factory=list)


def read(path: Path) -> AnnotatedDoc:
    """One TimeML or TIMEX2 file: the plain text of <TEXT>, its creation date and its TIMEX spans."""
    raw = path.read_text(encoding="utf-8")
    body = _TEXT.search(raw)
    if body is None:
        raise InputError("no <TEXT> element: not a TimeML file", source=str(path))
    text, timexes = _strip(body.group(1))
    return AnnotatedDoc(path.name, text, _dct(raw), timexes)


def _dct(raw: str) -> date | None:
    tag = _DCT3.search(raw)
    if tag:
        value = dict(_ATTRIBUTE.findall(tag.group())).get("value", "")
    else:
        found = _DCT2.search(raw)
        value = found.group(1) if found else ""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _strip(markup: str) -> tuple[str, list[Annotation]]:
    """Remove the tags, keeping the character offsets of every (possibly nested) TIMEX."""
    parts: list[str] = []
    length = 0
    open_tags: list[tuple[int, dict[str, str]]] = []
    timexes: list[Annotation] = []
    position = 0
    for tag in _TAG.finditer(markup):
        chunk = html.unescape(markup[position : tag.start()])
        parts.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name = tag.group(1), tag.group(2)
        if not name.upper().startswith("TIMEX"):
            continue
        if not closing:
            open_tags.append((length, dict(_ATTRIBUTE.findall(tag.group(3)))))
        elif open_tags:
            start, attributes = open_tags.pop()
            value = attributes.get("value", attributes.get("val"))
            timexes.append(Annotation(start, length, "", attributes.get("type"), value))
    parts.append(html.unescape(markup[position:]))
    text = "".join(parts)
    for timex in timexes:
        timex.text = text[timex.start : timex.end]
    timexes.sort(key=lambda t: (t.start, t.end))
    return text, timexes
