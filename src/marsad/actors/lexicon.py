"""The actor lexicon: versioned data files, one validating loader.

Three file types, listed in ``data/actors/manifest.json`` (users can add their own files of the same
types with ``--lexicon``; a user's entry overrides a shipped entry with the same normalized pattern):

- **entries** (TSV ``id pattern code kind name_en note``): surface forms of states, nisba adjectives,
  capitals and seats of power, organizations, groups, named legislatures, agencies, media, regions.
- **roles** (TSV ``id pattern role kind name_en note``): institution, office and group nouns that
  combine with a country (``وزارة الدفاع`` + ``القرغيزية`` -> ``KGZ:MIL``); a ``counted`` noun is a group
  named in the singular after a count (``200 معلم ايراني`` -> ``IRN:CVL``); a ``construct`` noun names people
  only through the genitive after it (``مسلحو حماس`` -> Hamas; ``مسلحي التنظيم`` alone names no one).
- **people** (JSON ``{"people": [{id, name_en, country, names, offices: [{code, office_en, from, to}]}]}``):
  a person is coded by the office held on the document's date.

Every row of every file is validated; all problems are reported at once as ``file:line: problem``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

from marsad.datafiles import ID_RE, check_choice, data_dir, read_manifest, read_table, resolve_overrides
from marsad.errors import LexiconError
from marsad.text.normalize import normalize_key

T = TypeVar("T")

log = logging.getLogger(__name__)

ROLES = ("GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB", "BUS", "MED", "CVL")
CODE_RE = re.compile(r"^[A-Z]{2,6}(:(GOV|MIL|LEG|JUD|COP|OPP|REB|BUS|MED|CVL))?$")
ENTRY_HEADER = ["id", "pattern", "code", "kind", "name_en", "note"]
ROLE_HEADER = ["id", "pattern", "role", "kind", "name_en", "note"]
EXCLUSION_HEADER = ["id", "pattern", "side", "word", "note"]
GIVEN_NAME_HEADER = ["id", "name", "note"]
READING_HEADER = ["id", "pattern", "code", "kind", "name_en", "cues", "note"]
ENTRY_KINDS = frozenset(
    {"country", "nisba", "capital", "metonym", "region", "organization", "group", "legislature", "agency", "media",
     "attributive"}
)
# A nationality adjective that is also a given name (bare تركي, "Turki"): read as the nisba only right after an
# indefinite noun it describes ("وفد تركي", "جندي تركي"), never alone.
ATTRIBUTIVE = "attributive"
# A singular noun that names people only right after a count, where Arabic puts the counted noun in the
# singular ("200 معلم", "15 طالبا"): alone it is often something else (معلم a landmark, طالب "demanded").
COUNTED = "counted"
# A plural in the construct state, which names people only through the genitive after it ("مسلحو حماس",
# "لمسلحي حركة الشباب"): alone ("مسلحي التنظيم") it says nothing of whose they are, not even the context's state.
CONSTRUCT = "construct"
ROLE_KINDS = frozenset({"office", "institution", "unit", "group", COUNTED, CONSTRUCT})
# Kinds whose bare pattern may also be written with the article (روسي -> الروسي).
ARTICLE_KINDS = frozenset({"nisba"})


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    pattern: str
    code: str
    kind: str
    name_en: str
    where: str


@dataclass(frozen=True, slots=True)
class RoleEntry:
    id: str
    pattern: str
    role: str
    kind: str
    name_en: str
    where: str


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A context in which a pattern is NOT an actor: ``طالبان`` right after ``بينهم`` is "two students"."""

    id: str
    pattern: str
    side: str  # "before", "after", "prefix" (the word is a proclitic the name is written with: بنوك),
    # "document" (the document names the word anywhere: "الأسد" in a report on "سيسيل", the lion), or, for
    # places, "pronoun" (the name written with ه for its final ة is the word, a noun with "his": قصره)
    word: str
    where: str


@dataclass(frozen=True, slots=True)
class Reading:
    """One meaning of a name that has several (bare عمان: Amman or Oman), chosen in a document by its cues:
    words that, written elsewhere in the document, point to this meaning."""

    id: str
    pattern: str
    code: str
    kind: str
    name_en: str
    cues: tuple[str, ...]  # normalized; a cue matches a word that starts with it, past و/ف/ب/ل
    where: str


@dataclass(frozen=True, slots=True)
class Office:
    code: str
    office_en: str
    start: dt.date | None
    end: dt.date | None

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name_en: str
    country: str
    names: tuple[str, ...]
    offices: tuple[Office, ...]
    where: str

    def office_on(self, day: dt.date | None) -> Office | None:
        """The office held on ``day``; without a day, the most recent one (a current office first)."""
        if not self.offices:
            return None
        if day is None:
            return max(self.offices, key=lambda o: (o.end is None, o.end or dt.date.min, o.start or dt.date.min))
        held = [o for o in self.offices if o.held_on(day)]
        if not held:
            return None
        # several offices at once: the most senior is the one a coder would use; take the latest begun
        return max(held, key=lambda o: o.start or dt.date.min)

    def code_on(self, day: dt.date | None) -> str:
        """The person's actor code on ``day``: the office's code, else (out of office) the country's."""
        office = self.office_on(day)
        return office.code if office is not None else self.country


@dataclass(slots=True)
class ActorLexicon:
    version: str
    entries: list[Entry] = field(default_factory=list)
    roles: list[RoleEntry] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    exclusions: list[Exclusion] = field(default_factory=list)
    readings: list[Reading] = field(default_factory=list)
    given_names: set[str] = field(default_factory=set)
    files: list[str] = field(default_factory=list)

    @property
    def stamp(self) -> str:
        """Version plus the names of any user files, as stamped on every document's ``pipeline``."""
        extra = [f for f in self.files if not f.startswith("marsad:")]
        return self.version + (f"+user({','.join(Path(f).name for f in extra)})" if extra else "")

    def counts(self) -> dict[str, int]:
        return {
            "entries": len(self.entries),
            "roles": len(self.roles),
            "people": len(self.people),
            "person_names": sum(len(p.names) for p in self.people),
        }


def _parse_date(value: object, where: str, what: str, problems: list[str]) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        problems.append(f"{where}: {what} {value!r} is not a YYYY-MM-DD date")
        return None


def _check_pattern(pattern: str, where: str, problems: list[str]) -> bool:
    if not pattern:
        problems.append(f"{where}: empty pattern")
        return False
    if pattern != pattern.strip() or "  " in pattern:
        problems.append(f"{where}: pattern {pattern!r} has stray spaces")
        return False
    if not normalize_key(pattern):
        problems.append(f"{where}: pattern {pattern!r} is empty once normalized")
        return False
    return True


def load_entries(path: Path, label: str, problems: list[str]) -> list[Entry]:
    out = []
    for row in read_table(path, label, ENTRY_HEADER, problems):
        rid, pattern, code, kind, name_en, _note = row.cells
        ok = row.id_ok & _check_pattern(pattern, row.where, problems)
        if not CODE_RE.match(code):
            problems.append(f"{row.where}: code {code!r} is not MAIN or MAIN:ROLE (see actor-codes.md)")
            ok = False
        ok &= check_choice(row.where, "kind", kind, ENTRY_KINDS, problems)
        if not name_en.strip():
            problems.append(f"{row.where}: empty name_en")
            ok = False
        if ok:
            out.append(Entry(f"{path.stem}:{rid}", pattern, code, kind, name_en.strip(), row.where))
    return out


def load_roles(path: Path, label: str, problems: list[str]) -> list[RoleEntry]:
    out = []
    for row in read_table(path, label, ROLE_HEADER, problems):
        rid, pattern, role, kind, name_en, _note = row.cells
        ok = row.id_ok & _check_pattern(pattern, row.where, problems)
        ok &= check_choice(row.where, "role", role, ROLES, problems)
        ok &= check_choice(row.where, "kind", kind, ROLE_KINDS, problems)
        if ok:
            out.append(RoleEntry(f"{path.stem}:{rid}", pattern, role, kind, name_en.strip(), row.where))
    return out


class ExclusionIndex:
    """Exclusion contexts (actors' and places' ``exclusions.tsv``) by normalized name: whether the words
    around a name in a text say it is not that name here (``بينهم طالبان``: two students)."""

    _STRIP = ".,،:؛!?؟\"«»()"

    def __init__(self, exclusions: Iterable[Exclusion]) -> None:
        self._by_name: dict[str, tuple[set[str], set[str]]] = {}
        self._prefixes: dict[str, set[str]] = {}  # "نوك" written "بنوك" is banks, not Nuuk
        self.pronouns: set[str] = set()  # "قصرة" written "قصره" is his palace, not Qusra (normalized names)
        # "الأسد" in a document that names "سيسيل" is the lion: per name, words any of which rules it out
        documents: dict[str, list[re.Pattern[str]]] = {}
        for x in exclusions:
            if x.side == "pronoun":
                self.pronouns.add(normalize_key(x.pattern))
                continue
            if x.side == "document":
                documents.setdefault(normalize_key(x.pattern), []).append(
                    re.compile(r"(?<!\S)[وفبل]?" + re.escape(normalize_key(x.word)) + r"(?![^\W\d_])"))
                self._by_name.setdefault(normalize_key(x.pattern), (set(), set()))
                continue
            if x.side == "prefix":
                self._prefixes.setdefault(normalize_key(x.pattern), set()).add(normalize_key(x.word))
                self._by_name.setdefault(normalize_key(x.pattern), (set(), set()))
                continue
            before, after = self._by_name.setdefault(normalize_key(x.pattern), (set(), set()))
            (before if x.side == "before" else after).add(normalize_key(x.word))
        self._documents = {name: tuple(words) for name, words in documents.items()}

    def __contains__(self, name: str) -> bool:
        """Whether a normalized name has exclusion contexts at all."""
        return name in self._by_name

    def excludes(self, norm: str, ws: int, start: int, end: int) -> bool:
        """The test for the name at [start, end) of ``norm`` whose word (with its proclitics) starts at ``ws``."""
        context = self._by_name.get(norm[start:end])
        if context is None:
            return False
        before, after = context
        if ws < start and norm[ws:start] in self._prefixes.get(norm[start:end], ()):
            return True
        if (words := self._documents.get(norm[start:end])) and _names_a_word(norm, words):
            return True
        head = norm[max(0, ws - 80) : ws]  # the word before, looked for near the name
        if not head.strip() and ws > 80:
            head = norm[:ws]  # (only whitespace nearby: look further back)
        prev_word = head.rstrip().rsplit(None, 1)[-1] if head.strip() else ""
        next_words = norm[end : end + 40].split(None, 1)
        next_word = next_words[0] if next_words else ""
        return prev_word.strip(self._STRIP) in before or next_word.strip(self._STRIP) in after


@lru_cache(maxsize=8)
def _names_a_word(norm: str, words: tuple[re.Pattern[str], ...]) -> bool:
    """Whether ``norm`` names one of ``words``: asked once per document and name (a name is met many times),
    from a small cache keyed by the text itself, so threads sharing an index cannot mix documents."""
    return any(w.search(norm) for w in words)


def _word_start(text: str, i: int) -> bool:
    """Whether position ``i`` starts a word, possibly after the proclitics و ف ب ل (one or two: وب، ول)."""
    if i == 0 or not text[i - 1].isalnum():
        return True
    if text[i - 1] not in "وفبل":
        return False
    if i == 1 or not text[i - 2].isalnum():
        return True
    return text[i - 2 : i] in ("وب", "ول") and (i == 2 or not text[i - 3].isalnum())


class CueChooser(Generic[T]):
    """Chooses among the readings of an ambiguous name (عمان: Amman or Oman; طرابلس: Libya or Lebanon) by
    their cues: words that, written near the name, in its sentence or in its document, point to one reading.
    The reading whose cues are named strictly most wins; a tie at every level chooses nothing."""

    def __init__(self, readings: Sequence[tuple[T, Sequence[str]]], states: bool = False) -> None:
        # ``states``: the readings are states (المملكة, عمان), so a name joined to another by و is not that
        # other ("اتفقت المملكة والأردن" is not Jordan); a group joined to a cue is often its ally
        self._states = states
        # one pattern for every reading's cues (one pass over a text), each cue form owned by its readings
        self._items: list[T] = [item for item, _cues in readings]
        self._owners: dict[str, list[int]] = {}
        for i, (_item, cues) in enumerate(readings):
            for form in set(cues) | {"لل" + c[2:] for c in cues if c.startswith("ال")}:  # "للاردن"
                self._owners.setdefault(form, []).append(i)
        self._forms = sorted(self._owners, key=len, reverse=True)

    def _best(self, text: str, excluded: frozenset[int] = frozenset()) -> T | None:
        return self._pick(self._counts(text), excluded)

    def _pick(self, counts: list[int], excluded: frozenset[int]) -> T | None:
        """The reading whose cues are counted strictly most, ``excluded`` ones aside; None at a tie or none."""
        counts = [0 if k in excluded else n for k, n in enumerate(counts)]
        top = max(counts)
        if top == 0 or counts.count(top) > 1:
            return None
        return self._items[counts.index(top)]

    def _counts(self, text: str) -> list[int]:
        """How many times each reading's cues are written in ``text``."""
        # each place a cue is written at the start of a word (past و ف ب ل), the longest cue there counting
        # (a plain search per cue: a regex with a look-behind would try every position of the text)
        found: dict[int, str] = {}
        for form in self._forms:
            i = text.find(form)
            while i >= 0:
                if i not in found and _word_start(text, i):
                    found[i] = form
                i = text.find(form, i + 1)
        counts = [0] * len(self._items)
        free = 0  # matches do not overlap ("خادم الحرمين الشريفين" is one cue, not two)
        for i in sorted(found):
            if i < free:
                continue
            free = i + len(found[i])
            for k in self._owners[found[i]]:
                counts[k] += 1
        return counts

    def choose(self, norm: str, start: int, end: int, cache: dict[object, T | None],
               uncued: Callable[[list[T]], T | None] | None = None) -> T | None:
        """The reading of the name at [start, end) of ``norm``: the words around it first ("العاصمة الأردنية
        عمان"), then its sentence, then the document (``cache`` keeps the answers of one text). With
        ``uncued``, a name of several readings in a document that names no cue of any is given what it
        answers for the readings (asked once per document)."""
        lo = max(norm.rfind(". ", 0, start), norm.rfind("\n", 0, start)) + 1
        ends = [i for i in (norm.find(". ", end), norm.find("\n", end)) if i >= 0]
        hi = min(ends) if ends else len(norm)
        # a name joined to another by و is not that other: "اتفقت المملكة والأردن" is not Jordan
        joined = self._joined_readings(norm, start, end) if self._states else frozenset()
        left = start if joined else max(lo, start - 25)
        right = end if joined else end + 15
        found = self._best(norm[left:right], joined)
        if found is not None:
            return found
        sentence = (id(self), lo, hi, joined)
        if sentence not in cache:
            cache[sentence] = self._best(norm[lo:hi], joined)
        if cache[sentence] is not None:
            return cache[sentence]
        document, fallback = (id(self), 0, len(norm), joined), (id(self), "uncued")
        if document not in cache:
            counts = self._counts(norm)
            cache[document] = self._pick(counts, joined)
            if uncued is not None and fallback not in cache:
                cache[fallback] = self._uncued(counts, uncued)
        if cache[document] is not None or uncued is None:
            return cache[document]
        if fallback not in cache:  # (the document was read for another name joined to this one)
            cache[fallback] = self._uncued(self._counts(norm), uncued)
        return cache[fallback]

    def _uncued(self, counts: list[int], uncued: Callable[[list[T]], T | None]) -> T | None:
        # (a name with one reading keeps to its cues: "حركة الشباب")
        return uncued(self._items) if len(self._items) > 1 and not any(counts) else None

    def _joined_readings(self, norm: str, start: int, end: int) -> frozenset[int]:
        """The readings whose cue is the word joined to the name by و, before or after it."""
        words: list[str] = []
        after = norm[end : end + 30].split()
        if after and after[0].startswith("و") and len(after[0]) > 2:
            words.append(after[0][1:])
        if norm.startswith("و", start):
            before = norm[max(0, start - 30) : start].split()
            if before:
                words.append(before[-1].strip("،,"))
        return frozenset(k for w in words for k in self._owners.get(w, ()))


def load_exclusions(path: Path, label: str, problems: list[str],
                    sides: tuple[str, ...] = ("before", "after", "prefix", "document")) -> list[Exclusion]:
    out = []
    for row in read_table(path, label, EXCLUSION_HEADER, problems):
        rid, pattern, side, word, _note = row.cells
        ok = row.id_ok & _check_pattern(pattern, row.where, problems) & _check_pattern(word, row.where, problems)
        ok &= check_choice(row.where, "side", side, sides, problems)
        if " " in word.strip():
            problems.append(f"{row.where}: the context word must be one word, got {word!r}")
            ok = False
        if side == "pronoun" and not (pattern.endswith("ة") and word == pattern[:-1] + "ه"):
            problems.append(f"{row.where}: a pronoun row's word is its name ending in ه for ة, got {pattern!r} and "
                            f"{word!r}")
            ok = False
        if ok:
            out.append(Exclusion(f"{path.stem}:{rid}", pattern, side, word, row.where))
    return out


def load_readings(path: Path, label: str, problems: list[str]) -> list[Reading]:
    out = []
    for row in read_table(path, label, READING_HEADER, problems):
        rid, pattern, code, kind, name_en, cues, _note = row.cells
        ok = row.id_ok & _check_pattern(pattern, row.where, problems)
        if not CODE_RE.match(code):
            problems.append(f"{row.where}: code {code!r} is not MAIN or MAIN:ROLE (see actor-codes.md)")
            ok = False
        ok &= check_choice(row.where, "kind", kind, ENTRY_KINDS, problems)
        words = parse_cues(cues, row.where, problems)
        ok &= bool(words)
        if ok:
            out.append(Reading(f"{path.stem}:{rid}", normalize_key(pattern), code, kind, name_en.strip(), words,
                               row.where))
    return out


def parse_cues(cues: str, where: str, problems: list[str]) -> tuple[str, ...]:
    """A readings file's ``cues`` cell: ``|``-separated words, normalized; () with a problem when empty."""
    words = tuple(normalize_key(c) for c in cues.split("|") if c.strip())
    if not words or any(not w for w in words):
        problems.append(f"{where}: cues must be one or more words separated by |, got {cues!r}")
        return ()
    return words


def lonely_readings(readings: Iterable[tuple[str, str]], problems: list[str], advice: str) -> None:
    """A name with one reading is no ambiguity: each (normalized name, where) needs a second reading."""
    rows = list(readings)
    counts: dict[str, int] = {}
    for name, _where in rows:
        counts[name] = counts.get(name, 0) + 1
    for name, where in rows:
        if counts[name] < 2:
            problems.append(f"{where}: {name!r} has one reading; {advice}")


def load_given_names(path: Path, label: str, problems: list[str]) -> set[str]:
    """Common given names (normalized): evidence that words after a title are a person's name."""
    return {normalize_key(row.cells[1]) for row in read_table(path, label, GIVEN_NAME_HEADER, problems)
            if row.id_ok and _check_pattern(row.cells[1], row.where, problems)}


def load_people(path: Path, label: str, problems: list[str]) -> list[Person]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{label}: cannot read: {exc}")
        return []
    except json.JSONDecodeError as exc:
        problems.append(f"{label}:{exc.lineno}: malformed JSON: {exc.msg}")
        return []
    people = data.get("people") if isinstance(data, dict) else None
    if not isinstance(people, list):
        problems.append(f"{label}: expected an object with a 'people' list")
        return []
    out, ids = [], set()
    for i, p in enumerate(people):
        where = f"{label}:people[{i}]"
        if not isinstance(p, dict):
            problems.append(f"{where}: not an object")
            continue
        pid = p.get("id")
        where = f"{label}:{pid or f'people[{i}]'}"
        ok = True
        if not isinstance(pid, str) or not ID_RE.match(pid) or pid in ids:
            problems.append(f"{where}: id {pid!r} is malformed or duplicated")
            ok = False
        ids.add(pid)
        country = p.get("country")
        if not isinstance(country, str) or not CODE_RE.match(country):
            problems.append(f"{where}: country {country!r} is not an actor code")
            ok = False
        names = p.get("names")
        if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
            problems.append(f"{where}: names must be a non-empty list of strings")
            ok = False
            names = []
        for name in names:
            ok &= _check_pattern(name, where, problems)
        offices = []
        for j, o in enumerate(p.get("offices") or []):
            ow = f"{where}.offices[{j}]"
            if not isinstance(o, dict) or not isinstance(o.get("code"), str) or not CODE_RE.match(o["code"]):
                problems.append(f"{ow}: missing or invalid code")
                ok = False
                continue
            start = _parse_date(o.get("from"), ow, "from", problems)
            end = _parse_date(o.get("to"), ow, "to", problems)
            if start and end and end < start:
                problems.append(f"{ow}: 'to' {end} is before 'from' {start}")
                ok = False
            offices.append(Office(o["code"], str(o.get("office_en") or ""), start, end))
        if not isinstance(p.get("name_en"), str) or not p["name_en"].strip():
            problems.append(f"{where}: empty name_en")
            ok = False
        if ok:
            out.append(Person(f"{path.stem}:{pid}", p["name_en"], str(country), tuple(names), tuple(offices), where))
    return out


def _file_type(path: Path) -> str:
    if path.suffix.lower() == ".json":
        return "people"
    try:
        with path.open(encoding="utf-8") as fh:
            header = fh.readline().rstrip("\n").split("\t")
    except (OSError, UnicodeDecodeError):
        return "entries"
    if header == ROLE_HEADER:
        return "roles"
    if header == GIVEN_NAME_HEADER:
        return "given_names"
    if header == READING_HEADER:
        return "readings"
    return "exclusions" if header == EXCLUSION_HEADER else "entries"


def _person_name_clashes(people: list[Person], problems: list[str]) -> None:
    """One name form must name one person (users' files may override, so only shipped data is checked)."""
    owner: dict[str, Person] = {}
    for p in people:
        if p.where.startswith("user:"):
            continue
        for name in p.names:
            key = normalize_key(name)
            other = owner.setdefault(key, p)
            if other is not p and other.id != p.id:
                problems.append(f"{p.where}: name {name!r} also names {other.id} ({other.where})")


def load_actor_lexicon(extra: Iterable[str | Path] = ()) -> ActorLexicon:
    """Load and validate the shipped actor lexicon plus any user files; raise LexiconError listing every problem."""
    return _load(tuple(str(p) for p in extra))


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> ActorLexicon:
    base = data_dir("actors")
    problems: list[str] = []
    manifest = read_manifest(base, "actor lexicon")
    files: list[tuple[Path, str, str]] = [(base / f["path"], f"marsad:{f['path']}", f["type"])
                                          for f in manifest["files"]]
    for p in extra:
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.glob("*")):
                if child.suffix.lower() in (".tsv", ".json"):
                    files.append((child, f"user:{child}", _file_type(child)))
        elif path.exists():
            files.append((path, f"user:{path}", _file_type(path)))
        else:
            problems.append(f"user:{path}: no such lexicon file")
    lex = ActorLexicon(version=str(manifest["version"]))
    digest = hashlib.sha256()
    for path, label, kind in files:
        lex.files.append(label)
        if kind == "entries":
            lex.entries.extend(load_entries(path, label, problems))
        elif kind == "roles":
            lex.roles.extend(load_roles(path, label, problems))
        elif kind == "people":
            lex.people.extend(load_people(path, label, problems))
        elif kind == "exclusions":
            lex.exclusions.extend(load_exclusions(path, label, problems))
        elif kind == "given_names":
            lex.given_names |= load_given_names(path, label, problems)
        elif kind == "readings":
            lex.readings.extend(load_readings(path, label, problems))
        else:
            problems.append(f"{label}: unknown file type {kind!r} in the manifest")
        if path.exists():
            digest.update(path.read_bytes())
    lex.entries = resolve_overrides(lex.entries, lambda e: e.code, problems)
    _person_name_clashes(lex.people, problems)
    # (a name with one reading is allowed here: it is coded only where its cues are named, "حركة الشباب" is
    # al-Shabaab in reports on Somalia and any youth movement elsewhere; a place's lone reading is an error,
    # since the gazetteer's own row stands when no reading is chosen)
    if problems:
        raise LexiconError(f"the actor lexicon has {len(problems)} problem(s)", problems)
    log.debug("actor lexicon %s: %s", lex.stamp, lex.counts())
    return lex


def check_lexicon(extra: Iterable[str | Path] = ()) -> ActorLexicon:
    """Validate without caching (for ``marsad lexicon check``)."""
    _load.cache_clear()
    return load_actor_lexicon(extra)
