"""The one place where the stages are assembled.

A stage is a plain function `(doc, settings) -> None` that reads some fields of the
`Document` and writes others; it declares both, so the order can be checked. Later
stages plug in here without touching readers or the CLI.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from lagebild.config import Settings
from lagebild.model import Article, Document, content_id

StageFunc = Callable[[Document, Settings], None]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    func: StageFunc
    reads: tuple[str, ...]
    writes: tuple[str, ...]


def text_stages() -> list[Stage]:
    """Clean-up, language, sentences and tokens: what every later stage reads."""
    from lagebild.text.stage import dedup_stage, language_stage, normalize_stage, segment_stage

    return [
        Stage("normalize", normalize_stage, ("article",), ("text",)),
        Stage("language", language_stage, ("text",), ("language",)),
        Stage("segment", segment_stage, ("text",), ("paragraphs", "sentences", "tokens")),
        Stage("dedup", dedup_stage, ("sentences",), ("sentences",)),
    ]


def default_stages() -> list[Stage]:
    """The analysis stages in order. Imported lazily so `--help` stays fast."""
    from lagebild.events.stage import events_stage
    from lagebild.names.stage import names_stage, reported_self_stage
    from lagebild.nlp.enrich import enrich_stage
    from lagebild.nlp.stage import ner_stage
    from lagebild.nlp.syntax import syntax_stage
    from lagebild.quotes.stage import quotes_stage
    from lagebild.time.stage import time_stage

    return [
        *text_stages(),
        Stage("ner", ner_stage, ("tokens", "sentences"), ("mentions", "spacy_doc")),
        Stage("syntax", syntax_stage, ("tokens", "sentences"), ("spacy_doc",)),
        Stage("enrich", enrich_stage, ("mentions", "tokens", "sentences"), ("mentions",)),
        Stage("names", names_stage, ("mentions",), ("entities", "mentions")),
        Stage("time", time_stage, ("text", "sentences"), ("timexes",)),
        Stage("quotes", quotes_stage, ("sentences", "tokens", "entities", "timexes"), ("quotes", "entities")),
        Stage("reported-self", reported_self_stage, ("quotes", "entities", "mentions"), ("mentions", "entities")),
        Stage(
            "events",
            events_stage,
            ("sentences", "tokens", "mentions", "entities", "timexes", "quotes"),
            ("events",),
        ),
    ]


def check_order(stages: list[Stage]) -> None:
    """Fail early when a stage reads a field that no earlier stage writes."""
    available = {"article"}
    for stage in stages:
        missing = [field for field in stage.reads if field not in available]
        if missing:
            raise ValueError(f"stage {stage.name!r} reads {missing} before any stage writes it")
        available.update(stage.writes)


class Pipeline:
    """Runs the stages over an article. The spaCy parse is dropped at the end (it is large and not
    serialisable) unless `keep_parse` is set, for callers that run a stage again on the document."""

    def __init__(self, settings: Settings | None = None, stages: list[Stage] | None = None,
                 keep_parse: bool = False) -> None:
        self.settings = settings or Settings()
        self.stages = stages if stages is not None else default_stages()
        self.keep_parse = keep_parse
        check_order(self.stages)

    def __call__(self, article: Article) -> Document:
        if self.settings.published is not None:
            article.published = self.settings.published
        doc = Document(article=article, text=article.text)
        for stage in self.stages:
            stage.func(doc, self.settings)
        doc.id = article.id or content_id(doc.text, article.url)
        if not self.keep_parse:
            doc.spacy_doc = None
        return doc

    def pipe(self, articles: Iterable[Article]) -> Iterator[Document]:
        for article in articles:
            yield self(article)
