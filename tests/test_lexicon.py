from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import marsad
from marsad.actors.lexicon import check_lexicon, load_actor_lexicon
from marsad.cli.main import cli
from marsad.errors import LexiconError

HEADER = "id\tpattern\tcode\tkind\tname_en\tnote\n"


def test_shipped_lexicon_is_valid_and_large_enough() -> None:
    lex = load_actor_lexicon()
    counts = lex.counts()
    assert counts["people"] >= 500
    assert counts["entries"] >= 2000 and counts["roles"] >= 200
    assert lex.version
    codes = {e.code.split(":")[0] for e in lex.entries}
    for required in ("KGZ", "RUS", "USA", "SAU", "IRN", "YEM", "PSE", "XKX", "TWN", "ESH", "UN", "EU", "NATO",
                     "ARL", "GCC", "OIC", "AU", "CSTO", "CIS", "SCO", "EAEU", "ASEAN", "OPEC", "IAEA", "ICRC", "WB",
                     "IMF", "ICC", "WHO", "UNHCR", "UNICEF", "WFP", "GSEVEN", "GTWNTY", "BRICS", "ISIS", "QAE",
                     "HEZ", "HOU", "HAM", "PIJ", "TAL", "PKK", "SDF", "HTS", "MB", "HTB", "WST", "CAS", "MEA",
                     "EUR", "AFR", "ARB", "MUS"):
        assert required in codes, required


def test_every_un_member_has_a_name() -> None:
    lex = load_actor_lexicon()
    countries = {e.code for e in lex.entries if e.kind == "country"}
    assert len(countries) >= 195


def _problems(path: Path, content: str) -> str:
    """Write a lexicon file, check it (it must fail) and return every problem reported, one per line."""
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        check_lexicon([path])
    return "\n".join(info.value.problems)


def test_all_problems_reported_at_once(tmp_path: Path) -> None:
    problems = _problems(tmp_path / "bad.tsv", HEADER + "ok-1\tموسكو\tRUS:GOV\tcapital\tMoscow\t\n"
                         "Bad Id\tفلان\tXX:FOO\tcity\t\t\n"
                         "ok-1\tبكين\tCHN:GOV\tcapital\tBeijing\t\n"
                         "short\tonly\n")
    assert "bad.tsv:3: id 'Bad Id'" in problems
    assert "bad.tsv:3: code 'XX:FOO'" in problems
    assert "bad.tsv:3: kind 'city'" in problems
    assert "bad.tsv:4: duplicate id 'ok-1'" in problems
    assert "bad.tsv:5: expected 6 tab-separated cells" in problems


def test_bad_people_file(tmp_path: Path) -> None:
    problems = _problems(tmp_path / "people.json", json.dumps({"people": [
        {"id": "x", "name_en": "X", "country": "KGZ", "names": ["فلان الفلاني"],
         "offices": [{"code": "KGZ:GOV", "from": "2020-05-01", "to": "2019-01-01"}]},
        {"id": "y", "name_en": "Y", "country": "kgz", "names": []},
    ]}, ensure_ascii=False))
    assert "'to' 2019-01-01 is before 'from' 2020-05-01" in problems
    assert "country 'kgz' is not an actor code" in problems
    assert "names must be a non-empty list" in problems


def test_user_lexicon_extends_and_overrides(tmp_path: Path) -> None:
    user = tmp_path / "mine.tsv"
    user.write_text(HEADER + "m-1\tجمهورية الواق واق\tWAQ\tcountry\tWaq Waq\tfictional test entry\n"
                    "m-2\tموسكو\tRUS\tcapital\tMoscow (city)\toverride: the city, not the government\n",
                    encoding="utf-8")
    pipeline = marsad.load_pipeline(lexicon_paths=[str(user)])
    doc = pipeline.process(marsad.read_text("أعلنت جمهورية الواق واق أن موسكو وافقت."))
    assert [(doc.text[m.span.start:m.span.end], m.code) for m in doc.mentions] == [
        ("جمهورية الواق واق", "WAQ"), ("موسكو", "RUS")]
    assert "+user(mine.tsv)" in doc.pipeline["lexicons"]["actors"]


READING_HEADER = "id\tpattern\tcode\tkind\tname_en\tcues\tnote\n"


def test_bad_readings_file(tmp_path: Path) -> None:
    problems = _problems(tmp_path / "readings.tsv", READING_HEADER + "r-1\tصور\tLBN\tcity\tTyre\tلبنان\t\n"
                         "r-2\tصور\tXX:FOO\tcountry\tpictures\t\t\n"
                         "r-3\tحمص\tSYR\tcountry\tHoms\tسوريا\tone reading only\n")
    # (a name with one reading is allowed: it is coded only where its cues are named)
    assert "readings.tsv:2: kind 'city'" in problems
    assert "readings.tsv:3: code 'XX:FOO'" in problems
    assert "readings.tsv:3: cues must be one or more words" in problems
    assert not any("حمص" in p for p in problems)


def _named(text: str, keep: Callable[[str], bool]) -> list[tuple[str, str]]:
    """The (text, code) of the mentions marsad finds in ``text`` whose text ``keep`` accepts."""
    doc = marsad.extract(text, date="2015-08-01")
    return [(doc.text[m.span.start : m.span.end], m.code) for m in doc.mentions
            if keep(doc.text[m.span.start : m.span.end])]


@pytest.mark.parametrize(("text", "code"), [
    # the words around the name, then its sentence, then the document decide; a tie or no cue codes nothing
    ("وصل 80 جريحا يمنيا إلى العاصمة الأردنية عمان أمس.", "JOR:GOV"),
    ("واستدعت عمان سفيرها لدى إسرائيل احتجاجا على الاعتداءات في القدس.", "JOR:GOV"),
    ("تضم المجموعة منتخبات الكويت وقطر وعمان والبحرين.", "OMN"),
    ("تهب الرياح الدافئة من خليج عمان.", None),
    ("وصل الوفد إلى عمان أمس.", None),
    ("وصل الوفد إلى عمان أمس في زيارة للأردن.", "JOR:GOV"),  # لل + a cue written without its alef
])
def test_a_name_with_two_readings(text: str, code: str | None) -> None:
    assert [c for _, c in _named(text, lambda name: name == "عمان")] == ([code] if code else [])


@pytest.mark.parametrize(("text", "code"), [
    # two groups share a name: Gaza's Army of Islam and the Ghouta's Jaysh al-Islam (also inside «»)
    ("اغتال الطيران الإسرائيلي أربعة من تنظيم «جيش الإسلام» في خان يونس.", "PSE:REB"),
    ("سيطر جيش الإسلام على مواقع في الغوطة الشرقية قرب دمشق.", "SYR:REB"),
    ("أصدر جيش الإسلام بيانا.", None),
])
def test_a_group_name_with_two_readings(text: str, code: str | None) -> None:
    assert [c for _, c in _named(text, lambda name: name == "جيش الإسلام")] == ([code] if code else [])


@pytest.mark.parametrize(("text", "codes"), [
    # "the Kingdom": the kingdom the document is about, also after لل; no cue codes nothing
    ("وأكد خادم الحرمين الشريفين استمرار وقوف المملكة إلى جانب الشعب اليمني.", ["SAU"]),
    ("شكر الرئيس الرياض على دعمها وأشاد بدور المملكة وأعرب عن تقديره للمملكة.", ["SAU", "SAU"]),
    ("استقبل الملك محمد السادس في الرباط الوزير وأكد أن المملكة تدعم الحل السياسي.", ["MAR"]),
    ("قال المسؤول إن المملكة ستدعم المبادرة.", []),
])
def test_the_kingdom(text: str, codes: list[str]) -> None:
    assert [c for _, c in _named(text, lambda name: name in ("المملكة", "لمملكة"))] == codes


@pytest.mark.parametrize(("text", "codes"), [
    # the PKK shortened, or Britain's Labour Party; the full name stays one mention
    ("شنت الطائرات التركية غارات على مواقع حزب العمال في جبال قنديل.", [("حزب العمال", "PKK")]),
    ("فاز حزب العمال في الانتخابات البريطانية وتراجع المحافظين.", [("حزب العمال", "GBR")]),
    ("اتهم الرئيس حزب العمال الكردستاني بالإرهاب.", [("حزب العمال الكردستاني", "PKK")]),
])
def test_the_workers_party(text: str, codes: list[tuple[str, str]]) -> None:
    assert _named(text, lambda name: name.startswith("حزب العمال")) == codes


@pytest.mark.parametrize(("text", "code"), [
    # "the occupation forces": Israeli forces in a report on Palestine, US-led forces in one on Iraq; the
    # reading replaces the group whose country was only guessed from the sentence ("قوات" + a place)
    ("واعتقلت قوات الاحتلال ثلاثة شبان من مخيم جنين في الضفة الغربية.", "ISR:MIL"),
    ("وقال إن قوات الاحتلال قصفت مدينة الفلوجة العراقية عام 2004.", "USA:MIL"),
    ("وانسحبت قوات الاحتلال من المنطقة.", None),
])
def test_the_occupation_forces(text: str, code: str | None) -> None:
    assert [c for _, c in _named(text, lambda name: name.startswith("قوات"))] == ([code] if code else [])


def test_lexicon_check_command(tmp_path: Path) -> None:
    ok = CliRunner().invoke(cli, ["lexicon", "check"])
    assert ok.exit_code == 0 and "OK" in ok.output and "people" in ok.output
    bad = tmp_path / "bad.tsv"
    bad.write_text(HEADER + "b-1\tفلان\tNOPE:XYZ\tcountry\tX\t\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["lexicon", "check", str(bad)])
    assert result.exit_code == 1 and "NOPE:XYZ" in result.stderr


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (dt.date(2010, 6, 1), "USA:GOV"),  # Hillary Clinton, secretary of state
        (None, "USA:GOV"),
    ],
)
def test_people_coded_by_office_on_date(day: dt.date | None, code: str) -> None:
    lex = load_actor_lexicon()
    person = next(p for p in lex.people if p.name_en == "Hillary Clinton")
    assert person.code_on(day) == code


def test_person_out_of_office_is_coded_by_country() -> None:
    lex = load_actor_lexicon()
    putin = next(p for p in lex.people if p.name_en == "Vladimir Putin")
    assert putin.code_on(dt.date(1995, 1, 1)) == "RUS"
    assert putin.code_on(dt.date(2022, 10, 7)) == "RUS:GOV"
