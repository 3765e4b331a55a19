from __future__ import annotations

import itertools

import pytest

from marsad.structure.quotes import find_quotes
from marsad.text.sentences import split_sentences


def split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, find_quotes(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("التقى الوزيران في الرياض. وبحثا العلاقات الثنائية.",
         ["التقى الوزيران في الرياض.", "وبحثا العلاقات الثنائية."]),
        ("هل تنسحب القوات؟ لا أحد يعرف!", ["هل تنسحب القوات؟", "لا أحد يعرف!"]),
        ("ذكر موقع IA 24.KG أن المناورات ألغيت. ولم يعرف السبب.",
         ["ذكر موقع IA 24.KG أن المناورات ألغيت.", "ولم يعرف السبب."]),
        ("ارتفع النمو إلى 3.5 في المئة، وفق البنك الدولي؛ وهو رقم قياسي.",
         ["ارتفع النمو إلى 3.5 في المئة، وفق البنك الدولي؛ وهو رقم قياسي."]),
        ("قال د. أحمد إن الاتفاق صامد. وأضاف أن المفاوضات مستمرة.",
         ["قال د. أحمد إن الاتفاق صامد.", "وأضاف أن المفاوضات مستمرة."]),
        ("وصلت قوات من U.S. Army إلى القاعدة. وانتشرت فيها.",
         ["وصلت قوات من U.S. Army إلى القاعدة.", "وانتشرت فيها."]),
        ('قالت الوزيرة: "نحن مستعدون. يمكن لكل دولة أن تختار". وغادرت القاعة.',
         ['قالت الوزيرة: "نحن مستعدون. يمكن لكل دولة أن تختار".', "وغادرت القاعة."]),
        ("وأكد أن «الحوار مستمر. والقنوات مفتوحة» مع طهران. ثم انتهى اللقاء.",
         ["وأكد أن «الحوار مستمر. والقنوات مفتوحة» مع طهران.", "ثم انتهى اللقاء."]),
        ("السطر الأول بلا نقطة\nالسطر الثاني", ["السطر الأول بلا نقطة", "السطر الثاني"]),
        ("انتهى الاجتماع.\n\n\nوبدأ آخر.", ["انتهى الاجتماع.", "وبدأ آخر."]),
        ("  ", []),
        # a period glued to the next word, as scraped news has it, between Arabic words of three letters or more
        ("رأس الأمير الجلسة في قصر السلام بجدة.وفي مستهل الجلسة رفع التعازي.",
         ["رأس الأمير الجلسة في قصر السلام بجدة.", "وفي مستهل الجلسة رفع التعازي."]),
        ("أعلنت عنها قمة كامب ديفيد في 14 مايو 2015م.وهنأ المجلس مصر.",
         ["أعلنت عنها قمة كامب ديفيد في 14 مايو 2015م.", "وهنأ المجلس مصر."]),
        # (but not in an abbreviation or a letter-by-letter acronym)
        ("قال د.أسامة إن شبكة سي.إن.إن وشركة بي.إن.بي باريبا ربحتا.",
         ["قال د.أسامة إن شبكة سي.إن.إن وشركة بي.إن.بي باريبا ربحتا."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_spans_are_trimmed_and_ordered() -> None:
    text = "  أولاً.   ثانياً؟\n ثالثاً  "
    spans = split_sentences(text)
    assert [text[s.start : s.end] for s in spans] == ["أولاً.", "ثانياً؟", "ثالثاً"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_canonical_event_sentences_are_sentences(canonical_text: str, canonical_gold: dict) -> None:
    """Every gold event sentence of the canonical example is exactly one sentence of the splitter."""
    spans = {(s.start, s.end) for s in split_sentences(canonical_text, find_quotes(canonical_text))}
    for event in canonical_gold["events"]:
        sent = event["sentence"]
        assert (sent["start"], sent["end"]) in spans, sent["text"][:40]
