"""Quotations: “…”, "…", «…» (and ‹…›, „…“) within a paragraph, with their offsets.

A quotation is ``speech`` when it is introduced as speech (a colon or a verb of saying just before it,
or it is long enough to be a statement) and ``name`` when it is a short quoted label such as an
exercise's or an operation's name («الأخوة الراسخة - 2022»), which must not make a sentence "quoted".
"""

from __future__ import annotations

import re

from marsad.model import Quote, Span
from marsad.text.normalize import NormalizedText, normalize_key

MAX_QUOTE_CHARS = 3000

_PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
_OPENERS = "«“„‹\""
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")

# Verbs and nouns that introduce speech, in their matching (normalized) form, as stems; a quotation
# is speech when one of them occurs in the few words before it.
_SAYING = frozenset(
    normalize_key(w)
    for w in (
        "قال", "قالت", "يقول", "تقول", "قائلا", "قائلة", "أضاف", "أضافت", "وأضاف", "تابع", "تابعت", "أكد", "أكدت",
        "يؤكد", "صرح", "صرحت", "أعلن", "أعلنت", "أوضح", "أوضحت", "اعتبر", "اعتبرت", "شدد", "شددت", "كتب",
        "كتبت", "ذكر", "ذكرت", "أشار", "أشارت", "مؤكدا", "مضيفا", "معتبرا", "بقوله", "بالقول", "تصريح",
        "تصريحات", "بيان", "قوله", "وصف", "وصفت", "حذر", "حذرت", "طالب", "طالبت", "دعا", "دعت", "هتف",
        "هتفوا", "ردد", "رددوا", "نقل", "نقلت", "أفاد", "أفادت", "اتهم", "اتهمت", "استطرد",
    )
)


# Nouns after which a short quotation is a name, not speech: «وكالة "X"», «مناورات "X"», «عملية "X"».
_LABEL_HEADS = frozenset(
    normalize_key(w).removeprefix("ال")
    for w in ("وكالة", "صحيفة", "موقع", "قناة", "شبكة", "مجلة", "إذاعة", "مناورات", "تدريبات", "عملية", "حملة",
              "مشروع", "ممر", "اتفاقية", "اتفاق", "صفقة", "خطة", "برنامج", "مبادرة", "مؤتمر", "منتدى", "قمة", "حركة",
              "جماعة", "تنظيم", "حزب", "جبهة", "كتائب", "مجموعة", "ائتلاف", "تحالف", "كتاب", "فيلم", "شعار", "وسم",
              "هاشتاغ", "مسلسل", "برنامجه", "مقال", "تقرير", "بعنوان", "عنوان", "اسم", "سفينة", "ناقلة")
)


def _bare(word: str) -> str:
    """A matching-form word without its proclitics (و ف, then ب ل ك) and article."""
    if len(word) > 3 and word[0] in "وف":
        word = word[1:]
    if len(word) > 3 and word[0] in "بلك":
        word = word[1:]
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    return word


def _speech_cue_before(norm_before: str) -> bool:
    tail = norm_before.rstrip()
    if tail.endswith((":", "،:", ": ")):
        return True
    words = tail.replace("،", " ").split()[-4:]
    if words and words[-1] in _THAT:
        return True  # "قال المتحدث باسم الجيش الأمريكي إن «المسلحين هاجموا القاعدة»": a clause that is said
    return any(word in _SAYING or (word[:1] in ("و", "ف") and word[1:] in _SAYING) for word in words)


_THAT = frozenset(normalize_key(w) for w in ("إن", "أن", "بأن", "وإن", "وأن", "إنه", "أنه", "بأنه"))


def _classify(text: str, start: int, inner: Span, nt: NormalizedText | None = None) -> str:
    inner_text = text[inner.start : inner.end]
    n_words = len(inner_text.split())
    if nt is not None:  # the document's matching view, already computed: no need to normalize again
        n_start = nt.to_normalized(start)
        before = " ".join(nt.text[max(0, n_start - 40) : n_start].split())
    else:
        before = normalize_key(text[max(0, start - 40) : start])
    previous = before.split()[-1:] if before.strip() else []
    if previous and _bare(previous[0]) in _LABEL_HEADS and n_words < 8:
        return "name"
    if _speech_cue_before(before) and n_words >= 2:
        return "speech"
    if n_words >= 8:
        return "speech"
    return "name"


def find_quotes(text: str, nt: NormalizedText | None = None) -> list[Quote]:
    """Every quotation in ``text`` (marks included in ``span``, excluded in ``inner``), in order."""
    quotes: list[Quote] = []
    para_start = 0
    for para_end in [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]:
        _scan_paragraph(text, para_start, para_end, quotes, nt)
        para_start = para_end
    quotes.sort(key=lambda q: q.span.start)
    return quotes


_OPENER_RE = re.compile("[" + re.escape(_OPENERS) + "]")


def _scan_paragraph(text: str, lo: int, hi: int, out: list[Quote], nt: NormalizedText | None = None) -> None:
    i = lo
    while True:
        m = _OPENER_RE.search(text, i, hi)
        if m is None:
            return
        i = m.start()
        ch = text[i]
        closer = _PAIRS.get(ch, '"')
        j = _find_closer(text, i + 1, hi, ch, closer)
        if j is not None and j - i <= MAX_QUOTE_CHARS and j > i + 1:
            inner = Span(i + 1, j)
            if text[inner.start : inner.end].strip():
                out.append(Quote(span=Span(i, j + 1), inner=inner, kind=_classify(text, i, inner, nt)))
                i = j + 1
                continue
        i += 1


def _find_closer(text: str, start: int, hi: int, opener: str, closer: str) -> int | None:
    """Index of the mark closing a quotation opened just before ``start`` (nesting of « » respected)."""
    if opener == closer:  # straight quotes: the next one closes
        j = text.find(closer, start, hi)
        return j if j >= 0 else None
    depth = 1
    pair = re.compile("[" + re.escape(opener + closer) + "]")
    for m in pair.finditer(text, start, hi):
        depth += 1 if m.group() == opener else -1
        if depth == 0:
            return m.start()
    return None
