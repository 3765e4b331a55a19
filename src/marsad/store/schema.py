"""The store's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

A document is stored once per distinct content (``content_hash``); a changed text under the same
``key`` (the input's id, or its source path) is a new ``version``. Each run of the pipeline over a
document is a ``coding``, stamped with the marsad and lexicon versions that produced it; exactly one
coding per document key is ``current`` (the latest version's latest coding), and queries read only
current codings, so ``marsad recode`` keeps every earlier coding as history.

Events are stored with every output field. Their actor and recipient codes are also rows of
``event_actors`` (one per code, with its MAIN part) so that dyad queries are plain indexed joins.
Repeated reports of one event share a ``cluster_id`` (see ``marsad.analysis.merge``); how many
reports and documents a cluster has is counted from current events when asked, so it never goes stale.

Changing a table here needs a new migration in ``marsad/store/migrations/versions``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True),
    Column("command", String(16), nullable=False),           # ingest | recode
    Column("started_at", String(32), nullable=False),        # ISO 8601, UTC
    Column("finished_at", String(32)),                       # null: the run was interrupted
    Column("marsad_version", String(32), nullable=False),
    Column("pipeline", JSON, nullable=False),                # stages and lexicon stamps
    Column("inputs", JSON, nullable=False),
    Column("stats", JSON),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(512), nullable=False),              # the input's id, or its source path
    Column("version", Integer, nullable=False),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("published", String(10)),                         # ISO date as given with the input
    Column("url", Text),
    Column("outlet", String(256)),
    Column("author", Text),
    Column("source", Text),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    UniqueConstraint("key", "version", name="uq_documents_key_version"),
)
Index("ix_documents_published", documents.c.published)
Index("ix_documents_outlet", documents.c.outlet)

codings = Table(
    "codings", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    Column("current", Boolean, nullable=False),
    Column("marsad_version", String(32), nullable=False),
    Column("pipeline", JSON, nullable=False),
    Column("structure", JSON, nullable=False),               # sections, sentences, quotes, byline, places ...
)
Index("ix_codings_document_current", codings.c.document_id, codings.c.current)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True),
    Column("coding_id", Integer, ForeignKey("codings.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("code", String(64), nullable=False),
    Column("main", String(16), nullable=False),
    Column("name_en", Text),
    Column("kind", String(32)),
)
Index("ix_mentions_coding", mentions.c.coding_id)
Index("ix_mentions_main", mentions.c.main)

clusters = Table(
    "clusters", metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(16), nullable=False),
    Column("polarity", String(16), nullable=False),
    Column("cameo", String(8), nullable=False),              # of the first report
    Column("date_first", String(10)),
    Column("date_last", String(10)),
    Column("actors", JSON, nullable=False),                  # MAIN codes
    Column("recipients", JSON, nullable=False),
    Column("aux", String(16), nullable=False),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("coding_id", Integer, ForeignKey("codings.id"), nullable=False),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
    Column("cluster_id", Integer, ForeignKey("clusters.id")),
    Column("local_id", String(16), nullable=False),          # the id in the document's output: e1, e2 ...
    Column("type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("context", JSON, nullable=False),
    Column("cameo", String(8), nullable=False),
    Column("quad_class", Integer),
    Column("score", Float),
    Column("actor", JSON, nullable=False),
    Column("recipient", JSON, nullable=False),
    Column("actor_spans", JSON, nullable=False),
    Column("recipient_spans", JSON, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("trigger_text", Text, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("sentence_text", Text, nullable=False),
    Column("polarity", String(16), nullable=False),
    Column("aux", String(16), nullable=False),
    Column("attribution", String(16), nullable=False),
    Column("section", String(32), nullable=False),
    Column("date", String(10)),
    Column("date_end", String(10)),
    Column("day", String(10)),                                # the event's date, else the document's: for series
    Column("location", JSON),
    Column("confidence", Float, nullable=False),
    Column("gloss_en", Text, nullable=False),
)
Index("ix_events_coding", events.c.coding_id)
Index("ix_events_document", events.c.document_id)
Index("ix_events_cluster", events.c.cluster_id)
Index("ix_events_type_day", events.c.type, events.c.day)

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", Integer, ForeignKey("events.id"), primary_key=True),
    Column("role", String(10), primary_key=True),             # actor | recipient
    Column("code", String(64), primary_key=True),
    Column("main", String(16), nullable=False),
)
Index("ix_event_actors_main_role", event_actors.c.main, event_actors.c.role)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True),
    Column("coding_id", Integer, ForeignKey("codings.id"), nullable=False),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("holder", String(64), nullable=False),
    Column("about", JSON, nullable=False),
    Column("gloss_en", Text, nullable=False),
)
Index("ix_claims_coding", claims.c.coding_id)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    Column("key", String(512), nullable=False),
    Column("source", Text, nullable=False),
    Column("fingerprint", String(64), nullable=False, unique=True),  # same input, same error: recorded once
    Column("code", String(64), nullable=False),
    Column("message", Text, nullable=False),
    Column("stage", String(32)),
)

