"""The REST API and pages with FastAPI's test client: reads, pagination, CSV, the token, limits, errors,
and document text always escaped."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.pipeline import load_pipeline
from marsad.read.readers import read_inputs
from marsad.store.db import open_engine
from marsad.store.ingest import ingest
from marsad.web.app import create_app

EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "marsad" / "examples"
TOKEN = "s3cret-token"
SCRIPT_TEXT = ('<script>alert("x")</script> أعلنت وزارة الخارجية المصرية <b>رفضها</b> للقرار، وطردت السفير '
               'الإسرائيلي من القاهرة.')


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):
    engine = open_engine(str(tmp_path_factory.mktemp("web") / "web.db"))
    ingest(engine, read_inputs([str(EXAMPLES)]), load_pipeline(on_error="record"))
    return engine


@pytest.fixture(scope="module")
def client(engine) -> TestClient:
    return TestClient(create_app(engine=engine, token=TOKEN, max_body=4096))


@pytest.fixture(scope="module")
def readonly(engine) -> TestClient:
    return TestClient(create_app(engine=engine, token=None))


def test_documents_list_and_one_document(client: TestClient) -> None:
    listing = client.get("/api/documents", params={"limit": 2}).json()
    assert listing["total"] == 6 and len(listing["items"]) == 2 and listing["next"]
    following = client.get(listing["next"]).json()
    assert len(following["items"]) == 2
    assert {d["id"] for d in following["items"]}.isdisjoint({d["id"] for d in listing["items"]})
    doc = client.get(f"/api/documents/{listing['items'][0]['id']}").json()
    assert {"text", "structure", "mentions", "events", "claims"} <= set(doc)
    for e in doc["events"]:
        assert doc["text"][e["trigger_start"] : e["trigger_end"]] == e["trigger_text"]


def test_events_filters_pagination_and_csv(client: TestClient) -> None:
    everything = client.get("/api/events", params={"limit": 500}).json()
    assert everything["total"] == len(everything["items"]) > 0 and everything["next"] is None
    page = client.get("/api/events", params={"limit": 3}).json()
    assert len(page["items"]) == 3 and "offset=3" in page["next"]
    assault = client.get("/api/events", params={"type": "ASSAULT"}).json()
    assert assault["total"] > 0 and all(e["type"] == "ASSAULT" for e in assault["items"])
    negated = client.get("/api/events", params={"polarity": "negated"}).json()
    assert all(e["polarity"] == "negated" for e in negated["items"])
    response = client.get("/api/events.csv", params={"type": "ASSAULT"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == assault["total"] and {r["plover_type"] for r in rows} == {"ASSAULT"}


def test_actors_dyads_alignment(client: TestClient) -> None:
    actors = client.get("/api/actors").json()["items"]
    assert actors and all(a["events"] > 0 and a["name"] for a in actors)
    code = actors[0]["code"]
    network = client.get(f"/api/actors/{code}/network").json()["items"]
    report = client.get(f"/api/alignment/{code}").json()
    assert report["focal"] == code and len(report["counterparts"]) == min(6, len(network))
    # a dyad is directed: the first actor with a counterpart it acted on or was acted on by has a series
    # (a counterpart met only in joint events, on the same side, has none)
    directed = next((a["code"], n["code"]) for a in actors
                    for n in client.get(f"/api/actors/{a['code']}/network").json()["items"] if n["out"] + n["in"])
    series = client.get(f"/api/dyads/{directed[0]}/{directed[1]}").json()["items"]
    assert series and all(r["events"] >= 1 for r in series)


@pytest.mark.parametrize(("url", "status", "code"), [
    ("/api/documents/999999", 404, "not_found"),
    ("/api/documents/abc", 422, "invalid_request"),
    ("/api/events?limit=0", 422, "invalid_request"),
    ("/api/events?limit=100000", 422, "invalid_request"),
    ("/api/events?since=2020/01/01", 422, "invalid_request"),
    ("/api/events?quad=9", 422, "invalid_request"),
    ("/api/events?sort=text;drop", 422, "invalid_request"),
    ("/api/nothing-here", 404, "not_found"),
])
def test_bad_requests_get_json_errors(client: TestClient, url: str, status: int, code: str) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code and response.json()["error"]["message"]


def test_posting_needs_the_token(client: TestClient, readonly: TestClient) -> None:
    body = {"text": "استقبل الرئيس التونسي وزير الخارجية الجزائري في قصر قرطاج."}
    assert readonly.post("/api/documents", json=body).json()["error"]["code"] == "read_only"
    assert readonly.post("/api/documents", json=body).status_code == 403
    missing = client.post("/api/documents", json=body)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = client.post("/api/documents", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "unauthorized"
    basic = client.post("/api/documents", json=body, headers={"Authorization": f"Basic {TOKEN}"})
    assert basic.status_code == 401


def test_posting_malformed_and_oversize_bodies(client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    bad_json = client.post("/api/documents", content=b"{not json", headers={**auth, "Content-Type": "application/json"})
    assert bad_json.status_code == 422 and bad_json.json()["error"]["code"] == "invalid_request"
    assert client.post("/api/documents", json={"text": ""}, headers=auth).status_code == 422
    assert client.post("/api/documents", json={"title": "no text"}, headers=auth).status_code == 422
    assert client.post("/api/documents", json={"text": "نص", "date": "yesterday"}, headers=auth).status_code == 422
    huge = client.post("/api/documents", json={"text": "ا" * 10_000}, headers=auth)
    assert huge.status_code == 413 and huge.json()["error"]["code"] == "too_large"

    def chunks():  # no Content-Length: the limit applies to what is read
        for _ in range(10):
            yield b"x" * 1000

    streamed = client.post("/api/documents", content=chunks(), headers={**auth, "Content-Type": "application/json"})
    assert streamed.status_code == 413


def test_posting_ingests_and_markup_is_shown_as_text(client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    created = client.post("/api/documents", json={"text": SCRIPT_TEXT, "id": "xss-1", "date": "2024-02-01",
                                                  "title": "<img src=x onerror=alert(1)>"}, headers=auth)
    assert created.status_code == 201, created.text
    doc_id = created.json()["id"]
    again = client.post("/api/documents", json={"text": SCRIPT_TEXT, "id": "xss-1", "date": "2024-02-01",
                                                "title": "<img src=x onerror=alert(1)>"}, headers=auth)
    assert again.status_code == 200 and again.json()["id"] == doc_id and again.json()["created"] is False
    page = client.get(f"/documents/{doc_id}")
    assert page.status_code == 200
    html = page.text
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "<b>رفضها</b>" not in html and "&lt;b&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "script-src 'self'" in page.headers["content-security-policy"]
    events = client.get("/api/events", params={"document": "xss-1"}).json()["items"]
    assert events, "the expulsion should be coded"


def test_pages_render(client: TestClient) -> None:
    for url in ("/", "/documents", "/events", "/events?type=ASSAULT&sort=type&desc=1", "/actors", "/docs"):
        response = client.get(url)
        assert response.status_code == 200, url
    code = client.get("/api/actors").json()["items"][0]["code"]
    assert 'data-chart="timeline-data"' in client.get(f"/actors/{code}").text
    plotly = client.get("/vendor/plotly.min.js")
    assert plotly.status_code == 200 and len(plotly.content) > 1_000_000
    docs = client.get("/docs").text
    assert "cdn" not in docs.lower() and "/vendor/swagger/swagger-ui-bundle.js" in docs
    assert client.get("/openapi.json").json()["paths"]["/api/events"]


def test_marsad_serve_starts_on_loopback_and_answers(tmp_path: Path) -> None:
    import json
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path / "served.db"
    proc = subprocess.Popen([sys.executable, "-m", "marsad.cli.main", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/documents", timeout=2) as response:
                    body = json.loads(response.read())
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else "exited"
                assert time.monotonic() < deadline, "marsad serve did not answer in 30 s"
                time.sleep(0.2)
        assert body == {"items": [], "total": 0, "next": None}
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert "read-only" in err and f"http://127.0.0.1:{port}/" in err
