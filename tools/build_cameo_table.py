#!/usr/bin/env python3
"""Build src/marsad/data/events/cameo.tsv from the reference tables in ../shared/reference.

Facts only: every CAMEO code with its name, PLOVER type, mode and context (PLOVER project's
CAMEO->PLOVER table, draft 0.8) and its Goldstein score (as published with GDELT's CAMEO lookups),
plus the quad class of its root. The project's annotation conventions override the table where
they differ (163 embargo/sanctions -> SANCTION, as in shared/eval/diplomacy/GUIDELINES.md).

    python3 tools/build_cameo_table.py [../shared/reference]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OVERRIDES = {"163": ("SANCTION", "163 is COERCE in the 2021 table; the project's gold conventions code sanctions as SANCTION")}


def quad_class(code: str) -> int:
    root = int(code[:2])
    if root <= 5:
        return 1  # verbal cooperation
    if root <= 8:
        return 2  # material cooperation
    if root <= 13:
        return 3  # verbal conflict
    return 4  # material conflict


def main(ref: Path, out: Path) -> None:
    goldstein = {}
    for line in (ref / "cameo_goldstein.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        code, score = line.split("\t")
        goldstein[code] = float(score)
    rows = {}
    root_type = {}
    for line in (ref / "cameo_to_plover_2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        code, rest = m.groups()
        body, _, name = rest.partition("#")
        parts = [p.strip() for p in body.split(",")]
        ptype = parts[0] if parts and parts[0] else ""
        mode = parts[1] if len(parts) > 1 else ""
        context = parts[2].replace(";", ",").replace(" ", "") if len(parts) > 2 else ""
        if len(code) == 2:
            root_type[code] = ptype
            if not name.strip():
                name = ""
        if code in rows and rows[code][0]:  # the table lists 175 twice: keep the first
            continue
        rows[code] = (ptype, mode, context, name.strip())
    lines = ["code\tname\ttype\tmode\tcontext\tgoldstein\tquad_class\tnote"]
    for code in sorted(rows, key=lambda c: (c[:2], c)):
        ptype, mode, context, name = rows[code]
        note = ""
        if code in OVERRIDES:
            ptype, note = OVERRIDES[code]
        if not ptype:
            ptype = root_type.get(code[:2], "") or "-"
        if code[:2] in ("01", "02"):
            ptype = "-"  # public statements and appeals without another type are not PLOVER events
            note = note or "not coded: PLOVER drops public statements (CAMEO 01x/02x)"
        score = goldstein.get(code, goldstein.get(code[:3], goldstein.get(code[:2], 0.0)))
        lines.append(f"{code}\t{name}\t{ptype}\t{mode}\t{context}\t{score}\t{quad_class(code)}\t{note}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} codes to {out}")


if __name__ == "__main__":
    here = Path(__file__).resolve().parents[1]
    reference = Path(sys.argv[1]) if len(sys.argv) > 1 else here.parent / "shared" / "reference"
    main(reference, here / "src" / "marsad" / "data" / "events" / "cameo.tsv")
