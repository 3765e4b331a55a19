from __future__ import annotations

import datetime as dt

import pytest

from marsad.events.dates import find_dates, hijri_to_gregorian, infer_year
from marsad.text.normalize import normalize_for_matching

DOC_DAY = dt.date(2015, 7, 21)  # a Tuesday


def resolve(text: str, day: dt.date | None = DOC_DAY, year: int | None = None) -> list[tuple[str | None, str | None]]:
    return [(d.value, d.end_value) for d in find_dates(normalize_for_matching(text).text, day, year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("في 9 تشرين الأول/أكتوبر 2022", [("2022-10-09", None)]),
        ("في 7 حزيران (يونيو) لعام 2006", [("2006-06-07", None)]),  # the pair in brackets, then لعام
        ("يوم 7 تموز", [("2015-07-07", None)]),
        ("في 15 كانون الثاني 2016", [("2016-01-15", None)]),
        ("في 3 يناير", [("2015-01-03", None)]),
        ("في 19 جانفي 2025", [("2025-01-19", None)]),
        ("في 2 أفريل", [("2015-04-02", None)]),
        ("في 14 جويلية 2014", [("2014-07-14", None)]),
        ("في 20 أوت", [("2015-08-20", None)]),
        ("في ١٥ آذار ٢٠١٥", [("2015-03-15", None)]),
        ("في الفترة من 10 إلى 14 تشرين الأول/أكتوبر 2022", [("2022-10-10", "2022-10-14")]),
        ("بين 3 و5 نيسان 2015", [("2015-04-03", "2015-04-05")]),
        ("خلال شهر مايو 2015", [("2015-05", None)]),
        ("بتاريخ 3/7/2015", [("2015-07-03", None)]),
        ("في عام 2011", [("2011", None)]),
        ("التقى الوزيران اليوم", [("2015-07-21", None)]),
        ("وصل أمس إلى الرياض", [("2015-07-20", None)]),
        ("يوم الأحد", [("2015-07-19", None)]),
        ("العام الماضي", [("2014", None)]),
        ("الشهر المقبل", [("2015-08", None)]),
        ("في 1 رمضان 1436", [("2015-06-18", None)]),
    ],
)
def test_dates_resolve(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert resolve(text) == expected


def test_month_after_document_date_is_last_year() -> None:
    assert resolve("في 9 كانون الأول", dt.date(2016, 1, 5)) == [("2015-12-09", None)]


def test_no_document_date_uses_inferred_year_and_never_invents_a_day() -> None:
    text = "أُلغيت مناورات «الأخوة 2022» المقررة في 10 تشرين الأول. وفي الربيع الماضي أيضاً."
    norm = normalize_for_matching(text).text
    year = infer_year(norm)
    assert year == 2022
    [d] = find_dates(norm, None, year)
    assert d.value == "2022-10-10" and d.year_inferred
    assert resolve("التقى الوزيران اليوم", None) == []  # relative dates need the document's date


def test_hijri_conversion_is_close() -> None:
    assert abs((hijri_to_gregorian(1436, 9, 1) - dt.date(2015, 6, 18)).days) <= 1
    assert abs((hijri_to_gregorian(1444, 1, 1) - dt.date(2022, 7, 30)).days) <= 1


def test_invalid_day_is_not_a_date() -> None:
    assert resolve("في 31 شباط 2015") == [(None, None)]


def test_inferred_year_is_reported(canonical_text: str) -> None:
    import marsad
    from marsad.output.serialize import document_to_dict

    out = document_to_dict(marsad.extract(canonical_text))
    assert out["published"] is None and out["year_inferred"] == 2022
    dated = [e for e in out["events"] if e["date"]]
    assert dated and all(e["date"].startswith("2022") for e in dated)
