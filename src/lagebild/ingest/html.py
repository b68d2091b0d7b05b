"""HTML pages and fragments to text.

Whole pages go through trafilatura, which finds the main text, title, date and
url; fragments (feed entries) only need their block structure kept as lines.
"""

from __future__ import annotations

from lagebild.errors import FormatError
from lagebild.ingest.dates import parse_date
from lagebild.model import Article

MIN_TEXT_CHARS = 20  # less than this is navigation debris, not an article
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article")


def html_to_article(html: str, source: str | None = None) -> Article:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as exc:  # trafilatura raises assorted lxml/parser errors on broken pages
        raise FormatError(f"cannot parse the HTML ({type(exc).__name__}: {exc})", source=source) from None
    text = result.text if result is not None else None
    if not text or len(text.strip()) < MIN_TEXT_CHARS:
        raise FormatError("no article text found in the HTML page", source=source)
    try:
        published = parse_date(result.date)
    except ValueError:
        published = None
    return Article(
        text=text,
        title=result.title,
        url=result.url,
        published=published,
        language=result.language,
        source=source,
    )


def html_fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment with one line per block element."""
    if "<" not in fragment:
        return fragment
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except (ParserError, ValueError):
        return fragment
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return root.text_content()
