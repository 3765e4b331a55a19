"""The event coder on 1205 sentences written for these tests (tests/data/event_cases.jsonl), never taken
from the evaluation sets: every PLOVER type, negation, future and hypothetical modes, quotations,
verb-first and subject-first clauses, verbal nouns, passives, coordination, dates, and hard negatives.

A case passes when every gold event has a system event of the same type whose actors share a MAIN code
with the gold's (or both are empty), and, for the group the case tests, the same polarity, aux,
attribution or date; a negative passes when no event is coded. Cases the coder still gets wrong are
listed in tests/data/event_cases_known_failures.txt and run as strict xfails: fixing one makes the suite
say so, and the list is then shortened.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import marsad
from marsad.model import Document, Event

from .conftest import assert_spans_exact

DATA = Path(__file__).parent / "data"
CASES = [json.loads(line) for line in (DATA / "event_cases.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]
KNOWN_FAILURES = {line.split("#")[0].strip() for line in
                  (DATA / "event_cases_known_failures.txt").read_text(encoding="utf-8").splitlines()
                  if line.split("#")[0].strip()}


def _mains(codes: list[str]) -> set[str]:
    return {c.split(":")[0] for c in codes}


@pytest.fixture(scope="module")
def pipeline() -> marsad.Pipeline:
    return marsad.load_pipeline()


def _first(pipeline: marsad.Pipeline, text: str, date: str, kind: str) -> Event:
    """The first event of type ``kind`` coded in ``text`` (the test fails when there is none)."""
    events = [e for e in pipeline.process(marsad.read_text(text, date=date)).events if e.type == kind]
    assert events, f"a {kind} event should be coded"
    return events[0]


def _coded(pipeline: marsad.Pipeline, case: dict) -> Document:
    return pipeline.process(marsad.read_text(case["text"], id=case["id"], date=case["date"]))


def _passes(case: dict, doc: Document) -> tuple[bool, str]:
    events = doc.events
    if not case["events"]:
        return not events, f"expected no event, got {[(e.type, e.actor) for e in events]}"
    used: set[int] = set()
    for gold in case["events"]:
        match = next((i for i, e in enumerate(events) if i not in used and e.type == gold["type"] and (
            _mains(e.actor) & _mains(gold["actor"]) or (not e.actor and not gold["actor"]))), None)
        if match is None:
            return False, f"missing {gold['type']} {gold['actor']}; got {[(e.type, e.actor) for e in events]}"
        used.add(match)
        e = events[match]
        group = case["group"]
        checks = {"negation": ("polarity", e.polarity), "polarity": ("polarity", e.polarity),
                  "future": ("aux", e.aux), "hypothetical": ("aux", e.aux), "quoted": ("attribution", e.attribution),
                  "attribution": ("attribution", e.attribution), "date": ("date", e.date)}
        if group == "recipient" and _mains(e.recipient) != _mains(gold["recipient"]):
            return False, f"recipient: expected {gold['recipient']}, got {e.recipient}"
        if group in checks:
            field, value = checks[group]
            if gold.get(field) is not None and value != gold[field]:
                return False, f"{field}: expected {gold[field]}, got {value}"
    return True, ""


def test_case_file_is_broad() -> None:
    assert len(CASES) >= 300
    groups = {c["group"] for c in CASES}
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
             "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert types | {"negation", "future", "hypothetical", "quoted", "passive", "verbal_noun", "date",
                    "negative"} <= groups
    assert KNOWN_FAILURES <= {c["id"] for c in CASES}


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(strict=True, reason="known failure (see the list)")]
                 if c["id"] in KNOWN_FAILURES else [])
    for c in CASES
])
def test_event_case(pipeline: marsad.Pipeline, case: dict) -> None:
    doc = _coded(pipeline, case)
    ok, why = _passes(case, doc)
    assert ok, why


def test_recipients_of_the_own_cases_hold(pipeline: marsad.Pipeline) -> None:
    # the cases state each event's recipient, which test_event_case does not check (it matches type and actor,
    # the way the reference scorer matches events). A regression floor: 822 of the 937 matched events have
    # the case's recipient (0.84); the 115 others are listed by this test's message when it fails
    agree = total = 0
    wrong = []
    for case in CASES:
        if case["id"] in KNOWN_FAILURES or not case["events"]:
            continue
        events = _coded(pipeline, case).events
        used: set[int] = set()
        for gold in case["events"]:
            match = next((i for i, e in enumerate(events) if i not in used and e.type == gold["type"] and (
                _mains(e.actor) & _mains(gold["actor"]) or (not e.actor and not gold["actor"]))), None)
            if match is None:
                continue
            used.add(match)
            total += 1
            if _mains(events[match].recipient) == _mains(gold.get("recipient", [])):
                agree += 1
            else:
                wrong.append((case["id"], gold["type"], gold.get("recipient"), events[match].recipient))
    assert total >= 400 and agree / total >= 0.75, (agree, total, wrong)


def test_every_event_carries_its_evidence(pipeline: marsad.Pipeline) -> None:
    from marsad.output.serialize import document_to_dict

    for case in CASES[:120] + [c for c in CASES if c["id"] == "e826"]:
        doc = _coded(pipeline, case)
        out = document_to_dict(doc)
        assert_spans_exact(out, doc.text)
        for e in doc.events:
            assert e.trigger.end > e.trigger.start and e.sentence.contains(e.trigger)
            assert e.cameo and e.type and 0 <= e.confidence <= 1
            assert len(e.actor_spans) >= len(set(e.actor)) or not e.actor
            assert e.recipient or not e.recipient_spans  # (no evidence of a recipient the event does not have)
            assert e.gloss_en and e.quad_class in (1, 2, 3, 4)


@pytest.mark.parametrize(("text", "recipient"), [
    ("لم يحضر وزير الخارجية المصري حفل تنصيب الرئيس الإيراني.", ["IRN:GOV"]),   # owner at the end of a chain
    ("رفضت شركات تركية كثيرة خدمة بطاقات الائتمان الروسية.", ["RUS"]),           # a nisba closing the chain
    ("لم يحضر الرئيس التونسي الحفل، وحضر السفير الفرنسي.", []),                # a comma ends the object phrase
    ("انتقد وزير الخارجية الأردني أيمن الصفدي بنود خطة السلام الأمريكية.", ["USA"]),  # title + name subject
])
def test_recipient_closing_an_object_phrase(pipeline: marsad.Pipeline, text: str, recipient: list[str]) -> None:
    doc = pipeline.process(marsad.read_text(text, date="2023-01-01"))
    assert doc.events, "an event should be coded"
    assert doc.events[0].recipient == recipient


@pytest.mark.parametrize(("text", "recipient"), [
    # a place, a time and honorifics may stand between the subject and the object
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام اليوم معالي وزير الدفاع الأمريكي.",
     {"USA"}),
    ("التقى ولي العهد السعودي في الرياض أمس سمو الأمير تميم بن حمد.", {"QAT"}),
    # a blessing, a place and a time, then a comma, before the guest
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود – حفظه الله – في مكتبه بقصر اليمامة "
     "اليوم، رئيس وزراء لبنان الأسبق سعد الحريري.", {"LBN"}),
    # a recipient preposition governing a short chain
    ("شنت الطائرات الأمريكية غارات على مواقع طالبان.", {"TAL"}),
    # the patient of a hijacking phrase, not its agent
    ("وذلك بعد خطف طائرة هندية في قندهار.", {"IND"}),
])
def test_recipient_past_adjuncts(pipeline: marsad.Pipeline, text: str, recipient: set[str]) -> None:
    doc = pipeline.process(marsad.read_text(text, date="2015-07-22"))
    assert doc.events, "an event should be coded"
    assert _mains(doc.events[0].recipient) == recipient
    assert not _mains(doc.events[0].actor) & recipient


@pytest.mark.parametrize(("text", "recipient"), [
    # the speaker before إن/أن neither suffered the attack nor is its subject
    ("قالت الشرطة العراقية إن المنطقة الخضراء تعرضت لهجوم بقذائف الهاون.", []),
    ("أعلنت وزارة الداخلية الأفغانية أن الاعتداء وقع أمام معهد ثانوي في كابل.", []),
    # a force's patrol, convoy or base is the force
    ("قال الجيش إن دورية للقوات الأمريكية تعرضت لهجوم قرب الفلوجة.", ["USA:MIL"]),
    ("الشرطة الباكستانية تعرضت لهجوم انتحاري في بيشاور.", ["PAK:COP"]),
])
def test_who_suffered_an_attack(pipeline: marsad.Pipeline, text: str, recipient: list[str]) -> None:
    assert _first(pipeline, text, "2008-03-01", "ASSAULT").recipient == recipient


@pytest.mark.parametrize(("text", "kind", "actor", "recipient"), [
    # whom a condemnation is against is who did the act, not its victims
    ("وأدانت فرنسا اعتقال الصحفيين الأتراك.", "ACCUSE", ["FRA"], []),
    ("وأدانت الجامعة العربية اغتيال رئيس الوزراء اللبناني الأسبق رفيق الحريري.", "ACCUSE", ["ARL"], []),
    ("وأدانت السعودية قصف الطيران الروسي للمدنيين في إدلب.", "ACCUSE", ["SAU"], ["RUS"]),
    # a capital right after a visit noun is where to; a title right after a person is his own
    ("ويستعد وزير الخارجية الأردني لزيارة موسكو الشهر المقبل.", "AGREE", ["JOR"], ["RUS"]),
    ("التقى نبيل العربي الأمين العام للجامعة العربية المبعوث الأممي إلى سوريا.", "CONSULT", ["ARL"], ["UN"]),
    # a participle of circumstance: its object follows, its doer opened the sentence
    ("وقال وزير الخارجية الأردني إن الهجمات مستمرة، مناشدا مجلس الأمن التدخل العاجل.", "REQUEST", ["JOR"],
     ["UN"]),
    # an office named without its country is the known person's after it
    ("يبحث وزير الخارجية عادل الجبير مع نظيره الألماني العلاقات الثنائية.", "CONSULT", ["SAU"], ["DEU"]),
    # whose weapon it was is no one struck
    ("واستهدف الجيش التركي مواقع حزب العمال الكردستاني بصواريخ أمريكية.", "ASSAULT", ["TUR"], ["PKK"]),
])
def test_who_did_it_to_whom(pipeline: marsad.Pipeline, text: str, kind: str, actor: list[str],
                            recipient: list[str]) -> None:
    event = _first(pipeline, text, "2015-08-04", kind)
    assert (_mains(event.actor), _mains(event.recipient)) == (set(actor), set(recipient))


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # who announces a death did not cause it; when the dead are "his own", he suffered it
    ("أعلن الجيش الأمريكي مقتل اثنين من جنوده، وإصابة ثلاثة، في هجوم انتحاري شمال بغداد.", [], ["USA"]),
    ("أعلنت حركة طالبان مقتل عشرة من مقاتليها في غارة أمريكية.", ["USA"], ["TAL"]),
    ("أعلنت مصادر أمنية عراقية أمس مقتل أربعة أشخاص في انفجار سيارة مفخخة وسط بغداد.", [], ["IRQ"]),
    # but who announces a killing did it (to the gunmen, counted in the singular and placed in Waziristan)
    ("أعلن الجيش الباكستاني قتل 20 مسلحا في وزيرستان.", ["PAK"], ["PAK"]),
])
def test_an_announced_death(pipeline: marsad.Pipeline, text: str, actor: list[str], recipient: list[str]) -> None:
    attack = _first(pipeline, text, "2008-03-01", "ASSAULT")
    assert _mains(attack.actor) == set(actor)
    assert _mains(attack.recipient) == set(recipient)


@pytest.mark.parametrize("text", [
    # a masculine relative does not describe the feminine noun before it, and an act after بعد/قبل is
    # when the clause's act happened, not what its antecedent did
    "طرحت الصحف أمس اسم عمر كرامي المقرب من المعارضة اللبنانية الذي قدم استقالته بعد اغتيال الحريري أمس.",
    "هاجم مفجرون سياسيين بينهم زعيمة المعارضة الباكستانية بي نظير بوتو التي اغتيلت في هجوم بالأسلحة أمس.",
])
def test_no_opposition_killed_anyone(pipeline: marsad.Pipeline, text: str) -> None:
    doc = pipeline.process(marsad.read_text(text, date="2008-01-01"))
    assert not [e for e in doc.events if any(a.endswith(":OPP") for a in e.actor)], \
        [(e.type, e.actor, e.recipient) for e in doc.events]


@pytest.mark.parametrize(("text", "not_actor"), [
    # who is told to brace for shelling does not shell (ل before a perfect form makes it a noun)
    ("دعا جنرال احتياطي أمس إسرائيل للاستعداد للتعرض لقصف بالصواريخ إذا اندلع نزاع جديد.", "ISR"),
    # the target of a relative clause's verb with no pronoun for its antecedent
    ("قال النائب إن الانفجار الذي استهدف الجيش اللبناني في طرابلس حصل بعد ساعات.", "LBN"),
    # the speaker before إن does not do the violence he tells of
    ("قال مسؤولون في المخابرات الباكستانية إن مقاتلا قتل بعدما أطلقت طائرة صاروخا على منطقة قبلية.", "PAK"),
    ("أعلنت القنصلية الأفغانية أن مجهولين خطفوا أمس القنصل الأفغاني في بيشاور شمال غرب باكستان وقتلوا سائقه.",
     "AFG"),
    # nor is a place right before و + verb its subject
    ("أعلنت القنصلية الأفغانية أن مجهولين خطفوا أمس القنصل الأفغاني في بيشاور شمال غرب باكستان وقتلوا سائقه.",
     "PAK"),
])
def test_not_the_attacker(pipeline: marsad.Pipeline, text: str, not_actor: str) -> None:
    doc = pipeline.process(marsad.read_text(text, date="2008-01-01"))
    assert not [e for e in doc.events if e.type == "ASSAULT" and not_actor in _mains(e.actor)], \
        [(e.type, e.actor, e.recipient) for e in doc.events]


@pytest.mark.parametrize(("text", "demonstrations"), [
    # what the protesters of a demonstration already coded do once out is part of it
    ("تظاهر آلاف الطلاب في الخرطوم أمس احتجاجا على رفع أسعار الخبز. وسار المتظاهرون نحو القصر الرئاسي "
     "ورشقوا الشرطة بالحجارة.", 1),
    ("تظاهر آلاف أمام السفارة الإسرائيلية في القاهرة، وقام المتظاهرون بإحراق الأعلام الإسرائيلية.", 1),
    # with no demonstration told before, the act is its only record
    ("وسار المتظاهرون نحو القصر الرئاسي في الخرطوم ورشقوا الشرطة بالحجارة.", 1),
    # counted protesters, or protesters going out, are a demonstration of their own
    ("تظاهر آلاف الطلاب في الخرطوم أمس. ورشق مئات المتظاهرين الشرطة بالحجارة في أم درمان.", 2),
    ("تظاهر آلاف الطلاب في الخرطوم أمس. ونزل المتظاهرون إلى شوارع أم درمان اليوم.", 2),
])
def test_one_demonstration_one_event(pipeline: marsad.Pipeline, text: str, demonstrations: int) -> None:
    doc = pipeline.process(marsad.read_text(text, date="2015-08-04"))
    protests = [e for e in doc.events if e.type == "PROTEST"]
    assert len(protests) == demonstrations, [(doc.text[e.trigger.start : e.trigger.end], e.cameo) for e in protests]


@pytest.mark.parametrize(("text", "recipient"), [
    ("تظاهر حوالي خمسة آلاف شخص أمس في بيشاور ضد الناتو.", ["NATO"]),
    ("سار آلاف المتظاهرين في أثينا حتى السفارة الإسرائيلية.", ["ISR"]),
    ("انطلقت مسيرات في المخيمات الفلسطينية في لبنان استنكارا لحرق المستوطنين الإسرائيليين منزلا.", ["ISR"]),
    ("أضرب العرب في إسرائيل أمس احتجاجا على رفض القضاء الإسرائيلي ملاحقة شرطيين.", ["ISR"]),
])
def test_what_a_demonstration_is_against(pipeline: marsad.Pipeline, text: str, recipient: list[str]) -> None:
    assert _mains(_first(pipeline, text, "2015-08-01", "PROTEST").recipient) == set(recipient)


@pytest.mark.parametrize(("text", "polarity"), [
    ("نفى الجيش السوداني قصف مخيم للنازحين في دارفور.", "negated"),
    ("نفت وزارة الخارجية المغربية، الأحد، صحة أنباء عن طرد السفير الجزائري.", "negated"),
    ("نفى الوزير الشائعات، لكن الحكومة الأمريكية فرضت عقوبات على الشركة.", "asserted"),  # contrast ends it
])
def test_a_denied_act_is_negated(pipeline: marsad.Pipeline, text: str, polarity: str) -> None:
    doc = pipeline.process(marsad.read_text(text, date="2023-01-01"))
    assert doc.events, "an event should be coded"
    assert doc.events[-1].polarity == polarity


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("جرت محادثات بين الأردن والعراق في عمّان أمس.", ["JOR", "IRQ"], []),   # between two parties: both act
    ("أجرت مصر محادثات مع السودان في القاهرة.", ["EGY"], ["SDN"]),          # an actor named: بين not needed
])
def test_talks_between_two_parties(pipeline: marsad.Pipeline, text: str, actor: list[str],
                                   recipient: list[str]) -> None:
    doc = pipeline.process(marsad.read_text(text, date="2023-01-01"))
    [event] = [e for e in doc.events if e.type == "CONSULT"]
    assert event.actor == actor and event.recipient == recipient


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("قُتل تسعة أشخاص على الأقل في غارة جوية على سوق في الفاشر.", [], ["SDN:CVL"]),  # damma: passive
    ("قتل 12 مدنيا في قصف على حلب.", [], ["SYR:CVL"]),          # a number and civilians: the victims
    ("قتل الجيش السوداني تسعة مسلحين في الفاشر.", ["SDN:MIL"], ["SDN:REB"]),  # a named killer stays the actor
    # a count of people before a killing verb with no object: the victims ("قُتلوا", unwritten)
    ("وأوضحت قيادة العمليات أن 7 عناصر من تنظيم داعش قتلوا وجرح أربعة آخرون.", [], ["ISIS"]),
    # how the subject died says it was killed: "قتل حرقا"
    ("وكان الطفل الفلسطيني قتل حرقا في منزله.", [], ["PSE"]),
])
def test_victims_after_a_killing_verb(pipeline: marsad.Pipeline, text: str, actor: list[str],
                                      recipient: list[str]) -> None:
    doc = pipeline.process(marsad.read_text(text, date="2023-01-01"))
    first = doc.events[0]
    assert (first.type, first.actor, first.recipient) == ("ASSAULT", actor, recipient)


@pytest.mark.parametrize(("text", "types"), [
    ("تجمع أمس نحو ألف طالب مصري أمام جامعة القاهرة.", set()),        # after a number: students
    ("طالب النواب الأردنيون الحكومة بطرد السفير.", {"REQUEST"}),      # the verb
])
def test_a_verb_form_after_a_number_is_a_noun(pipeline: marsad.Pipeline, text: str, types: set[str]) -> None:
    doc = pipeline.process(marsad.read_text(text, date="2023-01-01"))
    assert "REQUEST" not in {e.type for e in doc.events} or types == {"REQUEST"}
    assert types <= {e.type for e in doc.events}


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("الرئيس المصري يزور السعودية غدا في أول زيارة رسمية.", ["EGY:GOV"], ["SAU"]),   # subject, then verb
    ("وقالت الخارجية إن مصر تدعم الحكومة الليبية.", ["EGY"], ["LBY:GOV"]),         # after إن
    ("يزور الرئيس المصري السعودية غدا.", ["EGY:GOV"], ["SAU"]),                    # verb first
])
def test_subject_before_or_after_the_verb(pipeline: marsad.Pipeline, text: str, actor: list[str],
                                          recipient: list[str]) -> None:
    doc = pipeline.process(marsad.read_text(text, date="2023-01-01"))
    first = doc.events[0]
    assert (first.actor, first.recipient) == (actor, recipient)


def test_a_possessive_suffix_names_the_agent(pipeline: marsad.Pipeline) -> None:
    text = "التقى رئيسا الوزراء الهندي والباكستاني في موسكو أثناء زيارتهما روسيا."
    doc = pipeline.process(marsad.read_text(text, date="2023-01-01"))
    visit = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "زيارتهما")
    assert visit.actor and "RUS" not in visit.actor and visit.recipient == ["RUS"]


def test_his_country_before_a_negated_verb(pipeline: marsad.Pipeline) -> None:
    text = "وقال وزير الدفاع التركي إن بلاده لن ترسل قوات برية إلى العراق."
    doc = pipeline.process(marsad.read_text(text, date="2023-01-01"))
    [event] = [e for e in doc.events if e.type == "MOBILIZE"]
    assert event.actor == ["TUR"] and event.polarity == "negated"


@pytest.mark.parametrize(("text", "expected"), [
    ("رفضت وزارة الخارجية الفرنسية تأكيد التقارير عن صفقة الأسلحة.", []),                  # declined comment
    ("رفض الرئيس السوداني أن تكون بلاده قد دعمت المتمردين في تشاد.", [("SUPPORT", "negated")]),  # a denial
    ("رفضت الحكومة المصرية المقترح الإثيوبي.", [("REJECT", "asserted")]),                # a real rejection
])
def test_refusals_that_are_denials_or_no_comment(pipeline: marsad.Pipeline, text: str,
                                                  expected: list[tuple[str, str]]) -> None:
    doc = pipeline.process(marsad.read_text(text, date="2023-01-01"))
    assert [(e.type, e.polarity) for e in doc.events] == expected


@pytest.mark.parametrize("text", [
    "ذكرت باكستان أن أربعة مدنيين قتلوا في قصف هندي على كشمير.",
    "نفى الرئيس التركي الاتهامات بأن تركيا تساعد تنظيم داعش.",
])
def test_what_an_actor_says_happened_is_quoted(pipeline: marsad.Pipeline, text: str) -> None:
    doc = pipeline.process(marsad.read_text(text, date="2023-01-01"))
    assert doc.events and all(e.attribution == "quoted" for e in doc.events if e.type in ("ASSAULT", "AID"))


@pytest.mark.parametrize(("text", "aux"), [
    ('وقال دبلوماسي إن روسيا "من المرجح" أن تستخدم حق النقض.', "hypothetical"),  # a likelihood
    ("من المحتمل أن تفرض واشنطن عقوبات على طهران.", "hypothetical"),
    ("فرضت واشنطن عقوبات على طهران.", "actual"),
])
def test_likelihood_is_hypothetical(pipeline: marsad.Pipeline, text: str, aux: str) -> None:
    doc = pipeline.process(marsad.read_text(text, date="2023-01-01"))
    assert doc.events and doc.events[-1].aux == aux


# a type that is no event in the sentence ("ASSAULT"), or that is one event, not two ("PROTEST+")
@pytest.mark.parametrize(("text", "absent"), [
    # an aim is not an act: only the investigation is coded, not the arrest it aims at
    ("وبدأت الشرطة التركية عملية تحقيق بهدف القبض على منفذي الهجوم.", "COERCE"),
    # aid that arrives is no visit
    ("وصلت مساعدات كويتية جديدة إلى مدينة عدن اليوم.", "CONSULT"),
    # the purpose of a gathering is the same demonstration, coded once
    ("تجمع آلاف الأشخاص في إسطنبول للتظاهر احتجاجا على التفجير.", "PROTEST+"),
    # a protest noun naming what the one before it is ("مظاهرات احتجاج"): one demonstration
    ("خرجت مظاهرات احتجاج أمس في مدينة صفاقس التونسية.", "PROTEST+"),
    # a verb describing the attack just named ("غارة استهدفت") is that attack
    ("شنت الطائرات الإسرائيلية غارة استهدفت موقعا لحركة حماس.", "ASSAULT+"),
    ("انتقدت الجامعة العربية التصريحات الأخيرة وعدّتها استفزازا غير مقبول.", "AGREE"),  # عدّ, not وعد
    ("ولا يعد تعليق عضوية النواب سابقة في تاريخ البرلمان الهندي.", "SANCTION"),  # a verbal noun with no one
    ("لوحت الدول الأعضاء بإمكانية إعادة فرض عقوبات على إيران.", "SANCTION"),  # the content of a threat
    ("رفضت الحكومة الألمانية فرض عقوبات جديدة على روسيا.", "SANCTION"),  # what was refused
    # going somewhere is a visit when it says where to: not an argument, a metaphor or a rough place
    ("وذهب وزير الخارجية الفرنسي إلى أن الحل السياسي ما زال ممكنا.", "CONSULT"),
    ("وقال الجيش الأردني إن الجنود وصلوا إلى منطقة وعرة قرب الحدود.", "CONSULT"),
    # deaths and damage from an accident or a disaster are no one's attack
    ("قتل ثلاثة أشخاص في حادث سير على طريق الرياض.", "ASSAULT"),
    ("أسفرت الفيضانات عن مقتل خمسة أشخاص في باكستان.", "ASSAULT"),
    # (nor by the country "البلاد" stands for)
    ("أعلنت الهند حالة الطوارئ في ثلاث ولايات. وقتل 40 شخصا في الفيضانات الأخيرة في البلاد.", "ASSAULT"),
    # a helicopter crash
    ("أعلنت مصادر رسمية أفغانية مقتل تسعة جنود في تحطم مروحية عسكرية.", "ASSAULT"),
    # a career is no march, preempting is no road block, a road closed by officials is no protest
    ("وبدأ اللاعب البرتغالي مسيرته مع نادي سبورتينغ لشبونة.", "PROTEST"),
    ("وتسعى الرياض إلى قطع الطريق على أي تقارب إيراني روسي.", "PROTEST"),
    ("وألغى المسؤولون الأمريكيون أوامر الإخلاء وإغلاق الطرق في كاليفورنيا.", "PROTEST"),
    # nor an epidemic's
    ("وأسفر تفشي داء الفيالقة في نيويورك عن مقتل عشرة أشخاص أمريكيين.", "ASSAULT"),
    # receiving condolences is mourning, not hosting a visit; a telephone interview is no diplomacy
    ("واستقبل والد الشهيد السعودي المعزين في منزله بالرياض.", "CONSULT"),
    ("وأكد المتحدث باسم الشرطة السعودية في اتصال هاتفي لـ«الشرق الأوسط» أن التحقيقات مستمرة.", "CONSULT"),
    # a coach asking a player to stay is sport, not diplomacy; aid that arrives is no visit
    ("وكان مدرب الفريق الجديد الإيطالي طلب من اللاعب البقاء لموسم جديد في النادي.", "REQUEST"),
    ("وقال إن المساعدات الإغاثية التي تصل إلى اليمن توزع بإشراف الحكومة.", "CONSULT"),
    # a form with a nationality adjective after it is a noun: a student, not "he demanded"
    ("لقي طالب سعودي مصرعه أمس داخل حرم جامعة أمريكية.", "REQUEST"),
    # a prayer is no request
    ("وهنأ السفير القيادة بحلول العيد، داعياً الله أن يحفظ المملكة وأمنها.", "REQUEST"),
    # استهدف with a goal after it means "aims at"
    ("وأشار الوزير الأردني إلى إصلاحات هيكلية تستهدف توفير فرص العمل للشباب.", "ASSAULT"),
    ("وقال الوزير إن المؤامرة تستهدف الإطاحة بالحكومة العراقية.", "ASSAULT"),
    # a sociologist holds no meeting
    ("ويؤكد ذلك نظرية المفكر وعالم الاجتماع الفرنسي بيير بورديو.", "CONSULT"),
    # what a court or a hospital receives is no guest
    ("واستقبلت المحاكم السعودية نحو مئة دعوى ضد جهات حكومية.", "CONSULT"),
    ("وقال مدير المستشفى السوري إنه استقبل جثامين تسعة مدنيين سوريين.", "CONSULT"),
    # an occupier named by a noun is no act of occupying; keeping silent and pretending are no protest
    ("ودعت حركة الجهاد الإسلامي الشبان إلى التصعيد حتى يرحل آخر جندي احتلال عن الأراضي الفلسطينية.", "COERCE"),
    ("واكتفت الحكومة الأردنية بالتعليق على التقرير، بينما اعتصمت الخارجية السورية بالصمت.", "PROTEST"),
    ("وقال المحامي المصري إن موكله تظاهر بالمرض لينقل إلى المستشفى.", "PROTEST"),
    # a blessing after a ruler's name, a danger faced, a student
    ("ورفع الوزير الأردني شكره لملك البحرين – أيده الله – على دعمه.", "SUPPORT"),
    ("وقالت منظمات حقوقية في رسالة إلى الرئيس الأمريكي إن البلدين يواجهان تهديدات أمنية متزايدة.", "THREATEN"),
    ("وفاز فريق يقوده أحمد، طالب الطب المصري، بجائزة الابتكار.", "REQUEST"),
    # يتحدون مع: they unite with (يتّحدون), not they defy (يتحدّون)
    ("وقال الباحث إن أكراد إيران يتحدون مع أكراد العراق في اللغة والمذهب.", "REJECT"),
    # demand in the economic sense
    ("وتراجعت أسعار النفط بسبب تباطؤ الطلب من الصين والهند.", "REQUEST"),
    # a tally of arrests, and a lifting of sanctions that imposes none
    ("وشهدت تلك الفترة عددا من حالات اعتقال جماعات من الجزائريين والتونسيين على الحدود.", "COERCE"),
    ("ورفعت الولايات المتحدة عقوباتها عن كوبا بعد نصف قرن.", "SANCTION"),
    ("ورفعت الولايات المتحدة عقوباتها عن كوبا بعد نصف قرن.", "RETREAT+"),
    # ل before a perfect form makes another word: "لغزا" is a riddle, not "غزا" (invaded)
    ("وظلت هذه الظاهرة تشكل لغزا للأطباء الألمان لفترة طويلة.", "ASSAULT"),
    # what someone wanted to do is an intent (the claims stage's), not an act
    ("واعتقلت الشرطة البريطانية شابين قالت إنهما أرادا خطف جندي بريطاني.", "ASSAULT"),
])
def test_readings_that_are_no_event_or_one(pipeline: marsad.Pipeline, text: str, absent: str) -> None:
    events = pipeline.process(marsad.read_text(text, id="x", date="2015-08-01")).events
    kind = absent.rstrip("+")
    count = sum(e.type == kind for e in events)
    assert count == (1 if absent.endswith("+") else 0), [(e.type, e.cameo) for e in events]


def test_the_toll_of_an_attack_is_its_victims() -> None:
    doc = marsad.load_pipeline().process(marsad.read_text(
        "قصفت الطائرات الروسية سوقا شعبيا في إدلب مما أدى إلى مقتل 20 مدنيا سوريا.", id="x", date="2019-07-22"))
    assert [(e.type, e.actor, e.recipient) for e in doc.events] == [("ASSAULT", ["RUS"], ["SYR:CVL"])]


def test_a_state_acting_in_protest_is_no_demonstration(pipeline: marsad.Pipeline) -> None:
    doc = pipeline.process(marsad.read_text("استدعت تركيا سفيرها في فيينا احتجاجا على تصريحات المستشار النمساوي.",
                                            id="x", date="2015-07-30"))
    assert "PROTEST" not in {e.type for e in doc.events}


@pytest.mark.parametrize("text", [
    "قالت الشرطة الأمريكية إنها اعتقلت 190 متظاهرا مناهضا للحرب.",  # counted protesters are the arrested
    "ووقعت مواجهات بين الشرطة والمتظاهرين عندما قتل متظاهر في المدينة.",  # the killed protester
    "وقتل الأمن المتظاهرين في الشوارع.",  # after a killing verb protesters are its victims
])
def test_violence_against_protesters_is_no_demonstration(pipeline: marsad.Pipeline, text: str) -> None:
    events = pipeline.process(marsad.read_text(text, id="x", date="2008-01-01")).events
    assert "PROTEST" not in {e.type for e in events}, [(e.type, e.actor) for e in events]



def test_a_relative_clause_verb_has_its_antecedent_as_subject(pipeline: marsad.Pipeline) -> None:
    # "الذي استهدف": the explosion targeted the mosque, not the parliament that condemned it
    doc = pipeline.process(marsad.read_text("ندد البرلمان العربي بالتفجير الذي استهدف مسجدا في مدينة أبها السعودية.",
                                            date="2015-08-08"))
    assert [e.actor for e in doc.events if e.type == "ACCUSE"] == [["ARL:LEG"]]
    assert not [e for e in doc.events if e.type == "ASSAULT" and e.actor]


def test_the_verb_describing_an_attack_is_not_its_victim_acting(pipeline: marsad.Pipeline) -> None:
    # "بضربة جوية استهدفت مقرهم": the strike targeted the Islamic State's fighters; they did not attack
    doc = pipeline.process(marsad.read_text(
        "أعلنت القيادة العراقية عن مقتل عشرة من عناصر تنظيم داعش بضربة جوية استهدفت مقرهم جنوبي الرمادي.",
        date="2015-07-31"))
    assert not [e for e in doc.events if e.type == "ASSAULT" and "ISIS" in e.actor]


def test_a_verb_describing_an_attack_told_with_its_doer_is_that_attack(pipeline: marsad.Pipeline) -> None:
    # "هجوما للمقاومة الشعبية استهدف نقطة تفتيش": one attack, not a second with no doer; the attack coded first
    # gets the verb's target, and its gloss names it
    doc = pipeline.process(marsad.read_text(
        "وشهدت المدينة هجوما عنيفا للمقاومة الشعبية استهدف نقطة تفتيش تابعة للحوثيين أمام المعسكر.",
        date="2015-08-01"))
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert [(e.actor, e.recipient) for e in attacks] == [(["YEM:REB"], ["HOU"])]
    assert attacks[0].gloss_en is not None and " -> Houthis" in attacks[0].gloss_en, attacks[0].gloss_en


@pytest.mark.parametrize(("text", "kind", "side", "code"), [
    # "اتهام الصحفيين الأمريكيين المقيمين في القاهرة بالتجسس": the journalists are accused, past their
    # description and where they live, of the charge after it
    ("وتسعى السلطات إلى التضييق على الإعلام من خلال اتهام الصحفيين الأمريكيين المقيمين في القاهرة بالتجسس.",
     "ACCUSE", "actor", "USA:MED"),
    # the genitive of استقبال/استضافة is the guest, also when only its nationality is known
    ("وأعلنت وزارة الصحة التونسية استعدادها لاستقبال الجرحى الليبيين في مستشفياتها.", "CONSULT", "actor", "LBY"),
    ("وأشادت الحكومة بدور المغرب في استضافة الأطراف الليبية المتحاورة.", "CONSULT", "actor", "LBY"),
    # "منع الحوثيون كل أنواع التظاهر أو الاعتصام": who banned demonstrations did not demonstrate
    ("وغابت مشاركة المواطنين تماما في المظاهرة، إذ منع الحوثيون منذ أشهر كل أنواع التظاهر أو الاعتصام السلمي في "
     "صنعاء.", "PROTEST", "actor", "HOU"),
    # a state after ب is where the asker is, not whom a demand is made of
    ("طالبت هيئة كبار العلماء بالسعودية بإنزال أقصى العقوبات بمرتكبي الجرائم.", "REQUEST", "recipient", "SAU"),
    ("وطالب عضو جمعية حقوق الإنسان بالسعودية وزارة العمل بحماية العمال.", "REQUEST", "recipient", "SAU"),
    # the owner of what an act is about, after the act's preposition, is not its doer
    ("وتزايدت في المدينة المطالبة بانسحاب تنظيم القاعدة منها.", "REQUEST", "actor", "QAE"),
    ("واستخدمت الحكومة الإيرانية الموانئ لتصدير الأسلحة في انتهاك لقرارات مجلس الأمن الدولي.", "REJECT", "actor",
     "UN"),
    ("وانتشرت في البلاد دعوات التنديد بممارسات النظام الإيراني.", "ACCUSE", "actor", "IRN:GOV"),
])
def test_a_name_that_is_not_the_doer_or_the_target(pipeline: marsad.Pipeline, text: str, kind: str, side: str,
                                                   code: str) -> None:
    doc = pipeline.process(marsad.read_text(text, date="2015-08-01"))
    assert not [e for e in doc.events if e.type == kind and code in _mains(getattr(e, side)) | set(getattr(e, side))]


@pytest.mark.parametrize("text", [
    "وقالت الشرطة العراقية إن المظاهرات انطلقت في بغداد.",
    "وأكد مدير شرطة محافظة دهوك أن المظاهرات جرت بحرية تامة.",
])
def test_who_says_demonstrations_took_place_did_not_demonstrate(pipeline: marsad.Pipeline, text: str) -> None:
    doc = pipeline.process(marsad.read_text(text, date="2015-08-01"))
    assert [e for e in doc.events if e.type == "PROTEST"]
    assert not [e for e in doc.events if e.type == "PROTEST" and any(a.endswith(":COP") for a in e.actor)]


def test_an_actor_the_text_hedges_is_marked_and_less_sure(pipeline: marsad.Pipeline) -> None:
    # "يرجح أنها أميركية": the text's own attribution is kept (the actor, its span with the hedge), but the
    # gloss says so and the confidence is lower than for the same act told plainly
    hedged = _first(pipeline, "وأطلقت طائرة بدون طيار، يرجح أنها أميركية، صاروخين على سيارة في مأرب.", "2015-08-01",
                    "ASSAULT")
    plain = _first(pipeline, "وأطلقت طائرة بدون طيار أميركية صاروخين على سيارة في مأرب.", "2015-08-01", "ASSAULT")
    assert hedged.actor == plain.actor == ["USA:MIL"]
    assert "believed" in hedged.gloss_en and "believed" not in plain.gloss_en
    assert hedged.confidence < plain.confidence


def test_violent_crowd_acts_are_riots(pipeline: marsad.Pipeline) -> None:
    """Stoning or smashing by protesters is a violent protest (145), marching a demonstration (141); tear gas
    is what is done to protesters, never their riot."""
    stoned = _first(pipeline, "ورشق المتظاهرون الأردنيون قوات الدرك بالحجارة قرب الدوار الرابع.", "2015-08-01",
                    "PROTEST")
    assert stoned.cameo == "145" and _mains(stoned.actor) == {"JOR"}
    marched = _first(pipeline, "وسار المتظاهرون الأردنيون في شوارع عمان.", "2015-08-01", "PROTEST")
    assert marched.cameo == "141"
    doc = pipeline.process(marsad.read_text(
        "وتدخلت قوات مكافحة الشغب المصرية لتفريق المتظاهرين وأطلقوا الغازات المسيلة للدموع.", date="2015-08-01"))
    assert [e.cameo for e in doc.events if "الغازات" in doc.text[e.trigger.start : e.trigger.end]] == ["175"]


def test_a_demonstration_that_turned_violent_is_a_riot(pipeline: marsad.Pipeline) -> None:
    """"تحولت المظاهرات … إلى مواجهات/أعمال عنف": a demonstration that turned violent is 145, one that did not
    stays 141."""
    turned = _first(pipeline, "وتحولت المظاهرات في البصرة إلى مواجهات عنيفة مع قوات الأمن.", "2015-08-01",
                    "PROTEST")
    assert turned.cameo == "145" and _mains(turned.actor) == {"IRQ"}
    calm = _first(pipeline, "وتحولت المظاهرات في البصرة إلى اعتصام مفتوح أمام مبنى المحافظة.", "2015-08-01",
                  "PROTEST")
    assert calm.cameo != "145"


def test_a_place_named_by_its_part_locates_acts_of_force(pipeline: marsad.Pipeline) -> None:
    """"في وسط بغداد", "بشوارع القاهرة", "في شمال العراق": the place after a part of it (a quarter, the streets,
    a direction) governed by في or ب is where an act of force or a demonstration happened; a condemnation does
    not take it (it is the place of what is condemned)."""
    bombing = _first(pipeline, "وانفجرت سيارة مفخخة في وسط بغداد أمس.", "2015-08-01", "ASSAULT")
    assert bombing.location is not None and bombing.location["name"] == "بغداد"
    march = _first(pipeline, "وسار المتظاهرون المصريون في شوارع القاهرة أمس.", "2015-08-01", "PROTEST")
    assert march.location is not None and march.location["name"] == "القاهرة"
    doc = pipeline.process(marsad.read_text("ودانت الجامعة العربية القصف التركي في شمال العراق.", date="2015-08-01"))
    condemned = [e for e in doc.events if e.type == "ACCUSE"]
    assert condemned and condemned[0].location is None


@pytest.mark.parametrize("text", [
    "وعقدت مصر والولايات المتحدة أول حوار استراتيجي بينهما منذ 2009.",
    "وقتلت جماعة بوكو حرام أكثر من 14 ألف شخص في نيجيريا منذ عام 2009.",
])
def test_a_year_after_since_is_not_when_the_act_happened(pipeline: marsad.Pipeline, text: str) -> None:
    """"منذ 2009": when a time began, not the act's date, nor a sign that the act is long past."""
    doc = pipeline.process(marsad.read_text(text, date="2015-08-01"))
    assert doc.events and all(e.date is None and e.aux != "historical" for e in doc.events), \
        [(e.type, e.date, e.aux) for e in doc.events]
