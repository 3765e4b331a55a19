"""`marsad eval` reports the same figures as the reference scorer on every gold format."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli.main import cli

from .conftest import SHARED, need_shared

pytestmark = pytest.mark.slow

CASES = [
    ("examples/kyrgyzstan-commentary/gold.json", "example"),
    ("eval/diplomacy/dev.jsonl", "events"),
    ("eval/arabic_event_gsr/spans_dev.jsonl", "spans"),
    ("eval/arabic_event_gsr/detection_dev.jsonl", "detection"),
]


@pytest.mark.parametrize(("gold", "kind"), CASES, ids=[c[1] for c in CASES])
def test_eval_matches_reference_scorer(tmp_path: Path, gold: str, kind: str) -> None:
    gold_path = need_shared(*gold.split("/"))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["eval", "--gold", str(gold_path), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"{kind}:")
    ours = json.loads(result.output.strip().splitlines()[-1])
    reference = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), kind, str(out), str(gold_path)],
                               capture_output=True, text=True, check=True)
    theirs = json.loads(reference.stdout.strip().splitlines()[-1])
    assert ours == theirs


def test_unknown_gold_format_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"id": 1, "text": "نص"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "--gold", str(bad)])
    assert result.exit_code == 1 and "unrecognized gold format" in result.output
