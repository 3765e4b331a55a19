"""``marsad eval --gold FILE``: run marsad on a gold file's texts and score the output.

Three gold formats are recognized from their content (see shared/eval/README.md):

- a whole-document gold ``.json`` (``events``, ``actors``, ``sections``; the article is its ``document``),
- sentence event gold ``.jsonl`` with ``events`` lists (diplomacy): precision/recall/F1 of type + actor,
- PROTEST/ASSAULT ``.jsonl`` with ``event_type`` and ``label`` (detection) or ``annotations`` (spans).

The metrics follow the definitions in shared/eval/README.md, so the figures equal the reference scorer's.
"""

from __future__ import annotations

import collections
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.output.serialize import item_to_dict
from marsad.pipeline import Pipeline
from marsad.read.readers import ReadOptions, document_from_record, read_inputs

JsonDict = dict[str, Any]


def _main(code: str | None) -> str:
    return (code or "").split(":")[0]


def _mains(codes: Iterable[str] | None) -> set[str]:
    return {_main(c) for c in codes or [] if c}


def _overlap(a: JsonDict, b: JsonDict) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def _alternatives(gold: JsonDict, field: str) -> list[Any]:
    return [gold.get(field), *gold.get("accept_also", {}).get(field, [])]


def _same_event(gold: JsonDict, system: JsonDict, with_trigger: bool) -> bool:
    """An accepted type and overlapping actor MAIN codes (both empty counts); in a whole document the
    triggers must overlap too."""
    if with_trigger:
        g, s = gold.get("trigger"), system.get("trigger")
        if not (isinstance(g, dict) and isinstance(s, dict) and _overlap(g, s)):
            return False
    if system.get("type") not in _alternatives(gold, "type"):
        return False
    s_act = _mains(system.get("actor"))
    return any((_mains(alt) & s_act) or (not _mains(alt) and not s_act) for alt in _alternatives(gold, "actor"))


def match(gold_events: list[JsonDict], sys_events: list[JsonDict], with_trigger: bool = True
          ) -> list[tuple[JsonDict, JsonDict]]:
    """One-to-one greedy matching in gold order, preferring a system event whose trigger overlaps."""
    pairs: list[tuple[JsonDict, JsonDict]] = []
    used: set[int] = set()
    for g in gold_events:
        candidates = [i for i, s in enumerate(sys_events) if i not in used and _same_event(g, s, with_trigger)]
        if not candidates:
            continue
        gt = g.get("trigger")
        candidates.sort(key=lambda i: 0 if isinstance(gt, dict) and "trigger" in sys_events[i]
                        and _overlap(gt, sys_events[i]["trigger"]) else 1)
        used.add(candidates[0])
        pairs.append((g, sys_events[candidates[0]]))
    return pairs


def _recipient_ok(g: JsonDict, s: JsonDict) -> bool:
    s_rec = _mains(s.get("recipient"))
    return any(_mains(alt) == s_rec or (_mains(alt) & s_rec) for alt in _alternatives(g, "recipient"))


def _polarity_ok(g: JsonDict, s: JsonDict) -> bool:
    if s.get("type") != g.get("type") and s.get("type") in _alternatives(g, "type"):
        return s.get("polarity") == "asserted"  # an accepted alternative type is an asserted recoding
    return bool(g.get("polarity", "asserted") == s.get("polarity"))


def quality(pairs: list[tuple[JsonDict, JsonDict]]) -> dict[str, float]:
    n = len(pairs) or 1
    return {
        "recipient_ok": round(sum(_recipient_ok(g, s) for g, s in pairs) / n, 4),
        "polarity_ok": round(sum(_polarity_ok(g, s) for g, s in pairs) / n, 4),
        "aux_ok": round(sum(g.get("aux", "actual") == s.get("aux") for g, s in pairs) / n, 4),
        "attribution_ok": round(sum(g.get("attribution", "reported") == s.get("attribution") for g, s in pairs) / n, 4),
    }


# ---------------------------------------------------------------------- scoring (system output in hand)
def score_example(doc: JsonDict, gold: JsonDict) -> tuple[JsonDict, list[str]]:
    events = doc.get("events", [])
    required = [g for g in gold["events"] if g["required"]]
    pairs_req = match(required, events)
    matched = {id(s) for _, s in match(gold["events"], events)}
    false_events = [s for s in events if id(s) not in matched]
    mentions = doc.get("mentions", [])
    req_actors = [a for a in gold["actors"] if a.get("required", True)]
    missed = [a for a in req_actors if not any(_overlap(a, m) and _main(m.get("code")) == _main(a["code"])
                                                for m in mentions)]
    sections_ok = 0
    for sec in gold["sections"]:
        start = sec["span"]["start"] if "span" in sec else sec["from"]
        end = sec["span"]["end"] if "span" in sec else sec["to"]
        sections_ok += any(s.get("kind") == sec["kind"] and abs(s["start"] - start) <= 2 and abs(s["end"] - end) <= 2
                           for s in doc.get("sections", []))
    claims_found = sum(any(_overlap(c["text"], sc) for sc in doc.get("claims", [])) for c in gold.get("claims", []))
    by = doc.get("byline") or {}
    byline_ok = sum(bool(by.get(k)) and by[k].strip() == gold["byline"][gk]
                    for k, gk in (("author", "author"), ("role", "author_role"), ("outlet", "outlet")))
    found = {g["id"] for g, _ in pairs_req}
    lines = [f"required events found: {len(pairs_req)}/{len(required)}"]
    lines += [f"  {'ok  ' if g['id'] in found else 'MISS'} {g['id']:4} {g['type']:9} {g['trigger']['text']}"
              for g in required]
    lines.append(f"events outside gold: {len(false_events)}")
    lines += [f"  extra {s.get('type')} {s.get('actor')}->{s.get('recipient')} '{s.get('trigger', {}).get('text')}'"
              for s in false_events[:15]]
    lines.append(f"actor mentions found: {len(req_actors) - len(missed)}/{len(req_actors)}")
    lines.append(f"claims found: {claims_found}/{len(gold.get('claims', []))}")
    lines.append(f"sections right: {sections_ok}/{len(gold['sections'])}; byline fields right: {byline_ok}/3")
    figures: JsonDict = {
        "required_found": len(pairs_req), "required": len(required), "false_events": len(false_events),
        "actors_found": len(req_actors) - len(missed), "actors": len(req_actors), "sections_ok": sections_ok,
        "sections": len(gold["sections"]), "byline_ok": byline_ok, "claims_found": claims_found,
        "claims": len(gold.get("claims", [])), **quality(pairs_req)}
    return figures, lines


def score_events(docs: dict[str, JsonDict], gold: list[JsonDict]) -> tuple[JsonDict, list[str]]:
    tp = fp = fn = 0
    all_pairs: list[tuple[JsonDict, JsonDict]] = []
    per_type: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for r in gold:
        events = [e for e in docs.get(str(r["id"]), {}).get("events", [])
                  if e.get("polarity", "asserted") in ("asserted", "negated")]
        pairs = match(r["events"], events, with_trigger=False)
        all_pairs += pairs
        tp += len(pairs)
        fp += len(events) - len(pairs)
        fn += len(r["events"]) - len(pairs)
        mg, ms = {id(g) for g, _ in pairs}, {id(s) for _, s in pairs}
        for g in r["events"]:
            per_type[g["type"]][0 if id(g) in mg else 2] += 1
        for s in events:
            if id(s) not in ms:
                per_type[str(s.get("type"))][1] += 1
    p, r_, f = _prf(tp, fp, fn)
    lines = [f"events: P={p:.3f} R={r_:.3f} F1={f:.3f} (tp={tp} fp={fp} fn={fn})"]
    lines += [f"  {t:10} tp={a:3} fp={b:3} fn={c:3}" for t, (a, b, c) in sorted(per_type.items())]
    return {"precision": p, "recall": r_, "f1": f, "tp": tp, "fp": fp, "fn": fn, **quality(all_pairs)}, lines


def score_detection(docs: dict[str, JsonDict], gold: list[JsonDict]) -> tuple[JsonDict, list[str]]:
    result: JsonDict = {}
    missing = 0
    lines = []
    for kind in ("PROTEST", "ASSAULT"):
        tp = fp = fn = 0
        for r in (g for g in gold if g["event_type"] == kind):
            d = docs.get(str(r["id"]))
            missing += d is None
            pred = d is not None and any(e.get("type") == kind and e.get("polarity", "asserted") == "asserted"
                                         for e in d.get("events", []))
            tp += pred and r["gold"]
            fp += pred and not r["gold"]
            fn += (not pred) and r["gold"]
        p, rc, f = _prf(tp, fp, fn)
        result[kind] = {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": rc, "f1": f}
        lines.append(f"{kind:8} P={p:.3f} R={rc:.3f} F1={f:.3f}  (tp={tp} fp={fp} fn={fn})")
    macro = round((result["PROTEST"]["f1"] + result["ASSAULT"]["f1"]) / 2, 4)
    lines.append(f"macro F1 = {macro}; gold sentences with no system document: {missing}")
    return {"macro_f1": macro, "missing": missing, **result}, lines


def _majority(annotations: list[JsonDict], key: str) -> str | None:
    votes: collections.Counter[str] = collections.Counter()
    for a in annotations:
        role = a.get(key)
        if isinstance(role, dict) and role.get("main") not in (None, "None", "", "UNKNOWN"):
            votes[role["main"]] += 1
    return votes.most_common(1)[0][0] if votes else None


def score_spans(docs: dict[str, JsonDict], gold: list[JsonDict]) -> tuple[JsonDict, list[str]]:
    found = actor_known = actor_ok = target_known = target_ok = 0
    for r in gold:
        events = [e for e in docs.get(str(r["id"]), {}).get("events", []) if e.get("type") == r["event_type"]]
        found += bool(events)
        src, tgt = _majority(r["annotations"], "source_role"), _majority(r["annotations"], "target_role")
        if src:
            actor_known += 1
            actor_ok += any(src in _mains(e.get("actor")) for e in events)
        if tgt:
            target_known += 1
            target_ok += any(tgt in _mains(e.get("recipient")) for e in events)
    n = len(gold) or 1
    figures = {"records": len(gold), "event_found": round(found / n, 4),
               "actor_accuracy": round(actor_ok / (actor_known or 1), 4), "actor_known": actor_known,
               "recipient_accuracy": round(target_ok / (target_known or 1), 4), "recipient_known": target_known}
    lines = [f"gold events found (right type): {found}/{len(gold)}",
             f"actor country right: {actor_ok}/{actor_known}; recipient country right: {target_ok}/{target_known}"]
    return figures, lines


# ---------------------------------------------------------------------- running
def detect_format(path: Path) -> str:
    """'example', 'events', 'detection' or 'spans', from the file's content."""
    if path.suffix.lower() == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and {"events", "actors", "sections"} <= set(data):
            return "example"
        raise InputError("a .json gold file must be a whole-document gold (events, actors, sections)",
                         code="bad_gold", source=str(path))
    with path.open(encoding="utf-8") as fh:
        first = next((json.loads(line) for line in fh if line.strip()), None)
    if not isinstance(first, dict):
        raise InputError("empty or malformed gold file", code="bad_gold", source=str(path))
    if "events" in first:
        return "events"
    if "annotations" in first:
        return "spans"
    if "label" in first and "event_type" in first:
        return "detection"
    raise InputError("unrecognized gold format (see shared/eval/README.md)", code="bad_gold", source=str(path))


def evaluate(gold_path: str | Path, pipeline: Pipeline,
             progress: Callable[[int], None] | None = None) -> tuple[str, JsonDict, list[str], list[JsonDict]]:
    """Run ``pipeline`` on the gold file's texts; return (format, figures, report lines, system output)."""
    path = Path(gold_path)
    kind = detect_format(path)
    if kind == "example":
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = path.parent / gold.get("document", "article.txt")
        outputs = [item_to_dict(item) for item in pipeline.run(read_inputs([article]))]
        docs = [d for d in outputs if "error" not in d]
        if len(docs) != 1:
            raise InputError(f"could not process the gold's article {article}", code="bad_gold", source=str(path))
        figures, lines = score_example(docs[0], gold)
        return kind, figures, lines, outputs
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    outputs = []
    for i, r in enumerate(records):
        record = {"id": r["id"], "text": r["text"]}
        if r.get("date"):
            record["date"] = r["date"]
        try:
            doc = document_from_record(record, f"{path}#{i + 1}", ReadOptions())
        except InputError as exc:
            outputs.append({"id": str(r["id"]), "source": f"{path}#{i + 1}",
                            "error": {"code": exc.code, "message": exc.message}})
            continue
        outputs.extend(item_to_dict(item) for item in pipeline.run([doc]))
        if progress is not None:
            progress(i + 1)
    by_id = {str(d.get("id")): d for d in outputs}
    scorer = {"events": score_events, "detection": score_detection, "spans": score_spans}[kind]
    figures, lines = scorer(by_id, records)
    return kind, figures, lines, outputs
