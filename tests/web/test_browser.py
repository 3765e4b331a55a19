"""End to end in Debian's Chromium, driven by Playwright: the canonical article's evidence is highlighted
and explained on hover, the events explorer filters and sorts, the KGZ alignment page draws its charts,
and a document carrying <script> is shown as text. Screenshots go to test-artifacts/ (git-ignored).

Chromium is never downloaded: the tests use /usr/bin/chromium (``.ci/run`` installs Debian's package)
and skip without it, unless MARSAD_REQUIRE_BROWSER=1 (set in CI), where its absence is a failure.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from marsad.pipeline import load_pipeline
from marsad.read.readers import read_inputs
from marsad.store.db import open_engine
from marsad.store.ingest import ingest
from marsad.web.app import create_app

from ..conftest import need_shared

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
EXAMPLES = ROOT / "src" / "marsad" / "examples"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TOKEN = "browser-test-token"


def _get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def _post_json(url: str, body: dict[str, Any], token: str) -> tuple[int, Any]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST", headers={
        "Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, json.loads(response.read())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    article = need_shared("examples", "kyrgyzstan-commentary", "article.txt")
    engine = open_engine(str(tmp_path_factory.mktemp("browser") / "b.db"))
    ingest(engine, read_inputs([str(article), str(EXAMPLES)]), load_pipeline(on_error="record"))
    port = _free_port()
    config = uvicorn.Config(create_app(engine=engine, token=TOKEN), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("MARSAD_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{CHROMIUM} is missing but MARSAD_REQUIRE_BROWSER=1")
        pytest.skip(f"{CHROMIUM} is not installed (Debian package chromium; .ci/run installs it)")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs
    yield pg
    context.close()


def _canonical_id(server: str) -> int:
    docs = _get_json(f"{server}/api/documents?limit=100")["items"]
    return next(d["id"] for d in docs if d["key"].endswith("kyrgyzstan-commentary/article.txt"))


def test_every_required_event_is_highlighted_with_its_code(server: str, page: Any) -> None:
    gold = json.loads(need_shared("examples", "kyrgyzstan-commentary", "gold.json").read_text(encoding="utf-8"))
    page.goto(f"{server}/documents/{_canonical_id(server)}")
    triggers = page.locator("article .trigger")
    spans = [(int(t.get_attribute("data-start")), int(t.get_attribute("data-end")), t) for t in triggers.all()]
    assert spans, "no trigger is highlighted"
    required = [e for e in gold["events"] if e.get("required")]
    assert len(required) == 13
    for event in required:
        g0, g1 = event["trigger"]["start"], event["trigger"]["end"]
        hits = [t for a, b, t in spans if a < g1 and g0 < b]
        assert hits, f"gold trigger {event['trigger']['text']!r} ({event['id']}) is not highlighted"
        hits[0].scroll_into_view_if_needed()
        hits[0].hover()
        tip = page.locator("#tip")
        tip.wait_for(state="visible")
        assert hits[0].get_attribute("data-cameo") in tip.inner_text()
        assert hits[0].get_attribute("data-type") in tip.inner_text()
    page.locator("article .trigger").first.hover()
    page.screenshot(path=str(ARTIFACTS / "document.png"))
    labels = page.locator("article .block .label").all_inner_texts()
    assert {"TITLE", "NEWS", "COMMENTARY", "BYLINE"} <= {x.split(":")[0].strip().upper() for x in labels}
    assert page.locator("article").get_attribute("dir") == "rtl"
    assert page.locator("aside .events-list li[data-event-row]").count() == triggers.evaluate_all(
        "els => new Set(els.map(e => e.dataset.event)).size")


def test_events_explorer_filters_and_sorts(server: str, page: Any) -> None:
    page.goto(f"{server}/events")
    total_all = page.locator("tbody tr").count()
    page.fill("input[name=type]", "REJECT")
    page.click("form.filters button[type=submit]")
    page.wait_for_load_state()
    types = page.locator("table.events tbody tr td:nth-child(2)").all_inner_texts()
    assert types and set(types) == {"REJECT"} and len(types) < total_all
    assert "type=REJECT" in page.url
    page.click("table.events th a:has-text('CAMEO')")
    page.wait_for_load_state()
    cameos = page.locator("table.events tbody tr td:nth-child(3)").all_inner_texts()
    assert cameos == sorted(cameos) and set(page.locator("table.events tbody tr td:nth-child(2)")
                                             .all_inner_texts()) == {"REJECT"}
    csv_href = page.locator("form.filters a[download]").get_attribute("href")
    assert csv_href.startswith("/api/events.csv?") and "type=REJECT" in csv_href
    page.screenshot(path=str(ARTIFACTS / "events.png"))


def test_kgz_alignment_page_draws_its_charts(server: str, page: Any) -> None:
    page.goto(f"{server}/actors/KGZ?with=RUS,USA,CHN,UZB,TJK,CSTO")
    for chart in ("#timeline", "#alignment", "#network"):
        page.locator(f"{chart} svg.main-svg").first.wait_for(state="attached", timeout=15000)
        assert page.locator(f"{chart} .bars path, {chart} .point path, {chart} .js-line").count() > 0
    answer = page.locator(".answer").inner_text()
    assert "Kyrgyzstan is withdrawing cooperation from" in answer and "Russia" in answer
    assert page.locator("h2#cp-RUS").inner_text().startswith("Russia (RUS): withdrawing")
    page.screenshot(path=str(ARTIFACTS / "alignment.png"), full_page=True)


def test_a_document_with_script_is_shown_as_text(server: str, page: Any) -> None:
    text = ('<script>alert("marsad")</script><img src=x onerror="alert(2)"> أعلنت وزارة الخارجية المصرية '
            'طرد السفير الإسرائيلي من القاهرة.')
    status, created = _post_json(f"{server}/api/documents", {"text": text, "id": "script-doc", "date": "2024-03-01"},
                                 TOKEN)
    assert status == 201, created
    page.goto(f"{server}/documents/{created['id']}")
    shown = page.locator("article").inner_text()
    assert '<script>alert("marsad")</script>' in shown and '<img src=x onerror="alert(2)">' in shown
    assert page.locator("article script, article img").count() == 0
    page.wait_for_timeout(300)
    assert page.dialogs == []
    page.screenshot(path=str(ARTIFACTS / "script-as-text.png"))
