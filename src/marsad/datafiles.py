"""Reading marsad's TSV data files: one header row, a stable id in the first column, a trailing note.

Every loader (actors, roles, exclusions, given names, triggers, not-event phrases, places) reads its rows
through :func:`read_table`, which reports a bad header, a wrong number of cells and malformed or
duplicated ids as ``file:line: problem`` and leaves the column checks to the loader
(:func:`check_choice` for a column limited to a set of values). :func:`data_dir` and
:func:`read_manifest` find the shipped files; :func:`resolve_overrides` is the one rule for a pattern
listed twice and for a user's file replacing shipped rows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Protocol, TypeVar

from marsad.errors import LexiconError
from marsad.text.normalize import normalize_key

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(slots=True)
class Row:
    where: str  # "file:line"
    cells: list[str]
    id_ok: bool


def read_table(path: Path, label: str, header: list[str], problems: list[str]) -> Iterator[Row]:
    """The rows of a TSV file whose first line must be ``header``. A missing last cell (the note) is
    read as empty; rows with another number of cells are reported and skipped; an id that is malformed
    or already seen is reported (``Row.id_ok`` is then False) but the row is still given for its other
    checks."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{label}: cannot read: {exc}")
        return
    if not lines:
        problems.append(f"{label}: empty file (a header row is required)")
        return
    got = lines[0].split("\t")
    if got != header:
        problems.append(f"{label}:1: header must be {' '.join(header)} (tab-separated), got {got}")
        return
    ids: set[str] = set()
    optional_last = header[-1] == "note"
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        where = f"{label}:{n}"
        cells = line.split("\t")
        if optional_last and len(cells) == len(header) - 1:
            cells.append("")
        if len(cells) != len(header):
            problems.append(f"{where}: expected {len(header)} tab-separated cells, got {len(cells)}")
            continue
        rid = cells[0]
        id_ok = True
        if not ID_RE.match(rid):
            problems.append(f"{where}: id {rid!r} must match {ID_RE.pattern}")
            id_ok = False
        elif rid in ids:
            problems.append(f"{where}: duplicate id {rid!r}")
            id_ok = False
        ids.add(rid)
        yield Row(where, cells, id_ok)


def check_choice(where: str, column: str, value: str, allowed: Collection[str], problems: list[str]) -> bool:
    """Whether ``value`` is one of ``allowed``; if not, say so in ``problems``."""
    if value in allowed:
        return True
    problems.append(f"{where}: {column} {value!r} is not one of {', '.join(sorted(allowed))}")
    return False


def data_dir(name: str) -> Path:
    """A directory of the data shipped inside the package (``actors``, ``events``, ``places``)."""
    return Path(str(resources.files("marsad") / "data" / name))


def read_manifest(base: Path, what: str) -> dict[str, Any]:
    """The ``manifest.json`` of a data directory; an unreadable one is a LexiconError naming ``what``."""
    try:
        manifest: dict[str, Any] = json.loads((base / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LexiconError(f"cannot read the {what} manifest: {exc}") from exc
    return manifest


class _Patterned(Protocol):
    @property
    def pattern(self) -> str: ...
    @property
    def where(self) -> str: ...


P = TypeVar("P", bound=_Patterned)


def resolve_overrides(items: list[P], value: Callable[[P], str], problems: list[str]) -> list[P]:
    """One normalized pattern, one ``value`` (a code, a type): two values are reported as a problem
    unless one of the rows comes from a user's file (``where`` starting ``user:``), whose rows replace
    every shipped row with the same pattern. The kept rows stay in their order."""
    first: dict[tuple[str, bool], P] = {}
    for item in items:
        key = (normalize_key(item.pattern), item.where.startswith("user:"))
        prev = first.setdefault(key, item)
        if prev is not item and value(prev) != value(item):
            problems.append(f"{item.where}: pattern {item.pattern!r} is {value(item)} here "
                            f"but {value(prev)} at {prev.where}")
    user_keys = {k for k, is_user in first if is_user}
    return [i for i in items if i.where.startswith("user:") or normalize_key(i.pattern) not in user_keys]
