from __future__ import annotations

from pathlib import Path

import pytest

import marsad
from marsad.errors import StageError
from marsad.model import Document, Failure
from marsad.pipeline import Pipeline, load_pipeline, make_stage


class Boom:
    name = "boom"
    version = "1"

    def __call__(self, doc: Document) -> None:
        if "انفجار" in doc.text:
            raise RuntimeError("bad data")


def test_failing_stage_is_named_when_raising() -> None:
    pipeline = Pipeline([make_stage("marsad.normalize.v1"), Boom()], on_error="raise")
    with pytest.raises(StageError) as info:
        pipeline.process(marsad.read_text("وقع انفجار في الميناء", id="d1"))
    assert info.value.stage == "boom" and info.value.doc_id == "d1"
    assert "stage 'boom' failed on document d1" in str(info.value)


def test_record_policy_turns_failures_into_records_and_goes_on() -> None:
    pipeline = Pipeline([make_stage("marsad.normalize.v1"), Boom()], on_error="record")
    docs = [marsad.read_text("وقع انفجار في الميناء", id="bad"), marsad.read_text("عاد الهدوء", id="good")]
    out = list(pipeline.run(docs))
    assert isinstance(out[0], Failure) and out[0].stage == "boom" and out[0].code == "stage_failed"
    assert isinstance(out[1], Document) and out[1].normalized is not None


def test_a_batch_keeps_input_order_and_loses_only_the_bad_document() -> None:
    # stages run batch by batch: a failure in the middle of a batch spoils nothing else
    pipeline = Pipeline([make_stage("marsad.normalize.v1"), Boom()], on_error="record")
    texts = ["عاد الهدوء", "وقع انفجار في الميناء", "اجتمع الوزراء", "انفجار ثان", "انتهى الاجتماع"]
    read_failure = Failure(id="unreadable", source="x.bin", code="binary", message="not text")
    items: list[Document | Failure] = [marsad.read_text(t, id=f"d{i}") for i, t in enumerate(texts)]
    items.insert(2, read_failure)
    out = list(pipeline.run(items, batch_size=4))
    assert [o.id for o in out] == ["d0", "d1", "unreadable", "d2", "d3", "d4"]
    assert [isinstance(o, Failure) for o in out] == [False, True, True, False, True, False]
    assert out[2] is read_failure
    assert all(o.normalized is not None and o.pipeline for o in out if isinstance(o, Document))


def test_raise_policy_can_be_overridden_for_one_run() -> None:
    pipeline = Pipeline([make_stage("marsad.normalize.v1"), Boom()], on_error="raise")
    docs = [marsad.read_text("وقع انفجار في الميناء", id="bad"), marsad.read_text("عاد الهدوء", id="good")]
    with pytest.raises(StageError):
        list(pipeline.run(docs))
    docs = [marsad.read_text("وقع انفجار في الميناء", id="bad"), marsad.read_text("عاد الهدوء", id="good")]
    assert [type(o) for o in pipeline.run(docs, on_error="record")] == [Failure, Document]


def test_batched_and_single_runs_give_the_same_output() -> None:
    from marsad.cli.main import examples_dir
    from marsad.output.serialize import item_to_dict

    pipeline = load_pipeline()

    def outputs(batch_size: int) -> list[dict[str, object]]:
        return [item_to_dict(d) for d in pipeline.run(marsad.read_inputs([examples_dir()]), batch_size=batch_size)]

    one_by_one, batched = outputs(1), outputs(16)
    assert len(batched) >= 3 and batched == one_by_one
    assert any(d.get("events") for d in batched)


def test_unknown_stage_name() -> None:
    with pytest.raises(marsad.errors.MarsadError, match="unknown stage"):
        make_stage("marsad.nope.v9")


def test_default_pipeline_description() -> None:
    doc = load_pipeline().process(marsad.read_text("عاد الهدوء إلى المدينة."))
    assert doc.pipeline["marsad"] == marsad.__version__
    assert list(doc.pipeline["stages"]) == ["normalize", "structure", "sentences", "places", "actors", "events",
                                           "claims"]
    assert doc.pipeline["lexicons"]["actors"]


def test_extract_convenience() -> None:
    doc = marsad.extract("التقى الوزيران. واتفقا على التعاون.", id="x", date="2025-01-02")
    assert doc.id == "x" and doc.date == "2025-01-02" and len(doc.sentences) == 2


def test_empty_text_is_refused() -> None:
    with pytest.raises(marsad.errors.InputError):
        marsad.extract("   ")


def test_load_pipeline_raises_only_the_default_gc_threshold() -> None:
    import gc

    from marsad.pipeline import GC_THRESHOLD

    saved = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        load_pipeline()
        assert gc.get_threshold() == (GC_THRESHOLD, 10, 10)
        gc.set_threshold(5000, 10, 10)  # the program's own choice stays
        load_pipeline()
        assert gc.get_threshold() == (5000, 10, 10)
    finally:
        gc.set_threshold(*saved)


def test_json_lines_are_compact_and_survive_a_lone_surrogate() -> None:
    import json

    from marsad.output.serialize import item_to_dict, item_to_json

    doc = load_pipeline().process(marsad.read_text("التقى وزير الخارجية السعودي نظيره الإيراني في الرياض.", id="a"))
    line = item_to_json(doc)
    assert "\n" not in line and json.loads(line) == item_to_dict(doc) and '":' in line and '": ' not in line
    assert "وزير" in line  # Arabic as itself, not \\u escapes
    # a file name that is not UTF-8 comes from the file system with a lone surrogate: orjson refuses it, the
    # standard encoder takes it, in the same compact form, and the line can still be written
    odd = Failure(id="x", source="/data/bad\udcffname.txt", code="binary", message="ليس نصا")
    line = item_to_json(odd)
    assert json.loads(line) == item_to_dict(odd) and '":"' in line and line.encode("utf-8")


def test_a_place_inside_a_persons_name_is_no_place() -> None:
    # "باراك" is ب + "اراك" (Arak in Iran) to the gazetteer; inside the name of a person it is none, and
    # "مسقط رأسه" is a birthplace, not Muscat
    doc = load_pipeline().process(marsad.read_text("وزار الرئيس الأميركي باراك أوباما مسقط رأسه كينيا.", id="p"))
    places = [(doc.text[p.span.start : p.span.end], p.country) for p in doc.places]
    assert not any(country in ("IRN", "OMN") for _, country in places), places
    assert not any(m.code.startswith("OMN") for m in doc.mentions)


def test_a_place_written_with_a_proclitic_that_makes_a_word_is_no_place() -> None:
    # "بنوك" is banks, not ب + Nuuk; "باكرا" is early, not ب + Accra (exclusions with side "prefix")
    doc = load_pipeline().process(marsad.read_text("وارتفعت أسهم بنوك جيدة باكرا صباح اليوم.", id="q"))
    assert not doc.places, [(doc.text[p.span.start : p.span.end], p.country) for p in doc.places]


@pytest.mark.parametrize(("text", "expected"), [
    # a place listed as a noun with "his" when written with ه for its ة is that noun in a text that writes ة
    ("واستقبل الملك في قصره بالرياض رئيس الوزراء اللبناني.", ["SAU"]),     # his palace, not Qusra
    ("وقال الوزير في حواره مع الصحيفة السعودية إن العلاقة قوية.", []),      # his interview, not Huwara
    ("وتعيش زوجة جده في القرية.", []),                                     # his grandfather, not Jeddah
    # ... but a place all the same when its kind is named before it or another place is joined to it
    ("وصل الوفد إلى مدينة جده مساء أمس.", ["SAU"]),
    ("وافتتح طريق مكة المكرمة - جده السريع.", ["SAU", "SAU"]),
    # ... or in a text that writes ة as ه by habit
    ("وصلت الطائرة السعوديه الى جده قادمه من العاصمه المصريه.", ["SAU"]),
    # written with ة it is the place
    ("وتعيش الأسرة في جدة منذ سنوات.", ["SAU"]),
])
def test_a_place_written_with_ha_for_its_ta_can_be_a_noun_with_his(text: str, expected: list[str]) -> None:
    doc = load_pipeline().process(marsad.read_text(text, id="h"))
    assert [p.country for p in doc.places] == expected, [(doc.text[p.span.start:p.span.end], p.country)
                                                          for p in doc.places]


def test_a_pronoun_exclusion_must_spell_its_name_with_ha(tmp_path: Path) -> None:
    from marsad.actors.lexicon import load_exclusions

    path = tmp_path / "exclusions.tsv"
    path.write_text("id\tpattern\tside\tword\tnote\npx-1\tقصرة\tpronoun\tقصري\t\npx-2\tقصرة\tpronoun\tقصره\t\n",
                    encoding="utf-8")
    problems: list[str] = []
    rows = load_exclusions(path, "t", problems, ("before", "after", "prefix", "pronoun"))
    assert [r.id for r in rows] == ["exclusions:px-2"] and len(problems) == 1 and ":2:" in problems[0]
    problems = []
    load_exclusions(path, "t", problems)  # (the actors' exclusions have no such side)
    assert sum("is not one of after, before, document, prefix" in p for p in problems) == 2


def test_a_document_exclusion_needs_the_whole_word() -> None:
    from marsad.actors.lexicon import Exclusion, ExclusionIndex
    from marsad.text.normalize import normalize_key

    index = ExclusionIndex([Exclusion("x:1", "الأسد", "document", "سيسيل", "t")])
    for text, excluded in (("قتل الأسد سيسيل في زيمبابوي", True), ("وتحدث عن سيسيل والأسد", True),
                           ("قصفت قوات الأسد حلب", False), ("قصفت قوات الأسد سيسيليا", False)):
        norm = normalize_key(text)
        start = norm.index(normalize_key("الأسد"))
        assert index.excludes(norm, start, start, start + len(normalize_key("الأسد"))) is excluded, text
