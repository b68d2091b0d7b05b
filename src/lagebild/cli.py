"""The `lagebild` command line. Heavy modules are imported inside commands so `--help` is fast."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional, TextIO

import typer

from lagebild import __version__
from lagebild.errors import LagebildError, UsageError
from lagebild.options import parse_day

app = typer.Typer(
    name="lagebild",
    help="German-first news intelligence: entities, names, time, events and quotes from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_INPUT_ERRORS = 1


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    pretty = "pretty"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"lagebild {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = None,
) -> None:
    """lagebild: who did what to whom, who said what, and on whose word."""


def report(error: Exception) -> None:
    """One line on stderr, never a traceback."""
    message = str(error) if isinstance(error, LagebildError) else f"[E999] internal error: {type(error).__name__}: {error}"
    typer.echo(f"lagebild: {message}", err=True)


@contextmanager
def open_output(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    try:
        with path.open("w", encoding="utf-8") as handle:
            yield handle
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None


class _Progress:
    """A counter on stderr once more than a few articles pass, and only on a terminal."""

    SHOW_AFTER = 3

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.count = 0
        self._progress = None
        self._task = None

    def advance(self) -> None:
        self.count += 1
        if not self.enabled or self.count < self.SHOW_AFTER:
            return
        if self._progress is None:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(), TextColumn("{task.completed} articles"), TimeElapsedColumn(),
                console=Console(stderr=True), transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("analyse", total=None)
        self._progress.update(self._task, completed=self.count)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for standard input.")],
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for every article.")] = None,
    lang: Annotated[Optional[str], typer.Option(help="Language code (de, en); skips language identification.")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="json, jsonl or pretty.")] = OutputFormat.json,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
    input_format: Annotated[
        Optional[str], typer.Option(help="Read inputs as text, html, jsonl, feed or warc (default: by file type).")
    ] = None,
    max_bytes: Annotated[int, typer.Option(help="Largest single article or file accepted, in bytes.")] = 10_000_000,
    model: Annotated[Optional[str], typer.Option(help="A spaCy pipeline (path or package) instead of the shipped NER model.")] = None,
) -> None:
    """Analyse articles: one JSON object for one article, JSON lines for several."""
    from lagebild.config import Settings
    from lagebild.ingest import read_inputs
    from lagebild.pipeline import Pipeline

    settings = Settings(published=parse_day(published), language=lang, model=model, max_bytes=max_bytes)
    pipeline = Pipeline(settings)
    records = read_inputs(paths, input_format=input_format, max_bytes=max_bytes)
    failures = 0
    progress = _Progress(enabled=output_format is not OutputFormat.pretty)
    with open_output(output) as out:
        writer = _Writer(out, output_format)
        for record in records:
            if isinstance(record, LagebildError):
                report(record)
                failures += 1
                continue
            try:
                doc = pipeline(record)
            except Exception as exc:  # one bad article must not stop the others
                report(exc if isinstance(exc, LagebildError) else _in_article(exc, record.source))
                failures += 1
                continue
            writer.write(doc)
            progress.advance()
        writer.close()
    progress.close()
    if writer.count == 0 and not failures:
        typer.echo("lagebild: no articles found in the input", err=True)
    if failures or writer.count == 0:
        raise typer.Exit(EXIT_INPUT_ERRORS)


def _in_article(exc: Exception, source: str | None) -> LagebildError:
    return LagebildError(f"internal error while analysing ({type(exc).__name__}: {exc}); please report it", source=source)


class _Writer:
    """Writes one indented JSON object for a single article, JSON lines once a second one arrives."""

    def __init__(self, out: TextIO, output_format: OutputFormat) -> None:
        self.out = out
        self.format = output_format
        self.count = 0
        self._held = None

    def write(self, doc) -> None:  # type: ignore[no-untyped-def]
        from lagebild.output import dumps

        self.count += 1
        if self.format is OutputFormat.pretty:
            from rich.console import Console

            from lagebild.pretty import render

            render(doc, Console(file=self.out, width=120 if not self.out.isatty() else None))
        elif self.format is OutputFormat.jsonl:
            self.out.write(dumps(doc) + "\n")
        elif self.count == 1:
            self._held = doc
        else:
            if self._held is not None:
                self.out.write(dumps(self._held) + "\n")
                self._held = None
            self.out.write(dumps(doc) + "\n")

    def close(self) -> None:
        from lagebild.output import dumps

        if self._held is not None:
            self.out.write(dumps(self._held, indent=2) + "\n")
            self._held = None


# Commands of the stages are registered here; each module keeps its heavy imports inside the command.
evaluate_app = typer.Typer(help="Score a stage against gold data.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")


corpus_app = typer.Typer(help="The cross-article layer of a store.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")
names_app = typer.Typer(help="Name resolution across spellings, scripts and articles.", no_args_is_help=True)
app.add_typer(names_app, name="names")
train_app = typer.Typer(help="Train the shipped models from the open data (not part of CI).", no_args_is_help=True)
app.add_typer(train_app, name="train")
kb_app = typer.Typer(help="A local knowledge base of known entities (FollowTheMoney).", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


def _register() -> None:
    from lagebild.api.cli import serve_command
    from lagebild.corpus import cli as corpus
    from lagebild.events.cli import evaluate_events_command
    from lagebild.names.cli import cluster_command, evaluate_names_command, kb_import_command
    from lagebild.names.coref_eval import evaluate_coref_command
    from lagebild.nlp.cli import evaluate_ner_command, train_ner_command
    from lagebild.nlp.train_syntax import evaluate_syntax_command, train_syntax_command
    from lagebild.quotes.cli import evaluate_quotes_command
    from lagebild.store.cli import ingest_command
    from lagebild.time.cli import evaluate_time_command, time_command

    app.command("time")(time_command)
    app.command("ingest")(ingest_command)
    app.command("serve")(serve_command)
    app.command("batch")(corpus.batch_command)
    app.command("stats")(corpus.stats_command)
    app.command("search")(corpus.search_command)
    app.command("timeline")(corpus.timeline_command)
    app.command("network")(corpus.network_command)
    app.command("quotes")(corpus.quotes_command)
    app.command("events")(corpus.events_command)
    app.command("export")(corpus.export_command)
    corpus_app.command("build")(corpus.build_command)
    names_app.command("cluster")(cluster_command)
    kb_app.command("import")(kb_import_command)
    evaluate_app.command("names")(evaluate_names_command)
    evaluate_app.command("ner")(evaluate_ner_command)
    train_app.command("ner")(train_ner_command)
    evaluate_app.command("syntax")(evaluate_syntax_command)
    train_app.command("syntax")(train_syntax_command)
    evaluate_app.command("time")(evaluate_time_command)
    evaluate_app.command("quotes")(evaluate_quotes_command)
    evaluate_app.command("events")(evaluate_events_command)
    evaluate_app.command("coref")(evaluate_coref_command)


_register()


def main() -> None:
    """Entry point: user errors become one line on stderr and a non-zero exit.

    Click handles usage errors and exits itself; everything else that escapes a command ends here.
    """
    try:
        app()
    except LagebildError as exc:
        report(exc)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("lagebild: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # the last line of defence: never a traceback
        report(exc)
        sys.exit(3)
