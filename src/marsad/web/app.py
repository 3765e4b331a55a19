"""The FastAPI app: ``create_app(db)`` gives the REST API (``/api/...``, OpenAPI at ``/docs``) and the pages.

Read-only unless a token is configured (``MARSAD_TOKEN`` or ``create_app(token=...)``): then
``POST /api/documents`` ingests a text for a caller presenting ``Authorization: Bearer <token>``,
compared in constant time. Request bodies over ``max_body`` bytes are refused with 413 before they are
read in full. Every error is a JSON body ``{"error": {"code", "message"}}``. Every query goes through
``marsad.store.queries`` (bound parameters only); the server never fetches anything.
"""

from __future__ import annotations

import csv
import hmac
import io
import os
from collections.abc import Awaitable, Callable, MutableMapping
from importlib import resources
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad import __version__
from marsad.actors.names import code_name
from marsad.analysis.alignment import alignment_report
from marsad.analysis.dyads import dyad_series, network
from marsad.store.export import COLUMNS, flat_row
from marsad.store.queries import (
    QUAD_NAMES,
    SORTS,
    EventFilter,
    actor_counts,
    count_events,
    document_id_by_hash,
    get_document,
    iter_events,
    list_documents,
    split_values,
    store_counts,
)
from marsad.web.render import document_blocks

MAX_BODY = 2 * 1024 * 1024
PAGE = 50
MAX_PAGE = 500

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class BodyLimit:
    """ASGI middleware: refuse a request body over ``limit`` bytes with 413, by its Content-Length or,
    for a chunked body, as soon as the bytes read pass the limit."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await _send_error(send, 413, "too_large", f"request body over {self.limit:,} bytes")
            return
        seen = 0
        started = rejected = False

        async def limited_receive() -> Message:
            nonlocal seen, rejected
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit and not rejected:
                    # answer now and tell the app the client is gone; whatever it sends later is dropped
                    rejected = True
                    if not started:
                        await _send_error(send, 413, "too_large", f"request body over {self.limit:,} bytes")
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if rejected:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        await self.app(scope, limited_receive, guarded_send)


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """Every error the API gives: ``{"error": {"code", "message"}}`` with its status."""
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


async def _send_error(send: Send, status: int, code: str, message: str) -> None:
    response = _error(status, code, message)
    await send({"type": "http.response.start", "status": status, "headers": response.raw_headers})
    await send({"type": "http.response.body", "body": response.body})


class DocumentIn(BaseModel):
    """A document to ingest: the text, and optionally its id, title, date, url, outlet and author."""

    text: str = Field(min_length=1, description="The article text (Arabic).")
    id: str | None = Field(default=None, max_length=512)
    title: str | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    url: str | None = None
    outlet: str | None = None
    author: str | None = None


# ---------------------------------------------------------------------- filters (query parameters)

def event_filter(
    actor: Annotated[list[str], Query(description="Actor code or MAIN; repeatable.")] = [],  # noqa: B006
    recipient: Annotated[list[str], Query()] = [],  # noqa: B006
    type: Annotated[list[str], Query(description="PLOVER type; repeatable.")] = [],  # noqa: B006
    quad: Annotated[list[str], Query(description="Quad class 1-4; repeatable.")] = [],  # noqa: B006
    polarity: Annotated[str | None, Query(pattern="^(asserted|negated)?$")] = None,
    aux: Annotated[list[str], Query()] = [],  # noqa: B006
    attribution: Annotated[list[str], Query()] = [],  # noqa: B006
    since: Annotated[str | None, Query(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")] = None,
    until: Annotated[str | None, Query(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")] = None,
    outlet: Annotated[list[str], Query()] = [],  # noqa: B006
    text: Annotated[str | None, Query(max_length=200)] = None,
    document: Annotated[str | None, Query(max_length=512)] = None,
) -> EventFilter:
    quads = split_values(quad)
    if any(q not in ("1", "2", "3", "4") for q in quads):
        raise HTTPException(422, {"code": "invalid_request", "message": "quad: 1, 2, 3 or 4"})
    return EventFilter(actor=split_values(actor), recipient=split_values(recipient), types=split_values(type),
                       quad_class=[int(q) for q in quads], polarity=polarity or None, aux=split_values(aux),
                       attribution=split_values(attribution), since=since or None, until=until or None,
                       outlet=split_values(outlet), text=text or None, document=document or None)

Filter = Annotated[EventFilter, Depends(event_filter)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0)]


def _page(items: list[Any], total: int, offset: int, limit: int, request: Request) -> dict[str, Any]:
    nxt = None
    if offset + limit < total:
        nxt = str(request.url.include_query_params(offset=offset + limit, limit=limit))
    return {"items": items, "total": total, "next": nxt}


def create_app(db: str | None = None, *, token: str | None = None, max_body: int = MAX_BODY,
               engine: Engine | None = None) -> FastAPI:
    """The app over the store named by ``db`` (see ``marsad.store.db.resolve_url``)."""
    from marsad.store.db import open_engine

    store = engine if engine is not None else open_engine(db)
    token = token if token is not None else os.environ.get("MARSAD_TOKEN") or None
    app = FastAPI(title="marsad", version=__version__, docs_url=None, redoc_url=None, description=(
        "Evidence-linked political event data from Arabic news: documents, events (PLOVER/CAMEO), actors, "
        "dyads and the alignment report. Read-only unless a token is configured."))
    app.add_middleware(BodyLimit, limit=max_body)
    web = resources.files("marsad.web")
    templates = Jinja2Templates(directory=str(web / "templates"))
    templates.env.globals.update(code_name=code_name, QUAD_NAMES=QUAD_NAMES, version=__version__)
    templates.env.filters.update(sort_query=_sort_query, page_query=_page_query)
    app.mount("/static", StaticFiles(directory=str(web / "static")), name="static")
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/vendor/swagger", StaticFiles(directory=swagger_ui_path), name="swagger")
    app.state.engine = store
    app.state.pipeline = None

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", (
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "connect-src 'self'; frame-ancestors 'none'"))
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
                413: "too_large"}.get(exc.status_code, "http_error")
        if isinstance(exc.detail, dict):
            code, message = exc.detail["code"], exc.detail["message"]
        else:
            message = str(exc.detail)
        return _error(exc.status_code, code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        return _error(422, "invalid_request", "; ".join(problems))

    def _check_token(authorization: str | None) -> None:
        if token is None:
            raise HTTPException(403, {"code": "read_only", "message": "this server is read-only: "
                                      "start it with MARSAD_TOKEN set to accept documents"})
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, {"code": "unauthorized", "message": "missing or wrong token"},
                                headers={"WWW-Authenticate": "Bearer"})

    # ------------------------------------------------------------------ API
    @app.get("/api/documents", tags=["documents"])
    def api_documents(request: Request, limit: Limit = PAGE, offset: Offset = 0,
                      outlet: str | None = None) -> dict[str, Any]:
        """Stored documents, newest first: id, key, title, date, outlet, event and claim counts."""
        items, total = list_documents(store, limit=limit, offset=offset, outlet=outlet)
        return _page(items, total, offset, limit, request)

    @app.get("/api/documents/{document_id}", tags=["documents"])
    def api_document(document_id: int) -> dict[str, Any]:
        """One document: text, metadata, structure, actor mentions, events and claims (current coding)."""
        doc = get_document(store, document_id)
        if doc is None:
            raise HTTPException(404, {"code": "not_found", "message": f"no document {document_id}"})
        return doc

    @app.post("/api/documents", tags=["documents"], status_code=201)
    def api_ingest(body: DocumentIn, response: Response,
                   authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        """Ingest one text (needs the token). 201 with the new document's id; 200 if it was stored already."""
        _check_token(authorization)
        from marsad.pipeline import load_pipeline
        from marsad.read.readers import read_text
        from marsad.store.ingest import content_hash, ingest

        if app.state.pipeline is None:
            app.state.pipeline = load_pipeline(on_error="record")
        doc = read_text(body.text, id=body.id, title=body.title, date=body.date)
        doc.url, doc.outlet, doc.author = body.url, body.outlet, body.author
        doc.source = "api"
        digest = content_hash(doc)
        stats = ingest(store, [doc], app.state.pipeline, inputs=["api"])
        if stats.failed:
            f = stats.failures[0]
            raise HTTPException(422, {"code": f.code, "message": f.message})
        doc_id = document_id_by_hash(store, digest)
        if stats.unchanged:
            response.status_code = 200
        return {"id": doc_id, "created": not stats.unchanged, "events": stats.events,
                "page": f"/documents/{doc_id}"}

    @app.get("/api/events", tags=["events"])
    def api_events(request: Request, f: Filter, limit: Limit = PAGE, offset: Offset = 0,
                   sort: Annotated[str, Query(pattern="^(" + "|".join(SORTS) + ")$")] = "day",
                   desc: bool = False) -> dict[str, Any]:
        """Stored events with the filters of ``marsad events``, paginated: ``{items, total, next}``."""
        items = list(iter_events(store, f, limit=limit, offset=offset, sort=sort, newest_first=desc))
        return _page(items, count_events(store, f), offset, limit, request)

    @app.get("/api/events.csv", tags=["events"], response_class=StreamingResponse)
    def api_events_csv(f: Filter) -> StreamingResponse:
        """The filtered events as CSV (GDELT-like columns, as ``marsad export -f csv``)."""
        def rows() -> Any:
            buf = io.StringIO()
            writer = csv.DictWriter(buf, fieldnames=COLUMNS)
            writer.writeheader()
            for e in iter_events(store, f):
                writer.writerow(flat_row(e))
                if buf.tell() > 65536:
                    yield buf.getvalue()
                    buf.seek(0)
                    buf.truncate()
            yield buf.getvalue()

        return StreamingResponse(rows(), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="marsad-events.csv"'})

    @app.get("/api/actors", tags=["actors"])
    def api_actors(limit: Limit = 100, q: Annotated[str | None, Query(max_length=16)] = None) -> dict[str, Any]:
        """Actor MAIN codes by how many current events they take part in, with English names."""
        items = [{**a, "name": code_name(a["code"])} for a in actor_counts(store, limit=limit, q=q)]
        return {"items": items, "total": len(items), "next": None}

    @app.get("/api/actors/{code}/network", tags=["actors"])
    def api_network(code: str, f: Filter) -> dict[str, Any]:
        """The actor's counterparts with cooperation and conflict counts in each direction."""
        items = network(iter_events(store, f), code)
        return {"items": items, "total": len(items), "next": None}

    @app.get("/api/dyads/{a}/{b}", tags=["actors"])
    def api_dyad(a: str, b: str, f: Filter,
                 by: Annotated[str, Query(pattern="^(month|week)$")] = "month") -> dict[str, Any]:
        """Merged events between A and B per period, by quad class, with the mean Goldstein score."""
        items = dyad_series(iter_events(store, f), a, b, by=by)
        return {"items": items, "total": len(items), "next": None}

    @app.get("/api/alignment/{focal}", tags=["actors"])
    def api_alignment(focal: str, f: Filter,
                      with_: Annotated[list[str], Query(alias="with", description="Counterpart codes.")] = [],  # noqa: B006
                      by: Annotated[str | None, Query(pattern="^(month|week)$")] = None) -> dict[str, Any]:
        """The alignment report of the focal actor against each counterpart (default: its six most frequent),
        with the event ids and sentences behind every figure."""
        events = list(iter_events(store, f))
        others = [c.upper() for c in split_values(with_)] or [r["code"] for r in network(events, focal)[:6]]
        return alignment_report(events, focal, others, by=by)

    # ------------------------------------------------------------------ pages
    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """Swagger UI from the swagger-ui-bundle package (no CDN); its page needs its own inline script."""
        from fastapi.openapi.docs import get_swagger_ui_html

        page = get_swagger_ui_html(openapi_url="/openapi.json", title="marsad API",
                                   swagger_js_url="/vendor/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/vendor/swagger/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")
        page.headers["Content-Security-Policy"] = (
            "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:")
        return page

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        """plotly.js as shipped inside the plotly package: no CDN."""
        return FileResponse(_plotly_js(), media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> HTMLResponse:
        docs, _ = list_documents(store, limit=10)
        latest = list(iter_events(store, EventFilter(), limit=10, newest_first=True))
        return templates.TemplateResponse(request, "home.html", {
            "counts": store_counts(store), "documents": docs, "events": latest,
            "actors": actor_counts(store, limit=12)})

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(request: Request, offset: Offset = 0) -> HTMLResponse:
        docs, total = list_documents(store, limit=PAGE, offset=offset)
        return templates.TemplateResponse(request, "documents.html", {
            "documents": docs, "total": total, "offset": offset, "page": PAGE})

    @app.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, document_id: int) -> HTMLResponse:
        doc = get_document(store, document_id)
        if doc is None:
            raise HTTPException(404, {"code": "not_found", "message": f"no document {document_id}"})
        return templates.TemplateResponse(request, "document.html", {"doc": doc, "blocks": document_blocks(doc)})

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, f: Filter, offset: Offset = 0,
                    sort: Annotated[str, Query(pattern="^(" + "|".join(SORTS) + ")$")] = "day",
                    desc: bool = False) -> HTMLResponse:
        rows = list(iter_events(store, f, limit=PAGE, offset=offset, sort=sort, newest_first=desc))
        query = request.url.query
        return templates.TemplateResponse(request, "events.html", {
            "events": rows, "total": count_events(store, f), "offset": offset, "page": PAGE, "f": f,
            "sort": sort, "desc": desc, "query": query, "params": request.query_params})

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request) -> HTMLResponse:
        return templates.TemplateResponse(request, "actors.html", {"actors": actor_counts(store, limit=200)})

    @app.get("/actors/{code}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, code: str,
                   with_: Annotated[list[str], Query(alias="with")] = [],  # noqa: B006
                   by: Annotated[str, Query(pattern="^(month|week)$")] = "month") -> HTMLResponse:
        code = code.upper()
        events = list(iter_events(store, EventFilter(party=[code])))
        counterparts = network(events, code)
        others = [c.upper() for c in split_values(with_)] or [r["code"] for r in counterparts[:6]]
        report = alignment_report(events, code, others, by=by)
        return templates.TemplateResponse(request, "actor.html", {
            "code": code, "name": code_name(code), "network": counterparts[:20], "report": report,
            "timeline": _timeline(events, by), "alignment_chart": _alignment_chart(report), "by": by,
            "network_chart": _network_chart(code, counterparts[:20]),
            "with_": ",".join(others), "count": len(events)})

    @app.get("/dyads/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request, a: str, b: str,
                  by: Annotated[str, Query(pattern="^(month|week)$")] = "month") -> HTMLResponse:
        a, b = a.upper(), b.upper()
        events = list(iter_events(store, EventFilter(actor=[a, b], recipient=[a, b])))
        series = dyad_series(events, a, b, by=by)
        return templates.TemplateResponse(request, "dyad.html", {
            "a": a, "b": b, "series": series, "events": events, "by": by, "chart": _dyad_chart(series, a, b)})

    return app


def _plotly_js() -> str:
    import plotly

    return os.path.join(os.path.dirname(plotly.__file__), "package_data", "plotly.min.js")


def _sort_query(params: Any, key: str, desc: bool = False) -> str:
    """The events page's query string sorted by ``key`` (other filters kept, back to the first page)."""
    from urllib.parse import urlencode

    kept = [(k, v) for k, v in params.multi_items() if k not in ("sort", "desc", "offset")]
    return urlencode([*kept, ("sort", key), ("desc", "1" if desc else "0")])


def _page_query(params: Any, offset: int) -> str:
    from urllib.parse import urlencode

    return urlencode([*((k, v) for k, v in params.multi_items() if k != "offset"), ("offset", str(offset))])


def _timeline(events: list[dict[str, Any]], by: str) -> dict[str, Any]:
    """A plotly figure: the actor's merged events per period, cooperation up and conflict down."""
    from marsad.analysis.dyads import quad_series

    counts = quad_series(events, by)
    periods = list(counts)
    colors = {1: "#74b816", 2: "#2b8a3e", 3: "#f08c00", 4: "#c92a2a"}
    data = [{"type": "bar", "name": QUAD_NAMES[q], "x": periods, "marker": {"color": colors[q]},
             "y": [counts[p][q] * (1 if q < 3 else -1) for p in periods]} for q in (1, 2, 3, 4)]
    layout = {"barmode": "relative", "height": 320, "margin": {"t": 30, "b": 40, "l": 40, "r": 10},
              "xaxis": {"type": "category"},
              "yaxis": {"title": {"text": "events (conflict below 0)"}}, "legend": {"orientation": "h"}}
    return {"data": data, "layout": layout}


def _network_chart(code: str, counterparts: list[dict[str, Any]]) -> dict[str, Any]:
    """A plotly figure of the actor's counterparts around it: a spoke per counterpart as wide as their
    events, each node coloured by cooperation minus withheld cooperation and conflict (green toward, red
    away, grey even)."""
    import math

    n = max(len(counterparts), 1)
    data: list[dict[str, Any]] = []
    xs, ys, sizes, colors, labels, hover = [0.0], [0.0], [28], [0], [code], [code_name(code)]
    for i, c in enumerate(counterparts):
        angle = 2 * math.pi * i / n
        x, y = math.cos(angle), math.sin(angle)
        data.append({"type": "scatter", "mode": "lines", "x": [0, x], "y": [0, y], "hoverinfo": "skip",
                     "showlegend": False, "line": {"width": 1 + min(c["events"], 12), "color": "#adb5bd"}})
        xs.append(x)
        ys.append(y)
        sizes.append(14 + min(c["events"], 20))
        colors.append(c["cooperation"] - c["withheld"] - c["conflict"])
        labels.append(c["code"])
        hover.append(f"{c['name']}: {c['events']} events, {c['cooperation']} cooperation, "
                     f"{c['withheld']} withheld, {c['conflict']} conflict")
    top = max(max(map(abs, colors)), 1)  # a symmetric scale: 0 is grey
    data.append({"type": "scatter", "mode": "markers+text", "x": xs, "y": ys, "text": labels, "hovertext": hover,
                 "hoverinfo": "text", "textposition": "top center", "showlegend": False,
                 "marker": {"size": sizes, "color": colors, "cmin": -top, "cmax": top,
                            "colorscale": [[0, "#c92a2a"], [0.5, "#ced4da"], [1, "#2b8a3e"]],
                            "line": {"width": 1, "color": "#495057"}}})
    axis = {"visible": False, "range": [-1.4, 1.4]}
    return {"data": data, "layout": {"height": 420, "xaxis": axis, "yaxis": {**axis, "scaleanchor": "x"},
                                     "margin": {"t": 10, "b": 10, "l": 10, "r": 10}}}


def _alignment_chart(report: dict[str, Any]) -> dict[str, Any]:
    rows = report["counterparts"]
    names = [r["code"] for r in rows]
    data = [
        {"type": "bar", "name": "cooperation", "x": names, "y": [r["total"]["cooperation"] for r in rows],
         "marker": {"color": "#2b8a3e"}},
        {"type": "bar", "name": "withheld cooperation", "x": names, "y": [r["total"]["withheld"] for r in rows],
         "marker": {"color": "#e8a33d"}},
        {"type": "bar", "name": "conflict", "x": names, "y": [r["total"]["conflict"] for r in rows],
         "marker": {"color": "#c92a2a"}},
    ]
    return {"data": data, "layout": {"barmode": "group", "height": 300, "legend": {"orientation": "h"},
                                     "margin": {"t": 30, "b": 40, "l": 40, "r": 10}}}


def _dyad_chart(series: list[dict[str, Any]], a: str, b: str) -> dict[str, Any]:
    data: list[dict[str, Any]] = []
    for direction in (f"{a}->{b}", f"{b}->{a}"):
        rows = [r for r in series if r["direction"] == direction and r["period"] != "undated"]
        data.append({"type": "scatter", "mode": "lines+markers", "name": f"{direction} mean Goldstein",
                     "x": [r["period"] for r in rows], "y": [r["mean_score"] for r in rows]})
        data.append({"type": "bar", "name": f"{direction} events", "yaxis": "y2",
                     "x": [r["period"] for r in rows], "y": [r["events"] for r in rows], "opacity": 0.35})
    layout = {"height": 320, "xaxis": {"type": "category"},
              "yaxis": {"title": {"text": "mean score"}, "range": [-10, 10]},
              "yaxis2": {"overlaying": "y", "side": "right", "title": {"text": "events"}},
              "legend": {"orientation": "h"}, "margin": {"t": 30, "b": 40, "l": 50, "r": 50}}
    return {"data": data, "layout": layout}
