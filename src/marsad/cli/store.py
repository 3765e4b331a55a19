"""Store commands: ingest, recode, events, dyad, network, export, report alignment. Thin wrappers over
``marsad.store`` and ``marsad.analysis``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from marsad.errors import MarsadError

if TYPE_CHECKING:  # SQLAlchemy is imported by the store commands when they run, not by every marsad command
    from sqlalchemy import Engine

    from marsad.store.queries import EventFilter

F = TypeVar("F", bound=Callable[..., Any])

DB_HELP = ("Database: a file path (SQLite) or a postgresql+psycopg:// URL. Default: $MARSAD_DB, else "
           "./marsad.db.")


def db_option(f: F) -> F:
    return click.option("--db", "db", default=None, metavar="PATH|URL", help=DB_HELP)(f)


def _engine(db: str | None, *, migrate: bool = False) -> Engine:
    from marsad.store.db import open_engine

    try:
        return open_engine(db, migrate=migrate)
    except MarsadError as exc:
        raise click.ClickException(str(exc)) from exc


def _iso_day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``--since``/``--until``: an ISO date (``2015-08-01``), or a month or year (``2015-08``, ``2015``)."""
    import re

    if value is not None and not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
        raise click.BadParameter(f"{value!r} is not YYYY-MM-DD (or YYYY-MM, YYYY)")
    return value


def filter_options(f: F) -> F:
    """The event filters shared by events, export, dyad, network and report."""
    options = [
        click.option("--actor", multiple=True, help="Actor code or MAIN (KGZ matches KGZ:MIL); repeatable."),
        click.option("--recipient", multiple=True, help="Recipient code or MAIN; repeatable."),
        click.option("--type", "types", multiple=True, help="PLOVER type (ASSAULT, AGREE ...); repeatable."),
        click.option("--quad", multiple=True, type=click.IntRange(1, 4),
                     help="Quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."),
        click.option("--polarity", type=click.Choice(["asserted", "negated"]), default=None),
        click.option("--aux", multiple=True, type=click.Choice(["actual", "future", "hypothetical", "historical"])),
        click.option("--attribution", multiple=True, type=click.Choice(["reported", "quoted", "author"]),
                     help="Reported fact, quoted speech, the author's own statement; repeatable (default: all)."),
        click.option("--since", default=None, metavar="YYYY-MM-DD", callback=_iso_day,
                     help="Events on or after this day."),
        click.option("--until", default=None, metavar="YYYY-MM-DD", callback=_iso_day,
                     help="Events on or before this day (a month or year: up to its end)."),
        click.option("--outlet", multiple=True, help="Only documents from this outlet; repeatable."),
        click.option("--text", default=None, help="Only events whose sentence contains this text."),
        click.option("--document", default=None, help="Only this document (its id or source path)."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _filter(kw: dict[str, Any]) -> EventFilter:
    """The filter options as an EventFilter (repeated or comma-separated values)."""
    from marsad.store.queries import EventFilter, split_values

    return EventFilter(
        actor=split_values(kw.pop("actor")), recipient=split_values(kw.pop("recipient")),
        types=split_values(kw.pop("types")),
        quad_class=list(kw.pop("quad")), polarity=kw.pop("polarity"), aux=list(kw.pop("aux")),
        attribution=list(kw.pop("attribution")), since=kw.pop("since"), until=kw.pop("until"),
        outlet=split_values(kw.pop("outlet")), text=kw.pop("text"), document=kw.pop("document"))


def _output(path: str) -> IO[str]:
    if path == "-":
        return sys.stdout
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return open(path, "w", encoding="utf-8", newline="")


def _ingest_progress(enabled: bool, label: str) -> tuple[Callable[[Any], None] | None, Callable[[], None]]:
    """A rich progress line updated with the run's counts, and a function to stop it."""
    if not enabled:
        return None, lambda: None
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                        console=Console(stderr=True), transient=True)
    progress.start()
    task = progress.add_task(label)

    def update(stats: Any) -> None:
        if stats.read % 10 == 0:
            progress.update(task, description=(
                f"{label}: {stats.read:,} read, {stats.added + stats.versions + stats.recoded:,} stored, "
                f"{stats.unchanged:,} unchanged, {stats.failed:,} failed, {stats.events:,} events"))

    return update, progress.stop


def register(cli: click.Group) -> None:
    """Add the store commands to the ``marsad`` group."""
    cli.add_command(ingest)
    cli.add_command(recode)
    cli.add_command(events)
    cli.add_command(dyad)
    cli.add_command(network_command)
    cli.add_command(export)
    cli.add_command(report)
    from marsad.cli.serve import serve

    cli.add_command(serve)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True, path_type=str))
@db_option
@click.option("--examples", is_flag=True, help="Also read the example articles shipped with marsad.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None, help="Refuse documents larger than this.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, path_type=str),
              help="Extra lexicon file or folder, as for extract; repeatable.")
@click.option("--batch-size", type=click.IntRange(min=1), default=200, show_default=True,
              help="Documents per transaction: a killed run loses at most one batch, which a rerun redoes.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str | None, examples: bool, max_bytes: int | None,
           lexicons: tuple[str, ...], batch_size: int) -> None:
    """Read PATHS, code them and store documents, mentions, events and claims in the database.

    Inputs are read as by extract. A document already stored (same text and metadata, by content
    hash) is skipped before coding, so ingesting the same files again adds nothing; a changed text
    under the same id or path is stored as a new version. Writes are committed in batches: a run
    killed at any point leaves a consistent database, and running the same command again completes
    it. Bad inputs are recorded as failures, reported on stderr, and the run goes on (exit status 1).

    \b
    Examples:
      marsad ingest corpus/ --db marsad.db
      marsad ingest --examples
      marsad ingest news.jsonl --db postgresql+psycopg://user@localhost/marsad
    """
    from marsad.cli.main import examples_dir
    from marsad.pipeline import load_pipeline
    from marsad.read.readers import DEFAULT_MAX_BYTES, ReadOptions, read_inputs
    from marsad.store.ingest import ingest as run_ingest

    inputs = list(paths) + ([str(examples_dir())] if examples else [])
    if not inputs:
        raise click.UsageError("give at least one PATH (or - for stdin, or --examples)")
    engine = _engine(db, migrate=True)
    quiet = ctx.obj["quiet"]
    try:
        pipeline = load_pipeline(on_error="record", lexicon_paths=lexicons)
    except MarsadError as exc:
        raise click.ClickException(str(exc)) from exc
    update, stop = _ingest_progress(not quiet and sys.stderr.isatty(), "ingest")
    try:
        stats = run_ingest(engine, read_inputs(inputs, ReadOptions(max_bytes=max_bytes or DEFAULT_MAX_BYTES)),
                           pipeline, inputs=inputs, batch_size=batch_size, progress=update)
    except MarsadError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        stop()
    for f in stats.failures:
        if not quiet:
            click.echo(f"marsad: {f.source}: [{f.code}] {f.message}", err=True)
    if not quiet:
        click.echo(f"ingested into {engine.url.render_as_string(hide_password=True)}: {stats.read:,} read, "
                   f"{stats.added:,} new, {stats.versions:,} new versions, {stats.unchanged:,} unchanged, "
                   f"{stats.failed:,} failed; {stats.events:,} events ({stats.clusters_new:,} new merged events), "
                   f"{stats.mentions:,} actor mentions, {stats.claims:,} claims", err=True)
    if stats.failed:
        ctx.exit(1)


@click.command()
@db_option
@click.option("--force", is_flag=True, help="Recode every document, not only those coded by another version.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, path_type=str),
              help="Extra lexicon file or folder; repeatable.")
@click.pass_context
def recode(ctx: click.Context, db: str | None, force: bool, lexicons: tuple[str, ...]) -> None:
    """Code the stored documents again after a lexicon or marsad change.

    Documents whose current coding was made by a different marsad or lexicon version (or all, with
    --force) get a new coding; the old one stays in the database as history, no longer current.
    """
    from marsad.pipeline import load_pipeline
    from marsad.store.ingest import recode as run_recode

    engine = _engine(db, migrate=True)
    try:
        pipeline = load_pipeline(on_error="record", lexicon_paths=lexicons)
        update, stop = _ingest_progress(not ctx.obj["quiet"] and sys.stderr.isatty(), "recode")
        try:
            stats = run_recode(engine, pipeline, force=force, progress=update)
        finally:
            stop()
    except MarsadError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"recoded {stats.recoded:,} documents ({stats.failed:,} failed); {stats.events:,} events")
    if stats.failed:
        ctx.exit(1)


@click.command()
@db_option
@filter_options
@click.option("--limit", type=click.IntRange(min=0), default=None,
              help="At most this many events (default: 50 for table, all for csv/jsonl).")
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table",
              show_default=True)
@click.option("-o", "--output", default="-", help="Write here instead of stdout.")
@click.option("--merged", is_flag=True,
              help="One row per merged event (repeated reports together), with its report and document counts.")
def events(db: str | None, limit: int | None, offset: int, fmt: str, output: str, merged: bool, **kw: Any) -> None:
    """List stored events (current coding), oldest first, with filters.

    \b
    Examples:
      marsad events --actor KGZ --recipient RUS
      marsad events --type ASSAULT --since 2015-08-01 --until 2015-08-31 -f csv -o assaults.csv
      marsad events --attribution reported --polarity negated --text الحدود
      marsad events --merged --type ASSAULT
    """
    from marsad.store.export import write_csv, write_jsonl
    from marsad.store.queries import count_events, iter_events

    f = _filter(kw)
    engine = _engine(db)
    if merged:
        from marsad.analysis.merge import merged_events

        clusters = merged_events(iter_events(engine, f))
        clusters.sort(key=lambda c: (-c["reports"], c["first_day"] or "9999"))
        clusters = clusters[offset:][: limit if limit is not None else (50 if fmt == "table" else None)]
        if fmt == "jsonl":
            with _output(output) as fh:
                for c in clusters:
                    fh.write(json.dumps(c, ensure_ascii=False) + "\n")
            return
        for c in clusters:
            c["actor"], c["recipient"] = ",".join(c["actor"]), ",".join(c["recipient"])
            c["outlets"], c["event_ids"] = ";".join(c["outlets"]), ";".join(map(str, c["event_ids"]))
        _print_rows(clusters, "csv" if fmt == "csv" else "table",
                    ["cluster_id", "first_day", "last_day", "type", "cameo", "actor", "recipient", "polarity",
                     "reports", "documents", "outlets", "gloss_en"])
        return
    if fmt == "table" and limit is None:
        limit = 50
    rows = iter_events(engine, f, limit=limit, offset=offset)
    if fmt == "table":
        from rich.console import Console

        from marsad.output.table import events_table

        total = count_events(engine, f)
        console = Console(width=None if sys.stdout.isatty() else 200)
        console.print(events_table(list(rows)))
        shown = min(total - offset, limit or total)
        console.print(f"{max(shown, 0):,} of {total:,} events" + (" (use --limit or -f csv for more)"
                                                                  if shown < total else ""))
        return
    with _output(output) as fh:
        (write_csv if fmt == "csv" else write_jsonl)(rows, fh)


@click.command()
@click.argument("actor_a")
@click.argument("actor_b")
@db_option
@filter_options
@click.option("--by", type=click.Choice(["month", "week"]), default="month", show_default=True)
@click.option("--one-way", is_flag=True, help="Only events from ACTOR_A to ACTOR_B.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
def dyad(actor_a: str, actor_b: str, db: str | None, by: str, one_way: bool, fmt: str, **kw: Any) -> None:
    """The dyad ACTOR_A - ACTOR_B over time: merged events per quad class and mean Goldstein score.

    \b
    Example:
      marsad dyad SAU YEM --by month
    """
    from marsad.analysis.dyads import dyad_series
    from marsad.store.queries import iter_events

    engine = _engine(db)
    rows = dyad_series(iter_events(engine, _filter(kw)), actor_a, actor_b, by=by, both_directions=not one_way)
    _print_rows(rows, fmt, ["period", "direction", "events", "quad1", "quad2", "quad3", "quad4", "mean_score",
                            "mentions"])


@click.command("network")
@click.argument("focal", metavar="ACTOR")
@db_option
@filter_options
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@click.option("--top", type=click.IntRange(min=1), default=30, show_default=True)
def network_command(focal: str, db: str | None, fmt: str, top: int, **kw: Any) -> None:
    """ACTOR's counterparts: who it acts on and who acts on it, with cooperation and conflict counts."""
    from marsad.analysis.dyads import network
    from marsad.store.queries import iter_events

    engine = _engine(db)
    rows = network(iter_events(engine, _filter(kw)), focal)[:top]
    _print_rows(rows, fmt, ["code", "name", "events", "out", "in", "joint", "cooperation", "withheld", "conflict",
                            "mean_score"])


def _print_rows(rows: list[dict[str, Any]], fmt: str, columns: list[str]) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns)
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        Console(width=None if sys.stdout.isatty() else 200).print(table)
        if not rows:
            click.echo("no events match", err=True)


@click.command()
@db_option
@filter_options
@click.option("-f", "--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), required=True)
@click.option("-o", "--output", required=True, help="The file to write (- for stdout with csv or jsonl).")
def export(db: str | None, fmt: str, output: str, **kw: Any) -> None:
    """Export stored events: CSV (GDELT-like columns), JSONL (every field) or Parquet.

    \b
    Examples:
      marsad export -f csv -o events.csv --since 2015-01-01
      marsad export -f parquet -o events.parquet --actor SAU
    """
    from marsad.store.export import write_csv, write_jsonl, write_parquet
    from marsad.store.queries import iter_events

    rows = iter_events(_engine(db), _filter(kw))
    if fmt == "parquet":
        if output == "-":
            raise click.UsageError("parquet needs a file: -o events.parquet")
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        n = write_parquet(rows, Path(output))
    else:
        with _output(output) as fh:
            n = (write_csv if fmt == "csv" else write_jsonl)(rows, fh)
    click.echo(f"wrote {n:,} events to {output}", err=True)


@click.group()
def report() -> None:
    """Reports over the stored events."""


@report.command("alignment")
@click.argument("focal", metavar="ACTOR")
@click.argument("counterparts", nargs=-1)
@click.option("--with", "with_flag", is_flag=True,
              help="Introduces the counterparts: report alignment KGZ --with RUS USA CHN (the word is optional).")
@db_option
@filter_options
@click.option("--by", type=click.Choice(["month", "week"]), default=None, help="Also count per period.")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--chart", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="Also draw the report as a PNG chart here.")
@click.option("--evidence", type=click.IntRange(min=0), default=5, show_default=True,
              help="Evidence sentences shown per counterpart in the text report (json has all).")
def alignment(focal: str, counterparts: tuple[str, ...], with_flag: bool, db: str | None, by: str | None, fmt: str,
              chart: str | None, evidence: int, **kw: Any) -> None:
    """Is ACTOR moving toward or away from each counterpart? Cooperation, withheld cooperation and
    conflict in both directions, the balance, its change over time, and the sentences behind each figure.

    Withheld or negated cooperation (a cancelled exercise, a skipped summit) counts toward distancing.
    Each merged event counts once. --attribution limits the evidence to reported facts, quoted speech or
    the author's own statements.

    \b
    Example:
      marsad report alignment KGZ --with RUS USA CHN UZB TJK CSTO
    """
    from marsad.analysis.alignment import alignment_report
    from marsad.store.queries import iter_events

    del with_flag  # only there so that the command reads as the question
    from marsad.store.queries import split_values

    others = [c.upper() for c in split_values(counterparts) if c.upper() != focal.upper()]
    if not others:
        raise click.UsageError("name at least one counterpart: report alignment KGZ --with RUS USA")
    engine = _engine(db)
    result = alignment_report(iter_events(engine, _filter(kw)), focal, others, by=by)
    if chart:
        from marsad.analysis.charts import alignment_chart

        alignment_chart(result, chart)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        click.echo(alignment_text(result, evidence))
    if chart:
        click.echo(f"chart written to {chart}", err=True)


def alignment_text(result: dict[str, Any], evidence: int) -> str:
    lines = [result["answer"], ""]
    for row in result["counterparts"]:
        tot = row["total"]
        change = f", change {row['change']:+d} from first to last period" if row["change"] is not None else ""
        lines.append(f"{row['name']} ({row['code']}): {row['verdict']}; balance {tot['balance']:+d} = "
                     f"{tot['cooperation']} cooperation - {tot['withheld']} withheld - {tot['conflict']} conflict"
                     f"{change}")
        if result["by"]:
            for p in row["periods"]:
                lines.append(f"    {p['period']}: {p['cooperation']} coop, {p['withheld']} withheld, "
                             f"{p['conflict']} conflict, balance {p['balance']:+d}")
        for ev in row["evidence"][:evidence]:
            mark = "" if ev["counted"] else " (not counted)"
            lines.append(f"  - [{ev['kind']}{mark}] event {ev['event_id']} {ev['type']} {ev['cameo']} "
                         f"{ev['direction']} {ev['polarity']} {ev['attribution']} {ev['day'] or 'undated'}: "
                         f"{ev['gloss_en']}")
            lines.append(f"    {ev['sentence']}")
        if len(row["evidence"]) > evidence:
            lines.append(f"  ... {len(row['evidence']) - evidence} more (--evidence N, or -f json)")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


