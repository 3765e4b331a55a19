"""The gazetteer: places as the Arabic press writes them, with their country (data/places/*.tsv).

Places are not actors: the places stage finds them (one automaton over the normalized text) and reports
them apart, as ``Document.places``. They give an event its location and give a nameless group
(``متظاهرون``، ``الشرطة``) its country when the sentence says where it happened. A place name that is
also a common word (``المسيلة`` in "الغازات المسيلة للدموع", ``حماة`` in "حماة الوطن") is dropped when a
word of ``exclusions.tsv`` stands next to it (the actor lexicon's format), and a name listed there as a
noun with "his" (``قصرة``, written ``قصره``: his palace) is dropped when so written in a text that writes ة.
A name shared by two places (``طرابلس``: Libya's capital or Lebanon's northern city) has its readings in
``readings.tsv``, each with cue words; the document's cues choose, and without a decision the gazetteer's
own row stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ahocorasick

from marsad.actors.lexicon import CueChooser, Exclusion, ExclusionIndex, load_exclusions, lonely_readings, parse_cues
from marsad.datafiles import check_choice, data_dir, read_manifest, read_table
from marsad.errors import LexiconError
from marsad.model import PlaceMention, Span
from marsad.text.normalize import NormalizedText, normalize_key

PLACE_HEADER = ["id", "name", "country", "kind", "name_en", "note"]
READING_HEADER = ["id", "name", "country", "kind", "name_en", "cues", "note"]
PLACE_KINDS = frozenset({"capital", "city", "town", "region", "site", "base", "camp", "island"})
COUNTRY_RE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    country: str
    kind: str
    name_en: str
    where: str


@dataclass(frozen=True, slots=True)
class PlaceReading:
    """One place a shared name can be, with the words that point to it (normalized)."""

    place: Place
    cues: tuple[str, ...]


@dataclass(slots=True)
class Gazetteer:
    version: str
    places: list[Place]
    exclusions: list[Exclusion] = field(default_factory=list)
    readings: list[PlaceReading] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.places)


def load_places(path: Path, label: str, problems: list[str]) -> list[Place]:
    out: list[Place] = []
    for row in read_table(path, label, PLACE_HEADER, problems):
        pid, name, country, kind, name_en, _note = row.cells
        if not normalize_key(name) or name != name.strip():
            problems.append(f"{row.where}: empty or badly spaced name {name!r}")
        elif not COUNTRY_RE.match(country):
            problems.append(f"{row.where}: country {country!r} is not an ISO 3166-1 alpha-3 code")
        elif check_choice(row.where, "kind", kind, PLACE_KINDS, problems) and row.id_ok:
            out.append(Place(f"{path.stem}:{pid}", name, country, kind, name_en, row.where))
    return out


def load_place_readings(path: Path, label: str, problems: list[str]) -> list[PlaceReading]:
    out: list[PlaceReading] = []
    for row in read_table(path, label, READING_HEADER, problems):
        pid, name, country, kind, name_en, cues, _note = row.cells
        if not normalize_key(name) or name != name.strip():
            problems.append(f"{row.where}: empty or badly spaced name {name!r}")
        elif not COUNTRY_RE.match(country):
            problems.append(f"{row.where}: country {country!r} is not an ISO 3166-1 alpha-3 code")
        elif (words := parse_cues(cues, row.where, problems)) and \
                check_choice(row.where, "kind", kind, PLACE_KINDS, problems) and row.id_ok:
            out.append(PlaceReading(Place(f"{path.stem}:{pid}", name, country, kind, name_en, row.where), words))
    lonely_readings(((normalize_key(r.place.name), r.place.where) for r in out), problems,
                    "a shared name needs two or more")
    return out


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    base = data_dir("places")
    manifest = read_manifest(base, "gazetteer")
    problems: list[str] = []
    places: list[Place] = []
    for name in manifest["files"]:
        places.extend(load_places(base / name, f"marsad:places/{name}", problems))
    exclusions = []
    if manifest.get("exclusions"):
        name = manifest["exclusions"]
        exclusions = load_exclusions(base / name, f"marsad:places/{name}", problems,
                                     ("before", "after", "prefix", "pronoun"))
    readings = []
    if manifest.get("readings"):
        name = manifest["readings"]
        readings = load_place_readings(base / name, f"marsad:places/{name}", problems)
    if problems:
        raise LexiconError(f"the gazetteer has {len(problems)} problem(s)", problems)
    return Gazetteer(str(manifest["version"]), places, exclusions, readings)


# (not ك: "كسرت" is "broke", not "like Sirte")
_PLACE_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"})
_LAM_PREFIXES = frozenset({"ل", "ول", "فل"})
_CLITIC_CHARS = frozenset("وفبل")


def _bare_letters(name: str) -> tuple[int, ...]:
    """The offsets of a place name's bare و and ي, when the name is spelled letter for letter like its key
    (only such names can be compared with the text letter by letter); () otherwise."""
    if len(normalize_key(name)) != len(name):
        return ()
    return tuple(k for k, letter in enumerate(name) if letter in "وي")


def _hamza_clash(nt: NormalizedText, start: int, offsets: tuple[int, ...]) -> bool:
    """Whether the text writes ؤ or ئ where the place's name has a bare و or ي ("مؤدية", leading to, is not
    the Yemeni town مودية); ``offsets`` from ``_bare_letters``, counted from ``start``."""
    return any(nt.written(start + k) in "ؤئ" for k in offsets)


# Words that name a place's kind: a name right after one is a place however it is written ("مدينة جده").
_KIND_WORDS = frozenset(normalize_key(w) for w in (
    "مدينة", "محافظة", "منطقة", "بلدة", "قرية", "ولاية", "إقليم", "ريف", "مديرية", "ميناء", "جزيرة", "مخيم"))
_PLACES_JOINED = re.compile(r"\s*[-–/،,]\s*|\s+و\s*")
_NISBA_TA = re.compile(r"(?<!\S)[وفبل]{0,2}ال\S{2,}ي([ةه])(?![^\W\d_])")


def _writes_ha_for_ta(original: str) -> bool:
    """Whether a text writes the final ة as ه by habit ("المملكه العربيه السعوديه"): more of its feminine
    adjectives with the article end in يه than in ية."""
    ta = ha = 0
    for m in _NISBA_TA.finditer(original):
        if m.group(1) == "ة":
            ta += 1
        else:
            ha += 1
    return ha > ta


class PlaceMatcher:
    """Finds gazetteer places in a normalized text: one automaton, clitic-aware, longest match."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        table: dict[str, list[tuple[Place, bool]]] = {}
        for place in gazetteer.places:
            key = normalize_key(place.name)
            table.setdefault(key, []).append((place, False))
            if key.startswith("ال") and len(key) > 3:
                table.setdefault(key[1:], []).append((place, True))  # للرياض: ل + الرياض
        self._automaton = ahocorasick.Automaton()
        for key, values in table.items():
            self._automaton.add_word(key, (len(key), values[0][0], values[0][1]))
        self._automaton.make_automaton()
        self._exclusions = ExclusionIndex(gazetteer.exclusions)
        self._bare_letters = {p.id: _bare_letters(p.name) for p in gazetteer.places}
        by_name: dict[str, list[PlaceReading]] = {}
        for r in gazetteer.readings:
            by_name.setdefault(normalize_key(r.place.name), []).append(r)
        self._readings = {key: CueChooser([(r.place, r.cues) for r in rs]) for key, rs in by_name.items()}

    def find(self, nt: NormalizedText) -> list[tuple[int, int, Place]]:
        """Non-overlapping place hits (normalized offsets, clitics excluded), longest first, in text order."""
        norm = nt.text
        n = len(norm)
        hits: list[tuple[int, int, Place]] = []
        ha_for_ta: bool | None = None  # (asked of the whole text once, when a name needs it)
        doubtful: list[tuple[int, int, Place]] = []
        for end_idx, (length, place, lam) in self._automaton.iter(norm):
            end = end_idx + 1
            if end < n and norm[end].isalnum():
                continue
            start = end - length
            ws = start
            while ws > 0 and norm[ws - 1] in _CLITIC_CHARS and start - ws < 3:
                ws -= 1
            if ws > 0 and norm[ws - 1].isalnum():
                continue
            prefix = norm[ws:start]
            if (lam and prefix not in _LAM_PREFIXES) or (not lam and prefix not in _PLACE_PREFIXES):
                continue
            if self._exclusions.excludes(norm, ws, start, end):
                continue
            if lam:  # "للرياض": the hit drops the article's alef, so the name's letters shift by one
                offsets = tuple(k - 1 for k in self._bare_letters[place.id] if k > 0)
            else:
                offsets = self._bare_letters[place.id]
            if offsets and _hamza_clash(nt, start, offsets):
                continue
            if norm[start:end] in self._exclusions.pronouns and nt.written(end - 1) == "ه" and \
                    (ha_for_ta := _writes_ha_for_ta(nt.original) if ha_for_ta is None else ha_for_ta) is False \
                    and _word_before(norm, ws).removeprefix("و") not in _KIND_WORDS:
                # a name listed as a noun with "his" when written with ه for its ة, in a text that writes ة:
                # "في قصره بالرياض" is in his palace (not Qusra), "في حواره مع" in his interview (not Huwara),
                # "زوجة جده" his grandfather's wife (not Jeddah); unless the place's kind is named before it, or
                # another place is joined to it (below)
                doubtful.append((start, end, place))
                continue
            hits.append((start, end, place))
        for start, end, place in doubtful:
            # "طريق مكة المكرمة - جده", "في الرياض و جده", "نجران/ شروره": in a list of places, a place
            if any(_PLACES_JOINED.fullmatch(norm[e:start]) or _PLACES_JOINED.fullmatch(norm[end:s])
                   for s, e, _ in hits):
                hits.append((start, end, place))
        if self._readings:
            in_document: dict[object, Place | None] = {}
            for i, (start, end, place) in enumerate(hits):
                chooser = self._readings.get(norm[start:end])
                if chooser is not None:
                    hits[i] = (start, end, chooser.choose(norm, start, end, in_document) or place)
        hits.sort(key=lambda h: (h[0] - h[1], h[0]))
        chosen: list[tuple[int, int, Place]] = []
        for h in hits:
            if all(h[1] <= c[0] or c[1] <= h[0] for c in chosen):
                chosen.append(h)
        chosen.sort(key=lambda h: h[0])
        return chosen

    def mentions(self, nt: NormalizedText) -> list[PlaceMention]:
        out = []
        for start, end, place in self.find(nt):
            o_start, o_end = nt.to_original(start, end)
            out.append(PlaceMention(Span(o_start, o_end), place.country, place.name_en, place.kind))
        return out


def _word_before(norm: str, pos: int) -> str:
    """The word that ends right before ``pos`` (a space between), or ""."""
    if pos < 2 or norm[pos - 1] != " ":
        return ""
    return norm[norm.rfind(" ", 0, pos - 1) + 1 : pos - 1]
