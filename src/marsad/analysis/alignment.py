"""The alignment report: is an actor moving toward or away from each of its counterparts?

For a focal actor F and each counterpart C, every current event between them (F acting on C, C on F,
or F and C acting together) falls into one of three kinds:

- **cooperation**: a cooperative event (PLOVER quad class 1 or 2) that is asserted;
- **withheld cooperation**: a cooperative event that is negated (a cancelled exercise, a skipped
  summit, talks that did not happen): it counts toward distancing, as analysts read it;
- **conflict**: a conflictual event (quad class 3 or 4) that is asserted (REJECT, ACCUSE, SANCTION ...).

Negated conflict and hypothetical events are listed as evidence but counted in neither direction.
Each merged event (cluster) counts once per counterpart, however often it was reported. The balance
is ``cooperation - withheld - conflict``: positive means F is building cooperation with C, negative
that F is withdrawing from it. With ``by`` (month or week), the same counts are given per period and
the change is the balance of the last period with events minus that of the first.

The functions are pure: they take event records as ``marsad.store.queries.iter_events`` gives them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from marsad.actors.names import code_name, mains
from marsad.analysis.merge import cluster_key

COOPERATION, WITHHELD, CONFLICT, NEUTRAL = "cooperation", "withheld", "conflict", "not counted"
UNDATED = "undated"


def period_of(day: str | None, by: str | None) -> str:
    """The period label of a day: ``2022-10`` by month, ``2022-W41`` by ISO week, ``all`` without ``by``."""
    if by is None:
        return "all"
    if not day or len(day) < 7:
        return UNDATED  # no day, or a year only
    if by == "month":
        return day[:7]
    if len(day) < 10:
        return UNDATED  # a month only: no week
    year, week, _ = dt.date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def kind_of(event: dict[str, Any]) -> str:
    quad = event.get("quad_class")
    if event.get("aux") == "hypothetical" or quad is None:
        return NEUTRAL
    cooperative = quad in (1, 2)
    if event.get("polarity") == "negated":
        return WITHHELD if cooperative else NEUTRAL
    return COOPERATION if cooperative else CONFLICT


def direction_of(event: dict[str, Any], focal: str, counterpart: str) -> str | None:
    """``out`` (focal acts on counterpart), ``in`` (the reverse), ``joint`` (they act together), or None."""
    actors, recipients = mains(event["actor"]), mains(event["recipient"])
    if focal in actors and counterpart in recipients:
        return "out"
    if counterpart in actors and focal in recipients:
        return "in"
    if focal in actors and counterpart in actors:
        return "joint"
    return None


def _tally() -> dict[str, int]:
    return {COOPERATION: 0, WITHHELD: 0, CONFLICT: 0, "balance": 0}


def _add(tally: dict[str, int], kind: str) -> None:
    if kind == NEUTRAL:
        return
    tally[kind] += 1
    tally["balance"] += 1 if kind == COOPERATION else -1


def alignment_report(events: Iterable[dict[str, Any]], focal: str, counterparts: list[str], *,
                     by: str | None = None) -> dict[str, Any]:
    """Cooperation and conflict between ``focal`` and each counterpart, with the evidence behind each figure."""
    focal = focal.upper()
    rows: dict[str, dict[str, Any]] = {c.upper(): {"code": c.upper(), "name": code_name(c.upper()), "total": _tally(),
                        "directions": {"out": _tally(), "in": _tally(), "joint": _tally()},
                        "periods": {}, "evidence": [], "_seen": set()} for c in counterparts}
    for e in events:
        for code, row in rows.items():
            direction = direction_of(e, focal, code)
            if direction is None:
                continue
            kind = kind_of(e)
            cluster = cluster_key(e)
            repeat = cluster in row["_seen"]
            row["_seen"].add(cluster)
            row["evidence"].append({
                "event_id": e["id"], "cluster_id": e.get("cluster_id"), "document": e.get("document"),
                "document_id": e.get("document_id"),
                "direction": direction, "kind": kind, "counted": not repeat and kind != NEUTRAL,
                "type": e["type"], "cameo": e["cameo"], "polarity": e["polarity"], "aux": e["aux"],
                "attribution": e["attribution"], "day": e.get("day"), "trigger": e["trigger_text"],
                "sentence": e["sentence_text"], "gloss_en": e.get("gloss_en", ""),
            })
            if repeat:
                continue
            _add(row["total"], kind)
            _add(row["directions"][direction], kind)
            _add(row["periods"].setdefault(period_of(e.get("day"), by), _tally()), kind)
    out_rows = []
    for row in rows.values():
        del row["_seen"]
        dated = sorted(p for p, tally in row["periods"].items() if p not in ("all", UNDATED)
                       and any(tally[k] for k in (COOPERATION, WITHHELD, CONFLICT)))
        row["change"] = (row["periods"][dated[-1]]["balance"] - row["periods"][dated[0]]["balance"]
                         if len(dated) >= 2 else None)
        row["periods"] = [{"period": p, **row["periods"][p]} for p in sorted(row["periods"])]
        balance = row["total"]["balance"]
        row["verdict"] = "building" if balance > 0 else "withdrawing" if balance < 0 else "no clear change"
        out_rows.append(row)
    return {"focal": focal, "focal_name": code_name(focal), "by": by, "counterparts": out_rows,
            "answer": answer_text(focal, out_rows)}


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def answer_text(focal: str, rows: list[dict[str, Any]]) -> str:
    """One plain-English sentence (or two) naming who is gaining and who is losing ground."""
    name = code_name(focal)
    losing = [r for r in rows if r["verdict"] == "withdrawing"]
    gaining = [r for r in rows if r["verdict"] == "building"]
    losing.sort(key=lambda r: r["total"]["balance"])
    gaining.sort(key=lambda r: -r["total"]["balance"])
    parts = []
    if losing:
        parts.append(f"withdrawing cooperation from {_join([_the(r['name']) for r in losing])}")
    if gaining:
        parts.append(f"building it with {_join([_the(r['name']) for r in gaining])}")
    if not parts:
        return f"The stored events show no clear movement of {name} toward or away from any of these counterparts."
    if not losing:
        parts[0] = parts[0].replace("building it with", "building cooperation with")
    text = f"{name} is " + " and ".join(parts) + "."
    quiet = [r["name"] for r in rows if r["verdict"] == "no clear change"]
    if quiet:
        text += f" No clear change with {_join([_the(n) for n in quiet])}."
    return text


_THE = ("United States", "United Kingdom", "United Arab Emirates", "Netherlands", "Philippines", "West",
        "European Union", "Collective Security Treaty Organization", "United Nations", "Arab League",
        "Gulf Cooperation Council", "African Union", "Shanghai Cooperation Organisation", "Russian Federation")


_THE_ENDINGS = ("Organization", "Organisation", "Union", "League", "Council")


def _the(name: str) -> str:
    """English article before names that take one (the United States, the CSTO)."""
    needs_article = name.startswith(_THE) or name.endswith(_THE_ENDINGS)
    return "the " + name if needs_article and not name.startswith("the ") else name
