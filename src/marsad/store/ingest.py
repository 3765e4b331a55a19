"""Writing documents and their coding into the store: ``ingest`` (new inputs) and ``recode`` (stored ones).

Both run the pipeline and write in batches, one transaction per batch, so a run killed at any moment
leaves every earlier batch complete and nothing of the interrupted one; a rerun skips what is stored
(by content hash, before running the pipeline) and does the rest, ending with the rows an
uninterrupted run would have written. A run's row in ``runs`` is written with its first batch, so a
run that finds nothing new leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from marsad import __version__
from marsad.actors.names import main_code, mains
from marsad.analysis.merge import Cluster, ClusterIndex, Report, full_day, sentence_words
from marsad.model import Document, Failure
from marsad.output.serialize import document_to_dict
from marsad.pipeline import Pipeline
from marsad.read.readers import content_id
from marsad.store import schema as t

BATCH_SIZE = 200


def content_hash(doc: Document) -> str:
    """What makes two inputs the same document: the text and the metadata that changes its coding."""
    payload = json.dumps([doc.text, doc.title, doc.date, doc.url, doc.outlet, doc.author], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def document_key(doc: Document) -> str:
    """A document's identity across versions: the id given with it, else where it was read from (a
    reader names a document without an id by a hash of its text, which cannot follow a changed text)."""
    if doc.source and doc.id == content_id(doc.text):
        return doc.source
    return doc.id


def _fingerprint(f: Failure) -> str:
    return hashlib.sha256(f"{f.source}\0{f.code}\0{f.message}".encode("utf-8", "surrogatepass")).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(slots=True)
class RunStats:
    """What a run did. ``unchanged`` inputs were already stored; ``versions`` are changed texts of known keys."""

    read: int = 0
    added: int = 0
    versions: int = 0
    unchanged: int = 0
    recoded: int = 0
    failed: int = 0
    events: int = 0
    mentions: int = 0
    claims: int = 0
    clusters_new: int = 0
    failures: list[Failure] = field(default_factory=list)

    def fail(self, f: Failure) -> None:
        self.failed += 1
        self.failures.append(f)

    def as_dict(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in ("read", "added", "versions", "unchanged", "recoded", "failed",
                                              "events", "mentions", "claims", "clusters_new")}


@dataclass(slots=True)
class _Pending:
    """A processed document waiting for its batch to be written."""

    doc: Document
    key: str
    hash: str
    document_id: int | None = None   # set for recode: the document row exists
    version: int = 1
    previous_ids: list[int] = field(default_factory=list)  # documents whose current coding this replaces


class _Writer:
    """Holds a run's state (the run row, the cluster index) and writes batches."""

    def __init__(self, engine: Engine, command: str, pipeline: Pipeline, inputs: list[str]) -> None:
        self.engine = engine
        self.command = command
        self.pipeline = pipeline
        self.inputs = inputs
        self.run_id: int | None = None
        self._index: ClusterIndex | None = None
        with engine.connect() as conn:
            self.fingerprints = set(conn.execute(select(t.failures.c.fingerprint)).scalars())

    @property
    def index(self) -> ClusterIndex:
        """The stored clusters, read on the first write: a run that finds nothing new never reads them."""
        if self._index is None:
            self._index = load_cluster_index(self.engine)
        return self._index

    def _ensure_run(self, conn: Connection) -> int:
        if self.run_id is None:
            self.run_id = conn.execute(insert(t.runs).returning(t.runs.c.id).values(
                command=self.command, started_at=_now(), marsad_version=__version__,
                pipeline=self.pipeline.description, inputs=self.inputs)).scalar_one()
        return self.run_id

    def write(self, batch: list[_Pending], failures: list[Failure], stats: RunStats) -> None:
        """One transaction: documents, codings, mentions, events, clusters, claims, failures."""
        new_failures = {fp: f for f in failures if (fp := _fingerprint(f)) not in self.fingerprints}
        if not batch and not new_failures:
            return
        # An error inside the transaction rolls it back and ends the run (the caller reports it); the
        # in-memory state (cluster index, run id) is then stale, but nothing uses it again.
        with self.engine.begin() as conn:
            run_id = self._ensure_run(conn)
            if batch:  # (a batch of failures only writes no document: an empty insert would write a blank row)
                self._write_documents(conn, batch, run_id)
                self._write_codings(conn, batch, run_id, stats)
            if new_failures:
                conn.execute(insert(t.failures), [
                    {"run_id": run_id, "key": f.id, "source": f.source, "fingerprint": fp,
                     "code": f.code, "message": f.message, "stage": f.stage} for fp, f in new_failures.items()])
        self.fingerprints.update(new_failures)

    def _write_documents(self, conn: Connection, batch: list[_Pending], run_id: int) -> None:
        new = [p for p in batch if p.document_id is None]
        if not new:
            return
        rows = [{"key": p.key, "version": p.version, "content_hash": p.hash, "text": p.doc.text,
                 "title": p.doc.title, "published": p.doc.date, "url": p.doc.url, "outlet": p.doc.outlet,
                 "author": p.doc.author, "source": p.doc.source, "run_id": run_id} for p in new]
        ids = conn.execute(insert(t.documents).returning(t.documents.c.id, sort_by_parameter_order=True),
                           rows).scalars().all()
        for p, doc_id in zip(new, ids, strict=True):
            p.document_id = doc_id

    def _write_codings(self, conn: Connection, batch: list[_Pending], run_id: int, stats: RunStats) -> None:
        replaced = [i for p in batch for i in p.previous_ids]
        if replaced:
            conn.execute(update(t.codings).where(t.codings.c.document_id.in_(replaced), t.codings.c.current)
                         .values(current=False))
        outputs = [document_to_dict(p.doc) for p in batch]
        description = self.pipeline.description
        coding_ids = conn.execute(insert(t.codings).returning(t.codings.c.id, sort_by_parameter_order=True), [
            {"document_id": p.document_id, "run_id": run_id, "current": True, "marsad_version": __version__,
             "pipeline": description, "structure": _structure(out)} for p, out in zip(batch, outputs, strict=True)
        ]).scalars().all()
        mention_rows: list[dict[str, Any]] = []
        event_rows: list[dict[str, Any]] = []
        event_reports: list[Report] = []
        claim_rows: list[dict[str, Any]] = []
        for p, out, coding_id in zip(batch, outputs, coding_ids, strict=True):
            for m in out["mentions"]:
                mention_rows.append({"coding_id": coding_id, "start": m["start"], "end": m["end"],
                                     "text": m["text"], "code": m["code"], "main": main_code(m["code"]),
                                     "name_en": m["name_en"], "kind": m["kind"]})
            for e in out["events"]:
                row = _event_row(e, coding_id, p)
                event_rows.append(row)
                event_reports.append(Report(row["type"], row["polarity"], row["aux"], row["cameo"],
                                            mains(row["actor"]), mains(row["recipient"]), full_day(row["day"]),
                                            sentence_words(row["sentence_text"]), p.document_id or 0))
            for c in out["claims"]:
                claim_rows.append({"coding_id": coding_id, "document_id": p.document_id, "start": c["start"],
                                   "end": c["end"], "text": c["text"], "kind": c["kind"], "holder": c["holder"],
                                   "about": c["about"], "gloss_en": c["gloss_en"]})
        if mention_rows:
            conn.execute(insert(t.mentions), mention_rows)
        if claim_rows:
            conn.execute(insert(t.claims), claim_rows)
        if event_rows:
            clusters = [self.index.assign(r) for r in event_reports]
            self._save_clusters(conn, clusters, stats)
            for row, c in zip(event_rows, clusters, strict=True):
                row["cluster_id"] = c.id
            ids = conn.execute(insert(t.events).returning(t.events.c.id, sort_by_parameter_order=True),
                               event_rows).scalars().all()
            actor_rows = [{"event_id": eid, "role": role, "code": code, "main": main_code(code)}
                          for eid, row in zip(ids, event_rows, strict=True)
                          for role in ("actor", "recipient") for code in dict.fromkeys(row[role])]
            if actor_rows:
                conn.execute(insert(t.event_actors), actor_rows)
        stats.mentions += len(mention_rows)
        stats.events += len(event_rows)
        stats.claims += len(claim_rows)

    def _save_clusters(self, conn: Connection, clusters: list[Cluster], stats: RunStats) -> None:
        new = list({id(c): c for c in clusters if c.id is None}.values())
        if new:
            ids = conn.execute(insert(t.clusters).returning(t.clusters.c.id, sort_by_parameter_order=True), [
                {"type": c.first.type, "polarity": c.first.polarity, "aux": c.first.aux, "cameo": c.first.cameo,
                 "date_first": c.date_first, "date_last": c.date_last, "actors": sorted(c.first.actors),
                 "recipients": sorted(c.first.recipients)}
                for c in new]).scalars().all()
            for c, cid in zip(new, ids, strict=True):
                c.id = cid
            stats.clusters_new += len(new)
        moved = list({id(c): c for c in clusters if c.changed and c not in new}.values())
        for c in moved:
            conn.execute(update(t.clusters).where(t.clusters.c.id == c.id)
                         .values(date_first=c.date_first, date_last=c.date_last))
            c.changed = False

    def finish(self, stats: RunStats) -> None:
        if self.run_id is None:
            return
        with self.engine.begin() as conn:
            conn.execute(update(t.runs).where(t.runs.c.id == self.run_id)
                         .values(finished_at=_now(), stats=stats.as_dict()))


def _structure(out: dict[str, Any]) -> dict[str, Any]:
    keys = ("title", "title_text", "year_inferred", "translated", "sections", "sentences", "quotes", "byline",
            "dateline", "sources_cited", "places", "warnings")
    return {k: out[k] for k in keys}


def _event_row(e: dict[str, Any], coding_id: int, p: _Pending) -> dict[str, Any]:
    return {
        "coding_id": coding_id, "document_id": p.document_id, "local_id": e["id"], "type": e["type"],
        "mode": e["mode"], "context": e["context"], "cameo": e["cameo"], "quad_class": e["quad_class"],
        "score": e["score"], "actor": e["actor"], "recipient": e["recipient"], "actor_spans": e["actor_spans"],
        "recipient_spans": e["recipient_spans"], "trigger_start": e["trigger"]["start"],
        "trigger_end": e["trigger"]["end"], "trigger_text": e["trigger"]["text"],
        "sentence_start": e["sentence"]["start"], "sentence_end": e["sentence"]["end"],
        "sentence_text": e["sentence"]["text"], "polarity": e["polarity"], "aux": e["aux"],
        "attribution": e["attribution"], "section": e["section"], "date": e["date"], "date_end": e["date_end"],
        "day": e["date"] or p.doc.date, "location": e["location"], "confidence": e["confidence"],
        "gloss_en": e["gloss_en"],
    }


def load_cluster_index(engine: Engine) -> ClusterIndex:
    """The stored clusters, with the wording of their first report, ready for new reports to join."""
    index = ClusterIndex()
    with engine.connect() as conn:
        docs: dict[int, set[int]] = {}
        first: dict[int, tuple[frozenset[str], int]] = {}  # cluster -> words and document of its first report
        for cid, doc_id, sentence in conn.execute(
                select(t.events.c.cluster_id, t.events.c.document_id, t.events.c.sentence_text)
                .where(t.events.c.cluster_id.is_not(None)).order_by(t.events.c.id)):
            docs.setdefault(cid, set()).add(doc_id)
            if cid not in first:
                first[cid] = (sentence_words(sentence), doc_id)
        for row in conn.execute(select(t.clusters).order_by(t.clusters.c.id)):
            if row.id not in first:
                continue
            words, doc_id = first[row.id]
            report = Report(row.type, row.polarity, row.aux, row.cameo, frozenset(row.actors),
                            frozenset(row.recipients), row.date_first, words, doc_id)
            index.add(Cluster(row.id, report, row.date_first, row.date_last, docs[row.id]))
    return index


def _known(engine: Engine) -> tuple[set[str], dict[str, tuple[int, int]]]:
    """Stored content hashes, and each key's latest (version, document id)."""
    with engine.connect() as conn:
        hashes = set(conn.execute(select(t.documents.c.content_hash)).scalars())
        latest: dict[str, tuple[int, int]] = {}
        for key, version, doc_id in conn.execute(select(t.documents.c.key, t.documents.c.version,
                                                        t.documents.c.id)):
            if key not in latest or version > latest[key][0]:
                latest[key] = (version, doc_id)
    return hashes, latest


ProgressFn = Callable[[RunStats], None]


def ingest(engine: Engine, items: Iterable[Document | Failure], pipeline: Pipeline, *, inputs: Iterable[str] = (),
           batch_size: int = BATCH_SIZE, progress: ProgressFn | None = None) -> RunStats:
    """Store every new document of ``items`` with its coding; skip stored ones; record failures once.

    A document whose processing fails is recorded as a failure, whatever the pipeline's error policy, and
    the run goes on.
    """
    stats = RunStats()
    writer = _Writer(engine, "ingest", pipeline, list(inputs))
    hashes, latest = _known(engine)
    batch: list[_Pending] = []
    failures: list[Failure] = []
    digests: deque[str | None] = deque()  # per item sent to the pipeline, in order: its content hash

    def new_items() -> Iterator[Document | Failure]:
        for item in items:
            stats.read += 1
            if isinstance(item, Document):
                if (digest := content_hash(item)) in hashes:  # stored already, or a duplicate being coded
                    stats.unchanged += 1
                    if progress is not None:
                        progress(stats)
                    continue
                hashes.add(digest)
                digests.append(digest)
            else:
                digests.append(None)
            yield item

    for result in pipeline.run(new_items(), on_error="record"):
        digest = digests.popleft()
        if isinstance(result, Failure):
            stats.fail(result)
            failures.append(result)
            if digest is not None:
                hashes.discard(digest)
        else:
            assert digest is not None
            key = document_key(result)
            version, previous = latest.get(key, (0, None))
            batch.append(_Pending(result, key, digest, version=version + 1,
                                  previous_ids=[previous] if previous is not None else []))
            if previous is not None:
                stats.versions += 1
            else:
                stats.added += 1
        if len(batch) >= batch_size or len(failures) >= batch_size:
            _flush(writer, batch, failures, stats, latest)
        if progress is not None:
            progress(stats)
    _flush(writer, batch, failures, stats, latest)
    writer.finish(stats)
    return stats


def _flush(writer: _Writer, batch: list[_Pending], failures: list[Failure], stats: RunStats,
           latest: dict[str, tuple[int, int]]) -> None:
    writer.write(batch, failures, stats)
    for p in batch:
        if p.document_id is not None:
            latest[p.key] = (p.version, p.document_id)
    batch.clear()
    failures.clear()


def stored_documents(engine: Engine, *, only_stale: bool, description: dict[str, Any],
                     chunk: int = BATCH_SIZE) -> Iterator[_Pending]:
    """The current version of every stored document, as a Document to re-run (for ``recode``). Texts are
    read a chunk at a time: a whole corpus's texts never sit in memory at once."""
    with engine.connect() as conn:
        ids = [doc_id for doc_id, coded_by in conn.execute(
            select(t.codings.c.document_id, t.codings.c.pipeline).where(t.codings.c.current)
            .order_by(t.codings.c.document_id)) if not (only_stale and coded_by == description)]
    for i in range(0, len(ids), chunk):
        with engine.connect() as conn:
            rows = conn.execute(select(t.documents).where(t.documents.c.id.in_(ids[i : i + chunk]))
                                .order_by(t.documents.c.id)).all()
        for row in rows:
            doc = Document(id=row.key, text=row.text, source=row.source, title=row.title, date=row.published,
                           url=row.url, author=row.author, outlet=row.outlet)
            yield _Pending(doc, row.key, row.content_hash, document_id=row.id, version=row.version,
                           previous_ids=[row.id])


def recode(engine: Engine, pipeline: Pipeline, *, force: bool = False, batch_size: int = BATCH_SIZE,
           progress: ProgressFn | None = None) -> RunStats:
    """Code stored documents again (after a lexicon or marsad change), keeping earlier codings as history.

    Only documents whose current coding was made by a different pipeline description (marsad version,
    stage versions, lexicon stamps) are recoded, unless ``force``.
    """
    stats = RunStats()
    writer = _Writer(engine, "recode", pipeline, [])
    batch: list[_Pending] = []
    failures: list[Failure] = []
    waiting: deque[_Pending] = deque()  # per document sent to the pipeline, in order

    def documents() -> Iterator[Document]:
        for pending in stored_documents(engine, only_stale=not force, description=pipeline.description,
                                        chunk=batch_size):
            stats.read += 1
            waiting.append(pending)
            yield pending.doc

    for result in pipeline.run(documents(), on_error="record"):
        pending = waiting.popleft()
        if isinstance(result, Failure):
            stats.fail(result)
            failures.append(result)
        else:
            batch.append(pending)
            stats.recoded += 1
        if len(batch) >= batch_size or len(failures) >= batch_size:
            _flush(writer, batch, failures, stats, {})
        if progress is not None:
            progress(stats)
    _flush(writer, batch, failures, stats, {})
    writer.finish(stats)
    return stats
