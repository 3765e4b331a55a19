from __future__ import annotations

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
