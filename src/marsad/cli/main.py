"""The ``marsad`` command line: a thin layer over the library. Only this package prints and exits."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import IO

import click

from marsad import __version__
from marsad.errors import MarsadError
from marsad.model import Document, Failure
from marsad.output.serialize import item_to_dict, item_to_json
from marsad.pipeline import load_pipeline
from marsad.read.readers import DEFAULT_MAX_BYTES, ReadOptions, read_inputs

PROGRESS_AFTER = 3  # show a progress bar once more than this many documents have been processed


def examples_dir() -> Path:
    """The example articles shipped inside the package."""
    return Path(str(resources.files("marsad") / "examples"))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr; no progress bar.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """marsad (مرصد): Arabic news in, evidence-linked political event data out.

    Reads Arabic articles and writes, per document, its structure (sections, byline, quotations,
    cited sources), sentences, actor mentions, events and claims, each with exact character offsets
    into the text as read.
    """
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="marsad: %(levelname)s: %(message)s", stream=sys.stderr)
    ctx.obj = {"quiet": quiet}


def _progress_iter(items: Iterator[Document | Failure], enabled: bool) -> Iterator[Document | Failure]:
    """Pass items through; once more than a few have gone by, show a live count and rate on stderr."""
    if not enabled:
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress: Progress | None = None
    task = None
    count = failed = 0
    try:
        for item in items:
            count += 1
            failed += isinstance(item, Failure)
            if progress is None and count > PROGRESS_AFTER:
                progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                    console=Console(stderr=True), transient=True)
                progress.start()
                task = progress.add_task("")
            if progress is not None and task is not None:
                progress.update(task, description=f"{count:,} documents ({failed:,} failed)")
            yield item
    finally:
        if progress is not None:
            progress.stop()


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True, path_type=str))
@click.option("-f", "--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl",
              show_default=True, help="jsonl: one JSON object per document; json: one array; table: for reading.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, allow_dash=True), default="-",
              help="Write here instead of stdout (parent folders are created).")
@click.option("--examples", is_flag=True, help="Also read the example articles shipped with marsad.")
@click.option("--summary", is_flag=True, help="Print a one-line-per-document summary table at the end.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse documents larger than this (UTF-8 bytes).")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, path_type=str),
              help="Extra actor lexicon file or folder (TSV entries/roles, people JSON); repeatable. "
                   "Its entries extend the shipped lexicon and override entries with the same pattern.")
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], fmt: str, output: str, examples: bool, summary: bool,
            max_bytes: int, lexicons: tuple[str, ...]) -> None:
    """Read PATHS and write one annotated document per input document.

    PATHS are .txt, .jsonl (one {"text": ..., "id": ..., "date": ...} object per line), .json (an
    array of such objects; "content" and "date_extracted" are accepted), .html, .zip files,
    directories (read recursively), or - for stdin. A document that cannot be read or processed is
    written as {"id", "source", "error": {"code", "message"}}, reported on stderr, and the rest go
    on; the exit status is then 1.

    \b
    Examples:
      marsad extract article.txt --format table
      marsad extract corpus/ -o out.jsonl
      marsad extract --examples --summary -o out/examples.jsonl
    """
    inputs: list[str] = list(paths)
    if examples:
        inputs.append(str(examples_dir()))
    if not inputs:
        raise click.UsageError("give at least one PATH (or - for stdin, or --examples)")
    quiet = ctx.obj["quiet"]
    try:
        pipeline = load_pipeline(on_error="record", lexicon_paths=lexicons)
    except MarsadError as exc:
        raise click.ClickException(str(exc)) from exc
    items = pipeline.run(read_inputs(inputs, ReadOptions(max_bytes=max_bytes)))
    show_progress = not quiet and sys.stderr.isatty()
    failures = 0
    rows: list[tuple[str, str, dict[str, int] | None, str | None]] = []
    out_path = None if output == "-" else Path(output)
    if out_path is not None:
        out_path.parent.mkdir(parents=True, exist_ok=True)
    fh: IO[str] = out_path.open("w", encoding="utf-8") if out_path else sys.stdout
    try:
        collected: list[Document | Failure] = []
        first = True
        if fmt == "json":
            fh.write("[")
        for item in _progress_iter(items, show_progress):
            if isinstance(item, Failure):
                failures += 1
                if not quiet:
                    click.echo(f"marsad: {item.source}: [{item.code}] {item.message}", err=True)
                rows.append((item.id, "", None, f"[{item.code}] {item.message}"))
            else:
                rows.append((item.id, item.title or (item.text[item.title_span.start:item.title_span.end]
                                                     if item.title_span else ""), _counts(item), None))
            if fmt == "jsonl":
                fh.write(item_to_json(item) + "\n")
            elif fmt == "json":
                fh.write(("" if first else ",\n") + json.dumps(item_to_dict(item), ensure_ascii=False, indent=1))
                first = False
            else:
                collected.append(item)
        if fmt == "json":
            fh.write("]\n")
        if fmt == "table":
            from rich.console import Console

            from marsad.output.table import print_items

            print_items(Console(file=fh, soft_wrap=False, width=None if fh is sys.stdout else 160), collected)
    finally:
        if fh is not sys.stdout:
            fh.close()
    if summary:
        from rich.console import Console

        from marsad.output.table import summary_table

        console = Console(stderr=out_path is None, width=None if sys.stdout.isatty() else 150)
        console.print(summary_table(rows))
        if out_path is not None:
            console.print(f"wrote {len(rows)} documents ({failures} failed) to {out_path}")
    if failures:
        ctx.exit(1)


def _counts(doc: Document) -> dict[str, int]:
    return {"sections": len(doc.sections), "sentences": len(doc.sentences), "quotes": len(doc.quotes),
            "sources": len(doc.sources_cited), "actors": len(doc.mentions), "events": len(doc.events),
            "claims": len(doc.claims)}


@cli.command()
@click.argument("path", type=click.Path(exists=True, path_type=str))
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N documents.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--stages", default=None, metavar="NAMES",
              help="Only these stages, comma-separated (e.g. normalize,actors to time actor recognition alone).")
@click.pass_context
def bench(ctx: click.Context, path: str, limit: int | None, fmt: str, stages: str | None) -> None:
    """Measure end-to-end extract speed and peak memory on PATH.

    Reads PATH (a file, directory or .zip, as extract does), runs the whole pipeline and serializes
    every document to JSON (discarded), then runs a bare re.findall(r"\\w+") pass over the same texts
    as a baseline. Reports documents/s, words/s per core (CPU time of this single process), peak
    memory (max RSS) and the time share of each stage.
    """
    from marsad.bench import run_bench

    try:
        chosen = tuple(s.strip() for s in stages.split(",") if s.strip()) if stages else None
        result = run_bench(path, limit=limit, progress=not ctx.obj["quiet"] and sys.stderr.isatty(), stages=chosen)
    except MarsadError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False))
    else:
        click.echo(result["report"])


@cli.command("eval")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, dir_okay=False, path_type=str),
              help="A gold file: a whole-document gold.json, or a gold .jsonl from shared/eval.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write marsad's output on the gold texts here (JSONL).")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, path_type=str),
              help="Extra lexicon files, as for extract.")
@click.pass_context
def eval_command(ctx: click.Context, gold: str, output: str | None, lexicons: tuple[str, ...]) -> None:
    """Score marsad against a gold file (format detected from its content).

    Runs the pipeline on the gold's texts (each sentence as its own document, dated with the record's
    date) and prints a short report and, last, one line of JSON with the figures, the same figures as
    shared/tools/score.py gives for the same output.

    \b
    Examples:
      marsad eval --gold ../shared/eval/diplomacy/dev.jsonl
      marsad eval --gold ../shared/examples/kyrgyzstan-commentary/gold.json
    """
    from marsad.evaluate import evaluate

    try:
        pipeline = load_pipeline(on_error="record", lexicon_paths=lexicons)
        kind, figures, lines, outputs = evaluate(gold, pipeline)
    except MarsadError as exc:
        raise click.ClickException(str(exc)) from exc
    if output:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        with open(output, "w", encoding="utf-8") as fh:
            for item in outputs:
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    click.echo(f"{kind}: {gold}")
    for line in lines:
        click.echo(line)
    click.echo(json.dumps(figures))


@cli.group()
def lexicon() -> None:
    """Inspect and validate the lexicons (data files shipped in marsad/data)."""


@lexicon.command("check")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=str))
def lexicon_check(paths: tuple[str, ...]) -> None:
    """Validate the shipped lexicons (actors, event triggers, gazetteer) plus PATHS (your own files).

    Every row of every file is checked (header, ids, codes, kinds, types against the CAMEO table, dates
    of office, patterns that name two different actors or two event types); all problems are listed as
    file:line: problem, and the exit status is 1 if there is any.
    """
    from marsad.actors.lexicon import check_lexicon
    from marsad.errors import LexiconError
    from marsad.events.lexicon import load_event_lexicon
    from marsad.places import load_gazetteer

    try:
        lex = check_lexicon(paths)
        events = load_event_lexicon(tuple(p for p in paths if p.endswith(".tsv")))
        places = load_gazetteer()
    except LexiconError as exc:
        click.echo(f"marsad: {exc.message.splitlines()[0]}", err=True)
        for problem in exc.problems:
            click.echo(f"  {problem}", err=True)
        raise SystemExit(1) from exc
    counts = lex.counts()
    click.echo(f"actor lexicon {lex.stamp}: OK")
    click.echo(f"  {counts['entries']:,} surface forms, {counts['roles']:,} role nouns, "
               f"{counts['people']:,} people with {counts['person_names']:,} name forms")
    for f in lex.files:
        click.echo(f"  {f}")
    ec = events.counts()
    click.echo(f"event lexicon {events.stamp}: OK")
    click.echo(f"  {ec['triggers']:,} trigger forms over {ec['types_used']} PLOVER types and "
               f"{ec['cameo_codes_used']} CAMEO codes; {len(events.blockers)} not-event phrases")
    click.echo(f"gazetteer {places.version}: OK, {len(places):,} places")


def _register_store_commands() -> None:
    from marsad.cli.store import register

    register(cli)


_register_store_commands()


def main() -> None:  # console-script entry point
    cli(prog_name="marsad")


if __name__ == "__main__":
    main()
