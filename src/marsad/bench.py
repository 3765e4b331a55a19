"""``marsad bench``: end-to-end extract throughput and peak memory, against a bare regex baseline.

The extract pass reads, processes and serializes every document as ``extract -f jsonl`` does (the JSON
is discarded), timed with the process's CPU clock, so the figure is words per second per core. The
baseline pass re-reads the same documents and times only ``re.findall(r"\\w+", text)`` on each, which
also gives the word count.
"""

from __future__ import annotations

import platform
import re
import resource
import sys
import time
from typing import Any

from marsad import __version__
from marsad.errors import MarsadError
from marsad.model import Failure
from marsad.output.serialize import item_to_json
from marsad.pipeline import load_pipeline
from marsad.read.readers import read_inputs

_WORD = re.compile(r"\w+")


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


def run_bench(path: str, limit: int | None = None, progress: bool = False,
              stages: tuple[str, ...] | None = None) -> dict[str, Any]:
    """Bench the whole pipeline, or only ``stages`` (short names such as ``normalize``, ``actors``)."""
    if stages:
        from marsad.pipeline import DEFAULT_STAGES

        names = [s for s in DEFAULT_STAGES if s.split(".")[1] in stages]
        unknown = set(stages) - {s.split(".")[1] for s in names}
        if unknown:
            raise MarsadError(f"unknown stage(s) {', '.join(sorted(unknown))}; known: "
                              f"{', '.join(s.split('.')[1] for s in DEFAULT_STAGES)}", code="bench_bad_stage")
        pipeline = load_pipeline(on_error="record", stages=names)
    else:
        pipeline = load_pipeline(on_error="record")
    docs = failures = chars = 0
    wall0, cpu0 = time.perf_counter(), time.process_time()
    bar = _Bar(progress)
    for item in pipeline.run(read_inputs([path])):
        item_to_json(item)
        if isinstance(item, Failure):
            failures += 1
        else:
            docs += 1
            chars += len(item.text)
        bar.tick(docs + failures)
        if limit is not None and docs + failures >= limit:
            break
    cpu = time.process_time() - cpu0
    wall = time.perf_counter() - wall0
    bar.close()
    peak_mb = _peak_rss_mb()
    if docs == 0:
        raise MarsadError(f"no documents could be read from {path}", code="bench_no_input")

    words = 0
    base_cpu = 0.0
    seen = 0
    for item in read_inputs([path]):
        seen += 1
        if not isinstance(item, Failure):
            t0 = time.process_time()
            words += len(_WORD.findall(item.text))
            base_cpu += time.process_time() - t0
        if limit is not None and seen >= limit:
            break

    wps = words / cpu if cpu else 0.0
    base_wps = words / base_cpu if base_cpu else 0.0
    stage_figures = {
        name: {"seconds": round(sec, 3), "words_per_s": round(words / sec) if sec else None}
        for name, sec in pipeline.timings.items()
    }
    result: dict[str, Any] = {
        "marsad": __version__,
        "python": platform.python_version(),
        "path": path,
        "documents": docs,
        "failures": failures,
        "words": words,
        "chars": chars,
        "cpu_seconds": round(cpu, 3),
        "wall_seconds": round(wall, 3),
        "docs_per_s": round(docs / cpu, 1) if cpu else None,
        "words_per_s_per_core": round(wps),
        "peak_rss_mb": round(peak_mb, 1),
        "baseline_words_per_s": round(base_wps),
        "ratio_to_baseline": round(wps / base_wps, 4) if base_wps else None,
        "stages": stage_figures,
    }
    lines = [
        f"marsad {__version__} bench on {path}" + (f" (stages: {', '.join(pipeline.timings)})" if stages else ""),
        f"  documents   {docs:,} ({failures:,} failed to read or process)",
        f"  words       {words:,} (\\w+ tokens), {chars:,} characters",
        f"  extract     {cpu:.2f} s CPU ({wall:.2f} s wall): {docs / cpu:,.0f} documents/s, "
        f"{wps:,.0f} words/s per core",
        f"  peak memory {peak_mb:,.0f} MB (max RSS)",
        f"  baseline    re.findall(r'\\w+'): {base_wps:,.0f} words/s; extract runs at "
        f"{wps / base_wps:.3f} of the baseline" if base_wps else "  baseline    n/a",
        "  stages (CPU share, words/s):",
    ]
    for name, st in stage_figures.items():
        seconds = float(st["seconds"] or 0.0)
        share = seconds / cpu * 100 if cpu else 0.0
        rate = f"{st['words_per_s']:,}" if st["words_per_s"] else "n/a"
        lines.append(f"    {name:12} {share:5.1f}%  {rate} words/s")
    result["report"] = "\n".join(lines)
    return result


class _Bar:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.progress: Any = None
        self.task: Any = None

    def tick(self, n: int) -> None:
        if not self.enabled or n % 100:
            return
        if self.progress is None:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                     console=Console(stderr=True), transient=True)
            self.progress.start()
            self.task = self.progress.add_task("")
        self.progress.update(self.task, description=f"bench: {n:,} documents")

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()
