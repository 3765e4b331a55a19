"""Exports of stored events: CSV with GDELT-like columns, JSONL with every field, and Parquet.

All three stream from the database (``iter_events``), so the size of an export is not bounded by memory;
Parquet is written in row groups of ``PARQUET_ROWS``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from marsad.actors.names import code_name

COLUMNS = [
    "event_id", "cluster_id", "document", "document_date", "event_date", "event_date_end",
    "actor_codes", "actor_names", "recipient_codes", "recipient_names", "cameo", "plover_type", "plover_mode",
    "plover_context", "quad_class", "goldstein", "polarity", "aux", "attribution", "confidence", "outlet", "url",
    "trigger", "trigger_start", "trigger_end", "sentence", "sentence_start", "sentence_end", "gloss_en",
]
PARQUET_ROWS = 50_000


def flat_row(e: dict[str, Any]) -> dict[str, Any]:
    """One event as the export's flat columns (codes and names joined with ``;``)."""
    return {
        "event_id": e["id"], "cluster_id": e.get("cluster_id"), "document": e.get("document"),
        "document_date": e.get("published"), "event_date": e.get("date"), "event_date_end": e.get("date_end"),
        "actor_codes": ";".join(e["actor"]), "actor_names": ";".join(code_name(c) for c in e["actor"]),
        "recipient_codes": ";".join(e["recipient"]),
        "recipient_names": ";".join(code_name(c) for c in e["recipient"]),
        "cameo": e["cameo"], "plover_type": e["type"], "plover_mode": e.get("mode"),
        "plover_context": ";".join(e.get("context") or []), "quad_class": e.get("quad_class"),
        "goldstein": e.get("score"), "polarity": e["polarity"], "aux": e["aux"], "attribution": e["attribution"],
        "confidence": e.get("confidence"), "outlet": e.get("outlet"), "url": e.get("url"),
        "trigger": e["trigger_text"], "trigger_start": e["trigger_start"], "trigger_end": e["trigger_end"],
        "sentence": e["sentence_text"], "sentence_start": e["sentence_start"], "sentence_end": e["sentence_end"],
        "gloss_en": e.get("gloss_en") or "",
    }


def write_csv(events: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    writer = csv.DictWriter(fh, fieldnames=COLUMNS)
    writer.writeheader()
    n = 0
    for e in events:
        writer.writerow(flat_row(e))
        n += 1
    return n


def write_jsonl(events: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    n = 0
    for e in events:
        fh.write(json.dumps(e, ensure_ascii=False) + "\n")
        n += 1
    return n


def _chunks(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def write_parquet(events: Iterable[dict[str, Any]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([
        ("event_id", pa.int64()), ("cluster_id", pa.int64()), ("document", pa.string()),
        ("document_date", pa.string()), ("event_date", pa.string()), ("event_date_end", pa.string()),
        ("actor_codes", pa.string()), ("actor_names", pa.string()), ("recipient_codes", pa.string()),
        ("recipient_names", pa.string()), ("cameo", pa.string()), ("plover_type", pa.string()),
        ("plover_mode", pa.string()), ("plover_context", pa.string()), ("quad_class", pa.int8()),
        ("goldstein", pa.float64()), ("polarity", pa.string()), ("aux", pa.string()), ("attribution", pa.string()),
        ("confidence", pa.float64()), ("outlet", pa.string()), ("url", pa.string()), ("trigger", pa.string()),
        ("trigger_start", pa.int64()), ("trigger_end", pa.int64()), ("sentence", pa.string()),
        ("sentence_start", pa.int64()), ("sentence_end", pa.int64()), ("gloss_en", pa.string()),
    ])
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for chunk in _chunks((flat_row(e) for e in events), PARQUET_ROWS):
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            n += len(chunk)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n
