"""No module of marsad assigns the same top-level name twice: the later assignment silently replaces the
earlier one for every function of the module, whichever of the two its author meant (it happened twice in
the event coder, with a set of witnessing verbs and a set of noun governors)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import marsad

SOURCE = Path(marsad.__file__).parent


def _assigned_twice(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: Counter[str] = Counter()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, ast.AnnAssign) and node.value is not None else []
        for target in targets:  # (a name, or names unpacked; not an item or attribute set on one)
            for name in target.elts if isinstance(target, ast.Tuple) else [target]:
                if isinstance(name, ast.Name):
                    names[name.id] += 1
    return sorted(name for name, n in names.items() if n > 1)


def test_no_module_assigns_a_top_level_name_twice() -> None:
    twice = {str(p.relative_to(SOURCE)): names for p in sorted(SOURCE.rglob("*.py"))
             if (names := _assigned_twice(p))}
    assert not twice, twice
