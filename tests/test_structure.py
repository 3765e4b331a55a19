from __future__ import annotations

import json
import zipfile

import pytest

import marsad
from marsad.structure.quotes import find_quotes
from marsad.structure.sections import byline_from_author_field, parse_byline

from .conftest import assert_spans_exact, need_shared


def test_canonical_sections_match_gold(canonical_text: str, canonical_gold: dict) -> None:
    doc = marsad.extract(canonical_text)
    for sec in canonical_gold["sections"]:
        start = sec["span"]["start"] if "span" in sec else sec["from"]
        end = sec["span"]["end"] if "span" in sec else sec["to"]
        assert any(s.kind == sec["kind"] and s.span.start == start and s.span.end == end for s in doc.sections), sec
    assert doc.translated
    assert doc.byline is not None
    assert doc.byline.author == canonical_gold["byline"]["author"]
    assert doc.byline.role == canonical_gold["byline"]["author_role"]
    assert doc.byline.outlet == canonical_gold["byline"]["outlet"]
    assert doc.byline.organization == canonical_gold["byline"]["organization"]
    news = next(s for s in doc.sections if s.kind == "news")
    assert news.heading == "الخبر:"


def test_canonical_cited_sources(canonical_text: str) -> None:
    doc = marsad.extract(canonical_text)
    by_name = {c.name: c for c in doc.sources_cited}
    first = next(c for c in doc.sources_cited if "24.KG" in c.name and c.span.start < 200)
    assert first.citing == "وزارة الدفاع في قرغيزستان"
    told = next(c for c in doc.sources_cited if c.name == "وكالة أنباء 24.KG")
    assert told.citing == "الدائرة الصحفية لوزارة الدفاع القرغيزية"
    assert "إليزابيث ترودو" in by_name
    assert "وسائل الإعلام" in by_name


def test_canonical_quotes_are_classified(canonical_text: str) -> None:
    quotes = find_quotes(canonical_text)
    kinds = {canonical_text[q.inner.start : q.inner.end][:16]: q.kind for q in quotes}
    assert kinds["الأخوة الراسخة -"] == "name"
    assert kinds["فرونتير 2022"] == "name"
    assert kinds["الولايات المتحدة"] == "speech"


@pytest.mark.parametrize(
    ("line", "author", "role", "outlet"),
    [
        ("كتبه لإذاعة المكتب الإعلامي المركزي لحزب التحرير إلدر خمزين عضو المكتب الإعلامي المركزي لحزب التحرير",
         "إلدر خمزين", "عضو المكتب الإعلامي المركزي لحزب التحرير", "إذاعة المكتب الإعلامي المركزي لحزب التحرير"),
        ("كتبه لجريدة الراية محمد بن علي الأحمد مدير تحرير الجريدة",
         "محمد بن علي الأحمد", "مدير تحرير الجريدة", "جريدة الراية"),
        ("بقلم: سلمى العتيبي", "سلمى العتيبي", None, None),
    ],
)
def test_parse_byline(line: str, author: str, role: str | None, outlet: str | None) -> None:
    b = parse_byline(line)
    assert (b.author, b.role, b.outlet) == (author, role, outlet)


@pytest.mark.parametrize(
    ("field", "author", "city", "outlet"),
    [
        ("لندن: رنيم حنوش", "رنيم حنوش", "لندن", None),
        ("القاهرة: «الشرق الأوسط»", None, "القاهرة", "الشرق الأوسط"),
        ("جازان -الوئام:", None, "جازان", "الوئام"),
        ("المدينة المنورة - واس:", None, "المدينة المنورة", "واس"),
        ("نايف الروقي ـ الرياض", "نايف الروقي", "الرياض", None),
        ("سلمى العتيبي", "سلمى العتيبي", None, None),
    ],
)
def test_author_field_forms(field: str, author: str | None, city: str | None, outlet: str | None) -> None:
    b = byline_from_author_field(field)
    assert (b.author, b.city, b.outlet) == (author, city, outlet)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("عمّان - «وكالة المرصد»: أعلنت الحكومة الأردنية اليوم عن خطة جديدة.", "عمّان - «وكالة المرصد»:"),
        ("بيروت: عقد مجلس الوزراء جلسة طارئة مساء أمس.", "بيروت:"),
        ("واشنطن - أعلنت الإدارة الأمريكية فرض عقوبات جديدة.", "واشنطن -"),
        ("أعلنت الحكومة الأردنية اليوم عن خطة جديدة: تقشف وضرائب.", None),
        # (not only at the first character: a body that opens with a space, or after a title line)
        (" واس- الرياض: أدانت الأمانة العامة الهجوم.", "واس- الرياض:"),
        ("إدانة واسعة للهجوم\n\nرويترز- القاهرة: قالت مصادر أمنية إن خمسة جنود قتلوا.", "رويترز- القاهرة:"),
    ],
)
def test_dateline(text: str, dateline: str | None) -> None:
    doc = marsad.extract(text)
    assert doc.dateline == dateline


def test_plain_news_is_one_body_section() -> None:
    text = "الرياض: التقى وزير الخارجية السعودي نظيره الأمريكي. وبحث الجانبان الأوضاع في اليمن."
    doc = marsad.extract(text, title="لقاء سعودي أمريكي")
    assert [s.kind for s in doc.sections] == ["body", "dateline"] or [s.kind for s in doc.sections] == [
        "dateline", "body"]
    assert doc.title_span is None and doc.title == "لقاء سعودي أمريكي"
    assert len(doc.sentences) == 2


def test_other_headings_are_body_sections() -> None:
    text = "خلفية:\nبدأت الأزمة قبل عامين.\n\nالمواقف:\nرفضت الحكومة المبادرة."
    doc = marsad.extract(text)
    bodies = [(s.kind, s.heading) for s in doc.sections if s.kind == "body"]
    assert bodies == [("body", "خلفية:"), ("body", "المواقف:")]


def test_shipped_examples_have_structure(schema_validator) -> None:
    from marsad.cli.main import examples_dir
    from marsad.output.serialize import document_to_dict

    items = list(marsad.load_pipeline().run(marsad.read_inputs([examples_dir()])))
    assert len(items) == 6
    commentary = next(d for d in items if d.source.endswith("gulf-diplomacy-commentary.txt"))
    kinds = {s.kind for s in commentary.sections}
    assert {"opening", "title", "translation_note", "news", "commentary", "quote", "byline"} <= kinds
    assert commentary.byline.author == "سامر عبد الكريم النجار"
    for doc in items:
        out = document_to_dict(doc)
        schema_validator.validate(out)
        assert_spans_exact(out, doc.text)
        assert doc.byline is not None and (doc.byline.author or doc.byline.outlet)


@pytest.mark.slow
def test_saudinewsnet_articles_structure(schema_validator) -> None:
    path = need_shared("corpora", "saudinewsnet", "2015-07-21.zip")
    from marsad.output.serialize import document_to_dict

    with zipfile.ZipFile(path) as z:
        articles = json.loads(z.read(z.namelist()[0]))[:200]
    pipeline = marsad.load_pipeline()
    with_byline = 0
    for i, art in enumerate(articles):
        doc = marsad.read_text(art["content"], id=f"snn-{i}", title=art["title"], date=art["date_extracted"])
        doc.author = art["author"]
        pipeline.process(doc)
        out = document_to_dict(doc)
        schema_validator.validate(out)
        assert_spans_exact(out, doc.text)
        assert doc.sentences, art["title"]
        assert sum(len(s.span) for s in doc.sentences) <= len(doc.text)
        with_byline += bool(doc.byline and (doc.byline.author or doc.byline.outlet))
    assert with_byline >= 150  # nearly every SaudiNewsNet article has an author field


@pytest.mark.parametrize("separator", ["\n", " "])  # on a line of its own, or after the last sentence
def test_a_closing_tag_list_is_not_body_text(separator: str) -> None:
    text = ("قتل ثلاثة جنود يمنيين في هجوم شنه الحوثيون على موقع عسكري في مأرب أمس." + separator +
            " سمات بيروت طارق الحبيب فاطمة إبراهيم قتل منهل عبدالقادر ")
    doc = marsad.extract(text, date="2015-08-01")
    tags_start = text.index("سمات")
    assert [s.kind for s in doc.sections] == ["body"] and doc.sections[0].span.end < tags_start
    assert all(e.trigger.start < tags_start for e in doc.events) and doc.events


def test_a_share_widget_before_the_first_sentence_is_not_body_text() -> None:
    text = " شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك أكد وزير الداخلية السعودي أن الأمن مستتب."
    doc = marsad.extract(text, date="2015-08-11")
    body = [s for s in doc.sections if s.kind == "body"]
    assert body and text[body[0].span.start :].startswith("أكد وزير الداخلية")
