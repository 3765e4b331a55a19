"""The event ontology (CAMEO codes with PLOVER type, mode, context, Goldstein score, quad class) and the
trigger lexicon, both data files under ``data/events`` with one validating loader each.

Trigger files (TSV ``id pattern cameo type pos voice note``) list Arabic surface forms (every inflection
of a verb, verbal nouns, participles, multiword phrases) without proclitics; the matcher adds those.
A trigger's PLOVER type must be the type of its CAMEO code, except for the project's annotation
conventions (``CONVENTIONS``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.datafiles import check_choice, data_dir, read_manifest, read_table, resolve_overrides
from marsad.errors import LexiconError
from marsad.text.normalize import normalize_key

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
CAMEO_HEADER = ["code", "name", "type", "mode", "context", "goldstein", "quad_class", "note"]
TRIGGER_HEADER = ["id", "pattern", "cameo", "type", "pos", "voice", "note"]
POS = frozenset({"verb", "noun", "participle", "phrase"})
VOICES = frozenset({"active", "passive"})

# Types the project's gold conventions give to codes whose table type differs
# (shared/eval/diplomacy/GUIDELINES.md): resignations are RETREAT "08", declared truces and announced
# withdrawals CONCEDE, sanctions SANCTION.
CONVENTIONS: dict[str, frozenset[str]] = {
    "08": frozenset({"RETREAT"}),
    "087": frozenset({"CONCEDE"}),
    "0871": frozenset({"CONCEDE"}),
    "0872": frozenset({"CONCEDE"}),
    "0874": frozenset({"CONCEDE"}),
    "1212": frozenset({"REJECT"}),
}


@dataclass(frozen=True, slots=True)
class Cameo:
    code: str
    name: str
    type: str  # PLOVER type, or "-" for codes PLOVER does not code (public statements)
    mode: str
    context: tuple[str, ...]
    goldstein: float
    quad_class: int


@dataclass(frozen=True, slots=True)
class Trigger:
    id: str
    pattern: str
    cameo: str
    type: str
    pos: str
    voice: str
    note: str
    where: str
    needs: str = ""  # a crowds.tsv act: a demonstration only when people do it ("act", "riot", "set_out", …)


@dataclass(slots=True)
class EventLexicon:
    version: str
    cameo: dict[str, Cameo] = field(default_factory=dict)
    triggers: list[Trigger] = field(default_factory=list)
    blockers: list[Trigger] = field(default_factory=list)  # phrases that are not events (type "-")
    sports_words: set[str] = field(default_factory=set)  # a sentence with one speaks of sport, not violence
    crowds: dict[str, frozenset[str]] = field(default_factory=dict)  # crowds.tsv: kind -> normalized words
    crowd_acts: list[Trigger] = field(default_factory=list)  # its acts and gatherings, as conditional triggers
    files: list[str] = field(default_factory=list)

    @property
    def stamp(self) -> str:
        extra = [f for f in self.files if f.startswith("user:")]
        return self.version + (f"+user({','.join(Path(f[5:]).name for f in extra)})" if extra else "")

    def counts(self) -> dict[str, int]:
        return {
            "triggers": len(self.triggers),
            "cameo_codes_used": len({t.cameo for t in self.triggers}),
            "types_used": len({t.type for t in self.triggers}),
        }


def load_cameo(path: Path, label: str, problems: list[str]) -> dict[str, Cameo]:
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t") != CAMEO_HEADER:
        problems.append(f"{label}:1: header must be {' '.join(CAMEO_HEADER)}")
        return {}
    out: dict[str, Cameo] = {}
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        where = f"{label}:{n}"
        if len(cells) != len(CAMEO_HEADER):
            problems.append(f"{where}: expected {len(CAMEO_HEADER)} cells, got {len(cells)}")
            continue
        code, name, ptype, mode, context, goldstein, quad, _note = cells
        if not re.fullmatch(r"\d{2,4}", code) or code in out:
            problems.append(f"{where}: code {code!r} is malformed or duplicated")
            continue
        if ptype not in PLOVER_TYPES and ptype != "-":
            problems.append(f"{where}: type {ptype!r} is not a PLOVER type")
            continue
        try:
            score = float(goldstein)
            quad_class = int(quad)
        except ValueError:
            problems.append(f"{where}: goldstein and quad_class must be numbers")
            continue
        if not -10 <= score <= 10 or quad_class not in (1, 2, 3, 4):
            problems.append(f"{where}: goldstein must be in [-10, 10] and quad_class in 1..4")
            continue
        out[code] = Cameo(code, name, ptype, mode, tuple(c for c in context.split(",") if c), score, quad_class)
    return out


def load_triggers(path: Path, label: str, cameo: dict[str, Cameo], problems: list[str]) -> list[Trigger]:
    out: list[Trigger] = []
    for row in read_table(path, label, TRIGGER_HEADER, problems):
        rid, pattern, code, ptype, pos, voice, note = row.cells
        where = row.where
        ok = row.id_ok
        if not pattern or pattern != pattern.strip() or not normalize_key(pattern):
            problems.append(f"{where}: empty or badly spaced pattern {pattern!r}")
            ok = False
        entry = cameo.get(code)
        if entry is None:
            problems.append(f"{where}: CAMEO code {code!r} is not in cameo.tsv")
            ok = False
        elif ptype not in PLOVER_TYPES:
            problems.append(f"{where}: type {ptype!r} is not a PLOVER type")
            ok = False
        elif ptype != entry.type and ptype not in CONVENTIONS.get(code, frozenset()):
            problems.append(f"{where}: type {ptype} does not match CAMEO {code} ({entry.type} in cameo.tsv)")
            ok = False
        ok &= check_choice(where, "pos", pos, POS, problems)
        ok &= check_choice(where, "voice", voice, VOICES, problems)
        if ok:
            out.append(Trigger(f"{path.stem}:{rid}", pattern, code, ptype, pos, voice, note, where))
    return out


NOT_EVENT_HEADER = ["id", "pattern", "note"]
SPORTS_HEADER = ["id", "word", "note"]


def load_not_events(path: Path, label: str, problems: list[str]) -> list[Trigger]:
    """Phrases that contain a trigger but are not events ("رفض التعليق": declined to comment)."""
    out = []
    for row in read_table(path, label, NOT_EVENT_HEADER, problems):
        rid, pattern, note = row.cells
        if not normalize_key(pattern):
            problems.append(f"{row.where}: empty pattern")
        elif row.id_ok:
            out.append(Trigger(f"{path.stem}:{rid}", pattern, "", "-", "phrase", "active", note, row.where))
    return out


def load_words(path: Path, label: str, problems: list[str]) -> set[str]:
    """A list of context words (``id word note``), normalized."""
    return {normalize_key(row.cells[1]) for row in read_table(path, label, SPORTS_HEADER, problems)
            if row.id_ok and normalize_key(row.cells[1])}


CROWD_HEADER = ["id", "kind", "pattern", "note"]
CROWD_CAMEO = "141"  # demonstrate or rally: the code of a crowd's act or gathering
RIOT_CAMEO = "145"  # protest violently, riot: the code of a crowd's violent act (stoning, burning, storming)
# protest/people/armed: participants named without a country ("متظاهرون", "آلاف", "مسلحون");
# act/gather: what such a crowd does that is a demonstration ("سار المتظاهرون", "تجمع الآلاف");
# occur: a verb near an event noun saying the event took place ("اندلعت مظاهرات", "شن هجوما");
# casualty: someone fell ("أصيب", "قتلى"): the attack noun after في is where ("أصيب مدنيون في قصف");
# happen: a verb whose subject is the event itself ("اندلعت مظاهرات", "وقع انفجار"), not someone's act;
# marker: "احتجاجا" (in protest): what people (not a state) do in protest is a demonstration;
# mishap: a cause of death or damage that is no one's act ("حادث سير", "السيول", "الزلزال");
# defuse: what is done to a weapon that is no attack with it ("تفكيك 15 عبوة ناسفة", "ضبط حزام ناسف");
# manner: how an attack was done, an adjective between its noun and its doer ("هجوما داميا لتنظيم داعش")
CROWD_KINDS = frozenset({"protest", "people", "armed", "act", "riot", "set_out", "gather", "occur", "doing", "casualty",
                         "happen", "marker", "mishap", "defuse", "join", "person", "cue", "manner"})
PHRASE_KINDS = frozenset({"mishap"})  # kinds found in a sentence's text, so a row may be several words


def load_crowds(path: Path, label: str, problems: list[str]) -> dict[str, frozenset[str]]:
    """Unnamed participants and the words that tell what they did (``id kind pattern note``)."""
    out: dict[str, set[str]] = {k: set() for k in CROWD_KINDS}
    for row in read_table(path, label, CROWD_HEADER, problems):
        _rid, kind, pattern, _note = row.cells
        key = normalize_key(pattern)
        ok = row.id_ok and check_choice(row.where, "kind", kind, CROWD_KINDS, problems)
        if not key or (" " in key and kind not in PHRASE_KINDS):
            problems.append(f"{row.where}: the pattern must be one word, got {pattern!r}")
            ok = False
        if ok:
            out[kind].add(key)
    return {k: frozenset(v) for k, v in out.items()}


def _one_type_per_form(triggers: list[Trigger], problems: list[str]) -> list[Trigger]:
    """One matching form, one PLOVER type (a user's file overrides shipped rows with the same form);
    the same form listed twice with the same type and part of speech keeps its first row. A form that is
    both a verb and a verbal noun (تظاهر) keeps both rows: the matcher chooses by context."""
    kept: list[Trigger] = []
    seen: set[tuple[str, str, bool]] = set()
    for t in resolve_overrides(triggers, lambda t: t.type, problems):
        key = (normalize_key(t.pattern), t.pos, t.where.startswith("user:"))
        if key not in seen:
            seen.add(key)
            kept.append(t)
    return kept


def load_event_lexicon(extra: Iterable[str | Path] = ()) -> EventLexicon:
    return _load(tuple(str(p) for p in extra))


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> EventLexicon:
    base = data_dir("events")
    problems: list[str] = []
    manifest = read_manifest(base, "event lexicon")
    lex = EventLexicon(version=str(manifest["version"]))
    lex.cameo = load_cameo(base / manifest["cameo"], f"marsad:{manifest['cameo']}", problems)
    files = [(base / f, f"marsad:{f}") for f in manifest["triggers"]]
    for p in extra:
        path = Path(p)
        if path.suffix.lower() == ".tsv" and path.exists():
            with path.open(encoding="utf-8") as fh:
                if fh.readline().rstrip("\n").split("\t") == TRIGGER_HEADER:
                    files.append((path, f"user:{path}"))
    for path, label in files:
        lex.files.append(label)
        lex.triggers.extend(load_triggers(path, label, lex.cameo, problems))
    lex.triggers = _one_type_per_form(lex.triggers, problems)
    if manifest.get("sports_context"):
        lex.sports_words = load_words(base / manifest["sports_context"], f"marsad:{manifest['sports_context']}",
                                      problems)
    if manifest.get("crowds"):
        label = f"marsad:{manifest['crowds']}"
        lex.crowds = load_crowds(base / manifest["crowds"], label, problems)
        lex.crowd_acts = [Trigger(f"crowds:{kind}:{word}", word, RIOT_CAMEO if kind == "riot" else CROWD_CAMEO,
                                  "PROTEST", "verb", "active", f"a demonstration when a crowd does it ({kind})", label,
                                  needs=kind)
                          for kind in ("act", "riot", "set_out", "gather", "marker")
                          for word in sorted(lex.crowds[kind])]
    if manifest.get("not_events"):
        lex.blockers = load_not_events(base / manifest["not_events"], f"marsad:{manifest['not_events']}", problems)
    if problems:
        raise LexiconError(f"the event lexicon has {len(problems)} problem(s)", problems)
    return lex
