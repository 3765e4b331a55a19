"""Date expressions in Arabic news, resolved against the document's date.

Month names of every family in use: Levantine/Iraqi (كانون الثاني … كانون الأول), Egyptian/Gulf (يناير …
ديسمبر), Maghrebi (جانفي فيفري أفريل ماي جوان جويلية أوت), bilingual pairs (``تشرين الأول/أكتوبر``) and Hijri
months (converted with the arithmetic Islamic calendar). Also numeric dates, ranges (``في الفترة من 10 إلى
14 …``), years, weekdays and relative expressions (اليوم، أمس، الأسبوع الماضي، هذا العام).

Work on the normalized text (Arabic-Indic digits are already ASCII there). A day is never invented: a
month without a day resolves to ``YYYY-MM``, a year alone to ``YYYY``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from marsad.text.normalize import normalize_key

_GREGORIAN = {
    1: ["كانون الثاني", "يناير", "جانفي", "جانفييه", "كانون ثاني"],
    2: ["شباط", "فبراير", "فيفري", "فبرير"],
    3: ["آذار", "مارس", "مارش"],
    4: ["نيسان", "أبريل", "إبريل", "أفريل", "ابريل"],
    5: ["أيار", "مايو", "ماي", "مايس"],
    6: ["حزيران", "يونيو", "يونيه", "جوان"],
    7: ["تموز", "يوليو", "يوليه", "جويلية", "جويلة"],
    8: ["آب", "أغسطس", "اغسطس", "أوت", "غشت"],
    9: ["أيلول", "سبتمبر", "شتنبر"],
    10: ["تشرين الأول", "أكتوبر", "اكتوبر", "تشرين أول"],
    11: ["تشرين الثاني", "نوفمبر", "نونبر", "تشرين ثاني"],
    12: ["كانون الأول", "ديسمبر", "دجنبر", "كانون أول"],
}
_HIJRI = {
    1: ["محرم"], 2: ["صفر"], 3: ["ربيع الأول"], 4: ["ربيع الآخر", "ربيع الثاني"], 5: ["جمادى الأولى", "جمادى الأول"],
    6: ["جمادى الآخرة", "جمادى الثانية", "جمادى الآخر"], 7: ["رجب"], 8: ["شعبان"], 9: ["رمضان"], 10: ["شوال"],
    11: ["ذو القعدة", "ذي القعدة"], 12: ["ذو الحجة", "ذي الحجة"],
}
MONTHS = {normalize_key(name): m for m, names in _GREGORIAN.items() for name in names}
HIJRI_MONTHS = {normalize_key(name): m for m, names in _HIJRI.items() for name in names}
_MONTH_ALT = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_HIJRI_ALT = "|".join(sorted(map(re.escape, HIJRI_MONTHS), key=len, reverse=True))
_B = r"(?<![\w])"
_E = r"(?![\w])"
# a bilingual pair, "تشرين الأول/أكتوبر" or "حزيران (يونيو)"
_MONTH = rf"(?P<month>{_MONTH_ALT})(?:\s*(?:/|\()\s*(?P<month2>{_MONTH_ALT})\s*\)?)?{_E}"
_YEAR = r"(?:\s*(?:[،,])?\s*(?:من\s+)?(?:عام|سنه|العام|لعام|للعام)?\s*(?P<year>(?:19|20)\d\d))?(?:\s*م)?"

RANGE_RE = re.compile(
    rf"{_B}(?:في الفتره\s+)?(?:من|بين)\s+(?P<d1>\d{{1,2}})\s+(?:الي|حتي|و|-)\s*(?P<d2>\d{{1,2}})\s+{_MONTH}{_YEAR}"
)
DAY_MONTH_RE = re.compile(rf"{_B}(?P<day>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?{_MONTH}{_YEAR}")
MONTH_YEAR_RE = re.compile(
    rf"{_B}(?:شهر\s+)?{_MONTH}\s+(?:من\s+)?(?:عام\s+|العام\s+)?(?P<year>(?:19|20)\d\d){_E}"
)
HIJRI_RE = re.compile(
    rf"{_B}(?P<day>\d{{1,2}})\s+(?P<hmonth>{_HIJRI_ALT})\s+(?:(?:عام|سنه)\s+)?(?P<hyear>1[34]\d\d){_E}"
)
NUMERIC_RE = re.compile(r"(?<![\d/.-])(?:(?P<y1>(?:19|20)\d\d)-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})|"
                        r"(?P<d2>\d{1,2})[/.-](?P<m2>\d{1,2})[/.-](?P<y2>(?:19|20)\d\d))(?![\d/.-])")
# (a year may carry م, for ميلادي: "عام 1896م")
YEAR_RE = re.compile(rf"{_B}(?:عام|العام|سنه|خلال عام|في عام|في|منذ)\s+(?P<year>(?:1[6-9]|20)\d\d)(?:\s?م)?{_E}")
_DIGIT = re.compile(r"\d")
# "1997 - انجوان تعلن استقلالها": a year opening a line of an "on this day" list dates the line
LIST_YEAR_RE = re.compile(r"(?:^|\n)[ \t]*(?P<year>(?:1[6-9]|20)\d\d)[ \t]*[-–—][ \t]")
BARE_YEAR_RE = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/.-])")
_WEEKDAYS = {normalize_key(w): i for i, w in enumerate(
    ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"])}
_WEEKDAYS[normalize_key("الإثنين")] = 0
WEEKDAY_RE = re.compile(rf"{_B}(?:يوم\s+)?(?P<wd>{'|'.join(map(re.escape, _WEEKDAYS))}){_E}(?!\s+\d)")
# The weekday names alone: the engine skips straight to them, while WEEKDAY_RE, starting with a
# look-behind, is tried at every position. Searched first, it spares most sentences that scan.
_WEEKDAY_NAME = re.compile("|".join(map(re.escape, _WEEKDAYS)))
_RELATIVE = {
    normalize_key("اليوم"): ("day", 0), normalize_key("أمس"): ("day", -1), normalize_key("الأمس"): ("day", -1),
    normalize_key("أول أمس"): ("day", -2), normalize_key("غدا"): ("day", 1), normalize_key("غداً"): ("day", 1),
    normalize_key("الأسبوع الماضي"): ("week", -1), normalize_key("الأسبوع المقبل"): ("week", 1),
    normalize_key("الشهر الماضي"): ("month", -1), normalize_key("الشهر المقبل"): ("month", 1),
    normalize_key("الشهر الجاري"): ("month", 0), normalize_key("هذا الشهر"): ("month", 0),
    normalize_key("العام الماضي"): ("year", -1), normalize_key("السنة الماضية"): ("year", -1),
    normalize_key("هذا العام"): ("year", 0), normalize_key("العام الجاري"): ("year", 0),
    normalize_key("العام الحالي"): ("year", 0), normalize_key("العام المقبل"): ("year", 1),
}
RELATIVE_RE = re.compile(rf"{_B}(?P<rel>{'|'.join(sorted(map(re.escape, _RELATIVE), key=len, reverse=True))}){_E}")


@dataclass(slots=True, frozen=True)
class DateMention:
    """A date expression: normalized-text offsets and what it resolves to (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)."""

    start: int
    end: int
    value: str | None
    end_value: str | None = None
    kind: str = "absolute"  # absolute, range, relative, year
    year_inferred: bool = False


def infer_year(norm: str) -> int | None:
    """The most frequent plausible year written in a text (for documents without a date)."""
    years = Counter(int(y) for y in BARE_YEAR_RE.findall(norm) if 1990 <= int(y) <= 2035)
    return years.most_common(1)[0][0] if years else None


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Arithmetic (tabular) Islamic calendar to Gregorian; within a day or two of the observed calendar."""
    jd = day + int(29.5 * (month - 1) + 0.99) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439 - 1
    return dt.date.fromordinal(jd - 1721424)


def _fmt(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    if year is None:
        return None
    try:
        if month is not None and day is not None:
            return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
    if month is not None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def find_dates(norm: str, doc_date: dt.date | None, default_year: int | None = None) -> list[DateMention]:
    """Every date expression in a normalized text, resolved. ``default_year`` is used when a date has no
    year and the document has no date (it is then marked ``year_inferred``)."""
    base_year = doc_date.year if doc_date else default_year
    inferred = doc_date is None and default_year is not None
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], mention: DateMention) -> None:
        if any(m.start() < e and s < m.end() for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        out.append(mention)

    # The first six patterns all need a digit and, starting with a look-behind, are tried at every
    # position; most sentences have no digit at all, and one search for it saves the six scans.
    if _DIGIT.search(norm) is not None:
        for m in RANGE_RE.finditer(norm):
            month = MONTHS[m.group("month")]
            year = int(m.group("year")) if m.group("year") else base_year
            yi = inferred and not m.group("year")
            add(m, DateMention(m.start(), m.end(), _fmt(year, month, int(m.group("d1"))),
                               _fmt(year, month, int(m.group("d2"))), "range", yi))
        for m in HIJRI_RE.finditer(norm):
            try:
                g = hijri_to_gregorian(int(m.group("hyear")), HIJRI_MONTHS[m.group("hmonth")], int(m.group("day")))
            except (ValueError, OverflowError):
                continue
            add(m, DateMention(m.start(), m.end(), g.isoformat(), None, "absolute"))
        for m in DAY_MONTH_RE.finditer(norm):
            month = MONTHS[m.group("month")]
            year = int(m.group("year")) if m.group("year") else base_year
            if doc_date and not m.group("year") and month > doc_date.month + 1:
                year = doc_date.year - 1  # "9 December" in a January article is last December
            add(m, DateMention(m.start(), m.end(), _fmt(year, month, int(m.group("day"))), None, "absolute",
                               inferred and not m.group("year")))
        for m in MONTH_YEAR_RE.finditer(norm):
            add(m, DateMention(m.start(), m.end(), _fmt(int(m.group("year")), MONTHS[m.group("month")]), None))
        for m in NUMERIC_RE.finditer(norm):
            y, mo, d = ((m.group("y1"), m.group("m1"), m.group("d1")) if m.group("y1")
                        else (m.group("y2"), m.group("m2"), m.group("d2")))
            if 1 <= int(mo) <= 12:
                add(m, DateMention(m.start(), m.end(), _fmt(int(y), int(mo), int(d)), None))
        for m in YEAR_RE.finditer(norm):
            add(m, DateMention(m.start(), m.end(), _fmt(int(m.group("year"))), None, "year"))
        for m in LIST_YEAR_RE.finditer(norm):
            add(m, DateMention(m.start("year"), m.end("year"), _fmt(int(m.group("year"))), None, "year"))
    if doc_date is not None:
        for m in RELATIVE_RE.finditer(norm):
            unit, delta = _RELATIVE[m.group("rel")]
            add(m, DateMention(m.start(), m.end(), _relative(doc_date, unit, delta), None, "relative"))
        if _WEEKDAY_NAME.search(norm) is not None:
            for m in WEEKDAY_RE.finditer(norm):
                target = _WEEKDAYS[m.group("wd")]
                back = (doc_date.weekday() - target) % 7  # the most recent such day, today included
                add(m, DateMention(m.start(), m.end(), (doc_date - dt.timedelta(days=back)).isoformat(), None,
                                   "relative"))
    out.sort(key=lambda d: d.start)
    return out


def _relative(day: dt.date, unit: str, delta: int) -> str | None:
    if unit == "day":
        return (day + dt.timedelta(days=delta)).isoformat()
    if unit == "week":
        return _fmt((day + dt.timedelta(weeks=delta)).year, (day + dt.timedelta(weeks=delta)).month)
    if unit == "month":
        month = day.month + delta
        year = day.year + (month - 1) // 12
        return _fmt(year, (month - 1) % 12 + 1)
    return _fmt(day.year + delta)
