"""A sentence splitter for Arabic news.

Splits at ``. ! ? ؟`` followed by white space (closing quotes and brackets stay with the sentence), at
a period glued to the next word between two Arabic words ("بجدة.وفي"), and at line breaks; never at
commas, the Arabic comma or ``؛``. It does not split inside a word or number (``24.KG``, ``3.5``),
after one-letter abbreviations (``د.``, ``م.``, ``U.S.``), common Latin abbreviations or letter-by-letter
acronyms (``بي.إن.بي``), or inside a quotation that stays on one line, so a quoted statement of several
sentences remains part of the sentence that introduces it.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Sequence

from marsad.model import Quote, Span

# A run of . ! ? ؟ (closing quotes and brackets stay with it) before white space, or a line break.
# Written to begin with one character class, so that the regex engine skips straight to candidate
# characters: a leading repeat or alternation makes it attempt a match at every position (several
# times slower on a whole text). A line break matches alone, as the lookbehind says.
_END = re.compile(r"[.!?؟\n](?:(?<=\n)|[.!?؟]*[\"'”»)\]]*(?=\s|$))")
# A period glued to the next sentence's first word, as scraped news often has it ("بجدة.وفي مستهل الجلسة"):
# a sentence end when both words around it are Arabic words of three letters or more (not a letter-by-letter
# acronym: "بي.إن.بي", "دي.إيه.إن", nor an abbreviation: "د.أسامة", "أ.د.").
_GLUED = re.compile(r"\.(?=[\u0621-\u064a]{3})")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{3,}")  # (the range holds the tatweel, U+0640)
_YEAR_MARK = re.compile(r"[0-9\u0660-\u0669]{3,4}(?:م|هـ|ه)")
_NEXT_WORD = re.compile(r"[^\s.]*")
_LATIN_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sgt st jr sr inc ltd co corp vs etc no vol fig al".split()
)


def _last_word(text: str, lo: int, hi: int) -> str:
    r"""The white-space-free run that ends ``text[lo:hi]`` ("" if it ends with white space), as
    ``re.search(r"(\S+)$", text, lo, hi)`` would find it, which is slow to fail at every position:
    ``$`` also matches before a final line break."""
    if hi > lo and text[hi - 1] == "\n":
        hi -= 1
    window = text[lo:hi]
    if not window or window[-1].isspace():
        return ""
    return window.rsplit(None, 1)[-1]


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` ends an abbreviation rather than a sentence."""
    word = _last_word(text, max(0, dot - 20), dot).strip("(«\"'“")
    if not word:
        return False
    if len(word) == 1 and word.isalpha():  # د. / م. / J.
        return True
    if "." in word and all(len(p) <= 2 for p in word.split(".")):  # U.S. / ق.م
        return True
    return word.lower() in _LATIN_ABBREVIATIONS


def _glued_end(text: str, dot: int) -> bool:
    """Whether the period at ``dot``, with a letter right after it, ends a sentence: a word of three Arabic
    letters or more on each side, the one after it ending at a space or a mark."""
    word = _last_word(text, max(0, dot - 20), dot)
    before = word.rsplit(".", 1)[-1]
    if not (_ARABIC_WORD.fullmatch(before) or _YEAR_MARK.fullmatch(before)):
        return False  # (a year with its era letter ends a sentence too: "في 14 مايو 2015م.وهنأ")
    after = _NEXT_WORD.match(text, dot + 1, dot + 30)
    return after is not None and len(after.group()) >= 3


def _ends(text: str, start: int, end: int) -> Iterable[tuple[int, int, str]]:
    """Candidate sentence ends (start, end, text) in order: marks before white space, and glued periods."""
    found = ((m.start(), m.end(), m.group()) for m in _END.finditer(text, start, end))
    glued = [(m.start(), m.end(), ".") for m in _GLUED.finditer(text, start, end) if _glued_end(text, m.start())]
    return heapq.merge(found, glued) if glued else found


def split_sentences(text: str, quotes: Sequence[Quote] = (), start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of ``text[start:end]``, trimmed of surrounding white space, in order."""
    end = len(text) if end is None else end
    protected = [q.span for q in quotes if "\n" not in text[q.span.start : q.span.end]]
    spans: list[Span] = []
    pos = start
    qi = 0
    for m_start, cut, mark in _ends(text, start, end):
        if mark != "\n":
            if text[m_start] == "." and cut - m_start == 1 and _is_abbreviation(text, m_start):
                continue
            while qi < len(protected) and protected[qi].end <= m_start:
                qi += 1
            if qi < len(protected) and protected[qi].start < m_start and cut < protected[qi].end:
                continue
        _add(text, pos, cut, spans)
        pos = cut
    _add(text, pos, end, spans)
    return spans


def _add(text: str, lo: int, hi: int, out: list[Span]) -> None:
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if hi > lo:
        out.append(Span(lo, hi))
