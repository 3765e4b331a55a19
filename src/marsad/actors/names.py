"""English names for actor codes, for reports and exports: ``KGZ`` -> Kyrgyzstan, ``KGZ:MIL`` ->
Kyrgyzstan (military). The MAIN names come from the actor lexicon (the first entry coded exactly so:
a country or an organization), the role names from actor-codes.md."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

ROLE_NAMES = {
    "GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "judiciary", "COP": "police",
    "OPP": "opposition", "REB": "rebels", "BUS": "business", "MED": "media", "CVL": "civilians",
}


@lru_cache(maxsize=1)
def main_names() -> dict[str, str]:
    from marsad.actors.lexicon import load_actor_lexicon

    names: dict[str, str] = {}
    for entry in load_actor_lexicon(()).entries:
        if ":" not in entry.code and entry.kind in ("country", "organization", "bloc"):
            names.setdefault(entry.code, entry.name_en)
    for entry in load_actor_lexicon(()).entries:  # codes with no country or organization entry
        if ":" not in entry.code:
            names.setdefault(entry.code, entry.name_en)
    return names


def code_name(code: str) -> str:
    """A readable English name for an actor code; the code itself when the lexicon has no name for it."""
    main, _, role = code.partition(":")
    name = main_names().get(main, main)
    return f"{name} ({ROLE_NAMES.get(role, role)})" if role else name


def main_code(code: str) -> str:
    """The MAIN part of an actor code: ``KGZ:MIL`` -> ``KGZ``."""
    return code.split(":", 1)[0]


def mains(codes: Iterable[str]) -> frozenset[str]:
    """MAIN parts of actor codes: ``["KGZ:MIL", "CSTO"]`` -> ``{"KGZ", "CSTO"}``."""
    return frozenset(main_code(c) for c in codes)
