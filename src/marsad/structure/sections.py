"""Document structure: opening formula, title, translation note, headed sections, dateline, byline.

Works line by line on the original text (a line is a span without its surrounding white space) and
decides with the matching view of each line, so diacritics and letter variants never matter
(``بِسَمِ ٱللهِ`` is an opening formula).
"""

from __future__ import annotations

import re

from marsad.model import Byline, Document, Section, Span
from marsad.text.normalize import normalize_key

# Headings and the section kind they open (matching form, without the colon).
HEADINGS = {
    normalize_key(k): v
    for k, v in {
        "الخبر": "news",
        "الأخبار": "news",
        "نص الخبر": "news",
        "التعليق": "commentary",
        "تعليق": "commentary",
        "الرأي": "commentary",
    }.items()
}
MAX_HEADING_WORDS = 5
MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30

_OPENING = re.compile(normalize_key(r"^(بسم|باسم) (الله|اله|لله)"))
_TRANSLATION_NOTE = re.compile(normalize_key(r"^[(\[]?\s*(مترجم|مترجمة|ترجمة|مترجم عن [^)\]]+)\s*[)\]]?$"))
_LINE = re.compile(r"[^\n]+")
_BY, _AGENCY = normalize_key("بقلم"), normalize_key("وكالة")
_BYLINE_START = re.compile(normalize_key(r"^(كتبه|كتبته|كتبها|بقلم|كتب\s*:|إعداد\s*:)"))
# a site's share row before the first sentence: "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك"
_SHARE_WIDGET = re.compile(r"\s*شارك من خلال(?:\s+(?:تويتر|فيسبوك|فيس بوك|جوجل بلس|جوجل|واتساب|واتس اب))+"
                           r"\s+اكتب رأيك\s*")
# a site's closing list of tags: "سمات" after the last sentence, then keywords with no punctuation
_TAGS_TAIL = re.compile(r"(?<![^.!?؟»\"”\n\xa0 ])\s*سمات\s+[^.،,:؛!?؟\n]{1,300}$")

# Words that open the role part of a byline ("... <name> عضو المكتب الإعلامي ...").
_ROLE_WORDS = tuple(
    normalize_key(w)
    for w in ("عضو", "مدير", "مديرة", "رئيس", "رئيسة", "مراسل", "مراسلة", "محرر", "محررة", "الكاتب", "الكاتبة",
              "كاتب", "كاتبة", "الباحث", "الباحثة", "باحث", "باحثة", "أستاذ", "أستاذة", "مسؤول", "مسؤولة",
              "ممثل", "ممثلة", "الناطق", "الناطقة", "نائب", "نائبة")
)
_NAME_PARTICLES = {normalize_key(w) for w in ("بن", "ابن", "بنت", "أبو", "أبي", "أم", "عبد", "آل", "ولد", "ال")}


class Line:
    """A non-empty line: its span (white space trimmed) and, computed on first use, its matching form."""

    __slots__ = ("_key", "raw", "span")

    def __init__(self, span: Span, raw: str) -> None:
        self.span = span
        self.raw = raw
        self._key: str | None = None

    @property
    def key(self) -> str:
        if self._key is None:
            self._key = normalize_key(self.raw)
        return self._key

    def head(self, n: int = 40) -> str:
        """The matching form of the line's first ``n`` characters (cheap for long paragraphs)."""
        return self.key[:n] if self._key is not None or len(self.raw) <= n else normalize_key(self.raw[:n])


def lines_of(text: str) -> list[Line]:
    out = []
    for m in _LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if stripped:
            lo = m.start() + (len(raw) - len(raw.lstrip()))
            out.append(Line(Span(lo, lo + len(stripped)), stripped))
    return out


def heading_kind(key: str) -> str | None:
    """The section kind of a heading line ("الخبر:" -> news), "body" for another short heading, else None."""
    if not key.endswith(":"):
        return None
    label = key[:-1].strip()
    if not label or len(label.split()) > MAX_HEADING_WORDS or any(c in label for c in ".،,؟?!\"«»"):
        return None
    return HEADINGS.get(label, "body")


def _is_title_like(line: Line) -> bool:
    if len(line.raw) > MAX_TITLE_CHARS + 20:
        return False
    key = line.key
    return (
        len(key) <= MAX_TITLE_CHARS
        and len(key.split()) <= MAX_TITLE_WORDS
        and not key.endswith((".", ":", "،", ","))
        and heading_kind(key) is None
    )


def analyse_structure(doc: Document) -> None:
    """Fill ``doc.sections``, ``doc.title_span``, ``doc.translated``, ``doc.byline`` and ``doc.dateline``."""
    text = doc.text
    lines = lines_of(text)
    sections: list[Section] = []
    i = 0
    if i < len(lines) and len(lines[i].raw) <= 80 and _OPENING.match(lines[i].head()) \
            and len(lines[i].key.split()) <= 8:
        sections.append(Section("opening", lines[i].span))
        i += 1
    # Title: the given title when the text repeats it, else a short first line followed by more text.
    if doc.title and i < len(lines) and len(lines[i].raw) <= 2 * len(doc.title) + 10 \
            and normalize_key(doc.title) == lines[i].key:
        doc.title_span = lines[i].span
    elif (doc.title is None and i < len(lines) - 1 and _is_title_like(lines[i])
          and not _TRANSLATION_NOTE.match(lines[i].key)):
        doc.title_span = lines[i].span
    if doc.title_span is not None:
        sections.append(Section("title", doc.title_span))
        i += 1
    if i < len(lines) and len(lines[i].raw) <= 40 and _TRANSLATION_NOTE.match(lines[i].key):
        sections.append(Section("translation_note", lines[i].span))
        doc.translated = True
        i += 1

    byline_index = _find_byline(lines, i)
    body_end = byline_index if byline_index is not None else len(lines)
    # A site's "share on Twitter, Facebook, Google+, write your opinion" row glued before the first sentence
    # and its closing list of tags ("… ومؤكدة. سمات أمريكا التعليم صالح السعدون يطالب") are not prose: the body
    # is clipped to what lies between, so no sentence (and no event) is read in their keywords.
    share = _SHARE_WIDGET.match(text)
    tail_start = max(0, len(text) - 400)  # (only the end of a text can hold the tags: no scan of the whole)
    tags = _TAGS_TAIL.search(text, tail_start) if "سمات" in text[tail_start:] else None
    lo = share.end() if share is not None else 0
    hi = len(text[: tags.start()].rstrip()) if tags is not None else len(text)
    sections.extend(Section(sec.kind, Span(max(sec.span.start, lo), min(sec.span.end, hi)), sec.heading,
                            sec.heading_span)
                    for sec in _headed_sections(text, lines, i, body_end) if sec.span.start < hi and sec.span.end > lo)
    if byline_index is not None:
        line = lines[byline_index]
        doc.byline = parse_byline(text[line.span.start : line.span.end], line.span)
        sections.append(Section("byline", line.span))
    if doc.author and (doc.byline is None or not doc.byline.author):
        doc.byline = byline_from_author_field(doc.author)
    first_body = next((s for s in sections if s.kind in ("news", "commentary", "body")), None)
    if first_body is not None:
        dateline = find_dateline(text, first_body.span.start)
        if dateline is not None:
            sections.append(Section("dateline", dateline))
            doc.dateline = text[dateline.start : dateline.end]
    doc.sections = sorted(sections, key=lambda s: (s.span.start, -s.span.end))


def _headed_sections(text: str, lines: list[Line], lo: int, hi: int) -> list[Section]:
    out: list[Section] = []
    current_kind, heading, heading_span, start, last_end = "body", None, None, None, None
    for k in range(lo, hi):
        line = lines[k]
        kind = heading_kind(line.key) if line.raw.endswith(":") else None
        if kind is not None:
            if start is not None and last_end is not None:
                out.append(Section(current_kind, Span(start, last_end), heading, heading_span))
            current_kind, heading, heading_span = kind, text[line.span.start : line.span.end], line.span
            start = last_end = None
            continue
        if start is None:
            start = line.span.start
        last_end = line.span.end
    if start is not None and last_end is not None:
        out.append(Section(current_kind, Span(start, last_end), heading, heading_span))
    return out


def _find_byline(lines: list[Line], lo: int) -> int | None:
    """Index of a byline among the last lines: ``كتبه لـ…``, ``بقلم …``, ``كتب: …``."""
    for k in range(len(lines) - 1, max(lo, len(lines) - 3) - 1, -1):
        if len(lines[k].raw) > 400:
            continue
        if _BYLINE_START.match(lines[k].head(12)) and len(lines[k].raw.split()) <= 40:
            return k
    return None


def parse_byline(line: str, span: Span | None = None) -> Byline:
    """Parse ``كتبه لـ<outlet> <name> <role>`` (and ``بقلم <name>``) into byline fields, original spelling kept."""
    words = line.split()
    keys = [normalize_key(w) for w in words]
    byline = Byline(span=span)
    if not words:
        return byline
    if keys[0].startswith(_BY):
        rest = " ".join(words[1:]).lstrip(": ").strip()
        byline.author = rest or None
        return byline
    body_words, body_keys = words[1:], keys[1:]
    if body_words and body_words[0] in (":",):
        body_words, body_keys = body_words[1:], body_keys[1:]
    if not body_words:
        return byline
    role_at = next((j for j, k in enumerate(body_keys) if j > 0 and k in _ROLE_WORDS), None)
    if role_at is not None:
        byline.role = " ".join(body_words[role_at:])
        head_words, head_keys = body_words[:role_at], body_keys[:role_at]
    else:
        head_words, head_keys = body_words, body_keys
    first_key = head_keys[0] if head_keys else ""
    if first_key.startswith("ل") and len(head_words) > 2:
        # "لإذاعة …": an outlet, then the author's name. Where the role repeats the outlet's words, the
        # outlet ends where that repetition ends; otherwise the name is the last two or three words.
        outlet_words = list(head_words)
        outlet_words[0] = _strip_lam(outlet_words[0])
        name_len = _name_length(head_keys, body_keys[role_at + 1 :] if role_at is not None else [])
        byline.author = " ".join(head_words[-name_len:])
        byline.outlet = " ".join(outlet_words[:-name_len])
        byline.organization = _organization_of(byline.outlet)
    else:
        byline.author = " ".join(head_words) or None
    return byline


def _strip_lam(word: str) -> str:
    """``لإذاعة`` -> ``إذاعة``, ``لـمركز`` -> ``مركز``."""
    word = word[1:]
    return word.lstrip("ـ")


def _name_length(head_keys: list[str], role_tail: list[str]) -> int:
    if len(role_tail) >= 2:  # the role repeats the outlet's last words: the outlet ends there
        for n in range(2, min(5, len(head_keys) - 1) + 1):
            outlet = head_keys[: len(head_keys) - n]
            if len(outlet) >= len(role_tail) and outlet[-len(role_tail) :] == role_tail:
                return n
    start = len(head_keys) - 2
    while start > 1 and (head_keys[start] in _NAME_PARTICLES or head_keys[start - 1] in _NAME_PARTICLES):
        start -= 1
    n = len(head_keys) - start
    return min(n, len(head_keys) - 1)


# Names whose first letter is a lam of their own, not the preposition (إذاعة لبنان، راديو لندن).
_LAM_NAMES = tuple(normalize_key(w) for w in ("لبنان", "ليبيا", "لندن", "لاهاي", "لوس أنجلوس", "لاتفيا", "ليتوانيا",
                                              "لوكسمبورغ", "لاوس", "ليبيريا", "ليسوتو", "لشبونة", "لاغوس", "لوزان"))


def _organization_of(outlet: str | None) -> str | None:
    """The organization an outlet belongs to: what follows the first word-initial ``لـ`` of a genitive
    (``إذاعة المكتب الإعلامي لحزب التحرير`` -> ``حزب التحرير``); ``للـ`` is an article, not an owner."""
    if not outlet:
        return None
    words = outlet.split()
    for j in range(1, len(words)):
        w = words[j]
        if w.startswith("ل") and not w.startswith("لل") and len(w) > 3 and not normalize_key(w).startswith(_LAM_NAMES):
            return " ".join([w[1:].lstrip("ـ"), *words[j + 1:]])
    return None


def byline_from_author_field(author: str) -> Byline:
    """Parse the newspaper forms of an ``author`` field.

    ``لندن: رنيم حنوش`` (city: author), ``القاهرة: «الشرق الأوسط»`` (city: outlet), ``جازان -الوئام:``
    (city - outlet), ``نايف الروقي ـ الرياض`` (author - city). A quoted or Latin part is the outlet.
    """
    value = author.strip().rstrip(":").strip()
    parts: list[str]
    m = re.match(r"^([^:،,]{2,30}?)\s*:\s*(.+)$", value)
    if m and len(m.group(1).split()) <= 3:
        parts = [m.group(1).strip(), m.group(2).strip()]
        city_first = True
    else:
        parts = [p.strip() for p in re.split(r"\s*[-–—ـ]\s*(?=\S)", value, maxsplit=1) if p.strip()]
        city_first = len(parts) == 2 and not (len(parts[0].split()) >= 2 and len(parts[1].split()) == 1
                                             and not _is_outlet(parts[1]))
    if len(parts) != 2:
        return Byline(outlet=value.strip("«»\"“” ")) if _is_outlet(value) else Byline(author=value or None)
    city, other = (parts[0], parts[1]) if city_first else (parts[1], parts[0])
    if _is_outlet(other):
        return Byline(outlet=other.strip("«»\"“” "), city=city)
    return Byline(author=other, city=city)


_KNOWN_OUTLETS = frozenset(normalize_key(w) for w in ("واس", "الوئام", "سبق", "أ ف ب", "رويترز", "قنا", "وام", "كونا",
                                                       "بنا", "الأناضول", "د ب أ", "يو بي آي"))


def _is_outlet(value: str) -> bool:
    v = value.strip()
    key = normalize_key(v)
    return (v[:1] in "«\"“" or any("a" <= c.lower() <= "z" for c in v)
            or key in _KNOWN_OUTLETS or key.startswith(_AGENCY))


_DATELINE = re.compile(
    r"(?P<city>[^\s:،,.\-–—«»()\d][^:،,.\-–—«»()\n\d]{0,28}?)\s*"
    r"(?:(?:[-–—]\s*(?:«[^»\n]{1,40}»|\([^)\n]{1,40}\)|[^:\-–—\n]{1,30}?)\s*)?:|[-–—]\s*(?=\S))"
)


def find_dateline(text: str, start: int) -> Span | None:
    """A dateline at the start of the first paragraph: ``عمّان - «وكالة …»:``, ``بيروت:``, ``الرياض -``."""
    m = _DATELINE.match(text, start, min(len(text), start + 90))
    if not m:
        return None
    city = m.group("city").strip()
    if not city or len(city.split()) > 3:
        return None
    end = m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
