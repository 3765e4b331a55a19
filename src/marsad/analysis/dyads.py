"""Dyad time series and an actor's network of counterparts, from event records (pure functions).

Counts are of merged events (clusters): an event reported in ten articles counts once, in the period
of its first report; ``mentions`` gives the raw number of reports beside it. Mean Goldstein scores are
over asserted, non-hypothetical events only: a cancelled exercise must not raise the mean by the score of
an exercise.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from marsad.actors.names import code_name, mains
from marsad.analysis.alignment import UNDATED, period_of
from marsad.analysis.merge import cluster_key


def _scored(e: dict[str, Any]) -> bool:
    return e.get("score") is not None and e.get("polarity") == "asserted" and e.get("aux") != "hypothetical"


def dyad_series(events: Iterable[dict[str, Any]], a: str, b: str, *, by: str = "month",
                both_directions: bool = True) -> list[dict[str, Any]]:
    """Per period: events from A to B (and B to A with ``both_directions``), counted per quad class,
    with their mean Goldstein score. Rows are ``{period, direction, quad1..quad4, events, mentions, mean_score}``."""
    a, b = a.upper(), b.upper()
    seen: set[tuple[str, object]] = set()
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    for e in events:
        actors, recipients = mains(e["actor"]), mains(e["recipient"])
        if a in actors and b in recipients:
            direction = f"{a}->{b}"
        elif both_directions and b in actors and a in recipients:
            direction = f"{b}->{a}"
        else:
            continue
        key = (period_of(e.get("day"), by), direction)
        row = rows.setdefault(key, {"period": key[0], "direction": direction, "quad1": 0, "quad2": 0,
                                    "quad3": 0, "quad4": 0, "events": 0, "mentions": 0, "mean_score": None})
        row["mentions"] += 1
        cluster = (direction, cluster_key(e))
        if cluster in seen:
            continue
        seen.add(cluster)
        row["events"] += 1
        if e.get("quad_class"):
            row[f"quad{e['quad_class']}"] += 1
        if _scored(e):
            scores[key].append(float(e["score"]))
    for key, row in rows.items():
        if scores[key]:
            row["mean_score"] = round(sum(scores[key]) / len(scores[key]), 2)
    return [rows[k] for k in sorted(rows)]


def quad_series(events: Iterable[dict[str, Any]], by: str) -> dict[str, dict[int, int]]:
    """Asserted merged events per period and quad class (1-4), periods in order with undated ones last."""
    seen: set[object] = set()
    counts: dict[str, dict[int, int]] = {}
    for e in events:
        key = cluster_key(e)
        if key in seen or not e.get("quad_class") or e["polarity"] != "asserted":
            continue
        seen.add(key)
        counts.setdefault(period_of(e.get("day"), by), {1: 0, 2: 0, 3: 0, 4: 0})[e["quad_class"]] += 1
    dated = sorted(p for p in counts if p != UNDATED)
    return {p: counts[p] for p in [*dated, *([UNDATED] if UNDATED in counts else [])]}


def network(events: Iterable[dict[str, Any]], actor: str) -> list[dict[str, Any]]:
    """The counterparts of ``actor`` (MAIN codes it acts on or is acted on by), most frequent first, with
    event counts in each direction, asserted cooperation, withheld (negated) cooperation and asserted
    conflict, and the mean score."""
    actor = actor.upper()
    stats: dict[str, dict[str, Any]] = {}
    seen: set[tuple[str, str, object]] = set()
    for e in events:
        actors, recipients = mains(e["actor"]), mains(e["recipient"])
        pairs: list[tuple[str, str]] = []
        if actor in actors:
            pairs += [(c, "out") for c in recipients - {actor}]
            pairs += [(c, "joint") for c in actors - {actor}]
        if actor in recipients:
            pairs += [(c, "in") for c in actors - {actor}]
        for other, direction in pairs:
            cluster = (other, direction, cluster_key(e))
            if cluster in seen:
                continue
            seen.add(cluster)
            s = stats.setdefault(other, {"code": other, "name": code_name(other), "events": 0, "out": 0, "in": 0,
                                         "joint": 0, "cooperation": 0, "withheld": 0, "conflict": 0,
                                         "_scores": []})
            s["events"] += 1
            s[direction] += 1
            quad = e.get("quad_class")
            if quad in (1, 2) and e.get("polarity") == "asserted":
                s["cooperation"] += 1
            elif quad in (1, 2) and e.get("polarity") == "negated":
                s["withheld"] += 1
            elif quad in (3, 4) and e.get("polarity") == "asserted":
                s["conflict"] += 1
            if _scored(e):
                s["_scores"].append(float(e["score"]))
    out = []
    for s in stats.values():
        scores = s.pop("_scores")
        s["mean_score"] = round(sum(scores) / len(scores), 2) if scores else None
        out.append(s)
    return sorted(out, key=lambda s: (-s["events"], s["code"]))
