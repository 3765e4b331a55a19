"""Normalization for matching, with an exact offset map back to the original text.

The matching view folds what Arabic writing varies freely and what carries no meaning for matching:
diacritics (harakat, shadda, sukun, tanween, Quranic marks), tatweel, alef variants (أ إ آ ٱ -> ا),
alef maksura (ى -> ي), teh marbuta (ة -> ه), hamza carriers (ؤ -> و, ئ -> ي), Persian/Urdu letters
(ک ی ہ ...), Arabic presentation forms (ﻻ -> لا), zero-width and bidi control characters, Arabic-Indic and
Persian digits (٣ ۳ -> 3), unusual spaces, and ASCII upper case.

The original text is never modified. :class:`NormalizedText` keeps, for every character of the
normalized view, the index of the original character it came from, so any span found in the view maps
back to an exact span of the original with :meth:`NormalizedText.to_original`.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

# Combining marks that are dropped: harakat, tanween, shadda, sukun, dagger alef, Quranic annotation
# marks, and tatweel. A span's end is extended over these so a word keeps its final vowel mark.
_MARKS = (
    [chr(c) for c in range(0x0610, 0x061B)]  # honorific and Quranic signs
    + [chr(c) for c in range(0x064B, 0x0660)]  # fathatan .. wavy hamza below
    + ["\u0670"]  # superscript (dagger) alef
    + [chr(c) for c in range(0x06D6, 0x06DD)]  # Quranic small high marks
    + [chr(c) for c in range(0x06DF, 0x06E5)]
    + ["\u06E7", "\u06E8"]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
    + [chr(c) for c in range(0x08D3, 0x08E2)]
    + [chr(c) for c in range(0x08E3, 0x0900)]
    + ["\u0640"]  # tatweel
)
MARKS = frozenset(_MARKS)

# Invisible formatting characters that are dropped: zero-width, joiners, bidi controls, soft hyphen, BOM.
_INVISIBLE = [
    "\u00ad",
    "\u061c",
    "\u180e",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2060",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\ufeff",
]

_LETTERS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ی": "ي",  # Persian yeh
    "ې": "ي",
    "ۍ": "ي",
    "ک": "ك",  # keheh
    "ڪ": "ك",
    "ہ": "ه",  # heh goal
    "ە": "ه",
    "ۀ": "ه",
    "ھ": "ه",  # heh doachashmee
    "ۃ": "ه",
    "ڤ": "ف",  # veh, used for v in names
    "پ": "ب",
    "چ": "ج",
    "گ": "ك",
    "ژ": "ز",
}

_SPACES = ["\u00a0", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007",
           "\u2008", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000"]


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for ch in _MARKS + _INVISIBLE:
        table[ord(ch)] = None
    for src, dst in _LETTERS.items():
        table[ord(src)] = dst
    for ch in _SPACES:
        table[ord(ch)] = " "
    for i in range(10):
        table[0x0660 + i] = str(i)  # Arabic-Indic digits
        table[0x06F0 + i] = str(i)  # Extended (Persian/Urdu) digits
    for c in range(ord("A"), ord("Z") + 1):
        table[c] = chr(c + 32)
    # Arabic presentation forms A and B: fold with NFKC, then fold the result again.
    for block in (range(0xFB50, 0xFE00), range(0xFE70, 0xFEFF)):
        for c in block:
            ch = chr(c)
            if unicodedata.category(ch) == "Cn":
                continue
            decomposed = unicodedata.normalize("NFKC", ch)
            if decomposed != ch:
                folded = "".join(
                    "" if d in MARKS else _LETTERS.get(d, d) for d in decomposed if d not in _INVISIBLE
                )
                table[c] = folded.strip() if folded.strip() else None
    return table


_TABLE = _build_table()
_REPLACEMENT = {chr(c): (v or "") for c, v in _TABLE.items()}
# The characters news text changes most (teh marbuta, the hamza'd alefs, alef maksura, the usual
# harakat, tatweel, no-break space) are folded with str.replace, one fast pass each; only the rare rest
# go through a substitution, which calls back into Python for every character it changes. Replacing in
# any order gives the same result because no image contains a character that changes.
_FREQUENT = "ةأإىئؤآ\u00a0\u064b\u064d\u064e\u064f\u0650\u0651\u0652\u0640"
_FREQUENT_PAIRS = tuple((ch, _REPLACEMENT[ch]) for ch in _FREQUENT)
_RARE_RE = re.compile("[" + re.escape("".join(sorted(set(_REPLACEMENT) - set(_FREQUENT)))) + "]")
_replace = _REPLACEMENT.__getitem__
if any(ch in _REPLACEMENT for image in _REPLACEMENT.values() for ch in image):  # pragma: no cover
    raise AssertionError("a normalization image contains a character that is itself normalized")
# Characters whose image is not exactly one character: their presence forces an explicit offset map.
_RESIZING = "".join(sorted(chr(c) for c, v in _TABLE.items() if v is None or len(v) != 1))
_RESIZING_RE = re.compile("[" + re.escape(_RESIZING) + "]")


@dataclass(slots=True, frozen=True)
class NormalizedText:
    """The matching view of a text and the map back to the original.

    ``origin[i]`` is the index in ``original`` of the character that produced ``text[i]``; it is
    ``None`` when the two texts align one to one (the common case, which costs no memory).
    """

    original: str
    text: str
    origin: array | None

    def origin_of(self, i: int) -> int:
        """Index in the original of normalized character ``i``."""
        return i if self.origin is None else self.origin[i]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalized text to the original text.

        The result covers every original character that produced the span, plus the marks (diacritics,
        tatweel) that directly follow its last character, so a matched word keeps its final vowel.
        An empty span maps to an empty span at the corresponding position.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside normalized text of length {len(self.text)}")
        if self.origin is None:
            return start, end
        if start == end:
            pos = self.origin[start] if start < len(self.text) else len(self.original)
            return pos, pos
        o_start = self.origin[start]
        o_end = self.origin[end - 1] + 1
        original = self.original
        n = len(original)
        # Extend over the rest of a multi-character source (a ligature) and over trailing marks.
        while o_end < n and original[o_end] in MARKS:
            o_end += 1
        return o_start, o_end

    def written(self, i: int) -> str:
        """The letter the writer wrote for normalized character ``i``, before folding but in its base form:
        an Arabic presentation form (ﺓ, ﺄ, the lam-alef ligature ﻷ) counts as the letter it shapes, so the
        checks that ask whether the writer wrote ة or ه, أ or إ, read such text as they read any other."""
        o = self.origin_of(i)
        ch = self.original[o]
        if not ("\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff"):
            return ch
        base = _presentation_base(ch)
        k = 0  # which of the letters a ligature stands for
        while k < i and self.origin_of(i - k - 1) == o:
            k += 1
        return base[min(k, len(base) - 1)] if base else ch

    def to_normalized(self, orig_pos: int) -> int:
        """The first normalized index whose origin is at or after ``orig_pos`` (for mapping a position in)."""
        if self.origin is None:
            return orig_pos
        return bisect_left(self.origin, orig_pos)


@lru_cache(maxsize=1024)
def _presentation_base(ch: str) -> str:
    """The letters an Arabic presentation form stands for (compatibility decomposition), marks dropped."""
    return "".join(c for c in unicodedata.normalize("NFKC", ch) if c not in MARKS and not c.isspace())


_IDENTITY = array("l")
_IDENTITY_LOCK = threading.Lock()


def _identity(n: int) -> array:
    """The shared array ``0, 1, 2 ...`` at least ``n`` long, grown on demand. Offset maps are built from
    slices of it: copying an array slice is a memcpy, while extending from a ``range`` converts every
    index to a Python int and back (it made up most of the normalize stage's time). Growing it is locked:
    two threads extending it at once (the web app codes in a thread pool) would corrupt every offset."""
    if len(_IDENTITY) < n:
        with _IDENTITY_LOCK:
            if len(_IDENTITY) < n:
                _IDENTITY.extend(range(len(_IDENTITY), n))
    return _IDENTITY


def normalize_for_matching(text: str) -> NormalizedText:
    """Return the matching view of ``text`` with its offset map (see module docstring)."""
    # Replacing only the characters that change is several times faster than str.translate on Arabic
    # text, where most characters are left alone.
    folded = text
    for ch, replacement in _FREQUENT_PAIRS:
        if ch in folded:
            folded = folded.replace(ch, replacement)
    folded = _RARE_RE.sub(lambda m: _replace(m.group()), folded)
    if len(folded) == len(text) and _RESIZING_RE.search(text) is None:
        return NormalizedText(text, folded, None)
    identity = _identity(len(text))
    origin = array("l")
    pos = 0
    for m in _RESIZING_RE.finditer(text):
        i = m.start()
        if i > pos:
            origin.extend(identity[pos:i])
        image = _TABLE[ord(text[i])]
        if image:
            origin.extend([i] * len(image))
        pos = i + 1
    if pos < len(text):
        origin.extend(identity[pos : len(text)])
    if len(origin) != len(folded):  # pragma: no cover - guards the table's invariants
        raise AssertionError("offset map does not match the normalized text")
    return NormalizedText(text, folded, origin)


@lru_cache(maxsize=65536)
def normalize_key(text: str) -> str:
    """The normalized form of a short string (a lexicon pattern, a keyword), whitespace collapsed."""
    return " ".join(text.translate(_TABLE).split())
