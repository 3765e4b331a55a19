"""The store commands end to end: ingest, events, dyad, network, export, recode, report alignment."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli.main import cli

from ..conftest import need_shared


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_alignment_on_the_canonical_article(db_url: str, tmp_path: Path) -> None:
    article = need_shared("examples", "kyrgyzstan-commentary", "article.txt")
    code, _, err = run("ingest", str(article), "--db", db_url)
    assert code == 0, err
    chart = tmp_path / "kgz.png"
    code, out, err = run("report", "alignment", "KGZ", "--with", "RUS", "USA", "CHN", "UZB", "TJK", "CSTO",
                         "--db", db_url, "-f", "json", "--chart", str(chart))
    assert code == 0, err
    report = json.loads(out)
    verdicts = {r["code"]: r["verdict"] for r in report["counterparts"]}
    assert verdicts == {"RUS": "withdrawing", "CSTO": "withdrawing", "TJK": "withdrawing",
                        "USA": "building", "CHN": "building", "UZB": "building"}
    assert report["answer"].startswith("Kyrgyzstan is withdrawing cooperation from")
    for name in ("Russia", "Tajikistan", "Collective Security Treaty Organization", "United States", "China",
                 "Uzbekistan"):
        assert name in report["answer"]
    text = article.read_text(encoding="utf-8")
    for row in report["counterparts"]:
        assert row["evidence"], row["code"]
        for e in row["evidence"]:
            assert e["sentence"] in text and e["event_id"]
    withheld = [e for r in report["counterparts"] for e in r["evidence"] if e["kind"] == "withheld"]
    assert {e["polarity"] for e in withheld} == {"negated"}
    assert chart.stat().st_size > 5000 and chart.read_bytes()[:4] == b"\x89PNG"
    # the author's own claims can be left out: what remains is reported fact and quoted speech
    code, out, _ = run("report", "alignment", "KGZ", "--with", "RUS", "CSTO", "--db", db_url, "-f", "json",
                       "--attribution", "reported", "--attribution", "quoted")
    assert all(e["attribution"] != "author" for r in json.loads(out)["counterparts"] for e in r["evidence"])
    code, out, _ = run("report", "alignment", "KGZ", "--with", "RUS", "USA", "--db", db_url)
    assert code == 0 and out.startswith("Kyrgyzstan is") and "رئيس قرغيزستان" in out


def test_events_dyad_network_export_and_recode(tmp_path: Path) -> None:
    db = str(tmp_path / "m.db")
    code, _, err = run("ingest", "--examples", "--db", db)
    assert code == 0 and "6 new" in err
    code, out, _ = run("events", "--db", db, "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows
    dyadic = next(r for r in rows if r["actor_codes"] and r["recipient_codes"]
                  and r["actor_codes"].split(":")[0] != r["recipient_codes"].split(":")[0])
    actor = dyadic["actor_codes"].split(";")[0].split(":")[0]
    code, out, _ = run("events", "--db", db, "--actor", actor, "-f", "jsonl")
    assert all(any(c.startswith(actor) for c in json.loads(line)["actor"]) for line in out.splitlines())
    code, out, _ = run("events", "--db", db)
    assert code == 0 and "events" in out
    code, out, _ = run("network", actor, "--db", db, "-f", "json")
    assert code == 0 and isinstance(json.loads(out), list)
    counterpart = json.loads(out)[0]["code"]
    code, out, _ = run("dyad", actor, counterpart, "--db", db, "-f", "json")
    assert code == 0 and json.loads(out)
    code, _, err = run("export", "--db", db, "-f", "parquet", "-o", str(tmp_path / "e.parquet"))
    assert code == 0 and f"wrote {len(rows)} events" in err
    code, out, _ = run("recode", "--db", db)
    assert code == 0 and "recoded 0 documents" in out
    code, out, _ = run("recode", "--db", db, "--force")
    assert code == 0 and "recoded 6 documents" in out


@pytest.mark.parametrize("args", [
    ["events", "--db", "{tmp}/missing.db"],
    ["events", "--db", "{tmp}/no/such/folder/x.db"],
    ["events", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none"],
    ["events", "--db", "mysql://x"],
])
def test_store_errors_are_clear(tmp_path: Path, args: list[str]) -> None:
    result = CliRunner().invoke(cli, [a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: [") and "Traceback" not in result.stderr


def test_report_needs_counterparts(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["report", "alignment", "KGZ", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "counterpart" in result.stderr
