from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.normalize import normalize_for_matching, normalize_key


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("بِسَمِ ٱللهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ", "بسم الله الرحمن الرحيم"),
        ("أكّد إيران آسيا", "اكد ايران اسيا"),
        ("مستشفى القاهرة", "مستشفي القاهره"),
        ("مسؤول رئيس", "مسوول رييس"),
        ("ﻻ ﷲ", "لا الله"),
        ("قـــرغيزستان", "قرغيزستان"),
        ("کابل یزد", "كابل يزد"),
        ("٩ تشرين ۱۴۴۴", "9 تشرين 1444"),
        ("IA 24.KG", "ia 24.kg"),
        ("قر\u200cغيزستان\u200f", "قرغيزستان"),
        ("بوتين\u00a0اليوم", "بوتين اليوم"),
        ("ڤلاديمير", "فلاديمير"),
    ],
)
def test_folds_variants(original: str, expected: str) -> None:
    nt = normalize_for_matching(original)
    assert nt.text == expected


@pytest.mark.parametrize(
    ("original", "needle", "expected_original"),
    [
        ("لم يحضر رئيسُ قرغيزستانَ الحفل", "قرغيزستان", "قرغيزستانَ"),
        ("بِسَمِ ٱللهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ", "الرحيم", "ٱلرَّحِيمِ"),
        ("وصل الـــوفد إلى ﻻهاي", "الوفد", "الـــوفد"),
        ("وصل الوفد إلى ﻻهاي", "لاهاي", "ﻻهاي"),
        ("تمّ إلغاءُ المناورات", "الغاء", "إلغاءُ"),
        ("في ٢٠٢٢ وقعت", "2022", "٢٠٢٢"),
    ],
)
def test_spans_map_back_exactly(original: str, needle: str, expected_original: str) -> None:
    nt = normalize_for_matching(original)
    i = nt.text.find(needle)
    assert i >= 0
    start, end = nt.to_original(i, i + len(needle))
    assert original[start:end] == expected_original


def test_identity_map_costs_nothing() -> None:
    nt = normalize_for_matching("وزارة الدفاع في قرغيزستان")
    assert nt.origin is None
    assert nt.to_original(6, 12) == (6, 12)


def test_normalize_key_collapses_space() -> None:
    assert normalize_key("  منظمة   معاهدة\tالأمن ") == "منظمه معاهده الامن"


ARABIC_HEAVY = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةٱ ـ٠١٢٣٤٥٦٧٨٩۴۵ﻻﷲکیہ\u064b\u064e\u0650\u0651\u0652\u0670"
             "\u200c\u200d\u200f\u202b\ufeff\u00a0AZaz.،؟\n")
    ),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(ARABIC_HEAVY, st.text(max_size=60)))
def test_any_string_maps_to_valid_offsets(text: str) -> None:
    nt = normalize_for_matching(text)
    n = len(nt.text)
    for start in range(n + 1):
        for end in range(start, min(n, start + 6) + 1):
            o_start, o_end = nt.to_original(start, end)
            assert 0 <= o_start <= o_end <= len(text)
            if end > start:
                # the original slice normalizes to a string containing the normalized slice
                assert nt.text[start:end] in normalize_for_matching(text[o_start:o_end]).text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_origin_is_monotonic(text: str) -> None:
    nt = normalize_for_matching(text)
    origins = [nt.origin_of(i) for i in range(len(nt.text))]
    assert origins == sorted(origins)
    assert all(0 <= o < len(text) for o in origins)


def test_out_of_range_span_is_refused() -> None:
    nt = normalize_for_matching("سلام")
    with pytest.raises(ValueError):
        nt.to_original(0, 10)


def test_written_letters_read_through_presentation_forms() -> None:
    # the checks that ask which letter the writer used (ة or ه, أ or إ) must read presentation forms as
    # the letters they shape: "ﺍﻟﻮﺯﺍﺭﺓ" ends in teh marbuta, "ﻷ" is lam then alef with hamza above
    nt = normalize_for_matching("ﺍﻟﻮﺯﺍﺭﺓ ﻭﺯﺍﺭﻩ ﻷﻥ")
    assert nt.text == "الوزاره وزاره لان"
    assert nt.written(6) == "ة" and nt.written(12) == "ه"
    assert [nt.written(i) for i in range(14, 17)] == ["ل", "أ", "ن"]
    plain = normalize_for_matching("الوزارة")
    assert plain.written(6) == "ة"
