"""The event coder: triggers + the sentence's actor mentions -> coded events with their evidence.

For each trigger in a sentence:

- **arguments**: a verb's subject is the first unprepositioned mention right after it (verb first) or the
  nearest one before it in its clause (subject first); coordinated mentions (``X، وكذلك Y``) join it. The
  recipient is the next mention after the verb and its subject, bare or after مع إلى على ضد لـ بـ من عن لدى.
  A verbal noun's agent is its genitive (``زيارة الرئيس الروسي``) or, after a light verb (``بدأت … في
  رفض``، ``تقوم ببناء``), that verb's subject; for acts done *to* someone (arrest, attack, release ...) the
  genitive is the recipient. A passive (``تمّ إلغاء``) takes its agent from the source the sentence cites
  (``نقلاً عن وزارة الدفاع``). A verb coordinated with an earlier one (``أوقفت قرغيزستان …، وزادت …``) shares
  its subject; a pronoun suffix (``معهما``) points back to the previous recipients. Inside a quotation,
  ``نحن``/a missing subject is the speaker. No argument found -> an empty list, never a default.
- **polarity**: لم لن لا ما ليس غير عدم دون just before the trigger -> negated (رفض is REJECT, not negation).
- **aux**: future (سـ، سوف، لن، من المقرر، يعتزم …), hypothetical (إذا، لو، في حال، قد + imperfect).
- **attribution**: inside a quotation or after a verb of saying -> quoted; in a commentary section, the
  author's own statement -> author; otherwise reported.
- the **content of a demand, threat, promise or refusal** (``طالب بعدم السماح … بالمشاركة``) is not an
  event of its own; nor is anything in a question, an aim (``بهدف القبض على``), a purpose after the act it
  serves, or the toll of an attack already coded (``مما أدى إلى مقتل``).
- **crowds** (``data/events/crowds.tsv``): demonstrations and attacks by people the text places in no
  country (``تظاهر نحو ألفي شخص``، ``هاجم مسلحون``) are kept, with the nationality in the crowd's phrase or
  the place's country when the sentence gives one, else with an empty actor list; what protesters do
  (``سار``، ``تجمع``، ``أحرق``) or do ``احتجاجا`` is a demonstration.
- **anchoring**: a verbal noun of violence or protest is coded only when the sentence reports the act, not
  merely names it: a verb of occurring or suffering (``اندلعت مظاهرات``، ``تعرض لهجوم``), a count of
  victims, victims who fell in it, a news time, or an attribution (``الذي نسب إلى``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cache

from marsad.actors.matcher import COUNT_WORDS, DEMONSTRATIVES, HEDGE_VERBS, guessed_country
from marsad.actors.names import mains
from marsad.events.dates import MONTHS, DateMention, find_dates, infer_year
from marsad.events.lexicon import CROWD_CAMEO, Cameo, EventLexicon, Trigger
from marsad.events.triggers import FUNCTION_WORDS, GOD_IN_NAMES, VERB_PREFIXES, TriggerHit, TriggerMatcher, verb_like
from marsad.model import Document, Event, Mention, PlaceMention, Span
from marsad.text.normalize import NormalizedText, normalize_key
from marsad.text.weapons import weapon_word

NEGATORS = frozenset(normalize_key(w) for w in ("لم", "لن", "لا", "ما", "ليس", "ليست", "غير", "عدم", "دون", "بدون",
                                                 "بعدم", "وعدم", "ولم", "ولن", "ولا", "فلم", "فلن", "فلا", "لما"))
# Verbs of denial: "نفت الوزارة إلغاء القمة", "نفى الجيش قصف المدينة" report that the act did not happen.
DENIALS = frozenset(normalize_key(w) for w in (
    "نفى", "نفت", "ينفي", "تنفي", "نفوا", "ينفون", "نافيا", "نافية", "كذب", "كذبت", "دحض", "دحضت"))
DENIAL_REACH = 12  # words between the denial and the act it denies
# a document with this many different words of sport is a sports article (counted on a corpus day: at four, all
# but a handful of such documents were about sport, and those few had no meetings or agreements to lose)
SPORTS_ARTICLE = 4
# "دعا": to call on someone, or to pray; "الله"/"المولى" as its object (past a long subject) make it a prayer
PRAYING = frozenset(normalize_key(w) for w in ("دعا", "دعت", "يدعو", "تدعو", "داعيا", "دعوا", "ندعو", "أدعو",
                                               "يدعون", "داعين"))
_PRAYED_TO = re.compile(r"(?:^|\s)(\S+)\s+(?:الله|المولي|ربه|ربها)(?=\s+(?:عز|تعالي|سبحانه|جل|ان|بان|العلي|القدير)\b)")
# nouns of opposition heading a construct: "خصوم دمشق" are not Damascus
OPPONENTS = frozenset(normalize_key(w) for w in ("خصوم", "أعداء", "معارضو", "معارضي", "منتقدو", "منتقدي",
                                                 "منافسو", "منافسي", "خصم", "عدو", "أعدى"))
# heads of a title whose mention is the body they head ("رئيس مجلس الأمة الكويتي" is KWT:LEG)
TITLE_HEADS = frozenset(normalize_key(w) for w in ("رئيس", "نائب", "وزير", "أمين", "مدير", "سفير", "مندوب",
                                                   "ممثل", "قائد", "زعيم", "متحدث", "مستشار", "عضو", "أعضاء"))
# phrases that open a sentence before its verb ("من جهته، أكد …")
SENTENCE_OPENERS = tuple(tuple(normalize_key(p).split()) for p in (
    "من جهته", "من جهتها", "من جانبه", "من جانبها", "من ناحيته", "من ناحيتها", "إلى ذلك", "الى ذلك", "وإلى ذلك",
    "في غضون ذلك", "وفي غضون ذلك", "في المقابل", "وفي المقابل", "بدوره", "بدورها", "في السياق ذاته",
    "وفي السياق ذاته", "في هذا السياق", "وفي هذا السياق", "كذلك", "كما", "من جهة أخرى", "ومن جهة أخرى"))
# "وصف الهجوم بأنه عمل إرهابي": after these, an act noun names what something is called
DESCRIBED_AS = frozenset(normalize_key(w) for w in ("بأنه", "بأنها", "بأنهم", "بأنهما", "بانه", "بانها", "بوصفه",
                                                    "بوصفها", "باعتباره", "باعتبارها", "بمثابة", "بكونه", "بكونها"))
_PATIENT_PREPS = frozenset(normalize_key(w) for w in ("على", "ضد", "بحق"))
# what a court, a hospital or an office receives, which is no visit
RECEIVED_THINGS = frozenset(normalize_key(w) for w in (
    "طلبات", "طلب", "دعاوى", "دعوى", "شكاوى", "شكوى", "بلاغات", "بلاغ", "اتصالات", "رسائل", "رسالة", "مكالمات",
    "جثامين", "جثث", "جثة", "جثمان", "جرحى", "مصابين", "مصابا", "حالات", "حالة", "مرضى", "مريضا", "شحنة", "شحنات",
    "ملفات", "ملف", "معاملات", "معاملة", "قضايا", "قضية", "استفسارات", "ملاحظات", "مقترحات", "تبرعات",
    "زبائن", "زبائنه", "زبائنها", "الزبائن", "عملاءه", "عملاءها", "العملاء",  # a shop's customers are no guests
    # nor is a port's ship or cargo ("ميناء بورتسودان استقبل الشهر الماضي سفينة أميركية عملاقة")
    "سفينة", "سفن", "باخرة", "بواخر", "ناقلة", "ناقلات", "حاويات", "أطنان", "رحلة", "رحلات", "طائرة", "طائرات",
    # nor are a city's tourists or an office's applicants ("تستقبل السائحين عبر مطارها الدولي")
    "سياح", "سائحين", "زوار", "زائرين", "راغبين", "متقدمين", "مراجعين"))
# what is hosted that is no meeting of states: "المخيم الكشفي العالمي الذي تستضيفه اليابان", "الأولمبياد
# الخليجي للرياضيات الذي استضافته الكويت"
HOSTED_SHOWS = frozenset(normalize_key(w) for w in (
    "مخيم", "جامبوري", "أولمبياد", "بطولة", "معرض", "مهرجان", "مسابقة", "سباق", "كأس", "مونديال", "ألعاب",
    "احتفالات", "حفل", "كرنفال"))
# animals killed or culled are no victims of violence (the lion is left out: "الأسد" is Assad as often; so
# are camels and heads of cattle: "جمال" and "رأس" are a name and a head)
ANIMALS = frozenset(normalize_key(w) for w in (
    "دجاجة", "دجاج", "طيور", "أبقار", "بقرة", "ماشية", "مواشي", "أغنام", "خراف", "كلاب", "كلب", "قطط",
    "خنازير", "خنزير", "حيوانات", "حيوان", "فيلة", "أفيال", "ذئاب", "إبل", "خيول", "دواجن"))
# refugees received are given asylum (075), not hosted on a visit (043): "استقبلت الكاميرون أكثر من 50 ألف لاجئ"
REFUGEES = frozenset(normalize_key(w) for w in (
    "لاجئ", "لاجئا", "لاجئين", "لاجئون", "نازح", "نازحا", "نازحين", "نازحون", "مهاجرين", "مهاجرا"))
ASYLUM = "075"
APPROXIMATELY = frozenset(normalize_key(w) for w in ("نحو", "حوالي", "قرابة", "أكثر", "اكثر", "من", "أمس", "امس",
                                                     "اليوم", "خلال"))
CASES_PLURAL = frozenset(normalize_key(w) for w in ("حالات", "لحالات", "بحالات"))
CASES_SINGULAR = frozenset(normalize_key(w) for w in ("حالة",))
REFUSALS = frozenset(normalize_key(w) for w in ("رفض", "رفضت", "يرفض", "ترفض", "رفضوا"))
CONTRASTS = frozenset(normalize_key(w) for w in ("لكن", "ولكن", "بل", "لكنه", "لكنها", "بينما"))
THAT = frozenset(normalize_key(w) for w in ("أن", "بأن"))
BE_FORMS = frozenset(normalize_key(w) for w in ("تكون", "يكون", "يكونوا", "تكونا", "يكونا"))
# what one declines to do when declining to comment (CAMEO 011): "رفضت الوزارة تأكيد التقارير"
DECLINED = frozenset(normalize_key(w) for w in ("تأكيد", "تعليق", "إدلاء", "كشف", "إفصاح", "نفي", "رد"))
FUTURE_CUES = tuple(normalize_key(w) for w in ("سوف", "من المقرر", "من المنتظر", "من المتوقع", "يعتزم", "تعتزم",
                                                "ينوي", "تنوي", "يعتزمون", "يتوقع", "سيتم", "كان من المقرر",
                                                "المقرر", "المزمع", "يزمع", "تزمع", "يستعد", "تستعد", "يستعدون",
                                                # planning: "يخططون لاستهداف ملكة بريطانيا" (not done yet)
                                                "يخطط", "تخطط", "يخططون", "خطط", "خططت", "خططوا"))
# the conditionals, sought ten words back ("متى ما طلبت الوزارة ذلك": whenever it asks)
CONDITIONALS = tuple(normalize_key(w) for w in ("إذا", "إذ ا", "لو", "في حال", "في حالة", "متى ما"))
# "ما" after these is no negation: "إذا ما هاجمت" (if it attacks), "متى ما طلبت" (whenever it asks)
_MA_NOT_NEGATING = frozenset(normalize_key(w) for w in ("إذا", "اذا", "وإذا", "فإذا", "متى", "ومتى", "كل", "وكل",
                                                        "أي", "أينما", "حيث", "بعض", "غير",
                                                        # "وعادة ما تتهم البحرين إيران": how often, no negation
                                                        "عادة", "وعادة", "غالبا", "وغالبا", "كثيرا", "وكثيرا",
                                                        "نادرا", "ونادرا", "سرعان", "وسرعان",
                                                        # "وهو ما ترفضه مصر": what, no negation
                                                        "هو", "وهو", "هي", "وهي", "هذا", "وهذا", "ذلك", "وذلك"))
SAYING = frozenset(normalize_key(w) for w in (
    "قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "تؤكد", "أضاف", "أضافت", "صرح", "صرحت", "أوضح", "أوضحت",
    "اعتبر", "اعتبرت", "يعتبر", "تعتبر", "أشار", "أشارت", "كشف", "كشفت", "زعم", "زعمت", "ادعى", "ادعت", "رأى",
    "رأت", "يرى", "ترى", "شدد", "شددت", "لفت", "لفتت", "نقل", "نقلت", "تابع", "تابعت", "قائلا", "قائلة",
    "مؤكدا", "مؤكدة", "معتبرا", "مشيرا", "مضيفا", "موضحا", "موضحة", "مضيفة", "مشيرة", "لافتا", "لافتة",
    "أفاد", "أفادت", "أعلن", "أعلنت", "يعلن", "تعلن", "ذكر", "ذكرت",
    "يذكر", "تذكر", "نفى", "نفت", "ينفي", "تنفي", "اتهم", "اتهمت", "يتهم", "تتهم",
    "أورد", "أوردت", "يورد", "تورد"))  # ("أوردت وسائل إعلام هندية أن")
PRONOUN_SUBJECTS = frozenset(normalize_key(w) for w in (
    "إنه", "إنها", "أنه", "أنها", "بأنه", "بأنها", "وإنه", "وإنها", "وأنه", "وأنها", "إنهم", "أنهم", "بأنهم", "وإنهم",
    "وأنهم", "لكنه", "ولكنه", "لكنها", "ولكنها", "لكنهم", "ولكنهم"))
DIRECTIONS = frozenset(normalize_key(w) for w in (
    "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "بالقرب", "ضواحي", "أطراف",
    "شمالا", "جنوبا", "شرقا", "غربا", "الحدود", "حدود"))  # "قرب الحدود السورية": where (one word each: it is
# compared with the single word before a name; "شمال شرق بغداد" ends in شرق)
# verbs of media reporting keep the newspaper's voice ("ذكرت وكالة … أن"): reported, not quoted
MEDIA_KINDS = frozenset({"media"})
RECIPIENT_PREPS = frozenset(normalize_key(w) for w in ("مع", "إلى", "الى", "على", "ضد", "لدى", "تجاه", "نحو", "من",
                                                        "عن", "بين", "أمام", "بحق"))  # ("الانتهاكات بحق الصحفيين")
BETWEEN = normalize_key("بين")
# "… بأن تركيا تساعد": a subordinate clause opens after these, its subject first
COMPLEMENTIZERS = frozenset(normalize_key(w) for w in ("أن", "بأن", "وأن", "إن", "وإن", "لأن", "كأن", "فإن"))
MUTUAL_TYPES = frozenset({"AGREE", "SUPPORT", "CONSULT", "COOPERATE"})
OTHER_PREPS = frozenset(normalize_key(w) for w in ("في", "داخل", "خلال", "منذ", "بعد", "قبل", "عبر", "حول", "بسبب",
                                                    "رغم", "لصالح", "باسم", "مثل", "عند", "حتى", "وفق", "حسب",
                                                    "خارج", "بخارج", "بداخل", "بحسب", "وبحسب", "وحسب",
                                                    "وفقا", "طبقا"))  # ("في خارج المملكة": a place; "بحسب
# سكاي نيوز": a source)
_ALL_PREPS = RECIPIENT_PREPS | OTHER_PREPS
# sending: "بعث خادم الحرمين الشريفين برقية تهنئة لملك المغرب" (the sender congratulates)
SENDING = frozenset(normalize_key(w) for w in (
    "بعث", "بعثت", "يبعث", "تبعث", "بعثوا", "أرسل", "أرسلت", "يرسل", "ترسل", "أرسلوا", "أبرق", "أبرقت"))
# trying and managing, light verbs too: "حاولت إيران اتهام السعودية", "تمكنت القوات من اعتقال"
TRYING = frozenset(normalize_key(w) for w in (
    "حاول", "حاولت", "يحاول", "تحاول", "حاولوا", "يحاولون", "استطاع", "استطاعت", "تمكن", "تمكنت", "يتمكن", "تتمكن",
    "تمكنوا", "يتمكنون"))  # (not "تستطيع السلطات اعتقال": what one can do is no act)
LIGHT_VERBS = frozenset(normalize_key(w) for w in (
    "بدأ", "بدأت", "بدأوا", "تبدأ", "يبدأ", "شرع", "شرعت", "واصل", "واصلت", "يواصل", "تواصل", "استمر", "استمرت",
    "قام", "قامت", "يقوم", "تقوم", "يقومون", "يقم", "تقم", "يقوموا", "أجرى", "أجرت", "يجري", "تجري", "شن", "شنت",
    "يشن", "تشن", "نفذ",
    "نفذت", "ينفذ", "تنفذ", "قدم", "قدمت", "يقدم", "تقدم", "أعلن", "أعلنت", "أعلنوا", "قرر", "قررت", "أكمل",
    "أكملت", "باشر", "باشرت", "تولى", "أتم", "أتمت", "عقد", "عقدت", "يعقد", "تعقد", "وجه", "وجهت", "وجهوا", "يوجه",
    "أقدم", "أقدمت", "أقدموا", "نفذوا", "ينفذون", "شنوا", "يشنون", "قاموا", "أجروا", "يجرون", "واصلوا", "يواصلون",
    "شرعوا", "باشروا", "عقدوا", "وجهوا",
    # waging: "تخوض المقاومة الشعبية معارك عنيفة مع الحوثيين"
    "خاض", "خاضت", "خاضوا", "يخوض", "تخوض", "يخوضون", "خاضا", "خاضتا",
    # intending and preparing: "يستعد رئيس البرلمان التونسي لزيارة لندن" (the act is then future)
    "يستعد", "تستعد", "يستعدون", "يعتزم", "تعتزم", "ينوي", "تنوي",
    # duals: "شاحنتان … نفذتا عملية الخطف", "الطرفان أجريا محادثات"
    "نفذتا", "نفذا", "شنتا", "شنا", "قامتا", "قاما", "أجرتا", "أجريا", "عقدتا", "عقدا", "أعلنتا", "أعلنا")) | SENDING \
    | TRYING
# verbs of responding, whose means is the subject's own act ("ردت إسرائيل عبر اغتيال عماد مغنية", "انتقم
# المسلحون بقتل"): light verbs only for a noun after ب, عبر, من خلال
RESPONDING = frozenset(normalize_key(w) for w in (
    "رد", "ردت", "ردوا", "يرد", "ترد", "يردون", "ردتا", "انتقم", "انتقمت", "انتقموا", "ينتقم", "تنتقم",
    "ينتقمون", "ثأر", "ثأرت", "ثأروا", "عاقب", "عاقبت", "عاقبوا", "يعاقب", "تعاقب"))
_LIGHT_OR_RESPONDING = LIGHT_VERBS | RESPONDING
MEANS = frozenset(normalize_key(w) for w in ("عبر", "بواسطة"))
ANNOUNCING = frozenset(normalize_key(w) for w in ("أعلن", "أعلنت", "أعلنوا", "وأعلن", "وأعلنت", "وأعلنوا", "يعلن",
                                                  "تعلن"))
DEATH_NOUNS = frozenset(normalize_key(w) for w in ("مقتل", "مصرع", "وفاة", "موت", "استشهاد"))
# "مقتل اثنين من جنوده / عشرة من مقاتليها": the dead belong to the one named before
_OWN_PEOPLE = re.compile(  # (normalized: ة is ه)
    r"\s+(?:\S+\s+){0,2}?(?:من\s+)?(?:جنود|عناصر|افراد|رجال|مقاتلي|اعضاء|ضباط|ابناء|مواطني|قاده|قيادات|موظفي|حراس"
    r"|انصار|عسكريي|شرطيي|رعايا)(?:ه|ها|هم)(?![^\s،,.])")
PASSIVE_MARKERS = frozenset(normalize_key(w) for w in ("تم", "تمّ", "يتم", "جرى", "يجري", "وتم", "ويتم", "وجرى"))
# types whose verbal noun's genitive is the one the act is done to ("اعتقال X": X is arrested)
PATIENT_GENITIVE = frozenset({"COERCE", "ASSAULT", "RETREAT", "SANCTION", "AID", "CONCEDE"})
# and codes of other types whose verbal noun takes its patient as genitive: "استقبال الحجاج" receives
# the pilgrims (the host is the one who receives: "استقبال الرئيس لنظيره" names him before ل)
PATIENT_GENITIVE_CODES = frozenset({"043"})
# prepositions marking the patient of a verbal noun whose genitive is then its agent
OBJECT_MARKERS = frozenset({"ل", normalize_key("عن"), normalize_key("على"), normalize_key("ضد")})
# types whose complement is content, not a separate act ("طالب بعدم السماح … بالمشاركة")
GOVERNING = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT"})
VIOLATING = "128"  # (CAMEO: defy norms, law)
ARREST = "173"
COERCING = "170"  # (أجبر: a disaster may force people, "أجبر الزلزال السكان على الخروج")
CRITICIZE = "111"
CONDEMNING = frozenset({"110", CRITICIZE})  # (disapprove, criticize or denounce: not an accusation of a charge)
_ATTACK_NOUNS = frozenset(normalize_key(w) for w in ("هجوم", "هجوما"))  # (a person's attack may be in words)
RIOT = "145"
ASSASSINATIONS = frozenset({"185", "186"})  # attempted and done
_PLACE_KINDS = frozenset({"capital", "country", "region"})
REPRESSION = "175"  # tactics of violent repression (tear gas): never what protesters do
_NOT_SUICIDE_BOMBERS = (":GOV", ":COP", ":MIL", ":LEG", ":JUD", ":MED")
SUICIDE_BOMBING = "1831"
# fighting, shelling and air strikes: done from somewhere ("إطلاق صواريخ من جنوب لبنان")
FIRING = frozenset({"190", "193", "194", "195"})
# "… من [جنوب|الأراضي] <place>" right after a firing act's words
_FIRED_FROM = re.compile(r"((?:\s+(?!من\s)\S+){0,2})\s+من\s+(?:(" + "|".join(
    normalize_key(w) for w in ("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "داخل", "الأراضي",
                               "أراضي", "الجانب", "قطاع", "منطقة")) + r")\s+)?")
# (not near a place, nor some of the rockets, nor help from a state: "استهدفت الجماعة بالقرب من الحسكة", "عددا
# من", "نفذ عدة هجمات بدعم من سورية وإيران")
_NOT_FIRED_FROM = frozenset(normalize_key(w) for w in (
    "قرب", "بالقرب", "مقربة", "بعيدا", "بعد", "القريبة", "القريب", "قريبة", "قريب", "عدد", "عددا", "بدلا", "بدعم",
    "دعم", "بمساعدة", "مساعدة", "بمشاركة", "مشاركة", "بتمويل", "تمويل", "بإسناد", "إسناد", "بغطاء", "غطاء",
    "بأوامر", "أوامر", "بأمر", "أمر", "بتوجيه", "بتوجيهات", "بتنسيق", "تنسيق"))
# a missile test ("تجربة صاروخية", "اختبار صاروخ"), or missiles fired into the sea ("صاروخين قصيري المدى في البحر")
_MISSILE_TEST = re.compile(r"(?<!\w)(?:و|ب|ل|ال|بال|لل|وال)?(?:" + "|".join(normalize_key(w) for w in (
    "تجربة", "تجربه", "تجارب", "تجريب", "تجريبي", "تجريبية", "اختبار", "اختبارات")) + r")(?!\w)")
_RESPONSIBILITY_WORD = normalize_key("مسؤولية")
_EXPRESSED = normalize_key("عبر")  # عبّر (expressed) or عبر (via): a verb when it opens a sentence
EASE_SANCTIONS = "085"
BLAME = "112"
_TARGET_MARKS = frozenset(normalize_key(w) for w in ("على", "ضد"))
# "… العقوبات التي فرضتها/المفروضة …": the sanctions named with who imposed them
_IMPOSED_BY = re.compile(r"\s+(?:الذي|التي)\s+[وف]?(?:فرض|فرضت|فرضها|فرضتها|فرضوها|يفرضها|تفرضها)\b")
_TRAPPED = normalize_key("احتج")  # (احتجاز، احتجزوا: held, or trapped by a fire or a flood; with ARREST only)
_QUOTES = "«»\"“”"  # (around a name: "هجمات نفذتها «حركة الشباب»")
_MISSILES = ("صاروخ", "صواريخ")  # (in the trigger: صاروخا، صاروخين، الصواريخ)
_INTO_THE_SEA = re.compile(r"(?:\s+\S+){0,3}?\s+(?:في|باتجاه|نحو)\s+(?:ال)?بحر")
_FIRED_FROM_KINDS = frozenset({"country", "nisba", "region"})
# stopping an act (what is stopped, after these, is then no act done): "لمنع تنفيذ حكم الإعدام"
PREVENTING = frozenset(normalize_key(w) for w in ("منع", "لمنع", "بمنع", "ومنع", "منعا", "ومنعا", "يمنع", "تمنع",
                                                  "لتفادي", "تفادي", "لتجنب", "تجنب", "لإحباط", "إحباط", "بإحباط"))
# roles that tell of force, never use it (a passive's cited source is not then its agent)
_NOT_FORCES = (":MED", ":CVL", ":BUS", ":JUD", ":LEG")
_NEXT_TWO_WORDS = re.compile(r"(?:\s+\S+){0,2}")
# what a danger is faced with ("ضد تهديد داعش", "لمواجهة التهديدات الإيرانية")
_FACING_A_THREAT = frozenset(normalize_key(w) for w in (
    "ضد", "مواجهة", "لمواجهة", "بمواجهة", "مكافحة", "لمكافحة", "لصد", "صد", "لدرء", "درء", "من", "أمام", "إزاء",
    "تجاه", "حيال"))
# allowing someone to do something (what is allowed, after ب, is then no act done)
PERMITTING = frozenset(normalize_key(w) for w in (
    "السماح", "بالسماح", "سماح", "سمح", "سمحت", "سمحوا", "يسمح", "تسمح", "يسمحون", "تسمحان", "أذن", "أذنت",
    "يأذن", "تأذن", "الإذن", "بالإذن", "إذن", "ترخيص", "الترخيص", "بالترخيص", "رخص", "رخصت"))
# a right or freedom to do something (then a verbal noun names the act, reports none)
RIGHTS = frozenset(normalize_key(p + w) for p in ("", "ال", "و", "وال", "ب", "بال", "ل", "لل") for w in (
    "حق", "حقه", "حقها", "حقهم", "حرية", "حقوق", "حريات"))
# verbs of wanting: a verb's form right after one is its verbal noun, an intent ("أرادوا خطف جندي")
_WANTING = frozenset(normalize_key(w) for w in ("يريد", "تريد", "يريدون", "أراد", "أرادت", "أرادوا", "أرادا"))
INTENT_WORDS = _WANTING | frozenset(normalize_key(w) for w in (
    "خطة", "خطط", "خططا", "مخطط", "تسعى", "يسعى", "سعيا", "يسعون", "سعى", "سعت", "سعوا", "تهدف", "يهدف", "يهدفون",
    "بهدف", "هدفها", "محاولة", "محاولات",
    "نية", "نيتها", "نيته", "مشروع", "تخطط", "يخطط", "تعمل", "يعمل", "فرصة"))
# an act named as a charge, a court case or an anniversary ("بتهمة القتل", "المدانين باغتصاب", "قضية اغتيال
# بوتو", "الذكرى 13 لمجزرة سريبرينتسا") is an act of the past, named, not reported
NAMING_A_PAST_ACT = frozenset(normalize_key(w) for w in (
    "تهمة", "بتهمة", "تهم", "بتهم", "التهم", "المتهم", "المتهمين", "المتهمون", "متهم", "متهمين", "متهمون", "متهما",
    "المدان", "المدانين", "المدانون", "مدان", "أدين", "أدينوا", "أدينت", "ادانته", "إدانته", "إدانتهم", "بإدانته",
    "قضية", "القضية", "تحريم", "بتحريم", "حرمة", "تجريم", "بتجريم"))  # (and a norm: "تحريم قتل النفس")
ANNIVERSARIES = frozenset(normalize_key(w) for w in ("ذكرى", "الذكرى", "لذكرى", "بذكرى", "ذكراها"))
# Concrete physical acts are events even when the text names no perpetrator and no victim
# ("قُتل سبعة أشخاص في هجوم انتحاري"); acts of speech or diplomacy need a participant.
PHYSICAL = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"})
# Demonstrations and attacks are often done by people the text does not place in a country (crowds.tsv)
CROWD_TYPES = frozenset({"PROTEST", "ASSAULT"})
ALL_CROWDS = ("protest", "people", "armed")
PEOPLE = ("protest", "people")
VICTIMS = (*ALL_CROWDS, "person")  # who an act named by its verbal noun may be done to: "اغتيال القائد الفلسطيني"
# "marker": see _protesting
CROWD_SUBJECTS = {"act": ("protest",), "riot": ("protest",), "set_out": ("protest",), "gather": PEOPLE}
TACTICS = frozenset({"144", "145"})  # blocking and violent protest: what protesters do once out
_SOME = frozenset(normalize_key(w) for w in ("عدد", "وعدد"))  # "عدد من المتظاهرين": some, newly named
_THEY = frozenset(normalize_key(w) for w in ("وهم", "وعددهم"))  # "المتظاهرون وهم 3500": a count in apposition
RECEPTION = normalize_key("استقبال")
WAS = frozenset(normalize_key(w) for w in ("كان", "وكان", "كانت", "وكانت", "فكان"))
REFRAINING = frozenset(normalize_key(w) for w in ("امتنع", "امتنعت", "امتنعوا", "يمتنع", "تمتنع", "يمتنعون",
                                                   "امتناع", "امتناعه", "امتناعها", "امتناعهم"))
ABOUT = normalize_key("عن")
HONORIFICS = frozenset(normalize_key(w) for w in (
    "الدكتور", "الدكتورة", "د.", "الأستاذ", "الأستاذة", "المهندس", "المهندسة", "الشيخ", "الشيخة", "السيد", "السيدة",
    "الأمير", "الأميرة", "اللواء", "العميد", "العقيد", "الفريق", "المواطن", "الزميل", "الطالب"))
# before a verb form, words that make it a noun or a name: "first" ("كأول طالب") or a family or kinship
# word ("آل طالب", "أبو طالب", "بن طالب")
_NAME_OR_ORDINAL = frozenset(normalize_key(w) for w in (
    "أول", "كأول", "لأول", "آل", "لآل", "أبو", "أبي", "وأبو", "ابن", "بن", "بنت"))
_FOREIGN = normalize_key("أجنبي")  # "طالب أجنبي": an adjective after the form makes it a noun
QUANTIFIERS = frozenset(normalize_key(w) for w in ("أي", "أية", "كل", "لكل", "بكل", "وكل", "لأي", "بأي", "وأي"))
# between a killing and the attack it happened in: a few words (the victims), then في/جراء/إثر/خلال
# ("قتل ستة أشخاص في هجوم"), or nothing before ب ("قتلا بانفجار")
_TOLL_LINK = re.compile(r"(?:\s+\S+){0,8}?\s+(?:في|جراء|اثر|إثر|خلال|بسبب)\s+|\s+")
_VICTIMS_BEFORE_BA = re.compile(r"(?:\s+[^\s،,.:]+){1,8}\s+")  # "قتل شرطي مصري بانفجار عبوة"
# "وصل عدد اللاجئين إلى", "بلغت قيمة": an amount reaching a figure, not a journey
AMOUNTS = frozenset(normalize_key(w) for w in ("عدد", "حجم", "نسبة", "قيمة", "حصيلة", "إجمالي", "مجموع"))
# the perfect of قتل, which the press also writes for the passive قُتل ("الجنود الثلاثة قتلوا خلال مشاركتهم")
KILLED = frozenset(normalize_key(w) for w in ("قتل", "قتلت", "قتلوا", "قتلا", "قتلتا",
                                              # (and of abduction: "فرنسية كانت خطفت في اليمن")
                                              "خطف", "خطفت", "خطفوا", "اختطف", "اختطفت", "اختطفوا",
                                              # (and of execution: "ألفي عراقي أعدموا على يد داعش")
                                              "أعدم", "أعدمت", "أعدموا", "أعدما"))
# verbs saying someone died, was hurt or taken, whose subject suffered the attack named after them
CASUALTY_VERBS = KILLED | frozenset(normalize_key(w) for w in (
    "استشهد", "استشهدت", "استشهدوا", "استشهدا", "لقي", "لقيت", "لقوا", "لقيا", "أصيب", "أصيبت", "أصيبوا",
    "أصيبا", "جرح", "جرحت", "جرحوا", "جرحا", "سقط", "سقطت", "سقطوا", "مات", "ماتت", "ماتوا", "توفي", "توفيت",
    "اغتيل", "اغتيلت", "قضى", "قضت", "قضوا", "نجا", "نجت", "نجوا", "أسر", "أسرت", "أسروا", "تعرض", "تعرضت",
    "تعرضوا", "يتعرض", "تتعرض"))
SUFFERED_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "THREATEN"})  # what one can face
DEATHS = frozenset(normalize_key(w) for w in ("مقتل", "قتل", "مصرع", "وفاة", "موت", "قتلى"))
CASUALTY_WORDS = CASUALTY_VERBS | DEATHS | frozenset(normalize_key(w) for w in (
    "استشهاد", "إصابة", "اصابة", "جرحى", "ضحايا", "قتيلا", "قتيل", "جريحا", "شهداء"))
NEWS_TIMES = frozenset(normalize_key(w) for w in ("أمس", "امس", "اليوم", "الليلة", "صباح", "مساء", "فجر", "ظهر", "ليل"))


def _tanween(nt: NormalizedText, h: TriggerHit) -> bool:
    """Whether the word of the trigger at ``h`` carries the accusative tanween (ً) as written: a noun."""
    i = nt.origin_of(h.start)
    original = nt.original
    while i < len(original) and not original[i].isspace():
        if original[i] == "\u064b":
            return True
        i += 1
    return False


def _misread(norm: str, nt: NormalizedText, h: TriggerHit, mentions: list[Mention]) -> bool:
    """Whether the trigger form at ``h`` is another word written the same way:
    - "أيدٍ سعودية", "أيدٍ أجنبية": hands, not "endorsed", when an indefinite adjective of origin (or a
      nationality found by the actor stage) follows at once;
    - "وزارته", "وزارتها": his or her ministry, not "and she visited him";
    - a crowd's act right after a word that governs a noun is that noun ("أثناء تجمع الناس في السوق": while
      people gathered, no demonstration), and "لقب أطلقته الجماهير" is a name the fans gave, no chant."""
    if norm[h.start : h.end] == _HANDS and not h.gapped:
        after = _word_after(norm, h.end).strip(_PUNCTUATION)
        if after in _HANDS_ADJECTIVES or (not after.startswith("ال") and any(
                m.span.start == nt.origin_of(h.end + 1) and m.kind == "nisba" for m in mentions)):
            return True
    if h.prefix == "و" and norm[h.start - 1 : h.end] in _MINISTRIES:
        return True
    return bool(h.trigger.needs) and h.trigger.pos == "verb" and not h.prefix and (
        _unconjoined(_word_before(norm, h.start)) in _NOUN_GOVERNORS
        or (h.trigger.pattern.startswith(_RELEASED) and _object_suffix(norm, h)))


def _as_written(nt: NormalizedText, h: TriggerHit) -> TriggerHit:
    """The hit at ``h``, a noun when its one-word verb form is written with the accusative's tanween, which
    stands on a final alif ("قصفاً عنيفاً شنّه الحوثيون": shelling, not the dual "they shelled")."""
    t = h.trigger
    if t.pos == "verb" and not t.needs and t.pattern.endswith("ا") and " " not in t.pattern and _tanween(nt, h):
        return replace(h, trigger=replace(t, pos="noun"))
    return h


def _purpose_noun(word: str) -> bool:
    """Whether ``word`` is a noun after the lam of purpose or of "for": "لتفريق", "لمنع", "ولتفريق", "للتنديد"
    (what follows it is its genitive, no subject)."""
    w = word[1:] if word.startswith(("و", "ف")) and len(word) > 5 else word
    return w.startswith("ل") and len(w) >= 4


# a crowd word after one of these is governed by it ("النار على المتظاهرين"); "من" is left out, as it is
# as often partitive ("عدد من المتظاهرين")
_THEY_WHO = ([normalize_key("الذين")], [normalize_key("اللذين")])  # a plural relative, as the one word after a crowd's
_GOVERNING_PREPS = frozenset(normalize_key(w) for w in ("على", "إلى", "الى", "مع", "ضد", "عن", "في", "لدى", "تجاه",
                                                        "بين"))
PROMISE_ROOT = normalize_key("وعد")


def _promised(norm: str, h: TriggerHit, end: int) -> bool:
    """Whether a form of وعد has what a promise takes: بـ something or أن (وعدت بتقديم، وعد بأن)."""
    words = norm[h.end : end].split()[:3]
    return any(w.startswith("ب") or w in THAT for w in words)


# after these a verb form is a verbal noun: "إعادة فرض عقوبات", "بإمكانية فرض"
NOMINALIZERS = frozenset(normalize_key(w) for w in (
    "إعادة", "وإعادة", "بإعادة", "لإعادة", "إمكانية", "بإمكانية", "احتمال", "باحتمال", "استمرار", "مواصلة"))
SUBORDINATORS = frozenset(normalize_key(w) for w in ("عندما", "حين", "حينما", "بعدما", "لما", "بينما", "فيما"))
CONTINUING = frozenset(normalize_key(w) for w in ("إذ", "اذ", "ثم", "كما", "بعدما", "وبعدما"))
AFFILIATED = frozenset(normalize_key(w) for w in (
    "تابع", "تابعون", "تابعين", "تابعة", "التابع", "التابعة", "التابعين", "التابعون", "موالون", "موالين", "موالية",
    "الموالية", "الموالين", "الموالون"))
SUFFERING = frozenset(normalize_key(w) for w in (
    "تعرض", "تعرضت", "تعرضوا", "تعرضا", "يتعرض", "تتعرض", "يتعرضون", "التعرض", "للتعرض", "بالتعرض", "تعرضها",
    "تعرضه", "تعرضهم",
    # facing criticism, sanctions, threats: "البنك الدولي … يواجهان انتقادات"
    "واجه", "واجهت", "واجهوا", "يواجه", "تواجه", "يواجهان", "تواجهان", "يواجهون"))
_MASCULINE_RELATIVES = frozenset(normalize_key(w) for w in ("الذي", "الذين", "اللذين", "اللذان"))
RELATIVES = frozenset(normalize_key(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"))
_CROWD_STOPS = frozenset(normalize_key(w) for w in ("في", "على", "إلى", "الى", "مع", "ضد", "عن", "بعد", "قبل", "ان",
                                                   "أن"))
MEMBER_STATES = (normalize_key("الدول الأعضاء"),)
# acts whose verbal noun takes whom or what it is done to as genitive, with their nationality after them ("قتل
# شرطيين تركيين", "اعتقال صحفيين أمريكيين", "تفجير السفارتين الأمريكية والفرنسية"), unlike an attack's ("هجوم
# مسلحين أفغان": by them)
_DONE_TO_GENITIVE = frozenset({"1823", "181", "186", "173", "183"})
_REPUBLIC = normalize_key("الجمهورية")
# what "الجمهوري/ة" (Republican) describes, not the republic: "غالبيته الجمهورية", "المرشحة الجمهورية"
_PARTY_HEADS = frozenset(normalize_key(w) for w in (
    "غالبيته", "غالبية", "الغالبية", "أغلبيته", "أغلبية", "الأغلبية", "الأكثرية", "المرشحة", "مرشحة", "النائبة",
    "الإدارة", "الإدارات", "الولايات", "القيادة", "المعارضة", "الكتلة", "الحملة", "الانتخابات"))
ANAPHORS = tuple(normalize_key(w) for w in ("عضو في", "عضو ب", "البلاد", "البلد", "الدولة", "الجمهورية"))
IN, FROM, TO, WITH = normalize_key("في"), normalize_key("من"), normalize_key("إلى"), normalize_key("مع")
# prepositions that also come after و or ف as one written word ("وفي", "ومع", "فعلى")
_PLAIN_PREPS = frozenset(normalize_key(w) for w in ("في", "مع", "على", "إلى", "الى", "من", "عن", "ضد", "لدى"))
ON = normalize_key("على")
DURING = normalize_key("خلال")
_WHOLE_STATE_KINDS = frozenset({"country", "capital", "metonym"})
STATE_KINDS = _WHOLE_STATE_KINDS | {"nisba"}
PROTEST_TARGETS = frozenset(normalize_key(w) for w in ("ضد", "حتى", "أمام"))
_PROTESTING_AT = re.compile(r"(?<!\S)(?:احتجاجا|استنكارا|تنديدا|رفضا)\s+(?:علي\s+)?")
_AGAINST_RE = re.compile(r"(?<!\S)و?ضد(?=\s)")
_ACTS_AGAINST = frozenset(normalize_key(w) for w in (
    "عمليات", "عملية", "العسكرية", "العسكري", "حرب", "حملة", "هجمات", "غارات", "ضربات", "إجراءات", "عقوبات",
    "تمييز", "عنف", "حصار"))
_DEMANDING_AT = re.compile(r"(?<!\S)(?:مطالبين|مطالبه|مطالبا|يطالبون|تطالب|وطالبوا|طالبوا|برحيل|باستقاله|باقاله"
                           r"|باسقاط)(?=\s)")
MAY_HAVE = frozenset({normalize_key("قد"), normalize_key("وقد")})  # "قد" before a past verb: not a mode
# (an imperfect after it is: "قد يتظاهرون"; a plural in -وا is past whatever its first letter: "قد أحرقوا")
SUBJECT_WINDOW = 8  # words between a subject and its verb
# breaking up a demonstration, which says it took place ("قمع لمظاهرة", "لتفريق التظاهرة")
DISPERSING = frozenset(normalize_key(w) for w in ("قمع", "لقمع", "تفريق", "لتفريق", "فض", "لفض", "فرقت", "فرق",
                                                  "فضت", "قمعت", "يفرق", "تفرق"))
AUXILIARIES = frozenset(normalize_key(w) for w in ("قد", "لم", "لن", "كان", "سوف", "وقد", "فقد"))
CLAUSE_OPENERS = frozenset(normalize_key(w) for w in (
    "بعدما", "عندما", "حينما", "حين", "حيث", "ثم", "لكنه", "ولكنه", "إذ", "كما", "بينما", "فيما"))
# verbs of going somewhere among the visit (042) triggers: a visit only when they say where to
MOTION = frozenset(normalize_key(w) for w in (
    "وصل", "وصلت", "وصلوا", "وصلا", "يصل", "تصل", "ذهب", "ذهبت", "ذهبوا", "يذهب", "تذهب", "سافر", "سافرت",
    "سافروا", "يسافر", "تسافر"))
# words that may stand between a verb and its subject: honorifics, and words for part of a body
_PART_OF = frozenset(normalize_key(w) for w in ("غالبية", "أغلبية", "معظم", "بعض", "جميع", "أغلب"))
BEFORE_A_SUBJECT = frozenset(normalize_key(w) for w in (
    "صاحب", "السمو", "الملكي", "الجلالة", "الفخامة", "المعالي", "السعادة", "فخامة", "معالي", "سعادة", "سمو", "جلالة",
    "دولة", "الأمير", "الشيخ", "الملك", "السيد", "السيدة", "الدكتور", "المهندس",
    # and words for part of a body, which act as it ("رفضت غالبية مجلس النواب الأمريكي الاتفاق")
    "غالبية", "أغلبية", "معظم", "بعض", "جميع", "كل", "أعضاء"))
# places and targets that head a verb's object ("استهدف مسجد قوات الطوارئ", "قصفت مواقع الجيش")
OBJECT_HEADS = frozenset(normalize_key(w) for w in (
    "مسجد", "مقر", "مقار", "مبنى", "منزل", "منازل", "مكتب", "مكاتب", "موقع", "مواقع", "قاعدة", "قواعد", "معسكر",
    "مخيم", "مستشفى", "مدرسة", "سوق", "مطار", "ميناء", "سفينة", "قافلة", "دورية", "حافلة", "سيارة", "نقطة",
    "مركز", "سفارة", "قنصلية", "مقرات", "مدينة", "قرية", "بلدة", "حي", "أحياء", "مناطق", "منطقة", "طريق",
    "حدود", "أراضي", "مصالح", "سياسات", "سياسة", "تصريحات", "قرار", "قرارات", "اتفاق", "مدمرة", "فرقاطة",
    "ناقلة", "مقاتلي", "مسلحي", "أعلام", "اعلام", "علم", "رايات", "صور",
    # what a body does ("قد يعرقل عمل الشرطة البريطانية": the police's work is what is obstructed)
    "عمل", "جهود", "نشاط", "أنشطة", "برنامج", "خطط", "خطة",
    # and more of its places ("إن انتحاريا هاجم أكاديمية الشرطة": the academy was attacked)
    "أكاديمية", "كلية", "معهد", "ثكنة", "ثكنات", "سجن", "مستودع", "مصفاة", "محطة",  # (not مخفر, مديرية: bodies too)
    # and what a threat is to ("بما يهدد استقرار الشرق الأوسط": the region's stability is threatened)
    "استقرار", "أمن", "سلامة", "سيادة", "مستقبل"))
# استهدف also means "aim at": with a goal after it, no attack ("برامج تستهدف تحقيق التنمية")
AIMING = tuple(normalize_key(w) for w in ("استهدف", "يستهدف", "تستهدف", "نستهدف"))
# verbal-noun shapes, normalized: تفعيل (توفير، تعزيز، تحقيق), مفاعلة (محاربة، مواجهة، مكافحة), فعال (قتال),
# إفعال (إعدام، إغلاق), افتعال (اعتقال، احتجاز), استفعال (استهداف)
_SHAPES = {"tafil": r"ت\S\S[يى]\S", "mufaala": r"م\S\Sا\S\Sه|م\Sا\S\Sه", "fial": r"\S\Sا\S", "ifal": r"ا\S\Sا\S",
           "iftial": r"ا\S\S\Sا\S", "istifal": r"است\S\Sا\S"}


def _shape(*names: str) -> re.Pattern[str]:
    return re.compile("^(?:" + "|".join(_SHAPES[n] for n in names) + ")$")


_TAFIL_SHAPE = _shape("tafil")
GOALS = frozenset(normalize_key(w) for w in (
    "زيادة", "رفع", "خفض", "دعم", "حماية", "إصلاح", "اصلاح", "تنمية", "جذب", "استقطاب", "الحد", "حد", "إنهاء",
    "انهاء", "تحقيق", "تسهيل", "تمكين", "تأهيل", "إيجاد", "ايجاد", "بناء", "استكمال", "خلق", "الوصول", "تحسين",
    "تطوير", "تعزيز", "توفير", "تقليل", "تقليص", "ترشيد", "تشجيع", "تنويع", "مضاعفة", "استيعاب", "تخفيض",
    # buying, selling, producing, exporting: "تستهدف الحكومة شراء 7.79 مليون طن"
    "شراء", "بيع", "إنتاج", "انتاج", "تصدير", "استيراد", "جمع", "استثمار", "ضخ", "إنفاق", "انفاق", "توظيف",
    "تشغيل", "إنشاء", "انشاء", "تطبيق", "تنفيذ", "استعادة", "إعادة", "اعادة", "نقل", "تسويق", "تغطية",
    # aims against a government: "محاولات تستهدف الإطاحة بالرئيس السوري" (a goal, not a strike)
    "الإطاحة", "الاطاحة", "إطاحة", "تقويض", "زعزعة", "إضعاف", "عرقلة", "إفشال", "تغيير"))
PRONOUNS = frozenset(normalize_key(w) for w in ("هو", "هي", "وهو", "وهي", "فهو", "فهي", "هم", "وهم"))
# words for some of a group's members, before "من" and the group ("عناصر من حزب الله")
BELONGING = frozenset(normalize_key(w) for w in (
    "تابعة", "تابع", "التابعة", "التابع", "تابعين", "التابعين",
    # a force's units, vehicles and posts: "دورية للقوات الأمريكية تعرضت لهجوم" (the forces suffered it)
    "دورية", "دوريات", "قافلة", "موكب", "قاعدة", "مقر", "ثكنة", "حاجز", "آلية", "آليات", "مروحية", "زورق",
    # a party's armed wing acts for it: "«كتائب القسام»، الجناح العسكري لحركة حماس قد أطلقت"
    "العسكري", "العسكرية", "المسلح", "المسلحة"))
CARRYING = frozenset(normalize_key(w) for w in (
    "محملة", "محمل", "محملتين", "محملتان", "محملين", "محملان", "المحملة", "المحمل", "مليئة", "مليئتين"))
PARTITIVES = frozenset(normalize_key(w) for w in (
    "عناصر", "أعضاء", "مقاتلون", "مقاتلين", "مقاتلو", "مسلحون", "مسلحين", "أفراد", "جنود", "مجموعة", "عدد",
    "عنصر", "عنصرا", "مسلح", "مسلحا", "مقاتل", "مقاتلا",  # singular after a number: "1000 مسلح من داعش"
    "وفد", "وفدا"))  # "وفد من رجال الأعمال الصينيين": a delegation acts for those it is of
# the dead and wounded "من" a group are of it: "قتلى وجرحى من المتمردين الحوثيين سقطوا"
_CASUALTIES_OF = frozenset(normalize_key(w) for w in (
    "قتلى", "جرحى", "ضحايا", "شهداء", "مصابين", "قتيلا", "قتيل", "جريحا", "مصابا"))
_HIS_COUNTRY_WORDS = ("بلاده", "بلادها", "حكومته", "حكومتها")
_PARTICLES = frozenset(normalize_key(w) for w in ("سوف", "قد", "لقد"))
_HIS_COUNTRY = re.compile(r"(?:^|\s)[وف]?(?:ان|إن|أن)?\s*(" + "|".join(_HIS_COUNTRY_WORDS) + r")\s*$")
# (and those named as the first or part of a group joined before: "الدول الغربية وعلى رأسها أمريكا", "في
# مقدمتها", "بما فيها")
COORDINATION = re.compile(r"^\s*(?:[،,]\s*)?(?:و|وكذلك|وايضا|و ?كذلك|فضلا عن|الي جانب|[،,]"
                          r"|و?علي راس(?:ها|هم)|و?في مقدمت(?:ها|هم)|بما في(?:ها|هم))\s*$")


@dataclass(slots=True)
class _M:
    """A mention in normalized coordinates with what precedes it."""

    mention: Mention
    start: int
    end: int
    prep: str | None  # governing preposition (a clitic ل/ب or a word like مع), None when bare
    clitic: str


@dataclass(slots=True)
class _Sentence:
    start: int  # normalized offsets
    end: int
    orig: Span
    section: str
    mentions: list[_M] = field(default_factory=list)


class EventCoder:
    """Codes one document at a time (it keeps the current document's text and mentions while coding it);
    use one coder per thread. Processes (the CLI, Dask workers) each build their own."""

    def __init__(self, lexicon: EventLexicon) -> None:
        self.lexicon = lexicon
        self.matcher = TriggerMatcher(lexicon)
        # a phrase is verbal when its first word is a verb form somewhere in the lexicon ("فرض عقوبات"),
        # nominal otherwise ("العقوبات الاقتصادية")
        self._verb_forms = self.matcher.verb_forms
        self._noun_forms = self.matcher.noun_forms
        self._verb_heads: dict[str, bool] = {}  # a phrase pattern -> whether its first word is a verb
        # perfects that begin with ت (forms V and VI: "تظاهر", "تفاوض"): their imperfect is يت…, not ي…, so
        # "قد تظاهر" is a past act where "قد تقتل" (she may kill) is a possibility
        self._perfects_in_t = frozenset(f for f in self._verb_forms if f.startswith("ت") and (
            ("ي" + f[1:] not in self._verb_forms and "يت" + f[1:] in self._verb_forms)
            # (and their feminine: "قد توغلت" is توغل + ت, whose imperfect is يتوغل, not تتوغل + ت)
            or (f.endswith("ت") and "يت" + f[1:-1] in self._verb_forms)))
        # acts named by a noun or a noun phrase ("غارات", "ضربة جوية"): the complements of "شن غارات"
        self._named_acts = frozenset(normalize_key(t.pattern) for t in lexicon.triggers
                                     if t.pos in ("noun", "phrase") and t.type != "-")
        # verbal nouns of acts done to someone ("دعم", "التدخل"): heads of an object after a verb; not a
        # demonstration's nouns, as "مسيرة" is also the drone of "استهدفت مسيرة أوكرانية مستودعا"
        self._act_nouns = {normalize_key(t.pattern) for t in lexicon.triggers
                           if t.pos == "noun" and t.type != "PROTEST"}
        self._violent_nouns = {normalize_key(t.pattern).split(" ")[0] for t in lexicon.triggers
                               if t.type == "ASSAULT" and t.pos in ("noun", "phrase")
                               and normalize_key(t.pattern).split(" ")[0] not in self._verb_forms}
        self._crowd_sets: dict[tuple[str, ...], frozenset[str]] = {}  # crowd kinds -> their words, on first use
        # accidents and disasters (crowds.tsv "mishap"), as a sentence may name them
        mishaps = sorted(lexicon.crowds.get("mishap", frozenset()), key=len, reverse=True)
        # (not the operation "عاصفة الحزم", Decisive Storm)
        self._mishap_re = re.compile(r"(?:^|(?<=\W))(?:و|ف|ب|ل|وب|ول|لل|بال|وال)?(?:" +
                                     "|".join(re.escape(w) for w in mishaps) + r")(?!\w)(?!\s+الحزم)"
                                     if mishaps else r"(?!x)x")
        self._mishap_words = lexicon.crowds.get("mishap", frozenset())
        # verbs saying an act took place or was done, with a pronoun for it ("هجوم نفذه", "العقوبات التي فرضتها")
        self._occur_or_doing = lexicon.crowds.get("occur", frozenset()) | lexicon.crowds.get("doing", frozenset())
        # ... less the verbs whose subject witnessed, suffered or reported the act ("الهجوم الذي شهدته تونس",
        # "تعرضت له", "أعلنته الوزارة"): the verbs after which who follows did it
        self._doing = self._occur_or_doing - _NOT_DOING
        self._defusing = lexicon.crowds.get("defuse", frozenset())
        self._manners = lexicon.crowds.get("manner", frozenset())
        # the document's words of sport (normalized start, word), which the trigger scan finds
        self._sport_words: list[tuple[int, str]] = []
        self._sports_article = False
        self._armed_words = lexicon.crowds.get("armed", frozenset())
        self._not_before_acts = RELATIVES | lexicon.crowds.get("occur", frozenset()) | FUNCTION_WORDS
        # verbs saying an act took place or a place saw it, whose negation denies the act named after them
        self._happening = lexicon.crowds.get("happen", frozenset()) | _WITNESSING
        self._nt: NormalizedText | None = None  # the document being coded (set by ``code``)
        self._doc_mentions: list[Mention] = []
        self._places: list[tuple[int, PlaceMention]] = []
        self._place_ends: dict[int, int] = {}  # where the document's places end -> where they start (normalized)

    # ------------------------------------------------------------------ document
    def code(self, doc: Document) -> list[Event]:
        nt = doc.normalized
        if nt is None:
            raise ValueError("the events stage needs the normalized text")
        norm = nt.text
        doc_date = _parse_date(doc.date)
        year = None if doc_date else infer_year(norm)
        if doc_date is None and year is not None:
            doc.meta["year_inferred"] = year
        datelines = [sec.span for sec in doc.sections if sec.kind == "dateline"]
        all_mentions = [m for m in doc.mentions if not any(d.start <= m.span.start < d.end for d in datelines)]
        self._nt, self._doc_mentions = nt, all_mentions  # "سيول - «الشرق الأوسط»:" names no participant
        # (triggers are found, and clauses read, in a copy with the asides mentions open blanked)
        norm = _mask_asides(norm, [(nt.to_normalized(m.span.start), nt.to_normalized(m.span.end))
                                   for m in all_mentions])
        hits, self._sport_words = self.matcher.find_with_sports(nt if norm is nt.text else replace(nt, text=norm))
        hits = [_as_written(nt, h) for h in hits if not _misread(norm, nt, h, all_mentions)]
        self._sports_article = len({w for _, w in self._sport_words}) >= SPORTS_ARTICLE
        if not hits:
            return []
        # Only sentences with a trigger are coded: their offsets and their mentions are converted to the
        # matching view on demand (hits are placed in sentences by their original offsets).
        mention_starts = [m.span.start for m in all_mentions]
        sentence_starts = [s.span.start for s in doc.sentences]
        by_sentence: dict[int, list[TriggerHit]] = {}
        for h in hits:
            k = bisect.bisect_right(sentence_starts, nt.origin_of(h.start)) - 1
            if k >= 0 and nt.origin_of(h.start) < doc.sentences[k].span.end:
                by_sentence.setdefault(k, []).append(h)
        if not by_sentence:
            return []
        speech = [(nt.to_normalized(q.span.start), nt.to_normalized(q.span.end)) for q in doc.quotes
                  if q.kind == "speech"]
        names = [(nt.to_normalized(q.span.start), nt.to_normalized(q.span.end)) for q in doc.quotes
                 if q.kind == "name"]
        citing = [(nt.to_normalized(c.citing_span.start), nt.to_normalized(c.citing_span.end))
                  for c in doc.sources_cited if c.citing_span is not None]
        self._places = [(nt.to_normalized(p.span.start), p) for p in doc.places]
        self._place_ends = {nt.to_normalized(p.span.end): nt.to_normalized(p.span.start) for p in doc.places}
        events: list[Event] = []
        demonstrated = False  # whether a demonstration is coded in the document so far
        for k in sorted(by_sentence):
            s = doc.sentences[k]
            lo = bisect.bisect_left(mention_starts, s.span.start)
            hi = bisect.bisect_left(mention_starts, s.span.end, lo)
            if lo == hi and not any(h.trigger.type in CROWD_TYPES for h in by_sentence[k]):
                continue  # nobody to act: an event needs an actor or a recipient (or, for these, a crowd)
            sent = _Sentence(nt.to_normalized(s.span.start), nt.to_normalized(s.span.end), s.span, s.section or "body")
            asked = _question_from(norm, sent.start, sent.end)
            if asked == sent.start:
                continue  # a question reports nothing
            if asked is not None:  # nor a question quoted at its end ("قال: «كم عاما احتلت النمسا اليونان؟»")
                by_sentence[k] = [h for h in by_sentence[k] if h.start < asked]
            kept: list[_M] = []
            for m in all_mentions[lo:hi]:
                mention = self._norm_mention(norm, nt.to_normalized(m.span.start), nt.to_normalized(m.span.end), m)
                if not _opponents_of(norm, mention):
                    kept.append(mention)
            sent.mentions = _merge_titles(_without_group_nisbas(norm, kept))
            coded = self._code_sentence(doc, norm, sent, by_sentence[k], speech, names, citing, (doc_date, year),
                                        len(events), demonstrated)
            demonstrated = demonstrated or any(e.type == "PROTEST" for e in coded)
            events.extend(coded)
        return events

    # ------------------------------------------------------------------ sentence
    def _code_sentence(self, doc: Document, norm: str, sent: _Sentence, hits: list[TriggerHit],
                       speech: list[tuple[int, int]], names: list[tuple[int, int]],
                       citing: list[tuple[int, int]], when: tuple[dt.date | None, int | None],
                       first_id: int, demonstrated: bool = False) -> list[Event]:
        """The events of one sentence. ``demonstrated``: the document has coded a demonstration before it (it
        becomes true here with the sentence's first one)."""
        nt = doc.normalized
        assert nt is not None
        out: list[Event] = []
        sports: int | None = None  # how many sport words the sentence has, counted on first need
        previous: tuple[list[_M], list[_M]] | None = None
        governed_until = -1
        governed_from = -1  # where the last demand, threat, promise or refusal ends
        last_event_end: int | None = None
        last_event_start = 0  # where the last event's trigger word begins (normalized)
        dates: list[DateMention] | None = None  # found on first use, in this sentence only
        toll: tuple[Event, int, list[_M], list[_M]] | None = None  # the last event, if a killing: its toll
        accused: list[_M] | None = None  # whom the sentence's accusation names
        details: set[int] = set()  # the events that are parts of a demonstration told of (dropped at the end)
        for h in hits:
            if any(s <= h.start < e for s, e in names):
                continue  # inside a quoted name ("الأخوة الراسخة - 2022")
            if any(m.start <= h.start < m.end for m in sent.mentions):
                continue  # part of an actor's name
            word_before = _word_before(norm, h.start - len(h.prefix))  # read by several rules below
            nominal_form = h.trigger.pos == "noun" or (h.trigger.pos == "phrase" and h.prefix != "" and
                                                        h.prefix not in VERB_PREFIXES) or (
                # a verb's form right after a verb of wanting is its verbal noun: "أرادوا خطف جندي بريطاني"
                h.trigger.pos == "verb" and not h.prefix and word_before in _WANTING)
            nominalized = word_before in NOMINALIZERS
            right_after = governed_from >= 0 and self._object_of(norm, sent, governed_from, h.start - len(h.prefix))
            if h.start < governed_until and (h.trigger.pos == "participle" or nominal_form or nominalized
                                              or right_after or _content_after_preposition(norm, h, word_before)):
                # "رفضت فرض عقوبات": the verb form is a noun
                continue  # the content of a demand, threat, promise or refusal
            if not h.prefix and word_before in QUANTIFIERS:
                continue  # "لم ترع أي عمل إرهابي", "أدانت كل العمليات": any or every act, none in particular (and
                # "أي طالب سعودي": after "any", "every" a verb form is a noun)
            if nominal_form and h.prefix.startswith("و") and any(
                    _unconjoined(w) in NAMING_A_PAST_ACT
                    for w in norm[_clause_start(norm, h.start, sent.start) : h.start].split()[-12:]):
                continue  # "بتهم الاختطاف وحبس ابنته … واغتصابها": a later charge of the same list
            if h.trigger.pos == "verb" and not h.prefix and word_before in HONORIFICS:
                continue  # "جائزة الدكتور ساعد بن سعد": after a title of address a verb form is a name
            if h.trigger.pos == "verb" and not h.prefix and (
                    word_before in _NAME_OR_ORDINAL or norm[h.end : h.end + 8].split()[:1] == [_FOREIGN]):
                continue  # "كأول طالب أجنبي", "آل طالب إمام الحرم", "أبو طالب": a noun or a name, no verb
            if h.trigger.pos in ("verb", "participle") and not h.prefix and (
                    (_counted(word_before) and not _a_year(norm, h.start - len(h.prefix), word_before))
                    or word_before in QUANTIFIERS):
                continue  # "نحو ألف طالب مصري", "أي طالب سعودي": after a number or "any", "every" the word is
                # a noun (students), not a verb
            if h.trigger.pos == "verb" and any(
                    m.start == h.end + 1 and m.mention.kind == "nisba" and not norm.startswith("ال", m.start)
                    and (norm[m.start : m.end].endswith("ي")
                         or (norm[m.start : m.end].endswith("يه") and norm[h.start : h.end].endswith("ه")))
                    for m in sent.mentions):
                continue  # "لقي طالب سعودي مصرعه", "انتحار طالبة نمساوية": an adjective of nationality agreeing
                # with the form describes a noun (a student); a verb takes none ("تطالب سورية": Syria demands)
            if (nominal_form or h.trigger.pos == "verb") and (
                    word_before in NAMING_A_PAST_ACT or word_before[1:] in NAMING_A_PAST_ACT
                    or word_before in ANNIVERSARIES or (
                        "ل" in h.prefix and _word_before_that(norm, h.start - len(h.prefix), word_before)
                        in ANNIVERSARIES)):
                continue  # "ادينوا بتهريب المخدرات", "الذكرى 13 لمجزرة", "كتحريم قتل النفس": a charge, a court
                # case, an anniversary or a norm (no finite verb follows these nouns: "قتل" there is the noun)
            if h.trigger.type == "ASSAULT" and h.trigger.pos != "verb" and not h.gapped and any(
                    _unconjoined(w) in self._defusing for w in
                    norm[max(sent.start, h.start - len(h.prefix) - 40) : h.start - len(h.prefix)].split()[-3:]):
                continue  # "تفكيك 15 عبوة ناسفة", "العثور على حزام ناسف": a weapon defused or found, no attack
            if _unconjoined(word_before) in self._mishap_words:
                continue  # "الزلزال أجبر السكان على الخروج": a disaster did it, no one's act
            if h.trigger.pos != "verb" and out and out[-1].type == h.trigger.type and _INCLUDING.search(
                    norm, max(sent.start, h.start - len(h.prefix) - 16), h.start - len(h.prefix)):
                continue  # "قتل عددا من زعماء طالبان في هجمات بما في ذلك ضربات جوية": part of the act before it
            if self._only_named(norm, sent, h, word_before, nominal_form):
                continue
            if last_event_end is not None and h.prefix in ("ل", "ول", "لل", "ولل") and (
                    h.trigger.pos == "noun" or (h.trigger.pos == "phrase" and not h.gapped
                                                and not self._verb_headed(h.trigger))) and \
                    _unconjoined(word_before) not in SUFFERING and \
                    _clause_start(norm, h.start, sent.start) <= last_event_end:
                continue  # a purpose ("وصل … لمناقشة", "استخدمت الغاز المسيل للدموع لتفريق المتظاهرين"): part of
                # the act before it (not what تعرض governs: "السفير الذي تعرض للطعن")
            t = h.trigger
            if t.type == "ASSAULT" and _pattern_key(t.pattern).startswith(AIMING) and _aimed_at_a_goal(norm, h):
                continue  # "إصلاحات تستهدف توفير فرص العمل": aims at a goal, attacks nothing
            if t.type == "PROTEST" and nominal_form and out and out[-1].type == "PROTEST" and \
                    last_event_end is not None and _words_between(norm, last_event_end, h.start) == 0:
                continue  # "انطلقت مظاهرات احتجاج": the second noun says what the first is, one event
            if t.cameo == "042" and t.pos in ("verb", "phrase") and any(
                    o.trigger.type in ("AID", "MOBILIZE") and (
                        (o.start > h.end and _words_between(norm, h.end, o.start) == 0)
                        or (o.end <= h.start and _words_between(norm, o.end, h.start - len(h.prefix)) <= 1))
                    for o in hits):
                continue  # "وصلت مساعدات سعودية", "المواد الإغاثية كانت تصل": the aid arrived; nobody visited
            if sports is None:
                sports = self._sports_words(sent.start, sent.end)
            if t.type in ("ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "PROTEST"):
                sporting = sports >= 1
            else:  # in a sports article (four different words of sport), one in the sentence is enough:
                # "يلتقي فالنسيا الإسباني مع موناكو الفرنسي في الدور التمهيدي" is a match, not a meeting
                sporting = sports + self._sports_article >= 2
            if sporting:
                continue  # "قلة المهاجمين بالفريق": sport's metaphors of war are not violence, fans gathering in a
                # stadium are not a demonstration, and a coach asking a player to stay ("مدرب الفريق … طلب منه
                # البقاء") or a club signing him is no diplomacy (two sport words for those: "الفوز" alone may
                # be an election's)
            if t.needs == "marker":
                if not self._protesting(norm, sent, h) or (
                        out and out[-1].type == "PROTEST" and last_event_end is not None
                        and _clause_start(norm, h.start, sent.start) <= last_event_end):
                    continue  # "تركيا تستعيد السيطرة … احتجاجا على": a state's act in protest is that act;
                    # "تجمعوا … احتجاجا على": the demonstration is already coded
            elif t.needs and (_unconjoined(word_before) in self._not_before_acts
                              or not self._crowd_subject(norm, sent, h, CROWD_SUBJECTS[t.needs])):
                continue  # "سار": a demonstration when protesters march ("سار المتظاهرون"), not when the
                # march describes who they are ("المتظاهرين الذين تجمعوا في الجامعة"), nor the same letters
                # read as a noun after a verb or a preposition ("الشاطئ يشهد تجمع الشباب")
            elif t.needs == "gather" and not self._crowd_subject(norm, sent, h, ("protest",)) and \
                    not self._protest_cue(norm, sent):
                continue  # "تجمع الناس في السوق", "احتشد الآلاف … لحضور الحفل": people gathered, for no protest
                # the sentence tells of (crowds.tsv "cue": "للاحتجاج", "تنديدا", "يهتفون", "لافتات" …)
            if _pattern_key(t.pattern) in _PRAISING_OR_BUILDING and not any(
                    w.startswith("ب") and w not in _NOT_BA_OBJECTS
                    for w in norm[h.end : _clause_end(norm, h.end, sent.end)].split()[:5]):
                continue  # "وستشيد اليابان نموذجا أقل تكلفة": تُشيِّد builds; تُشيد praises, and praise takes ب
            if t.type == "REQUEST" and norm[h.start : h.end] in PRAYING and _prayer_after(norm, h.end, sent.end):
                continue  # "ودعا الرئيس العام لهيئة … الله عز وجل أن يتقبل الشهداء": a prayer, not a request
            cameo = self.lexicon.cameo[t.cameo]
            in_quote = next(((s, e) for s, e in speech if s <= h.start < e), None)
            actor, recipient = self._arguments(norm, sent, h, citing, previous, in_quote, hits)
            actor = [m for m in actor if not _of_a_thing(norm, m) and not _outlet_as_receiver(norm, m)]
            if t.type not in PHYSICAL:
                # (a place's nationality stands for the people protesting there, and for the target of an act of
                # force there: "الاعتداء بإضرام النار في قرية دوما الفلسطينية"; a word or a meeting has none)
                recipient = [m for m in recipient if not self._where(norm, m)]
            if t.type == "CONSULT" and actor and all(m.mention.kind == "media" for m in actor):
                continue  # "التقت «الشرق الأوسط» …", "التقت واس بأحد مرتادي العين": an interview, no diplomacy
            if t.cameo in CONDEMNING and not recipient:
                recipient = [m for m in self._condemned_doer(norm, sent, h) if m not in actor]
            # (what the clause's own words say about who did it, read after the arguments)
            if t.cameo == "1823" and not actor and recipient:
                # (not a side coded as the dead themselves: "جنود ليبيون … مع قوات مجلس شورى ثوار بنغازي")
                actor = [m for m in _fought_with(norm, sent, recipient[-1].end)
                         if m.mention.code not in {r.mention.code for r in recipient}]
            actor, recipient = self._killed_by_attack(norm, h, hits, actor, recipient)
            actor, recipient = self._blame(norm, sent, h, actor, recipient)
            actor, recipient = self._eased(norm, sent, h, actor, recipient)
            if t.type in _SAID_FROM and recipient and recipient[0].prep == FROM and \
                    recipient[0].mention.kind == "capital":
                recipient = recipient[1:]  # "وانتقد اردوغان من جاكرتا الدول التي …": where he spoke, not whom
            fear = _fear_word(norm, h)  # (read once: who fears it, and its mode)
            if actor and _felt_about(norm, h, fear is not None):
                # "أعربت الأمم المتحدة عن أسفها عن خرق الهدنة": what one regrets, welcomes or fears is not one's act
                # (but whom one warns against doing it would do it: "حذر المشرعين الأمريكيين من رفض الاتفاق")
                actor = [m for m in actor if m.start > h.start] or \
                    [m for m in _warned(norm, sent, h, fear) if m in actor]
            if t.cameo == SUICIDE_BOMBING and actor and all(
                    m.mention.code.endswith(_NOT_SUICIDE_BOMBERS) for m in actor):
                actor = []  # "واشارت السلطات التركية الى انه فجر نفسه": an institution blows no one up; the pronoun
                # is someone the speaker tells of (with no one else named, the act goes uncoded: an unnamed doer
                # kept for every "فجر نفسه" also coded the generic "يفجر نفسه" of explanations, tried and dropped)
            if t.cameo in ("1822", "1823") and _animals_first(norm, h, actor):
                continue  # "أعدمت السلطات نحو عشرة آلاف دجاجة بعد اكتشاف انفلونزا الطيور": culled animals
            if t.cameo == "043" and (_received_things(norm, h, actor) or _hosted_show(norm, h)):
                continue  # "استقبلت المحاكم السعودية نحو 103 دعاوى", "المستشفى استقبل جثامين 9 مدنيين": received
                # cases, calls or the wounded, not guests; a jamboree or an exhibition hosted, no visit
            if t.type == "CONSULT" and (
                    (t.cameo == "041" and recipient and all(m.mention.kind in MEDIA_KINDS for m in recipient))
                    or (t.pos == "noun" and actor and all(m.mention.kind in MEDIA_KINDS for m in actor))):
                continue  # "وأكد اللواء منصور التركي في اتصال هاتفي لـ«الشرق الأوسط»", "خلال لقاء قناة العربية":
                # an interview, no diplomacy
            if t.type == "ACCUSE" and recipient and _suffered_act(norm, hits, h, recipient[0],
                                                                     self._crowd_words(VICTIMS)):
                recipient = []  # "أدان اعتقال المتظاهرين": the condemned is who arrested them (unnamed), not
                # the protesters, who suffered it
            if not actor and t.type in PHYSICAL and accused and h.start > accused[0].end:
                # "اتهمت باكستان الهند بانتهاك …، حيث ذكرت أن أربعة مدنيين قتلوا في قصف": an attack told after
                # an accusation, by no one named, is the accused's act as the accuser tells it
                actor = [m for m in accused if m not in recipient]
            welcomed = _pattern_key(t.pattern) == RECEPTION and word_before == IN and \
                _word_before_that(norm, h.start - len(h.prefix), word_before) in WAS
            if welcomed:
                actor, recipient = _welcomed(norm, sent, h, actor, recipient)
            if t.type == "ASSAULT" and t.pos != "verb" and previous is not None and not previous[0] and actor \
                    and actor == previous[1] and out and out[-1].type in PHYSICAL:
                actor, recipient = [], actor  # "الجنود الأمريكيين قتلوا في انفجار": the victims suffered it
            if t.type in GOVERNING:  # its content is no event of its own, even when the demand or threat is
                governed_until = _clause_end(norm, h.end, sent.end)  # not coded for want of an actor
                if t.cameo == VIOLATING:  # a violation governs only what it violates ("بانتهاك وقف لاطلاق النار"),
                    # not the rest of its clause ("انتهاكات … من جانب القوات التي لم تتوقف عن تعذيب المحتجزين")
                    violated = _NEXT_TWO_WORDS.match(norm, h.end)
                    governed_until = min(governed_until, violated.end() if violated else h.end)
                governed_from = h.end
                while _CONTENT_GOES_ON.match(norm, governed_until):  # "رفض … إجراء تدريبات، وكذلك المشاركة في"
                    governed_until = _clause_end(norm, governed_until + 1, sent.end)
            if t.type == "REJECT" and _word_of(norm, h) in REFUSALS and _refused_that(norm, h, sent.end):
                continue
            if t.pos == "verb" and _pattern_key(t.pattern)[:3] == PROMISE_ROOT and not _promised(norm, h, sent.end):
                continue  # "استنكرت التصريحات وعدّتها مغذية للطائفية": عدّ (considered), not وعد (promised)
            if not actor and "ب" in h.prefix and out and out[-1].type == "ACCUSE" and previous is not None \
                    and previous[1] and last_event_end is not None \
                    and _words_between(norm, last_event_end, h.start) <= 5:
                # "اتهامه بيونجيانج بزرع ألغام", "اتهمت باكستان الهند بانتهاك": the accused did the act
                actor = previous[1]
                recipient = [m for m in recipient if m not in actor]
            if (not any(a is m for a in actor for m in sent.mentions)
                    or all(m.mention.code.endswith(":CVL") and _counted_before(norm, m.start) for m in actor)) and (
                    (t.type == "ASSAULT" and self._mishap(norm[sent.start : sent.end]))
                    or (t.cameo == COERCING and self._mishap(norm[_clause_start(norm, h.start, sent.start) :
                                                                  _after_words(norm, h.end, 3)]))
                    or (t.cameo == ARREST and _pattern_key(t.pattern).startswith(_TRAPPED)
                        and self._mishap(norm[sent.start : sent.end]))):
                continue  # "قتل ثلاثة أشخاص في حادث سير", "أسفرت السيول عن مقتل": deaths no one caused (nor
                # the people counted as its toll: "الزلزال الذي أودى بحياة 8800 شخص ودمر 600 ألف منزل"; nor
                # the country "البلاد" stands for: "وقتل 32 شخصا في الفيضانات الأخيرة في البلاد"); "ثوران بركان
                # … أجبر السلطات الإندونيسية على إغلاق مطار": what a disaster named before it forced (not an
                # arrest in a sentence that also tells of a drowning), and "احتجزوا داخل شقة إثر نشوب حريق":
                # people trapped, not detained
            if _kind_of_act(norm, h, sent.start):
                continue  # "خطوات من نوع خطف جندي اسرائيلي أو إطلاق صواريخ": kinds of acts, no event
            if t.type == "PROTEST" and t.pos == "noun" and _banned(norm, h, sent.start):
                continue  # "منع الحوثيون كل أنواع التظاهر أو الاعتصام السلمي": a ban, no demonstration (nor one by
                # who banned it)
            if t.type == "PROTEST" and t.pos == "verb" and t.cameo == CROWD_CAMEO and \
                    self._mishap(norm[sent.start : sent.end]) and not self._protest_cue(norm, sent):
                continue  # "تعرض شخص لحادث دهس … فيما تجمهر المواطنون حول الشخص المدهوس": a crowd at an accident,
                # with no word of protest, is no demonstration
            described = max((o for o in hits if _hit_end(o) <= h.start and o.trigger.type == "ASSAULT"
                             and o.trigger.pos in ("noun", "phrase") and _verb_describes(norm, o, h)),
                            key=_hit_end, default=None) \
                if t.type == "ASSAULT" and t.pos == "verb" and not h.prefix else None
            if described is not None:
                # "بضربة جوية استهدفت مقرهم", "غارة روسية استهدفت سوقا", "شنت غارة استهدفت موقعا": a verb
                # describing the attack named right before it is that attack; what it targeted is its
                # recipient, and its doer is the attack's: named between them ("هجوما للمقاومة الشعبية استهدف",
                # "عملية انتحارية تبناها حزب العمال الكردستاني استهدفت"), else after the verb as a passive's
                # agent; any other name after the verb is its object ("هجوما داميا للقاعدة استهدف السفارة")
                agents = [m for m in actor if m.start >= h.end and _words_between(norm, h.end, m.start) <= 6
                          and _AGENT_MARK.search(norm[max(h.end, m.start - len(m.clitic) - 30) :
                                                      m.start - len(m.clitic)])]
                doers = [m for m in actor if _hit_end(described) <= m.start < h.start and m.prep in (None, "ل")
                         and m.mention.kind not in ("capital", "nisba")] or agents
                recipient = [m for m in actor if m.start >= h.end and m not in agents] + \
                    [m for m in recipient if m not in actor]
                if out and last_event_end == described.end:
                    _give_recipient(out[-1], recipient, self.lexicon.cameo)
                    _give_actor(out[-1], doers)
                    continue
                # the attack not coded itself: its doer is also the state its adjective names ("غارة جوية
                # أميركية استهدفت الفضلي"), or the group that claimed it
                actor = doers or [m for m in sent.mentions
                                  if described.start < m.start < h.start and m.mention.kind == "nisba"] or \
                    _claimant(norm, sent, described)
            if t.type == "ASSAULT" and _pattern_key(t.pattern) in DEATHS and out and out[-1].type == "ASSAULT" \
                    and last_event_end is not None and (_RESULT.search(norm[last_event_end : h.start]) or (
                        norm[last_event_end : h.start - len(h.prefix)].split()[-1:] in (["عن"], ["الي"])
                        and _RESULT.search(norm[max(sent.start, last_event_start - 15) : last_event_start]))):
                # (or the attack between the verb of result and its toll: "أسفر التفجير عن مقتل خمسة جنود")
                # "ارتكبت مجزرة …، مما أدى إلى مقتل 43 مدنيا": the toll of the attack already coded, whose
                # victims these are
                _give_recipient(out[-1], recipient, self.lexicon.cameo)
                continue
            if not actor and t.type == "ASSAULT" and t.cameo in FIRING:
                actor = self._fired_from(norm, sent, h)  # "باطلاق صواريخ كاتيوشا من جنوب لبنان": from Lebanon
                recipient = [m for m in recipient if not any(a.start == m.start for a in actor)]
            if t.type == "ASSAULT" and t.cameo in FIRING and not recipient and \
                    any(w in t.pattern for w in _MISSILES) and (
                    _MISSILE_TEST.search(norm, sent.start, sent.end)
                    or _INTO_THE_SEA.match(norm, _hit_end(h), _clause_end(norm, _hit_end(h), sent.end))):
                continue  # "أطلقت كوريا الشمالية صاروخين قصيري المدى في البحر الأصفر بعد أسبوعين من تجارب أخرى": a
                # test or a show of force at no one, no attack
            physical = t.type in PHYSICAL
            # a demonstration or an attack by people the text does not place in a country ("تظاهر نحو ألفي
            # شخص", "فجر المهاجمون قنابلهم", "اندلعت مظاهرات"): an event with an empty actor, never a guess
            # (deaths with no one named are violence only when the sentence names an attack: "أسفر الانفجار عن
            # مقتل" yes, "حادث أسفر عن مقتل" in a mine no)
            # a phrase is nominal when its head is a noun, or a verb form after ب/ل/ك or the article, which a
            # perfect verb never takes ("تعرض لقصف صاروخي")
            nominal = h.trigger.pos == "noun" or (h.trigger.pos == "phrase" and not h.gapped and (
                not self._verb_headed(t)
                or any(c in h.prefix for c in ("ب", "ل", "ك"))))
            unnamed = not actor and t.type in CROWD_TYPES and (
                bool(t.needs) or (self._unnamed_noun(norm, sent, h, hits) if nominal
                                  else self._unnamed_doer(norm, sent, h) or self._occurring(t)
                                  or self._crowd_agent(norm, sent, h)))
            definite_phrase = h.trigger.pos == "phrase" and "ال" in h.prefix and not h.gapped
            if (h.trigger.pos == "noun" or definite_phrase) and t.type in CROWD_TYPES and \
                    not self._anchored(norm, sent, h, hits):
                continue  # "اغتيال الحريري", "ضد الاعتداءات", "الهجوم الانتحاري": a reference, not a report
            if t.type == "ASSAULT" and _TARGETING in _pattern_key(t.pattern).split(" ", 1)[0] and \
                    all(m.mention.code.endswith(_UNARMED) for m in recipient) and (
                    _aims_at_doing(norm, h, actor) or not any(_armed(m) for m in actor)) \
                    and not self._violent_words(norm, sent, h, hits) and not _violence_named(norm, sent):
                continue  # "المعرض يستهدف الشباب", "تستهدف استراليا تقليص الانبعاثات", "المستوى الذي يستهدفه
                # البنك المركزي": aimed at, by no armed side, at no armed side, with no violence told: an aim
            if t.cameo == "192" and t.pos == "verb" and (any(
                    w.strip(_PUNCTUATION) in _RANKINGS for w in norm[h.end : h.end + 60].split()[:4])
                    or _ranked_after(norm[h.end : h.end + 90].split()[:8])):
                continue  # "واحتلت زيارة اوباما الصفحات الأولى للصحف": a place in a ranking or the news, past
                # its subject (not-event phrases take it right after the verb: "احتلت المرتبة"); past a long
                # subject, a ranking with its ordinal: "احتلت السيدة الأولى الحالية ميشيل أوباما المركز الثاني"
            if t.type == "PROTEST" and _a_course(norm, h):
                continue  # "انطلقت مسيرة تعليم البنات", "مسيرة الإعمار", "المسيرة التنموية": a course, no march
            if h.trigger.pos in ("noun", "phrase") and not h.gapped and word_before in DESCRIBED_AS:
                continue  # "واصفا جريمة إسرائيلية بأنها عمل إرهابي": what an act is called, not another act
            if nominal and t.type in (*CROWD_TYPES, "COERCE") and _cases_counted(norm, h):
                continue  # "حدث 94 ألفا و780 حالة اغتصاب", "سجلت حالات خطف", "عددا من حالات اعتقال": a tally of
                # cases, no one event
            if unnamed and t.type == "PROTEST" and not nominal:
                actor = self._crowd_actor(norm, sent, h)  # "تظاهر نحو ألفي شخص امس في بيشاور": PAK:CVL
            if (unnamed or nominal) and t.type == "PROTEST" and not actor:
                actor = self._protest_country(norm, sent, h)  # "انطلقت مسيرات داخل المخيمات الفلسطينية"
                recipient = [m for m in recipient if not any(a.start == m.start for a in actor)] or \
                    _protest_target(norm, sent, h, actor)
            if nominal and not actor and not (physical and recipient) and not unnamed:
                continue  # a nominal mention of an act with no one doing it (or, for violence, suffering it)
            if not actor and not recipient and not unnamed:
                continue  # neither who nor whom: nothing an analyst could use ("وصل عدد القتلى إلى")
            if t.type in ("ASSAULT", "COERCE") and (jailers := _jailers(norm, sent, h, actor)):
                # "وفاة عدد من الفلسطينيين تحت التعذيب في سجون نظام بشار الأسد", "تعرض الأسرى للتعذيب في سجون
                # الاحتلال الإسرائيلي": whose prisons they are is who holds and tortures in them, not whom it is
                # done to
                if actor and actor[0].start > h.start and t.pos != "verb":
                    recipient = actor + recipient  # "احتجاز أربعة أمريكيين في السجون الإيرانية": the genitive is
                    actor = []  # whom they hold
                recipient = [m for m in recipient if m not in jailers]
                actor = actor or jailers
            if t.cameo in ASSASSINATIONS and any(m.mention.kind in _PLACE_KINDS for m in recipient):
                # only people are assassinated: a state is a figure ("محاولة متجددة لاغتيال لبنان") or where it
                # happened ("تعرض وزير داخليتها لمحاولة اغتيال خلال زيارة إلى تونس", "الاغتيالات التي شهدها لبنان")
                recipient = [m for m in recipient if m.mention.kind not in _PLACE_KINDS]
                if not actor and not recipient:
                    continue
            if t.cameo == "042" and actor and all(guessed_country(m.mention) for m in actor) and \
                    _countries(actor) <= _countries([m for m in sent.mentions if m.start > h.start
                                                     and m.prep in (TO, "الي", "ل", None) and m not in actor]):
                actor = []  # "وصل وفد إلى موسكو": a delegation given the country of where it goes is a guess
            if t.cameo == "042" and actor and recipient and previous is not None and previous[1] and \
                    _possessed(norm, h, self._noun_forms) and \
                    _countries(actor) <= _countries(recipient) and not _countries(previous[1]) & _countries(recipient):
                # "تلقى خادم الحرمين اتصالا من الرئيس الفرنسي جدد خلاله ترحيبه بخادم الحرمين في زيارته لفرنسا":
                # no one visits his own country; "his" is the other party of the last act
                actor = previous[1]
            if t.cameo == "042" and (not actor or _word_after(norm, _hit_end(h)) in AMOUNTS or _count_after(
                    norm, _hit_end(h)) or _arrives_at_no_place(norm, _hit_end(h)) or all(
                    m.mention.kind == "nisba" or m.mention.code.endswith(":CVL") for m in actor)):
                continue  # a visit by nobody named: a count ("وصل عدد الضحايا إلى 409", "أحكاما بالسجن لمدد تصل
                # إلى ثلاث سنوات", "وصول انتاج أوبك إلى مستوى قياسي"), a storm ("وصل إعصار
                # سوديلور لإقليم فوجيان"), tourists or a player reaching a city; nor by a people: migrants or
                # tourists ("السوريين الذين يجازفون … للوصول إلى أوروبا"); not diplomacy an analyst can use
            if t.cameo == ARREST and t.pos == "verb" and not h.prefix.endswith("ل") and actor and \
                    actor[0].start > h.end and all(m.mention.code.endswith(":CVL") and (
                        _counted(norm[m.start : m.end].split(" ", 1)[0]) or _counted_before(norm, m.start))
                        for m in actor):
                # "واعتقل تسعة بريطانيين في برمنغهام": a count of civilians after an arrest verb is its unwritten
                # passive's subject, the arrested (civilians counted arrest no one)
                actor, recipient = [], actor + [m for m in recipient if m not in actor]
            if t.type == "CONSULT" and (actor or recipient) and (
                    all(m.mention.code.endswith(":CVL") for m in actor + recipient)
                    or any(m.mention.code.endswith(":CVL") and _counted_before(norm, m.start)
                           for m in actor + recipient)):
                continue  # "يجتمع خلالها الطلبة من أنحاء العالم": people meeting one another, with no official
                # among them, is no consultation; nor is a crowd's coming or being received ("استقبل الميناء 175
                # سائحا", "اليونان التي وصل إليها 50 ألف مهاجر")
            if t.type in _DEALINGS and not actor and recipient and all(
                    m.mention.code.endswith(":CVL") and _counted_before(norm, m.start) for m in recipient):
                continue  # "أبرمت عقودا مع 30 طبيبا", "تبرع أكثر من 100 شخص": by no one named, with a count of
                # people, no politics an analyst could use
            if t.cameo == "042" and _pattern_key(t.pattern).split(" ")[0] in MOTION and \
                    not any(m.prep in (TO, "الي", "ل", None) for m in recipient) and \
                    self._location(doc, norm, sent, h) is None:
                continue  # a journey is a visit when it names where to ("وصل إلى مسقط"), not "ذهب البعض إلى
                # أن" (argued), "تذهب الممثلة إلى منطقة بعيدة في الأداء", "وصلوا لمنطقة وعرة"
            if t.cameo == "042" and _pattern_key(t.pattern).split(" ")[0] in _ARRIVING and (
                    (actor and all(_armed_body(m) for m in actor)) or _tried(norm, h)):
                continue  # forces arriving are deployed, not visiting ("وصلت قوات سعودية إلى عدن"), and reaching
                # what one tried to reach is no visit ("تمكنت القوات من الوصول إلى مستودع النفط", "يحاولون
                # الوصول للآلاف من سكان القرى")
            # (after "كان في استقبال <guest> …", "لدى وصوله" is the guest's arrival: the guest goes on)
            # (nor an act named as what the last one was done to: "أدانت الولايات المتحدة هجمات جماعة بوكو حرام
            # … واستنكرت": the United States condemned twice)
            nested = t.pos == "noun" and previous is not None and bool(actor) and actor[0].start >= h.end and \
                all(m in previous[1] for m in actor)
            if _document_before(norm, h) is None and not nested:
                # (what a statement says is not the sentence's own act: "قررت القيادة … لاستصدار قرار يدين
                # هجمات المستوطنين، وطلبت": the joined verb goes on with the leadership)
                previous = (recipient, actor) if welcomed else (actor, recipient)
            polarity = "negated" if _negated(norm, h, sent.start) or (
                t.pos in ("noun", "phrase") and (_light_negated(norm, h, sent.start)
                                                 or self._not_witnessed(norm, h, sent.start))) else "asserted"
            aux = _aux(norm, h, sent.start, self._perfects_in_t, fear is not None)
            if aux == "actual" and _FUTURE_RE.search(" " + norm[h.start : h.end] + " "):
                aux = "future"  # the cue is part of the phrase ("من المقرر أن يزور")
            ptype, code = t.type, t.cameo
            if code == "043" and _received_things(norm, h, actor, REFUGEES):
                ptype, code = "AID", ASYLUM  # "وبدأت السلطات الأردنية استقبال اللاجئين العراقيين": asylum
            if ptype == "PROTEST" and code != RIOT and t.pos == "noun" and _turned_violent(norm, sent, h):
                code = RIOT  # "وتحولت التظاهرات السلمية … إلى أعمال عنف": a demonstration that turned violent
            # "هاجمت فيه الحكومة", "ورددوا شعارات … تهاجم السياسات الحكومية": an attack in a statement or on words
            # is criticism, whoever makes it (protesters too)
            worded = _unconjoined(_word_of(norm, h)).startswith(_ATTACKING) and (
                _document_before(norm, h) is not None or _attacks_words(norm, h) or _attacks_saying(norm, sent, h))
            if ptype in ("ASSAULT", "COERCE") and not worded and not any(_is_protester(m) for m in recipient) and \
                    not t.cameo.startswith(("183", "172", "173", "174")) and t.cameo != REPRESSION and \
                    _unconjoined(word_before) not in _BEFORE_AND_BECAUSE and \
                    not (_purpose_noun(word_before) or _unconjoined(word_before) in _DENOUNCING) and \
                    not (t.cameo.startswith("18") and recipient and not actor) and (
                    # (nor a killing with its victims and no one named as its doer: "علق متظاهرون صورا لجنود
                    # قتلوا في العراق")
                    # (a bombing is no protest, nor an act the demonstration came after or because of: "المتظاهرين
                    # الذين كانوا يدينون تنظيم داعش بعد الهجوم الانتحاري")
                    any(_is_protester(m) and not _counted(_word_before(norm, m.start - len(m.clitic)))
                        and not (t.cameo.startswith("18") and m.start > h.end)  # "قتل أمنها المتظاهرين"
                        for m in actor) or self._crowd_subject(
                        norm, sent, h, ("protest",),
                        after=t.pos == "verb" and not t.cameo.startswith("18") and not _fronted_noun(norm, h)
                        and word_before not in PRONOUN_SUBJECTS)):
                # "أحرق المتظاهرون …", "وقام المتظاهرون باحراق الأعلام": a violent protest, not an assault
                # (after a killing verb, protesters are its victims: "قتل متظاهر", and after a verbal noun its
                # patients: "اعتقال المتظاهرين"); what else the coder took for the actor is what the
                # protesters acted on
                ptype, code = "PROTEST", "145"
                if actor and not any(_is_protester(m) for m in actor):
                    actor, recipient = [], actor + recipient
            if ptype == "ASSAULT" and _pattern_key(t.pattern).split(" ")[-1] in _ATTACK_NOUNS and \
                    _attack_by_word(norm, sent, h, actor, recipient) and not self._violent_words(norm, sent, h, hits):
                # "شن الرئيس التركي هجوما على المعارضة", "هجوم الرئيس على المعارضة": a person's attack, with nothing of
                # violence in its sentence, is in words: criticism (and "جدد هجومه … على جماعة الإخوان، قائلا إن",
                # "شن هجوما على نائب الرئيس العراقي …، معتبرا إياه": an attack on a person or one's own, told with
                # what was said)
                ptype, code = "ACCUSE", CRITICIZE
            if ptype == "ASSAULT" and (worded or (actor and all(m.mention.code.endswith(":MED") for m in actor)
                                                  and _unconjoined(_word_of(norm, h)).startswith(_ATTACKING))):
                ptype, code = "ACCUSE", CRITICIZE  # "أصدرت القائمة بيانا هاجمت فيه الحكومة": an attack in a statement
                # (or by a newspaper: "هاجمت جريدة «إقدام» التركية العرب")
            if ptype == "CONSULT" and aux == "future":
                ptype, code = "AGREE", "036"  # a scheduled meeting or visit is an agreement to meet
            attribution = self._attribution(norm, sent, h, in_quote, actor)
            if dates is None:
                offset = sent.start
                dates = [DateMention(d.start + offset, d.end + offset, d.value, d.end_value, d.kind, d.year_inferred)
                         for d in find_dates(norm[sent.start : sent.end], *when)]
            date, date_end = _nearest_date(dates, h, sent, norm)
            doc_year = when[0].year if when[0] else when[1]
            if aux == "actual" and doc_year and self._historical(norm, sent, h, dates, doc_year):
                aux = "historical"  # "مقتل نك بيرغ … في 2004" in a 2015 article: background
            if toll is not None and ptype == "ASSAULT" and t.pos != "verb" and out and out[-1] is toll[0] and \
                    toll[0].polarity == polarity and (
                        _TOLL_LINK.fullmatch(link := norm[toll[1] : h.start - len(h.prefix)])
                        or (h.prefix in ("ب", "بال") and _VICTIMS_BEFORE_BA.fullmatch(link))):
                # "قتل ستة أشخاص في هجوم نفذته انتحارية", "جنديين قتلا بانفجار عبوة": the toll and the attack
                # it happened in are one incident: the attack, more specific, is kept, with the toll's victims
                # (not a name in the attack's own words, which the toll's verb took for its victims: "قتلوا جراء
                # قصف جوي شنته قوات التحالف")
                victims = [m for m in toll[2] if m.start < h.start]
                if victims and _codes(actor) == _codes(victims):
                    actor = []  # (the victims did not do it)
                if t.cameo == CLASH and not actor and victims and recipient and recipient[0].prep == WITH and \
                        all(_armed_body(m) for m in victims):
                    # "جنديا تركيا قتل وأصيب آخر في اشتباكات مع تنظيم داعش": soldiers killed in clashes with a
                    # group were one side of them
                    actor, victims = victims, []
                recipient = victims + [m for m in recipient if m not in victims]  # the victims first
                actor = actor or toll[3]
                out.pop()
            o_start, o_end = nt.to_original(h.start, h.end)
            if code != t.cameo:
                cameo = self.lexicon.cameo[code]
            actor_codes = _codes(actor)
            event = Event(
                id=f"ev{first_id + len(out) + 1}",
                type=ptype,
                cameo=code,
                trigger=Span(o_start, o_end),
                sentence=sent.orig,
                section=sent.section,
                actor=actor_codes,
                # (a recipient coded as the actor is no recipient, and its words are no evidence of one)
                recipient=[c for c in _codes(recipient) if c not in actor_codes],
                actor_spans=[m.mention.span for m in actor],
                recipient_spans=[m.mention.span for m in recipient if m.mention.code not in actor_codes],
                polarity=polarity,
                aux=aux,
                attribution=attribution,
                mode=cameo.mode or None,
                context=list(cameo.context),
                quad_class=cameo.quad_class,
                score=cameo.goldstein,
                date=date,
                date_end=date_end,
                location=self._location(doc, norm, sent, h),
                confidence=_confidence(actor, recipient, h, hedged := _hedged(nt.text, actor)),  # (the aside unmasked)
            )
            event.gloss_en = _gloss(event, cameo, actor, recipient, doc.text[o_start:o_end], hedged)
            if actor and ptype in (*PHYSICAL, "SANCTION") and out and out[-1].cameo in CONDEMNING and \
                    not out[-1].recipient and \
                    last_event_end is not None and _condemned(norm, last_event_end, h):
                # "ودانت الحكومة العراقية الغارات التي تشنها الطائرات التركية": who did the act condemned right
                # after the verb is who is condemned
                _give_recipient(out[-1], actor, self.lexicon.cameo)
            out.append(event)
            if ptype == "PROTEST":
                if demonstrated and ((t.needs in ("act", "riot") and self._told_crowd(norm, sent, h)) or (
                        code in TACTICS and actor and all(_is_protester(m) and _told_of(norm, m) for m in actor))):
                    # "تظاهر آلاف …، وسار المتظاهرون …", "… ورشق المتظاهرون الشرطة بالحجارة": what the protesters
                    # of a demonstration the document has coded do once out (march, block, burn, storm) is part
                    # of it, one event told where it began; coded again, one demonstration would count several
                    # times. Kept (and read on: "… وأحرقوا الإطارات" is theirs too) until the sentence is done,
                    # then dropped. Not when they are counted ("ورشق مئات المتظاهرين") or go out ("نزل
                    # المتظاهرون إلى الشوارع"), which starts one, nor when nothing before told of their
                    # demonstration: then the act is the only record of it.
                    details.add(id(event))
                else:
                    demonstrated = True  # a demonstration of its own: later acts of its protesters are part of it
            last_event_end = h.end
            last_event_start = h.start - len(h.prefix)
            if ptype == "ACCUSE" and recipient and polarity == "asserted":
                accused = recipient
            toll = (event, h.end, recipient, actor) if ptype == "ASSAULT" and (
                _pattern_key(t.pattern) in KILLED or _pattern_key(t.pattern) in DEATHS) else None
        if details:
            out = [e for e in out if id(e) not in details]
            for i, e in enumerate(out):
                e.id = f"ev{first_id + i + 1}"
        return out

    # ------------------------------------------------------------------ arguments
    def _arguments(self, norm: str, sent: _Sentence, h: TriggerHit, citing: list[tuple[int, int]],
                   previous: tuple[list[_M], list[_M]] | None,
                   in_quote: tuple[int, int] | None, hits: Sequence[TriggerHit] = ()) -> tuple[list[_M], list[_M]]:
        clause_start = _clause_start(norm, h.start, sent.start)
        clause_end = _clause_end(norm, h.end, sent.end)
        # a purpose's object is a third party for help, pacts and calls ("سلحتهم لمحاربة تنظيم الدولة"), but the
        # target of force ("استخدمت الغاز المسيل للدموع لتفريق المتظاهرين") and the one blamed for blame
        purposes = h.trigger.type in _WITH_NOT_AGAINST
        # a contiguous verb phrase whose complement starts a name ("حشدت قوات التحالف …") leaves that name
        # as the verb's subject: mentions may start after the phrase's first word
        first_word_end = h.start + len(norm[h.start : h.end].split(" ", 1)[0])
        inside = [m for m in sent.mentions if first_word_end < m.start < h.end]
        start_after = inside[0].start if inside else h.end
        after = [m for m in sent.mentions if m.start >= start_after and m.start < clause_end]
        after_all = [m for m in sent.mentions if m.start >= start_after]  # coordination may cross a comma
        if h.trigger.type in PHYSICAL:
            # "هجمات متفرقة بالعراق", "تظاهر عمال باليونان", "سجن طرة بمصر": a state after ب is where (and
            # the states joined to it: "ضد داعش بالعراق وسوريا")
            where = _states_after_ba(norm, after_all) + [m for m in after_all if _partner(norm, m)]
            after = [m for m in after if m not in where]
            after_all = [m for m in after_all if m not in where]
        before = [m for m in sent.mentions if m.end <= h.start and m.start >= sent.start]
        t = h.trigger
        actor: list[_M] = []
        recipient: list[_M] = []
        victims_first = False  # the mentions before a killing verb turned out to be its victims
        described_object: list[_M] = []  # what a relative clause describes, when the verb's pronoun is it
        announced = False  # a death was announced by the subject before it (who neither did nor suffered it)
        passive = t.voice == "passive" or _word_before(norm, h.start - len(h.prefix)) in PASSIVE_MARKERS or (
            t.pos == "verb" and _AGENT_AFTER.match(norm, h.end) is not None) or (  # "قتل من قبل القوات"
            t.pos in ("verb", "phrase") and self._marked_passive(h)) or (
            t.pos == "verb" and _unconjoined(_word_of(norm, h)) in CASUALTY_VERBS and _by_weapon(norm, after)) or (
            t.type == "ASSAULT" and t.pos == "verb" and (_counted_victims(norm, h.end, after)
                                                         or _casualty_pair(norm, h.end, after)
                                                         or self._killed_in(norm, h.end, after)
                                                         or self._killed_alone(norm, h, after))
            and not (before and before[-1].prep is None and not h.prefix
                     # ("وكانت القوات الاسرائيلية قد قتلت ثلاثة فلسطينيين": قد between them)
                     and all(w == _QAD for w in norm[before[-1].end : h.start].split()))) or (
            t.type == "ASSAULT" and t.pos == "verb" and _killed_then_wounded(norm, h))
        # (but "المسلحون الحوثيون قتلوا ثلاثة مدنيين": a subject right before the verb did it)

        # (a verb form after a noun of campaign is that noun's genitive, a noun: "بدأت حملة قصف لمخيمات")
        campaign = t.pos == "verb" and not h.prefix and _unconjoined(_word_before(norm, h.start)) in _CAMPAIGNS
        verbal = (t.pos in ("verb", "participle") and not campaign) or h.gapped or (
            t.pos == "phrase" and self._verb_headed(t)
            and not any(c in h.prefix for c in ("ب", "ال", "ك", "لل"))  # "بطلب من تركيا": a noun after all
            and not (h.prefix == "ل" and _suffering_verb(norm, h, clause_start) is not None)
            # ("تعرضت لقصف جوي": what one suffers is a noun; a purpose, "لبحث تطورات", goes on with its verb)
            and _word_before(norm, h.start - len(h.prefix)) not in _NOUN_GOVERNORS  # "بعد خطف طائرة هندية"
            and not _governed_noun(norm, h, before))  # "قررت الحكومة طرد السفير": a noun
        key = _pattern_key(t.pattern)
        multiword = " " in key and not h.gapped and key.rsplit(" ", 1)[-1] not in self._verb_forms
        if inside:
            multiword = False
        if verbal and not passive:
            between = _quoted_name_head(norm[h.end : after[0].start - len(after[0].clitic)].split()) \
                if after else []
            each = between[:2] in (["كل", "من"], ["كلا", "من"])  # "تطالب كل من فيتنام والفلبين": governed by من
            gap = between[2:] if each else between
            if len(gap) == 2 and gap[0] in _PART_OF and after[0].mention.kind == "nisba":
                gap = gap[1:]  # "واستهدفت معظم الغارات التركية قواعد": a part of the subject's head, then its
                # nationality (not "دعت بعض الأطراف الحكومة الإسرائيلية": a name after it is the object)
            close = after and (after[0] in inside or not gap or (
                len(gap) == 1 and not self._object_head(gap[0], t.type)
                and not _complement_head(h, gap[0]) and not gap[0].startswith(("بال", "لل", "كال"))
                and not (_unconjoined(gap[0]) in _UNNAMED_SUBJECTS and after[0].mention.kind != "nisba"
                         and not after[0].clitic)
                and not (after[0].mention.kind == "nisba" and gap[0].endswith("ين") and len(gap[0]) >= 5
                         and norm[after[0].start : after[0].end].endswith("ين")
                         and _unconjoined(gap[0]) not in self._armed_words)) or (
                _words_between(norm, h.end, after[0].start) <= 5 and all(w in BEFORE_A_SUBJECT for w in between)))
            # (one word may stand between a verb and its subject, the subject's own head ("اتفق الرئيسان
            # الأوزبكي والكازاخي"), unless it heads an object: a place, an act or a count ("استهدف مسجد قوات
            # الطوارئ", "رفض دعم إيران للإرهاب"), nor a prepositional phrase ("واستهدفت بالأساس حزب العمال
            # الكردستاني": an adverb), or is itself a subject the lexicon does not name before a
            # name that is not its adjective ("حث الجانبان الحكومة العراقية": the government is urged), or
            # heads its nationality in the oblique case, which no subject takes ("قتل شرطيين تركيين": the Turks
            # were killed; but attackers in the genitive of a verbal noun did it: "قتل إرهابيين سعوديين أقاربهم");
            # several only if honorifics or a part word ("وصل صاحب السمو
            # الملكي الأمير محمد بن سلمان", "رفضت غالبية مجلس النواب"))
            # "الرئيس المصري يزور السعودية", "تركيا تساعد تنظيم داعش": a bare mention right before the verb,
            # opening its clause, is the subject; what follows is the object
            # (the future prefix keeps the order: "إن واشنطن سترسل قوات")
            owned = bool(before) and before[-1].prep == "ل" and \
                _word_before(norm, before[-1].start - len(before[-1].clitic)) in BELONGING
            fronted = bool(before) and (before[-1].prep is None or owned) and h.prefix in ("", "س") and (
                _words_between(norm, before[-1].end, h.start - len(h.prefix)) == 0
                or _adjectives_only(norm[before[-1].end : h.start - len(h.prefix)])
                or all(w in _PARTICLES_BEFORE_VERB for w in norm[before[-1].end : h.start - len(h.prefix)].split())
            ) and (
                    # (a chronology's year before it too: "1990- القوات العراقية تغزو الكويت")
                    owned or not norm[clause_start : before[-1].start].strip(" \"«»()-–—:0123456789")
                    or _word_before(norm, before[-1].start - len(before[-1].clitic)) in _SUBJECT_OPENERS
                    or norm[clause_start : before[-1].start - len(before[-1].clitic)].split() in _OPENING
                    # (a nationality after the subject's unnamed head: "المجلس البلدي السعودي يحث المواطنين")
                    or (before[-1].mention.kind == "nisba" and _definite_head(
                        norm[clause_start : before[-1].start - len(before[-1].clitic)].split())))
            # ("لكن موسكو انتقدت الولايات المتحدة": a clause may open with لكن or بينما before its subject)
            his_country = self._his_country(norm, sent, h)  # "ان بلاده لن ترسل قوات": the speaker's country
            # (a verb with an object pronoun has the noun before it as its object, its subject after it: "شخصيات
            # تدعمها إيران")
            describing = t.pos == "verb" and not h.prefix and not _object_suffix(norm, h)
            if his_country:
                actor, rest, anchor = his_country, after, h.end
            elif describing and _plural_described(norm, h.start, clause_start) and not (
                    before and before[-1].end >= h.start - 1):
                actor, rest, anchor = [], after, h.end  # (see _PEOPLE_PLURALS)
            elif describing and _document_before(norm, h) is None and \
                    (launched := _campaign_before(norm, h)) is not None and \
                    (launcher := _issuer(norm, before, launched, clause_start, _LAUNCHING)):
                # "أطلق الرئيس التركي «حربا على الإرهاب» تستهدف حزب العمال": the war's launcher does it
                actor, rest, anchor = launcher, after, h.end
            elif (document := _document_before(norm, h)) is not None:
                # "أصدرت المقاومة الشعبية بيانا تطالب فيه الحكومة", "تبنت الجمعية العامة قرارا يطالب إسرائيل": a
                # verb right after an indefinite statement or resolution describes it; the statement says it, so
                # its issuer does it, and the name after the verb is the object
                actor, rest, anchor = _issuer(norm, before, document, clause_start), after, h.end
            elif _circumstantial(norm, h) or (t.pos == "participle" and "ال" not in h.prefix and (
                    previous is not None or (norm[h.start : h.end].endswith("ا") and (
                        not before or (not h.prefix and _opens_with_saying(norm, sent)))))):
                # (or with no comma, after an act: "نزل المتظاهرون إلى الشوارع مطالبين برحيل الحكومة"; or, in the
                # accusative, opening a sentence that goes on from the last: "متهمًا الحكومة الإسرائيلية", or
                # ending what a speaker says: "وقال مسؤول …: إن الإقليم يعاني تداعيات الغارات على معسكرات حزب
                # العمال داعيا الطرفين إلى", the speaker's call, not the PKK's)
                # "انتقد وزير الخارجية السعودي السياسة الإيرانية، متهما طهران بدعم الإرهاب": a participle of
                # circumstance has no subject of its own (what follows is its object); it goes on with the
                # sentence's subject (not the last act's doer: "نفى إردوغان الاتهامات بأن تركيا تساعد داعش،
                # متهما «قوى سوداء»" is Erdogan's accusation)
                actor, rest, anchor = _sentence_subject(norm, sent, before), after, h.end
            elif previous is None and t.type in _ADDRESSING and _after_saying_clause(norm, sent, h) and \
                    not self._imperfect(norm, h) and \
                    not (after and _SOME_OF.search(norm, h.end, after[0].end)) and \
                    (said := _sentence_subject(norm, sent, before)):
                # "قال أوباما إن الانتخابات لا تتمتع بالمصداقية، ودعا الحكومة البوروندية إلى الحوار": a verb
                # joined after the comma that closes what the sentence's speaker said goes on with the speaker;
                # a name after it is whom he calls on, praises or accuses (but a part of a group after it is a
                # subject of its own: "، وطالب عدد من المسؤولين الأميركيين بالإفراج عنه"; and the narrator tells
                # the speaker's acts in the past: "أكد أن قيادات من الحزب … مؤيدون للشرعية، ويرفضون" goes on with
                # what was said)
                actor, rest, anchor = said, after, h.end
            elif (t.pos == "verb" or h.gapped) and (office := _office_group(norm, h.end, after)) is not None and \
                    not fronted and (not h.gapped or after[office].end <= h.tail_start):
                # "أدان المكتب السياسي لحركة حماس الهجوم", "المجلس التنسيقي للمقاومة الشعبية", "هدد الفرع المصري
                # لتنظيم داعش": an office or branch of a body, named by what it is, speaks and acts for the body
                # (not "قدم الدعم للمقاومة": to it)
                actor = _coordinated(norm, after[office:])
                rest, anchor = after[office + len(actor):], actor[-1].end
            elif h.gapped and after and after[0].end <= h.tail_start and after[0].prep == "ل" and not fronted and \
                    _word_before(norm, after[0].start - len(after[0].clitic)) in BELONGING:
                # "اطلقت طائرة بدون طيار تابعة لوكالة المخابرات المركزية الاميركية عدة صواريخ": the subject
                # between a verb and what it fires is what belongs to its owner, who did it
                actor, rest, anchor = [after[0]], after[1:], after[0].end
            elif after and (after[0].prep is None or each) and close and not multiword and not fronted and \
                    not (h.prefix in ("", "و") and (not between or self._joined_verbs(between)
                                                     or all(w in _VERB_ASIDES for w in between))
                         and _unconjoined(_word_before(norm, h.start - len(h.prefix))) in RELATIVES
                         and not _object_suffix(norm, h) and not self._resumptive(norm, after[0].end, clause_end)) and \
                    not ((t.cameo == "042" or t.cameo.startswith("192")) and
                         after[0].mention.kind in ("capital", "country") and not _state_then_state(norm, after)) and \
                    not _result_ma(norm, h) and \
                    not (t.type == "COERCE" and _is_protester(after[0])
                         # (but "وحاصر المتظاهرون مبنى البرلمان": the nominative -ون is the subject)
                         and not norm[after[0].start : after[0].end].split(" ", 1)[0].endswith("ون")) and \
                    not _plural_verb(norm[h.start : h.end]) and not _disagrees(norm, h, after[0]) and \
                    not _describing_verb(norm, sent, h, self._perfects_in_t) and \
                    not (not between and _oblique(norm, after[0]) and _finite_verb(norm, h)
                         and _unconjoined(_word_of(norm, h)) not in self._noun_forms) and \
                    (_pronoun_before(norm, h.start - len(h.prefix)) not in PRONOUN_SUBJECTS
                     or _of_the_matter(norm, h)) and \
                    not ((_noun_subject_before(norm, h.start - len(h.prefix), sent.start)
                          or _subject_between_kana_qad(norm, h.start - len(h.prefix), clause_start))
                         and not _object_suffix(norm, h)):
                # (right after a relative pronoun, a verb with no pronoun for the antecedent in its clause has
                # the antecedent as subject, so the name after it is its object: "الانفجار الذي استهدف الجيش
                # اللبناني", also past أيضا: "الجماعات المتشددة التي قتلت أيضا عشرات من الجيش" (but "الذي هدد
                # تنظيم داعش بإعدامه", "التي ترفض واشنطن التنسيق معها");
                # a state or capital right after a visit verb is where to: "موغيريني، التي زارت طهران", and
                # what is occupied: "حين احتل الكويت"; protesters after an arrest verb are arrested:
                # "واعتقلت عشرات المتظاهرين";
                # after a pronoun subject, what follows is the object: "أكد أنه التقى الرئيس الفرنسي",
                # "إنها اعتقلت 190 متظاهرا", "لكنه لم يلتق رئيس النظام")
                actor = _coordinated(norm, after_all)
                relative = _word_before(norm, h.start)
                if _resumes_described(norm, h, relative):
                    # "إيران التي تتهمها البحرين بتدريب المسلحين": the pronoun that agrees with what the clause
                    # describes is it, the object
                    recipient = self._described(norm, sent, h.start - len(relative) - 1, relative)
                # (nor the rest of the subject's name: "محمد بن سلمان بن عبدالعزيز آل سعود" is one person)
                named = {a.mention.code for a in actor}
                rest = [m for m in after if m not in actor and m.mention.code not in named]
                anchor = actor[-1].end
                holder = actor[-1].mention.kind == "title"  # the title's holder may follow, once
                for m in after:  # "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز": the subject named again
                    if m.start >= anchor and _words_between(norm, anchor, m.start) <= 1 and (
                            m.mention.code in named or _apposed_title(norm, actor[-1], m)
                            # (the title's holder, whatever his own code, past a rank or an epithet: "الأمين
                            # العام لمجلس التعاون الدكتور عبداللطيف الزياني")
                            or (holder and m.mention.kind == "person" and m.prep is None and not m.clitic
                                and all(w.startswith("ال") or w == "د." for w in norm[anchor : m.start].split()))
                            or (m.mention.kind == "nisba" and not m.clitic and norm[anchor:m.start].strip() == ""
                                and m.mention.code in {c.split(":")[0] for c in named})):
                        anchor = m.end  # (and its own nationality: "شرطة ولاية نيوجيرسي الأمريكية")
                        holder = holder and m.mention.kind != "person"
                rest = [m for m in rest if m.end > anchor]
                beyond = [m for m in after_all if m not in after and m.mention.code not in named]
                if not rest and beyond and (_adjuncts_only(norm, anchor, beyond[0].start - len(beyond[0].clitic))
                                            or _comma_after_subject(norm, anchor, beyond[0].start)):
                    rest = beyond  # "… في مكتبه بقصر اليمامة اليوم، رئيس وزراء لبنان": a comma closing the adjuncts
                    # ("توعد الرئيس النيجيري محمد بخاري، بسحق «بوكو حرام»": or the subject)
                if t.cameo == "112" and _word_after(norm, actor[-1].end).startswith("ب") and not any(
                        m.start - len(m.clitic) == actor[-1].end + 1 for m in rest) and not _object_suffix(norm, h):
                    # (but "الذي تتهمه الهند بأنه": the suffix is the accused, the name after it accuses)
                    # "اتهم حزب العمال الكردستاني وتنظيم الدولة بأن …": one party then the charge (بـ) is
                    # the accused; the accuser is the subject the verb leaves unsaid
                    rest, actor = actor + rest, []
            elif after and not fronted and _member_of(norm, h.end, after[0], counted=h.gapped) and \
                    not _plural_verb(norm[h.start : h.end]):
                # "استقال عضو بارز في مجلس اللوردات": a member of an institution acts as a part of it (not after
                # a verb that carries its subject: "متمردي حزب العمال …، هاجموا عناصر من قوات الأمن")
                actor, rest, anchor = [after[0]], after[1:], after[0].end
            else:
                relative = _word_before(norm, h.start - len(h.prefix))
                rel_at = h.start - len(relative) - 1
                if relative in _WERE and not h.prefix and (earlier := _word_before(norm, rel_at)) in RELATIVES and \
                        self._described(norm, sent, rel_at - len(earlier) - 1, earlier):
                    # "المتظاهرين الذين كانوا يرشقونهم بالحجارة": the relative before كان, when it describes a
                    # mention (else the subject is looked for as before: "الرهينة الفرنسية ايزابيل بريم التي
                    # كانت خطفت")
                    relative = earlier
                    rel_at -= len(relative) + 1
                pronoun_subject: list[_M] = []
                if not h.prefix and _impersonal_passive(norm, h, _unconjoined(relative)):
                    # "نحو 40 أسيرا … والذين قبض عليهم": who were arrested
                    recipient = self._described(norm, sent, rel_at, _unconjoined(relative))
                    victims_first = True
                elif _result_ma(norm, h):
                    # "احتجز المتمردون رهينة فرنسية مما أجبر فرنسا على التفاوض": what forced is the act just
                    # told, so its doer did it, and the name after the verb is its object
                    actor = previous[0] if previous is not None else []
                elif not h.prefix and (relative in RELATIVES or _after_leader(norm, sent, rel_at, relative)):
                    # "شجب النائب التفجير الذي استهدف مسجد الطوارئ": the subject of a relative clause is the
                    # noun it describes, named or not (never a mention further back)
                    relative = _unconjoined(relative)
                    actor = self._described(norm, sent, rel_at, relative)
                    if actor and _resumes_described(norm, h, relative) and (any(
                            m.prep is None and _words_between(norm, h.end, m.start - len(m.clitic)) == 0
                            for m in after[:1]) or _unnamed_subject_after(norm, h.end)):
                        # "إيران التي تتهمها السعودية": a pronoun on the verb that agrees with what the clause
                        # describes is it, the object, when a subject follows the verb ("أردوغان الذي يتهمه
                        # بتقديم الدعم" is who accuses him; "هولاند الذي استقبلها", who received her)
                        described_object, actor = actor, []
                else:
                    pronoun_subject = self._pronoun_subject(norm, sent, h.start - len(h.prefix)) \
                        if not _of_the_matter(norm, h) else []
                    actor = pronoun_subject
                    joined = h.prefix[:1] in ("و", "ف") and previous is not None and bool(before) and (
                        before[-1].end > _last_end(previous) or before[-1] in previous[1])
                    if not actor and joined:
                        # "هاجم الحوثيون … مواقع الجيش وقتلوا عشرة جنود", "احتل الكويت … ودمر البلدين": a name
                        # right before و + verb ends the last clause (its object); the joined verb goes on with
                        # that clause's doer, named or not
                        assert previous is not None
                        actor = previous[0]
                    elif not actor:
                        # (the speaker before إن/أن does not do the violence he tells of: "قال مسؤولون في
                        # المخابرات الباكستانية إن مقاتلا قتل")
                        inner = _after_complementizer(norm, clause_start, h.start) if t.type in PHYSICAL \
                            else clause_start
                        between_words = norm[inner : h.start - len(h.prefix)].split()
                        if between_words and all(w in _COPULAS_AND_PARTICLES for w in between_words):
                            inner = clause_start  # "نفى الجيش أن يكون استهدف": no subject of its own, the speaker's act
                        # (a plural verb right after a description set off by commas has the subject named
                        # before it)
                        aside = _subject_before_aside(norm, before, h.start, sent.start) \
                            if _plural_verb(norm[h.start : h.end]) and not h.prefix else []
                        actor = aside or (_subject_before(norm, before, h.start - len(h.prefix), inner) if not
                                          _relative_ma(norm, h, _word_before(norm, h.start - len(h.prefix))) else [])
                        # (a verb after relative ما has its subject after it: "بناء ما دمرته الحرب")
                        if actor and not _plural_verb(norm[h.start : h.end]) and \
                                _nominative_plural_after(norm, _first_word_end(norm, h)):
                            # "عندما أحرق متطرفون يهود منزل أسرته": a plural noun in -ون after a singular verb
                            # is its subject, which the lexicon does not name (or names after من: "اقتحم
                            # متشددون من تنظيم داعش نقطة تفتيش", the group's men)
                            actor = [m for m in after[:1] if m.prep == FROM and _words_between(
                                norm, _first_word_end(norm, h), m.start - len(m.clitic) - len(FROM) - 1) == 1]
                        if actor and _told_by(norm, clause_start, actor[0], h.start - len(h.prefix)):
                            actor = []  # "اكتفت وكالة الأنباء العمانية بالقول إن الوزيرين بحثا", "قالت مصادر قبلية
                            # يمنية إن بريم سيطلق سراحها": who says it is not who does what is said
                        if not actor and inner > clause_start and _HIS_FORCES.search(norm, inner, h.start):
                            # "نفى الجيش الأردني أن تكون طائراته قد قصفت": "its planes" are the speaker's
                            actor = _subject_before(norm, before, inner - 1, clause_start)
                if actor and previous is not None and previous[0] and all(m in previous[1] for m in actor) \
                        and relative not in RELATIVES and not pronoun_subject \
                        and _words_between(norm, actor[-1].end, h.start - len(h.prefix)) > 0 \
                        and not any(o.trigger.cameo.startswith("112") and o.end <= actor[0].start for o in hits):
                    # (but whom an accusation names does what it is accused of: "اتهمت الحكومة الأوكرانية
                    # الانفصاليين باستهداف مواقعها بأعنف قصف مدفعي")
                    # "اختطفوا مواطنا سوريا بعد أن جرحوا وقتلوا": the last act's object, with words between
                    # (not an indefinite noun and the verb describing it, "اعتقلت ثلاثة أشخاص حاولوا"), does
                    # not do the next act; its doer goes on
                    actor = previous[0]
                elif actor and t.type == "ASSAULT" and actor[-1].end <= h.start and any(
                        o.trigger.type == "ASSAULT" and o.trigger.pos in ("noun", "phrase")
                        and actor[-1].end <= o.start and _hit_end(o) <= h.start for o in hits):
                    actor = []  # "مجزرة راح ضحيتها 12 طفلا في قصف عنيف استهدف أحياء": the verb tells of the
                    # act named between (the shelling did the targeting), not of the people before it
                rest = [m for m in after if m not in actor]
                anchor = h.end
            recipient = recipient or _recipients(rest, norm, anchor, purposes)
            if described_object:
                actor, recipient = [m for m in recipient if m.prep is None], described_object
            if h.gapped and not actor and recipient and recipient[0].prep in (FROM, None) and \
                    not _plural_verb(norm[h.start : h.end]) and \
                    all(m.end <= h.tail_start for m in recipient) and \
                    1 <= _words_between(norm, h.end, recipient[0].start - len(recipient[0].clitic)) <= 5:
                # "شنت قوات مشتركة من نيجيريا والنيجر وتشاد هجوما", "شنت الجبهة -وهي جناح تنظيم القاعدة- هجوما":
                # whence the subject comes or whose it is, between a verb and its complement, is who does it
                actor, recipient = recipient, []
            if recipient and t.pos == "verb" and any(
                    o is not h and o.trigger.pos == "verb" and not o.prefix and not o.gapped
                    and anchor <= o.start < recipient[0].start - len(recipient[0].clitic)
                    and _word_before(norm, o.start) in _PEOPLE_PLURALS | _DOCUMENTS for o in hits):
                recipient = []  # "دعا أوباما مجموعات تدعم الاتفاق مع إيران": the name is the describing verb's
            if t.type == "ASSAULT" and t.pos == "verb" and recipient and recipient[0].prep == "ل" and _strip_article(
                    _unconjoined(_word_before(norm, recipient[0].start - len(recipient[0].clitic)))) \
                    in self._violent_nouns:
                # "قتلوا … في غارة لطائرة بدون طيار أميركية", "دمرت غارات لطيران التحالف آليات": whose raid,
                # which did the act, not whom it was done to
                owner = recipient
                actor = actor or owner
                recipient = _recipients([m for m in rest if m.start > owner[-1].end], norm, owner[-1].end, purposes)
            if not recipient and actor and actor[0].start > h.end and not h.prefix and _object_suffix(norm, h) and \
                    (relative := _word_before(norm, h.start)) in RELATIVES:
                # "الصحفيين الذين اعتقلتهم الشرطة": the verb's pronoun is what the relative clause describes
                recipient = self._described(norm, sent, h.start - len(relative) - 1, relative)
            if not recipient and h.gapped and anchor < h.tail_start and \
                    not any(m.start < h.tail_start and not _leads(norm, m) for m in rest):
                # "فرضت الولايات المتحدة يوم الاثنين عقوبات على …": with no object before the phrase's
                # complement, the object follows the complement (not past a purpose: "شنت … غارات جوية
                # لدعم تلك القوة السورية", whom they were for)
                recipient = [m for m in _recipients([m for m in rest if m.start >= h.tail_end], norm, h.tail_end,
                                                    purposes)
                             if not any(w.startswith("ل") and w not in _CHAIN_PREPS
                                        for w in norm[h.tail_end : m.start - len(m.clitic)].split())]
            if not actor and previous is not None and _coordinated_verb(norm, h, sent.start):
                relatives = [w for w in re.finditer(r"\S+", norm[clause_start : h.start]) if w.group() in RELATIVES]
                if relatives:
                    # "أدانت مصر كل العمليات الإرهابية التي تحدث … وتستهدف الأبرياء": a verb joined inside a
                    # relative clause goes on with what the clause describes, not with the act before it
                    actor = self._described(norm, sent, clause_start + relatives[-1].start(), relatives[-1].group())
                else:
                    actor = previous[0]
            burnt = t.type == "ASSAULT" and bool(actor) and actor[-1].end <= h.start and \
                _word_after(norm, h.end).strip(_PUNCTUATION) in _MANNERS and not _object_suffix(norm, h)
            # (but "السلطات … أعدمته شنقا": the pronoun is whom they hanged)
            if burnt:  # "وكان الطفل الفلسطيني علي دوابشة قتل حرقا": how the subject was killed says it was killed
                recipient, actor = actor, []
            elif t.type == "ASSAULT" and actor and (
                    (unmarked := _unmarked_passive(norm, h)) or not recipient
                    or (_pattern_key(t.pattern) in KILLED and all(m.prep is not None for m in recipient))) and (
                    (unmarked and all(m.mention.code.endswith(":CVL") for m in actor)
                     and (actor[0].start >= h.start or _pattern_key(t.pattern) in CASUALTY_VERBS))
                    # (civilians before an act that is no killing did it: "مستوطنون أضرموا النار في منزل")
                    or (unmarked and actor[-1].end <= h.start and _pattern_key(t.pattern) in KILLED
                        and not _object_suffix(norm, h)  # ("اختطف تنظيم داعش العبادي … ثم أعدمه في": him)
                        and not any(m.prep is None and _counted_before(norm, m.start) for m in recipient))
                    # (but not before a count of victims: "الحوثيون قتلوا في عدن عشرة مدنيين")
                    or (_pattern_key(t.pattern) in KILLED and all(m.prep is not None for m in recipient)
                        and not _object_suffix(norm, h) and _suffered_by(norm, actor, h)
                        and _objectless(norm, h.end, self._verb_forms))
                    or (actor[-1].end <= h.start and _counted_before(norm, actor[0].start)
                        and (unmarked or norm[h.end : h.end + 3].lstrip()[:1] in ("و", "،", ".")
                             or _word_after(norm, h.end) in _NO_OBJECT_NEXT))):
                # "أربعة مدنيين قتلوا في قصف", "7 عناصر من تنظيم داعش قتلوا وجرح أربعة": civilians, or a count
                # of people, before a killing verb with no object after it are its victims (the passive
                # قُتلوا, unwritten), and the attack may name who did it
                described = [m for m in before[-1:] if m.prep is not None and not h.prefix
                             and _words_between(norm, m.end, h.start) == 0 and _plural_verb(norm[h.start : h.end])]
                # ("علق متظاهرون صورا لجنود قتلوا في العراق": the passive right after a name describes it,
                # whatever governs the name; the subject further back did not suffer it)
                recipient, actor = described or actor, (self._passive_agent(norm, sent, h, after) if unmarked else [])
                victims_first = True
            elif t.type == "COERCE" and actor and not recipient and actor[-1].end <= h.start and ((
                    _counted_before(norm, actor[0].start) and (
                        _word_after(norm, h.end) in _ONTO or (
                            t.cameo == ARREST and t.pos == "verb" and norm[h.start : h.end].endswith("وا")
                            and _words_between(norm, actor[-1].end, h.start - len(h.prefix)) == 0)))
                    or (previous is not None and not previous[0] and previous[1] == actor
                        and _word_before(norm, h.start - len(h.prefix)) == _OR)
                    or (t.cameo.startswith(ARREST) and t.pos == "verb"
                        and all(m.mention.code.endswith(":CVL") for m in actor)
                        and (_counted_before(norm, actor[0].start)
                             or _counted(norm[actor[0].start : actor[0].end].split()[0]))
                        and not _object_suffix(norm, h)
                        and (norm[h.end : h.end + 3].lstrip()[:1] in ("و", "،", ".")
                             or _word_after(norm, h.end) in _NO_OBJECT_NEXT))):
                # "1.3 مليون يمني أجبروا على النزوح": a count of people before a verb of forcing with على
                # right after it (no object between) were forced (the unwritten passive أُجبروا); "أربعة
                # اشخاص اعتقلوا الثلاثاء": a count right before a verb of arrest with no object were arrested,
                # and so were counted civilians before one with nothing after it ("عشرات المحتجين اعتقلوا يوم
                # الاثنين"); "102 مسلح قتلوا أو اعتقلوا": suffered, as the verb it is joined to
                recipient, actor = actor, []
                victims_first = True
            elif t.cameo == BLAME and t.pos == "verb" and actor and not recipient and actor[-1].end <= h.start and \
                    _counted_before(norm, actor[0].start) and norm[h.start : h.end].endswith("وا") and \
                    _words_between(norm, actor[-1].end, h.start - len(h.prefix)) == 0 and \
                    _word_after(norm, h.end).startswith("ب"):
                # "18 صحفيا اتهموا بالدعاية للإرهاب": a count right before a verb of accusing followed by the
                # charge, with no one accused between, were accused (the unwritten passive اُتّهموا)
                recipient, actor = actor, []
                victims_first = True
        elif passive:
            actor = [m for m in sent.mentions if any(s <= m.start < e for s, e in citing)][:1]
            if t.type in PHYSICAL and actor and actor[0].mention.code.endswith(_NOT_FORCES):
                actor = []  # "قالت نقابة الصحفيين إنه جرى نهب مقرات": the journalists tell of it, did not do it
            recipient = _recipients(after, norm, h.end, purposes)
            if not recipient and after and _member_of(norm, h.end, after[0]):
                recipient = after[:1]  # "قتل ضابط في الجيش التركي": the body its killed member belongs to
            if not actor and t.type in ("ASSAULT", "COERCE"):
                actor = self._passive_agent(norm, sent, h, after)
                recipient = [m for m in recipient if m not in actor]
            if (not recipient or (
                    recipient[0].prep not in (None, FROM) and _killed_then_wounded(norm, h))) and \
                    t.type in ("ASSAULT", "COERCE") and (t.pos == "verb" or h.gapped or (
                    t.pos == "phrase" and self._verb_headed(t))):
                # "خمسة من 13 إثيوبيا خطفوا على أيدي مسلحين": who the passive verb's subject names suffered it
                # (and "جنديا تركيا قتل وأصيب آخر في اشتباكات مع داعش": the soldier, not whom the clash was with)
                recipient = [m for m in _subject_before(norm, before, h.start - len(h.prefix),
                                                        _after_complementizer(norm, clause_start, h.start, True))
                             if m not in actor] or recipient
        elif t.type in PATIENT_GENITIVE and _possessed(norm, h, self._noun_forms) and \
                _DERIVED_VERBAL_NOUN.match(_pattern_key(t.pattern)) and (
                    previous is not None or (before and _light_verb_before(norm, h.start - len(h.prefix)) is None)):
            # "لقي 12 مسلحا من ميليشيات الحوثي مصرعهم في استهدافهم بكمائن": the suffix of a derived verbal noun of
            # an act done to someone is whom it was done to: the last act's victims, or the names before it; its
            # doer goes on from the last act, or is the passive's agent (but after a light verb the names before
            # are its subject, the doer: "الشرطة ستواصل ملاحقة الإرهابيين حتى اعتقالهم", below)
            actor, recipient = previous if previous is not None else ([], [])
            if not recipient:  # ("أفرجت إيران عن ناقلة النفط البريطانية بعد احتجازها": the tanker)
                recipient = [m for m in _subject_before(norm, before, h.start - len(h.prefix), clause_start)
                             if m not in actor]
            if not actor:
                actor = [m for m in self._passive_agent(norm, sent, h, after) if m not in recipient]
        elif _possessed(norm, h, self._noun_forms) and (previous is not None or before):
            # "التقى مودي وشريف أثناء زيارتهما روسيا": the suffix is the agent (the actors before it), and a
            # noun with a suffix takes no genitive: what follows is the object
            actor = previous[0] if previous is not None else \
                _subject_before(norm, before, h.start - len(h.prefix), clause_start)
            if not actor and (t.cameo in ("040", "046") or t.type in ("ACCUSE", "SUPPORT")) and \
                    norm[h.start : h.end].endswith(("ه", "ها")) and \
                    len(subject := _sentence_subject(norm, sent, before)) == 1 and \
                    subject[0].mention.kind in ("person", "title"):
                # "وقال السفير المصري في السودان أسامة شلتوت في تصريحات … عقب لقائه رئيس البرلمان السوداني":
                # "his", far from its antecedent, is the sentence's subject (for meetings, talks and words; a
                # visit or an arrival told after its host is more often the guest's)
                actor = subject
            if (received := _RECEIVED_THEN_SAID.search(norm, sent.start, h.start - len(h.prefix))) is not None:
                # "تلقى الملك سلمان اتصالا هاتفيا من الملك عبدالله الثاني عبر فيه عن إدانته": what is said in a
                # call or message received is the sender's: who it came from, or the call's other party
                actor = _sender(norm, sent, received.start(), h.start) or \
                    (previous[1] if previous is not None else []) or actor
            if len(actor) == 1 and actor[0].mention.kind == "person" and \
                    norm[h.start : h.end].endswith(("هم", "هن")):
                actor = []  # "طالبت ميركل المتظاهرين بأن يعبروا عن احتجاجاتهم": "their" is not one person
            recipient = _recipients(after, norm, h.end, purposes)
        elif after and t.type == "ACCUSE" and t.pos != "verb" and after[0].prep is None and \
                _words_between(norm, h.end, after[0].start) == 1 and \
                _verb_of_the_act(_word_after(norm, h.end), _DENYING):
            # "وهي اتهامات تنفيها إيران": who denies an accusation is the accused (who made it is told elsewhere)
            recipient = _coordinated(norm, after)
        elif after and (done := self._done_by(norm, h, doing=True)) and (
                (after[0].prep is None and _words_between(norm, h.end, after[0].start) == done)
                or (after[0].prep == "ل" and _words_between(norm, h.end, after[0].start) <= 5
                    and _word_before(norm, after[0].start - len(after[0].clitic)) in BELONGING)):
            # ("قصف جوي نفذته مروحيات «أباتشي» التابعة للجيش": the army's helicopters did it)
            # "غارة شنتها طائرة بدون طيار أميركية", "مظاهرة نظمها حزب البعث": who did it follows the verb
            actor = _coordinated(norm, after)
            rest = after[len(actor):]
            while rest and rest[0].mention.kind == "nisba" and rest[0].prep is None and \
                    not norm[actor[-1].end : rest[0].start - len(rest[0].clitic)].strip():
                rest = rest[1:]  # "الهجوم الذي نفذه مستوطنون إسرائيليون": the doer's adjective, no one attacked
            recipient = _recipients(rest, norm, actor[-1].end, purposes)
            if not recipient and t.type in SUFFERED_TYPES and \
                    (suffered := _suffering_verb(norm, h, clause_start)) is not None:
                # "كينيا تتعرض منذ سنوات لهجمات كبيرة ودامية تشنها حركة الشباب": who suffers them
                recipient = [m for m in self._sufferer(norm, sent, suffered, before, clause_start) if m not in actor]
        elif t.pos == "noun" and h.prefix == "و" and previous is not None and previous[0] and \
                not norm[_last_end(previous) : h.start - len(h.prefix)].strip(" ،,"):
            # "لزيارة موسكو ولقاء كبار المسؤولين فيها": a verbal noun joined right after the last act's words
            # goes on with its doer, and its genitive is whom it is done to
            actor = previous[0]
            recipient = _recipients(after, norm, h.end, purposes)
        else:  # verbal noun
            genitive = after[0] if after and after[0].prep is None and \
                _words_between(norm, h.end, after[0].start) <= 1 and \
                (word_between := _word_before(norm, after[0].start - len(after[0].clitic))) \
                not in DIRECTIONS | COMPLEMENTIZERS and \
                not (_words_between(norm, h.end, after[0].start) == 1 and (
                    # (nor the owner of a noun after the act's preposition: "المطالبة بانسحاب تنظيم القاعدة",
                    # "تنديدا بممارسات النظام الإيراني", "في انتهاك لقرارات مجلس الأمن": what it is about is his)
                    (word_between[:1] == "ب" and word_between not in _WORDS_OF_BA
                     and not word_between.endswith(("ي", "يه", "يا", "يين", "يون")))
                    or (word_between[:1] == "ل" and word_between[1:] in _OWNED_THINGS))) and \
                _pattern_key(t.pattern).rsplit(" ", 1)[-1] not in _PHRASE_PREPOSITIONS else None
            # ("الوقوف إلى جانب أوكرانيا": a phrase ending in its preposition governs whom it is done to)
            light = _light_verb_before(norm, h.start - len(h.prefix), _by_means(norm, h))
            after_light = _light_subjects(norm, sent, light, h) if light is not None else []
            marked = next((m for m in after if m is not genitive and m.prep in OBJECT_MARKERS
                           and (genitive is None or _words_between(norm, genitive.end, m.start) <= 3)), None)
            # (close to the genitive: "احتجاز مواطنين يشتبه في ضلوعهم في أعمال عنف ضد الفلسطينيين" marks no
            # patient of the detention)
            if genitive is not None and marked is None and _lam_object_after(norm, genitive.end):
                marked = genitive  # "قصف الحوثيين لمنطقة على الحدود": the genitive acts on what ل marks
            between = norm[h.end : genitive.start - len(genitive.clitic)].split() if genitive is not None else []
            genitive_is_agent = genitive is not None and (
                (t.type not in PATIENT_GENITIVE and not (t.cameo in PATIENT_GENITIVE_CODES
                                                         and _sole_object(norm, genitive, after)))
                or genitive.mention.kind == "nisba"
                or marked is not None  # "اعتقال قوات الأمن لصحفي": the agent, then the patient
                or t.cameo.startswith("087")
                # "هجوم داعش", "هجمات الحوثيين", "اعتداءات الاحتلال": an attack's genitive is who attacked (whom
                # is marked by على; a place after it is where: "هجوم سوروتش", "غارات العراق"; and a definite noun
                # has no genitive: "أصيب في الهجوم والد الطفل")
                or (t.type == "ASSAULT" and not between and _unconjoined(key.split(" ", 1)[0]) in _ATTACKS_BY and (
                    # (after a definite attack, only its adjective: "الهجوم الحوثي")
                    genitive.mention.kind == "nisba" or (
                        norm.startswith("ال", genitive.start) if "ال" in h.prefix and not genitive.clitic
                        else genitive.mention.kind not in _PLACE_KINDS)))
                # "قتل «داعش» سبعين من أفراد الجيش": the agent, then its counted patient
                or (t.type in ("ASSAULT", "COERCE") and not "".join(between).strip(_QUOTES)
                    and _counted_object_after(norm, _past_quote(norm, genitive.end)))) and not (
                genitive.mention.kind == "nisba" and len(between) == 1 and (
                    self._object_head(between[0], t.type) or t.cameo in PATIENT_GENITIVE_CODES
                    or t.cameo in _DONE_TO_GENITIVE or (
                        t.type in PATIENT_GENITIVE and _crowd_word(between[0], self._crowd_words(VICTIMS))))) \
                and not (genitive.mention.kind == "nisba" and not between and t.cameo.startswith("181")
                         and " " in key) \
                and not (not between and ((t.type == "CONSULT" and genitive.mention.kind == "capital")
                                          or (t.cameo == "042" and genitive.mention.kind == "country"))) \
                and not (norm[h.start : h.end] in DEATH_NOUNS and marked is None) \
                and not (" " in key and key.rsplit(" ", 1)[-1] in DEATH_NOUNS)  # "تحقيقات في مقتل 43 طالبا"
            if genitive is not None and between and _unconjoined(between[0]).startswith(_COUNTERPART):
                genitive_is_agent = False  # "في اتصال هاتفي نظيره الإيراني": a counterpart is met, called
            if genitive_is_agent and after_light and _unconjoined(_word_after(norm, light or 0)) not in ANNOUNCING \
                    and any(m.prep is None and m.mention.kind != "nisba" for m in after_light):
                genitive_is_agent = False  # "قررت الحكومة المصرية طرد السفير التركي", "حاولت إيران اتهام الثورة
                # السورية": the subject of the verb that governs the noun does it, and the genitive is whom to
            if genitive is not None and t.type == "ASSAULT" and _strikes(key) and not between \
                    and norm[genitive.start : genitive.end].split(" ", 1)[0] in _STRIKERS:
                genitive_is_agent = True  # "غارات طائرات التحالف", "قصف مدفعية الجيش": what struck did it
            # ("خطف طائرة هندية": what was seized is Indian, not who seized it; "لزيارة لندن": a place visited,
            # "لقاء الدوحة": where they met;
            # "مقتل الطفل الفلسطيني محمد الدرة": whose death it was)
            # ("إحراق الأعلام الإسرائيلية": the nationality describes what was burnt, not who burnt it, and
            # "قتل شرطيين تركيين" whom the act was done to)
            if genitive is not None and genitive_is_agent and t.cameo.startswith(BLAME) and marked is None and \
                    (charge := _charge_after(norm, genitive.end)).startswith("ب") and charge not in _NOT_CHARGES \
                    and not any(genitive.end < m.start < norm.find(charge, genitive.end) and m.prep is None
                                for m in after):
                # "اتهام الرئيس الفرنسي السابق بتحمل مسؤولية الخراب", "واتهام جبهة النصرة بقتل أحد الشبان": the
                # charge right after the genitive says it is the accused (the accuser comes with ل after it:
                # "اتهام المحكمة للرئيس كينياتا بارتكاب")
                genitive_is_agent = False
            if genitive is not None and genitive_is_agent:
                actor = _coordinated(norm, after)
                recipient = _recipients(after[len(actor):], norm, actor[-1].end, purposes)
                if not recipient and t.type == "ASSAULT":  # "أصيب عشرة مدنيين سوريين بجروح في قصف روسي"
                    recipient = _casualties_before(norm, h, before, clause_start, actor)
                if not recipient and t.type in SUFFERED_TYPES:
                    # "تواجه إيران عقوبات أمريكية جديدة": who faces the act is whom it is done to
                    recipient = [m for m in self._facing(norm, sent, h, clause_start) if m not in actor]
            else:
                if light is not None:
                    if after_light:
                        # a subject after the light verb is its own, whatever was named before it: "منذ أن باشر
                        # متمردو حزب العمال الكردستاني شن هجمات"
                        actor = _coordinated(norm, after_light)
                    elif not _purpose_verb(norm, light):
                        # (a verb of purpose, "ليقوم فلان بإطلاق النار", has its subject after it, if anywhere)
                        actor = self._pronoun_subject(norm, sent, light) or _subject_before(
                            norm, [m for m in before if m.end <= light], light, _clause_start(norm, light, sent.start))
                    if not actor and previous is not None and previous[0] and norm.startswith(("و", "ف"), light) \
                            and not after_light and _last_end(previous) <= light:
                        # "شنت مقاتلات تركية غارات …، وبدأت حملة قصف لمخيمات": a light verb joined after an act,
                        # with no subject of its own, goes on with that act's doer
                        actor = previous[0]
                    if actor and _announced_death(norm, h, light):
                        # "أعلن الجيش الأمريكي مقتل اثنين من جنوده": who announces a death did not cause it;
                        # when the dead are "his own", he suffered it
                        announced = True
                        actor, recipient = [], actor if _OWN_PEOPLE.match(norm, h.end) else []
                agent = next((m for m in after if m.prep == FROM and _words_between(norm, h.end, m.start) <= 2
                              and not _of_a_count(norm, m)), None)  # (not "مقتل العشرات من المسلحين": victims)
                if not actor and agent is not None:  # "العقوبات الاقتصادية من الغرب"
                    actor = [agent]
                    for other in after[after.index(agent) + 1 :]:
                        # "مساعدات عاجلة من السعودية والإمارات ومن قطر": the sources joined to it
                        if other.prep in (None, FROM) and \
                                " ".join(norm[actor[-1].end : other.start].split()) in ("و", "ومن", "، و", "، ومن"):
                            actor.append(other)
                        else:
                            break
                if not actor and t.type in ("ASSAULT", "MOBILIZE") and genitive is None and after and \
                        after[0].prep == "ل" and _words_between(
                            norm, _past_adjectives(norm, h, self._doing, self._manners)[0],
                            after[0].start - len(after[0].clitic)) == 0 \
                        and (after[0].mention.code.endswith((":MIL", ":COP", ":REB")) or (
                            after[0].mention.kind in ("group", "institution") and ":" not in after[0].mention.code)):
                    agent = after[0]  # "في قصف للطيران التركي", "في هجوم لحزب العمال الكردستاني": a force or an
                    # armed group after ل (past the act's adjectives: "هجوما داميا لتنظيم داعش") is whose attack
                    # it was (with those joined to it: "للحوثيين وقوات صالح";
                    # and its men: "لمسلحي حماس", an institution-like mention with the group's own code; and the
                    # reinforcements a force sends: "تعزيزات للمقاومة الشعبية")
                    actor = _coordinated(norm, after)
                elif not actor and t.cameo == "042" and genitive is None and after and after[0].prep == "ل" \
                        and _words_between(norm, h.end, after[0].start - len(after[0].clitic)) == 0 \
                        and after[0].mention.kind in ("person", "title", "institution", "group") \
                        and any(m.prep == TO for m in after[1:]):
                    agent = after[0]  # "في ختام زيارة لوزير الخارجية الروسي إلى إسلام أباد": who visits, after ل
                    # and before where to (not a place after ل, "زيارة لبيروت", which is where)
                    actor = _coordinated(norm, after)
                if not actor and t.type == "PROTEST" and \
                        _word_before(norm, h.start - len(h.prefix)) not in _ABOUT_AN_ACT:
                    # "نزل آلاف الأشخاص إلى الشوارع للاحتجاج", "شارك آلاف في مظاهرة" (and not who answers one:
                    # "أعلن العبادي إصلاحات ردا على احتجاجات ضد الفساد"; nor who says it took place: "قالت الشرطة
                    # العراقية إن المظاهرات انطلقت في بغداد")
                    actor = _subject_before(norm, before, h.start - len(h.prefix),
                                            _after_complementizer(norm, clause_start, h.start))
                    if actor and all(_seat_of_power(m) for m in actor) and any(
                            _is_protester(m) for m in before if m.end <= actor[0].start):
                        # "وعلق متظاهرون صورا … على سور البيت الأبيض قبل انطلاق المظاهرة": the protesters, not
                        # the seat of power by which they stood
                        actor = [next(m for m in before if _is_protester(m))]
                    verb_start = h.start - len(h.prefix) - len(verb := _word_before(norm, h.start - len(h.prefix))) - 1
                    if not actor and verb.endswith("وا") and _word_before(norm, verb_start) in _EXPLAINING:
                        # "طلاب في جامعة هوارد في واشنطن يسجلون مرحلة غير مسبوقة …، إذ نظموا مظاهرات": a plural
                        # verb explaining the clause before goes on with the people who were its subject
                        actor = [m for m in before if m.prep is None and m.mention.kind == "group"
                                 and m.mention.code.endswith(":CVL")][-1:]
                recipient = recipient + ([genitive] if genitive is not None else []) + _recipients(
                    [m for m in after if m is not genitive and m is not agent and m not in actor], norm, h.end,
                    purposes)
                if t.cameo in ASSASSINATIONS:  # (only people are assassinated: see _code_sentence)
                    recipient = [m for m in recipient if m.mention.kind not in _PLACE_KINDS]
                if not actor and (light is None or announced
                                  or _words_between(norm, light, h.start - len(h.prefix)) <= 1):
                    # "الهجوم الذي نسب إلى داعش", "العقوبات المتخذة ضد روسيا من قبل الاتحاد الأوروبي" (not when
                    # a light verb that is no announcement has a subject the text names by no known name: "قام
                    # خالد الاسلامبولي باغتيال الرئيس …، فإنه لم يوقف عملية السلام المصرية")
                    actor = self._passive_agent(norm, sent, h, after, states=t.type in ("ASSAULT", "COERCE"))
                    recipient = [m for m in recipient if m not in actor]
                    if actor and not recipient and actor[0].start > h.end:
                        # "العقوبات التي فرضها الاتحاد الأوروبي على موسكو": whom, marked so, after who did it (not
                        # a name joined to the doer, nor a place: "بقيادة المملكة", "بالقرب من الحدود السورية")
                        recipient = [m for m in after if m.start >= actor[-1].end and m not in actor
                                     and m.prep in _TARGET_MARKS][:1]
                suffered_at = _suffering_verb(norm, h, clause_start) if t.type in SUFFERED_TYPES else None
                if not recipient and suffered_at is not None:
                    recipient = self._sufferer(norm, sent, suffered_at, before, clause_start)
                elif not recipient and t.type in SUFFERED_TYPES:
                    recipient = [m for m in self._facing(norm, sent, h, clause_start) if m not in actor]
                if not recipient and t.type == "ASSAULT" and not announced:
                    recipient = _casualties_before(norm, h, before, clause_start, actor)
        if not actor and previous is not None and previous[0] and t.type in MUTUAL_TYPES and t.pos != "verb" \
                and (WITH in norm[h.end : h.end + 20].split()[:2] or (
                    len(previous[0]) > 1 and _word_before(norm, h.start - len(h.prefix)) in _DURING)):
            # (and "أردوغان وبايدن اتفقا خلال اتصال هاتفي": the parties of a joint act, during the call)
            actor = previous[0]  # "دعا روحاني …، خلال مكالمة هاتفية مع نظيره التركي": the caller
            if not recipient:
                recipient = [m for m in after if m.prep in (WITH, None)
                             and _words_between(norm, h.end, m.start) <= 5][:1]
        if not actor and t.pos != "verb" and not victims_first and t.type in ("ASSAULT", "COERCE") and \
                h.prefix in ("ل", "ول", "فل"):
            # "تدخلت قوات الشرطة لتفريق المحتجين", "استخدمت قوات الأمن القوة لاعتقال أطفال": force done for a
            # purpose is done by a force that is the clause's subject (not by any subject: "تحسبا لهجمات",
            # "تعرض لاعتداءات", "تحت ضغط لاعتقال" are no purposes)
            actor = [m for m in _subject_before(norm, before, h.start - len(h.prefix),
                                                _after_complementizer(norm, clause_start, h.start))
                     if m not in recipient and (_armed_body(m) or (
                         m.mention.code.endswith((":MIL", ":COP")) and norm[m.start : m.end].startswith(_FORCE_NOUNS)))
                     # (nor a name in brackets, which glosses what came before: "مقاومة في وزارة الدفاع
                     # (البنتاغون) لترحيل")
                     and norm[m.start - len(m.clitic) - 1 : m.start - len(m.clitic)] not in ("(", "«")]
        if not actor and t.pos != "verb" and not victims_first:
            actor = self._antecedent(norm, sent, h, before)
        if not actor and t.type == "CONSULT" and t.pos != "verb" and not h.prefix and \
                _unconjoined(_word_before(norm, h.start)) in _DURING and _with_whom(norm, h) and \
                _after_complementizer(norm, sent.start, h.start, True) == sent.start and \
                (subject := _sentence_subject(norm, sent, before)) and \
                all(m.mention.kind not in ("nisba", *_PLACE_KINDS) and not m.mention.code.endswith(":BUS")
                    for m in subject):
            # "أطلع الرئيس التركي رجب طيب أردوغان أمس في اتصال هاتفي نظيره الإيراني", "قال أردوغان خلال زيارة
            # إلى قبرص": a call, meeting or visit with someone or somewhere, in which the sentence's subject
            # acts, is his (not past إن/أن: "قالت الخارجية الروسية إن لافروف سيعقد … خلال زيارة عمل")
            actor = subject
            recipient = [m for m in recipient if m not in subject]
        if not actor and t.pos != "verb" and (leader := _act_leader(norm, h, after)):
            # "الغارات الجوية التي تقودها السعودية", "ضربات جوية بقيادة الولايات المتحدة": who leads the strikes
            actor = leader
            recipient = [m for m in recipient if m not in leader]
        if in_quote is not None and not actor and not victims_first and _in_first_person(norm, h, clause_start):
            # an act told in the first person inside a quotation is the speaker's: "«نحن مستعدون لمواصلة
            # المفاوضات»", "«زيارتنا»", "«طائراتنا قصفت أكثر من مئة هدف»" (not what the speaker tells of others:
            # "مشيرين إلى أن «المقاومة كانت قصفت المعسكر»", "«التسوية السلمية جرى عرقلتها»", nor who reports
            # victims: "جنديين عراقيين قتلا بانفجار"); a verb in the first person is handled below
            actor = self._speaker(norm, sent, in_quote)
        if t.type in PHYSICAL and (claimant := _claimant(norm, sent, h)):
            # "أعلنت حركة طالبان مسؤوليتها عن الهجوم الذي استهدف": a claim of responsibility names the doer,
            # whatever else the clause suggested
            # (what was read as a subject after the verb is then its object: "تبني حزب العمال قتل شرطيين تركيين")
            # (not a name past what the act answers: "هجوما بسيارة مفخخة ردا على الغارات الجوية التركية")
            recipient = [m for m in [*(m for m in actor if m.start > h.start and not _ABOUT_AN_ACT.intersection(
                norm[h.end : m.start].split())), *recipient] if m not in claimant]
            actor = claimant
        if not actor and t.type in ("ASSAULT", "COERCE") and t.pos == "verb" and recipient:
            # "قتل ثلاثة جنود على يد مسلحين": the passive, unwritten, with its agent named
            actor = [m for m in self._passive_agent(norm, sent, h, after, states=False) if m not in recipient]
        if not actor:
            actor = self._his_country(norm, sent, h) or self._anaphor(norm, sent, h, clause_start)
        if not actor and t.pos == "verb" and not h.prefix and _he_did(norm[h.start : h.end]) \
                and _opens_dropped_subject(norm, h.start) and self._no_subject_after(norm, sent, h):
            # "بمغادرة دي ميستورا بيروت …، بعدما كان قد وصل …، حيث أجرى سلسلة لقاءات …، لكنه لم يلتق": a
            # verb that says "he" with no subject of its own goes on with the person the sentence is about
            actor = [m for m in before if m.prep is None and m.mention.kind in ("person", "title")][-1:]
        if not recipient and previous is not None and re.match(r"\s*\S*(?:هما|هم)\b", norm[h.end : h.end + 12]):
            recipient = previous[1]  # "ووقعت اتفاقيات اقتصادية معهما"
        if t.cameo == "100" and recipient:
            # "طالبت هيئة كبار العلماء بالسعودية بإنزال أقصى العقوبات": a state after ب is where the asker is; what
            # one demands with ب is an act, never a state (but "ندد بإسرائيل", "استنجد بالسعودية": whom)
            recipient = [m for m in recipient if not (m.prep == "ب" and m.mention.kind == "country")]
        if t.type == "COERCE" and recipient and not (
                recipient[0].prep == BETWEEN and _word_before(norm, recipient[0].start - len(recipient[0].clitic)
                                                              - len(BETWEEN) - 1) == FROM):
            # "القبض عليه بين السعودية والعراق وإيران", "اعتقال رضايان … توترا جديدا بين إيران والولايات
            # المتحدة": no one is arrested or expelled "between" (only "من بين": among)
            betweens = [m for m in recipient if m.prep == BETWEEN]
            for m in recipient:
                if betweens and m.start > betweens[-1].end and m.prep is None and \
                        norm[betweens[-1].end : m.start - len(m.clitic)].strip(" ،,") in ("", "و"):
                    betweens.append(m)  # (and the names joined to it)
            recipient = [m for m in recipient if m not in betweens]
        if not actor and recipient and recipient[0].prep == BETWEEN and t.type in MUTUAL_TYPES:
            # "الصفقة التي أبرمت بين حماس وإسرائيل": an agreement or talks between two parties have both
            # as actors, and no recipient
            actor, recipient = recipient, []
        if not actor and t.pos == "phrase" and t.type in ("ASSAULT", "COERCE") and recipient \
                and recipient[0].prep is None \
                and recipient[0].mention.kind == "nisba" and recipient[0].start >= _hit_end(h) \
                and _words_between(norm, _hit_end(h), recipient[0].start - len(recipient[0].clitic)) == 0 \
                and self._complement(norm, h) in self._named_acts:
            # "تم شن غارة روسية على إدلب": the state's adjective describes the raid, as in "غارة روسية"
            actor, recipient = recipient[:1], recipient[1:]
        if not recipient and t.pos == "phrase" and not h.gapped and \
                norm[h.start : h.end].rsplit(" ", 1)[-1] in _PHRASE_FINAL_PREPS:
            # "بصدد الطلب من مجلس الأمن": whom a phrase that ends in its preposition governs is right after it
            recipient = [m for m in after if m not in actor and m.start >= h.end
                         and _words_between(norm, h.end, m.start - len(m.clitic)) == 0][:1]
        if t.pos == "verb" and t.note.startswith(("I ", "we ")):
            # "«أدعو المتظاهرين إلى الاستمرار»": a verb in the first person (the lexicon glosses it "I …" or
            # "we …") is done by whoever speaks; a name after it is its object
            objects = [m for m in actor if m.start >= h.end]
            actor = [m for m in actor if m.start < h.end]
            recipient = objects + [m for m in recipient if m not in objects]
            if not actor and in_quote is not None:
                actor = self._speaker(norm, sent, in_quote)
        if actor:
            # "دعت المقاومة الشعبية الموالية للرئيس اليمني …", "نفذ جيش المهدي التابع لمقتدى الصدر هجوما": whom
            # the subject is loyal to or part of is not the object (but "عربات تابعة للحوثيين" are theirs)
            recipient = [m for m in recipient if not (
                m.prep == "ل" and _unconjoined(_word_before(norm, m.start - len(m.clitic))) in AFFILIATED
                and any(_words_between(norm, a.end, m.start - len(m.clitic)) == 1 for a in actor))]
        patrons = [self._patron(norm, sent, m) for m in actor]
        recipient = [m for m in (self._patron(norm, sent, m) for m in recipient) if m not in patrons]
        if not recipient and patrons != actor and patrons[-1].start > h.end:
            # "نشر مئات الجنود التابعين للتحالف …": the body named after the soldiers was read as the object
            recipient = _recipients([m for m in after if m.start > patrons[-1].end], norm, patrons[-1].end, purposes)
        actor = patrons
        if actor and recipient and _apposed_title(norm, actor[-1], recipient[0]):
            recipient = recipient[1:]  # "رئيس الوكالة الدولية للطاقة الذرية يوكيا أمانو": the title's holder
        if t.type in _WITH_NOT_AGAINST and any(m.prep == _AGAINST for m in recipient):
            # "أعرب عن ارتياحه لتطورات العمليات العسكرية ضد الحوثيين والقوات الموالية لهم": whom a praise, a
            # pact or a request is for is no one it is against (nor those joined to them): that is the target
            # of the act it is about
            against = next(i for i, m in enumerate(recipient) if m.prep == _AGAINST)
            recipient = recipient[:against] + [m for m in recipient[against + 1 :] if m.prep is not None]
        if t.pos in ("verb", "phrase") and _word_after(norm, _first_word_end(norm, h)) in (_IN_IT, _IN_HER) and \
                (received := _RECEIVED.search(norm, sent.start, h.start)) is not None and \
                (sender := _sender(norm, sent, received.start(), h.start)):
            # "تلقى … اتصالا هاتفيا من الشيخ … وزير الداخلية في دولة الكويت أدان فيه التفجير": the verb said in a
            # call or message received is the sender's
            actor, recipient = sender, [m for m in recipient if m not in sender]
        elif t.type == "CONSULT" and (
                _unconjoined(key.split(" ", 1)[0]) in _RECEIVING  # "تلقى رئيس الوزراء اتصالا من …"
                or (t.pos in ("noun", "phrase") and actor and all(m.end <= h.start for m in actor)
                    and _RECEIVED.search(norm, max(sent.start, actor[0].start - 40), actor[0].start))
                or (t.pos in ("noun", "phrase") and not actor  # (its receiver unnamed: "… وتلقى اتصالا هاتفيا من")
                    and _RECEIVED.search(norm, max(sent.start, h.start - len(h.prefix) - 12), h.start))) \
                and (sender := _caller(norm, sent, _hit_end(h))) and sender[0] not in actor:
            # "تلقى الرئيس المصري اتصالا هاتفيا من الرئيس الأمريكي": the call is the caller's, to whom received it
            actor, recipient = sender, [m for m in actor if m not in sender]
        if t.cameo == "042":
            # "واحتلت زيارة اوباما الصفحات الأولى للصحف الكينية": a visit is to a place or to people, never to
            # the press that reports it
            recipient = [m for m in recipient if not m.mention.code.endswith(":MED")]
        if t.pos in ("noun", "phrase") and actor and all(m.end <= h.start for m in actor):
            governor = _unconjoined(_word_before(norm, h.start - len(h.prefix)))
            if governor in _IN_EXCHANGE:
                actor = []  # "وافقت إيران على الحد من أنشطتها النووية مقابل رفع العقوبات": the other side's act
            elif governor in _RECEIVING and t.type != "CONSULT":
                # "تلقت نداء استغاثة", "تلقى تهديدات بالقتل": who receives a call, aid or threat is whom it is for
                recipient, actor = actor + [m for m in recipient if m not in actor], []
        if t.type == "PROTEST":
            if t.cameo == RIOT and actor and all(_a_state_body(m) for m in actor):
                actor = []  # a state, its government or its forces do not riot: "أعمال الشغب التي تقوم بها [إيران]"
                # is rhetoric (demonstrations are left alone: police and soldiers' families do march)
            if recipient and recipient[0].prep is None and \
                    _count_words(norm, recipient[0].start - len(recipient[0].clitic)):
                recipient = []  # "تظاهر نحو 500 متظاهر ضد الناتو": the counted crowd marches; it is no target
            recipient = _demonstrated_against(norm, h, recipient) or _protest_target(norm, sent, h, actor)
        return actor, recipient

    def _only_named(self, norm: str, sent: _Sentence, h: TriggerHit, word_before: str, nominal_form: bool) -> bool:
        """Whether the words before an act's noun say it is named, not done: a right to it, a permission or
        a prevention of it, a danger faced, a plan or an aim (the claims stage keeps those)."""
        pos = h.start - len(h.prefix)
        if nominal_form and (word_before in RIGHTS or (
                word_before == IN and _word_before_that(norm, pos, word_before) in RIGHTS)):
            return True  # "انتهاكا للحق في التظاهر السلمي", "حرية التظاهر": a right, not its exercise
        if nominal_form and "ب" in h.prefix and any(_unconjoined(w) in PERMITTING for w in
                                                     norm[_clause_start(norm, h.start, sent.start) : pos].split()[-6:]):
            return True  # "وافقت أنقرة على السماح لطائرات أمريكية بشن ضربات جوية": permitted, not done
        if word_before in PREVENTING and (nominal_form or (h.trigger.pos == "phrase" and not h.gapped
                                                         and not self._verb_headed(h.trigger))):
            return True  # "لم تتلق طلبا بالوساطة لمنع تنفيذ حكم الإعدام": prevented, not done
        if nominal_form and h.trigger.type == "THREATEN" and _unconjoined(word_before) in _FACING_A_THREAT:
            return True  # "تدابير ملموسة ضد تهديد داعش": a danger faced, not a threat made
        return nominal_form and word_before in INTENT_WORDS  # "وضعت خطة لإبعاد", "بهدف القبض على"

    def _imperfect(self, norm: str, h: TriggerHit) -> bool:
        """Whether a verb (or a verb phrase's verb) is imperfect: ي-, ن- or ت- (but not a form V or VI perfect:
        "تبادل")."""
        verb = norm[h.start : h.end].split(" ", 1)[0]
        return verb[:1] in ("ي", "ن") or (verb[:1] == "ت" and verb not in self._perfects_in_t)

    def _no_subject_after(self, norm: str, sent: _Sentence, h: TriggerHit) -> bool:
        """Whether what follows a verb leaves no room for a subject the lexicon does not know: a preposition
        or a known mention (its object) comes first ("وصل إلى", "لم يلتق رئيس النظام"), not an unknown noun
        ("اعتدى أمن الرئاسة على")."""
        word = _word_after(norm, h.end).strip(_PUNCTUATION)
        if not word or _word_before(norm, h.start - len(h.prefix)) in PRONOUNS:
            return False  # "وهو طالب في المرحلة الثانوية": after a pronoun the form is a noun (a student)
        return word in RECIPIENT_PREPS or word in OTHER_PREPS or any(
            m.start >= h.end and _words_between(norm, h.end, m.start) == 0 for m in sent.mentions)

    def _joined_verbs(self, words: list[str]) -> bool:
        """Whether ``words`` are verbs joined by و ("الذي يقتل ويخطف الفلسطينيين": what follows is the object of
        both, the relative's antecedent the subject)."""
        return all(w[:1] == "و" and w[1:] in self._verb_forms for w in words)

    def _object_head(self, word: str, verb_type: str) -> bool:
        """A word after a verb that heads its object rather than its subject: a place or a target ("مسجد",
        "مواقع"), a verbal noun of the lexicon ("رفض دعم إيران"), a number ("ثلاثة"); but an attack is the
        subject of a verb of violence ("استهدفت غارة أمريكية معسكرا")."""
        word = _unconjoined(word)
        if verb_type == "ASSAULT" and word in self._violent_nouns:
            return False
        bare = word[2:] if word.startswith("ال") else word
        return word in OBJECT_HEADS or bare in OBJECT_HEADS or word in self._act_nouns or _counted(word)

    def _patron(self, norm: str, sent: _Sentence, m: _M) -> _M:
        """The body a group belongs to when the text says so: "مسلحون تابعون للحوثيين" are the Houthis'."""
        following = norm[m.end : m.end + 40].split()[:1]
        if following and following[0] == FROM and m.mention.kind == "group" and ":" in m.mention.code:
            # "خمسة مسلحين من داعش": people of a kind the text places in no group are the members of the
            # non-state group named right after من (not of a country: "مسلحين من العراق" come from there)
            return next((o for o in sent.mentions if o.prep == FROM and _words_between(norm, m.end, o.start) == 1
                         and o.mention.kind in ("group", "organization") and ":" not in o.mention.code), m)
        if not following or _unconjoined(following[0]) not in AFFILIATED:
            return m
        if m.mention.kind == "group" and _by_name(m):
            return m  # a group known by its name acts as itself: "المقاومة الشعبية الموالية للرئيس اليمني"
        patron = next((o for o in sent.mentions if o.start > m.end and o.prep == "ل"
                       and _words_between(norm, m.end, o.start) <= 2), m)  # the clitic counts as a word
        if ":" in m.mention.code and ":" not in patron.mention.code and patron.mention.kind in STATE_KINDS and \
                patron.mention.code != m.mention.code.split(":")[0]:
            return m  # "الانفصاليين الموالين لروسيا": loyal to another state, still of their own country
        return patron

    def _sufferer(self, norm: str, sent: _Sentence, verb_start: int, before: list[_M],
                  clause_start: int) -> list[_M]:
        """Who suffered an act after تعرض (at ``verb_start``): its subject, before it ("الدورية تعرضت لهجوم") or
        after it ("تعرضت قاعدة للجيش السريلانكي أمس لهجوم": the army's base, the army), or, after a relative
        pronoun, the one it describes ("السفير الأميركي …، الذي تعرض للطعن")."""
        if _word_before(norm, verb_start) in RELATIVES:
            relative = verb_start - len(_word_before(norm, verb_start)) - 1
            named = [m for m in before if m.end <= relative and _words_between(norm, m.end, relative) <= 4]
            return named[-1:]
        following = [m for m in before if m.start > verb_start and m.prep in (None, "ل")]
        if following and _words_between(norm, verb_start, following[0].start) <= 3:
            return following[:1]
        # "قالت الشرطة العراقية إن المنطقة الخضراء تعرضت لهجوم": the speaker before إن/أن did not suffer it,
        # nor one named before the quotation the verb is in ("المصدر الذي اتصلت به وكالة الصحافة الفرنسية
        # "صباح اليوم تعرض معسكر … لهجوم")
        return _subject_before(norm, before, verb_start,
                               _inside_quote(norm, _after_complementizer(norm, clause_start, verb_start), verb_start))

    def _resumptive(self, norm: str, start: int, end: int) -> bool:
        """Whether a pronoun suffix (as written: ه, not ة) stands in the words of [start, end), at most eight:
        the resumptive pronoun of a relative clause whose antecedent is not its subject."""
        if self._nt is None:
            return False
        places = {at for at, _ in self._places if start <= at < end}
        for w in re.finditer(r"\S+", norm[start:end]):
            if w.start() > 80:
                break
            word = w.group().strip(_PUNCTUATION)
            if len(word) < 3 or word.endswith(("الله", "لله")) or any(start + w.start() <= at <= start + w.end()
                                                                     for at in places):
                continue  # (nor a place's final letters: "قوات الطوارئ في أبها")
            last = self._nt.written(start + w.start() + len(word) - 1)
            if last == "ه" or (last in "امه" and word.endswith(("ها", "هم", "هما"))):
                return True
        return False

    def _facing(self, norm: str, sent: _Sentence, h: TriggerHit, clause_start: int) -> list[_M]:
        """The subject between a verb of facing or suffering and the act it governs ("تواجه إيران عقوبات",
        "تواجه الحكومة التركية انتقادات"): nothing but that name stands between them."""
        pos = h.start - len(h.prefix)
        between = [m for m in sent.mentions if clause_start <= m.start and m.end <= pos]
        if not between or norm[between[-1].end : pos].strip():
            return []
        subject = between[-1]
        verb = _word_before(norm, subject.start - len(subject.clitic))
        return [subject] if _unconjoined(verb) in SUFFERING else []

    def _passive_agent(self, norm: str, sent: _Sentence, h: TriggerHit, after: list[_M],
                       states: bool = True) -> list[_M]:
        """Who did an act told in the passive: the agent after "من قبل" / "على يد" ("تم اغتصابها من قبل ضباط
        عراقيين"), or, for violence (``states``), the state an adjective gives the attack it happened in ("قتل
        ثلاثة فلسطينيين في غارة إسرائيلية")."""
        clause_end = _clause_end(norm, h.end, sent.end)
        if _ATTRIBUTED.match(norm, clause_end):  # "هجوم انتحاري، نسب الى المتمردين التاميل،"
            clause_end = _clause_end(norm, clause_end + 1, sent.end)
            after = [m for m in sent.mentions if h.end <= m.start < clause_end]
        for m in after:
            if m.start > clause_end:
                break
            between = norm[h.end : m.start]
            if (mark := _AGENT_MARK.search(between[-30:])) is not None:
                marked_at = m.start - len(between[-30:]) + mark.start()
                if marked_at > _hit_end(h) + 1 and _unconjoined(_word_before(norm, marked_at)) in CASUALTY_VERBS:
                    break  # "قصف طيران النظام …، أمس، إلى مؤيدين قتلوا على يد المعارضة": another verb's agent
                return [m]
            if self._carried_out_by(norm, h, m):
                # "في قصف عشوائي قام به المتمردون الحوثيون وقوات صالح": who did it, and those joined to them
                return _coordinated(norm, [x for x in after if x.start >= m.start])
            words = between.split()
            if states and m.prep is None and m.mention.kind == "nisba" and 1 <= len(words) <= 12 and any(
                    _strip_article(w) in self._violent_nouns for w in words[-2:]):
                return [m]
            if states and _by_weapon(norm, [m]):
                return [m]  # "قتل زعيم القاعدة العام الماضي بصاروخ أمريكي": whose missile
            if m.prep is None and m.mention.kind != "nisba" and weapon_word(
                    weapon := _word_before(norm, m.start - len(m.clitic))) and weapon.startswith(("ب", "وب")):
                return [m]  # "قتل شاب فلسطيني صباح أمس برصاص الجيش الإسرائيلي": whose bullets
            if m.prep is None and m.start > _hit_end(h) and \
                    _words_between(norm, _hit_end(h), m.start - len(m.clitic)) == 0 and \
                    (last := norm[h.start : _hit_end(h)].rsplit(" ", 1)[-1]).startswith("ب") and weapon_word(last):
                return [m]  # "قتلوا برصاص المقاومة الشعبية": whose bullets (the phrase ends with them)
        return []

    def _killed_in(self, norm: str, verb_end: int, after: list[_M]) -> bool:
        """"قتل جندي تركي في هجوم", "قتل شرطي بانفجار عبوة": a killing verb whose first mention is followed by
        the attack it died in, with no object between, is the unwritten passive: that mention was killed."""
        if not after or after[0].prep is not None or not _killed_singular(norm, verb_end) or \
                _words_between(norm, verb_end, after[0].start - len(after[0].clitic)) > 2:
            return False
        words = [w.strip(_PUNCTUATION) for w in norm[after[0].end : after[0].end + 90].split()[:8]]
        while words and (words[0] in NEWS_TIMES or words[0] in _DAY_WORDS or (
                words[0][:1] == "و" and words[0][1:] not in _KILLED_IN and not words[0][1:].startswith("ب"))):
            words = words[1:]  # (more victims, and when: "قتل ضابطا شرطة ومجند ومسلح أمس الأحد في هجوم")
        words = words[:2]
        if not words:
            return False
        if words[0] in _KILLED_IN and len(words) > 1:
            return _strip_article(words[1]) in self._violent_nouns
        return words[0].startswith("ب") and _strip_article(words[0]) in self._violent_nouns

    def _killed_alone(self, norm: str, h: TriggerHit, after: list[_M]) -> bool:
        """"وقتل الملا عمر بعد ثلاثة أيام": a killing verb whose only person after it is followed by nothing
        that could be an object is the unwritten passive (قُتل); that person was killed."""
        if not after or _pattern_key(h.trigger.pattern) not in KILLED or _object_suffix(norm, h):
            return False
        m = after[0]
        if m.prep is not None or m.clitic or _words_between(norm, h.end, m.start) or m.mention.kind not in (
                "person", "title"):
            return False  # (a person or an office: "قتل الجيش الجزائري في نهاية مايو 25 اسلاميا" killed them)
        # (nothing but the clause's end, a joined verb or when after it: an object may follow a place or a
        # manner, "قتلت قوات من جيش الاحتلال بدم بارد الأسير")
        following = _word_after(norm, m.end).strip(_PUNCTUATION)
        return following not in (IN, FROM) and \
            not (following.startswith("ب") and following not in _NO_OBJECT_NEXT) and \
            _objectless(norm, m.end, self._verb_forms)

    def _violent_words(self, norm: str, sent: _Sentence, h: TriggerHit, hits: list[TriggerHit]) -> bool:
        """Whether the sentence of ``h`` tells of violence besides it: another act of violence, a weapon or
        the dead and wounded."""
        if any(o is not h and o.trigger.type == "ASSAULT" for o in hits):
            return True
        words = (_strip_article(word.strip(_PUNCTUATION)) for word in norm[sent.start : sent.end].split())
        return any(w in CASUALTY_WORDS or (weapon_word(w) and w not in _ATTACK_NOUNS) for w in words)

    def _mishap(self, text: str) -> bool:
        """Whether a sentence names an accident or a disaster (crowds.tsv ``mishap``) as a cause."""
        return self._mishap_re.search(text) is not None

    def _crowd_words(self, kinds: tuple[str, ...]) -> frozenset[str]:
        """The words of the crowds.tsv ``kinds`` together, built on first use."""
        words = self._crowd_sets.get(kinds)
        if words is None:
            words = self._crowd_sets[kinds] = frozenset().union(*(self.lexicon.crowds.get(k, frozenset())
                                                                  for k in kinds))
        return words

    def _crowd_subject(self, norm: str, sent: _Sentence, h: TriggerHit, kinds: tuple[str, ...],
                       after: bool = True) -> bool:
        """Whether people of one of ``kinds`` (crowds.tsv) are the subject of the verb at ``h``: right after it,
        past numbers and quantifiers ("تجمع نحو 500 متظاهر", "ورشق مئات المتظاهرين"), or a few words before
        it in its clause ("وكان متظاهرون بمدينة العريش قد حطموا"). ``after=False`` looks only before it: after
        a verb of violence, protesters are as often its victims ("قتل متظاهر")."""
        words = self._crowd_words(kinds)
        clause_end = _clause_end(norm, h.end, sent.end) if after else h.end
        for w in norm[h.end : clause_end].split()[:5]:
            if _crowd_word(w, words):
                return True
            if w in _CROWD_STOPS:
                break
        clause_start = _clause_start(norm, h.start, sent.start)
        before = norm[clause_start : h.start - len(h.prefix)].split()[-8:]
        for i in range(len(before) - 1, -1, -1):  # back to a complementizer: "المتظاهرين ان الحكومة هدمت"
            if before[i] in COMPLEMENTIZERS or before[i] in SUBORDINATORS:
                before = before[i + 1 :]
                break
        # (nor the object of a purpose: "تدخل عناصر مكافحة الشغب لتفريق المتظاهرين وأطلقوا الغازات")
        return any(_crowd_word(w, words) and not w.startswith(("ل", "ب"))
                   and not (i and (before[i - 1] in _GOVERNING_PREPS or (
                       _purpose_noun(before[i - 1]) and before[i + 1 : i + 2] not in _THEY_WHO)))
                   # (nor one joined to what a preposition governs: "إصابات بين رجال الشرطة والمتظاهرين واعتقال")
                   # (but it may be the subject of the relative clause after it: "بين قوات الأمن ومسلحين أطلقوا
                   # النار", "… والمتظاهرين الذين رشقوهم")
                   and not (w.startswith("و") and any(b in _GOVERNING_PREPS for b in before[max(0, i - 3) : i])
                            and not (before[i + 1 : i + 2] in _THEY_WHO
                                     or (i == len(before) - 1 and not h.prefix.startswith("و"))))
                   for i, w in enumerate(before))

    def _protest_cue(self, norm: str, sent: _Sentence) -> bool:
        """Whether a sentence says people gathered in protest: a word of protest, demand, denunciation or
        solidarity, or of what demonstrators carry and chant (crowds.tsv "cue" and "marker")."""
        cues = self._crowd_words(("cue", "marker"))
        return any(_crowd_word(w.strip(_PUNCTUATION), cues) for w in norm[sent.start : sent.end].split())

    def _told_crowd(self, norm: str, sent: _Sentence, h: TriggerHit) -> bool:
        """Whether the protesters doing the act at ``h`` are ones already told of: named with the article and
        no count ("سار المتظاهرون", "المتظاهرين الذين كانوا يرشقونهم"), not "مئات المتظاهرين", "متظاهرون"
        or "المتظاهرون وهم 3500"."""
        words = self._crowd_words(("protest",))
        clause_end = _clause_end(norm, h.end, sent.end)
        after = norm[h.end : clause_end].split()[:6]
        for i, w in enumerate(after[:5]):
            if _crowd_word(w, words):
                told = _unconjoined(w.strip(_PUNCTUATION)).startswith("ال") and (
                    _uncounted(after[i - 1], after[i - 2] if i > 1 else "") if i
                    else _uncounted(_word_before(norm, h.start - len(h.prefix))))
                return told and not (i + 2 < len(after) and after[i + 1] in _THEY and _counted(after[i + 2]))
            if w in _CROWD_STOPS:
                break
        clause_start = _clause_start(norm, h.start, sent.start)
        before = norm[clause_start : h.start - len(h.prefix)].split()[-8:]
        for i in range(len(before) - 1, -1, -1):
            if _crowd_word(before[i], words):
                return _unconjoined(before[i].strip(_PUNCTUATION)).startswith("ال") and \
                    _uncounted(before[i - 1] if i else "", before[i - 2] if i > 1 else "")
        return False

    def _crowd_actor(self, norm: str, sent: _Sentence, h: TriggerHit) -> list[_M]:
        """The people right after a demonstration verb, coded with the country of the place the sentence
        names (as the actor stage codes "متظاهرون"): "تظاهر نحو ألفي شخص امس في بيشاور" -> PAK:CVL. None
        when the sentence names no place."""
        clause_end = _clause_end(norm, h.end, sent.end)
        found = None
        for w in re.finditer(r"\S+", norm[h.end : clause_end]):
            if _crowd_word(w.group(), self._crowd_words(PEOPLE)):
                found = (h.end + w.start(), h.end + w.end())
                break
            if w.group() in _CROWD_STOPS or w.start() > 60:
                break
        if found is None and self._nt is not None and (nisba := _quantified_nationality(norm, sent, h)) is not None:
            # "تظاهر أعداد كبيرة من الأميركيين في نيويورك": a nationality after a quantity and من
            return [self._people_of(nisba.mention.code.split(":")[0], h.end + 1, nisba.end)]
        if found is None or self._nt is None:
            return []
        # "عشرات من أعضاء حزب الغد المصري": a nationality in the crowd's own phrase first
        nisba = next((m for m in sent.mentions if m.mention.kind == "nisba" and m.prep is None
                      and found[1] <= m.start <= found[1] + 40
                      and not _PUNCT_RE.search(norm[found[1] : m.start])), None)
        places = [(abs(start - h.start), p.country) for start, p in self._places if sent.start <= start < sent.end]
        if nisba is None and not places:
            return []
        country = nisba.mention.code.split(":")[0] if nisba is not None else min(places)[1]
        return [self._people_of(country, *found)]

    def _protest_country(self, norm: str, sent: _Sentence, h: TriggerHit) -> list[_M]:
        """The people of a demonstration named only by its noun ("انطلقت مسيرات داخل المخيمات الفلسطينية في
        لبنان"): a nationality in the noun's own phrase, else the place it is said to be in, in the same clause
        right after it; the evidence is that word, the code the country's civilians. None otherwise."""
        if self._nt is None:
            return []
        clause_end = min(_clause_end(norm, h.end, sent.end), h.end + 60)
        nisba = next((m for m in sent.mentions if m.mention.kind == "nisba" and m.prep is None
                      and h.end <= m.start < clause_end and _words_between(norm, h.end, m.start) <= 3
                      and not RECIPIENT_PREPS & set(norm[h.end : m.start].split())  # not "ضد الحرب الأميركية"
                      and not _of_a_thing(norm, m)), None)  # nor "مقاطعة المنتجات الإسرائيلية"
        if nisba is not None:
            return [self._people_of(nisba.mention.code.split(":")[0], nisba.start, nisba.end)]
        place = next(((at, p) for at, p in self._places if h.end <= at < clause_end and p.country
                      # (not what it is against: "للاحتجاج على العدوان على قطاع غزة")
                      and _unconjoined(_word_before(norm, at)) not in _PROTESTED), None)
        if place is None:
            return []
        return [self._people_of(place[1].country, place[0], self._nt.to_normalized(place[1].span.end))]

    def _killed_by_attack(self, norm: str, h: TriggerHit, hits: list[TriggerHit], actor: list[_M],
                          recipient: list[_M]) -> tuple[list[_M], list[_M]]:
        """"25 حوثيا قتلوا جراء قصف جوي شنته قوات التحالف": after a killing verb, the names in the words of the
        attack that killed (its subject or the cause given) are the attack's, not the verb's victims."""
        t = h.trigger
        if t.type != "ASSAULT" or t.pos != "verb" or _pattern_key(t.pattern) not in KILLED:
            return actor, recipient
        attack = next((o for o in hits if o.start > h.end and o.trigger.type == "ASSAULT"
                       and o.trigger.pos in ("noun", "phrase") and _died_by(norm, h.end, o)), None)
        if attack is None:
            return actor, recipient
        return [m for m in actor if m.start < attack.start], [m for m in recipient if m.start < attack.start]

    def _blame(self, norm: str, sent: _Sentence, h: TriggerHit, actor: list[_M],
               recipient: list[_M]) -> tuple[list[_M], list[_M]]:
        """"حمل وزير الداخلية التركي حزب العمال الكردستاني مسؤولية الهجوم": in a phrase of blame, the last name
        before the responsibility is who bears it (with the names joined to it); the subject, if named, comes
        before it, else a joined verb or a participle goes on with the sentence's ("دانت الحكومة الأردنية …،
        وحملت إسرائيل المسؤولية"). A name right after the verb with words before the responsibility is the
        subject ("حمل سكان آخرون قوة "اميصوم" المسؤولية"; "حمل المختصون الصين إلى حد كبير مسؤولية" is not)."""
        if h.trigger.cameo != BLAME or not h.gapped or \
                _strip_article(norm[h.tail_start : h.tail_end].split()[0]) != _RESPONSIBILITY_WORD:
            return actor, recipient
        blamed = [m for m in [*actor, *recipient] if h.end < m.start and m.end < h.tail_start]
        if not blamed:
            return actor, recipient
        last = max(blamed, key=lambda m: m.start)
        if not (_words_between(norm, last.end, h.tail_start) == 0 or (
                _words_between(norm, h.end, last.start - len(last.clitic)) > 0
                and _words_between(norm, last.end, h.tail_start) <= 3)):
            return actor, recipient
        recipient = _coordinated_back(norm, blamed, last)  # (what it is blamed for is no recipient)
        actor = [m for m in actor if m.end <= recipient[0].start and m not in recipient]
        if not actor and (h.prefix[:1] in ("و", "ف") or _participle(norm[h.start : h.end])):
            actor = _sentence_subject(norm, sent, [m for m in sent.mentions if m.end <= h.start])
        return actor, recipient

    @staticmethod
    def _eased(norm: str, sent: _Sentence, h: TriggerHit, actor: list[_M],
               recipient: list[_M]) -> tuple[list[_M], list[_M]]:
        """"رفعت العقوبات التي فرضتها واشنطن على إيران": sanctions named with who imposed them are eased by the
        imposer, on their target."""
        imposed = _IMPOSED_BY.match(norm, _hit_end(h)) if h.trigger.cameo == EASE_SANCTIONS else None
        if imposed is None:
            return actor, recipient
        later = [m for m in sent.mentions if imposed.end() <= m.start < _clause_end(norm, imposed.end(), sent.end)]
        imposer = next((m for m in later if m.prep is None), None)
        if imposer is None:
            return actor, recipient
        target = [m for m in later if m.prep in _ONTO and m.start > imposer.end][:1]
        return actor or [imposer], target or [m for m in recipient if m is not imposer]

    def _fired_from(self, norm: str, sent: _Sentence, h: TriggerHit) -> list[_M]:
        """Who fired from a place the text names, when it names no one ("باطلاق صواريخ كاتيوشا من جنوب لبنان على
        مستوطنة", "قصف مدفعي من الأراضي السورية"): that place's country as a whole, with the place as the evidence.
        Only a من right after the act's words (two words between them at most: "صواريخ كاتيوشا"), so that
        "من طراز", "من قبل" or a من later in the clause never count."""
        if self._nt is None:
            return []
        end = _hit_end(h)
        found = _FIRED_FROM.match(norm, end, _clause_end(norm, end, sent.end))
        if found is None or set(found.group(1).split()[-1:]) & _NOT_FIRED_FROM or \
                any(end <= m.start < found.end(1) for m in sent.mentions):
            return []  # (the من of nearness or of a part, or of people: "اشتباكات بين مواطنين من الموصل")
        at = {found.end(), found.start(2) if found.group(2) else found.end()}  # ("قطاع غزة" may be the place)
        mention = next((m for m in sent.mentions if m.start in at and m.mention.kind in _FIRED_FROM_KINDS
                        and ":" not in m.mention.code), None)
        if mention is not None:
            country, start, stop = mention.mention.code, mention.start, mention.end
        else:
            place = next(((s, p) for s, p in self._places if s in at and p.country), None)
            if place is None:
                return []
            country, start, stop = place[1].country, place[0], self._nt.to_normalized(place[1].span.end)
        o_start, o_end = self._nt.to_original(start, stop)
        return [_M(Mention(Span(o_start, o_end), country, f"{country} (fired from there)", "group", None),
                   start, stop, None, "")]

    def _people_of(self, country: str, start: int, end: int) -> _M:
        """Unnamed people of ``country`` (its civilians), with the words at [start, end) as the evidence."""
        assert self._nt is not None
        o_start, o_end = self._nt.to_original(start, end)
        mention = Mention(Span(o_start, o_end), f"{country}:CVL", f"{country}: people (country from the place)",
                          "group", None)
        return _M(mention, start, end, None, "")

    def _happened_after(self, norm: str, h: TriggerHit) -> bool:
        """"تظاهرة انطلقت اليوم", "مظاهرات عمت المدن", "مظاهرة عنيفة اندلعت": the verb right after the event noun
        (or after one adjective describing it) says it took place."""
        following = [w.strip(_PUNCTUATION) for w in norm[h.end : h.end + 40].split()[:2]]
        happen = self.lexicon.crowds.get("happen", frozenset())
        if following and _unconjoined(following[0]) in happen:
            return True
        if len(following) < 2 or _unconjoined(following[1]) not in happen:
            return False
        adjective = following[0]  # agreeing with the noun in the article: "مظاهرة عنيفة", not "اغتيال الحريري"
        return adjective.endswith(("ه", "ي")) and adjective not in RELATIVES and adjective not in FUNCTION_WORDS \
            and adjective.startswith("ال") == ("ال" in h.prefix or norm.startswith("ال", h.start))

    def _occurred(self, norm: str, sent: _Sentence, h: TriggerHit) -> bool:
        """Whether a verb of occurring or organizing stands just before the event noun at ``h`` ("اندلعت
        مظاهرات", "خرجت أمس مظاهرات", "نظموا مسيرة"): the noun then reports the event itself."""
        clause_start = _clause_start(norm, h.start, sent.start)
        words = norm[clause_start : h.start - len(h.prefix)].split()
        occur = self.lexicon.crowds.get("occur", frozenset())
        if any(w in occur or (w[:1] in ("و", "ف") and w[1:] in occur) for w in words[-3:]):
            return True
        noun_start = h.start - len(h.prefix)
        subject = next(iter(_ending_at(norm, sent.mentions, noun_start)), None)
        if subject is not None and (led_at := _led_at(norm, subject)) is not None:
            # "تواصل طائرات التحالف العربي بقيادة السعودية غاراتها": the subject is the body led
            subject = next(iter(_ending_at(norm, sent.mentions, led_at)), None)
        if subject is not None:  # (from the start of a name it overlaps: "طائرات التحالف" in "طائرات التحالف العربي")
            subject = next((m for m in sent.mentions if m.start < subject.start < m.end), subject)
        if subject is not None and _unconjoined(_word_before(norm, subject.start - len(subject.clitic))) in \
                self._doing:
            return True  # "شن طيران التحالف العربي قصفاً على": a verb of doing, its subject, then the act
        if h.trigger.type == "PROTEST" and words and words[-1] in (IN, TO) and h.prefix in ("", "ال"):
            joining = self.lexicon.crowds.get("join", frozenset())
            if any(_unconjoined(w) in joining for w in words[-7:-1]):
                return True  # "شارك آلاف الأشخاص في مظاهرة", "انخرطت قوى لبنانية كثيفة في مسيرة"
        return self._happened_after(norm, h)

    def _protesting(self, norm: str, sent: _Sentence, h: TriggerHit) -> bool:
        """Whether the people of the clause before "احتجاجا" are civilians, protesters or opposition: a crowd
        word ("أضرب العمال …", "نزل آلاف الأشخاص …") or such a mention ("أضرب العرب في إسرائيل" is not)."""
        if self._crowd_subject(norm, sent, h, ("protest", "people"), after=False) or any(
                _crowd_word(w, self._crowd_words(("protest",))) for w in norm[sent.start : h.start].split()):
            return True  # "دفعت الجماعة بأكثر من خمسة آلاف متظاهر للاحتشاد …، احتجاجا على"
        clause_start = _clause_start(norm, h.start, sent.start)
        return any(clause_start <= m.start < h.start and m.mention.code.endswith((":CVL", ":OPP"))
                   for m in sent.mentions)

    @staticmethod
    def _complement(norm: str, h: TriggerHit) -> str:
        """What follows the verb of a verb phrase: "غارة" in "شن غارة", "غارات" in "شنت … غارات"."""
        if h.gapped:
            return norm[h.tail_start : h.tail_end]
        return norm[h.start : h.end].partition(" ")[2]

    def _where(self, norm: str, m: _M) -> bool:
        """Whether a bare nationality adjective describes a place said to be where, after في or ب ("المجلس
        التنسيقي … بمحافظة تعز اليمنية"): no one a word or a meeting is addressed to (but "مساعدات إلى مدينة عدن
        اليمنية" are for Yemen, and the police "بولاية كاليفورنيا الأمريكية" are American)."""
        if m.mention.kind != "nisba" or m.clitic or m.prep is not None or m.start - 1 not in self._place_ends:
            return False
        start = self._place_ends[m.start - 1]
        word = norm[max(0, start - 20) : start].split()[-1:] or [""]
        return _unconjoined(word[0]) == IN or (norm[start - 1 : start] == "ب")

    def _not_witnessed(self, norm: str, h: TriggerHit, floor: int) -> bool:
        """Whether a noun of an act is the subject or object of a negated verb of happening or witnessing:
        "لم تشهد المدينة أي اشتباكات", "المناطق التي لا تشهد اشتباكات", "لم تقع أي مواجهات"."""
        words = norm[max(floor, h.start - len(h.prefix) - 50) : h.start - len(h.prefix)].split()[-5:]
        for i in range(len(words) - 1, 0, -1):
            word = words[i]
            if word[-1:] in _PUNCTUATION:
                return False
            if _unconjoined(word) in self._happening:
                return _negates_verb(words[i - 1]) and len(words) - i - 1 <= 3
        return False

    def _antecedent(self, norm: str, sent: _Sentence, h: TriggerHit, before: list[_M]) -> list[_M]:
        """The one a relative clause describes, as the agent of a verbal noun in it with none of its own:
        "والرئيس عمر البشير، الذي حرص على اتخاذ قرار بالإفراج عن الصيادين"."""
        offset = max(sent.start, h.start - 60)
        if not _RELATIVE_RE.search(norm, offset, h.start):
            return []  # no relative pronoun near: the common case, settled without splitting words
        if _word_before(norm, h.start - len(h.prefix)) in _CIRCUMSTANCE and \
                not norm[h.start : h.end].endswith(("ه", "ها", "هم", "هما")):
            return []  # "الذي قدم استقالته بعد اغتيال الحريري": when it happened, not what the antecedent did
            # (but "بوتين الذي طرحها في لقائه مع": the suffix is the antecedent's)
        words = list(re.finditer(r"\S+", norm[offset : h.start - len(h.prefix)]))[-6:]
        for w in reversed(words):
            if w.group().strip(_PUNCTUATION) in RELATIVES:
                rel = offset + w.start()
                if any(c in norm[rel : h.start] for c in "،,") and any(rel < m.start < h.start for m in before):
                    return []  # the clause names its leader and ends: "التحالف الذي تقوده السعودية، من الوصول"
                if any(rel < m.start < h.start and not _leads(norm, m) for m in before) or any(
                        _unconjoined(x) in SUFFERING for x in norm[rel : h.start].split()):
                    return []  # the clause names someone of its own, or says its antecedent suffered the act
                    # (its leader is no one of its own: "للتحالف العربي الذي تقوده المملكة للوقوف إلى جانب")
                return self._described(norm, sent, rel, w.group().strip(_PUNCTUATION))
        return []

    def _described(self, norm: str, sent: _Sentence, at: int, relative: str) -> list[_M]:
        """What the relative pronoun at ``at`` describes: the mention right before it, if it agrees."""
        adjacent = _ending_at(norm, sent.mentions, at, " ،,")[-1:]
        if adjacent and (led_at := _led_at(norm, adjacent[0])) is not None:
            # "طائرات التحالف العربي الذي تقوده المملكة، والتي شنت": the body led, not its leader
            adjacent = _ending_at(norm, sent.mentions, led_at)[-1:] or adjacent
        if not adjacent:
            # (or a group and the adjectives that describe it: "حركة الشباب الاسلامية الصومالية التي")
            adjacent = [m for m in sent.mentions if m.end <= at and m.mention.kind in ("group", "organization")
                        and _by_name(m)
                        and 0 < len(words := norm[m.end : at].split()) <= 2
                        and all(w.startswith("ال") for w in words)][-1:]
        return [m for m in adjacent if self._agrees(relative, m)]

    def _agrees(self, relative: str, m: _M) -> bool:
        """Whether a masculine relative (الذي، الذين) can describe the mention before it: not a feminine
        noun ("المقرب من المعارضة الذي قدم استقالته": the man, not the opposition). A name's head is its
        first word ("رئيس الحكومة" is masculine); people are left alone (أسامة)."""
        if relative not in _MASCULINE_RELATIVES or m.mention.kind == "person" or self._nt is None:
            return True
        head = self._nt.original[m.mention.span.start : m.mention.span.end].split(" ", 1)[0]
        return not head.rstrip(_PUNCTUATION).endswith("ة")

    def _unnamed_doer(self, norm: str, sent: _Sentence, h: TriggerHit) -> bool:
        """Whether people the text places in no country do (or, counted, suffer) the act at ``h``. After a verb
        of violence only attackers ("هاجم مسلحون"), protesters after a verb that is not killing ("هاجم
        المتظاهرون", a violent demonstration) or counted victims ("قتل 150 مدنيا") count: other people after
        it are its target ("برامج تستهدف فئة الشباب")."""
        if h.trigger.type == "ASSAULT":
            following = norm[h.end : h.end + 40].split()[:3]
            counted = any(_counted(w) for w in following)  # "قتل 150 مدنيا": counted victims, a report
            doers = ALL_CROWDS if counted else ("armed",) if h.trigger.cameo.startswith("18") else ("armed", "protest")
            return self._crowd_subject(norm, sent, h, doers) or \
                self._crowd_subject(norm, sent, h, ALL_CROWDS, after=False)
        return self._crowd_subject(norm, sent, h, ALL_CROWDS) or (
            # "تظاهر أعداد كبيرة من الأميركيين": a quantity of a nationality (not "قطع عدد من الطرق")
            h.trigger.type == "PROTEST" and _quantified_nationality(norm, sent, h) is not None)

    @staticmethod
    def _object_of(norm: str, sent: _Sentence, verb_end: int, start: int) -> bool:
        """Whether what starts at ``start`` is the direct object of the verb ending at ``verb_end``: only its
        subject (a mention) or one word stands between, and no preposition ("رفضت الحكومة الألمانية فرض
        عقوبات" yes, "اتفقا خلال اتصال هاتفي" no)."""
        if start < verb_end:
            return False
        words = []
        pos = verb_end
        for m in sent.mentions:
            if verb_end <= m.start and m.end <= start:
                words += norm[pos : m.start].split()
                pos = m.end
        words += norm[pos:start].split()
        return len(words) <= 1 and not any(w in FUNCTION_WORDS or w in OTHER_PREPS or w in RECIPIENT_PREPS
                                           for w in words)

    def _crowd_agent(self, norm: str, sent: _Sentence, h: TriggerHit) -> bool:
        """A passive whose agent is a crowd the text places in no country: "خطف … من قبل أربعة مسلحين"."""
        clause = norm[h.end : _clause_end(norm, h.end, sent.end)]
        mark = _AGENT_WORDS.search(clause)
        words = self._crowd_words(ALL_CROWDS)
        return mark is not None and any(_crowd_word(w, words) for w in clause[mark.end() :].split()[:3])

    def _occurring(self, t: Trigger) -> bool:
        """A phrase whose verb says that its event took place ("انطلقت مسيرة", "اندلعت مظاهرات"); not an
        agent's verb ("يشن الكاتب هجوما ساخرا" names nobody who attacked anyone)."""
        words = _pattern_key(t.pattern).split(" ")
        return t.pos == "phrase" and len(words) > 1 and words[0] in self.lexicon.crowds.get("happen", frozenset())

    def _fell_in(self, norm: str, sent: _Sentence, h: TriggerHit, others: list[TriggerHit]) -> bool:
        """Whether the attack noun at ``h`` is where victims named before it fell: "قتلوا في قصف", "أصيب
        مدنيون بجروح في قصف", "استشهد اثنان من رجال الشرطة في تفجير"."""
        before = _word_before(norm, h.start - len(h.prefix))
        if before not in _IN_OR_BY and "ب" not in h.prefix:
            return False
        return any(o.trigger.type == "ASSAULT" and o.trigger.pos == "verb" and sent.start <= o.start < h.start
                   for o in others) or any(_unconjoined(w) in self._crowd_words(("casualty",))
                                           for w in norm[_clause_start(norm, h.start, sent.start) : h.start].split())

    def _unnamed_noun(self, norm: str, sent: _Sentence, h: TriggerHit, hits: list[TriggerHit]) -> bool:
        """Whether a verbal noun of protest or violence with nobody named reports an event: a demonstration
        or an attack that took place or was suffered ("اندلعت مظاهرات", "تعرضت لهجوم بقذائف"); deaths only
        when the sentence names an attack ("أسفر الانفجار عن مقتل" yes, "حادث أسفر عن مقتل" in a mine no)."""
        if h.trigger.type == "ASSAULT" and self._fell_in(norm, sent, h, hits):
            return True
        if not self._occurred(norm, sent, h) and not _announced_death(
                norm, h, _light_verb_before(norm, h.start - len(h.prefix))):
            return False  # ("أعلنت مصادر أمنية مقتل رجل دين في أربع هجمات": an announced death took place)
        return h.trigger.type == "PROTEST" or _pattern_key(h.trigger.pattern) not in DEATHS or any(
            o is not h and o.trigger.type == h.trigger.type for o in hits)

    def _anchored(self, norm: str, sent: _Sentence, h: TriggerHit, others: list[TriggerHit]) -> bool:
        """Whether a verbal noun of violence or protest reports the act rather than names it: a verb of
        occurring, doing or suffering governs it ("وقع هجوم", "أسفر عن مقتل", "تعرض للتعذيب"), a count of
        victims follows it ("مقتل أربعة أشخاص"), or the clause dates it to the news ("أمس", "صباح اليوم")."""
        before = _word_before(norm, h.start - len(h.prefix))
        if self._occurred(norm, sent, h) or before in PASSIVE_MARKERS:
            return True  # "تم اغتصابها", "جرى اختطاف"
        if self._fell_in(norm, sent, h, others):
            return True
        if before == ABOUT and _not_ceased(norm, h, _clause_start(norm, h.start, sent.start)):
            return True  # "القوات التي لم تتوقف عن تعذيب المحتجزين": an act not stopped goes on
        if _CLAIMED.match(norm, h.end) or _CLAIMED_AFTER.match(norm, h.end, sent.end):
            return True  # "الهجوم الانتحاري الذي نسب إلى داعش", "هجوم أعلن تنظيم داعش مسؤوليته عنه": someone did it
        if h.trigger.type in PHYSICAL and before not in _THIS and _claimant(norm, sent, h) and \
                not _claim_denied(norm, sent, h):
            return True  # "أعلن تنظيم داعش مسؤوليته عن الهجوم الانتحاري على مسجد": a claimed act was done (not
            # "مسؤولية هذا الاعتداء": one told before, which its claim would only repeat)
        if h.trigger.type == "PROTEST" and _unconjoined(before) in DISPERSING:
            return True  # "خلال عملية قمع لمظاهرة في طهران": a demonstration broken up took place
        if _by_means(norm, h) and _light_verb_before(norm, h.start - len(h.prefix), True) is not None:
            return True  # "قام نحو 1500 شخص … بالتظاهر", "قامت امرأة … بتفجير نفسها", "ردت عبر اغتيال"
        if self._done_by(norm, h):
            return True  # "مظاهرة نظمها حزب البعث", "هجوم مسلح نفذه مجهولون"
        if _what_was_done(norm, h, sent.start, self._doing):
            return True  # "بما أقدمت عليه قوات الاحتلال من اقتحام للمسجد الأقصى": what someone did
        if h.trigger.type == "PROTEST" and any(
                _crowd_word(w, self._crowd_words(PEOPLE)) for w in norm[sent.start : h.start].split()):
            return True  # "شكل مئات من المتظاهرين سلسلة بشرية للاحتجاج": people protesting
        if any(_counted(w) for w in norm[h.end : _clause_end(norm, h.end, sent.end)].split()[:3]):
            return True
        clause = [w.strip(_PUNCTUATION) for w in
                  norm[_clause_start(norm, h.start, sent.start) : _clause_end(norm, h.end, sent.end)].split()]
        return any(w in NEWS_TIMES or (w[:1] in ("و", "ف") and w[1:] in NEWS_TIMES) for w in clause)

    def _carried_out_by(self, norm: str, h: TriggerHit, m: _M) -> bool:
        """Whether ``m`` names who did the act at ``h``: it follows a verb of doing with a pronoun for the act
        ("هجوم بقاذفة صواريخ شنه متمردون اكراد", "هجوم نفذه مسلحون من داعش"), or قام به after words that only
        describe the act ("قصف عشوائي قام به الحوثيون", not "ضربات على الطريقة التي قامت بها إسرائيل"); a
        state's adjective may follow the noun it describes ("قامت به طائرات روسية")."""
        words = [w for w in (w.strip(_QUOTES) for w in norm[_hit_end(h) : m.start - len(m.clitic)].split()) if w]
        if m.prep == FROM and len(words) >= 3 and words[-1] == FROM and _partitive(words[-2]):
            words = words[:-2]  # "نفذه مسلحون من داعش": members of the group
        elif m.prep is not None:
            return False
        if m.mention.kind == "nisba" and len(words) >= 2:
            words = words[:-1]  # (the noun the adjective describes)
        while len(words) > 1 and (words[-1] in NEWS_TIMES or words[-1] in _DAY_WORDS):
            words = words[:-1]  # (and when: "هجوم شنته اليوم المقاومة الشعبية")
        if not words or len(words) > 4 or any(w[-1:] in ("،", ",", ".") for w in words):
            return False
        if words[-1] in _ON_IT and len(words) >= 2 and words[-2] in _DID:
            return _describes(" ".join(words[:-2]))
        if any(_strip_article(w) in self._named_acts and w[:1] != "و" for w in words[:-1]):
            return False  # "تنديدا بالغارات التي يشنها الجيش التركي": the pronoun is the nearer act, the strikes
            # (not one joined to it: "عمليات القصف والهجمات المسلحة التي شنها الانفصاليون" did both)
        doing = self.lexicon.crowds.get("doing", frozenset())  # (not witnessing: "القتال الذي تشهده اليمن")
        return _verb_of_the_act(words[-1], doing, ("ها", "ه", "هما"))

    def _condemned_doer(self, norm: str, sent: _Sentence, h: TriggerHit) -> list[_M]:
        """Whom a condemnation is against when it names the act, not the doer: the doer of the act in a relative
        clause after it ("إدانة المملكة واستنكارها للجريمة الإرهابية البشعة التي نفذها مستوطنون إسرائيليون")."""
        end = min(_clause_end(norm, h.end, sent.end), h.end + 120)
        words = list(re.finditer(r"\S+", norm[h.end : end]))
        for i, w in enumerate(words[:-1]):
            if w.group() not in RELATIVES:
                continue
            if not _verb_of_the_act(words[i + 1].group(), self._occur_or_doing):
                return []  # (the first relative clause only)
            after = h.end + words[i + 1].end()
            doers = [m for m in sent.mentions if after < m.start <= after + 2 and m.prep is None]
            return _coordinated(norm, [m for m in sent.mentions if m.start >= doers[0].start]) if doers else []
        return []

    def _done_by(self, norm: str, h: TriggerHit, doing: bool = False) -> int:
        """Whether a verb of doing or organizing with a pronoun for the act follows the event noun ("هجوم
        نفذه مجهولون", "غارة شنتها طائرة", "ضربة عسكرية تقوم بها الإدارة الأمريكية"): what comes next is who
        did it. The number of words from the noun to who did it (1, or 2 for قام بها, and one more for a
        relative before the verb), 0 when there is none. With ``doing``, only verbs of doing, not of taking
        place ("الهجوم الذي شهدته تونس": where, not who)."""
        verbs = self._doing if doing else self._occur_or_doing
        at, skipped = _past_adjectives(norm, h, verbs)
        word = _word_after(norm, at)
        relative = word in RELATIVES
        if relative:
            at += len(word) + 1
            word = _word_after(norm, at)  # "العقوبات التي فرضتها واشنطن"
        if _verb_of_the_act(word, verbs):
            return 1 + relative + skipped
        if _unconjoined(word) in _DOING_IT and _word_after(norm, at + len(word) + 1) in _ON_IT:
            return 2 + relative + skipped
        return 0

    def _marked_passive(self, h: TriggerHit) -> bool:
        """A perfect verb written with a damma on its first letter is passive ("قُتل", "اُعتقل"): the
        writer has told us, and the noun after it is what was done to, not who did it."""
        nt = self._nt
        if nt is None:
            return False
        original = nt.original
        i = nt.origin_of(h.start)
        first = h.trigger.pattern.split(" ", 1)[0]
        if first == _THREW and " " in h.trigger.pattern:
            # "ألقي القبض على": the active ألقى is written with alif maqsura, the passive أُلقي with ya
            end = nt.origin_of(min(h.start + len(normalize_key(first)), len(nt.text)) - 1)
            if original[end] == "ي":
                return True
        letters = 0
        while i < len(original) and letters < 2:
            ch = original[i]
            if ch == "\u064f":  # damma
                return True
            if not ("\u064b" <= ch <= "\u0652" or ch == "\u0640"):  # not another mark or a tatweel
                letters += 1
            i += 1
        return False

    @staticmethod
    def _historical(norm: str, sent: _Sentence, h: TriggerHit, dates: list[DateMention], doc_year: int) -> bool:
        """Long-past background: a year two or more before the document's in the trigger's clause (or a
        chronology line "1975 - …", whose present tense is the historical present: "2004- رئيس الوزراء
        السنغافوري يستقيل"), and otherwise the trigger is not a present-tense verb."""
        head = re.match(r"\s*\W*((?:1[6-9]|20)\d\d)\s*[-–—:]", norm[sent.start : sent.start + 12])
        if head and int(head.group(1)) <= doc_year - 2:
            return True
        if h.trigger.pos == "verb" and norm[h.start : h.start + 1] in ("ي", "ت", "ن") and not h.prefix.endswith("ل"):
            return False
        lo, hi = _clause_start(norm, h.start, sent.start), _clause_end(norm, h.end, sent.end)
        # (a year well after the act dates something else: "متهما تركيا بانتهاك وقف لإطلاق النار أبرم عام 2013")
        return any(lo <= d.start < hi and (d.start < h.start or d.start - _hit_end(h) <= 30) and d.value
                   and int(d.value[:4]) <= doc_year - 2 and not _since(norm, d.start) for d in dates)

    def _sports_words(self, start: int, end: int) -> int:
        """How many different words of sport (sports_context.tsv) the text in [start, end) has. One that also
        names armed people (crowds.tsv ``armed``: "المهاجم", a striker or an attacker) counts only in a sports
        article: "ان المهاجم فجر نفسه خلال اجتماع لزعماء العشائر" is no sport talk."""
        return len({w for s, w in self._sport_words if start <= s < end
                    and (self._sports_article or w not in self._armed_words)})

    def _verb_headed(self, t: Trigger) -> bool:
        """Is a phrase trigger's first word a verb? As for the matcher: the lexicon's verb and noun forms decide;
        otherwise a word with the article, a feminine/plural ending or the تفعيل shape is nominal ("تعليق
        عضوية"). Decided once per pattern."""
        headed = self._verb_heads.get(t.pattern)
        if headed is None:
            head = _pattern_key(t.pattern).split(" ")[0]
            headed = self._verb_heads[t.pattern] = verb_like(head, self._verb_forms, self._noun_forms) and \
                not _BROKEN_PLURAL.match(head)  # ("قذائف هاون أطلقها متمردون": a plural, no verb)
        return headed

    def _pronoun_subject(self, norm: str, sent: _Sentence, pos: int) -> list[_M]:
        """"أعلنت الشرطة أنها اعتقلت …": the pronoun before the verb at ``pos`` (past a negator) is the first
        named after the last verb of saying: its speaker, or whom what it tells of is about ("أعلنت المنظمة أن
        قوات الجيش دهست مدنيين ثم تأكدت أنها قتلتهم")."""
        pronoun = _pronoun_before(norm, pos)
        if pronoun not in PRONOUN_SUBJECTS:
            return []
        pos = norm.rfind(pronoun, sent.start, pos) + len(pronoun)  # "أنه لم يلتق": past the negator
        if pronoun.startswith("بان"):
            accusing = [w for w in re.finditer(r"\S+", norm[max(sent.start, pos - 90) : pos])
                        if _unconjoined(w.group()).startswith(_ACCUSING_STEMS)]
            if accusing:
                # "اتهم الرئيس الأمريكي روسيا بأنها تدعم": the accused (the verb's object) is who "she" is;
                # "الذي تتهمه الهند بأنه": the suffix is, and it names no one here
                verb = _unconjoined(accusing[-1].group())
                if verb.endswith(("ه", "ها", "هم", "هما")) and len(verb) > 4:
                    return []
                accused = [m for m in sent.mentions if m.end <= pos - len(pronoun) and m.prep is None]
                return accused[-1:]
        if _unconjoined(pronoun).startswith("لكن"):
            # "أعرب رئيس الوزراء الإيطالي عن تفهمه …، ولكنه حث": "but he" goes on with the person just named
            named = [m for m in sent.mentions if m.end <= pos and m.mention.kind in ("person", "title") and (
                m.prep is None or (m.prep == "ل" and _unconjoined(_word_before(norm, m.start - len(m.clitic))) == _HAD)
            )]  # (and who had done it before: "وسبق لأوباما أن زار كينيا … لكنه لم يزر البلد")
            if named:
                return named[-1:]
        head = norm[sent.start : pos]
        say_end = None
        finite_end = None  # the last verb of saying that is not a participle ("مؤكدا", "مشيرا")
        for w in re.finditer(r"\S+", head):
            token = w.group()
            if token in SAYING or (token[:1] in ("و", "ف") and token[1:] in SAYING):
                say_end = sent.start + w.end()
                if not _participle(_unconjoined(token)):
                    finite_end = say_end
        said = [m for m in sent.mentions if m.end <= pos and m.prep is None and m.mention.kind != "media"]
        speakers = [m for m in said if say_end is None or m.start >= say_end]
        if not speakers and finite_end is not None and finite_end != say_end:
            # "قال كيري إنه …، مشيرا إلى أنه سيبحث": nothing named since the participle, so the pronoun is the
            # speaker of the verb the participle goes on from
            speakers = [m for m in said if m.start >= finite_end and _words_between(norm, finite_end, m.start) <= 2]
        elif not speakers and finite_end is None and say_end is not None:
            # "وشنت تركيا … الغارات الجوية، مشيرة إلى أنها تستهدف": a participle of saying goes on from the
            # sentence's subject, who says it (named among its first words)
            speakers = [m for m in said if _words_between(norm, sent.start, m.start) <= 3]
        if pronoun.startswith("و") and say_end is not None:
            # "قالوا إن جنودا أميركيين نفذوا الغارة وإنهم اختطفوا مواطنا": a second clause of what was said
            # goes on with the first clause's subject, not with the speaker
            opened = [w for w in re.finditer(r"\S+", norm[say_end : pos - len(pronoun)])
                      if w.group() in COMPLEMENTIZERS]
            if opened:
                first_clause = say_end + opened[0].end()
                told = [m for m in speakers if m.start >= first_clause]
                return told[:1]
        return speakers[:1]

    def _his_country(self, norm: str, sent: _Sentence, h: TriggerHit) -> list[_M]:
        """``بلاده``/``بلادها`` before the trigger: the country of the person just named (the speaker)."""
        window = norm[max(sent.start, h.start - len(h.prefix) - 40) : h.start - len(h.prefix)]
        words = window.split()
        while words and (words[-1] in NEGATORS or words[-1] in _PARTICLES):  # "ان بلاده لن ترسل"
            words.pop()
        window = window[: window.rfind(words[-1]) + len(words[-1])] if words else ""
        if not window.rstrip().endswith(_HIS_COUNTRY_WORDS):
            return []  # the pattern below cannot match: skip it (it is tried at every position)
        m = _HIS_COUNTRY.search(window)
        if m is None:
            return []
        before = [x for x in sent.mentions if x.end <= h.start and x.mention.kind not in ("media",)]
        if not before:
            return []
        assert self._nt is not None
        start = max(sent.start, h.start - len(h.prefix) - 40) + m.start(1)
        o_start, o_end = self._nt.to_original(start, start + len(m.group(1)))
        main = before[-1].mention.code.split(":")[0]
        code = main + (":GOV" if m.group(1).startswith("حكوم") else "")
        mention = Mention(Span(o_start, o_end), code, None, "anaphor", None)
        return [_M(mention, start, start + len(m.group(1)), None, "")]

    def _anaphor(self, norm: str, sent: _Sentence, h: TriggerHit, clause_start: int) -> list[_M]:
        """A subject that refers back without a name (``رفض عضو في المعاهدة``, ``البلاد``): the document's most
        salient state so far, with the anaphor's own words as evidence."""
        window_start = max(clause_start, h.start - 40)
        for a in MEMBER_STATES:  # "تبنى مجلس الأمن …، بيد أن الدول الأعضاء لوحت": the organization's members
            i = norm.find(a, window_start, h.start)
            if i < 0:
                continue
            org = next((m for m in reversed(self._doc_mentions_before(i)) if m.kind == "organization"), None)
            if org is None:
                return []
            assert self._nt is not None
            o_start, o_end = self._nt.to_original(i, i + len(a))
            return [_M(Mention(Span(o_start, o_end), org.code, org.name_en, "anaphor", None), i, i + len(a), None, "")]
        for a in ANAPHORS:
            i = norm.find(a, window_start, h.end + 40)
            while i >= 0 and (norm[i + len(a) : i + len(a) + 1].isalnum() or (
                    i > 0 and norm[i - 1].isalnum() and norm[i - 1] not in "وفب")):
                i = norm.find(a, i + 1, h.end + 40)  # a word of its own: not "البلدة", "البلدين", "البلدية"
            if i < 0 or (i < h.start and i + len(a) < h.start - 40):
                continue
            if i >= h.end and h.trigger.pos != "verb" and _words_between(norm, h.end, i) > 0:
                continue  # after an act's noun, only its genitive ("التنكيل بكل من جهر بانتقاد الدولة": the state
                # is the criticized, in another clause)
            if i >= h.end and (norm[i - 1 : i] == "ب" or _word_before(norm, i) in _GOVERNING_PREPS
                               or _unconjoined(_word_before(norm, i)) in DIRECTIONS | _ALL_OVER):
                continue  # where, not who: "قتلوا نتيجة لأعمال العنف في البلاد", "تحاصر مسلحين شرق البلاد",
                # "تعهد الزعماء القبليون في ارجاء البلاد"
            if i >= h.end and h.trigger.pos == "verb" and not norm[h.end : i].strip() and \
                    _word_before(norm, h.start - len(h.prefix)) in RELATIVES:
                continue  # what a relative clause's verb is done to, right after it: "وهي التي دمرت البلاد" (but
                # after a verb that opens its clause it is the subject: "وتحتجز الجمهورية الإسلامية … رهائن")
            if i >= h.end and h.trigger.pos == "verb" and (
                    h.trigger.note.startswith("they") or _plural_verb(norm[h.start : h.end])):
                continue  # what a verb that carries its plural subject is done to: "لكنهم دعوا البلد العضو في
                # حلف شمال الأطلسي"
            if any(m.start <= i < m.end for m in sent.mentions):
                continue  # part of a name: "حملة استهدفت الدولة الإسلامية"
            if a == _REPUBLIC and _unconjoined(_word_before(norm, i)) in _PARTY_HEADS:
                continue  # an adjective: "الاتفاق الذي تعارضه غالبيته الجمهورية" (Republican), no state
            code = self._salient_before(i)
            if code is None:
                return []
            end = i + len(a)
            if a.endswith((" في", " ب")):  # "عضو في المعاهدة": take the organization word too
                nxt = re.match(r"\s*\S+", norm[end:])
                end += nxt.end() if nxt else 0
            assert self._nt is not None
            o_start, o_end = self._nt.to_original(i, end)
            mention = Mention(Span(o_start, o_end), code, None, "anaphor", None)
            return [_M(mention, i, end, None, "")]
        return []

    def _doc_mentions_before(self, pos: int) -> list[Mention]:
        """The document's mentions that start before normalized offset ``pos``, in order."""
        assert self._nt is not None
        origin = self._nt.origin_of(pos)
        return [m for m in self._doc_mentions if m.span.start < origin]

    def _salient_before(self, pos: int) -> str | None:
        """The state mentioned most often before normalized offset ``pos`` (first mentioned wins a tie)."""
        assert self._nt is not None
        limit = self._nt.origin_of(min(pos, len(self._nt.text) - 1)) if self._nt.text else 0
        counts: dict[str, int] = {}
        for m in self._doc_mentions:
            if m.span.start >= limit:
                break
            if m.kind in ("country", "nisba", "capital", "metonym", "title", "institution"):
                main = m.code.split(":")[0]
                counts[main] = counts.get(main, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def _speaker(self, norm: str, sent: _Sentence, quote: tuple[int, int]) -> list[_M]:
        """The speaker of a quotation: the last mention between the sentence start and the quote."""
        candidates = [m for m in sent.mentions if m.end <= quote[0] and m.mention.kind != "media"
                      and not m.mention.code.endswith(":MED") and (  # ("-بحسب وكالة الأنباء الفرنسية-": a source)
            m.prep is None or _word_before(norm, m.start - len(m.clitic) - (0 if m.clitic else len(m.prep) + 1))
            in _SPEAKS_FOR)]
        # (who speaks is no prepositional phrase, "مع صحافي … في باماكو ليل أمس، إن «…»" names a place, unless
        # it names whom a source or a spokesman speaks for: "مصدر في محكمة القريات", "الناطق الرسمي للجناح العسكري
        # لحزب العمال")
        return candidates[-1:] if candidates else []

    def _attribution(self, norm: str, sent: _Sentence, h: TriggerHit, in_quote: tuple[int, int] | None,
                     actor: list[_M]) -> str:
        if in_quote is not None:
            return "quoted"
        if _circumstantial(norm, h):
            # "نفى إردوغان الاتهامات بأن …، متهما «قوى سوداء»": a participle of circumstance goes with the main
            # verb, told by the writer, not inside what was said
            return "author" if sent.section == "commentary" else "reported"
        words = norm[sent.start : h.start].split()
        for i, w in enumerate(words):
            bare = w[1:] if w[:1] in ("و", "ف") and w[1:] in SAYING else w
            if bare in SAYING and not (bare == _IT_IS_MENTIONED and i + 1 < len(words) and words[i + 1] in _NOTED_THAT):
                # (but "ويذكر أن …", the passive "it is noted that", is the writer's own background note)
                # a verb of saying with a non-media speaker before the trigger: reported speech
                tail = " ".join(words[i + 1 :])
                if re.search(r"(?:^|\s)(?:ان|انه|انها|إن|أن|بان|بانه|بانها)(?:\s|$)", tail) or ":" in tail:
                    speakers = [m for m in sent.mentions if sent.start <= m.start < h.start]
                    if any((m.mention.kind in MEDIA_KINDS or _the_media(norm, m)) and m.prep is None
                           for m in speakers) and not _QUOTING.search(tail):
                        break  # a news agency's report keeps the newspaper's voice (not "قال لـ«الشرق الأوسط»")
                    announcing = bare in ANNOUNCING
                    first = speakers[0].mention.code if speakers else None
                    if announcing and first is not None and first in {m.mention.code for m in actor}:
                        break  # an actor announcing its own act ("أعلنت الشرطة أنها اعتقلت"): a report of it
                    return "quoted"
        return "author" if sent.section == "commentary" else "reported"

    def _location(self, doc: Document, norm: str, sent: _Sentence, h: TriggerHit) -> dict[str, object] | None:
        """A place (gazetteer) or a country/capital introduced by في/إلى after the trigger, within its sentence."""
        nt = self._nt
        assert nt is not None
        physical = h.trigger.type in PHYSICAL
        for p_start, p in self._places:
            if not (h.end <= p_start < sent.end) or p_start - h.end > 150:
                continue
            word = _word_before(norm, p_start)
            clitic_start = p_start
            while clitic_start > 0 and norm[clitic_start - 1].isalnum():
                clitic_start -= 1
            if word in (IN, TO, "الي") or norm[clitic_start:p_start] in ("ب", "وب") or (
                    physical and _in_part_of(norm, p_start - len(word) - 1, word) and p_start == clitic_start):
                # (or, for an act of force or a demonstration, a part of the place after في/ب: "في وسط بغداد",
                # "بشوارع القاهرة"; after a word or a meeting such a place is more often the act it is about's)
                return {"name": doc.text[p.span.start : p.span.end], "country": p.country,
                        "start": p.span.start, "end": p.span.end}
        for m in sent.mentions:
            if m.start >= h.end and m.mention.kind in ("capital", "country") and (m.prep == IN or (
                    physical and m.prep is None and not m.clitic and _in_part_of(
                        norm, m.start - len(part := _word_before(norm, m.start)) - 1, part))):
                if m.start - h.end > 120:
                    break
                return {"name": doc.text[m.mention.span.start : m.mention.span.end],
                        "country": m.mention.code.split(":")[0], "start": m.mention.span.start,
                        "end": m.mention.span.end}
        return None

    @staticmethod
    def _norm_mention(norm: str, start: int, end: int, mention: Mention) -> _M:
        ws = start
        while ws > 0 and norm[ws - 1].isalnum():
            ws -= 1
        clitic = norm[ws:start]
        prep: str | None = None
        if clitic.endswith(("ل", "ب")) and clitic not in ("ال",):
            prep = clitic[-1]
        elif not clitic and norm[ws - 1 : ws] in ("«", '"', "“"):
            # "قال لـ«الشرق الأوسط»", "في حوار مع «الشرق الأوسط»": a quoted name is governed by what is before
            # the quotation mark
            prev = _word_before(norm, ws - 1)
            if prev in ("ل", "ب", "ول", "وب"):
                prep = prev[-1]
            elif prev in RECIPIENT_PREPS or prev in OTHER_PREPS:
                prep = prev
        elif not clitic or clitic in ("و", "ف"):
            prev = _word_before(norm, ws)
            if _counted(prev.strip(_PUNCTUATION)) and (counted := _count_words(norm, ws)) and \
                    (governor := _nth_word_before(norm, ws, counted + 1)) in _ALL_PREPS and \
                    not (governor == FROM and _counted(_nth_word_before(norm, ws, counted + 2))):
                prev = governor  # "أفرجت عن أكثر من 200 معتقل": the preposition before the count governs
                # (not a part's من: "خمسة من 13 إثيوبيا خطفوا")
            if prev[:1] in ("و", "ف") and prev[1:] in _PLAIN_PREPS:
                prev = prev[1:]  # "وفي صنعاء قام مسلحون …": where, not who (و + في)
            if prev == "نحو" and _counted(norm[start:end].split(" ", 1)[0]):
                pass  # "اعتصم نحو ألف سوري": about a thousand, not towards them
            elif prev in RECIPIENT_PREPS or prev in OTHER_PREPS:
                prep = prev
            elif prev in _STYLES_WITH_LAM:
                prep = "ل"  # "برقية تهنئة لجلالة الملك محمد السادس": to whom, past his style
            elif mention.kind == "nisba" and not clitic:
                # an adjective shares its noun's preposition: "قصف للمناطق الباكستانية" (the areas shelled)
                if prev.startswith(("لل", "ولل", "بال", "وبال")):
                    prep = "ل" if "لل" in prev[:3] else "ب"
                elif _word_before(norm, ws - len(prev) - 1) in RECIPIENT_PREPS:
                    prep = _word_before(norm, ws - len(prev) - 1)
        return _M(mention, start, end, prep, clitic)


# ---------------------------------------------------------------------- helpers
# the last word of a phrase that governs the mention after it ("الوقوف إلى جانب", "التعاون مع")
_PHRASE_PREPOSITIONS = frozenset(normalize_key(w) for w in (
    "جانب", "مع", "ضد", "إلى", "على", "عن", "من", "في", "تجاه", "إزاء", "لصالح", "بحق"))


@cache
def _pattern_key(pattern: str) -> str:
    """A trigger pattern's normalized form, computed once per pattern (several rules read it for each hit)."""
    return normalize_key(pattern)


# "and … were wounded" after a killing's first mention: "قتل جندي تركي وأصيب آخر"
_WOUNDED_TOO = frozenset(normalize_key(w) for w in ("وأصيب", "وأصيبت", "وأصيبا", "وجرح", "وجرحت"))

# prepositions that end a trigger phrase ("طلب من", "اعتدى على"): what follows is whom the act is done to
_PHRASE_FINAL_PREPS = frozenset(normalize_key(w) for w in ("من", "على", "علي", "إلى", "الى", "مع", "ضد", "عن"))

# prepositions after which an act noun is what someone answers, follows or talks about, not what they do
_ABOUT_AN_ACT = frozenset(normalize_key(w) for w in ("على", "علي", "بعد", "عقب", "إثر", "بسبب", "حول", "بشأن", "ضد",
                                                      "تجاه", "إزاء"))

# "من قبل عدة ضباط", "الذي نسب إلى تنظيم داعش"
_INCLUDING = re.compile(r"(?:بما في ذلك|بما فيها|بما فيه|من بينها|ومنها)\s*$")
_ATTRIBUTED_TO = r"[،,]\s*(?:نسب|نسبت)\s+(?:الي|الى)"  # ("هجوم انتحاري، نسب الى المتمردين التاميل")
_ATTRIBUTED = re.compile(_ATTRIBUTED_TO + r"\s")
_BY_HAND_OF = "من قبل|من جانب|من طرف|علي يد|علي ايدي|بايدي"  # (normalized) the agent of a passive act
# right after a verb: it is passive; so is "على يد" past a few words without a stop (a time, a place, the victims:
# "الذي خطف أول من امس على يد مسلحين"), but not "من قبل" or "من جانب", which as often name a noun's agent ("تدين
# استمرار التصريحات العدائية من قبل مسؤولي", "رفض أمريكا من جانب واحد")
_AGENT_AFTER = re.compile(rf"\s+(?:{_BY_HAND_OF})\s|(?:\s+[^\s،,.:؛«»\"]+){{1,4}}?\s+(?:علي يد|علي ايدي|بايدي)\s")
# "قصف قام به X": the doer after قام with a pronoun for the act on its preposition
_DID = frozenset(normalize_key(w) for w in ("قام", "قامت", "قاما", "قامتا", "قاموا"))
_ON_IT = frozenset(normalize_key(w) for w in ("به", "بها", "بهما"))
# what strikes: "غارات طائرات التحالف", "قصف مدفعية الجيش" (after a strike's noun, its doer, not its target)
_STRIKERS = frozenset(normalize_key(w) for w in ("طائرات", "طائرة", "طيران", "مقاتلات", "مقاتلة", "مروحيات",
                                                 "مروحية", "مدفعية", "بوارج", "سلاح"))
_STRIKES = frozenset(normalize_key(w) for w in ("غارة", "غارات", "ضربة", "ضربات", "قصف", "هجوم", "هجمات"))
# nouns of attack whose genitive is the attacker, as the agent of a verbal noun
_ATTACKS_BY = frozenset(normalize_key(w) for w in (
    "هجوم", "هجمات", "اعتداء", "اعتداءات", "عدوان", "غارة", "غارات"))


def _strikes(key: str) -> bool:
    """Whether a trigger's pattern names a strike (its first word, with or without the article)."""
    first = key.split(" ", 1)[0]
    return first in _STRIKES or (first.startswith("ال") and first[2:] in _STRIKES)


# light verbs whose act follows في ("بدأ في توزيع", "شرعت في بناء"), unlike a circumstance ("في هجوم")
_BEGINNING_IN = frozenset(normalize_key(w) for w in (
    "بدأ", "بدأت", "بدأوا", "تبدأ", "يبدأ", "شرع", "شرعت", "شرعوا", "يشرع", "تشرع", "استمر", "استمرت", "يستمر",
    "تستمر"))
# acts said from somewhere: "من <capital>" after them is where the speaker was ("انتقد اردوغان من جاكرتا"),
# unlike a request's من ("طلب من واشنطن")
_SAID_FROM = frozenset({"ACCUSE", "SUPPORT", "REJECT", "THREATEN", "AGREE"})
_OPENING = [[normalize_key(w)] for w in ("لكن", "ولكن", "بينما", "فيما", "وفيما")]
# before a subject that comes first: a complementizer, or كان of a pluperfect ("بعد أن كانت إيران اتهمت
# البحرين": Iran accused)
_SUBJECT_OPENERS = COMPLEMENTIZERS | frozenset(normalize_key(w) for w in (
    "كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا"))
_WITNESSING = frozenset(normalize_key(w) for w in ("شهد", "شهدت", "يشهد", "تشهد", "حدث", "حدثت", "يحدث", "تحدث",
                                                  "سجل", "سجلت", "يسجل", "تسجل"))
_RESUMING = {normalize_key("الذي"): "ه", normalize_key("التي"): "ها", normalize_key("الذين"): "هم",
             normalize_key("اللذين"): "هما", normalize_key("اللتين"): "هما"}


def _nominative_plural_after(norm: str, end: int) -> bool:
    """Whether the word right after a verb ending at ``end`` is a participle's sound masculine plural in the
    nominative ("متطرفون", "المسلحون", "مجهولون"): only a subject takes that ending (an object would end in
    -ين); not a name that ends so ("جيسون")."""
    word = _word_after(norm, end).strip(_PUNCTUATION)
    bare = word[2:] if word.startswith("ال") else word
    return len(bare) >= 6 and bare.startswith("م") and bare.endswith("ون") and bare not in _NUN_NOUNS


_NUN_NOUNS = frozenset(normalize_key(w) for w in ("مليون", "ملايين"))


def _unnamed_subject_after(norm: str, end: int) -> bool:
    """Whether the word right after a verb ending at ``end`` opens a subject no mention names: a count or a
    noun with the article ("التي دمرتها أربعة أشهر من المعارك", "التي دمرتها الحرب"), not a preposition, a
    time or the end of the clause."""
    word = _word_after(norm, end)
    if not word or word[:1] in _PUNCTUATION:
        return False
    word = word.strip(_PUNCTUATION)
    if word in FUNCTION_WORDS or word in _TIME_WORDS:
        return False
    return _counted(word) or (word.startswith("ال") and len(word) > 3)


def _resumes_described(norm: str, h: TriggerHit, relative: str) -> bool:
    """Whether the verb at ``h``, in a clause opened by the relative pronoun ``relative``, ends in an object
    pronoun (no clitic before the verb) that agrees with it, so that it may stand for what the clause
    describes ("إيران التي تتهمها السعودية"); one that does not is someone else ("هولاند الذي استقبلها": he
    received her)."""
    ending = _RESUMING.get(relative)
    if ending is None or h.prefix or not _object_suffix(norm, h):
        return False
    verb = norm[h.start : h.end]
    if ending == "ه":
        return verb.endswith("ه") and not verb.endswith(("ها", "هم", "هما"))
    return verb.endswith(ending) and not (ending == "هم" and verb.endswith("هما"))


_NOT_CHARGES = frozenset(normalize_key(w) for w in ("بعد", "بين", "بسبب", "بحسب", "بينما", "بدوره", "بدورها", "به",
                                                    "بها", "بهم"))
_HAD = normalize_key("سبق")  # "سبق لـ X أن": X had done it before
_MORE_OR_LESS = frozenset(normalize_key(w) for w in ("أكثر", "أقل"))  # "أكثر من ألفي عراقي": a count, no partitive
_QAD = normalize_key("قد")
_WERE = frozenset(normalize_key(w) for w in ("كان", "كانت", "كانوا", "كانا", "كانتا"))
_CAMPAIGNS = frozenset(normalize_key(w) for w in ("حملة", "حملات", "عملية", "عمليات", "موجة", "موجات", "جولة",
                                                  "جولات", "سلسلة"))
_KILLED_IN = frozenset(normalize_key(w) for w in ("في", "خلال", "إثر", "اثر", "جراء", "أثناء"))
_AGENT_MARK = re.compile(rf"(?:{_BY_HAND_OF}|بيد|نسب الي|نسبت الي|نسب الى|نسبت الى)\s+(?:\S+\s+){{0,2}}$")


def _strip_article(word: str) -> str:
    """``word`` without a preposition, conjunction or article in front ("بالغارات" -> "غارات")."""
    for prefix in ("وبال", "فبال", "بال", "وال", "فال", "لل", "ال", "وب", "فب", "ب", "و"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


_CHRONOLOGY_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\s*[-–—:]")  # a chronology line's year, "1974 -"
_PUNCTUATION = "،,.:؛\"«»()!?؟"


def _crowd_word(word: str, words: frozenset[str]) -> bool:
    word = word.strip(_PUNCTUATION)
    return word in words or (word[:1] in ("و", "ف") and word[1:] in words)


def _uncounted(word: str, word_before: str = "") -> bool:
    """Whether the word before a group's noun gives no count: not "مئات", "500", "نحو", nor "مئات من"."""
    if word == FROM:
        word = word_before
    return not _counted(_strip_article(word)) and word not in APPROXIMATELY and word not in _SOME


def _told_of(norm: str, m: _M) -> bool:
    """Whether a mention of protesters names ones already told of: with the article and no count."""
    if not norm.startswith("ال", m.start):
        return False
    word = _word_before(norm, m.start - len(m.clitic))
    return _uncounted(word, _word_before_that(norm, m.start - len(m.clitic), word))


def _by_name(m: _M) -> bool:
    """Whether ``m`` was found by a name in the lexicon ("حزب الله", "المقاومة الشعبية") rather than by a role
    word that only says what kind of actor it is (``roles:`` entries: "مسلحين", "المتظاهرين")."""
    return not (m.mention.entry or "roles:").startswith("roles:")


def _is_protester(m: _M) -> bool:
    """A mention of demonstrators (its own words, whatever country it was given)."""
    return m.mention.kind in ("group", "institution") and m.mention.name_en is not None \
        and "protest" in m.mention.name_en.lower()  # "المتظاهرون في القاهرة" is composed with its place


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _merge_titles(mentions: list[_M]) -> list[_M]:
    """A title directly followed by the person it names is one argument: the title's mention is kept and
    stretched over the name in normalized coordinates, so that what follows is measured from the name."""
    out: list[_M] = []
    for m in mentions:
        if out and m.mention.kind == "person" and out[-1].mention.kind == "title" and m.start - out[-1].end <= 1 \
                and m.mention.code == out[-1].mention.code:
            out[-1] = replace(out[-1], end=m.end)
            continue
        out.append(m)
    return out


def _suffering_verb(norm: str, h: TriggerHit, clause_start: int) -> int | None:
    """Where تعرض governs the act at ``h``: right before it ("تعرض للتعذيب"), or up to six words before it when
    ل or إلى marks the act ("تعرضت قاعدة للجيش أمس لهجوم انتحاري", "تعرضت … الى هجوم")."""
    pos = h.start - len(h.prefix)
    word = _word_before(norm, pos)
    if _unconjoined(word) in SUFFERING:
        return pos - len(word) - 1
    if "ل" not in h.prefix and _unconjoined(word) != TO and word != "الى":
        return None
    words = list(re.finditer(r"\S+", norm[clause_start:pos]))[-7:]
    for w in reversed(words):
        if _unconjoined(w.group()) in SUFFERING:
            return clause_start + w.start()
    return None


def _prayer_after(norm: str, end: int, sent_end: int) -> bool:
    """Whether God is the object of a verb of calling that ends at ``end`` (within its next twelve words)."""
    words = norm[end:sent_end].split()[:12]
    return any(m.group(1) not in GOD_IN_NAMES for m in _PRAYED_TO.finditer(" " + " ".join(words)))


def _question_from(norm: str, start: int, end: int) -> int | None:
    """Where the question that ends a sentence begins: the sentence's start when it ends in a question mark,
    the opening of its last quotation when the mark is inside it, None when it asks nothing."""
    text = norm[start:end].rstrip(" .\n")
    closed = text.rstrip("»\"”'")
    if not closed.endswith(("؟", "?")):
        return None
    if closed == text:
        return start
    opening = max(text.rfind(q, 0, len(closed)) for q in ("«", "\"", "“"))
    return start + opening if opening >= 0 else start


def _circumstantial(norm: str, h: TriggerHit) -> bool:
    """Whether a trigger is a participle of circumstance: after a comma, or joined by و ("، متهما", "ومطالبا")."""
    return h.trigger.pos == "participle" and (
        h.prefix[:1] == "و" or norm[: h.start - len(h.prefix)].rstrip()[-1:] in ("،", ","))


_SAYING_WORDS = SAYING | frozenset(normalize_key(w) for w in ("بالقول", "القول", "قوله", "قولها"))


def _told_by(norm: str, floor: int, m: _M, verb_start: int) -> bool:
    """Whether ``m`` is the subject of a verb of saying (within four words before it, no complementizer
    between, or right after it: "بالقول") and a complementizer stands between it and the verb at
    ``verb_start``: the speaker, not the doer of what is told ("وقال دبلوماسي إن روسيا …": روسيا is told
    of, not the speaker)."""
    between = norm[m.end : verb_start].split()
    thats = [i for i, w in enumerate(between) if w in COMPLEMENTIZERS]
    if not thats:
        return False
    that, last = thats[0], thats[-1]
    if all(w in _COPULAS_AND_PARTICLES for w in between[last + 1 :]):
        return False  # the told clause has no subject of its own: the speaker's act ("قالت روسيا إنه من المرجح
        # أن تستخدم حق النقض")
    if any(_unconjoined(w) in _SAYING_WORDS for w in between[:that]):
        return True  # "اكتفت الوكالة بالقول إن …"
    for w in reversed(norm[floor : m.start - len(m.clitic)].split()[-4:]):
        if w in COMPLEMENTIZERS:
            return False
        if _unconjoined(w) in _SAYING_WORDS:
            # (one who announces may announce his own act: "أعلنت باكستان أن وضع الحجر الأساس …")
            return _unconjoined(w) not in ANNOUNCING
    return False


_ADDRESSING = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN"})
_SOME_OF = re.compile(r"(?<!\S)(?:" + "|".join(normalize_key(w) for w in (
    "عدد", "بعض", "عشرات", "مئات", "آلاف", "الآلاف", "العديد", "مجموعة", "جميع", "كل", "أغلب", "معظم", "غالبية",
    "أحد", "احد")) + r")(?:\s|$)")


def _opens_with_saying(norm: str, sent: _Sentence) -> bool:
    """Whether a sentence opens with a verb of saying ("وقال مسؤول …")."""
    first = norm[sent.start : sent.start + 20].split()[:1]
    return bool(first) and _unconjoined(first[0]) in SAYING


def _after_saying_clause(norm: str, sent: _Sentence, h: TriggerHit) -> bool:
    """Whether the verb at ``h`` is joined (و) right after a comma in a sentence that opens with a verb of
    saying ("وقال أوباما إن …، ودعا")."""
    if h.prefix != "و" or h.trigger.pos not in ("verb", "phrase") or \
            not norm[sent.start : h.start - len(h.prefix)].rstrip().endswith(("،", ",")):
        return False
    return _opens_with_saying(norm, sent)


def _sentence_subject(norm: str, sent: _Sentence, before: list[_M]) -> list[_M]:
    """The subject of a sentence's main verb: its first name when the sentence opens with it or with one word
    before it (the verb: "أكد رئيس مجلس الأمة الكويتي", after an opener: "إلى ذلك نفى الرئيس التركي"), not
    a name governed by a noun or a preposition ("وإلى جانب قضية داعش، تناول المالكي")."""
    if not before:
        return []
    words = norm[sent.start : before[0].start - len(before[0].clitic)].replace("،", " ").split()
    if before[0].prep == FROM and len(words) >= 3 and words[-1] == FROM and _partitive(words[-2]):
        words = words[:-2]  # "قدم وفد من حركة حماس الشكر": members or a delegation of a group act for it
    elif before[0].prep is not None:
        return []
    for opener in SENTENCE_OPENERS:
        if words[: len(opener)] == list(opener):
            words = words[len(opener) :]
            break
    if len(words) == 2 and words[1] in TITLE_HEADS:
        words = words[:1]  # "أكد رئيس مجلس الأمة الكويتي": the head of the body named
    if len(words) > 1 or (words and (words[0].startswith(("ال", "وال")) or (
            _unconjoined(words[0]) in OTHER_PREPS and _unconjoined(words[0]) != _EXPRESSED)
                                     or words[0] in RECIPIENT_PREPS or not words[0].isalpha())):
        return []  # (but "وعبر وزير الخارجية عن استنكار المملكة": عبّر, expressed, opening with its subject)
    return _coordinated(norm, before)


def _apposed_title(norm: str, person: _M, m: _M) -> bool:
    """Whether ``m`` is a title set right after a named person, of the same country: the person's own
    ("التقى نبيل العربي الأمين العام للجامعة العربية ستيفان دي ميستورا"), not whom he met; or the name of the
    title's holder right after it ("رئيس الوكالة الدولية للطاقة الذرية يوكيا أمانو")."""
    kinds = (person.mention.kind, m.mention.kind)
    return kinds in (("person", "title"), ("title", "person")) and m.start - len(m.clitic) == person.end + 1 \
        and m.mention.code.split(":")[0] == person.mention.code.split(":")[0]


def _opponents_of(norm: str, m: _M) -> bool:
    """Whether a mention is named as whom some unnamed people oppose ("خصوم دمشق الذين حضروا الاجتماعات"):
    those people act or suffer, not the actor named, so the mention is no argument."""
    word = _word_before(norm, m.start - len(m.clitic))
    return word in OPPONENTS or (word[:1] in "وفلب" and word[1:] in OPPONENTS)


def _word_before(norm: str, pos: int) -> str:
    head = norm[max(0, pos - 30) : pos].rstrip()
    words = head.split()
    return words[-1].strip("،,.:؛\"«»()") if words else ""


# styles of address after ل ("لجلالة الملك", "لفخامة الرئيس"): the mention after them is governed by the ل
_STYLES_WITH_LAM = frozenset(normalize_key(p + w) for p in ("ل", "ول") for w in (
    "جلالة", "فخامة", "سمو", "معالي", "دولة", "سعادة", "حضرة"))
_NOT_PROTEST_TARGETS = frozenset(normalize_key(w) for w in ("لدى", "من", "عن", "بين"))


def _a_state_body(m: _M) -> bool:
    """A state as a whole (not its nisba: "قوى لبنانية" are people), its executive, forces, police or courts."""
    code = m.mention.code
    return (":" not in code and m.mention.kind in _WHOLE_STATE_KINDS) or \
        code.endswith((":GOV", ":MIL", ":COP", ":JUD"))


def _of_a_count(norm: str, m: _M) -> bool:
    """Whether ``m`` (after من) is what a count or a part before it is of: "العشرات من المسلحين", "عدد من"."""
    word = _word_before(norm, m.start - len(m.clitic) - len(FROM) - 1)
    return word in PARTITIVES or _counted(word) or _counted(_strip_article(word))


def _told_after(norm: str, pos: int) -> bool:
    """Whether the word before ``pos``, past an opening quotation mark, is أن/إن and the like."""
    words = norm[max(0, pos - 20) : pos].replace("«", " ").replace('"', " ").split()
    return bool(words) and words[-1] in COMPLEMENTIZERS


def _word_before_that(norm: str, pos: int, word: str) -> str:
    """The word before ``word``, itself the word before ``pos`` ("من خلال": من before خلال)."""
    return _word_before(norm, pos - len(word) - 1)


def _words_between(norm: str, a: int, b: int) -> int:
    return len(norm[a:b].split())


_CLAUSE_MARKS = re.compile(r"[،,؛:\n]|\. ")


# subjects the lexicon names no one by: the nominative duals and plurals of the sides of a meeting, and the
# texts that call, demand or criticize ("حث الجانبان الحكومة العراقية", "ودعا البيان الحكومة التركية")
_UNNAMED_SUBJECTS = frozenset(normalize_key(w) for w in (
    "الجانبان", "الطرفان", "البلدان", "الزعيمان", "الوزيران", "القائدان", "المشاركون", "المجتمعون", "المؤتمرون",
    "المسؤولون", "البيان", "البيانان", "التقرير", "البلاغ", "الإعلان", "القرار", "التلفزيون", "المتحدثون"))


def _verb_describes(norm: str, noun: TriggerHit, verb: TriggerHit) -> bool:
    """Whether a verb describes the attack named by the noun before it: right after it, or after the
    words an indefinite attack is told with, its adjectives, its doer and its time ("هجوما داميا للقاعدة
    استهدف السفارة", "هجوما انتحاريا في العام 2013، استهدف"), with no conjunction, relative or clause between."""
    between = norm[_hit_end(noun) : verb.start - len(verb.prefix)].strip().removesuffix("،").split()
    if len(between) <= 1:
        return True
    return len(between) <= 4 and "ال" not in noun.prefix and not _ASIDE_MARKS.search(" ".join(between)) and \
        not _opens_clause_between(norm, _hit_end(noun), verb.start) and \
        not any(w[:1] == "و" or w in RELATIVES or w in NEGATORS or w in _IN_EXCHANGE or _THAT_WORD.fullmatch(w)
                for w in between)


_ASIDE_MARKS = re.compile(r"[،,؛:\n()\-–—]|\. ")  # a clause's marks, and an aside's: "اغتيال البراهمي - اغتيل في"
# "that" with its pronoun ("أنها تستهدف"): a clause of its own begins
_THAT_WORD = re.compile(normalize_key("[وفلبك]?ان(?:ه|ها|هم|هما|نا|ني)?"))


# what came before, or caused, what is told next ("قتلوا إثر هجوم", "بعد الهجوم الانتحاري")
_AFTER_OR_BECAUSE = frozenset(normalize_key(w) for w in ("بعد", "إثر", "اثر", "عقب", "جراء", "بسبب", "نتيجة"))
# (and, for an act a demonstration came after, its time and its target)
_BEFORE_AND_BECAUSE = _AFTER_OR_BECAUSE | frozenset(normalize_key(w) for w in ("منذ", "قبل", "ضد", "على"))
_PROTESTED = frozenset(normalize_key(w) for w in ("على", "ضد"))  # what a protest is against
# what a crowd goes out to do about an act, right before it: not its own act ("خرجوا للتنديد بالهجمات", "تنديدا
# بالغارات")
_DENOUNCING = frozenset(normalize_key(w) for w in (
    "تنديدا", "استنكارا", "إدانة", "رفضا", "احتجاجا", "التنديد", "الاستنكار", "الإدانة"))
_MARCHES = frozenset(normalize_key(w) for w in ("مسيرة", "مسيرات"))
# what a march is for or against ("مسيرة احتجاج", "مسيرة تأييد"), against the course of something
_MARCH_PURPOSES = frozenset(normalize_key(w) for w in (
    "احتجاج", "استنكار", "تنديد", "تأييد", "تضامن", "دعم", "غضب", "رفض", "سلام", "تحدي", "وفاء", "نصرة", "إدانة",
    "مطالبة"))
# adjectives of a career or a course ("مسيرته المهنية", "المسيرة التنموية", "بعد مسيرة طويلة")
_COURSE_ADJECTIVES = frozenset(normalize_key(w) for w in (
    "التنموية", "تنموية", "المهنية", "مهنية", "الرياضية", "رياضية", "الفنية", "فنية", "الكروية", "كروية", "الحافلة",
    "حافلة", "الطويلة", "طويلة", "النضالية", "نضالية", "التعليمية", "تعليمية", "الاقتصادية", "اقتصادية"))


_TARGETING = normalize_key("تهدف")  # (in the forms of استهدف: "استهدفت", "يستهدف", "استهدافها")
_UNARMED = (":CVL", ":BUS", ":MED", ":EDU", ":GOV", ":LEG", ":JUD")


def _armed(m: _M) -> bool:
    """Whether a mention names a side that can use force: forces, police, rebels, an armed group (a code of its
    own), or a state named as a whole."""
    code = m.mention.code
    return code.endswith((":MIL", ":COP", ":REB")) or (
        ":" not in code and m.mention.kind in ("group", "institution", "country", "capital", "metonym", "nisba"))


_VIOLENT_STEMS = tuple(normalize_key(w) for w in ("تفجير", "انفجار", "انتحاري", "مفخخ", "ناسف", "قنبل", "رصاص", "صاروخ",
                                                    "مسلح", "إرهابي", "اغتيال", "قذائف", "غارات", "غارة"))


def _violence_named(norm: str, sent: _Sentence) -> bool:
    """Whether the sentence names violence by a word of its stem, whatever its clitics and endings
    ("التفجيرين", "انتحاريون", "بقنبلة", "مسلحة")."""
    text = norm[sent.start : sent.end]
    return any(stem in text for stem in _VIOLENT_STEMS)


def _aims_at_doing(norm: str, h: TriggerHit, actor: list[_M]) -> bool:
    """Whether what a form of استهدف aims at is a doing, a verbal noun ("تستهدف استراليا تقليص الانبعاثات",
    "يستهدف رفع الإنتاج"): an aim, not a target. Wider than _aimed_at_a_goal (any derived verbal noun, past
    the subject), so it is asked only where no violence is told."""
    pos = _hit_end(h)
    if actor and actor[0].start >= pos and _words_between(norm, pos, actor[0].start) == 0:
        pos = actor[-1].end  # past the subject after the verb
    following = norm[pos : pos + 30].split()[:1]
    if not following:
        return False
    word = _strip_article(following[0].strip(_PUNCTUATION))
    return word in GOALS or word == _GROWTH or bool(_DERIVED_VERBAL_NOUN.match(word))


_GROWTH = normalize_key("نمو")


def _a_course(norm: str, h: TriggerHit) -> bool:
    """Whether "مسيرة" at ``h`` is a course or a career, not a march: followed by a verbal noun that is not
    what a march is for ("مسيرة تعليم البنات", "مسيرة الإعمار", but "مسيرة احتجاج"), or by an adjective of
    a course ("المسيرة التنموية")."""
    if _pattern_key(h.trigger.pattern).rsplit(" ", 1)[-1] not in _MARCHES:
        return False
    following = norm[_hit_end(h) : _hit_end(h) + 30].split()[:1]
    if not following:
        return False
    word = following[0].strip(_PUNCTUATION)
    if word in _COURSE_ADJECTIVES:
        return True
    bare = word[2:] if word.startswith("ال") else word
    if word in FUNCTION_WORDS or _counted(word) or word in _CROWD_STOPS:
        return False  # "مسيرة أمام سفارة", "المسيرة مئات المصلين"
    return bare not in _MARCH_PURPOSES and bool(
        _DERIVED_VERBAL_NOUN.match(bare) or _VERBAL_NOUN_SHAPE.match(bare) or bare in _COURSES)


_COURSES = frozenset(normalize_key(w) for w in ("بناء", "نهوض", "نهضة", "عطاء", "انتصارات", "تنمية", "خير"))


# statements, resolutions and letters, indefinite (and the construct "مشروع قرار"): what a verb right after them
# describes is what they say
_DOCUMENTS = frozenset(normalize_key(w) for w in (
    "بيانا", "بيان", "قرارا", "قرار", "تقريرا", "تقرير", "رسالة", "خطابا", "خطاب", "مرسوما", "مرسوم", "وثيقة",
    "مذكرة", "تصريحا", "تصريح", "تصريحات", "نداء", "مقالا", "مقال", "تغريدة", "برقية", "كلمة",
    # and what a crowd chants or raises: "محتجين كانوا يرددون شعارات تتهم إردوغان"
    "شعارات", "هتافات", "لافتات", "بيانات"))
# groups of people named by an indefinite plural (no mention): a verb right after one describes them, its subject
# ("دعا أوباما مجموعات تدعم الاتفاق": the groups support it, not Obama)
_PEOPLE_PLURALS = frozenset(normalize_key(w) for w in (
    "مجموعات", "جماعات", "منظمات", "جهات", "شركات", "مؤسسات", "جمعيات", "عائلات", "شخصيات", "أحزاب", "فصائل",
    "قوى", "دول", "حكومات", "وفود"))


def _plural_described(norm: str, verb_start: int, clause_start: int) -> bool:
    """Whether the verb at ``verb_start`` describes groups named by an indefinite plural right before it, or
    past its indefinite adjectives and one place after في when a preposition governs the plural (so that it
    is no earlier verb's subject: "أدانت 3 منظمات حقوقية دولية تجاهل"): "مجموعات تدعم", "واحدة من دول
    سنية عديدة في الخليج تتهم إيران", "مع مجموعات تكفيرية وإرهابية تستهدف الجنود". They are its subject."""
    words = [w.strip(_PUNCTUATION) for w in norm[max(clause_start, verb_start - 60) : verb_start].split()][-6:]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _PEOPLE_PLURALS:
            tail = words[i + 1 :]
            if tail and not (i and (words[i - 1] in _GOVERNING_PREPS or words[i - 1] == FROM)):
                return False
            if IN in tail:
                k = tail.index(IN)
                if not 1 <= len(tail) - k - 1 <= 2:
                    return False
                tail = tail[:k]
            return all(not w.startswith("ال") and w not in FUNCTION_WORDS and len(w) > 2 for w in tail)
        if words[i] in FUNCTION_WORDS and words[i] != IN:
            return False
    return False


_ATTACKING = tuple(normalize_key(w) for w in ("هاجم", "تهاجم", "يهاجم"))
_STATEMENTS = frozenset(normalize_key(w) for w in ("تصريحات", "تصريح", "خطاب", "كلمة", "مقال"))  # (in both below)
# what an attack in words is made on: "هاجم الوزير … أقوال وزير الخارجية الأميركي"، "تهاجم السياسات الحكومية"
_WORDS_AND_POLICIES = _STATEMENTS | frozenset(normalize_key(w) for w in (
    "أقوال", "السياسات", "سياسات", "السياسة", "سياسة", "مواقف", "موقف", "قرار", "قرارات", "الاتفاق", "تقرير",
    "الخطة", "خطة", "البرنامج", "الإضراب", "إضراب", "إضرابات", "الإضرابات", "دعوات", "الدعوات"))


def _attacks_words(norm: str, h: TriggerHit) -> bool:
    """Whether a verb of attacking has words, a policy or a decision for its object within six words after it
    (its subject may stand between: "هاجم الوزير … أقوال وزير الخارجية"): an attack in words."""
    words = [w.strip(_PUNCTUATION) for w in norm[h.end : h.end + 120].split()[:6]]
    return any(w in _WORDS_AND_POLICIES for w in words)


def _attacks_saying(norm: str, sent: _Sentence, h: TriggerHit) -> bool:
    """Whether a verb of attacking is told with what its subject said, a participle of saying within twelve
    words of its sentence after it ("وهاجمت رايس حماس قائلة إن …"): an attack in words."""
    words = norm[h.end : sent.end].split()[:12]
    return any(_unconjoined(w.strip(_PUNCTUATION)) in _SAYING_PARTICIPLES for w in words)


_SAYING_PARTICIPLES = frozenset(normalize_key(w) for w in (
    "قائلا", "قائلة", "قائلين", "معتبرا", "معتبرة", "معتبرين", "واصفا", "واصفة", "واصفين", "متهما", "متهمة"))
# a decree whose act follows after ب, and the verbs that issue one ("أصدر الرئيس مرسوما بتعيين …")
_DECREES = frozenset(normalize_key(w) for w in (
    "قرارا", "قرار", "قرارات", "مرسوما", "مرسوم", "أمرا", "أمر", "أوامر", "أوامره", "توجيهات", "توجيها", "توجيهاته"))
_ISSUING = frozenset(normalize_key(w) for w in (
    "أصدر", "أصدرت", "أصدروا", "يصدر", "تصدر", "اتخذ", "اتخذت", "اتخذوا", "يتخذ", "تتخذ", "أقر", "أقرت", "يقر",
    "تقر", "وجه", "وجهت", "يوجه", "توجه"))
# ... and a statement: who issues, sends, publishes, adopts, chants or signs it says it
_ISSUING_DOCUMENTS = _ISSUING | SENDING | frozenset(normalize_key(w) for w in (
    "نشر", "نشرت", "نشروا", "ينشر", "تنشر", "بث", "بثت", "تبنى", "تبنت", "يتبنى", "تتبنى", "قدم", "قدمت", "يقدم",
    "تقدم", "وزع", "وزعت", "كتب", "كتبت", "ألقى", "ألقت", "أطلق", "أطلقت", "أعد", "أعدت", "اعتمد", "اعتمدت",
    "أصدرا", "نشرا", "قدما", "وجها", "كتبا",
    # who chants a slogan or raises a banner says it: "كانوا يرددون شعارات تتهم"
    "ردد", "رددوا", "يرددون", "رفع", "رفعوا", "يرفعون", "حمل", "حملوا", "يحملون", "قراءة",
    # who signs a statement says it: "توقيع عشرات المثقفين المصريين على بيان يرفض"
    "وقع", "وقعت", "وقعوا", "يوقع", "توقع", "يوقعون", "توقيع"))


def _issuer(norm: str, before: list[_M], document: int, clause_start: int,
            verbs: frozenset[str] | None = None) -> list[_M]:
    """Who issued the statement starting at ``document``: the subject of the verb of issuing, publishing,
    adopting or signing within ten words before it ("أصدرت المقاومة الشعبية بيانا", "الجمعية العامة تتبنى …
    قرارا", "ألقى القنصل العام المغربي بجدة لطفي ساسي كلمة"); no one when no such verb governs it ("صدور
    تقرير", "استخدام حق النقض ضد مشروع قرار")."""
    verbs = _ISSUING_DOCUMENTS if verbs is None else verbs
    words = list(_WORD_RE.finditer(norm, max(clause_start, document - 120), document))[-10:]
    verb = next((w for w in reversed(words) if _unconjoined(w.group()) in verbs
                 or (w.group()[:1] == "س" and w.group()[1:] in verbs)), None)
    if verb is None:
        return []
    between = [m for m in before if m.start >= verb.end() and m.end <= document and m.prep is None]
    if between:
        return _coordinated(norm, between)
    return _subject_before(norm, before, verb.start(), clause_start)


# a war or a campaign, indefinite ("حربا على الإرهاب تستهدف حزب العمال"): what a verb right after it (past what
# it is on or against) does, its launcher does
_CAMPAIGN_NOUNS = frozenset(normalize_key(w) for w in (
    "حربا", "حرب", "حملة", "حملات", "عملية", "عمليات", "هجوما", "هجمات", "غارات", "ضربات"))
_LAUNCHING = frozenset(normalize_key(w) for w in (
    "أطلق", "أطلقت", "اطلق", "اطلقت", "بدأ", "بدأت", "شن", "شنت", "يشن", "تشن", "نفذ", "نفذت", "أعلن", "أعلنت"))


def _campaign_before(norm: str, h: TriggerHit) -> int | None:
    """Where an indefinite war or campaign that the verb at ``h`` describes starts: right before it, or before
    what it is on or against ("«حرباً على الارهاب» تستهدف", "حملة ضد الفساد تستهدف")."""
    words = list(_WORD_RE.finditer(norm, max(0, h.start - 60), h.start))[-4:]
    bare = [w.group().strip("«»\"'()") for w in words]
    for k in range(len(bare) - 1, -1, -1):
        if bare[k] in _CAMPAIGN_NOUNS and (k == len(bare) - 1 or (
                bare[k + 1] in (ON, _AGAINST) and len(bare) - k - 2 in (1, 2))):
            return words[k].start()
    return None


def _document_before(norm: str, h: TriggerHit) -> int | None:
    """Where an indefinite statement, resolution or letter right before the verb at ``h`` starts, if there is
    one ("بيانا تطالب فيه", "قرارا يطالب", "مشروع قرار يدعو"): the verb then says what it says. Not after a
    prefix, nor with an object pronoun, whose verb has the noun before it as its object ("بيانا يدعمه")."""
    if h.trigger.pos != "verb" or h.prefix or _object_suffix(norm, h):
        return None
    word = _word_before(norm, h.start)
    if word not in _DOCUMENTS:
        return None
    return h.start - len(word) - 1


_PARTNERING = frozenset(normalize_key(w) for w in ("بالتنسيق", "بالتعاون", "بالاشتراك", "بمشاركة", "بمساندة", "بدعم",
                                                   "بمساعدة", "بمؤازرة", "بإسناد", "بمعاونة"))


def _partner(norm: str, m: _M) -> bool:
    """Whether ``m`` is named as a partner in an act ("غارات بالتنسيق مع الحكومة العراقية", "بمشاركة قوات
    عراقية", "بدعم من طيران التحالف"): one who did it with the doer, not to whom it was done."""
    words = norm[max(0, m.start - len(m.clitic) - 50) : m.start - len(m.clitic)].split()[-4:]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _PARTNERING:
            rest = words[i + 1 :]
            if rest[:1] in ([WITH], [FROM]):
                rest = rest[1:]
            # (past a title without its name: "بمساعدة الرئيس المخلوع علي عبدالله صالح")
            return len(rest) <= 2 and all(w.startswith("ال") and w[-1] not in _PUNCTUATION for w in rest)
    return False


def _states_after_ba(norm: str, mentions: list[_M]) -> list[_M]:
    """The states named after ب among ``mentions``, with those joined to them by و right after."""
    where: list[_M] = []
    for m in mentions:
        if m.mention.kind == "country" and (m.prep == "ب" or (
                where and m.prep is None and m.clitic == "و" and not norm[where[-1].end : m.start - 1].strip())):
            where.append(m)
    return where


def _mask_asides(norm: str, spans: list[tuple[int, int]]) -> str:
    """``norm`` with an aside a mention opens blanked, from its comma to the comma closing it ("طائرات بدون
    طيار، لا تملكها إلا القوات الأميركية في المنطقة، بإطلاق صواريخ"): the mention says whose the platform is,
    and the clause goes on past the aside as if it were not there. Offsets are kept (characters become
    spaces)."""
    chars: list[str] | None = None
    for start, end in spans:
        found = [i for i in (norm.find("،", start, end), norm.find(",", start, end)) if i >= 0]
        if not found:
            continue
        opening = min(found)
        mark = _CLAUSE_MARKS.search(norm, end, min(len(norm), end + 60))
        closing = mark.start() + 1 if mark is not None and mark.group() in "،," else end
        if chars is None:
            chars = list(norm)
        chars[opening:closing] = " " * (closing - opening)
    return norm if chars is None else "".join(chars)


def _clause_start(norm: str, pos: int, floor: int) -> int:
    best = floor
    for mark in ("،", ",", "؛", ":", "\n", ". "):
        i = norm.rfind(mark, floor, pos)
        if i >= best:
            best = i + 1
    return best


_COPULAS_AND_PARTICLES = frozenset(normalize_key(w) for w in (
    "يكون", "تكون", "يكونوا", "يكونا", "تكونا", "قد", "لم", "لن", "لا", "ما", "كان", "كانت", "كانوا"))
# a force named by a pronoun for its owner: his ("طائراته", "قواتها", "جنوده") or ours ("طائراتنا قصفت", and
# named by what they are to the speaker: "رجالنا", "مجاهدونا")
_FORCE_NOUNS = tuple(normalize_key(w) for w in (
    "طائرات", "مقاتلات", "قوات", "جنود", "عناصر", "مقاتلي", "سفن", "بوارج", "دبابات", "مدفعية", "صواريخ", "وحدات",
    "دوريات"))
_OUR_FORCES = re.compile(r"(?<![^\s\"«(])[وف]?(?:" + "|".join(_FORCE_NOUNS + tuple(normalize_key(w) for w in (
    "جيش", "رجال", "أبطال", "مجاهدي", "مجاهدو", "مقاتلو"))) + r")نا(?:\s|$)")
_HIS_FORCES = re.compile(r"(?<!\S)[وف]?(?:" + "|".join(_FORCE_NOUNS) + r")(?:ه|ها|هم)(?:\s|$)")


def _after_complementizer(norm: str, start: int, pos: int, pronouns: bool = False) -> int:
    """Where the clause that ends at ``pos`` begins: after the last complementizer (إن, أن) since ``start``;
    with ``pronouns``, also one carrying a pronoun ("بأنه قد تم القبض على": the passive's own clause) or
    opening a quotation ("«إن")."""
    best = start
    for w in re.finditer(r"\S+", norm[start:pos]):
        word = w.group().lstrip("«\"“") if pronouns else w.group()
        if word in COMPLEMENTIZERS or (pronouns and word in PRONOUN_SUBJECTS):
            best = start + w.end()
    return best


def _clause_end(norm: str, pos: int, ceiling: int) -> int:
    mark = _CLAUSE_MARKS.search(norm, pos, ceiling)
    best = mark.start() if mark is not None else ceiling
    if best < ceiling and norm[best] in "،,":
        # a time set off by commas does not end the clause: "هدد الجيش الكوري الجنوبي، اليوم الاثنين، بالرد
        # على كوريا الشمالية"
        closing = [j for j in (norm.find("،", best + 1, ceiling), norm.find(",", best + 1, ceiling)) if j >= 0]
        if closing and min(closing) - best < 40 and _times_only(norm[best + 1 : min(closing)]):
            return _clause_end(norm, min(closing) + 1, ceiling)
    return best


def _times_only(text: str) -> bool:
    """Whether ``text`` is only a time: "اليوم الاثنين", "أمس الأول", "يوم الخميس الماضي"."""
    words = text.split()
    return 0 < len(words) <= 4 and all(w in NEWS_TIMES or w in _DAY_WORDS or w in _TIME_QUALIFIERS for w in words)


_TIME_QUALIFIERS = frozenset(normalize_key(w) for w in ("الأول", "المقبل", "القادم", "الماضية", "المقبلة"))


def _describes(words: str) -> bool:
    """Whether the words between an act's noun and a clause about it only describe the act: an adjective and
    a relative pronoun at most ("قصف عشوائي", "الهجوم الانتحاري الذي")."""
    ws = words.split()
    return len(ws) <= 2 and all(w in RELATIVES or (i == 0 and not w.startswith(("«", "("))
                                                   and w not in FUNCTION_WORDS) for i, w in enumerate(ws))


_FEELINGS = tuple(normalize_key(w) for w in (
    "أسف", "قلق", "ارتياح", "استياء", "غضب", "انزعاج", "رضا", "ترحيب", "استنكار", "تخوف", "مخاوف", "خشية"))
_ABOUT_PREPS = frozenset(normalize_key(w) for w in ("عن", "من", "ل", "إزاء", "ازاء", "حيال", "تجاه", "بشأن"))


def _felt_about(norm: str, h: TriggerHit, feared: bool) -> bool:
    """Whether the act at ``h`` is what someone feels about: right after "عن"/"من"/"إزاء" (or ل) that follows a
    word of regret, concern, relief or welcome ("عن أسفها عن خرق الهدنة", "قلقه من اعتقال", "ترحيبها بالإفراج"),
    or what someone fears (``feared``: see ``_fear_word``)."""
    if feared:
        return True
    word = _word_before(norm, h.start - len(h.prefix))
    if h.prefix[-1:] in ("ل", "ب") and not word:
        return False
    if h.prefix[-1:] in ("ل", "ب"):
        feeling = word
    elif word in _ABOUT_PREPS:
        feeling = _word_before_that(norm, h.start - len(h.prefix), word)
    else:
        return False
    return _unconjoined(feeling).startswith(_FEELINGS)


def _words_in_clause_before(norm: str, h: TriggerHit, floor: int, width: int) -> list[str]:
    """The words of the clause before the act's word at ``h``, within ``width`` characters."""
    pos = h.start - len(h.prefix)
    return norm[_clause_start(norm, pos, max(floor, pos - width)) : pos].split()


def _what_was_done(norm: str, h: TriggerHit, floor: int, doing: frozenset[str]) -> bool:
    """Whether the act's noun at ``h`` follows "ما <verb of doing> … من" (what someone did, of acts), within
    its clause: "ما أقدمت عليه قوات الاحتلال من اقتحام", "ما ترتكبه الميليشيات من اعتداءات", "ما تقوم به
    قوات التحالف من ضربات"."""
    words = _words_in_clause_before(norm, h, floor, 100)
    if not words or words[-1] != FROM:
        return False
    for i in range(len(words) - 2, max(-1, len(words) - 10), -1):
        if words[i] in _WHAT and i + 1 < len(words) - 1:
            verb = words[i + 1]
            return verb not in _CAUSING and (
                verb in LIGHT_VERBS or verb in doing or _verb_of_the_act(verb, doing | LIGHT_VERBS))
    return False


_WHAT = frozenset(normalize_key(w) for w in ("ما", "وما", "بما", "وبما", "لما", "فما", "مما", "ومما"))
# "ما أوقع مستويات غير مسبوقة من التدمير": ما of a result (which caused), not of what someone did
_CAUSING = frozenset(normalize_key(w) for w in (
    "أوقع", "أوقعت", "أدى", "أدت", "أسفر", "أسفرت", "خلف", "خلفت", "تسبب", "تسببت", "سبب", "سببت"))


def _kind_of_act(norm: str, h: TriggerHit, floor: int) -> bool:
    """Whether the act's noun at ``h`` names a kind of act, in a list after "من نوع" / "من قبيل" (of the kind
    of) within ten words of its clause."""
    lo, hi = max(floor, h.start - len(h.prefix) - 100), h.start - len(h.prefix)
    if norm.find(_KIND, lo, hi) < 0 and norm.find(_SORT, lo, hi) < 0:
        return False  # (most acts: checked first, without a copy)
    words = _words_in_clause_before(norm, h, floor, 100)
    if not (words[-2:] in ([_OF, _KIND], [_OF, _SORT]) or h.prefix[:1] == "و" or words[-1:] in (["او"], ["و"])):
        return False  # (the list's first act right after it, or one joined to it; not "من نوع جديد يهددون")
    return _OF_THE_KIND.search(" ".join(words[-10:])) is not None


_OF_THE_KIND = re.compile(r"(?:^|\s)(?:من نوع|من قبيل)(?:\s|$)")
_OF, _KIND, _SORT = normalize_key("من"), normalize_key("نوع"), normalize_key("قبيل")


def _banned(norm: str, h: TriggerHit, floor: int) -> bool:
    """Whether the act's noun at ``h`` is what a verb or noun of banning governs, within nine words of its
    clause ("منع الحوثيون كل أنواع التظاهر أو الاعتصام", "قرار حظر المظاهرات")."""
    return any(_unconjoined(w) in _BANNING for w in _words_in_clause_before(norm, h, floor, 60)[-9:])


_BANNING = frozenset(normalize_key(w) for w in (
    "منع", "منعت", "يمنع", "تمنع", "يمنعون", "منعوا", "حظر", "حظرت", "يحظر", "تحظر", "حظروا", "بحظر", "بمنع",
    "لمنع", "لحظر", "حظرا", "منعا"))


def _fear_word(norm: str, h: TriggerHit) -> re.Match[str] | None:
    """The word of fear or warning the act at ``h`` comes after, if any: the act follows "من" (and "احتمال"،
    "مغبة" …) within six words of it ("تخشى السلطات الفرنسية من شن هجمات", "تخوف الاستخبارات البريطانية من
    احتمال شن هجمات", "حذرت إيران من مغبة شن هجوم"). What is feared is not done, nor by whoever fears it."""
    if h.prefix or norm.find(FROM, max(0, h.start - 40), h.start) < 0:
        return None  # (no من close before it: most acts, checked first)
    words = list(_WORD_RE.finditer(norm, max(0, h.start - 80), h.start))
    for _ in range(2):
        if words and _unconjoined(words[-1].group().strip(_PUNCTUATION)) in _POSSIBLY:
            words.pop()
    if not words or words[-1].group().strip(_PUNCTUATION) != FROM:
        return None
    for w in reversed(words[-6:-1]):
        word = _unconjoined(w.group().strip(_PUNCTUATION))
        if word in _FEARING or word.startswith(_FEARS):
            return w
    return None


def _warned(norm: str, sent: _Sentence, h: TriggerHit, word: re.Match[str] | None) -> list[_M]:
    """Whom a warning before the act at ``h`` warns against doing it, the one who would do it: the object of
    the verb of warning ("حذر المشرعين الأمريكيين من رفض الاتفاق": an oblique -ين, or the second name after
    it, past its subject); not its subject ("حذرت إيران من مغبة شن هجوم": by others). ``word``: the act's
    ``_fear_word``."""
    if word is None or _unconjoined(word.group().strip(_PUNCTUATION)) not in _WARNING:
        return []
    named = [m for m in sent.mentions if word.end() <= m.start < h.start and m.prep is None]
    if named and _oblique(norm, named[0]):
        return named[:1]
    return named[1:2]


# what is feared comes after من: the verbs and nouns of fear, and "the possibility of" before the act
# (and warned against: "حذرت إيران من مغبة شن هجوم على سوريا")
_WARNING_VERBS = ("حذر", "حذرت", "حذروا", "يحذر", "تحذر", "يحذرون", "نحذر")
_WARNING = frozenset(normalize_key(w) for w in _WARNING_VERBS)
_FEARS = tuple(normalize_key(w) for w in ("تخوف", "مخاوف", "خشية", "خوف", "مخافة", "التخوف", "المخاوف", "الخشية",
                                          "تحذير", "التحذير", "محذر"))
_FEARING = frozenset(normalize_key(w) for w in (
    "خشي", "خشيت", "يخشى", "تخشى", "نخشى", "يخشون", "يخاف", "تخاف", "يخافون", "نخاف", "يتخوف", "تتخوف",
    "يتخوفون", "تخوفت", "تخوف", *_WARNING_VERBS))
_POSSIBLY = frozenset(normalize_key(w) for w in (
    "احتمال", "إمكانية", "امكانية", "وقوع", "حدوث", "تجدد", "تكرار", "شن", "تنفيذ", "مغبة", "خطورة", "خطر",
    "عواقب", "تداعيات"))


def _partitive(word: str) -> bool:
    """Whether "من" after ``word`` names the whole it is a part of: members ("عناصر من حركة طالبان"), the
    dead and wounded ("قتلى وجرحى من المتمردين"), or a count of them ("عشرين من مسلحي الحوثي")."""
    return word in PARTITIVES or _unconjoined(word) in _CASUALTIES_OF or _counted(word)


_UNITS = frozenset(normalize_key(w) for w in (
    "قوة", "قوات", "وحدة", "وحدات", "كتيبة", "كتائب", "دورية", "دوريات", "فرقة", "سرية", "مفرزة", "طائرة", "طائرات",
    "مروحية", "مروحيات", "زوارق", "سفينة", "سفن"))


def _force_of(norm: str, m: _M) -> bool:
    """Whether a mention after ل names whose force the noun before it is, past at most one adjective ("قوة
    كبيرة للجيش الجزائري تحاصر", "وحدات خاصة للشرطة"): the force acts for it."""
    words = norm[max(0, m.start - len(m.clitic) - 40) : m.start - len(m.clitic)].split()[-2:]
    return bool(words) and (words[-1] in _UNITS or (len(words) == 2 and words[0] in _UNITS
                                                      and not words[1].startswith("ال")))


def _subject_before(norm: str, before: list[_M], verb_start: int, clause_start: int) -> list[_M]:
    """The nearest bare mention before a verb within its clause (or a few words before it)."""
    for m in reversed(before):
        before_from = _word_before(norm, m.start - len(m.clitic) - len(FROM) - 1) if m.prep == FROM else ""
        if m.prep is not None and not (m.prep == FROM and (
                _partitive(before_from) or before_from in _MORE_OR_LESS)) and not (
                m.prep == "ل" and _unconjoined(_word_before(norm, m.start - len(m.clitic))) == _HAD) and not (
                m.prep == "ل" and _word_before(norm, m.start - len(m.clitic)) in BELONGING) and not (
                m.prep == "ل" and _force_of(norm, m)) and not (
                m.prep == "ب" and _word_before(norm, m.start - len(m.clitic)) in CARRYING):
            continue  # (but "عناصر من حركة طالبان خطفوا": members of a group act as the group, "طائرة استطلاع
            # تابعة لجيش العدو الإسرائيلي انتهكت": what belongs to a force acts for it, and "شاحنتان محملتان
            # برجال مسلحين نفذتا": who is carried acts)
        if m.prep is None and _word_before(norm, m.start - len(m.clitic)) in DIRECTIONS:
            continue  # "هاجمت سيارة في جنوب اليمن … وقتلت": where, not who
        if m.prep is None and (led_at := _led_at(norm, m)) is not None and \
                _ending_at(norm, before, led_at):
            continue  # "طائرات التحالف العربي الذي تقوده المملكة غاراتها": the led body acts, named before (a
            # body the text names by no known name gives way to its leader: "التحالف الذي تقوده الولايات المتحدة")
        at = before.index(m)
        if m.prep is None and m.clitic == "و" and at and before[at - 1].prep not in (None, FROM) and \
                COORDINATION.match(norm[before[at - 1].end : m.start]):
            continue  # joined to a preposition's object, it shares the preposition: "يقاتلون في سورية والعراق"
            # (not a part's من: "17 من الحوثيين وقوات صالح قتلوا", both killed)
        if m.start < clause_start:
            return []  # a subject does not cross a clause boundary (comma, colon)
        if _words_between(norm, m.end, verb_start) > SUBJECT_WINDOW:
            return []
        group = [m]
        for other in reversed(before[: before.index(m)]):
            if other.prep is None and COORDINATION.match(norm[other.end : group[0].start]):
                group.insert(0, other)
            else:
                break
        return group
    return []


def _without_group_nisbas(norm: str, mentions: list[_M]) -> list[_M]:
    """The mentions without a nationality adjective that describes the named group right before it ("حركة
    الشباب الاسلامية الصومالية التي شنت هجمات" is the group's attack, not Somalia's)."""
    out: list[_M] = []
    for m in mentions:
        if out and m.mention.kind == "nisba" and not m.clitic and m.prep is None and \
                out[-1].mention.kind in ("group", "organization") and \
                _by_name(out[-1]) and \
                not out[-1].mention.code.endswith(":CVL") and out[-1].mention.code.split(":")[0] == m.mention.code and \
                _words_between(norm, out[-1].end, m.start) <= 1 and \
                all(w.startswith("ال") for w in norm[out[-1].end : m.start].split()):
            continue
        out.append(m)
    return out


def _coordinated(norm: str, after: list[_M]) -> list[_M]:
    """The first mention and those coordinated with it (``X و Y``, ``X، وكذلك Y``)."""
    group = [after[0]]
    for m in after[1:]:
        gap = norm[group[-1].end : m.start]
        if m.prep is None and (COORDINATION.match(gap) or re.match(r"^\s*[،,]\s*(?:وكذلك|وايضا|و)\s*$", gap)):
            if gap.strip() in ("،", ",") and _oblique(norm, m):
                break  # "اتهمت الحكومة الأوكرانية اليوم، الانفصاليين": a comma before an object's case ending
            group.append(m)
        elif m.clitic == "و" and not gap.strip():
            group.append(m)
        elif m.prep is None and not m.clitic and _GROUP_JOINED.match(gap):
            group.append(m)  # "الجيش السوري وجماعة حزب الله": a group joined under its kind's noun
        else:
            break
    return group


# و and the noun of a group's kind before a name the lexicon knows without it ("ودول آسيان": its states)
_GROUP_JOINED = re.compile(r"^\s*و(?:جماعه|حركه|تنظيم|ميليشيا|مليشيا|ميليشيات|مليشيات|قوات|مقاتلو|مقاتلي|مسلحو"
                           r"|مسلحي|عناصر|دول)\s*$")


def _joined_after(norm: str, prev: _M | None, m: _M) -> bool:
    """Whether ``m`` is joined by و to ``prev`` right before it (a comma may stand between), so that it shares
    the role ``prev`` was passed over for: where, who leads, where a diplomat is posted."""
    return prev is not None and m.prep is None and m.clitic == "و" and \
        not norm[prev.end : m.start - len(m.clitic)].strip(" ،,")


# the first words of metonyms that name a ruler, an office or a body rather than a seat of power
_TITLE_METONYMS = frozenset(normalize_key(w) for w in (
    "خادم", "نائب", "الرئيس", "ملك", "وزير", "المسؤول", "الجيش", "القوات", "الاحتلال", "البرلمان", "النظام", "نظام",
    "السلطة", "الحكومة", "آل"))
# what is discussed or settled, whose nationality after it is the topic's ("الأزمة السورية")
_TOPICS = frozenset(normalize_key(w) for w in (
    "الأزمة", "الازمة", "أزمة", "الملف", "ملف", "القضية", "قضية", "الأوضاع", "أوضاع", "المسألة", "الشأن"))


def _recipients(rest: list[_M], norm: str = "", anchor: int | None = None, purposes: bool = True) -> list[_M]:
    """The recipient: the first mention after the verb (and its subject) that is bare (an object) within two
    words, or governed by a recipient preposition within six. With ``purposes``, not the object of a verbal
    noun of purpose (ل) after it."""
    where: _M | None = None  # the last of places joined after في ("احتجت في ماليزيا وتركيا وأمريكا"): all where
    posted: _M | None = None  # the last of the states an ambassador subject is posted to
    leader: _M | None = None  # the last of those named after بقيادة ("بقيادة أمريكا وبريطانيا"): all lead
    topic = False  # whether the object is a matter discussed ("الأزمة السورية")
    for m in rest:
        if norm and (_leads_named(norm, m, rest, anchor) or _joined_after(norm, leader, m)):
            leader = m  # "تشن طائرات التحالف بقيادة المملكة العربية السعودية غارات": who leads the subject
            continue
        leader = None
        if norm and m.mention.kind in _PLACE_KINDS and (m.prep == IN or _joined_after(norm, where, m)):
            where = m
            continue
        where = None
        if m.prep is None and norm and _told_after(norm, m.start - len(m.clitic)):
            break  # "الذي شارك في التظاهرة ان «المتظاهرين يطالبون": another clause, told
        if norm and anchor is not None and _opens_clause_between(norm, anchor, m.start - len(m.clitic)):
            break  # "قتل مقاتل بعدما أطلقت طائرة أميركية صاروخا": the drone is the next clause's subject
        gap = sum(1 for w in norm[anchor : m.start].split() if w.strip(_PUNCTUATION)) if anchor is not None else 0
        if m.prep is None and gap > 2 and norm and _count_words(norm, m.start - len(m.clitic)) == gap:
            gap = 0  # "اعتقل أكثر من 200 مدرس": nothing but the object's count between
        if m.prep is None and gap > 2 and not (anchor is not None and (
                _genitive_chain(norm, anchor, m.start) or _governed_chain(norm, anchor, m.start - len(m.clitic))
                or _adjuncts_only(norm, anchor, m.start - len(m.clitic))
                or _counted_members(norm, anchor, m.start - len(m.clitic)))):
            continue
        if m.prep is not None and gap > 6:
            break
        if m.prep is None and norm and ((direction := _word_before(norm, m.start - len(m.clitic))) in DIRECTIONS or (
                direction[:1] in ("ب", "و") and direction[1:] in DIRECTIONS)):
            continue  # "هجوم انتحاري شمال بغداد": where, not against whom
        if m.prep is None and norm and _cited(norm, m):
            continue
        if m.prep is None and norm and (topic or (
                m.mention.kind == "nisba" and _unconjoined(_word_before(norm, m.start - len(m.clitic))) in _TOPICS)):
            topic = True  # "ناقش الأزمة اليمنية", "لبحث تطورات الملف السوري": the topic's country, not whom to;
            continue  # nor a bare name after it ("ناقش الأزمة الليبية ودعم مصر الكامل"): more of the topic
        if m.prep == "ل" and norm and anchor is not None and \
                _word_before(norm, m.start - len(m.clitic)) in _OPPOSED_TO and \
                _words_between(norm, anchor, m.start - len(m.clitic)) >= 2:
            continue  # "ويدعم التحالف المقاتلين المناهضين للحوثيين": whom the object opposes, the other side (but
            # right after the act it says whom the act is against: "مظاهرات مناهضة للحكومة")
        if m.prep == _POSTED_TO and norm and anchor is not None and \
                norm[anchor : m.start - len(m.clitic)].split() == [_POSTED_TO] and \
                any(_unconjoined(w) in _DIPLOMATS for w in norm[max(0, anchor - 60) : anchor].split()[-6:]):
            # "أدان السفير السعودي لدى تونس": where a diplomat is posted, not whom it is done to, nor the
            # states joined to it ("سفير خادم الحرمين لدى إيطاليا ومالطا"); but "استدعت سفيرها لدى طهران":
            # the ambassador is the act's, and whence he is recalled is whom it is aimed at; and "تقديم
            # شكوى رسمية لدى الأمم المتحدة": with whom it is lodged
            posted = m
            continue
        if _joined_after(norm, posted, m):
            posted = m
            continue
        posted = None
        if norm and any(w.strip(_PUNCTUATION) in _ESCORTING for w in norm[max(0, m.start - len(m.clitic) - 25) :
                                                                       m.start - len(m.clitic)].split()[-2:]):
            continue  # "يقوم بها المستوطنون تحت حراسة من قوات الاحتلال": who guards the doers, not whom it is done to
        if m.prep == "ب" and m.mention.kind in ("capital", "metonym") and not (
                m.mention.kind == "metonym" and norm[m.start : m.end].split(" ", 1)[0] in _TITLE_METONYMS):
            continue  # "تفجير بسيارة مفخخة بالرياض", "في مكتبه بقصر اليمامة": where (but "ندد بإسرائيل": whom;
            # and a metonym that is a title is someone: "ترحيبه بخادم الحرمين الشريفين")
        if m.prep is None and m.mention.kind in _PLACE_KINDS and anchor is not None and norm and \
                _where_genitive(norm, anchor, m.start - len(m.clitic)):
            continue  # "سار المتظاهرون في شوارع القاهرة": a place's genitive inside في's phrase is where
        if purposes and m.prep is None and norm and _purpose_before(norm, m.start - len(m.clitic)):
            continue  # "الذين سلحتهم الولايات المتحدة لمحاربة تنظيم الدولة": the purpose's object, not whom the
            # act was done to
        if m.prep is None and m.mention.kind == "nisba" and norm and _by_weapon(norm, [m]):
            continue  # "استهدف الجيش مواقع المسلحين بصواريخ روسية": whose weapons, not whom they struck
        if m.prep is None or m.prep in RECIPIENT_PREPS or m.prep in ("ل", "ب"):
            group = [m]
            for other in rest[rest.index(m) + 1 :]:
                # (not past a preposition's phrase or another clause: "20 من الحوثيين وجرح آخرون في مواجهات
                # مع المقاومة والجيش", whom they fought)
                if other.clitic == "و" and other.prep is None and (
                        not norm or _joins(norm[group[-1].end : other.start - len(other.clitic)])):
                    group.append(other)
                else:
                    break
            return group
        if m.prep == IN or m.prep in _SOURCE_PREPS:
            continue  # (a place, or the source cited: "شنت طائرات التحالف غارات بحسب سكاي نيوز على مواقع")
    return []


def _cited(norm: str, m: _M) -> bool:
    """Whether a mention is the source a clause cites, after بحسب/وفق and at most one noun ("تظاهر ـ بحسب
    موقع العربية نت ـ نحو 50 رجلا")."""
    words = norm[max(0, m.start - len(m.clitic) - 30) : m.start - len(m.clitic)].split()[-2:]
    return any(w.strip(_PUNCTUATION) in _SOURCE_PREPS for w in words)


_LED_BY = frozenset(normalize_key(w) for w in ("بقيادة", "بزعامة", "بإشراف", "برئاسة"))
# a verb of leading with the pronoun of what it leads, in a relative clause after it ("الذي تقوده المملكة")
_LEADING_VERBS = frozenset(normalize_key(w) for w in (
    "تقوده", "يقوده", "تقودها", "يقودها", "تتزعمه", "يتزعمه", "تتزعمها", "يتزعمها", "تترأسه", "يترأسه", "تترأسها",
    "يترأسها", "ترأسه", "ترأسها", "قاده", "قادته", "قادها", "تزعمه", "تزعمها"))
_LED_BODIES = frozenset(normalize_key(w) for w in (
    "التحالف", "تحالف", "الائتلاف", "ائتلاف", "القوات", "قوات", "طائرات", "مقاتلات", "اللجنة", "لجنة", "الوفد", "وفد",
    "الحكومة", "حكومة", "المجلس", "مجلس", "الحملة", "حملة", "العملية", "عملية",
    # and strikes a state leads: "ضربات جوية بقيادة الولايات المتحدة"
    "ضربة", "ضربات", "الضربات", "غارة", "غارات", "الغارات", "جوية", "الجوية"))


# the offices and organs of a body, named before it with ل: "المكتب السياسي لحركة حماس"
_OFFICES = frozenset(normalize_key(w) for w in (
    "المكتب", "مكتب", "المجلس", "مجلس", "المركز", "القيادة", "قيادة", "اللجنة", "لجنة", "الجناح", "التنسيقية",
    "الهيئة", "الأمانة", "المتحدث", "الناطق", "زعيم", "قائد", "رئيس", "أمين", "الفرع", "فرع", "الذراع"))


def _office_group(norm: str, verb_end: int, after: list[_M]) -> int | None:
    """The index in ``after`` of the group whose office or branch follows the verb (past the office's
    nationality adjective, a mention of its own: "الفرع المصري لتنظيم داعش"), or None."""
    i = 1 if len(after) > 1 and after[0].mention.kind == "nisba" and after[0].prep is None else 0
    if i < len(after) and after[i].prep == "ل" and _office_of(norm, verb_end, after[i]):
        return i
    return None


def _office_of(norm: str, verb_end: int, m: _M) -> bool:
    """Whether the words between a verb and the group ``m`` after ل are an office of that group, its subject:
    "المكتب السياسي", "المجلس التنسيقي", "الجناح العسكري" (a head and at most one adjective)."""
    words = norm[verb_end : m.start - len(m.clitic)].split()
    return 1 <= len(words) <= 2 and words[0] in _OFFICES and m.mention.kind in ("group", "organization") and \
        all(w.startswith("ال") for w in words[1:])


_PARTS_OF_PLACES = DIRECTIONS | frozenset(normalize_key(w) for w in (
    "شوارع", "شارع", "ساحة", "ساحات", "مدينة", "محافظة", "ولاية", "إقليم", "منطقة", "ريف", "محيط", "مدخل", "قرية",
    "بلدة", "حي", "أحياء", "ضاحية", "مخيم", "العاصمة", "عاصمة"))


def _in_part_of(norm: str, pos: int, word: str) -> bool:
    """Whether ``word``, starting at ``pos``, is a part of the place after it governed by في or ب ("في وسط
    بغداد", "بشوارع القاهرة")."""
    bare = word[1:] if word[:1] == "ب" else word
    return bare in _PARTS_OF_PLACES and (word[:1] == "ب" or _unconjoined(_word_before(norm, pos)) == IN)


def _leads(norm: str, m: _M) -> bool:
    """Whether a mention names who leads what is named before it: "طائرات التحالف بقيادة المملكة"."""
    return _led_at(norm, m) is not None


def _after_leader(norm: str, sent: _Sentence, at: int, relative: str) -> bool:
    """Whether the relative at ``at``, joined by و, follows a relative clause that names the leader of the
    body both describe: "طائرات التحالف العربي الذي تقوده المملكة، والتي شنت غارات"."""
    if relative[:1] != "و" or _unconjoined(relative) not in RELATIVES:
        return False
    last = _ending_at(norm, sent.mentions, at, " ،,")[-1:]
    return bool(last) and _leads(norm, last[0])


def _act_leader(norm: str, h: TriggerHit, after: list[_M]) -> list[_M]:
    """Who leads the act named at ``h`` (with those joined to it), named right after the act and its
    adjectives: "الغارات الجوية التي تقودها السعودية", "ضربات جوية بقيادة الولايات المتحدة"."""
    if not after or (led_at := _led_at(norm, after[0])) is None or led_at < h.end:
        return []
    words = norm[h.end : led_at].split()
    if len(words) > 2 or not all(_led_body(w) and not w.startswith(("ب", "ل")) for w in words):
        return []
    return _coordinated(norm, after)


def _leads_named(norm: str, m: _M, rest: list[_M], anchor: int | None) -> bool:
    """Whether ``m`` leads a body named before it, the subject before the verb ending at ``anchor`` or a
    mention after it ("قصفت قوات التحالف العربي الذي تقوده السعودية مواقع"); a body after the verb that the
    text names by no known name gives way to its leader ("سمحت للتحالف العسكري بقيادة واشنطن")."""
    led_at = _led_at(norm, m)
    if led_at is None:
        return False
    if anchor is None or led_at < anchor or _ending_at(norm, rest, led_at):
        return True
    # (a body after the verb with no preposition is its subject: "دكت طائرات التحالف بقيادة المملكة")
    bodies = [w for w in (_unconjoined(w) for w in norm[max(0, led_at - 40) : led_at].split()[-3:]) if _led_body(w)]
    return bool(bodies) and bodies[0] in _LED_BODIES


def _ending_at(norm: str, mentions: Sequence[_M], pos: int, between: str | None = None) -> list[_M]:
    """The mentions that end right before ``pos``, with only spaces (or the characters of ``between``)
    between: the body a leader named at ``pos`` leads ("طائرات التحالف العربي الذي تقوده المملكة"), what a
    relative pronoun at ``pos`` describes."""
    return [m for m in mentions if m.end <= pos and not norm[m.end : pos].strip(between)]


def _led_at(norm: str, m: _M) -> int | None:
    """Where the words that say ``m`` leads what is named before it begin ("بقيادة", "الذي تقوده"), or None
    when ``m`` leads nothing."""
    if m.prep is None and _unconjoined(word := _word_before(norm, m.start - len(m.clitic))) in _LED_BY:
        led_at = m.start - len(m.clitic) - len(word) - 1
    elif m.prep is None and word in _LEADING_VERBS and \
            (relative := _word_before(norm, at := m.start - len(m.clitic) - len(word) - 1)) in RELATIVES:
        led_at = at - len(relative) - 1  # "التحالف العربي الذي تقوده المملكة"
    elif m.prep == "ب" and "ب" + norm[m.start : m.end].split(" ", 1)[0] in _LED_BY:
        led_at = m.start - len(m.clitic)
    else:
        return None
    # (what is led is a force, a coalition or a committee: "التحالف العربي بقيادة السعودية"، "قوات مشتركة
    # بقيادة"; after a verb or its subject "بقيادة" is the object: "أشاد وزير الخارجية بقيادة الرئيس السيسي")
    if any(_led_body(_unconjoined(w)) for w in norm[max(0, led_at - 40) : led_at].split()[-3:]):
        return led_at
    return None


def _led_body(word: str) -> bool:
    """Whether a word names a body that is led, past ب or ل ("للتحالف العربي الذي تقوده المملكة")."""
    return word in _LED_BODIES or (word[:1] in ("ب", "ل") and (
        word[1:] in _LED_BODIES or (word.startswith("لل") and "ال" + word[2:] in _LED_BODIES)))


def _where_genitive(norm: str, anchor: int, pos: int) -> bool:
    """Whether what begins at ``pos`` is the genitive of a noun that في governs right after ``anchor`` ("في
    شوارع القاهرة", "في وسط مدينة حلب", "في سوريا والعراق"), not an object after an adjunct ("في كلمته
    أفريقيا", "في وقت سابق بدور الإمارات")."""
    words = norm[anchor:pos].split()
    if not words or _unconjoined(words[0]) != IN or len(words) > 3:
        return False
    last = words[-1]
    if len(words) == 1 or last == IN:
        return True  # ("في سوريا والعراق": joined to the place في governs)
    return all(not w.startswith(("ال", "ب", "ل")) and not w.endswith(_OWNED) and w[-1:] not in _PUNCTUATION
               and w not in DEMONSTRATIVES and w not in FUNCTION_WORDS for w in words[1:])


# endings of a noun carrying a pronoun (which takes no genitive after it): "كلمته", "بلادها", "أراضيهم"; a
# bare ه may be a normalized ta marbuta ("مدينه") and is left out
_OWNED = ("ته", "ها", "هم", "هما", "نا", "كم")
# (normalized) the broken plurals فعائل and فواعيل: "قذائف" (قذايف), "ذخائر", "صواريخ"
_BROKEN_PLURAL = re.compile(r"^(?:\S\Sاي\S|\Sوا\Sي\S)$")
_SOURCE_PREPS = frozenset(normalize_key(w) for w in ("بحسب", "وبحسب", "حسب", "وحسب", "وفق", "وفقا", "طبقا"))


_NOT_PURPOSES = frozenset(normalize_key(w) for w in ("لدى", "لصالح", "لكن", "لقد", "لذلك", "لهذا", "لهذه", "لأن", "لان",
                                                    "لذا", "لعل", "لكل", "لجميع", "لبعض", "لأي", "لاسيما",
                                                    # nouns of that shape that name bodies: "لتنظيم الإخوان"
                                                    "لتنظيم", "لتحالف", "لتجمع", "لتيار", "لائتلاف", "لاتحاد"))


# verbal-noun shapes besides تفعيل (_TAFIL_SHAPE): مفاعلة, فعال, افتعال, استفعال
_VERBAL_NOUN_SHAPE = _shape("mufaala", "fial", "iftial", "istifal")
# the verbal nouns of derived verbs (forms II-X: تعذيب، إعدام، مطاردة، اعتقال، استهداف), whose pronoun suffix is
# their object ("اعتقاله": his arrest); not those of form I (هجوم، قصف: "هجومهم" is their attack)
_DERIVED_VERBAL_NOUN = _shape("tafil", "mufaala", "ifal", "iftial", "istifal")


def _purpose_before(norm: str, pos: int) -> bool:
    """Whether the word right before ``pos`` is a verbal noun of purpose with ل ("لمحاربة", "لدعم", "لتدريب"),
    by its shape or as a listed goal."""
    word = _word_before(norm, pos)
    if not word.startswith("ل") or word.startswith("لل") or word in _NOT_PURPOSES:
        return False
    bare = word[1:]
    return bare in GOALS or bool(_TAFIL_SHAPE.match(bare) or _VERBAL_NOUN_SHAPE.match(bare))


_CHAIN_BREAKERS = _ALL_PREPS | frozenset(
    normalize_key(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "ان", "أن", "إن", "لكن", "بل", "ثم", "او",
                               "أو", "قد", "لقد", "كان", "كانت", "لم", "لن", "لا", "ما", "حيث", "عندما", "بينما"))


def _joins(between: str) -> bool:
    """Whether the words between two mentions, the second after و, let them be one coordination: names the
    lexicon does not know ("مستوطنين ومتطرفين ووزير"), "من جهة", but no preposition's phrase and no clause."""
    words = [_unconjoined(w.strip(_PUNCTUATION)) for w in _ON_ONE_SIDE.sub(" ", between).split()]
    return not any(w in _ALL_PREPS or w in CLAUSE_OPENERS or w in RELATIVES for w in words)


_ON_ONE_SIDE = re.compile(r"\sمن\s(?:جهه|ناحيه)(?:\s(?:اولي|اخري))?(?=\s|$)")


def _genitive_chain(norm: str, a: int, b: int, most: int = 4) -> bool:
    """Whether the words between ``a`` and ``b`` can be one object phrase ending in the mention at ``b``: a
    genitive chain of at most ``most`` words ("لم يحضر ... حفل عيد ميلاد بوتين", "رفض خدمة بطاقات الدفع
    الروسية"): no punctuation, preposition, particle or conjunction in between."""
    words = norm[a:b].split()
    if not words or len(words) > most:
        return False
    for w in words:
        if any(c in w for c in "،,؛:.\"«»()!?؟") or w in _CHAIN_BREAKERS:
            return False
        if w.startswith(("وال", "فال")):  # a conjunction: a second phrase begins
            return False
    return True


def _comma_after_subject(norm: str, a: int, b: int) -> bool:
    """Whether a comma right after a verb's subject is followed by the verb's complement, one or two words
    with no other mark before the mention at ``b`` ("بخاري، بسحق «بوكو حرام»")."""
    text = norm[a:b].strip()
    if not text.startswith(("،", ",")):
        return False
    rest = text[1:].strip().rstrip("«\"“").strip()
    words = rest.split()
    if not 0 < len(words) <= 2 or any(c in rest for c in "،,؛:.«»\"()") or words[0] in _NOT_COMPLEMENTS:
        return False
    # (the complement: a verbal noun after ب or ل, "بسحق", or a preposition, "مع"; not a clause: "، الذي
    # تقوده المملكة،", "، بينما تسعى إيران", "، حيث خصصت")
    return words[0] in RECIPIENT_PREPS or (words[0][:1] in ("ب", "ل") and len(words[0]) > 3)


_NOT_COMPLEMENTS = frozenset(normalize_key(w) for w in (
    "بينما", "بعد", "بعدما", "بين", "بل", "بسبب", "لكن", "لكنه", "لكنها", "لأن", "لان", "لدى", "لذلك", "لم", "لن",
    "ليس", "بأن", "بان"))


def _adjuncts_only(norm: str, a: int, b: int) -> bool:
    """Whether only a short place, a time and honorifics stand between a verb's subject and its object
    ("استقبل الملك سلمان في قصر السلام اليوم معالي وزير الدفاع الأمريكي")."""
    text = norm[a:b].rstrip().rstrip("،,").rstrip()  # (a comma may close the adjuncts: "… اليوم، رئيس")
    words = [w for w in text.split() if w not in _BLESSINGS]
    if not words or len(words) > 8 or any(c in text for c in "،,؛:.\"«»()"):
        return False
    while words and words[-1] in BEFORE_A_SUBJECT:
        words.pop()
    words = [w for w in words if w not in NEWS_TIMES and w not in _DAY_WORDS]
    return not words or (words[0] == IN and 2 <= len(words) <= 4)


_DAY_WORDS = frozenset(normalize_key(w) for w in (
    "يوم", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "غدا", "الماضي"))
# the words of a time that may follow a verb where its subject would stand ("التي دمرتها اليوم": no subject)
_TIME_WORDS = _DAY_WORDS | NEWS_TIMES | frozenset(normalize_key(w) for w in (
    "الأمس", "العام", "الشهر", "الأسبوع", "الماضية", "الحالي", "الجاري", "الآن", "الأول", "الأخير", "الأخيرة"))


# a blessing after a ruler's name ("الملك سلمان – حفظه الله –") stands outside the clause
_BLESSINGS = frozenset(normalize_key(w) for w in ("حفظه", "يحفظه", "الله", "رعاه", "أيده", "ايده", "-", "–", "—"))


def _governed_chain(norm: str, a: int, b: int) -> bool:
    """Whether a recipient preposition, at most two words after ``a``, governs a genitive chain ending at ``b``
    ("شنت الطائرات غارات على مواقع طالبان", "هجوما ضد مقر السفارة الأمريكية")."""
    words = norm[a:b].split()
    for i, w in enumerate(words[:3]):
        if w in _CHAIN_PREPS:
            start = a + norm[a:b].index(w) + len(w)
            after = words[i + 1 :]
            if len(after) > 2 and _counted(after[0]) and after[1] == FROM:
                # "عقوبات على ثمانية من كبار قادة الحرس الثوري": a count of the chain's people
                start = norm.index(FROM, start) + len(FROM)
                after = after[2:]
            return 0 < len(after) <= 3 and _genitive_chain(norm, start, b, 3)
        if any(c in w for c in "،,؛:.\"«»()!?؟"):
            return False
    return False


_CHAIN_PREPS = frozenset(normalize_key(w) for w in ("على", "ضد", "إلى", "الى", "نحو", "تجاه", "مع", "لدى"))


# (the actor matcher's counts, and the hundreds and millions: "نحو ألفي شخص", "خمسمائة متظاهر")
NUMBER_WORDS = COUNT_WORDS | frozenset(normalize_key(w) for w in (
    "اثنان", "اثنا", "اثني", "ألفين", "مائتين", "مئتين", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة",
    "ثمانمائة", "تسعمائة", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة", "مليار"))


_POSSESSIVE_ENDINGS = ("تهما", "تهم", "تها", "ته", "هما", "هم", "ها")


MEMBERS = frozenset(normalize_key(w) for w in (
    "عضو", "أعضاء", "مسؤول", "مسؤولون", "مسؤولين", "قيادي", "قياديون", "نائب", "نواب", "ممثل", "ممثلو", "ممثلون",
    "ضابط", "ضباط", "عناصر", "مقاتلو", "مقاتلون", "مسلحو"))
# and people named only as figures of a body, after a verb ("هنأت شخصيتان يمنيتان قياديتان من المقاومة الشعبية")
_FIGURES = frozenset(normalize_key(w) for w in ("شخصية", "شخصيتان", "شخصيتين", "شخصيات", "قيادات", "قيادية"))


# what a death is said to come from: "قتلوا جراء قصف", "قتل في هجوم", "قتلوا بانفجار"
_CAUSES = frozenset(normalize_key(w) for w in ("جراء", "نتيجة", "إثر", "اثر", "بسبب", "في", "خلال", "عقب"))


def _coordinated_back(norm: str, ms: list[_M], last: _M) -> list[_M]:
    """``last`` and the names joined to it by و right before it ("الحوثيين وقوات صالح")."""
    group = [last]
    for m in sorted((m for m in ms if m.end <= last.start), key=lambda m: -m.start):
        if COORDINATION.match(norm[m.end : group[0].start]):
            group.insert(0, m)
        else:
            break
    return group


_WORD_RE = re.compile(r"\S+")


def _after_words(norm: str, pos: int, n: int) -> int:
    """Where the ``n`` words after ``pos`` end (the subject's place after a verb: "أجبر ثوران البركان")."""
    words = list(_WORD_RE.finditer(norm, pos, min(len(norm), pos + 80)))[:n]
    return words[-1].end() if words else pos


_PERSON_HEADS = frozenset(normalize_key(w) for w in (
    "الرئيس", "رئيس", "وزير", "الملك", "الأمير", "زعيم", "المرشد", "الشيخ", "السيد", "نائب", "المتحدث"))


def _one_person(norm: str, m: _M) -> bool:
    """Whether a mention names one person: a name, a title, or a state's office written as one phrase
    ("الرئيس التركي")."""
    if m.mention.kind in ("person", "title"):
        return True
    return m.mention.kind == "metonym" and norm[m.start : m.end].split(" ", 1)[0] in _PERSON_HEADS


def _attack_by_word(norm: str, sent: _Sentence, h: TriggerHit, actor: list[_M], recipient: list[_M]) -> bool:
    """Whether an attack (هجوم) may be one of words: a person's ("شن الرئيس التركي هجوما على المعارضة"), or,
    by no one named, one's own or on a person, told with a verb of saying in its sentence ("جدد هجومه … على
    جماعة الإخوان، قائلا إن", "شن هجوما على نائب الرئيس العراقي …، معتبرا إياه")."""
    if actor:
        return all(_one_person(norm, m) for m in actor)
    if not (norm[h.start : h.end].endswith(("ه", "ها"))
            or (recipient and all(m.mention.kind in ("person", "title") for m in recipient))):
        return False
    words_before = _WORD_RE.findall(norm, sent.start, h.start)
    return any(_unconjoined(w.strip(_PUNCTUATION)) in SAYING for w in _WORD_RE.findall(norm, h.end, sent.end)[:15]) \
        or (norm[h.start : h.end].endswith(("ه", "ها"))
            and any(_unconjoined(w.strip(_PUNCTUATION)) in _WORDS_AND_WRITERS for w in words_before))


# statements and those who write them: a person's attack in a sentence about them is in words ("احتفلت
# بتصريحات الكاتب الصحافي … عندما واصل هجومه على المملكة")
_WORDS_AND_WRITERS = _STATEMENTS | frozenset(normalize_key(w) for w in (
    "بتصريحات", "مقالة", "مقالات", "حديث", "تغريدة", "تغريدات", "الكاتب", "الصحافي", "الصحفي", "الإعلامي",
    "المذيع", "الشاعر", "المفكر"))


def _condemned(norm: str, verb_end: int, h: TriggerHit) -> bool:
    """Whether the act at ``h`` is the object of a verb of accusing ending at ``verb_end``: within four words
    of it in the same clause, with no preposition but ب ("ندد بالهجوم") before the act."""
    words = norm[verb_end : h.start - len(h.prefix)].split()
    return len(words) <= 4 and not any(w[-1:] in "،,.:؛" or w in FUNCTION_WORDS for w in words) and \
        h.prefix in ("", "ال", "ب", "بال")


def _died_by(norm: str, verb_end: int, attack: TriggerHit) -> bool:
    """Whether the act at ``attack`` is what killed, named right after a killing verb ending at ``verb_end``:
    its subject ("قتلت غارة جوية أميركية الزرقاوي") or the cause given ("قتلوا جراء قصف"), not an act told
    further on ("قتلت موجة من الهجمات على الشرطة … 50 شخصا": the wave killed, its targets are the victims)."""
    words = norm[verb_end : attack.start - len(attack.prefix)].split()
    return not words or (len(words) <= 2 and words[-1] in _CAUSES)


def _member_of(norm: str, verb_end: int, m: _M, counted: bool = False) -> bool:
    """Whether a mention after "في"/"من" right after a verb names the body its subject belongs to: "عضو بارز
    في مجلس اللوردات", "مسؤولون في الخارجية", "عناصر من الجيش"; ``counted``: also counted members right
    before the group, for a verb phrase whose object comes after them ("فتح خمسة عناصر من داعش النار"; after
    a plain verb they are as often its victims: "قتل أربعة عناصر من الشرطة")."""
    words = norm[verb_end : m.start].split()
    if m.prep == "ب" and words and words[-1] == "ب" and len(words) >= 2:
        # "هدد جنرال بالجيش الكوري الشمالي": an officer in a force, with ب (not after a verb of killing or
        # casualty, whose subject there suffered: "قتل ضابط بالجيش المصري")
        return len(words) <= 3 and words[0] in _RANKS and \
            _unconjoined(_word_before(norm, verb_end + 1)) not in CASUALTY_VERBS
    if m.prep not in (IN, FROM):
        return False
    if counted and len(words) == 3 and _counted(words[0]):
        words = words[1:]  # "فتح خمسة عناصر من داعش النار": counted members
    return 2 <= len(words) <= 4 and (words[0] in MEMBERS or words[0] in _FIGURES) and words[-1] in (IN, FROM)


# officers' ranks (not soldiers: "قتل جندي بالجيش" is its victim)
_RANKS = frozenset(normalize_key(w) for w in ("جنرال", "لواء", "عقيد", "عميد", "رائد", "نقيب", "ملازم"))


# the heads of "members of" in the construct state, besides MEMBERS ("عشرة من قياديي حزب الإصلاح")
_MEMBER_CONSTRUCTS = MEMBERS | frozenset(normalize_key(w) for w in (
    "قياديي", "مقاتلي", "مسلحي", "جنود", "أنصار", "مسؤولي", "موظفي", "نشطاء", "ناشطي"))


def _counted_members(norm: str, a: int, b: int) -> bool:
    """Whether the words between ``a`` and ``b`` count members of what follows: "عشرة من قياديي", "عددا من
    أعضاء" (a verb's object is then the body they belong to, "القبض على عشرة من قياديي حزب الإصلاح")."""
    words = [w.strip(_PUNCTUATION) for w in norm[a:b].split()]
    if words and words[0] in (ON, "الي"):
        words = words[1:]  # (the verb's own preposition: "القبض على")
    return len(words) == 3 and (_counted(words[0]) or words[0] in _SOME_COUNTED) and words[1] == FROM \
        and words[2] in _MEMBER_CONSTRUCTS


_SOME_COUNTED = frozenset(normalize_key(w) for w in ("عددا", "عدد", "العشرات", "المئات"))
_CONTENT_GOES_ON = re.compile(r"[،,]\s*(?:وكذلك|وأيضا|وايضا|كذلك|فضلا عن)\s")
_RELATIVE_RE = re.compile("|".join(normalize_key(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين")))
_PUNCT_RE = re.compile(r"[،,.:؛«»()]")
_AGENT_WORDS = re.compile(rf"(?:{_BY_HAND_OF})\s")
_RESULT = re.compile(r"(?:^|\s)[وف]?(?:مما|ما)?\s*(?:ادي|اسفر|اسفرت|ادت|خلف|خلفت)(?:\s|$)")  # ("واسفر عن مقتل")
# (or, after a comma, the passive alone: "هجوم انتحاري، نسب الى المتمردين التاميل")
_CLAIMED = re.compile(r"(?:\s+\S+){0,2}?\s+(?:(?:الذي|التي)\s+(?:نسب|نسبت|نفذه|نفذها|نفذته|تبناه|تبناها|تبنته)"
                      r"|" + _ATTRIBUTED_TO + r")\b")


# "… مسؤوليتها عن [الهجوم الانتحاري الذي] <act>": a claim of responsibility shortly before the act
_ADOPTED = re.compile(r"(?<!\S)[وف]?(?:تبني|تبنت|تبنوا|وتبني)\s")  # (normalized: تبنى is تبني)
# ("تفجيرا … أعلن تنظيم داعش مسؤوليته عنه قتل 100 شخص": the act claimed, named before, did what follows)
_RESPONSIBILITY = re.compile(r"\bمسووليه?(?:ت(?:ه|ها|هم|هما))?\s+عن(?:ه|ها)?(?:\s+\S+){0,4}?\s*$")


_CLAIMED_AFTER = re.compile(r"(?:\s+[^\s،,]+){0,4}?\s*[،,]?\s+(?:(?:الذي|التي)\s+)?[وف]?"
                            r"(?:اعلنت|اعلن|اعلنوا|تبنت|تبني)\s+"
                            r"(?P<who>[^،,.]{1,60}?)\s+(?:مسووليت(?:ه|ها|هم|هما)\s+)?عن(?:ه|ها|\s+ذلك)\b")


_THIS = DEMONSTRATIVES | frozenset(normalize_key(w) for w in ("هذين", "هاتين"))


def _claim_denied(norm: str, sent: _Sentence, h: TriggerHit) -> bool:
    """Whether the claim before an act is negated or said of no act in particular: "ولا يعلن المتمردون عادة
    مسؤوليتهم عن الهجمات"."""
    pos = h.start - len(h.prefix)
    claim = _RESPONSIBILITY.search(norm, max(sent.start, pos - 80), pos)
    if claim is None:
        return False
    words = norm[max(sent.start, claim.start() - 40) : claim.start()].split()[-4:]
    return any(_negates_verb(w) for w in words)


def _claimant(norm: str, sent: _Sentence, h: TriggerHit) -> list[_M]:
    """Who claimed the act at ``h``: the group named before "مسؤوليته عن" when the act follows within a few
    words ("أعلنت حركة طالبان مسؤوليتها عن الهجوم الانتحاري الذي استهدف قافلة")."""
    later = _CLAIMED_AFTER.match(norm, _hit_end(h), sent.end)
    if later is not None:  # "هجوم أعلنت حركة طالبان مسؤوليتها عنه"
        return [m for m in sent.mentions if later.start("who") <= m.start < later.end("who") and m.prep is None][:1]
    pos = h.start - len(h.prefix)
    claim = _RESPONSIBILITY.search(norm, max(sent.start, pos - 80), pos)
    if claim is None:
        # "بعد تبني حزب العمال الأربعاء قتل شرطيين": who adopts an act (تبنى) claims it
        # (not an act the adopted one answers or follows: "تبنى حزب العمال الكردستاني هجوما بسيارة مفخخة ردا على
        # الغارات الجوية التركية")
        adopted = list(_ADOPTED.finditer(norm, max(sent.start, pos - 60), pos))
        if not adopted or any(c in norm[adopted[-1].end() : pos] for c in "،,.؛") or \
                _word_before(norm, pos) in _ABOUT_AN_ACT:
            return []
        return [m for m in sent.mentions if adopted[-1].end() <= m.start and m.end <= pos and m.prep is None][:1]
    clause_start = _clause_start(norm, claim.start(), sent.start)
    named = [m for m in sent.mentions if clause_start <= m.start and m.end <= claim.start() and m.prep is None]
    return named[-1:]


def _welcomed(norm: str, sent: _Sentence, h: TriggerHit, actor: list[_M],
              recipient: list[_M]) -> tuple[list[_M], list[_M]]:
    """"وكان في استقبال خادم الحرمين لدى وصوله مطار طنجة، رئيس الحكومة المغربية": the one named right after
    استقبال is the guest; the hosts come after, the first person or office not governed by a preposition."""
    after = [m for m in sent.mentions if m.start >= h.end]
    if not after:
        return actor, recipient
    guest = _coordinated(norm, after)
    # (a name right after the guest's title is the guest's: "خادم الحرمين الشريفين الملك سلمان")
    hosts = [m for m in after[len(guest):] if m.prep is None and m.mention.kind in ("person", "title")
             and _words_between(norm, guest[-1].end, m.start) > 0]
    if not hosts:
        return [], guest
    return _coordinated(norm, hosts), guest


def _definite_head(words: list[str]) -> bool:
    """Whether ``words`` are a definite noun and at most two adjectives, not a place or a thing ("المجلس
    البلدي", not "الحدود"): the head a nationality after them describes."""
    return 0 < len(words) <= 3 and all(w.startswith("ال") and len(w) > 3 for w in words) and \
        words[0] not in _THING_HEADS


def _fronted_noun(norm: str, h: TriggerHit) -> bool:
    """Whether a definite noun stands right before the verb at ``h`` ("إن الشرطة اعتقلت"): its subject, so
    that what follows the verb is its object."""
    word = _word_before(norm, h.start - len(h.prefix))
    return word.startswith(("ال", "وال")) and len(word) > 4


def _lam_object_after(norm: str, pos: int) -> bool:
    """Whether the word after ``pos`` is a noun marked by the clitic ل (an object after an agent genitive)."""
    following = norm[pos : pos + 30].split()[:1]
    return bool(following) and following[0].startswith("ل") and not following[0].startswith(("لل", "لدي", "لكن")) \
        and len(following[0]) > 3


_IN_OR_BY = frozenset(normalize_key(w) for w in ("في", "جراء", "إثر", "خلال", "بنيران", "برصاص"))


# how someone was killed, right after the verb: "قتل حرقا" (was burnt to death) is the unwritten passive
_MANNERS = frozenset(normalize_key(w) for w in ("حرقا", "ذبحا", "شنقا", "طعنا", "خنقا", "رميا", "غرقا", "ضربا",
                                                "مسموما", "رجما", "دهسا", "صعقا"))


def _unmarked_passive(norm: str, h: TriggerHit) -> bool:
    """Whether a killing or wounding verb is followed straight away by the attack it happened in ("قتلوا في
    قصف", "قتل برصاص قناص"): the unwritten passive."""
    following = [w.strip(_PUNCTUATION) for w in norm[h.end : h.end + 30].split()[:1]]
    return bool(following) and (following[0] in _IN_OR_BY or following[0] in _MANNERS or (
        following[0].startswith("ب") and following[0][1:3] in ("ال", "قص", "رص", "ني", "ان", "هج", "غا")))


# types whose acts with counted civilians alone, by no one named, are everyday dealings (not harm done to them)
_DEALINGS = frozenset({"CONSULT", "AID", "SUPPORT", "AGREE", "COOPERATE", "REQUEST"})
_EXPLAINING = frozenset(normalize_key(w) for w in ("إذ", "حيث"))
_OR = normalize_key("أو")
# words that open what follows a verb with no object ("20 عنصرا من داعش قتلوا كما تم تدمير وكر"), and a
# time ("ستة أشخاص قد قتلوا يوم الخميس")
_NO_OBJECT_NEXT = frozenset(normalize_key(w) for w in ("كما", "حسب", "بحسب", "وفق", "وفقا", "حيث", "خلال", "منذ",
                                                       "أو", "لدى")) | NEWS_TIMES | _DAY_WORDS | (
    SUBORDINATORS | _AFTER_OR_BECAUSE)  # (and when or why: "خمسة جنود قتلوا عندما هاجم …")


# words that may stand between a verb and what shows it has no object ("خطفوا أيضا في ظروف مماثلة")
_ALSO = frozenset(normalize_key(w) for w in ("أيضا", "ايضا", "كذلك", "بدوره", "بدورها"))
# words that may stand between a verb and its object without being its subject ("التي قتلت أيضا عشرات")
_VERB_ASIDES = _ALSO | frozenset(normalize_key(w) for w in ("أمس", "اليوم"))
_MONTH_WORDS = frozenset(normalize_key(w) for w in ("شهر", "الشهر", "الأسبوع", "الاسبوع", "العام", "عام", "سنة"))


def _objectless(norm: str, pos: int, verb_forms: AbstractSet[str]) -> bool:
    """Whether the verb ending at ``pos`` is followed by nothing that could be its object: the clause ends,
    another verb is joined to it, or a place or a circumstance comes first ("الذي اختطف وقطع رأسه",
    "خطفوا أيضا في ظروف مماثلة", "الذين خطفوا شهر مايو الماضي من وزارة"). A time alone says nothing: the
    object may follow it ("قتلت اليوم الجمعة مسلحا")."""
    words = re.findall(r"[^\s،,.؛:«»()]+|[،,.؛]", norm[pos : pos + 80])
    i = 0
    while i < len(words) and (words[i] in _ALSO or words[i] in NEWS_TIMES or words[i] in _DAY_WORDS
                              or words[i] in _MONTH_WORDS or words[i] in MONTHS):
        i += 1  # (a time and its month or day: "شهر مايو الماضي", "يوم الجمعة")
    if i == len(words):
        return True
    word = words[i]
    if word in ("،", ",", ".", "؛"):
        following = words[i + 1] if i + 1 < len(words) else ""
        # ("شخصا قتل، وأصيب ستة آخرون", but "قتل أمس، محمد علاونة" names whom after the comma)
        return word not in (",", "،") or not following or _joined_verb(following, verb_forms)
    return _joined_verb(word, verb_forms) or (word in _NO_OBJECT_NEXT and word not in NEWS_TIMES
                                                                and word not in _DAY_WORDS) \
        or word in _IN_OR_BY or word == FROM


def _joined_verb(word: str, verb_forms: AbstractSet[str]) -> bool:
    """Whether ``word`` is و and a verb ("وأصيب", "وقطع")."""
    return word.startswith("و") and (word[1:] in verb_forms or word[1:] in CASUALTY_VERBS)


def _suffered_by(norm: str, actor: list[_M], h: TriggerHit) -> bool:
    """Whether the subject right before a killing or abducting verb with no object is one who can suffer it
    (people, officials, soldiers, journalists) rather than an armed group or a state, which does it to someone
    unsaid."""
    last = actor[-1]
    if last.end > h.start or not all((":" in m.mention.code and not m.mention.code.endswith(":REB"))
                                     or m.mention.kind in ("person", "title", "nisba") for m in actor):
        return False
    between = norm[last.end : h.start - len(h.prefix)].split()
    return len([w for w in between if w not in RELATIVES and not _counted(w.strip(_PUNCTUATION))]) <= 2


_ACCUSING_STEMS = tuple(normalize_key(w) for w in ("اتهم", "يتهم", "تتهم", "يتهمون", "اتهمت", "اتهموا"))


def _last_end(arguments: tuple[list[_M], list[_M]]) -> int:
    """Where the last of an event's actors and recipients ends (normalized)."""
    return max((m.end for ms in arguments for m in ms), default=0)


def _object_suffix(norm: str, h: TriggerHit) -> bool:
    """Whether a verb carries an object pronoun the lexicon form does not ("تتهمه" for "تتهم")."""
    form = norm[h.start : h.end]
    return h.trigger.pos == "verb" and len(form) > len(_pattern_key(h.trigger.pattern)) and \
        form.endswith(("ه", "ها", "هم", "هما"))


def _possessed(norm: str, h: TriggerHit, nouns: AbstractSet[str]) -> bool:
    """A one-word verbal noun carrying a pronoun suffix ("زيارتهما", "لقائهم"): the suffix names its agent.
    The suffix may be the matcher's or part of a listed form ("اتهامه" beside "اتهام" in ``nouns``)."""
    key = _pattern_key(h.trigger.pattern)
    form = norm[h.start : h.end]
    if h.trigger.pos != "noun" or " " in key:
        return False
    if len(form) > len(key):
        return form.endswith((*_POSSESSIVE_ENDINGS, "ه"))  # the matcher checked ه is no teh marbuta
    ending = next((e for e in (*_POSSESSIVE_ENDINGS, "ه") if form.endswith(e)), None)
    if ending is None:
        return False
    base = key[: -len(ending)] if ending.startswith("ه") else key[: -len(ending)] + "ه"  # زيارته -> زياره
    stem = key[: -len(ending)]
    # (a final hamza takes its seat before the suffix: "لقائه", "لقاؤه" -> لقاء)
    hamza = stem[:-1] + "ء" if stem.endswith(("ي", "و")) else ""
    return h.trigger.pattern.endswith(("ه", "هما", "هم", "ها")) and (base in nouns or stem in nouns or hamza in nouns)


# words after which a four-digit number is a year: "وفي عام 2003 غزت", "منذ 2011"
_YEAR_MARKERS = frozenset(normalize_key(w) for w in ("عام", "العام", "سنة", "السنة", "في", "وفي", "منذ", "خلال", "حتى",
                                                      "مطلع", "أواخر", "أوائل", "بداية", "نهاية", "صيف", "ربيع",
                                                      "خريف", "شتاء"))


def _a_year(norm: str, pos: int, number: str) -> bool:
    """Whether ``number``, the word before ``pos``, is a year ("وفي عام 2003 هاجمت"), not a count ("2000 طالب")."""
    if not (len(number) == 4 and number.isdigit() and 1800 <= int(number) <= 2100):
        return False
    words = norm[max(0, pos - 40) : pos].split()
    return len(words) >= 2 and words[-1].strip("،,.:؛\"«»()") == number and words[-2] in _YEAR_MARKERS


# an approximate count's words before its number: "نحو 500", "أكثر من 200", "ما يزيد عن 30", "زهاء ألف"
_ABOUT = tuple(sorted((tuple(normalize_key(w) for w in phrase.split()) for phrase in (
    "نحو", "حوالي", "قرابة", "زهاء", "أكثر من", "أقل من", "ما يزيد عن", "ما يزيد على",
    "يزيد عن", "يزيد على", "ما يقارب", "يقارب", "ما لا يقل عن", "لا يقل عن")), key=len, reverse=True))


def _count_words(norm: str, pos: int) -> int:
    """How many words right before ``pos`` give a count of what follows: its number and any approximation."""
    words = [w.strip(_PUNCTUATION) for w in norm[max(0, pos - 40) : pos].split()]
    if not words or not _counted(words[-1]):
        return 0
    before = tuple(words[:-1])
    return 1 + next((len(p) for p in _ABOUT if before[-len(p) :] == p), 0)


def _counted_object_after(norm: str, pos: int) -> bool:
    """Whether a counted object begins right after ``pos``: a count, not a year, and a word after it ("قتل
    «داعش» سبعين من أفراد الجيش", "مصادرة السلطات 44 كيلوجراما"; not "غزو الكويت 1990")."""
    words = [w.strip(_PUNCTUATION) for w in norm[pos : pos + 60].split()[:6]]
    i = _count_index(words)
    if i is None:
        return False
    year = words[i].isdigit() and len(words[i]) == 4 and words[i][:2] in ("19", "20")
    return not year and i + 1 < len(words) and bool(words[i + 1])


def _past_quote(norm: str, pos: int) -> int:
    """``pos`` past the closing quotation marks right after it ("قتل «داعش» سبعين")."""
    while pos < len(norm) and norm[pos] in _QUOTES:
        pos += 1
    return pos


def _count_after(norm: str, pos: int) -> bool:
    """Whether a count begins right after ``pos``: a number, or an approximation and its number."""
    return _count_index([w.strip(_PUNCTUATION) for w in norm[pos : pos + 40].split()[:4]]) is not None


def _count_index(words: list[str]) -> int | None:
    """Where a count opens ``words`` (among the first four): a number, or an approximation and its number."""
    return next((i for i, w in enumerate(words[:4]) if _counted(w) and (i == 0 or tuple(words[:i]) in _ABOUT)),
                None)


def _nth_word_before(norm: str, pos: int, n: int) -> str:
    """The ``n``-th word before ``pos`` (1 is the word right before it), or ""."""
    words = norm[max(0, pos - 60) : pos].split()
    return words[-n].strip(_PUNCTUATION) if len(words) >= n else ""


def _counted(word: str) -> bool:
    """Whether ``word`` is a number, written in digits or words ("500", "ألف", "عشرات")."""
    return word.isdigit() or word in NUMBER_WORDS or (
        word[:1].isdigit() and word.replace(".", "", 1).replace(",", "", 1).isdigit())  # "1.3" (مليون)


def _by_weapon(norm: str, after: list[_M]) -> bool:
    """Whether a state's adjective follows a weapon or strike with ب ("بصاروخ أمريكي", "بغارة روسية"): who was
    killed by it is the victim, and that state the doer."""
    for m in after:
        if m.prep is None and m.mention.kind == "nisba":
            word = _word_before(norm, m.start - len(m.clitic))
            if word.startswith(("ب", "وب")) and weapon_word(word):
                return True
    return False


def _inside_quote(norm: str, floor: int, pos: int) -> int:
    """Where the quotation that ``pos`` is in opens, if after ``floor``: a victim is looked for inside it, not
    among those named before it ("المصدر الذي اتصلت به وكالة الصحافة الفرنسية "صباح اليوم تعرض معسكر … لهجوم")."""
    opened = floor
    for start, end in (("«", "»"), ("“", "”")):
        at = norm.rfind(start, floor, pos)
        if at >= 0 and norm.find(end, at, pos) < 0:  # (not a quoted name closed before it: "مسلحي «داعش» قتلوا")
            opened = max(opened, at + 1)
    if norm.count('"', floor, pos) % 2:  # a straight quotation mark opened and not closed
        opened = max(opened, norm.rfind('"', floor, pos) + 1)
    return opened


def _casualties_before(norm: str, h: TriggerHit, before: list[_M], clause_start: int, actor: list[_M]) -> list[_M]:
    """"استشهد اثنان من رجال الشرطة في تفجير": who is named before an attack suffered it, when the clause says
    they died or were hurt (not "تعرفت الشرطة على مشتبه به مرتبط بالهجوم"), whoever did it."""
    inner = _inside_quote(norm, _after_complementizer(norm, clause_start, h.start), h.start)
    if not any(_unconjoined(w) in CASUALTY_WORDS for w in norm[inner : h.start].split()):
        return []
    # (not who announced the toll when the dead are its enemies: "أعلنت القوات المسلحة المصرية مقتل اثنين من
    # العناصر الإرهابية واستهداف مخزن"; "أعلنت وزارة الداخلية مقتل شرطي … في هجوم" tells of its own)
    subject = [m for m in _subject_before(norm, before, h.start - len(h.prefix), inner) if m not in actor]
    if subject and _unconjoined(_word_before(norm, subject[0].start - len(subject[0].clitic))) in ANNOUNCING | SAYING \
            and any((bare := _strip_article(_unconjoined(w))).startswith(_ENEMY_STEMS) and bare != _ARMED_FORCES_ADJ
                    for w in norm[subject[-1].end : h.start].split()):
        return []
    return subject


_ENEMY_STEMS = tuple(normalize_key(w) for w in ("إرهابي", "مسلح", "متمرد", "تكفيري"))
_ARMED_FORCES_ADJ = normalize_key("مسلحة")  # (the adjective of "القوات المسلحة": one's own forces, no enemy)


def _hosted_show(norm: str, h: TriggerHit) -> bool:
    """Whether a verb of hosting with a pronoun, after a relative pronoun, hosts a show, a contest or a camp
    named before it: "المخيم الكشفي العالمي ال 23 الذي تستضيفه اليابان"."""
    relative = _word_before(norm, h.start - len(h.prefix))
    if relative not in RELATIVES or not norm[h.start : h.end].endswith(("ه", "ها")):
        return False
    before = norm[max(0, h.start - len(h.prefix) - len(relative) - 60) : h.start - len(h.prefix) - len(relative)]
    return any(_strip_article(w.strip(_PUNCTUATION)) in HOSTED_SHOWS for w in before.split()[-5:])


def _animals_first(norm: str, h: TriggerHit, actor: list[_M]) -> bool:
    """Whether the first word a verb of killing or torture takes (past its subject and a count) names animals:
    "أعدمت السلطات نحو عشرة آلاف دجاجة" (the first word only: "قتل ثلاثة أشخاص وعشرات الأغنام" killed people;
    and not after an attack, whose genitive is its doer: "هجمات الذئاب المنفردة")."""
    start = max([h.end, *(m.end for m in actor if m.start >= h.end)])
    words = [w for w in norm[start : start + 60].split() if w not in APPROXIMATELY and not _counted(w)][:1]
    return any(_strip_article(w.strip(_PUNCTUATION)) in ANIMALS for w in words)


def _received_things(norm: str, h: TriggerHit, actor: list[_M], things: frozenset[str] = RECEIVED_THINGS) -> bool:
    """Whether what a verb of receiving takes (past its subject and a count) is things and cases, not guests
    (a count alone says nothing: "استقبل الملك 50 من كبار العلماء"); or, with ``things``, other words."""
    start = max([h.end, *(m.end for m in actor if m.start >= h.end)])
    words = [w for w in norm[start : start + 60].split() if w not in APPROXIMATELY and not _counted(w)][:3]
    # (the first word, or one past a subject the lexicon does not know: "تستقبل غرفة الشرقية طلبات الشركات")
    return any(_strip_article(w.strip(_PUNCTUATION)) in things for w in words)


def _sole_object(norm: str, genitive: _M, after: list[_M]) -> bool:
    """Whether the genitive of a verbal noun has nothing after it that could be a second participant: no
    one named within two words after it ("استقبال الملك سلمان أمس وزير الخارجية": the king receives the
    minister) and no ل object ("استقبال الرئيس لنظيره")."""
    word = _word_after(norm, genitive.end)
    if word.startswith("ل") and not word.startswith("ال"):
        return False
    nxt = next((m for m in after if m.start >= genitive.end), None)
    return nxt is None or nxt.prep is not None or nxt.clitic.startswith(("و", "ف")) \
        or _words_between(norm, genitive.end, nxt.start - len(nxt.clitic)) > 2


def _suffered_act(norm: str, hits: list[TriggerHit], h: TriggerHit, m: _M, victims: frozenset[str]) -> bool:
    """Whether ``m``, found as what the accusation at ``h`` is against, is rather the victim of an act noun right
    before it: civilians, journalists or a person as the genitive of an arrest or a killing ("اعتقال المتظاهرين",
    "اغتيال الحريري"), or the nationality of such a victim ("اغتيال القائد الفلسطيني": one of ``victims``
    between), with no other patient marked after them ("قصف الطيران الروسي للمدنيين" keeps the air force as
    the one condemned)."""
    if m.prep is not None and m.prep != ON:
        return False
    described = m.mention.kind == "nisba" and _word_before(norm, m.start - len(m.clitic)) in victims
    if not (described or m.mention.code.endswith((":CVL", ":MED")) or m.mention.kind in ("person", "title")):
        return False
    if _lam_object_after(norm, m.end) or _word_after(norm, m.end) in _PATIENT_PREPS:
        return False
    # (its count and the arrest phrase's على may come between: "إلقاء القبض على 68 متظاهرا")
    count = _count_words(norm, m.start - len(m.clitic))
    return any(o.trigger.type in PATIENT_GENITIVE and (o.trigger.pos == "noun" or (
                   o.trigger.pos == "phrase" and m.prep == ON)) and h.end <= o.start and _hit_end(o) <= m.start
               and _words_between(norm, _hit_end(o), m.start - len(m.clitic)) - count - (m.prep == ON)
               == (1 if described else 0)
               for o in hits)


def _cases_counted(norm: str, h: TriggerHit) -> bool:
    """Whether an act noun is counted as cases: after "حالات" (cases of), or after a number and "حالة"."""
    words = norm[max(0, h.start - len(h.prefix) - 60) : h.start - len(h.prefix)].split()
    if not words:
        return False
    word = _unconjoined(words[-1])
    return word in CASES_PLURAL or (word in CASES_SINGULAR and len(words) > 1 and _counted(_unconjoined(words[-2])))


_PLURAL_RELATIVES = frozenset(normalize_key(w) for w in ("الذين", "اللواتي", "اللاتي"))
_PREPOSITION_PLURAL_PRONOUN = re.compile(r"(?:علي|ل|ب|من|عن|الي)(?:هم|هن)$")  # (normalized: عليهم، إليهم)


def _impersonal_passive(norm: str, h: TriggerHit, relative: str) -> bool:
    """Whether a verb after a plural relative is the impersonal passive whose preposition's pronoun is the
    antecedent ("الذين قُبض عليهم", "الذين أفرج عنهم"): a singular verb that does not agree with its plural
    relative, followed by a preposition with a plural pronoun."""
    words = norm[h.start : h.start + 40].split()
    if relative not in _PLURAL_RELATIVES or len(words) < 2 or words[0].endswith(("وا", "ن")):
        return False
    return _PREPOSITION_PLURAL_PRONOUN.fullmatch(words[1].strip(_PUNCTUATION)) is not None


def _counted_before(norm: str, start: int) -> bool:
    """Whether a number stands within three words before ``start`` ("7 عناصر من تنظيم داعش")."""
    head = _CHRONOLOGY_YEAR.sub(" ", norm[max(0, start - 40) : start])  # ("1974 - السلطات الاسرائيلية تعتقل")
    words = [w.strip(_PUNCTUATION) for w in head.split()]
    return any(_counted(w) for w in [w for w in words if w][-3:])  # (past punctuation: "«سبعة عناصر من (بوكو")


def _counted_victims(norm: str, verb_end: int, after: list[_M]) -> bool:
    """"قتل تسعة أشخاص", "أصيب 20 مدنيا": a killing or wounding verb followed by a number and civilians reports
    victims (the unwritten passive), not civilians who killed."""
    if not after or after[0].prep is not None or not (
            after[0].mention.code.endswith(":CVL") or after[0].mention.kind == "nisba"):
        return False  # "قتل تسعة أشخاص", "قتل ثلاثة فلسطينيين"
    between = norm[verb_end : after[0].start - len(after[0].clitic)].split()
    if not between:  # "وقتل المدنيون عندما أطلق المتمردون النيران": civilians right after a verb of killing
        return after[0].mention.code.endswith(":CVL") and _killed_singular(norm, verb_end)
    return 1 <= len(between) <= 3 and any(_counted(w) for w in between)


def _killed_singular(norm: str, verb_end: int) -> bool:
    """Whether the verb ending at ``verb_end`` is a killing verb that may be the unwritten passive قُتل (not
    "قتلوا آلاف الأشخاص", "قتلا": they killed them)."""
    verb = _unconjoined(_word_before(norm, verb_end))
    return verb in KILLED and not verb.endswith(("وا", "ا"))


_ACT_PRONOUNS = ("ها", "ه", "هما", "هم")


_NOT_DOING = frozenset(normalize_key(w) for w in (
    "شهد", "شهدت", "تشهد", "يشهد", "تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "تعرضا", "أعلن", "أعلنت",
    "أعلنوا", "أكد", "أكدت", "أفاد", "أفادت"))
# how the adjectives of an act's noun end (normalized: ة is ه): "عنيفا", "مسلحا", "جوية", "الإرهابي"
_ADJECTIVE_ENDINGS = ("ا", "ه", "ي", "يه")
_ESCORTING = frozenset(normalize_key(w) for w in (
    "حراسة", "بحراسة", "حماية", "بحماية", "بمرافقة", "مرافقة", "وبحماية", "وبحراسة"))
def _turned_violent(norm: str, sent: _Sentence, h: TriggerHit) -> bool:
    """Whether a demonstration's noun is the subject of "turned into" violence: تحول right before it, then إلى
    and a word of violence within its clause ("تحولت التظاهرات السلمية في … إلى أعمال عنف")."""
    if _unconjoined(_word_before(norm, h.start - len(h.prefix))) not in _TURNED:
        return False
    words = [w.strip(_PUNCTUATION) for w in norm[h.end : _clause_end(norm, h.end, sent.end)].split()[:25]]
    return any(w in (TO, "الي") and set(words[i + 1 : i + 3]) & _VIOLENCE_WORDS for i, w in enumerate(words))


_TURNED = frozenset(normalize_key(w) for w in ("تحولت", "تحول", "تتحول", "يتحول", "انقلبت", "تطورت", "تطور"))
_VIOLENCE_WORDS = frozenset(normalize_key(w) for w in (
    "عنف", "العنف", "شغب", "الشغب", "مواجهات", "اشتباكات", "صدامات", "مصادمات", "عنيفة"))
# receiving a call, a message or an act: in the perfect, which opens a report ("تلقى … اتصالا"), or not
_RECEIVED_PERFECTS = tuple(normalize_key(w) for w in ("تلقى", "تلقت", "تلقوا", "تسلم", "تسلمت", "استلم", "استلمت"))
_RECEIVING = frozenset(_RECEIVED_PERFECTS) | frozenset(normalize_key(w) for w in (
    "يتلقى", "تتلقى", "يتلقون", "يتسلم", "تتسلم"))
_RECEIVED_WORDS = "|".join(_RECEIVED_PERFECTS)
_SAID_WORDS = "|".join(normalize_key(w) for w in ("عبر", "أعرب", "أكد", "جدد", "أبدى", "نقل", "قدم"))
# "تلقى … اتصالا هاتفيا من … عبر فيه عن": a call or message received, and what is said in it
_RECEIVED_THEN_SAID = re.compile(
    rf"(?<!\S)[وف]?(?:{_RECEIVED_WORDS})\s.*\s(?:{_SAID_WORDS})\s(?:فيه|فيها)\s+(?:\S+\s+){{0,2}}$")
_RECEIVED = re.compile(rf"(?<!\S)[وف]?(?:{_RECEIVED_WORDS})\s")
# a quantity of people and the من of what they are ("أعداد كبيرة من", "الآلاف من", "عشرات من")
_QUANTITIES = "|".join(normalize_key(w) for w in (
    "أعداد", "اعداد", "عدد", "الآلاف", "آلاف", "المئات", "مئات", "العشرات", "عشرات", "الكثير", "العديد", "حشود"))
_LARGE = "|".join(normalize_key(w) for w in ("كبيرة", "غفيرة", "كبير", "هائلة"))
_QUANTITY_OF = re.compile(rf"\s+(?:{_QUANTITIES})(?:\s+(?:{_LARGE}))?\s+{FROM}\s+")
def _quantified_nationality(norm: str, sent: _Sentence, h: TriggerHit) -> _M | None:
    """The nationality right after a quantity and من after the verb at ``h`` ("تظاهر أعداد كبيرة من
    الأميركيين"), or None."""
    crowd = _QUANTITY_OF.match(norm, h.end)
    if crowd is None:
        return None
    return next((m for m in sent.mentions if m.start == crowd.end() and m.mention.kind == "nisba"), None)


_IN_EXCHANGE = frozenset(normalize_key(w) for w in ("مقابل", "نظير"))  # what is given in return
_COUNTERPART = normalize_key("نظير")
_ALL_OVER = frozenset(normalize_key(w) for w in ("أرجاء", "أنحاء", "ربوع", "عموم", "شتى"))


def _with_whom(norm: str, h: TriggerHit) -> bool:
    """Whether a noun of meeting, call or visit names, within its next two words, whom it is with or where to:
    مع, ب, إلى, ل, or a counterpart ("في اتصال هاتفي مع نظيره", "خلال زيارة إلى قبرص", "في اتصال هاتفي
    نظيره الإيراني")."""
    for w in norm[_hit_end(h) : _hit_end(h) + 40].split()[:2]:
        w = w.strip(_PUNCTUATION)
        if w in (WITH, TO) or w.startswith(_COUNTERPART) or (w[:1] in ("ب", "ل") and not w.startswith("ال")
                                                             and w not in _WORDS_OF_BA):
            return True
    return False
_IN_IT, _IN_HER = normalize_key("فيه"), normalize_key("فيها")


def _first_word_end(norm: str, h: TriggerHit) -> int:
    """Where the first word of the trigger at ``h`` ends (a gapped phrase's verb)."""
    space = norm.find(" ", h.start, h.end)
    return space if space >= 0 else h.end


def _caller(norm: str, sent: _Sentence, pos: int) -> list[_M]:
    """Who a call received right before ``pos`` came from: a mention after a من that stands within a few words
    of ``pos`` (past when: "اتصالا هاتفيا البارحة الأولى، من فخامة الرئيس فرانسوا هولاند")."""
    return _from_whom(norm, sent, pos, min(sent.end, pos + 30), sent.end, reach=60, words=4)


def _sender(norm: str, sent: _Sentence, received: int, end: int) -> list[_M]:
    """Who a call or message received at ``received`` came from: the first mention after the من that
    follows, before ``end``."""
    return _from_whom(norm, sent, received, end, end)


def _from_whom(norm: str, sent: _Sentence, start: int, stop: int, end: int, reach: int | None = None,
               words: int | None = None) -> list[_M]:
    """Who a call or message came from: the first mention after the first من in [start, stop), before
    ``end`` (and within ``reach`` characters and ``words`` words of the من, when given)."""
    source = norm.find(" " + FROM + " ", start, stop)
    if source < 0:
        return []
    limit = end if reach is None else min(end, source + reach)
    return [m for m in sent.mentions if source < m.start < limit and (
        words is None or _words_between(norm, source + len(FROM) + 1, m.start - len(m.clitic)) <= words)][:1]


_HANDS = normalize_key("أيد")
_HANDS_ADJECTIVES = frozenset(normalize_key(w) for w in (
    "أجنبية", "خارجية", "محلية", "عاملة", "وطنية", "شابة", "ماهرة", "غريبة", "خفية", "أمينة"))
_MINISTRIES = frozenset(normalize_key(w) for w in ("وزارته", "وزارتها", "وزارتهم", "وزارتهما", "وزارتي", "وزارتنا",
                                                   "وزارتكم"))
_RELEASED = normalize_key("أطلق")  # (chants are let out; with a pronoun it is a name or a thing given: "أطلقته")
# words that begin with ب of their own, not the preposition: "تهنئة بعض دول الخليج لإيران"
_WORDS_OF_BA = frozenset(normalize_key(w) for w in (
    "بعض", "بين", "بعد", "بلد", "بلاد", "بنك", "بيت", "بقية", "بضع", "بضعة", "بعثة", "برلمان", "بلدية"))
# things a body owns, after ل between an act and the body: "انتهاك لقرارات مجلس الأمن", "التهنئة لمقام خادم
# الحرمين" (the body is not the act's doer)
_OWNED_THINGS = frozenset(normalize_key(w) for w in (
    "قرارات", "قرار", "مقام", "قوانين", "قانون", "ميثاق", "اتفاق", "اتفاقية", "سيادة", "حقوق", "حرمة", "أراضي",
    "أرض", "مصالح", "سياسة", "سياسات"))
def _ranked_after(words: list[str]) -> bool:
    """Whether ``words`` hold a ranking followed by its ordinal ("المركز الثاني", "المرتبة 12")."""
    return any(w.strip(_PUNCTUATION) in _RANKINGS and (nxt.strip(_PUNCTUATION) in _ORDINALS or nxt[:1].isdigit())
               for w, nxt in itertools.pairwise(words))


_ORDINALS = frozenset(normalize_key(w) for w in (
    "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة",
    "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة",
    "الأخير", "الأخيرة"))
_RANKINGS = frozenset(normalize_key(w) for w in (
    "المرتبة", "المركز", "الصدارة", "مساحة", "مكانة", "حيزا", "الصفحات", "الصفحة", "عناوين", "المقدمة", "المراتب",
    "المراكز", "مرتبة", "مركزا", "موقعا", "صدارة", "مقدمة", "واجهة", "الواجهة"))
_DENYING = frozenset(normalize_key(w) for w in ("نفى", "نفت", "نفوا", "ينفي", "تنفي", "ينفون"))
# "تقوم بها", "قام به": doing the act named before (its pronoun after ب, _ON_IT), in the perfect (_DID) or not
_DOING_IT = _DID | frozenset(normalize_key(w) for w in ("يقوم", "تقوم", "يقومون"))


def _charge_after(norm: str, pos: int) -> str:
    """The first word after ``pos`` past the accused's description: its adjectives (words with the article)
    and a place they are in or were sent to ("اتهام الأسرى المحررين المبعدين إلى الخارج بالمسؤولية"); the
    charge when it starts with ب."""
    words = norm[pos : pos + 80].split()[:6]
    i = 0
    while i < len(words):
        if words[i].startswith("ال"):
            i += 1
        elif words[i] in _KEPT_IN and i + 1 < len(words) and words[i + 1].startswith("ال"):
            i += 2
        else:
            return words[i]
    return ""


_KEPT_IN = frozenset(normalize_key(w) for w in ("في", "إلى", "الى", "من", "داخل", "خارج"))


def _past_adjectives(norm: str, h: TriggerHit, verbs: frozenset[str],
                     only: frozenset[str] | None = None) -> tuple[int, int]:
    """Where the act's adjectives after its noun end, up to two ("قصفا عنيفا شنه الحوثيون"), and how many
    there are: words of the noun's definiteness with an adjective's ending, not one of ``verbs`` with the
    act's pronoun, and among ``only`` when given ("هجوما داميا لتنظيم داعش", not "إحراق دورية للحوثيين")."""
    at = h.end
    word = _word_after(norm, at)
    skipped = 0
    definite = h.prefix.endswith("ال")
    while skipped < 2 and word and word[-1:] not in _PUNCTUATION and word not in RELATIVES and \
            word not in FUNCTION_WORDS and word.startswith("ال") == definite and \
            not _verb_of_the_act(word, verbs) and word.endswith(_ADJECTIVE_ENDINGS) and \
            (only is None or word.removeprefix("ال") in only):
        at += len(word) + 1
        word = _word_after(norm, at)
        skipped += 1
    return at, skipped


def _verb_of_the_act(word: str, verbs: frozenset[str], pronouns: tuple[str, ...] = _ACT_PRONOUNS) -> bool:
    """Whether ``word`` is one of ``verbs`` with a pronoun for the act it follows: "نفذه"، "شنتها"، "ارتكبها"
    (and "تبناها": the final alif maqsura, normalized ي, is written ا before the pronoun)."""
    return any(word.endswith(suffix) and ((stem := word[: -len(suffix)]) in verbs or (
        stem.endswith("ا") and stem[:-1] + "ي" in verbs)) for suffix in pronouns)


def _killed_then_wounded(norm: str, h: TriggerHit) -> bool:
    """"إن جنديا تركيا قتل وأصيب آخر": a killing verb followed at once by "and … was wounded" is a passive
    (a toll), whatever stands before it."""
    return _killed_singular(norm, h.end) and _word_after(norm, h.end).strip("،,") in _WOUNDED_TOO


def _casualty_pair(norm: str, verb_end: int, after: list[_M]) -> bool:
    """"قتل رقيب شرطة وأصيب ثلاثة مجندين": a killing verb whose first mention is followed by "and … were
    wounded" (a passive only) reports a toll: that mention was killed, it killed no one."""
    if not after or (after[0].prep is not None and not _member_of(norm, verb_end, after[0])):
        return False  # ("قتل ضابط في الجيش التركي وأصيب آخر": a member of the army was killed)
    if not _killed_singular(norm, verb_end) or \
            _words_between(norm, verb_end, after[0].start - len(after[0].clitic)) > 3:
        return False
    following = norm[after[0].end : after[0].end + 40].replace("،", " ").replace(",", " ").split()[:2]
    return any(w in _WOUNDED_TOO for w in following)


def _word_after(norm: str, pos: int) -> str:
    """The word right after ``pos`` ("" at the end of the text)."""
    following = norm[pos : pos + 30].split()[:1]
    return following[0] if following else ""


def _hit_end(h: TriggerHit) -> int:
    """Where a hit's words end: a gapped verb phrase ends with its complement ("شنت … غارة")."""
    return h.tail_end if h.gapped else h.end


def _aimed_at_a_goal(norm: str, h: TriggerHit) -> bool:
    """Whether the word after استهدف is a verbal noun of a goal ("توفير"، "تعزيز"، "زيادة") rather than a
    target: the verb then means "aims at"."""
    verb = norm[h.start : h.end]
    if verb.endswith(("ها", "ه", "هم")) and not verb.endswith("ته"):
        # "النسبة السنوية التي يستهدفها البنك المركزي": what is aimed at is the noun the relative describes
        before = norm[max(0, h.start - len(h.prefix) - 50) : h.start - len(h.prefix)].split()
        if len(before) >= 2 and before[-1] in RELATIVES:
            noun = next((w for w in reversed(before[:-1]) if not _is_adjective_like(w)), before[-2])
            bare = noun[2:] if noun.startswith("ال") else noun
            if bare in GOALS or bare in _ABSTRACT_TARGETS or bare in AMOUNTS or bare in _LEVELS:
                return True
    words = [w.strip(_PUNCTUATION) for w in norm[h.end : h.end + 60].split()[:4]]
    first = words[0][2:] if words and words[0].startswith("ال") else (words[0] if words else "")
    if first and (_TAFIL_SHAPE.match(first) or first in GOALS or first in _ABSTRACT_TARGETS):
        return True  # (and "مؤامرة تستهدف أمن بلاد الحرمين": what is aimed at is no one's body or property)
    for word in words:  # past a definite subject, a listed goal only: "يستهدف المعيار السعودي تحسين"
        if not word.startswith("ال"):
            return word in GOALS
    return False


def _arrives_at_no_place(norm: str, pos: int) -> bool:
    """Whether what arrives, within a few words after ``pos``, arrives at no place: a level ("إلى مستوى قياسي"),
    a state of things or an office ("إلى مقعد الرئاسة", and with ل past the one who arrives: "وصول الرئيس
    فلاديمير بوتين أول مرة للسلطة")."""
    words = [w.strip(_PUNCTUATION) for w in norm[pos : pos + 90].split()[:7]]
    for i, w in enumerate(words):
        if any(_strip_article(v) in _TAKING_TO for v in words[:i]):
            return False  # ("بعد التوصل إلى اتفاق": what إلى goes with)
        if (i + 1 < min(len(words), 5) and w in (TO, "الي") and _strip_article(words[i + 1]) in _NO_DESTINATIONS) or (
                w.startswith("لل") and w[2:] in _NO_DESTINATIONS):
            return True
    return False


# words that take إلى themselves, between an arrival and what follows: "تجيء زيارته بعد التوصل إلى اتفاق"
_TAKING_TO = frozenset(normalize_key(w) for w in ("توصل", "انضمام", "دعوة", "سعي", "حاجة", "استناد", "نظر", "تحول"))
_LEVELS = frozenset(normalize_key(w) for w in ("معدل", "مستوى", "رقم", "هدف", "سعر", "أسعار", "نمو", "مبلغ"))
# what one arrives at that is no place: a level, a state of things or an office ("وصل إلى مقعد الرئاسة", "وصلت
# إلى حد", "الوصول إلى طاولة المفاوضات")
_NO_DESTINATIONS = _LEVELS | frozenset(normalize_key(w) for w in (
    "حد", "حالة", "مرحلة", "درجة", "ذروة", "نهاية", "طريق", "نتيجة", "اتفاق", "تسوية", "حل", "قناعة", "طاولة",
    "مقعد", "منصب", "سدة", "سلطة", "حكم", "رئاسة", "خدمات", "نهائي", "مرتبة"))


def _is_adjective_like(word: str) -> bool:
    """A definite word ending in ية/ي after its noun ("النسبة السنوية"): an adjective, skipped back past."""
    return word.startswith("ال") and word.endswith(("يه", "ي"))


_ABSTRACT_TARGETS = frozenset(normalize_key(w) for w in (
    "أمن", "استقرار", "وحدة", "سيادة", "هوية", "ثوابت", "قيم", "عقول", "فكر", "عقيدة", "سمعة", "مكانة", "مستقبل"))


# particles between a subject and its verb ("أمير قطر سوف يستقبل لافروف", "الرئيس لم يزر")
_PARTICLES_BEFORE_VERB = frozenset(normalize_key(w) for w in ("سوف", "قد", "لقد", "لم", "لن", "لا"))


def _adjectives_only(text: str) -> bool:
    """One or two definite words, or feminine nisba adjectives, and nothing else: adjectives still describing
    the mention before them ("البحرية الفيتنامية الشمالية تهاجم", "قوات برية استهدفت")."""
    words = text.split()
    return 0 < len(words) <= 2 and all(
        (w.startswith("ال") or (w.endswith("يه") and len(w) >= 4 and w not in FUNCTION_WORDS)) and w.isalpha()
        for w in words)


def _he_did(phrase: str) -> bool:
    """A verb whose own form says "he" (perfect with no suffix, imperfect with ي and no plural ending), once
    an object pronoun is taken off ("أجبرتهم" is "she forced them")."""
    verb = phrase.split(" ", 1)[0]
    for suffix in ("هما", "هم", "هن", "ها", "ه", "ني", "كم"):
        if verb.endswith(suffix) and len(verb) - len(suffix) >= 3:
            verb = verb[: -len(suffix)]
            break
    return not verb.endswith(("ت", "وا", "و", "ون", "ان", "تم", "نا")) and not verb.startswith(("ن", "ت"))


def _participle(word: str) -> bool:
    """"مؤكدا", "مشيرة", "قائلا": an active participle of saying, which has no subject of its own."""
    return word.startswith(("م", "قائل", "لافت")) and word.endswith(("ا", "ة", "ه"))


_BEFORE_A_VERB = NEGATORS | AUXILIARIES  # words that may stand between a pronoun subject and its verb


def _word_before_past(norm: str, pos: int, skipped: frozenset[str], at_most: int) -> tuple[str, int]:
    """The word before ``pos`` past at most ``at_most`` words of ``skipped`` ("أنه لم يلتق" -> "أنه"), and the
    position it ends at."""
    word = _word_before(norm, pos)
    for _ in range(at_most):
        if word not in skipped:
            break
        pos -= len(word) + 1
        word = _word_before(norm, pos)
    return word, pos


def _subject_between_kana_qad(norm: str, pos: int, floor: int) -> bool:
    """Whether the verb at ``pos`` closes "كان … قد" with words between them, its subject, named or not ("وكان
    مكتب العمل في محافظة الأفلاج قد دعا جميع الشركات", "وكان الرئيس قد التقى وزير الخارجية"): what
    follows the verb is then its object (unless the verb carries a pronoun for that noun: "وكانت بريم …
    قد خطفهما مسلحون")."""
    words = [_unconjoined(w) for w in norm[max(floor, pos - 120) : pos].split()]
    if not words or words[-1] != _QAD:
        return False
    return any(w in _WERE for w in words[:-2])


def _describing_verb(norm: str, sent: _Sentence, h: TriggerHit, perfects_in_t: frozenset[str]) -> bool:
    """Whether an imperfect verb describes the indefinite noun and adjective right before it, a clause with no
    relative pronoun ("منظمة إرهابية تستهدف الولايات المتحدة", "جماعات مسلحة تقتل المدنيين"): the noun is its
    subject, so the name after it is its object. Not a form V perfect ("تجاهل"), nor a verb with an object
    pronoun, whose subject then follows it ("قمة عربية تستضيفها مصر")."""
    verb = norm[h.start : h.end].split(" ", 1)[0]
    if h.prefix or h.trigger.pos != "verb" or not (verb[:1] == "ي" or (verb[:1] == "ت" and verb not in perfects_in_t)) \
            or _object_suffix(norm, h):
        return False
    words = norm[max(sent.start, h.start - 40) : h.start].split()[-2:]
    if len(words) < 2 or any(w[-1] in _PUNCTUATION or w.startswith(("ال", "وال", "بال", "لل")) for w in words):
        return False
    noun, adjective = (_unconjoined(w) for w in words)
    start = h.start - 1 - len(words[0]) - 1 - len(words[1])  # (where the noun begins)
    return adjective.endswith(("يه", "يون", "يين", "يات")) and noun not in COMPLEMENTIZERS and \
        not any(m.start < h.start - 1 and m.end > start for m in sent.mentions)  # (not "قوات سورية تستهدف")


def _noun_subject_before(norm: str, pos: int, sent_start: int) -> bool:
    """Whether a definite noun stands between "that", or the sentence's start, and the verb at ``pos``: its
    subject, named or not ("إن السلطات اعتقلت أحد أقارب الرئيس", "الممثلة دعت السلطات الأميركية"): what
    follows the verb is then its object (unless the verb carries a pronoun for that noun, its object: "أن
    الاقتراح رفضته «أحرار الشام»"; and not a time: "اليوم تستقبل")."""
    words = norm[max(sent_start, pos - 40) : pos].split()[-2:]
    if len(words) == 1 and len(norm[sent_start:pos].split()) == 1:
        words = ["", words[0]]  # the sentence opens with it
        if _unconjoined(words[1]) in _TIME_WORDS or len(words[1]) <= 4:
            return False
    if len(words) == 2 and (words[0] in COMPLEMENTIZERS or not words[0]) and words[1].startswith("ال") \
            and words[1][-1:] not in _PUNCTUATION:
        return True
    # (or a noun in the construct state and its definite genitive: "إن أزمة الهجرة تهدد أوروبا", a head
    # whose ending makes it a noun, ة (ه once normalized) or ات; not a preposition's or a time's: "للمرة
    # الأولى قصفت طائرات حربية تركية", "ليلة الأحد")
    window = max(sent_start, pos - 60)
    before = norm[window:pos].split()
    three = ["", *before] if window == sent_start and len(before) == 2 else before[-3:]
    return len(three) == 3 and (three[0] in COMPLEMENTIZERS or not three[0]) and \
        three[1].endswith(("ه", "ات")) and not three[1].startswith(("ال", "لل", "بال", "كال", "وال", "فال")) and \
        _unconjoined(three[1]) not in _TIME_WORDS and three[2].startswith("ال") and three[2][-1:] not in _PUNCTUATION


def _of_the_matter(norm: str, h: TriggerHit) -> bool:
    """Whether "أنه" before the verb at ``h`` is the pronoun of the matter (ضمير الشأن), not its subject: the
    verb is feminine or plural, so it cannot agree with "he" ("أعلن المرصد أنه قصفت قوات النظام مناطق"),
    and its subject follows it."""
    return _unconjoined(_pronoun_before(norm, h.start - len(h.prefix))) in _HE_THAT and \
        h.trigger.pos == "verb" and h.trigger.note.startswith(("she", "they"))


_HE_THAT = frozenset(normalize_key(w) for w in ("أنه", "إنه", "بأنه"))


def _pronoun_before(norm: str, pos: int) -> str:
    """The word before a verb at ``pos``, past negators and auxiliaries ("أنه لم يلتق" -> "أنه")."""
    return _word_before_past(norm, pos, _BEFORE_A_VERB, 3)[0]


def _opens_clause_between(norm: str, a: int, b: int) -> bool:
    """Whether a subordinate or following clause opens between ``a`` and ``b``: "بعدما", "عندما", "حيث", "ثم" …
    or "بعد أن"/"قبل أن"."""
    raw = norm[a:b].split()
    words = [_unconjoined(w) for w in raw]
    # (but "تستهدف حزب العمال كما تنظيم داعش": كما right before a name joins it, "as well as"; and a verb of
    # saying after a comma or و opens what is said and to whom: "هاجم مسلحو بوكو حرام القرية، الأحد،
    # موضحا لوكالة فرانس برس")
    return any((w in CLAUSE_OPENERS and not (w == _AS and i == len(words) - 1)) or w in _CHARGED_WITH
               or (w in ("ان", "أن") and i and words[i - 1] in ("بعد", "قبل"))
               or (w in SAYING and (raw[i] != w or (i and raw[i - 1][-1:] in ("،", ","))))
               for i, w in enumerate(words))


_AS = normalize_key("كما")
_POSTED_TO = normalize_key("لدى")
_OPPOSED_TO = frozenset(normalize_key(w) for w in (
    "المناهضين", "المناهضة", "المناهض", "مناهضين", "مناهضة", "المناوئين", "المناوئة", "مناوئين", "المعادين",
    "المعادية", "معادية", "معادين"))
_DIPLOMATS = frozenset(normalize_key(w) for w in (
    "سفير", "السفير", "سفيرة", "السفيرة", "سفارة", "السفارة", "سفراء", "مندوب", "المندوب", "مندوبة", "المندوبة",
    "ممثل", "الممثل", "قنصل", "القنصل", "القائم", "مبعوث", "المبعوث"))
# "القبض عليها بتهمة قتل مقيمة أمريكية": the charge's victim is no one the arrest was done to
_CHARGED_WITH = frozenset(normalize_key(w) for w in ("بتهمة", "بتهم", "بتهمتي"))


def _opens_dropped_subject(norm: str, pos: int) -> bool:
    """Whether the verb at ``pos`` opens a clause that goes on about someone already named: after "بعدما",
    "حيث", "لكنه", "بعد أن" … (past "قد"، "لم"، "كان"), not after a noun it describes ("بشكل يدعو")."""
    word, pos = _word_before_past(norm, pos, AUXILIARIES, len(norm))
    if word in CLAUSE_OPENERS:
        return True
    return word in ("ان", "أن") and _word_before(norm, pos - len(word) - 1) in ("بعد", "قبل")


# masculine singular heads of titles and bodies, which a feminine verb before them does not take as subject
_MEN_TITLES = frozenset(normalize_key(w) for w in ("شيخ", "سيد", "سلطان", "إمام", "جنرال", "عقيد", "لواء", "عميد",
                                                   "دكتور", "أستاذ", "مهندس"))
_MASCULINE_HEADS = frozenset(normalize_key(w) for w in (
    "رئيس", "وزير", "ملك", "أمير", "سفير", "متحدث", "مسؤول", "ممثل", "مبعوث", "قائد", "زعيم", "نائب", "مندوب",
    "جيش", "برلمان", "مجلس", "شعب", "أمين", "مدير", "محافظ", "حاكم", "مرشد", "مستشار", "مفوض",
    # bodies: "استهدفت حزب العمال الكردستاني" (the strikes targeted it), "أعلن الاتحاد الأوروبي"
    "حزب", "تنظيم", "اتحاد", "تحالف", "حرس", "فصيل", "نظام", "جهاز"))


# the heads of names often written in quotation marks after them: "تنظيم «داعش»", "صحيفة «الحياة»"
_QUOTED_NAME_HEADS = frozenset(normalize_key(w) for w in (
    "تنظيم", "حركة", "جماعة", "جبهة", "حزب", "صحيفة", "وكالة", "قناة", "موقع", "منظمة", "ميليشيا", "ميليشيات",
    "مليشيات", "ائتلاف", "تحالف", "كتائب", "ألوية", "فصيل", "مجموعة", "شبكة", "مجلة"))
_B_COMPLEMENT_TYPES = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT"})  # ندد ب، رحب ب، طالب ب، اعترف ب
_B_NOUNS = frozenset(normalize_key(w) for w in ("بيان", "بعثة", "بعض", "بلدية", "بريد"))  # (ب is their own)


def _quoted_name_head(words: list[str]) -> list[str]:
    """The words between a verb and a name, without a lone quotation mark after the name's head: in "هاجم
    تنظيم «داعش» الجيش" one word, the head of the subject, stands between."""
    if len(words) >= 2 and not words[-1].strip(_QUOTES) and _unconjoined(words[-2]) in _QUOTED_NAME_HEADS:
        return words[:-1]
    return words


def _complement_head(h: TriggerHit, word: str) -> bool:
    """Whether the one word between a verb and a name heads the verb's complement, so that the name is that
    word's genitive, not the verb's subject: a word after ب for a verb that takes it ("تندد بجرائم «داعش»"),
    or a masculine head after a feminine verb ("تؤيد تنظيم «داعش»": the messages support it)."""
    t = h.trigger
    if t.type in _B_COMPLEMENT_TYPES and word[:1] == "ب" and len(word) > 3 and word not in _B_NOUNS:
        return True
    bare = word[2:] if word.startswith("ال") else word
    return t.note.startswith("she") and bare in _MASCULINE_HEADS


def _disagrees(norm: str, h: TriggerHit, m: _M) -> bool:
    """Whether a feminine verb (the lexicon glosses it "she …") stands right before a masculine noun, which
    it then does not take as its subject: "تهدد الشعب الليبي", "ودعت الكينيين", "تحث المسؤولين" (a verb before
    its subject agrees with it in gender; states and bodies named by feminine nouns do agree: "قالت
    الحكومة", "تهدد إيران")."""
    if not h.trigger.note.startswith("she") or m.clitic:
        return False
    if m.start - len(m.clitic) != _hit_end(h) + 1:
        # a person after a man's title the mention leaves out: "واستقبلت الشيخ هاشمي رفسنجاني"
        between = norm[_hit_end(h) : m.start].split()
        return m.mention.kind == "person" and len(between) == 1 and _strip_article(between[0]) in (
            _MASCULINE_HEADS | _MEN_TITLES)
    head = norm[m.start : m.end].split(" ", 1)[0]
    bare = head[2:] if head.startswith("ال") else head
    if m.mention.kind in ("title", "institution", "group", "organization") and bare in _MASCULINE_HEADS:
        return True
    # a sound masculine plural: "المسؤولين", "المواطنين", "الكينيين" (people, not a state)
    return m.mention.kind in ("title", "institution", "group", "nisba") and len(bare) > 4 \
        and bare.endswith(("ون", "ين")) and not m.mention.kind == "person"


def _state_then_state(norm: str, after: list[_M]) -> bool:
    """Whether the first two mentions after a verb are states, one right after the other with no preposition:
    the subject, then the object ("احتلت أمريكا العراق", "زارت فرنسا الجزائر")."""
    return len(after) > 1 and after[1].mention.kind in ("capital", "country") and after[1].prep is None and \
        not after[1].clitic and _words_between(norm, after[0].end, after[1].start) == 0


def _subject_before_aside(norm: str, before: list[_M], verb_start: int, floor: int) -> list[_M]:
    """The subject named before a description set off by commas right before a verb: "متمردي حزب العمال
    الكردستاني، المصنف تنظيما إرهابيا من قبل تركيا والولايات المتحدة، هاجموا" (the description opens with
    a definite adjective or a relative pronoun, not with a name: "، الجيش هاجم" is a clause of its own)."""
    text = norm[floor:verb_start].rstrip()
    if not text.endswith(("،", ",")):
        return []
    close = floor + len(text) - 1
    opening = max(norm.rfind("،", floor, close), norm.rfind(",", floor, close))
    words = list(re.finditer(r"\S+", norm[opening + 1 : close])) if opening >= 0 else []
    if not words or not (words[0].group() in RELATIVES or words[0].group().startswith("ال")):
        return []
    first = opening + 1 + words[0].start()
    if any(m.start - len(m.clitic) == first for m in before):
        return []
    return _subject_before(norm, [m for m in before if m.end <= opening], opening, _clause_start(norm, opening, floor))


def _plural_verb(phrase: str) -> bool:
    """A verb that carries its plural subject ("اختطفوا", "يحتجون"): a verb before its subject stays singular
    ("اختطف المسلحون"), so what follows a plural verb is its object, and the subject was named before."""
    verb = phrase.split(" ", 1)[0]
    return len(verb) > 4 and (verb.endswith("وا") or (verb[0] in "يت" and verb.endswith("ون")))


_CIRCUMSTANCE = frozenset(normalize_key(w) for w in (
    "في", "خلال", "إثر", "اثر", "جراء", "عقب", "بعد", "قبل", "أثناء", "وسط", "خلف"))


# a preposition before a verb-like form makes it a verbal noun (no perfect verb follows بعد without أن)
def _content_after_preposition(norm: str, h: TriggerHit, word_before: str) -> bool:
    """Whether a verb-headed phrase right after إلى or على is a verbal noun, the content a call, promise or
    agreement governs ("دعا تنظيم القاعدة إلى شن هجمات ضد الغرب"), not an adjunct ("بناء على طلب من تركيا")."""
    if h.prefix or word_before not in _CONTENT_PREPOSITIONS:
        return False
    return _word_before(norm, h.start - len(word_before) - 1) not in _ADJUNCT_HEADS


_CONTENT_PREPOSITIONS = frozenset(normalize_key(w) for w in ("إلى", "الى", "على"))
_ADJUNCT_HEADS = frozenset(normalize_key(w) for w in (
    "بناء", "بناءا", "ردا", "تعقيبا", "علاوة", "فضلا", "استنادا", "اعتمادا", "تأكيدا"))
_NOUN_GOVERNORS = _CIRCUMSTANCE | frozenset(normalize_key(w) for w in (
    "على", "إلى", "الى", "ضد", "حول", "بسبب", "منذ", "عبر", "لدى", "مع", "تجاه", "نحو", "جراء"))
# (not عن: "امتناع إيران عن دخول مفتشي الوكالة" keeps its phrase verbal, so the refusal's agent reaches it)
_DURING = frozenset(normalize_key(w) for w in ("خلال", "أثناء", "اثناء", "في"))




CLASH = "193"  # fighting with small arms: "اشتباكات مع"
_ARRIVING = MOTION | frozenset(normalize_key(w) for w in ("وصول", "الوصول", "لوصول", "للوصول", "بوصول"))


def _seat_of_power(m: _M) -> bool:
    """Whether a mention is a state's power (government, forces, courts, parliament, its seat), which does not
    march in the streets."""
    return m.mention.kind in ("metonym", "capital") or m.mention.code.endswith((":GOV", ":MIL", ":COP", ":JUD", ":LEG"))


def _armed_body(m: _M) -> bool:
    """Whether a mention names a force as a body (not a person or a title: a defence minister visits)."""
    return m.mention.code.endswith((":MIL", ":COP", ":REB")) and m.mention.kind not in ("person", "title")


def _tried(norm: str, h: TriggerHit) -> bool:
    """Whether a verbal noun is what a verb of trying or managing governs ("تمكنت القوات من الوصول")."""
    light = _light_verb_before(norm, h.start - len(h.prefix))
    if light is None:
        return False
    word = _word_after(norm, light).strip("،,")
    return any(form in TRYING for form in (word, word[1:], word[2:]))


_EACH = frozenset({"كل", "كلا"})  # "كل من قطر والكويت": each of them
_PARTS_OR_EACH = PARTITIVES | _EACH


def _light_subjects(norm: str, sent: _Sentence, light: int, h: TriggerHit) -> list[_M]:
    """The names between a light verb and its verbal noun that can be the verb's subject: bare ones outside any
    phrase of a preposition ("منذ أن باشر متمردو حزب العمال شن هجمات"; not "يعقد في العاصمة القطرية اجتماع"),
    and a group a part of which acts ("قامت مجموعة من داعش بإطلاق النار")."""
    def in_a_phrase(m: _M) -> bool:
        words = norm[light : m.start].split()[1:]
        return any(w in _ALL_PREPS and not (w == FROM and i and words[i - 1] in _EACH) for i, w in enumerate(words))

    return [m for m in sent.mentions if light < m.start < h.start and (
        (m.prep is None and not in_a_phrase(m))
        or (m.prep == FROM and _word_before(norm, m.start - len(m.clitic) - len(FROM) - 1) in _PARTS_OR_EACH))]


_IN_VAIN = re.compile(r"(?:دون|بدون|بلا) جدوي|عبثا")


def _light_negated(norm: str, h: TriggerHit, floor: int) -> bool:
    """Whether the verb governing a verbal noun is negated, or said to have failed: "لم تتمكن الأمم المتحدة من
    نقل مساعدات", "ولا تتمكن الشرطة من مصادرة", "حاول دون جدوى إيصال مساعدة"."""
    light = _light_verb_before(norm, h.start - len(h.prefix))
    if light is None or light < floor or _unconjoined(_word_after(norm, light)) in _CEASING:
        return False  # ("لم تتوقف عن تعذيب المحتجزين": not ceasing is going on)
    before = norm[max(floor, light - 12) : light].split()[-1:]
    return (bool(before) and _negates_verb(before[0])) or _IN_VAIN.search(norm, light, h.start) is not None


# (not ما, which before a light verb is mostly "what": "ما أقدمت عليه قوات الاحتلال من اعتداء")
_VERB_NEGATORS = frozenset(normalize_key(w) for w in ("لم", "لن", "لا", "ليس", "ليست"))


def _negates_verb(word: str) -> bool:
    """Whether ``word`` negates the verb after it, with or without و/ف: "لم", "ولا", "فلن"."""
    return word in _VERB_NEGATORS or (word[:1] in ("و", "ف") and word[1:] in _VERB_NEGATORS)


_THREW = "ألقى"  # "ألقي القبض": written with ya, the passive (not "سأجري محادثات", I will hold talks)
_QUOTING = re.compile(r"(?:^|\s)(?:قوله|قولها|قولهم)(?:\s|$)")  # "نقلت وسائل إعلام عن أوباما قوله": his words
_PRESS = frozenset(normalize_key(w) for w in ("وسائل", "إعلام", "الإعلام", "صحف", "الصحف", "وكالات", "الوكالات",
                                                "صحيفة", "الصحيفة", "وكالة", "الوكالة"))


def _the_media(norm: str, m: _M) -> bool:
    """Whether a mention is the press in general ("وسائل إعلام هندية", "صحف بريطانية", "الصحيفة"), whose
    reports keep the newspaper's voice as a named outlet's do (not a journalist, "قال نقيب الصحفيين", nor
    an army's media office, "خلية الإعلام الحربي")."""
    if not (m.mention.code.endswith(":MED") and norm[m.start : m.end].split(" ", 1)[0] in _PRESS):
        return False
    start = m.start - len(m.clitic)
    word = _word_before(norm, start)
    if word == _MEANS_OF:
        word = _word_before(norm, start - len(word) - 1)  # ("ذكرت وسائل إعلام": the mention is "إعلام")
    # its own report, told verb first or subject first ("ذكرت وسائل الإعلام", "صحيفة الإندبندنت قالت"; not
    # "رؤساء تحرير وسائل إعلام تركية", who only attended, nor "رئيس تحرير صحيفة السياسة", a person)
    return _unconjoined(word) in SAYING or any(w in SAYING for w in norm[m.end : m.end + 40].split()[:2])


_MEANS_OF = normalize_key("وسائل")


def _purpose_verb(norm: str, light: int) -> bool:
    """Whether the light verb at ``light`` is one of purpose, with ل: "ليقوم", "لتتمكن"."""
    word = _word_after(norm, light)
    return word[:1] == "ل" and word[1:] in LIGHT_VERBS


# places and things a nationality describes without making their country a doer ("ظهرت قوة الاقتصاد السعودي",
# "في أطراف العاصمة الأوكرانية", "وحدة الأراضي السورية")
_THING_HEADS = frozenset(normalize_key(w) for w in (
    "العاصمة", "الاقتصاد", "الأزمة", "الحدود", "الأراضي", "المدن", "المدينة", "السجون", "المحافظات",
    "المحافظة", "المعسكرات", "الجامعات", "المنتجات", "السوق", "الأسواق", "المياه", "اللغة", "الأصول", "الساحة",
    "الأجواء", "السواحل", "الجزر", "الشواطئ", "المناطق", "المنطقة", "القرى", "الأحياء", "الشوارع", "الطرق",
    "الموانئ", "الثقافة", "التاريخ", "الطاقة", "العملة", "الصادرات", "الواردات", "القضية", "الملف", "الشأن",
    "البورصة", "الأسهم", "الشركات", "المصارف", "البنوك", "الأندية", "الدوري", "المنتخبات", "البضائع", "السلع",
    "المصالح"))  # ("مقاطعة البضائع الدنماركية": Danish goods, boycotted by others)


_RECEIVING_OUTLET = frozenset(normalize_key(w) for w in (
    "تلقته", "تلقتها", "تلقت", "عليه", "عليها", "إحصاءات", "لإحصاءات", "تقديرات", "لتقديرات", "بحسب", "حسب",
    "وفقا", "زود", "زودت"))


def _outlet_as_receiver(norm: str, m: _M) -> bool:
    """Whether a news outlet is named as who received or counted something, not as a doer: "في بيان تلقته
    وكالة الصحافة الفرنسية", "بيانا حصلت عليه رويترز", "وفقا لإحصاءات رويترز"."""
    return m.mention.kind == "media" and _unconjoined(_word_before(norm, m.start - len(m.clitic))) in _RECEIVING_OUTLET


def _of_a_thing(norm: str, m: _M) -> bool:
    """Whether a bare nationality adjective describes a place or a thing right before it, so that its country
    is no doer: "الاقتصاد السعودي", "العاصمة الأوكرانية"."""
    return m.mention.kind == "nisba" and not m.clitic and m.prep is None and \
        _word_before(norm, m.start) in _THING_HEADS


def _governed_noun(norm: str, h: TriggerHit, before: list[_M]) -> bool:
    """Whether a phrase that could open with a verb ("طرد السفير") is a verbal noun governed by a verb of
    deciding, trying or doing whose subject stands right before it: "قررت الحكومة المصرية طرد السفير التركي"."""
    if not before or before[-1].prep is not None or _words_between(norm, before[-1].end, h.start - len(h.prefix)):
        return False
    light = _light_verb_before(norm, h.start - len(h.prefix))
    return light is not None and light < before[-1].start and _unconjoined(_word_after(norm, light)) not in ANNOUNCING


def _light_verb_before(norm: str, pos: int, means: bool = False) -> int | None:
    """The start of a light verb (بدأت، تقوم، أجرى …) governing a verbal noun, within twelve words before it;
    none when a preposition of circumstance governs the noun ("أعلن الجيش إصابة ثلاثة في هجوم"). With
    ``means`` (the noun after ب, عبر, من خلال: see ``_by_means``) a verb of responding governs it too: "ردت
    إسرائيل عبر اغتيال", "انتقمت بقصف" (but not "ردت على اغتيال": what was responded to)."""
    verbs = _LIGHT_OR_RESPONDING if means else LIGHT_VERBS
    if means and _word_before(norm, pos) in _DECREES:
        # "أصدرت الحكومة المصرية، قرارا بتمديد حالة الطوارئ": who issued the decree does the act it orders
        decree = pos - len(_word_before(norm, pos)) - 1
        issued = [w for w in re.finditer(r"\S+", norm[max(0, decree - 90) : decree])
                  if _unconjoined(w.group().strip("،,")) in _ISSUING]
        if issued:
            return max(0, decree - 90) + issued[-1].start()
    if _word_before(norm, pos) in _CIRCUMSTANCE and not means:
        if _word_before(norm, pos) != IN:
            return None
        verbs = _BEGINNING_IN  # "بدأ برنامج الأغذية العالمي … في توزيع المساعدات": what was begun
    head = norm[max(0, pos - 130) : pos]
    cut = max(head.rfind("،"), head.rfind(","), head.rfind("."))
    offset = max(0, pos - 130) + (cut + 1 if cut >= 0 else 0)
    head = norm[offset:pos]
    words = list(re.finditer(r"\S+", head))
    # eight words back, twelve for a verb of sending: a sender's style and name may take ten ("بعث خادم الحرمين
    # الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية"); twelve for every light verb let "أعلنت الشرطة مقتل …
    # بتفجير" make the police the bombers (tried, dropped)
    recent = words[-12:]
    about = _word_before(norm, pos) == ABOUT
    for i in range(len(recent) - 1, -1, -1):
        w = recent[i]
        token = w.group().strip("،,")
        bare = token.removeprefix("و").removeprefix("ف")
        bare = bare[1:] if bare[:1] == "س" and bare[1:] in verbs else bare  # "ستواصل ملاحقة"
        if bare[:1] == "ل" and bare[1:] in verbs and len(recent) - i > 2:
            bare = bare[1:]  # "لتتمكن إيران من اتهام" (but "ليبدأ باستقبال", with its subject dropped, tells
            # nothing of who begins)
        bare = bare if bare in verbs else token
        if (i < len(recent) - 8 and bare not in SENDING) or (
                i < len(recent) - 4 and bare in TRYING and all(w.group() != FROM for w in recent[i + 1 :])):
            continue  # (a verb of trying governs its noun closely, or through من: "حاولت إيران اتهام", "تمكنت
            # قوات الأمن المصرية في شمال سيناء من اعتقال"; not "حاولت التقاط صورة … في خامس هجوم")
        if bare in verbs or (about and i > 0 and _negated_ceasing(recent[i - 1].group(), token)):
            return offset + w.start()  # (and "لم تتوقف إسرائيل عن قصف": not stopping it is going on with it)
    return None


def _by_means(norm: str, h: TriggerHit) -> bool:
    """Whether a verbal noun is the means of a verb before it: after ب, عبر, بواسطة or من خلال."""
    if "ب" in h.prefix:
        return True
    before = _word_before(norm, h.start - len(h.prefix))
    return before in MEANS or (before == DURING and _word_before_that(norm, h.start - len(h.prefix), before) == FROM)


def _announced_death(norm: str, h: TriggerHit, light: int | None) -> bool:
    """Whether a death noun is the object of "أعلن" ("أعلن الجيش مقتل …"): its subject reports the death."""
    return light is not None and norm[h.start : h.end] in DEATH_NOUNS and _word_after(norm, light) in ANNOUNCING


def _demonstrated_against(norm: str, h: TriggerHit, recipient: list[_M]) -> list[_M]:
    """What of the recipients found for a demonstration it is against: not who holds, is counted or is
    compared (after لدى, من, عن, بين, with those joined to them by و: "أهالي العسكريين المختطفين لدى جبهة
    النصرة وتنظيم داعش"), and none when the first is whom one marches with ("مع عرب وإسرائيليين")."""
    kept: list[_M] = []
    dropping = False
    for m in recipient:
        dropping = m.prep in _NOT_PROTEST_TARGETS or (dropping and m.clitic == "و" and m.prep is None)
        if not dropping:
            kept.append(m)
    if kept and (kept[0].prep == WITH or (h.end < kept[0].start and WITH in norm[h.end : kept[0].start].split())):
        return []
    return kept


def _protest_target(norm: str, sent: _Sentence, h: TriggerHit, actor: list[_M]) -> list[_M]:
    """What a demonstration is against or marches to, anywhere in its clause ("تظاهر خمسة آلاف شخص امس في
    بيشاور ضد الناتو", "سار المتظاهرون حتى السفارة الإسرائيلية"), or who did what it protests ("استنكارا
    لحرق المستوطنين الإسرائيليين للطفل")."""
    clause_end = _clause_end(norm, h.end, sent.end)
    after = [m for m in sent.mentions if h.end <= m.start < clause_end and not any(a.start == m.start for a in actor)]
    # (not what an act named in between is against: "رفضهم للعمليات العسكرية ضد حزب العمال")
    target = [m for m in after if m.prep in PROTEST_TARGETS
              and not _after_an_act(norm, m.start - len(m.clitic) - len(m.prep) - 1)][:1]
    if not target and (against := _AGAINST_RE.search(norm, h.end, clause_end)) is not None and \
            not _after_an_act(norm, against.start()):
        # the genitive of what it is against: "ضد زيارة بوش", "ضد ما سموه جرائم حماس"
        target = [m for m in after if m.prep is None and against.end() <= m.start
                  and _words_between(norm, against.end(), m.start - len(m.clitic)) <= 3][:1]
    if not target and (why := _PROTESTING_AT.search(norm, h.end, clause_end)) is not None:
        target = [m for m in after if why.end() <= m.start and _words_between(norm, why.end(), m.start) <= 2][:1]
    if not target:
        # whom the protesters call on or want gone, later in the sentence: "تجمع المتظاهرون …، مطالبين رئيس
        # الوزراء العراقي نوري المالكي بفتح تحقيق", "على هتافات تطالب بـ«استقالة ثاباتيرو» رئيس الوزراء"
        for cue in _DEMANDING_AT.finditer(norm, h.end, sent.end):
            target = [m for m in sent.mentions if cue.end() <= m.start < sent.end and m.prep is None
                      and not m.mention.code.endswith(":CVL") and not any(a.start == m.start for a in actor)
                      and _words_between(norm, cue.end(), m.start - len(m.clitic)) <= 2][:1]
            if target:
                break
    return target


def _after_an_act(norm: str, pos: int) -> bool:
    """Whether the word before ``pos`` (where ضد stands) names an act, which the ضد phrase then completes."""
    word = _unconjoined(_word_before(norm, pos))
    return word in _ACTS_AGAINST or _strip_article(word) in _ACTS_AGAINST


def _coordinated_verb(norm: str, h: TriggerHit, sent_start: int) -> bool:
    """``…، وزادت``, ``خضع النظام …، إذ أفرج``: a verb joined to what came before by و/ف, or opening a clause
    of explanation or sequence, shares the earlier verb's subject."""
    if h.start - len(h.prefix) <= sent_start:
        return False
    return h.prefix.startswith(("و", "ف")) or _word_before(norm, h.start - len(h.prefix)) in CONTINUING


def _denied(norm: str, h: TriggerHit, floor: int) -> bool:
    """A verb of denial shortly before the act in the same sentence, with no contrast in between
    ("نفت الخارجية، الاثنين، صحة تقارير تحدثت عن إلغاء القمة")."""
    head = norm[floor : h.start - len(h.prefix)]
    if h.trigger.pos in ("verb", "participle") and head.rstrip().endswith(("،", ",")) and (
            h.prefix.startswith("و") or h.trigger.pos == "participle"):
        return False  # "نفت موسكو اي تورط، واتهمت العسكريين الاوكرانيين": a verb joined after the comma is a
        # clause of its own, not what is denied; so is a participle of circumstance ("نفى … أن تكون تركيا
        # تساعد داعش، متهما «قوى سوداء»")
    words = [_unconjoined(w.strip("،,\"«»()")) for w in head.split()][-DENIAL_REACH:]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in CONTRASTS:
            return False
        if words[i] in DENIALS:
            return True
        if words[i] in BE_FORMS and i > 0 and words[i - 1] in THAT and any(w in REFUSALS for w in words[:i - 1]):
            return True  # "رفض … أن تكون بلاده دعمت": refusing that something was so denies it
    return False


def _unconjoined(word: str) -> str:
    """``word`` without a leading conjunction و or ف when what remains is a word of its own ("ونفى" -> "نفى")."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


def _word_of(norm: str, h: TriggerHit) -> str:
    """The word a trigger starts, without a conjunction ("ورفضت" -> "رفضت")."""
    return _unconjoined(norm[h.start - len(h.prefix) : h.end])


def _refused_that(norm: str, h: TriggerHit, end: int) -> bool:
    """"رفض … أن تكون", "رفضت … تأكيد التقارير": a refusal that denies or declines to comment, which is
    not a REJECT event (CAMEO 016 and 011 are not coded)."""
    words = [w.strip("،,\"«»()") for w in norm[h.end : end].split()][:10]
    for i, w in enumerate(words):
        if w in THAT and i + 1 < len(words) and words[i + 1] in BE_FORMS:
            return True
        if w in DECLINED or w.removeprefix("ال") in DECLINED:
            return True
    return False


_CEASING = frozenset(normalize_key(w) for w in (
    "يتوقف", "تتوقف", "يتوقفوا", "يتوقفون", "توقف", "توقفت", "يكف", "تكف", "يكفوا", "كف", "كفت", "ينفك", "تنفك",
    "يتوان", "تتوان", "يتوانى", "تتوانى", "يتورع", "تتورع"))


def _not_ceased(norm: str, h: TriggerHit, clause_start: int) -> bool:
    """Whether a negated verb of ceasing governs the act through عن ("لم تتوقف إسرائيل عن قصف", "لا يكف عن"):
    the act is not stopped, it goes on (and is asserted: the negation is the ceasing's)."""
    words = norm[clause_start : h.start - len(h.prefix)].split()[-6:]
    for i in range(len(words) - 2, 0, -1):
        if _unconjoined(words[i]) in _CEASING:
            return _negated_ceasing(words[i - 1], words[i])
    return False


def _in_first_person(norm: str, h: TriggerHit, clause_start: int) -> bool:
    """Whether the act at ``h`` is told in the first person, and in the active: a form the lexicon glosses
    "we …"/"I …", a word with نا, "our" forces or نحن/إننا just before it, and no تم/جرى before it."""
    return (h.trigger.note.startswith(("we ", "I ")) or norm[h.start : _hit_end(h)].endswith("نا")
            or _OUR_FORCES.search(norm, clause_start, h.start) is not None
            or any(w.strip(_PUNCTUATION) in _WE_AND_I for w in norm[clause_start : h.start].split()[-3:])) and \
        _word_before(norm, h.start - len(h.prefix)) not in PASSIVE_MARKERS


def _negated_ceasing(previous: str, word: str) -> bool:
    """Whether ``word`` is a verb of ceasing and ``previous`` a negator before it ("لم تتوقف", "ولا يكف")."""
    return _unconjoined(word) in _CEASING and (
        previous in NEGATORS or (previous[:1] in ("و", "ف") and previous[1:] in NEGATORS))


def _negated(norm: str, h: TriggerHit, floor: int) -> bool:
    if _denied(norm, h, floor):
        return True
    words = norm[max(floor, h.start - len(h.prefix) - 25) : h.start - len(h.prefix)].split()[-2:]
    if h.prefix.startswith("ب") and words and words[-1] in NEGATORS:
        return True
    if words and words[-1] == ABOUT and any(_unconjoined(w) in REFRAINING for w in
                                            norm[max(floor, h.start - 60) : h.start].split()[-5:-1]):
        return True  # "امتناع إيران عن دخول مفتشي …", "امتنعت عن التصويت": refraining from it
    if len(words) == 2 and words[-1] == _MA and (words[0] in _MA_NOT_NEGATING or words[0].endswith(("،", ","))):
        return False  # "إذا ما هاجمت إسرائيل": a condition; "…، ما أجبر المسلحين على الانسحاب": which forced
    if words and _relative_ma(norm, h, words[-1]):
        return False  # "إعادة بناء ما دمرته الحرب": "what", the relative, not "not"
    return bool(words) and (words[-1] in NEGATORS or (len(words) == 2 and words[0] in NEGATORS
                                                      and words[1] in ("يكن", "تكن", "يعد", "تعد", "كان")))


_MA = normalize_key("ما")


def _result_ma(norm: str, h: TriggerHit) -> bool:
    """Whether the verb at ``h`` follows the ما of a result ("مما أجبر فرنسا", "…، ما دفع الحكومة"), whose
    subject is the fact just told: the name after the verb is then its object."""
    if h.trigger.pos != "verb" or h.prefix:
        return False
    word = _word_before(norm, h.start)
    if _unconjoined(word) == _FROM_WHICH:
        return True
    return word == _MA and _word_before(norm, h.start - len(word) - 1)[-1:] in ("،", ",")


_FROM_WHICH = normalize_key("مما")


def _relative_ma(norm: str, h: TriggerHit, before: str) -> bool:
    """Whether ``before``, the word before the verb at ``h``, is ما and the verb carries, or is followed by a
    preposition with, a pronoun that resumes it ("ما دمرته الحرب", "ما أقدمت عليه قوات الاحتلال"): ما is
    then "what", the relative, not "not", and the verb's subject follows it."""
    return _unconjoined(before) == _MA and (
        _object_suffix(norm, h) or _word_after(norm, _first_word_end(norm, h)) in _RESUMING_PREPOSITIONS)


# a preposition with the pronoun that resumes a relative ما after its verb ("ما تعرضت له", "ما قامت به")
_RESUMING_PREPOSITIONS = frozenset(normalize_key(w) for w in (
    "له", "لها", "لهم", "به", "بها", "بهم", "عليه", "عليها", "عليهم", "فيه", "فيها", "منه", "منها", "إليه",
    "إليها", "اليه", "اليها"))
# a plural in the construct state whose ending says it is no subject (accusative or genitive): "أجبر مسلحي الحوثي"
_OBLIQUE_CONSTRUCTS = frozenset(w for w in _MEMBER_CONSTRUCTS if w.endswith("ي"))  # "مسلحي", "قياديي" …
_PEOPLE_KINDS = frozenset({"group", "institution", "nisba", "title"})


def _finite_verb(norm: str, h: TriggerHit) -> bool:
    """Whether the word at ``h`` can only be a verb, not its verbal noun too: not the bare three letters that
    both share ("رفض", "قتل", "منع"; "دعا" is a verb), not a verbal noun's shape ("إطلاق", "مهاجمة")."""
    word = _unconjoined(norm[h.start - len(h.prefix) : h.end].split(" ", 1)[0])
    if word.startswith("ال") or (len(word) <= 3 and not word.endswith("ا")):
        return False
    return not (_DERIVED_VERBAL_NOUN.match(word) or _VERBAL_NOUN_SHAPE.match(word))


def _oblique(norm: str, m: _M) -> bool:
    """Whether a mention of people opens with a word whose case ending says it is no subject: a sound plural or
    dual in -ين ("أجبر المسلحين", "اعتقلت الشرطة المتظاهرين") or a plural construct in -ي ("مسلحي الحوثي");
    after a verb it is the object (a subject would be "المسلحون", "مسلحو"). After a form that is also a verbal
    noun it may be the noun's genitive agent ("رفض المتمردين للهدنة"), so the caller asks only after a verb."""
    if m.mention.kind not in _PEOPLE_KINDS:
        return False
    word = norm[m.start : m.end].split(" ", 1)[0]
    bare = word[2:] if word.startswith("ال") else word
    return word in _OBLIQUE_CONSTRUCTS or (bare.endswith("ين") and len(bare) >= 5)  # (not "الأمين العام")
_AGAINST = normalize_key("ضد")
# prisons, whose owner (the genitive after them) is the jailer
_PRISONS = frozenset(normalize_key(w) for w in (
    "سجون", "السجون", "معتقلات", "المعتقلات", "زنازين", "الزنازين", "أقبية", "سراديب"))  # (not سجن, also the
# verbal noun: "قضت محكمة بسجن رئيس الوزراء")


def _jailers(norm: str, sent: _Sentence, h: TriggerHit, actor: list[_M]) -> list[_M]:
    """The owner of prisons named in the clause of the act at ``h`` (at most one), not already its actor."""
    end = _clause_end(norm, h.end, sent.end)
    return [m for m in sent.mentions if h.end <= m.start < end and m not in actor and _jailer(norm, m)][:1]


def _jailer(norm: str, m: _M) -> bool:
    """Whether a mention is the owner of the prisons named right before it, past "نظام" ("في سجون نظام
    بشار الأسد", "بسجون الاحتلال")."""
    if m.prep is not None:
        return False
    before = norm[max(0, m.start - len(m.clitic) - 30) : m.start - len(m.clitic)].split()[-2:]
    if before and before[-1] in _REGIME_WORDS:
        before = before[:-1]
    return bool(before) and _unconjoined(before[-1]).lstrip("بل") in _PRISONS | {w[2:] for w in _PRISONS
                                                                                    if w.startswith("ال")}


_REGIME_WORDS = frozenset(normalize_key(w) for w in ("نظام", "النظام", "سلطات", "قوات", "الاحتلال", "احتلال"))
# imperfects of أشاد (praise) that are also those of شيّد (build): praise only with ب after them
_PRAISING_OR_BUILDING = frozenset(normalize_key(w) for w in ("يشيد", "تشيد", "يشيدون", "نشيد", "أشيد"))
_NOT_BA_OBJECTS = frozenset(normalize_key(w) for w in ("بدلا", "بين", "بعد", "بعض", "بسبب", "بشكل", "بينما", "بل",
                                                       "بدون", "بالقرب"))
_ONTO = frozenset(normalize_key(w) for w in ("على", "علي"))
_IT_IS_MENTIONED = normalize_key("يذكر")
_NOTED_THAT = THAT | frozenset(normalize_key(w) for w in ("أنه", "أنها", "بأنه"))  # "يذكر أنه في ديسمبر …"
_VOICES = frozenset(normalize_key(w) for w in (
    "مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "متحدث", "المتحدث", "ناطق", "الناطق", "الرسمي", "الرسمية",
    "مستشار", "مندوب", "ممثل", "قيادي", "عضو", "أعضاء", "بيان", "البيان", "باسم"))
_SPEAKS_FOR = _VOICES | BELONGING  # words before ل/في + whom a speaker speaks for
_WE_AND_I = frozenset(normalize_key(w) for w in ("نحن", "ونحن", "فنحن", "إننا", "وإننا", "فإننا", "أنا", "وأنا",
                                                  "إنني", "وإنني", "إني", "لأننا", "كنا", "لسنا"))
_WITH_NOT_AGAINST = frozenset({"SUPPORT", "AGREE", "CONSULT", "COOPERATE", "AID", "CONCEDE", "REQUEST"})


_FUTURE_RE = re.compile(r"(?:^|\s)[وف]?(?:" + "|".join(map(re.escape, FUTURE_CUES)) + r")(?:\s|$)")
# a likelihood right before the verb ("من المرجح أن تستخدم حق النقض"): the act is hypothetical
LIKELY_CUES = tuple(normalize_key(w) for w in ("من المرجح", "من المحتمل", "يرجح", "يحتمل", "من غير المستبعد",
                                                 # "ورجحت واشنطن توجيه ضربات جوية": judged likely, not done
                                                 "رجح", "رجحت", "ترجح", "رجحوا", "يرجحون", "توقع", "توقعت",
                                                 "يتوقع أن", "نتوقع أن", "تتوقع أن", "أتوقع أن",
                                                 # "المواقع المحتمل توجه المتظاهرين إليها": where they may go
                                                 "المحتمل", "المرجح", "المتوقع", "المفترض",
                                                 # "أعلنت مصادر عن احتمال الإفراج عن بولارد"
                                                 "احتمال", "إمكانية", "امكانية", "باحتمال", "بإمكانية"))
_LIKELY_RE = re.compile(r"(?:^|\s)[وف]?(?:" + "|".join(map(re.escape, LIKELY_CUES)) + r")(?:\s|$)")
# a likelihood governing a clause ("من غير المرجح أن تقوم إسرائيل باللجوء إلى شن ضربة"): further back
_LIKELY_THAT_RE = re.compile(r"(?:^|\s)[وف]?(?:" + "|".join(map(re.escape, (normalize_key(w) for w in (
    "من المرجح", "من المحتمل", "من غير المرجح", "من غير المحتمل", "من المستبعد", "من غير المستبعد", "يرجح",
    "من الممكن", "كان من الممكن", "بالإمكان",
    "يحتمل", "يستبعد")))) + r")\s+ان\s")
PREPARING = frozenset(normalize_key(w) for w in ("تمهيدا", "استعدادا", "تحضيرا"))
_QUOTE_MARKS = re.compile(r"[\"«»()]")
# the states "في حالة" names when it is no condition ("في حالة تأهب قصوى", "في حالة دفاع مستميت")
_STATE_OF = re.compile(r"(?<=" + normalize_key("حالة") + r"\s)(?:" + "|".join(normalize_key(w) for w in (
    "تأهب", "حرب", "طوارئ", "الطوارئ", "دفاع", "استنفار", "غضب", "ترقب", "صدمة", "حداد", "فوضى", "جمود", "ذهول",
    "هدوء", "توتر", "انعقاد", "حرجة", "خطرة", "جيدة", "صحية", "ركود", "حصار", "انهيار", "يرثى")) + r")(?:\s|$)")
_HYPOTHETICAL_RE = re.compile(r"(?:^|\s)[وف]?(?:" + "|".join(map(re.escape, CONDITIONALS)) + r")(?:\s|$)")


_DID_NOT = normalize_key("لم")
# before "ما لم", words that make ما the relative "what" (which did not …), not "unless"
_BEFORE_WHAT_NOT = frozenset(normalize_key(w) for w in (
    "هو", "وهو", "هي", "وهي", "هذا", "وهذا", "ذلك", "وذلك", "كل", "وكل", "من", "في", "على", "إلى", "عن", "بين",
    "أن", "وأن", "إن"))


def _aux(norm: str, h: TriggerHit, floor: int, perfects_in_t: frozenset[str], feared: bool) -> str:
    head = norm[max(floor, h.start - 60) : h.start - len(h.prefix)]
    words = head.split()
    cut = max((i for i, w in enumerate(words) if w in RELATIVES), default=-1)
    if cut >= 0:  # "ويتوقع إعلان نتيجة الاقتراع الذي قاطعته المعارضة": what a relative clause tells is not
        words = words[cut + 1 :]  # under the expectation before it
    # nor a clause joined after a comma ("حيث كانت بوكو حرام تستعد لشن هجوم، وأفاد الجيش عن مقتل عدد من
    # الإرهابيين": the deaths are told, not prepared)
    joined = max((i for i in range(1, len(words)) if words[i - 1][-1] in "،,؛" and words[i][0] == "و"), default=-1)
    if joined >= 0:
        words = words[joined:]
    elif words and words[-1][-1] in "،,؛" and h.prefix.startswith("و"):
        words = []  # (the trigger itself joined: "تستعد لاقتحام البلدة، واعتقلت الشرطة")
    if h.future or (words and words[-1] in ("سوف", "لن", "ولن", "فلن")):
        return "future"
    if _FUTURE_RE.search(" ".join(words[-6:])):
        return "future"
    verb = norm[h.start : h.end].split(" ", 1)[0]  # (a verb phrase's verb: "قد تشن هجمات")
    if words and words[-1] in MAY_HAVE and h.trigger.pos in ("verb", "phrase") and verb[:1] in ("ي", "ت", "ن") \
            and not verb.endswith("وا") and verb not in perfects_in_t:
        return "hypothetical"  # (قد + imperfect; "وقد اتهمت", form VIII, and "وقد تظاهر", form V, are past acts)
    if len(words) >= 2 and words[-2:] == [_MA, _DID_NOT] and (len(words) == 2 or words[-3] not in _BEFORE_WHAT_NOT):
        return "hypothetical"  # "سيعدمونه ما لم تطلق الحكومة سراح المعتقلات": unless (not "وهو ما لم يحدث")
    if any(not _STATE_OF.match(m.string, m.end()) for m in _HYPOTHETICAL_RE.finditer(" ".join(words[-10:]))):
        return "hypothetical"  # (not "في حالة دفاع مستميت", "في حالة تأهب": a state, no condition)
    if _LIKELY_RE.search(_QUOTE_MARKS.sub("", " ".join(words[-4:]))):
        return "hypothetical"  # "من المرجح أن تستخدم حق النقض": a likelihood, not an act
    if _LIKELY_THAT_RE.search(_QUOTE_MARKS.sub("", " ".join(words[-12:])) + " "):
        return "hypothetical"
    if words and words[-1] in PREPARING and h.prefix.endswith("ل"):
        return "future"  # "تمهيدا لاقتحامها": what a step prepares has not happened yet
    if feared:
        return "hypothetical"  # "تخشى السلطات من شن هجمات جديدة": feared, not done (``_fear_word``)
    return "actual"


def _since(norm: str, pos: int) -> bool:
    """Whether the date at ``pos`` follows منذ ("أول حوار استراتيجي بين مصر والولايات المتحدة منذ 2009"): when
    a time began, not when the act happened."""
    if norm.startswith(_SINCE, pos):
        return True  # (the year's pattern takes منذ in: "منذ 2009")
    words = norm[max(0, pos - 20) : pos].split()[-2:]
    return _SINCE in words[-1:] or (len(words) == 2 and _SINCE == words[0] and words[1] in _YEAR_WORDS)


_SINCE = normalize_key("منذ")
_YEAR_WORDS = frozenset(normalize_key(w) for w in ("عام", "العام", "سنة", "السنة", "مطلع", "أواخر", "أوائل", "بداية"))


def _nearest_date(dates: list[DateMention], h: TriggerHit, sent: _Sentence, norm: str) -> tuple[str | None, str | None]:
    inside = [d for d in dates if sent.start <= d.start < sent.end and d.value and not _since(norm, d.start)]
    if not inside:
        return None, None
    best = min(inside, key=lambda d: min(abs(d.start - h.end), abs(h.start - d.end)))
    return best.value, best.end_value


_CLASHES = frozenset(normalize_key(w) for w in (
    "اشتباك", "اشتباكات", "الاشتباكات", "مواجهات", "المواجهات", "مواجهة", "معارك", "المعارك", "معركة", "قتال"))
_CONFRONTING = frozenset(normalize_key(w) for w in (
    "يتصدى", "يتصدون", "تتصدى", "تصديه", "تصديهم", "يواجه", "يواجهون", "يقاتل", "يقاتلون", "تقاتل"))


def _fought_with(norm: str, sent: _Sentence, after: int) -> list[_M]:
    """Who killed the dead named before ``after``, as the side they fought: "قتل جندي تركي في اشتباكات مع
    مسلحين", "قتل باسم عاشور من كتائب القسام، الجناح العسكري لحركة حماس، عندما كان يتصدى للقوات الإسرائيلية"
    (within twelve words, past an apposition)."""
    for m in sent.mentions:
        if not after <= m.start < sent.end or _words_between(norm, after, m.start) > 12:
            continue
        word = _word_before(norm, m.start - len(m.clitic))
        # ("مع مسلحي داعش": with the body whose members they fought)
        with_them = m.prep == WITH or (m.prep is None and not m.clitic and word in _MEMBER_CONSTRUCTS
                                       and _nth_word_before(norm, m.start, 2) == WITH) or (
            # ("في مواجهات مع المقاومة الشعبية والجيش": joined to a side the lexicon does not know)
            m.prep is None and m.clitic == "و"
            and WITH in (side := norm[max(after, m.start - 60) : m.start].split()[-4:])
            and _joins(" ".join(side[len(side) - side[::-1].index(WITH) :])))
        if with_them and any(w in _CLASHES for w in norm[after : m.start].split()[-5:]):
            return [m]
        if word in _CONFRONTING and (m.prep == "ل" or (m.prep is None and not m.clitic)):
            return [m]
    return []


def _give_recipient(event: Event, recipient: list[_M], cameos: Mapping[str, Cameo]) -> None:
    """A later phrase names whom an event already coded was done to (its toll, its target): give it to the
    event when it has none, and name it in the event's gloss."""
    given = [m for m in recipient if m.mention.code not in event.actor]
    if not event.recipient and given:
        event.recipient = _codes(given)
        event.recipient_spans = [m.mention.span for m in given]
        if event.gloss_en is not None:
            at = event.gloss_en.index(" — ") + len(" — ") + len(_gloss_verb(event, cameos[event.cameo]))
            event.gloss_en = f"{event.gloss_en[:at]} -> {_names(given)}{event.gloss_en[at:]}"


def _give_actor(event: Event, actor: list[_M]) -> None:
    """A later phrase names who did an event already coded: give it to the event when it has no one, and name
    it in the event's gloss."""
    given = [m for m in actor if m.mention.code not in event.recipient]
    if not event.actor and given:
        event.actor = _codes(given)
        event.actor_spans = [m.mention.span for m in given]
        if event.gloss_en is not None and event.gloss_en.startswith(_NO_ONE):
            event.gloss_en = _names(given) + event.gloss_en.removeprefix(_NO_ONE)


def _countries(ms: list[_M]) -> frozenset[str]:
    """The main codes (countries, organizations) of ``ms``."""
    return mains(m.mention.code for m in ms)


def _codes(ms: list[_M]) -> list[str]:
    out: list[str] = []
    for m in ms:
        if m.mention.code not in out:
            out.append(m.mention.code)
    return out


_HEDGES = re.compile("|".join(HEDGE_VERBS))


def _hedged(norm: str, actor: list[_M]) -> bool:
    """Whether the text names the actor only with a hedge ("طائرة بدون طيار، يعتقد أنها أميركية")."""
    return any(_HEDGES.search(norm, m.start, m.end) for m in actor)


def _confidence(actor: list[_M], recipient: list[_M], h: TriggerHit, hedged: bool = False) -> float:
    score = 0.5
    if actor:
        score += 0.25 if not hedged else 0.1  # (an actor the text itself hedges is less sure)
    if recipient:
        score += 0.1
    if h.trigger.pos == "phrase":
        score += 0.1
    return round(min(score, 0.95), 2)


def _gloss(event: Event, cameo: Cameo, actor: list[_M], recipient: list[_M], trigger_text: str,
          hedged: bool = False) -> str:
    mode = {"future": " (planned)", "hypothetical": " (hypothetical)", "historical": " (background)"}.get(event.aux, "")
    target = f" -> {_names(recipient)}" if recipient else ""
    when = f", {event.date}" if event.date else ""
    who = {"quoted": " (quoted speech)", "author": " (the author's claim)"}.get(event.attribution, "")
    doer = f"{_names(actor)} (believed, as the text hedges it)" if hedged else _names(actor)
    evidence = f"[{event.type} {event.cameo}; '{trigger_text}']"
    return f"{doer} — {_gloss_verb(event, cameo)}{target}{mode}{when}{who} {evidence}"


def _gloss_verb(event: Event, cameo: Cameo) -> str:
    """What the gloss says was done: "did NOT " and the CAMEO code's name, as a verb phrase."""
    name = cameo.name or event.type
    verb = name.lower() if name.isupper() else name[:1].lower() + name[1:]
    return f"did NOT {verb}" if event.polarity == "negated" else verb


def _names(ms: list[_M]) -> str:
    return " and ".join(dict.fromkeys(m.mention.name_en or m.mention.code for m in ms)) or _NO_ONE


_NO_ONE = "(unknown)"  # how a gloss names no one
