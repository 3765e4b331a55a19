"""Reading events back: filters (the same for the CLI, the exports and the web API), counts and records.

Every query reads current codings only (see ``marsad.store.schema``) and is built with bound parameters,
never by pasting user text into SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, Select, and_, exists, func, or_, select

from marsad.store import schema as t

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(slots=True)
class EventFilter:
    """Which events to read. Actor codes match a full code (``KGZ:MIL``) or a MAIN (``KGZ``: any role)."""

    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    party: list[str] = field(default_factory=list)  # as actor or as recipient
    types: list[str] = field(default_factory=list)
    quad_class: list[int] = field(default_factory=list)
    polarity: str | None = None
    aux: list[str] = field(default_factory=list)
    attribution: list[str] = field(default_factory=list)
    since: str | None = None   # ISO date, inclusive, on the event's day (its date, else its document's)
    until: str | None = None   # inclusive; a month or a year means up to its end
    outlet: list[str] = field(default_factory=list)
    text: str | None = None    # a substring of the sentence
    document: str | None = None  # a document key


def split_values(values: Iterable[str]) -> list[str]:
    """Repeated or comma-separated values as the CLI and the API take them: ``["REJECT,SANCTION", "AID"]``."""
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _party(role: str, codes: list[str]) -> Any:
    ea = t.event_actors
    return exists(select(ea.c.event_id).where(
        ea.c.event_id == t.events.c.id, ea.c.role == role, or_(ea.c.main.in_(codes), ea.c.code.in_(codes))))


def _where(f: EventFilter) -> list[Any]:
    e, d = t.events.c, t.documents.c
    conds: list[Any] = [t.codings.c.current]
    if f.actor:
        conds.append(_party("actor", f.actor))
    if f.recipient:
        conds.append(_party("recipient", f.recipient))
    if f.party:
        conds.append(or_(_party("actor", f.party), _party("recipient", f.party)))
    if f.types:
        conds.append(e.type.in_([x.upper() for x in f.types]))
    if f.quad_class:
        conds.append(e.quad_class.in_(f.quad_class))
    if f.polarity:
        conds.append(e.polarity == f.polarity)
    if f.aux:
        conds.append(e.aux.in_(f.aux))
    if f.attribution:
        conds.append(e.attribution.in_(f.attribution))
    if f.since:
        conds.append(e.day >= f.since)
    if f.until:
        conds.append(e.day <= (f.until + "-99" if len(f.until) < 10 else f.until))  # "2015-08": all of August
    if f.outlet:
        conds.append(d.outlet.in_(f.outlet))
    if f.text:
        pattern = "%" + f.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conds.append(e.sentence_text.like(pattern, escape="\\"))
    if f.document:
        conds.append(d.key == f.document)
    return conds


def _base(columns: list[Any], f: EventFilter) -> Select[Any]:
    return (select(*columns)
            .select_from(t.events.join(t.codings, t.codings.c.id == t.events.c.coding_id)
                         .join(t.documents, t.documents.c.id == t.events.c.document_id))
            .where(and_(*_where(f))))


EVENT_COLUMNS = [
    t.events.c.id, t.events.c.cluster_id, t.events.c.local_id, t.events.c.type, t.events.c.mode, t.events.c.context,
    t.events.c.cameo, t.events.c.quad_class, t.events.c.score, t.events.c.actor, t.events.c.recipient,
    t.events.c.actor_spans, t.events.c.recipient_spans, t.events.c.trigger_start, t.events.c.trigger_end,
    t.events.c.trigger_text, t.events.c.sentence_start, t.events.c.sentence_end, t.events.c.sentence_text,
    t.events.c.polarity, t.events.c.aux, t.events.c.attribution, t.events.c.section, t.events.c.date,
    t.events.c.date_end, t.events.c.day, t.events.c.location, t.events.c.confidence, t.events.c.gloss_en,
    t.events.c.document_id, t.documents.c.key.label("document"), t.documents.c.published, t.documents.c.outlet,
    t.documents.c.url, t.documents.c.title,
]


def count_events(engine: Engine, f: EventFilter) -> int:
    with engine.connect() as conn:
        return int(conn.execute(_base([func.count()], f)).scalar_one())


SORTS = {"day": t.events.c.day, "type": t.events.c.type, "cameo": t.events.c.cameo, "score": t.events.c.score,
         "confidence": t.events.c.confidence, "outlet": t.documents.c.outlet, "id": t.events.c.id}


def iter_events(engine: Engine, f: EventFilter, *, limit: int | None = None, offset: int = 0,
                newest_first: bool = False, sort: str = "day", coding_id: int | None = None
                ) -> Iterator[dict[str, Any]]:
    """Events matching ``f`` as dicts (event fields plus document key, date, outlet, url, title),
    ordered by ``sort`` (a key of ``SORTS``; day by default, undated last) and id; streamed, so an
    export of any size runs in little memory. ``coding_id`` reads one coding's events (a document page)."""
    column = SORTS[sort]
    order = [column.is_(None), column.desc() if newest_first else column,
             t.events.c.id.desc() if newest_first else t.events.c.id]
    query = _base(EVENT_COLUMNS, f).order_by(*order).offset(offset)
    if coding_id is not None:
        query = query.where(t.events.c.coding_id == coding_id)
    if limit is not None:
        query = query.limit(limit)
    with engine.connect() as conn:
        for row in conn.execution_options(yield_per=2000).execute(query):
            yield dict(row._mapping)


def store_counts(engine: Engine) -> dict[str, int]:
    """How much the store holds (current codings): documents, events, clusters, claims, failures."""
    with engine.connect() as conn:
        current = select(t.codings.c.id).where(t.codings.c.current)
        return {
            "documents": conn.execute(select(func.count()).select_from(t.codings).where(t.codings.c.current))
            .scalar_one(),
            "events": conn.execute(select(func.count()).select_from(t.events)
                                   .where(t.events.c.coding_id.in_(current))).scalar_one(),
            "clusters": conn.execute(select(func.count(func.distinct(t.events.c.cluster_id)))
                                     .where(t.events.c.coding_id.in_(current))).scalar_one(),
            "claims": conn.execute(select(func.count()).select_from(t.claims)
                                   .where(t.claims.c.coding_id.in_(current))).scalar_one(),
            "failures": conn.execute(select(func.count()).select_from(t.failures)).scalar_one(),
        }


def list_documents(engine: Engine, *, limit: int = 50, offset: int = 0, outlet: str | None = None
                   ) -> tuple[list[dict[str, Any]], int]:
    """Stored documents (current versions), newest first, with their event and claim counts; and the total."""
    d, c = t.documents.c, t.codings.c
    events = (select(func.count()).select_from(t.events).where(t.events.c.coding_id == c.id)
              .scalar_subquery())
    claims = (select(func.count()).select_from(t.claims).where(t.claims.c.coding_id == c.id)
              .scalar_subquery())
    base = select(d.id, d.key, d.version, d.title, d.published, d.outlet, d.url, events.label("events"),
                  claims.label("claims")).join(t.codings, c.document_id == d.id).where(c.current)
    if outlet:
        base = base.where(d.outlet == outlet)
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(base.subquery())).scalar_one()
        rows = conn.execute(base.order_by(d.published.is_(None), d.published.desc(), d.id.desc())
                            .limit(limit).offset(offset)).all()
    return [dict(r._mapping) for r in rows], int(total)


def document_id_by_hash(engine: Engine, content_hash: str) -> int:
    """The id of the stored document with this content hash (see ``marsad.store.ingest.content_hash``)."""
    with engine.connect() as conn:
        return int(conn.execute(select(t.documents.c.id).where(t.documents.c.content_hash == content_hash))
                   .scalar_one())


def get_document(engine: Engine, document_id: int) -> dict[str, Any] | None:
    """One stored document with its current coding: text, metadata, structure, mentions, events, claims."""
    with engine.connect() as conn:
        row = conn.execute(select(t.documents, t.codings.c.id.label("coding_id"), t.codings.c.structure,
                                  t.codings.c.pipeline)
                           .join(t.codings, t.codings.c.document_id == t.documents.c.id)
                           .where(t.documents.c.id == document_id, t.codings.c.current)).first()
        if row is None:
            return None
        doc = dict(row._mapping)
        doc["mentions"] = [dict(m._mapping) for m in conn.execute(
            select(t.mentions).where(t.mentions.c.coding_id == row.coding_id).order_by(t.mentions.c.start))]
        doc["claims"] = [dict(m._mapping) for m in conn.execute(
            select(t.claims).where(t.claims.c.coding_id == row.coding_id).order_by(t.claims.c.start))]
    doc["events"] = list(iter_events(engine, EventFilter(), coding_id=row.coding_id))
    doc["events"].sort(key=lambda e: (e["sentence_start"], e["trigger_start"]))
    return doc


def actor_counts(engine: Engine, *, limit: int = 100, q: str | None = None) -> list[dict[str, Any]]:
    """MAIN codes by the number of current events they take part in (as actor or recipient)."""
    ea = t.event_actors.c
    query = (select(ea.main, func.count(func.distinct(ea.event_id)).label("events"))
             .join(t.events, t.events.c.id == ea.event_id)
             .join(t.codings, t.codings.c.id == t.events.c.coding_id)
             .where(t.codings.c.current).group_by(ea.main)
             .order_by(func.count(func.distinct(ea.event_id)).desc(), ea.main).limit(limit))
    if q:
        query = query.where(ea.main.like(q.upper().replace("%", "").replace("_", "") + "%"))
    with engine.connect() as conn:
        return [{"code": code, "events": n} for code, n in conn.execute(query)]
