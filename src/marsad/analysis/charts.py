"""PNG charts of the alignment report (matplotlib, drawn off-screen; nothing is fetched)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def alignment_chart(report: dict[str, Any], path: str | Path) -> Path:
    """Per counterpart: cooperation, withheld cooperation and conflict (bars); with periods, the balance
    per period (lines). Returns the path written."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = report["counterparts"]
    periods = sorted({p["period"] for r in rows for p in r["periods"]} - {"all", "undated"})
    panels = 2 if len(periods) >= 2 else 1
    fig, axes = plt.subplots(1, panels, figsize=(6 * panels + 1, 4.2), squeeze=False)
    ax = axes[0][0]
    names = [r["code"] for r in rows]
    x = range(len(rows))
    width = 0.27
    ax.bar([i - width for i in x], [r["total"]["cooperation"] for r in rows], width, label="cooperation",
           color="#2b8a3e")
    ax.bar(list(x), [r["total"]["withheld"] for r in rows], width, label="withheld cooperation", color="#e8a33d")
    ax.bar([i + width for i in x], [r["total"]["conflict"] for r in rows], width, label="conflict", color="#c92a2a")
    ax.set_xticks(list(x), names)
    ax.set_ylabel("events (merged)")
    ax.set_title(f"{report['focal_name']}: events with each counterpart")
    ax.legend(fontsize=8)
    if panels == 2:
        ax2 = axes[0][1]
        for r in rows:
            by_period = {p["period"]: p["balance"] for p in r["periods"]}
            ax2.plot(periods, [by_period.get(p, 0) for p in periods], marker="o", label=r["code"])
        ax2.axhline(0, color="#888", linewidth=0.8)
        ax2.set_title(f"balance (cooperation - withheld - conflict) by {report['by']}")
        ax2.tick_params(axis="x", rotation=45)
        ax2.legend(fontsize=8)
    fig.tight_layout()
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out
