"""The document page's Arabic text as HTML: sections labelled, actor mentions, event triggers, quotations
and claims highlighted, every piece of the text escaped.

The text is cut at every annotation boundary; each piece is wrapped in one element per annotation that
covers it (claim and quotation outside, mention and trigger inside). Nothing of the text is ever
interpreted as markup: each piece goes through ``markupsafe.escape``, and so does every attribute.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape

from marsad.actors.names import code_name

# Outer to inner: a claim may contain quotations, mentions and triggers; a trigger never contains a mention.
ORDER = {"claim": 0, "quote": 1, "mention": 2, "trigger": 3}


@dataclass(slots=True)
class Mark:
    start: int
    end: int
    kind: str  # claim | quote | mention | trigger
    attrs: dict[str, str] = field(default_factory=dict)


def _open(mark: Mark) -> str:
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in mark.attrs.items())
    focus = ' tabindex="0"' if mark.kind in ("mention", "trigger") else ""
    return f'<span class="{mark.kind}"{attrs}{focus}>'


def highlight(text: str, start: int, end: int, marks: list[Mark]) -> Markup:
    """``text[start:end]`` as HTML with ``marks`` (clipped to the range) as nested spans."""
    inside = [Mark(max(m.start, start), min(m.end, end), m.kind, m.attrs) for m in marks
              if m.start < end and m.end > start and m.end > m.start]
    cuts = sorted({start, end, *(m.start for m in inside), *(m.end for m in inside)})
    out: list[str] = []
    for a, b in pairwise(cuts):
        covering = sorted((m for m in inside if m.start <= a and b <= m.end), key=lambda m: ORDER[m.kind])
        piece = str(escape(text[a:b]))
        out.append("".join(_open(m) for m in covering) + piece + "</span>" * len(covering))
    return Markup("".join(out))


def document_marks(doc: dict[str, Any]) -> list[Mark]:
    """The marks of a stored document (as ``marsad.store.queries.get_document`` gives it)."""
    marks: list[Mark] = []
    for m in doc["mentions"]:
        marks.append(Mark(m["start"], m["end"], "mention", {
            "data-code": m["code"], "data-tip": f"{m['code']} · {m['name_en'] or code_name(m['code'])}"}))
    for e in doc["events"]:
        tip = f"{e['type']} {e['cameo']} · {e['gloss_en']}"
        marks.append(Mark(e["trigger_start"], e["trigger_end"], "trigger", {
            "data-event": str(e["id"]), "data-cameo": e["cameo"], "data-type": e["type"],
            "data-start": str(e["trigger_start"]), "data-end": str(e["trigger_end"]), "data-tip": tip}))
    for c in doc["claims"]:
        marks.append(Mark(c["start"], c["end"], "claim", {"data-tip": f"claim ({c['kind']}) · {c['gloss_en']}"}))
    for q in doc["structure"].get("quotes", []):
        if q["kind"] == "speech":
            marks.append(Mark(q["start"], q["end"], "quote"))
    return marks


def document_blocks(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The text in labelled blocks: each top-level section (quotations stay inside the section that
    holds them), and any text between sections as an unlabelled block."""
    text = doc["text"]
    sections = sorted((s for s in doc["structure"].get("sections", []) if s["kind"] != "quote"),
                      key=lambda s: (s["start"], -s["end"]))
    top: list[dict[str, Any]] = []
    for s in sections:
        if top and s["start"] < top[-1]["end"]:
            continue  # nested in the previous block
        top.append(s)
    marks = document_marks(doc)
    blocks: list[dict[str, Any]] = []

    def add(kind: str | None, heading: str | None, start: int, end: int) -> None:
        # blank lines at a block's edges would only add space: the block shows text[start:end] trimmed
        start += len(text[start:end]) - len(text[start:end].lstrip())
        end -= len(text[start:end]) - len(text[start:end].rstrip())
        if start < end:
            blocks.append({"kind": kind, "heading": heading, "html": highlight(text, start, end, marks)})

    pos = 0
    for s in top:
        if s["start"] > pos:
            add(None, None, pos, s["start"])
        add(s["kind"], s.get("heading"), s["start"], s["end"])
        pos = max(pos, s["end"])
    if pos < len(text):
        add(None, None, pos, len(text))
    return blocks
