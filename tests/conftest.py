"""Shared fixtures. Data under ../shared is read in place (never copied); tests that need it skip without it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CANONICAL = SHARED / "examples" / "kyrgyzstan-commentary"
SCHEMA = ROOT / "src" / "marsad" / "data" / "document.schema.json"


def need_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not present (../shared is only beside the repository in a workplace checkout)")
    return path


@pytest.fixture(scope="session")
def schema_validator():
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="session")
def canonical_text() -> str:
    return need_shared("examples", "kyrgyzstan-commentary", "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def canonical_gold() -> dict:
    return json.loads(need_shared("examples", "kyrgyzstan-commentary", "gold.json").read_text(encoding="utf-8"))


def assert_spans_exact(out: dict, text: str) -> None:
    """Every span of a serialized document slices the original text to its reported string."""
    def check(obj: object) -> None:
        if isinstance(obj, dict):
            if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int):
                assert 0 <= obj["start"] <= obj["end"] <= len(text), obj
                if isinstance(obj.get("text"), str):
                    assert text[obj["start"] : obj["end"]] == obj["text"], obj
                if "name" in obj and "cue" in obj:
                    assert text[obj["start"] : obj["end"]] == obj["name"], obj
            for value in obj.values():
                check(value)
        elif isinstance(obj, list):
            for value in obj:
                check(value)

    check(out)
