"""Weapons and strikes, normalized: a state's adjective after one names whose weapon it was ("بصاروخ أمريكي",
"بغارة روسية"), which tells the events stage who did an act and the actors stage whose country a nameless
group is not."""

from __future__ import annotations

from marsad.text.normalize import normalize_key

WEAPONS = frozenset(normalize_key(w) for w in (
    "صاروخ", "صواريخ", "غارة", "غارات", "قصف", "ضربة", "ضربات", "قذيفة", "قذائف", "رصاص", "رصاصة", "لغم",
    "عبوة", "طائرة", "طائرات", "هجوم", "أسلحة", "سلاح", "دبابات", "دبابة", "مقاتلات", "نيران"))
# what is fired: a verb of firing may stand far from it, past a long subject ("اطلقت طائرة بدون طيار تابعة
# لوكالة المخابرات المركزية الاميركية عدة صواريخ")
PROJECTILES = frozenset(normalize_key(w) for w in (
    "صاروخ", "صاروخا", "صاروخين", "صواريخ", "قذيفة", "قذيفتين", "قذائف", "رصاص", "رصاصة", "رصاصات", "نار"))


def weapon_word(word: str) -> bool:
    """Whether ``word`` (normalized, perhaps with و/ب/ال before it) names a weapon or a strike."""
    for prefix in ("", "ب", "وب", "و", "ال", "بال", "وبال", "وال"):
        if word.startswith(prefix) and word[len(prefix) :] in WEAPONS:
            return True
    return False
