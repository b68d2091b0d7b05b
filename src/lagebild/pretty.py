"""A readable terminal view of an analysed document (`--format pretty`)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from lagebild.model import Document


def _sentences(doc: Document) -> Table:
    table = Table(title="Sentences", show_lines=False, expand=True)
    table.add_column("#", justify="right", width=3)
    table.add_column("kind", width=8)
    table.add_column("text")
    for index, sentence in enumerate(doc.sentences):
        kind = sentence.kind if sentence.duplicate_of is None else f"dup of {sentence.duplicate_of}"
        style = "bold" if sentence.kind == "heading" else ("dim" if sentence.duplicate_of is not None else "")
        table.add_row(str(index), kind, escape(doc.text[sentence.start : sentence.end]), style=style)
    return table


def _entities(doc: Document) -> Table:
    table = Table(title="Entities", expand=True)
    for column in ("name", "type", "country", "roles", "variants", "mentions"):
        table.add_column(column)
    for entity in doc.entities:
        table.add_row(
            escape(entity.name),
            entity.type,
            entity.country or "",
            escape(", ".join(entity.roles)),
            escape(", ".join(entity.variants)),
            str(len(entity.mentions)),
        )
    return table


def _names(doc: Document) -> dict[str, str]:
    return {entity.id: entity.name for entity in doc.entities}


def _events(doc: Document) -> Table:
    names = _names(doc)
    table = Table(title="Events", expand=True)
    for column in ("actors", "type", "targets", "status", "sources", "time", "trigger"):
        table.add_column(column)
    for event in doc.events:
        table.add_row(
            escape(" & ".join(names.get(a, a) for a in event.actors)),
            event.type + (f" ({event.mode})" if event.mode else ""),
            escape(" & ".join(names.get(t, t) for t in event.targets)),
            event.status,
            escape(" & ".join(names.get(s, s) for s in event.sources)),
            ("~" if event.time_basis == "publication" else "") + (event.time or ""),
            escape(event.trigger),
        )
    return table


def _quotes(doc: Document) -> Table:
    names = _names(doc)
    table = Table(title="Quotes", expand=True)
    for column in ("speakers", "kind", "text", "via"):
        table.add_column(column)
    for quote in doc.quotes:
        table.add_row(
            escape(" & ".join(names.get(s, s) for s in quote.speakers) or "?"),
            quote.kind,
            escape(quote.text),
            escape(names.get(quote.channel, quote.channel) if quote.channel else ""),
        )
    return table


def _timexes(doc: Document) -> Table:
    table = Table(title="Time expressions", expand=True)
    for column in ("text", "type", "value"):
        table.add_column(column)
    for timex in doc.timexes:
        table.add_row(escape(timex.text), timex.type, timex.value or "")
    return table


def render(doc: Document, console: Console) -> None:
    article = doc.article
    header = (
        f"[bold]{escape(article.title or article.source or doc.id)}[/bold]\n"
        f"id {doc.id} · published {article.published or 'unknown'} · language {doc.language}"
    )
    parts = [_sentences(doc), _entities(doc), _timexes(doc), _events(doc), _quotes(doc)]
    console.print(Panel(Group(header, *parts), expand=True))
