"""The event lexicon's data files and their loaders: the shipped files load and are large enough, bad rows
are reported, and a form that is both a verb and a verbal noun keeps both readings."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from marsad.datafiles import data_dir
from marsad.events.lexicon import CROWD_KINDS, PLOVER_TYPES, load_crowds, load_event_lexicon
from marsad.events.triggers import TriggerMatcher
from marsad.text.normalize import normalize_for_matching, normalize_key


def test_shipped_event_lexicon_is_valid_and_broad() -> None:
    lex = load_event_lexicon()
    counts = lex.counts()
    assert counts["types_used"] == len(PLOVER_TYPES)
    assert counts["cameo_codes_used"] >= 150 and counts["triggers"] >= 1500
    assert set(lex.crowds) == CROWD_KINDS and all(lex.crowds[k] for k in CROWD_KINDS)
    assert lex.crowd_acts
    assert all(t.needs in ("act", "riot", "set_out", "gather", "marker") and t.type == "PROTEST"
               for t in lex.crowd_acts)
    assert {t.cameo for t in lex.crowd_acts if t.needs == "riot"} == {"145"}


def test_shipped_trigger_files_list_each_form_once() -> None:
    """The loader keeps the first of two rows with the same form, type and part of speech, so a second row
    is dead data, and if its CAMEO code differs, a silent disagreement: the shipped files have none."""
    rows: dict[tuple[str, str, str], list[str]] = {}
    for path in sorted(data_dir("events").glob("triggers_*.tsv")):
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                key = (normalize_key(row["pattern"]), row["type"], row["pos"])
                rows.setdefault(key, []).append(f"{path.name}:{row['id']}")
    assert {k: v for k, v in rows.items() if len(v) > 1} == {}


def test_bad_crowd_rows_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "crowds.tsv"
    path.write_text("id\tkind\tpattern\tnote\n"
                    "c-1\tprotest\tالمتظاهرون\tfine\n"
                    "c-2\tmob\tالغوغاء\tunknown kind\n"
                    "c-3\tact\tخرج إلى\ttwo words\n"
                    "c-4\tmishap\tحادث سير\ta mishap may be a phrase\n", encoding="utf-8")
    problems: list[str] = []
    crowds = load_crowds(path, "test:crowds.tsv", problems)
    assert len(problems) == 2
    assert any("kind 'mob'" in p for p in problems) and any("one word" in p for p in problems)
    assert "المتظاهرون" in crowds["protest"] and not crowds["act"]
    assert crowds["mishap"] == {"حادث سير"}


@pytest.mark.parametrize(("text", "pos"), [
    ("تظاهر آلاف الطلاب أمام الجامعة.", "verb"),  # clause-initial: the verb
    ("وتظاهر العمال في الساحة.", "verb"),
    ("عاد الهدوء بعد تظاهر الطلاب.", "noun"),  # after a preposition: the verbal noun
    ("منعت السلطات التظاهر في وسط المدينة.", "noun"),  # with the article: the verbal noun
])
def test_a_form_both_verb_and_noun_is_read_by_context(text: str, pos: str) -> None:
    matcher = TriggerMatcher(load_event_lexicon())
    hits = [h for h in matcher.find(normalize_for_matching(text)) if h.trigger.type == "PROTEST"]
    assert [h.trigger.pos for h in hits] == [pos]
