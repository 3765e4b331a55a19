"""No pattern searched from a position anchors itself with ``^``.

In Python's ``re``, ``pattern.search(text, pos)`` does not treat ``pos`` as the text's start: ``^`` still
matches only at the real start of the text (or after a newline). A pattern written with ``^`` and searched
from a sentence's or clause's start therefore works in a document's first sentence only. Six coder patterns
had that fault at once (a dateline, "تبنى", "تلقى … فيه", "our forces"); this test finds the next one: every
module-level compiled pattern that some call searches or matches from a position must anchor with a
lookbehind (``(?<!\\S)``) instead.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

import marsad

SOURCE = Path(marsad.__file__).parent
_POSITIONAL = {"search", "match", "fullmatch", "finditer", "findall"}


def _caret_outside_class(pattern: str) -> bool:
    """Whether ``pattern`` has an unescaped ``^`` that is an anchor (not inside ``[...]``)."""
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1  # a negated class
            if pattern[i + 1:i + 2] == "]":
                i += 1  # "]" first in a class is a letter
        elif c == "^":
            return True
        i += 1
    return False


def _searched_from_a_position(path: Path) -> set[str]:
    """Names of module-level patterns that a call of the module searches with a ``pos`` argument."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in _POSITIONAL and isinstance(node.func.value, ast.Name) \
                and (len(node.args) >= 2 or any(k.arg == "pos" for k in node.keywords)):
            names.add(node.func.value.id)
    return names


def _modules() -> list[Path]:
    return sorted(SOURCE.rglob("*.py"))


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SOURCE)))
def test_patterns_searched_from_a_position_do_not_anchor_with_caret(path: Path) -> None:
    searched = _searched_from_a_position(path)
    if not searched:
        return  # (no module is imported for nothing: the migrations' environment runs only under alembic)
    module = importlib.import_module(
        "marsad." + ".".join(path.relative_to(SOURCE).with_suffix("").parts).removesuffix(".__init__"))
    anchored = []
    for name in sorted(searched):
        pattern = getattr(module, name, None)
        if isinstance(pattern, re.Pattern) and _caret_outside_class(pattern.pattern):
            anchored.append(name)
    assert not anchored, anchored


@pytest.mark.parametrize(("pattern", "anchored"), [
    (r"^\s*و", True),
    (r"(?:^|\s)ما", True),
    (r"[^\s]+", False),
    (r"[]^]x", False),
    (r"a\^b", False),
    (r"(?<!\S)تبنى", False),
])
def test_the_anchor_check_itself(pattern: str, anchored: bool) -> None:
    assert _caret_outside_class(pattern) is anchored
