"""Time ``marsad extract`` against ``marsad ingest`` on the same inputs, then ingest them again.

Usage: python tools/bench_store.py PATH [--db FILE]

Runs, one after the other, in fresh processes: extract PATH to /dev/null; ingest PATH into a new
SQLite database; ingest PATH again. Prints wall-clock and CPU seconds of each, the ingest/extract
ratio (the bar is at most 2), the rows each ingest added and the database size, and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from marsad.store.schema import metadata

TABLES = list(metadata.tables)


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, of the child) of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):  # 1: some inputs failed (empty records), reported and recorded
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def counts(db: Path) -> dict[str, int]:
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        return {t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path")
    parser.add_argument("--db", default=None, help="database file to create (default: a temporary one)")
    args = parser.parse_args()
    marsad = [sys.executable, "-m", "marsad.cli.main", "-q"]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "bench.db"
        if db.exists():
            sys.exit(f"{db} exists; give a new file")
        extract = timed([*marsad, "extract", args.path, "-o", os.devnull])
        first = timed([*marsad, "ingest", args.path, "--db", str(db)])
        rows1 = counts(db)
        second = timed([*marsad, "ingest", args.path, "--db", str(db)])
        rows2 = counts(db)
        size = db.stat().st_size
    result = {
        "extract_wall_s": round(extract[0], 1), "extract_cpu_s": round(extract[1], 1),
        "ingest_wall_s": round(first[0], 1), "ingest_cpu_s": round(first[1], 1),
        "ratio_wall": round(first[0] / extract[0], 2), "ratio_cpu": round(first[1] / extract[1], 2),
        "second_ingest_wall_s": round(second[0], 1), "rows": rows1,
        "rows_added_by_second_ingest": sum(rows2.values()) - sum(rows1.values()), "db_mb": round(size / 2**20, 1),
    }
    print(f"extract: {extract[0]:.1f} s wall, {extract[1]:.1f} s CPU")
    print(f"ingest:  {first[0]:.1f} s wall, {first[1]:.1f} s CPU  (ratio {result['ratio_wall']} wall, "
          f"{result['ratio_cpu']} CPU; the bar is 2)")
    print(f"second ingest: {second[0]:.1f} s wall, {result['rows_added_by_second_ingest']} rows added")
    print("rows: " + ", ".join(f"{k} {v:,}" for k, v in rows1.items()) + f"; database {result['db_mb']} MB")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
