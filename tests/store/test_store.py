"""The store on SQLite and PostgreSQL: ingest is idempotent, versions changed texts, records failures once,
survives kill -9, recodes with history; queries, merging, exports and the alignment report read it back."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text

from marsad.pipeline import load_pipeline
from marsad.read.readers import read_inputs
from marsad.store import schema as t
from marsad.store.db import open_engine
from marsad.store.ingest import ingest, recode
from marsad.store.queries import EventFilter, count_events, iter_events, store_counts

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "src" / "marsad" / "examples"
CASES = ROOT / "tests" / "data" / "event_cases.jsonl"
TABLES = list(t.metadata.tables)


@pytest.fixture(scope="module")
def pipeline():
    return load_pipeline(on_error="record")


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {name: conn.execute(select(func.count()).select_from(t.metadata.tables[name])).scalar_one()
                for name in TABLES}


def snapshot(engine: Engine) -> dict[str, Any]:
    """The stored data without surrogate ids, so two databases can be compared row for row."""
    with engine.connect() as conn:
        hash_of = dict(conn.execute(select(t.documents.c.id, t.documents.c.content_hash)).all())
        coding_doc = dict(conn.execute(select(t.codings.c.id, t.codings.c.document_id)).all())
        events = conn.execute(select(t.events)).all()
        cluster_name: dict[int, tuple[str, str]] = {}
        for e in sorted(events, key=lambda e: (hash_of[e.document_id], e.local_id)):
            cluster_name.setdefault(e.cluster_id, (hash_of[e.document_id], e.local_id))
        return {
            "documents": sorted(conn.execute(select(t.documents.c.key, t.documents.c.version,
                                                    t.documents.c.content_hash)).all()),
            "codings": sorted((hash_of[r.document_id], r.current) for r in conn.execute(select(t.codings))),
            "mentions": sorted((hash_of[coding_doc[r.coding_id]], r.start, r.end, r.code)
                               for r in conn.execute(select(t.mentions))),
            "events": sorted((hash_of[e.document_id], e.local_id, e.type, e.cameo, tuple(e.actor),
                              tuple(e.recipient), e.polarity, e.trigger_start, cluster_name[e.cluster_id])
                             for e in events),
            "claims": sorted((hash_of[r.document_id], r.start, r.end, r.kind) for r in conn.execute(select(t.claims))),
            "failures": sorted(conn.execute(select(t.failures.c.fingerprint)).scalars()),
            "clusters": conn.execute(select(func.count()).select_from(t.clusters)).scalar_one(),
            "event_actors": conn.execute(select(func.count()).select_from(t.event_actors)).scalar_one(),
        }


def write_corpus(path: Path, n: int) -> Path:
    """``n`` distinct short news documents made of the test sentences (our own), three per document."""
    sentences = [json.loads(line)["text"] for line in CASES.read_text(encoding="utf-8").splitlines() if line]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            body = " ".join(sentences[(3 * i + k) % len(sentences)] for k in range(3))
            # the title keeps every document distinct when the sentences wrap around with the same date
            fh.write(json.dumps({"id": f"doc-{i}", "title": f"Wire {i}", "text": body,
                                 "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "source": "test-wire"},
                                ensure_ascii=False) + "\n")
    return path


def test_ingest_stores_everything_and_a_second_ingest_adds_nothing(db_url: str, pipeline) -> None:
    engine = open_engine(db_url)
    stats = ingest(engine, read_inputs([str(EXAMPLES)]), pipeline)
    assert stats.added == 6 and stats.failed == 0 and stats.events > 0
    first = row_counts(engine)
    assert first["documents"] == 6 and first["codings"] == 6 and first["runs"] == 1
    assert first["events"] == stats.events and first["mentions"] == stats.mentions
    assert 0 < first["clusters"] <= first["events"]
    again = ingest(engine, read_inputs([str(EXAMPLES)]), pipeline)
    assert again.unchanged == 6 and again.added == 0
    assert row_counts(engine) == first  # not even a run row


def test_stored_events_keep_every_field_and_exact_offsets(db_url: str, pipeline) -> None:
    engine = open_engine(db_url)
    ingest(engine, read_inputs([str(EXAMPLES)]), pipeline)
    with engine.connect() as conn:
        texts = dict(conn.execute(select(t.documents.c.id, t.documents.c.text)).all())
    rows = list(iter_events(engine, EventFilter()))
    assert rows
    for e in rows:
        doc = texts[e["document_id"]]
        assert doc[e["trigger_start"] : e["trigger_end"]] == e["trigger_text"]
        assert doc[e["sentence_start"] : e["sentence_end"]] == e["sentence_text"]
        for span in e["actor_spans"] + e["recipient_spans"]:
            assert doc[span["start"] : span["end"]] == span["text"]
        assert e["cameo"] and e["type"] and e["gloss_en"]


def test_a_changed_text_is_a_new_version_and_only_it_is_current(db_url: str, pipeline, tmp_path: Path) -> None:
    engine = open_engine(db_url)
    doc = tmp_path / "wire.jsonl"
    doc.write_text(json.dumps({"id": "w1", "text": "وقعت مصر والسودان اتفاقية للتعاون العسكري.",
                               "date": "2024-03-01"}, ensure_ascii=False) + "\n", encoding="utf-8")
    ingest(engine, read_inputs([str(doc)]), pipeline)
    doc.write_text(json.dumps({"id": "w1", "text": "هاجمت قوات الأمن المصرية المتظاهرين في القاهرة.",
                               "date": "2024-03-01"}, ensure_ascii=False) + "\n", encoding="utf-8")
    stats = ingest(engine, read_inputs([str(doc)]), pipeline)
    assert stats.versions == 1 and stats.added == 0
    with engine.connect() as conn:
        versions = conn.execute(select(t.documents.c.key, t.documents.c.version).order_by(t.documents.c.version)).all()
        current = conn.execute(select(func.count()).select_from(t.codings).where(t.codings.c.current)).scalar_one()
    assert [tuple(v) for v in versions] == [("w1", 1), ("w1", 2)]
    assert current == 1
    types = {e["type"] for e in iter_events(engine, EventFilter(document="w1"))}
    assert "ASSAULT" in types and "COOPERATE" not in types and "AGREE" not in types


def test_bad_inputs_are_recorded_once_and_the_run_goes_on(db_url: str, pipeline, tmp_path: Path) -> None:
    engine = open_engine(db_url)
    (tmp_path / "good.txt").write_text("استقبل الرئيس التونسي وزير الخارجية الجزائري في قصر قرطاج.", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (tmp_path / "lines.jsonl").write_text('{"id": "ok", "text": "أدانت مصر الهجوم على الحدود."}\n{not json\n',
                                          encoding="utf-8")
    stats = ingest(engine, read_inputs([str(tmp_path)]), pipeline)
    assert stats.added == 2 and stats.failed == 2
    assert row_counts(engine)["failures"] == 2
    again = ingest(engine, read_inputs([str(tmp_path)]), pipeline)
    assert again.failed == 2 and row_counts(engine)["failures"] == 2


def test_a_document_repeated_in_one_input_is_stored_once(db_url: str, pipeline, tmp_path: Path) -> None:
    # documents are coded in batches: the copy arrives while the first is still being coded
    engine = open_engine(db_url)
    line = json.dumps({"id": "d", "text": "أدانت مصر الهجوم على الحدود."}, ensure_ascii=False)
    other = json.dumps({"id": "e", "text": "استقبل الرئيس التونسي وزير الخارجية الجزائري."}, ensure_ascii=False)
    (tmp_path / "wire.jsonl").write_text("\n".join([line, other, line]) + "\n", encoding="utf-8")
    stats = ingest(engine, read_inputs([str(tmp_path)]), pipeline)
    assert (stats.read, stats.added, stats.unchanged, stats.failed) == (3, 2, 1, 0)
    assert row_counts(engine)["documents"] == 2


def test_a_document_that_failed_is_coded_again_by_the_next_run(db_url: str, tmp_path: Path) -> None:
    class FailOnce:
        name, version, failed = "fail_once", "1", False

        def __call__(self, doc) -> None:
            if not FailOnce.failed:
                FailOnce.failed = True
                raise RuntimeError("a passing fault")

    from marsad.pipeline import Pipeline, make_stage

    flaky = Pipeline([make_stage("marsad.normalize.v1"), FailOnce()], on_error="raise")
    engine = open_engine(db_url)
    (tmp_path / "a.txt").write_text("أدانت مصر الهجوم على الحدود.", encoding="utf-8")
    first = ingest(engine, read_inputs([str(tmp_path)]), flaky)
    assert (first.failed, first.added) == (1, 0)  # recorded, whatever the pipeline's own policy
    second = ingest(engine, read_inputs([str(tmp_path)]), flaky)
    assert (second.failed, second.added, second.unchanged) == (0, 1, 0)


def test_recode_keeps_history_and_skips_what_is_up_to_date(db_url: str, pipeline) -> None:
    engine = open_engine(db_url)
    ingest(engine, read_inputs([str(EXAMPLES)]), pipeline)
    before = store_counts(engine)
    assert recode(engine, pipeline).recoded == 0  # coded by this very pipeline already
    stats = recode(engine, pipeline, force=True)
    assert stats.recoded == 6
    counts = row_counts(engine)
    assert counts["codings"] == 12 and counts["events"] == 2 * before["events"]
    assert store_counts(engine)["events"] == before["events"]  # queries read current codings only
    assert store_counts(engine)["clusters"] == before["clusters"]  # recoded reports join their clusters


def test_filters(db_url: str, pipeline) -> None:
    engine = open_engine(db_url)
    ingest(engine, read_inputs([str(EXAMPLES)]), pipeline)
    everything = list(iter_events(engine, EventFilter()))
    assert count_events(engine, EventFilter()) == len(everything)
    some = everything[0]
    main = some["actor"][0].split(":")[0]
    by_actor = list(iter_events(engine, EventFilter(actor=[main])))
    assert by_actor and all(any(c.split(":")[0] == main for c in e["actor"]) for e in by_actor)
    assert all(e["type"] == some["type"] for e in iter_events(engine, EventFilter(types=[some["type"]])))
    word = some["sentence_text"].split()[1]
    assert all(word in e["sentence_text"] for e in iter_events(engine, EventFilter(text=word)))
    assert count_events(engine, EventFilter(text="%")) == 0  # LIKE wildcards are matched literally
    assert count_events(engine, EventFilter(text="'; DROP TABLE events; --")) == 0
    assert count_events(engine, EventFilter()) == len(everything)
    dated = [e for e in everything if e["day"]]
    day = dated[0]["day"]
    assert all(e["day"] >= day for e in iter_events(engine, EventFilter(since=day)))
    assert count_events(engine, EventFilter(attribution=["quoted"])) == sum(
        e["attribution"] == "quoted" for e in everything)


def test_repeated_reports_merge_into_one_cluster(db_url: str, pipeline, tmp_path: Path) -> None:
    engine = open_engine(db_url)
    reports = [
        ("a1", "2024-05-02", "وقعت روسيا وتركيا اتفاقية لتوريد الغاز في أنقرة."),
        ("a2", "2024-05-03", "وقعت روسيا وتركيا اتفاقية لتوريد الغاز الطبيعي."),
        ("a3", "2024-05-20", "وقعت روسيا وتركيا اتفاقية لتوريد الغاز في أنقرة."),   # too late: another event
        ("a4", "2024-05-02", "وقعت إيران وتركيا اتفاقية لتوريد الغاز في أنقرة."),   # other actors
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps({"id": i, "date": d, "text": s}, ensure_ascii=False) + "\n"
                            for i, d, s in reports), encoding="utf-8")
    ingest(engine, read_inputs([str(path)]), pipeline)
    events = {e["document"]: e for e in iter_events(engine, EventFilter())}
    assert set(events) == {"a1", "a2", "a3", "a4"}
    assert events["a1"]["cluster_id"] == events["a2"]["cluster_id"]
    assert events["a3"]["cluster_id"] != events["a1"]["cluster_id"]
    assert events["a4"]["cluster_id"] != events["a1"]["cluster_id"]
    assert store_counts(engine)["clusters"] == 3


def test_exports(db_url: str, pipeline, tmp_path: Path) -> None:
    import csv

    import pyarrow.parquet as pq

    from marsad.store.export import COLUMNS, write_csv, write_jsonl, write_parquet

    engine = open_engine(db_url)
    ingest(engine, read_inputs([str(EXAMPLES)]), pipeline)
    n = count_events(engine, EventFilter())
    with (tmp_path / "e.csv").open("w", encoding="utf-8", newline="") as fh:
        assert write_csv(iter_events(engine, EventFilter()), fh) == n
    with (tmp_path / "e.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == COLUMNS and len(rows) == n
    assert all(r["cameo"] and r["plover_type"] and r["sentence"] for r in rows)
    with (tmp_path / "e.jsonl").open("w", encoding="utf-8") as fh:
        write_jsonl(iter_events(engine, EventFilter()), fh)
    assert len((tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()) == n
    assert write_parquet(iter_events(engine, EventFilter()), tmp_path / "e.parquet") == n
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == n and table.column_names == COLUMNS


def _ingest_cmd(db: str, corpus: Path) -> list[str]:
    return [sys.executable, "-m", "marsad.cli.main", "-q", "ingest", str(corpus), "--db", db, "--batch-size", "10"]


def test_an_ingest_killed_midway_is_completed_by_a_rerun(db_url: str, second_db_url: str, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 400)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    open_engine(db_url)  # create the tables first, so that progress can be watched from here
    engine = open_engine(db_url)
    proc = subprocess.Popen(_ingest_cmd(db_url, corpus), env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT count(*) FROM documents")).scalar_one()
        if stored >= 50:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest ended before it could be killed; make the corpus bigger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with engine.connect() as conn:
        partial = conn.execute(text("SELECT count(*) FROM documents")).scalar_one()
    assert 0 < partial < 400 and partial % 10 == 0  # whole batches only
    subprocess.run(_ingest_cmd(db_url, corpus), env=env, check=True, capture_output=True)
    subprocess.run(_ingest_cmd(second_db_url, corpus), env=env, check=True, capture_output=True)
    resumed, clean = snapshot(engine), snapshot(open_engine(second_db_url))
    assert len(resumed["documents"]) == 400
    assert resumed == clean
