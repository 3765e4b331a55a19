"""A readable terminal view of documents (rich): structure, actors, events and claims, English beside Arabic.

Arabic is printed in logical order; terminals with bidirectional support (GNOME Terminal/VTE, Konsole,
mlterm, iTerm2, Windows Terminal) display it right to left. Short excerpts keep each row to one line.
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from marsad.model import Document, Failure

EXCERPT = 70


def _excerpt(text: str, n: int = EXCERPT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def document_panel(doc: Document) -> Panel:
    text = doc.text
    head = Table.grid(padding=(0, 2))
    head.add_row("id", doc.id)
    if doc.source:
        head.add_row("source", doc.source)
    title = doc.title or (text[doc.title_span.start : doc.title_span.end] if doc.title_span else None)
    if title:
        head.add_row("title", _excerpt(title, 100))
    head.add_row("published", doc.date or "unknown")
    head.add_row("translated", "yes" if doc.translated else "no")
    if doc.byline:
        b = doc.byline
        fields = [f"author: {b.author}" if b.author else None, f"role: {b.role}" if b.role else None,
                 f"outlet: {b.outlet}" if b.outlet else None, f"city: {b.city}" if b.city else None]
        head.add_row("byline", "; ".join(p for p in fields if p))
    if doc.dateline:
        head.add_row("dateline", doc.dateline)
    head.add_row("counts", f"{len(doc.sentences)} sentences, {len(doc.quotes)} quotations, "
                 f"{len(doc.mentions)} actor mentions, {len(doc.events)} events, {len(doc.claims)} claims")

    sections = Table(title="Structure", title_justify="left", expand=True)
    sections.add_column("kind")
    sections.add_column("offsets", justify="right")
    sections.add_column("text")
    for s in doc.sections:
        label = s.kind + (f" ({s.heading})" if s.heading else "")
        sections.add_row(label, f"{s.span.start}-{s.span.end}", _excerpt(text[s.span.start : s.span.end]))
    parts: list[RenderableType] = [head, sections]

    if doc.sources_cited:
        src = Table(title="Cited sources", title_justify="left", expand=True)
        src.add_column("source")
        src.add_column("citing")
        src.add_column("offsets", justify="right")
        for c in doc.sources_cited:
            src.add_row(c.name, c.citing or "", f"{c.span.start}-{c.span.end}")
        parts.append(src)
    if doc.mentions:
        men = Table(title="Actors", title_justify="left", expand=True)
        men.add_column("Arabic")
        men.add_column("code")
        men.add_column("English")
        men.add_column("offsets", justify="right")
        for m in doc.mentions:
            men.add_row(text[m.span.start : m.span.end], m.code, m.name_en or "", f"{m.span.start}-{m.span.end}")
        parts.append(men)
    if doc.events:
        ev = Table(title="Events", title_justify="left", expand=True)
        for col in ("trigger", "type", "cameo", "actor -> recipient", "mode", "gloss"):
            ev.add_column(col)
        for e in doc.events:
            mode = f"{e.polarity}, {e.aux}, {e.attribution}"
            ev.add_row(text[e.trigger.start : e.trigger.end], e.type, e.cameo,
                       f"{','.join(e.actor) or '-'} -> {','.join(e.recipient) or '-'}", mode, e.gloss_en or "")
        parts.append(ev)
    if doc.warnings:
        parts.append(Text("warnings: " + "; ".join(doc.warnings), style="yellow"))
    return Panel(Group(*parts), title=f"[bold]{doc.id}[/bold]", title_align="left")


def failure_panel(f: Failure) -> Panel:
    return Panel(Text(f"[{f.code}] {f.message}"), title=f"[red]failed: {f.source}[/red]", title_align="left")


def print_items(console: Console, items: list[Document | Failure]) -> None:
    for item in items:
        console.print(failure_panel(item) if isinstance(item, Failure) else document_panel(item))


def summary_table(items: list[tuple[str, str, dict[str, int] | None, str | None]]) -> Table:
    """One row per document: id, title excerpt, counts (or the failure)."""
    table = Table(title="marsad extract: summary", title_justify="left")
    table.add_column("document", no_wrap=True, max_width=24, overflow="ellipsis")
    table.add_column("title", no_wrap=True, max_width=50, overflow="ellipsis")
    for col in ("sections", "sentences", "quotes", "sources", "actors", "events", "claims"):
        table.add_column(col, justify="right", no_wrap=True)
    for doc_id, title, counts, error in items:
        if counts is None:
            table.add_row(doc_id, Text(f"FAILED: {error}", style="red"), *[""] * 7)
        else:
            table.add_row(doc_id, _excerpt(title, 50), *(str(counts[k]) for k in
                          ("sections", "sentences", "quotes", "sources", "actors", "events", "claims")))
    return table


def events_table(rows: list[dict]) -> Table:
    """Stored events (``marsad events``): one row each, with the sentence excerpt in Arabic."""
    table = Table("id", "day", "type", "cameo", "actor", "recipient", "mode", "attr.", "gloss", "sentence",
                  show_lines=False)
    for e in rows:
        mode = "negated" if e["polarity"] == "negated" else ""
        if e["aux"] != "actual":
            mode = f"{mode} {e['aux']}".strip()
        table.add_row(str(e["id"]), e.get("day") or "", e["type"], e["cameo"], ",".join(e["actor"]) or "-",
                      ",".join(e["recipient"]) or "-", mode, e["attribution"], _excerpt(e.get("gloss_en") or "", 60),
                      _excerpt(e["sentence_text"], 70))
    return table
