"""Cited sources: who the text says it reports from, and whom they cite.

``ذكر موقع X في … نقلاً عن Y`` gives source X citing Y; ``أفادت وكالة X``, ``حسب X``, ``بحسب X``,
``وفق X``, ``نقلاً عن X``, ``أكد Y … لوكالة X``, ``قالت X:`` and ``بدأت وسائل الإعلام …`` are the other
forms. Matching runs on the normalized view; every span is mapped back to the original text.
"""

from __future__ import annotations

import re

from marsad.model import CitedSource, Document, Span
from marsad.text.normalize import normalize_key

_STOP = {
    normalize_key(w)
    for w in (
        "في", "أن", "إن", "أنه", "انه", "أنها", "نقلا", "نقلاً", "يوم", "اليوم", "أمس", "على", "عن", "مساء", "صباح",
        "إلى", "بأن", "من", "الذي", "التي", "حول", "بعد", "قبل", "خلال", "المعلومات", "الخبر", "النبأ", "الأنباء",
        "ذلك", "هذا", "هذه", "التقارير", "مؤخرا", "أيضا", "كما", "و", "بينما", "حيث", "لكن", "عندما", "قائلا",
        "قائلة", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاثنين", "الإثنين",
    )
}
_MEDIA_HEADS = "|".join(
    normalize_key(w) for w in ("موقع", "وكالة", "وكالات", "صحيفة", "صحف", "قناة", "مصادر", "مصدر", "شبكة", "إذاعة",
                               "مجلة", "التلفزيون", "تلفزيون", "التلفزة", "بيان", "تقرير", "وسائل", "مكتب")
)
_BOUNDARY = ""  # word boundaries are checked after a match (a look-behind at every position is slow)
# What may follow "according to": a media or official source, not "depending on the circumstances".
_SOURCE_HEADS = frozenset(
    normalize_key(w)
    for w in ("موقع", "وكالة", "وكالات", "صحيفة", "صحف", "قناة", "مصادر", "مصدر", "شبكة", "إذاعة", "مجلة", "التلفزيون",
              "تلفزيون", "بيان", "تقرير", "تقارير", "وسائل", "مكتب", "وزارة", "الوزارة", "المتحدث", "الناطق", "متحدث",
              "ناطق", "مسؤول", "مسؤولين", "مسؤولون", "المرصد", "منظمة", "المنظمة", "الأمم", "الشرطة", "الجيش",
              "شهود", "مراسل", "مراسلة", "إحصاءات", "الإحصاءات", "أرقام", "بيانات", "البيان", "التقرير", "الحكومة",
              "السلطات", "الرئاسة", "هيئة", "الهيئة", "مجلس", "المجلس", "دراسة", "استطلاع", "خبراء", "مصادرنا")
)
_NAME = r"(?P<name>(?:[^\n،,.:؛\"()\[\]؟?!]|\.(?=\S)){2,120})"

# Words one of which must occur for a pattern to be worth running (a cheap substring test first).
_CUES = {
    "reported": ("ذكر", "افاد", "اورد", "نشر", "كشف", "اعلن", "نقل", "تناقلت", "بدات", "اشارت"),
    "according_to": ("حسب", "بحسب", "وفق", "طبقا", "استنادا", "نقلا", "نقلًا"),
    "told": ("لوكال", "لصحيف", "لموقع", "لقناه", "لمصادر", "لمصدر", "لشبكه", "لاذاعه", "لمجله", "للتلفزيون",
             "لتلفزيون", "لوسائل", "لبيان", "لتقرير", "لمكتب", "لصحف", "لالتلفز"),
    "said": ("قال", "صرح"),
}
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("reported", re.compile(_BOUNDARY + r"[وف]?(?:ذكر|ذكرت|افاد|افادت|اورد|اوردت|نشر|نشرت|كشف|كشفت|اعلن|اعلنت|نقل|نقلت|"
                            r"تناقلت|بدات|اشارت)\s+(?=(?:ال)?(?:" + _MEDIA_HEADS + r")\b)" + _NAME)),
    ("according_to", re.compile(_BOUNDARY + r"[وف]?(?:حسبما|بحسب|حسب|وفقا\s+لما|وفقا\s+ل|وفق|طبقا\s+ل|استنادا\s+الي|"
                                r"نقلا\s+عن|نقلًا\s+عن)\s*(?:ما\s+)?(?:(?:ذكر|ذكرت|ذكرته|افاد|افادت|افادته|اورد|اوردت|"
                                r"اوردته|نقلت|نقلته|اعلن|اعلنت|اعلنته|نشرت|نشرته|قالت|قاله|اكدت|اكده)\s+)?" + _NAME)),
    ("told", re.compile(r"(?<=\s)ل(?P<name>(?:" + _MEDIA_HEADS + r")\s[^\n،,:؛\"«»()]{2,80})")),
    ("said", re.compile(_BOUNDARY + r"[وف]?(?:قال|قالت|صرح|صرحت)\s+(?P<name>[^\n،,.:؛\"«»()]{2,60}?)\s*:\s*[\"«“]")),
]
_CITING = re.compile(r"(?<![\w])[وف]?(?:نقلا|نقلًا)\s+عن\s+" + _NAME)
_TOLD_SUBJECT = re.compile(
    _BOUNDARY + r"[وف]?(?:اكد|اكدت|قال|قالت|صرح|صرحت|ابلغ|ابلغت|اوضح|اوضحت)\s+(?P<name>[^\n،,.:؛]{2,80})"
)


def _trim_name(norm: str, start: int, end: int, max_words: int = 6) -> tuple[int, int] | None:
    """Cut a candidate name at the first stop word or bare number, keep at most ``max_words`` words."""
    words = list(re.finditer(r"\S+", norm[start:end]))
    kept: list[re.Match[str]] = []
    for k, w in enumerate(words):
        token = w.group().rstrip(".")
        # "وزارة الدفاع في قرغيزستان": "in" + one last word stays part of an institution's name
        inside = token == "في" and kept and k == len(words) - 2
        if (token in _STOP and not inside) or token.isdigit() or (kept and len(kept) >= max_words):
            break
        kept.append(w)
    if not kept:
        return None
    s = start + kept[0].start()
    e = start + kept[-1].end()
    while e > s and norm[e - 1] == ".":
        e -= 1
    return (s, e) if e > s else None


def _is_source_like(name: str) -> bool:
    first = name.split()[0] if name.split() else ""
    for prefix in ("ل", "ال", ""):
        if first.startswith(prefix) and first[len(prefix):] in _SOURCE_HEADS:
            return True
    return first in _SOURCE_HEADS or name[:1] in "«\"“" or any("a" <= c <= "z" for c in name)


def _matches_at_cues(norm: str, cue: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Matches of ``pattern`` anchored where one of its cue words starts a word (optionally after و/ف):
    a few anchored attempts instead of scanning the whole text with the pattern."""
    found: dict[int, re.Match[str]] = {}
    for word in _CUES[cue]:
        i = norm.find(word)
        while i >= 0:
            for start in (i, i - 1):
                if start < 0 or start in found:
                    continue
                if start == i - 1 and norm[start] not in "وف":
                    continue
                if cue != "told" and start > 0 and norm[start - 1].isalnum():
                    continue
                m = pattern.match(norm, start)
                if m is not None:
                    found[start] = m
                    break
            i = norm.find(word, i + 1)
    return [found[k] for k in sorted(found)]


def find_sources(doc: Document) -> list[CitedSource]:
    if doc.normalized is None:
        raise ValueError("find_sources needs the normalized text: run the normalize stage first")
    nt = doc.normalized
    norm = nt.text
    out: list[CitedSource] = []
    seen: set[tuple[int, int]] = set()

    def add(cue: str, s: int, e: int, citing: tuple[int, int] | None = None) -> None:
        o_s, o_e = nt.to_original(s, e)
        if (o_s, o_e) in seen:
            return
        seen.add((o_s, o_e))
        source = CitedSource(name=doc.text[o_s:o_e], span=Span(o_s, o_e), cue=cue)
        if citing is not None:
            c_s, c_e = nt.to_original(*citing)
            source.citing, source.citing_span = doc.text[c_s:c_e], Span(c_s, c_e)
        out.append(source)

    for cue, pattern in _PATTERNS:
        for m in _matches_at_cues(norm, cue, pattern):
            trimmed = _trim_name(norm, m.start("name"), m.end("name"))
            if trimmed is None:
                continue
            if cue == "according_to" and not _is_source_like(norm[trimmed[0] : trimmed[1]]):
                continue
            citing = None
            if cue != "according_to":
                window_end = min(len(norm), trimmed[1] + 150)
                stop = norm.find(". ", trimmed[1], window_end)
                c = _CITING.search(norm, trimmed[1], window_end if stop < 0 else stop)
                if c is not None:
                    citing = _trim_name(norm, c.start("name"), c.end("name"))
            if cue == "told":
                sentence_start = max(norm.rfind(".", 0, m.start()), norm.rfind("\n", 0, m.start())) + 1
                subj = None
                for t in _TOLD_SUBJECT.finditer(norm, sentence_start, m.start()):
                    if t.start() == 0 or not norm[t.start() - 1].isalnum():
                        subj = t
                if subj is None:
                    continue
                citing = _trim_name(norm, subj.start("name"), subj.end("name"))
            add(cue, *trimmed, citing=citing)
    citing_spans = {c.citing_span for c in out if c.citing_span is not None}
    out = [c for c in out if c.span not in citing_spans]
    out.sort(key=lambda c: c.span.start)
    return out
