"""Actor recognition: an Aho-Corasick automaton over the whole lexicon, clitic-aware, longest match.

Matching runs on the normalized view of the text and every span is mapped back to the original.

1. **Lexicon forms.** Each pattern is inserted in its matching form; a pattern with the article also
   in its ``لل`` form (``للصين``), and a long single-word country or nisba also with one inner space
   (``قر غيزستان``), since real text splits words that way. A hit counts only at word boundaries and
   after a valid proclitic sequence (و ف ب ل ك and their combinations; the article too for nisba).
   Overlapping hits resolve to the longest.
2. **Roles.** An institution, office or group noun followed by a nisba (``وزارة الدفاع القرغيزية``), a
   country in construct (``رئيس قرغيزستان``), ``في``/``لـ``/``من`` + country (``البنوك في قرغيزستان``,
   ``القوات المسلحة لطاجيكستان``, ``جنود من طاجيكستان``) becomes ``COUNTRY:ROLE``; a quantifier before it
   (``بعض``، ``العديد من``) joins the span.
3. **People.** A known person is coded by the office held on the document's date. A title followed by
   a name that is not in the lexicon (``وزير الخارجية الإيراني محمد جواد ظريف``) gives a person mention
   with the title's code.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import ahocorasick

from marsad.actors.lexicon import (
    ARTICLE_KINDS,
    ATTRIBUTIVE,
    COUNTED,
    ActorLexicon,
    CueChooser,
    Entry,
    ExclusionIndex,
    Person,
    Reading,
    RoleEntry,
)
from marsad.actors.names import main_code
from marsad.model import Mention, Span
from marsad.places import Place
from marsad.text.normalize import NormalizedText, normalize_key
from marsad.text.spans import non_overlapping
from marsad.text.weapons import weapon_word

_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")  # (a name takes no future سـ)
PLAIN_PREFIXES = frozenset(_PROCLITICS)
_CLITIC_CHARS = frozenset("وفبلكسال")
ARTICLE_PREFIXES = frozenset(c + "ال" for c in ("", "و", "ف", "ب", "ك", "وب", "وك", "فب", "فك")) | {
    "لل", "ولل", "فلل"}
# adjectives that may stand between a title and what it governs ("القيادي البارز في حركة حماس")
TITLE_ADJECTIVES = frozenset(normalize_key(w) for w in (
    "البارز", "الكبير", "السابق", "الأسبق", "الرفيع", "الميداني", "الأبرز", "المحلي", "الإقليمي"))
_TANWEEN_FATH = "\u064b"
# adjectives a body's name takes before its nationality ("اتحاد الطلاب الوطني البريطاني")
_DESCRIBING = frozenset(normalize_key(w) for w in (
    "الوطني", "الوطنية", "العام", "العامة", "الأعلى", "العليا", "الرسمي", "الرسمية", "المركزي", "المركزية",
    "الاتحادي", "الاتحادية", "الانتقالي", "الانتقالية", "المؤقتة", "المؤقت"))
# heads of names given after a person: airports, universities, hospitals, streets, districts, prizes ...
NAMED_AFTER = frozenset(normalize_key(w) for w in (
    "مطار", "جامعة", "مستشفى", "مدينة", "شارع", "طريق", "مسجد", "جامع", "قاعدة", "مركز", "جسر", "ميناء", "برج",
    "ساحة", "مؤسسة", "جائزة", "كلية", "معهد", "حي", "إسكان", "مجمع", "مكتبة", "منحة", "مدرسة", "ملعب", "استاد",
    "صالة", "مدينة", "واحة", "مشروع", "برنامج", "كرسي", "وقف", "قاعة", "نادي", "بوابة", "دارة", "وسام"))
# a relative named by the person: "ابن عم الأسد" (Assad's cousin), "شقيق الرئيس", "زوجة الوزير" is not that person
# (without the article only: "الأخ الرئيس" is an honorific in Yemen and Libya)
KIN = frozenset(normalize_key(w) for w in (
    "ابن", "ابنة", "نجل", "نجلة", "شقيق", "شقيقة", "أخ", "أخو", "أخي", "أخت", "زوج", "زوجة", "عم", "عمة", "خال",
    "خالة", "والد", "والدة", "أرملة", "حفيد", "حفيدة", "صهر", "أبناء", "بنات", "أنجال", "أشقاء", "أقارب", "أسرة",
    "عائلة", "عقيلة", "حرم"))
_NOT_THE_PERSON = NAMED_AFTER | KIN
_QUOTES = "\"'“”«»"


def _kin_or_named_after(word: str, heads: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``heads``, with or without a clitic ("وابن", "لشقيق", "وبنجل")."""
    return word in heads or (word[:1] in _CLITIC_CHARS and (
        word[1:] in heads or (word[:2] in ("وب", "ول", "فب", "فل") and word[2:] in heads)))


_NUN_STEMS = frozenset({"تلفزيون", "امين"})  # nouns whose own stem ends in ون / ين, not sound plurals
LAM_PREFIXES = frozenset({"ل", "ول", "فل"})  # لل = ل + ال: the key drops the article's alef
SPLIT_MIN_LEN = 6
SPLIT_KINDS = frozenset({"country", "nisba", "region"})
# the endings of a group's name used as an adjective after fighters or rebels: "الحوثيين", "الحوثي"
_GROUP_ADJECTIVE = ("يين", "يون", "ي", "يه")

# Quantifiers that join a following group mention: "بعض البنوك في قرغيزستان", "العديد من القرغيز".
QUANTIFIERS = tuple(
    normalize_key(q)
    for q in ("العديد من", "عدد من", "الكثير من", "كثير من", "بعض", "آلاف من", "آلاف", "مئات من", "مئات",
              "عشرات من", "عشرات", "مجموعة من", "غالبية", "معظم", "أغلب", "كل")
)
QUANTIFIER_SET = frozenset(QUANTIFIERS)
# Counts before an indefinite nisba that then names people: "ألف سوري", "20 فلسطينيا", "ثلاثة أتراك"
COUNT_WORDS = frozenset(normalize_key(w) for w in (
    "ألف", "آلاف", "ألفا", "ألفي", "مئات", "عشرات", "مائة", "مئة", "مائتي", "مئتي", "مليون", "ملايين", "اثنين",
    "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "ثلاث", "أربع", "خمس", "ست", "سبع",
    "ثماني", "تسع", "عشر", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"))
# aircraft and weapon makers and model letters (normalized) whose number is no count
_MODEL_NAMES = frozenset(normalize_key(w) for w in (
    "سوخوي", "ميغ", "ميج", "اف", "إف", "طراز", "توبوليف", "ميراج", "تورنادو", "كاتيوشا", "سكود", "غراد", "اس",
    "إس", "تي", "بي", "سي", "يو"))
PLACE_KIND_WORDS = frozenset(normalize_key(w) for w in ("ولاية", "مدينة", "محافظة", "منطقة", "إقليم", "بلدة", "قرية",
                                                         "جزيرة", "مقاطعة"))
# Words that end an unknown name after a title.
NAME_STOP = frozenset(
    normalize_key(w)
    for w in (
        "في", "من", "إلى", "الى", "على", "عن", "مع", "أن", "إن", "ان", "أنه", "إنه", "الذي", "التي", "الذين", "قد",
        "لقد", "كان", "كانت", "قال", "قالت", "أكد", "أكدت", "طلب", "طلبت", "رفض", "رفضت", "عدم", "أضاف",
        "أضافت", "أوضح", "أوضحت", "أشار", "أشارت", "شدد", "شددت", "أكثر", "أقل", "اليوم", "أمس", "غدا", "يوم", "خلال",
        "بعد", "قبل", "حيث", "كما", "وقد", "ثم", "لكن", "بين", "عند", "منذ", "حتى", "هو", "هي", "هذا", "هذه",
        "ذلك", "تلك", "أيضا", "فقط", "لم", "لن", "لا", "ما", "إذ", "إذا", "أو", "أي", "كل", "بعض", "لدى", "نحو",
        "ضد", "عبر", "حول", "دون", "وفق", "حسب", "أمام", "وراء", "فوق", "تحت", "السابق", "السابقة", "الحالي",
        "الحالية", "الجديد", "الجديدة", "المستقيل", "المكلف", "بالوكالة", "ونظيره", "نظيره", "نظيرته",
        "بأن", "بأنه", "بأنها", "لأن", "كأن", "وأن", "وإن", "فإن", "عندما", "حين", "بينما", "إذا", "لكي", "كي",
        "غير",
        # verbs of saying and condemning that follow a title and its name ("… وزير الداخلية بدولة الإمارات
        # أعرب فيه عن استنكاره")
        "أعرب", "أعربت", "جدد", "جددت", "أبدى", "أبدت", "أدان", "أدانت", "ندد", "نددت", "استنكر", "استنكرت",
        "دعا", "دعت", "هنأ", "هنأت", "أعلن", "أعلنت", "فيه", "فيها",
    )
)
# Prepositions whose normalized form is a given name or looks like one: compared as written.
PREPOSITIONS_AS_NAMES = frozenset(("على", "إلى", "الى", "حتى", "لدى"))
NAME_PARTICLES = frozenset(
    normalize_key(w) for w in ("بن", "ابن", "بنت", "أبو", "أبي", "عبد", "آل", "ولد", "دي", "فون")
)
# Ranks and honorifics between a title and a name: "وزير الدفاع الطاجيكي اللواء نوروز شريفوف".
RANKS = tuple(sorted({
    normalize_key(w)
    for w in ("اللواء", "الفريق", "الفريق أول", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "المشير", "الجنرال",
              "الأدميرال", "الأميرال", "العماد", "السفير", "الدكتور", "د.", "الشيخ", "الأمير", "الأميرة", "السيد",
              "السيدة", "المهندس", "القاضي", "المستشار", "الحاج", "الملا", "آية الله", "حجة الإسلام")
}, key=lambda r: (-len(r), r)))  # the longest first ("الفريق أول" before "الفريق"), in a fixed order
MAX_NAME_WORDS = 4
# Institutions that are actors even without a country, which the sentence then supplies.
INFERABLE_INSTITUTIONS = frozenset(normalize_key(w) for w in (
    "الشرطة", "الجيش", "الحكومة", "السلطات", "القوات", "قوات الأمن", "البرلمان", "المعارضة", "قوات الجيش",
    "الشرطة المحلية", "قوات الشرطة", "السلطات المحلية"))


@dataclass(slots=True, frozen=True)
class _Key:
    """One automaton key's meaning: a lexicon item and how the key was derived from its pattern."""

    item: Entry | RoleEntry | Person | Place
    variant: str  # "plain", "lam" (لل form), "split" (one inner space), "counted" (only after a count)
    article_ok: bool
    length: int
    bucket: int = 0  # 0 actor, 1 role, 2 place (precomputed: the hot loop avoids isinstance)
    priority: int = 0


@dataclass(slots=True)
class _Hit:
    start: int  # normalized offsets, clitics excluded, article included
    end: int
    item: Entry | RoleEntry | Person | Place
    variant: str
    prefix: str  # proclitics before ``start`` inside the same word
    priority: int = 0

    @property
    def length(self) -> int:
        return self.end - self.start


class _Cover:
    """Fast "is [start, end) inside one of these spans?" for a fixed list of (possibly nested) spans."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.max_end: list[int] = []
        running = -1
        for _, e in ordered:
            running = max(running, e)
            self.max_end.append(running)

    def contains(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start) - 1
        return k >= 0 and self.max_end[k] >= end


# a state's adjective after a currency names the currency, not the state: "مليون دولار أمريكي", "ريال قطري"
CURRENCIES = frozenset(normalize_key(w) for w in (
    "دولار", "دولارا", "دولارات", "الدولار", "ريال", "ريالا", "ريالات", "الريال", "دينار", "دينارا", "دنانير",
    "الدينار", "درهم", "درهما", "دراهم", "الدرهم", "جنيه", "جنيها", "جنيهات", "الجنيه", "ليرة", "ليرات", "الليرة",
    "روبل", "الروبل", "يوان", "اليوان", "روبية", "الروبية", "فرنك", "الفرنك", "الين", "بيزو", "البيزو", "وون",
    "الوون", "شيكل", "الشيكل", "تومان", "التومان"))
# titles of profession before which a nisba is a family name: "الدكتور التركي" is Dr. Al-Turki
_SURNAME_TITLES = frozenset(normalize_key(w) for w in ("الدكتور", "الدكتورة", "د.", "د", "المهندس", "الأستاذ"))
# titles between a body and the person it belongs to ("حكومة الرئيس أشرف غني", "نظام الرئيس بشار الأسد")
_HOLDER_TITLES = frozenset(normalize_key(w) for w in ("الرئيس", "الملك", "الأمير", "الشيخ", "السلطان",
                                                        "المستشارة", "المستشار", "الزعيم"))  # one word each


def _last_word(norm: str, pos: int) -> str:
    """The word that ends right before ``pos`` (within 30 characters)."""
    words = norm[max(0, pos - 30) : pos].split()
    return words[-1] if words else ""


def _personal_name_after(norm: str, pos: int) -> bool:
    """Whether the word after ``pos`` can begin a person's name: a word without the article, a digit or an
    ordinal ("اللواء عبده" is a rank and a name; "اللواء 55", "اللواء الرابع" are brigades)."""
    following = norm[pos : pos + 30].split()[:1]
    return bool(following) and following[0].isalpha() and not following[0].startswith("ال") and norm[pos] == " "


def _covered(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


_HAMZAS = frozenset("أإآ")
_VARIANT_OFFSET = {"plain": 0, "lam": 1, "construct": 2}  # how many letters of the pattern a variant drops


def _hamza_letters(pattern: str) -> tuple[tuple[int, str], ...]:
    """The positions and letters of a pattern's hamzas, when its letters map one to one onto its key."""
    if len(normalize_key(pattern)) != len(pattern):
        return ()
    return tuple((i, c) for i, c in enumerate(pattern) if c in _HAMZAS)


def _hamza_clash(nt: NormalizedText, hit: _Hit, letters: tuple[tuple[int, str], ...]) -> bool:
    """Whether the writer's own hamza contradicts the pattern's (``letters``), which matching ignores:
    "الأعلام التركية" (flags) is not "الإعلام" (media). Only a hamza written in both counts; bare alef
    matches either."""
    offset = _VARIANT_OFFSET.get(hit.variant)
    if offset is None:
        return False
    for i, letter in letters:
        at = hit.start + i - offset
        if hit.start <= at < hit.end:
            written = nt.written(at)
            if written in _HAMZAS and written != letter:
                return True
    return False


def _adjective_role(norm: str, hit: _Hit) -> bool:
    """Whether a role that is one adjective-shaped word ("الداخلية", "الخارجية", "الدبلوماسية", "البحرية") stands
    right after a definite word it describes: "الاضطرابات الداخلية في إيران" is internal unrest, not the
    interior ministry ("والخارجية", joined, is still the ministry)."""
    if not isinstance(hit.item, RoleEntry) or hit.prefix or " " in hit.item.pattern or \
            not (hit.item.pattern.startswith("ال") and hit.item.pattern.endswith("ية")):
        return False
    before = _last_word(norm, hit.start)
    return before.lstrip("وفبل").startswith("ال") and not before.endswith(("،", ",", ":", ".")) \
        and before not in _NOT_DESCRIBED


# definite words that a role after them does not describe: a preposition, a relative, a time ("أعلنت بالأمس
# الداخلية السعودية", "أرسلت الى الخارجية")
_NOT_DESCRIBED = frozenset(normalize_key(w) for w in (
    "إلى", "الى", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "الآن", "اليوم", "الأمس",
    "بالأمس", "البارحة", "الجمعة", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
    "الماضي", "الماضية", "المقبل", "المقبلة", "الحالي", "الجاري"))


# states named in general, the owner of a body or office before them: "سلطات الدول", "حكومات بلدان المنطقة"
_STATES = frozenset(normalize_key(w) for w in ("الدول", "دول", "البلدان", "بلدان", "الحكومات", "حكومات"))


def _pronoun_for_ta(nt: NormalizedText, hit: _Hit) -> bool:
    """Whether an indefinite role word matched for its final ة is written with ه, the pronoun "his": "رفض
    طلبه" is his request, not students (طلبة); matching folds the two. A definite word keeps its reading
    ("الحكومه", a common misspelling), and so does a kin word whose stem is kin too ("والده" is his father:
    still a relative)."""
    if not (isinstance(hit.item, RoleEntry) and hit.item.pattern.endswith("ة")) or \
            nt.text.startswith("ال", hit.start) or nt.written(hit.end - 1) != "ه":
        return False  # (most role words: decided without the stem)
    return normalize_key(hit.item.pattern.removeprefix("ال")[:-1]) not in KIN


def _kind(item: Entry | RoleEntry | Person | Place) -> str:
    """An item's kind: the entry's kind, ``person``, ``role`` or ``place``."""
    if isinstance(item, Entry):
        return "nisba" if item.kind == ATTRIBUTIVE else item.kind  # (an attributive is a nisba where it is kept)
    if isinstance(item, Place):
        return "place"
    return "person" if isinstance(item, Person) else "role"


def _priority(item: Entry | RoleEntry | Person | Place) -> int:
    if isinstance(item, Person):
        return 4
    if isinstance(item, RoleEntry):
        return 0
    return {"organization": 3, "group": 3, "legislature": 3, "agency": 3, "media": 3, "country": 2,
            "region": 2, "capital": 1, "metonym": 2, "nisba": 1}.get(item.kind, 1)


_PRONOUN_ENDINGS = ("ها", "هم", "هما", "كم", "نا", "هن")


# Words that often follow a person's name in news ("... ظريف إن", "... في مؤتمر صحفي").
NAME_FOLLOWERS = frozenset(normalize_key(w) for w in (
    "إن", "أن", "ان", "إنه", "أنه", "قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "في", "خلال", "لدى", "أمس",
    "اليوم", "يوم", "الذي", "التي", "إلى", "مع", "عن", "على", "أثناء", "بعد", "قبل", "عقب", "بأن", "إنها", "أنها"))
# Shapes of verbal nouns (إفعال، افتعال، استفعال، تفعيل) that are never a first name: "إجراء استفتاء".
MASDAR_SHAPES = re.compile(r"^(?:ا[^ا\s]{2}ا[^ا\s]|ا[^ا\s]ت[^ا\s]ا[^ا\s]|است[^ا\s]{2}ا[^ا\s]|ت[^\s]{2}ي[^ا\s])$")


_SPOT_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول"})
_SPOT_LAM_PREFIXES = frozenset({"ل", "ول", "فل"})


def _name_spots(norm: str, pattern: str) -> list[tuple[int, int, int]]:
    """Where a name with readings is written, as (word start, name start, name end): as a word past و ف ب ل,
    or, with the article, after لل ("للمملكة": the preposition and the article share a letter; the spot
    starts at the second ل). A plain search for the name's letters, then a look at the letters around it
    (a regex with look-behinds costs a scan of every position)."""
    article = pattern.startswith("ال") and len(pattern) > 3
    core = pattern[1:] if article else pattern  # "لمملكه" is in both "المملكه" and "للمملكه"
    spots: list[tuple[int, int, int]] = []
    i = norm.find(core)
    while i >= 0:
        end = i + len(core)
        if end >= len(norm) or not norm[end].isalnum():
            start, prefixes = i, _SPOT_PREFIXES
            if article:
                start, prefixes = (i - 1, _SPOT_PREFIXES) if i > 0 and norm[i - 1] == "ا" else (i, _SPOT_LAM_PREFIXES)
            ws = start
            while ws > 0 and norm[ws - 1].isalnum() and start - ws < 2:
                ws -= 1
            if (ws == 0 or not norm[ws - 1].isalnum()) and norm[ws:start] in prefixes:
                spots.append((ws, start, end))
        i = norm.find(core, i + 1)
    return spots


def _definite(norm: str, r: _Hit) -> bool:
    """A role phrase is definite when its last word is ("وزيرة الخارجية" is; "رئيس", "مسؤولون" are not),
    or when it is read through "لل" (its article's alef dropped: "للقوات")."""
    return r.variant == "lam" or norm[r.start : r.end].split(" ")[-1].startswith("ال")


FROM_CONTEXT = "(country from context)"  # how a group named without its country, given its sentence's, is named


NAMED_BEFORE = "(named before)"  # how "هذه القوات" is named once it takes the forces named before it


def _gender(noun: str) -> str:
    """The agreement class of a normalized definite noun: "f" for ة and -ات, "people" for -ين/-ون, else "m"."""
    if noun.endswith(("ه", "ات")):
        return "f"
    return "people" if noun.endswith(("ين", "ون")) else "m"


def guessed_country(m: Mention) -> bool:
    """Whether a mention is a group named without its country that took its sentence's ("متظاهرون", "وفد"):
    a guess, which a longer reading or a later stage may overrule."""
    return (m.name_en or "").endswith(FROM_CONTEXT)


def _reading_by_named(readings: list[Reading], mentions: list[Mention]) -> Reading | None:
    """In a document that writes none of a name's cues, the reading whose country its other actors are of
    strictly most often: "أدانت المملكة" in a report that names Saudi ministers and no Saudi city or word
    is Saudi Arabia. Guessed countries do not count."""
    counts = Counter(main_code(m.code) for m in mentions if not guessed_country(m))
    scored = [(counts[main_code(r.code)], r) for r in readings]
    top = max(n for n, _ in scored)
    best = [r for n, r in scored if n == top]
    return best[0] if top and len(best) == 1 else None


def _nisba_definite(norm: str, hit: _Hit) -> bool:
    """Whether an adjective hit carries the article: "الألمانية" does; "ألمانية", whose alif and lam are the
    word's own letters (the same once hamza is normalized away), does not."""
    item = hit.item
    if isinstance(item, Entry) and item.pattern.startswith(("أل", "إل", "آل")):
        return norm.startswith("الال", hit.start)
    return norm.startswith("ال", hit.start)


# a delegation is of whom its genitive or its من names ("وفد الائتلاف", "وفد من رجال الأعمال"), which a
# sentence's place does not tell: it is where the delegation goes
_OF_WHOM = frozenset(normalize_key(w) for w in ("وفد", "وفدا", "بعثة", "وفود"))
# definite words after an indefinite noun that are no genitive of it: "وصل وفد اليوم"
_TIMES = frozenset(normalize_key(w) for w in (
    "اليوم", "الليلة", "الآن", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"))


def _unknown_genitive(norm: str, r: _Hit) -> bool:
    """Whether an indefinite delegation (the caller checks that it is one, and that the lexicon does not know
    the word after it) is followed by a definite noun or by من: "وفد الائتلاف", "وفد من رجال الأعمال" name
    whose it is (an indefinite noun takes no definite adjective), so the country of the sentence is not its
    own."""
    if r.prefix or " " in norm[r.start : r.end] or _definite(norm, r) or norm[r.end : r.end + 1] != " ":
        return False
    word = norm[r.end + 1 : r.end + 24].split(" ", 1)[0]
    return word == "من" or (word.startswith("ال") and word.isalpha() and len(word) > 3 and word not in _TIMES)


def _owner_at(norm: str, pos: int) -> int | None:
    """Where the force a platform or a group belongs to is named, right after ``pos``: "دبابات تابعة للجيش
    الإسرائيلي" (after ل), "طائرات بدون طيار، لا تملكها إلا القوات الأميركية" (only it owns them)."""
    owner = _OWNED_BY.match(norm, pos)
    if owner is not None:
        return owner.end()
    belongs = _BELONGING.match(norm, pos + 1) if norm[pos : pos + 1] == " " else None
    return belongs.end() + 2 if belongs is not None and norm.startswith(" ل", belongs.end()) else None


def _as_governed(inner: tuple[int, int, str, str, bool]) -> tuple[int, str, str, int | None, bool]:
    """A composed mention (end, index, code, name, has person) as what a title governs (end, code, name,
    index, has person)."""
    end, index, code, name, has_person = inner
    return end, code, name, index, has_person


def _of_a_weapon(norm: str, pos: int) -> bool:
    """Whether the nisba at ``pos`` describes a weapon or a platform named in the three words before it, with
    no punctuation between ("بصواريخ روسية", "طائرة بدون طيار أميركية", "طائرات حربية روسية")."""
    words = norm[max(0, pos - 40) : pos].split()[-4:]
    for w in reversed(words):
        if weapon_word(w):
            return True
        if w not in _PLATFORM_WORDS and not _FIGHTER_MODEL.fullmatch(w):
            return False  # (not "توريد السلاح للجيش الليبي": the army's nationality)
    return False


def _names_a_pact(norm: str, start: int) -> bool:
    """Whether the place at ``start`` is in the name of an agreement or a meeting ("اتفاقية القاهرة", "إعلان
    الرياض", "مؤتمر جنيف"): it places no one named near it."""
    word = _last_word(norm, start)
    return word in _PACTS or (word[:1] == "و" and word[1:] in _PACTS)


_PACTS = frozenset(normalize_key(w) for w in (
    "اتفاقية", "اتفاق", "اتفاقيات", "إعلان", "اعلان", "مؤتمر", "قمة", "معاهدة", "مبادرة", "مسار", "مفاوضات",
    "محادثات", "وثيقة", "بروتوكول", "ميثاق", "تفاهمات", "تفاهم", "لقاء", "اجتماع", "حوار"))


# the words of a platform's name between it and its nationality ("طائرة بدون طيار", "طائرات حربية", "إف-16")
_PLATFORM_WORDS = frozenset(normalize_key(w) for w in (
    "بدون", "دون", "من", "طيار", "حربية", "حربي", "مسيرة", "عسكرية", "عسكري", "مقاتلة", "استطلاع", "مروحية"))
_FIGHTER_MODEL = re.compile(r"[اإ]?ف-?\d+|\d+")


def _construct_head(norm: str, r: _Hit) -> bool:
    """Whether a role phrase can head a construct ("رئيس المحكمة", "مسلحو القاعدة"): it must be
    indefinite, and a sound plural loses its nun there, so "مسلحون" / "مسؤولين" cannot."""
    last = norm[r.start : r.end].rsplit(" ", 1)[-1]
    return not _definite(norm, r) and not (last.endswith(("ون", "ين")) and last not in _NUN_STEMS)


def _name_like(word: str, first: bool, article: bool, after_given_name: bool = False) -> bool:
    """Could ``word`` be part of a person's name right after a title? Function words, words carrying a
    proclitic preposition or the article (in first position) or a pronoun suffix are not."""
    if word in NAME_STOP or (word[0] in "وف" and word[1:] in NAME_STOP):
        return False
    if first and (article or (word[0] in "بلكوف" and word[1:3] == "ال") or word.startswith("لل")):
        return False
    if MASDAR_SHAPES.match(word) or (word[0] in "بلوف" and MASDAR_SHAPES.match(word[1:])):
        return False  # a verbal noun ("إجراء"، "باستجواب") is not part of a name
    if not first and word[0] == "ي" and len(word) >= 4:
        return False  # "الرئيس الكيني وليام روتو يشيد": an imperfect verb after the name ends it
    if article and not word.endswith("ي") and not after_given_name:
        return False  # a family name with the article is nisba-like (السيسي) unless a given name precedes it
    return not word.endswith(_PRONOUN_ENDINGS)


# curators' grammatical notes in a role's English name: "officials (indef.)", "civilians (acc., after numbers)"
_GRAMMAR_NOTE = re.compile(r" \((?:indef\.|def\.|pl\.|fem\.(?: indef\.)?|construct|acc\.(?:/gen\.)?(?:, after numbers)?"
                           r"|after a number(?:, acc\.)?)\)")


NATIONAL = "national"  # the variant of a counted noun read before a nationality, with no count


def _national_after(norm: str, start: int, end: int) -> bool:
    """Whether a person noun in the accusative has a nationality in the accusative right after it: "قتلوا رجلا
    إيطاليا", "خطفوا مهندسا تركيا" (the adjective is written like the country's name)."""
    if not norm.endswith("ا", start, end):
        return False
    following = norm[end : end + 20].split(None, 1)
    return bool(following) and following[0].endswith("يا") and len(following[0]) >= 4


def _counted_start(norm: str, start: int) -> int:
    """Where a count right before ``start`` begins (a number or a number word), or ``start``."""
    if start < 2 or norm[start - 1] != " ":
        return start
    words = norm[max(0, start - 30) : start - 1].split(" ")
    before = words[-1]
    if before.isdigit() and len(words) > 1 and words[-2] in _MODEL_NAMES:
        return start  # "مقاتلة سوخوي 24 روسية": a model's number, not a count of Russians
    if before.isdigit() or before in COUNT_WORDS:
        return start - 1 - len(before)
    return start


def _role_name(role: RoleEntry) -> str:
    """The English name of a role without curators' grammatical notes ("officials (indef.)" -> "officials")."""
    return _GRAMMAR_NOTE.sub("", role.name_en)


FOREIGN = frozenset(normalize_key(w) for w in ("أجنبية", "أجنبي", "أجانب", "الأجنبية", "الأجنبي", "الأجانب", "دولية",
                                               "الدولية", "دولي", "الدولي", "متعددة", "غربية", "الغربية", "أممية"))
OUTLET_HEADS = frozenset({"صحيفة", "جريدة", "مجلة", "قناة", "وكالة", "موقع"})
# (normalized) an outlet's kind and its name in quotation marks, up to the space before its nationality (not
# موقع, also a military post: "اقتحمت موقع «ناحل عوز» الإسرائيلي")
_QUOTED_OUTLET = re.compile(r"(?<!\S)[وفبل]?(?P<head>صحيفه|جريده|مجله|قناه|وكاله)\s*(?P<quoted>[«\"“][^«»\"“”]{1,40}"
                            r"[»\"”])\s(?=\S)")
_MANY_COUNTRIES = 3  # a sentence naming this many states by name gives no group the country of any of them
OPENING_QUOTES = frozenset("«\"“")
CLOSING_QUOTES = frozenset("»\"”")
# the text's hedged attribution after a platform or a force: "، يعتقد أنها", "الذين يرجح أنهم", "يشتبه بأنه"
HEDGE_VERBS = tuple(normalize_key(w) for w in ("يعتقد", "يرجح", "يشتبه"))  # (normalized) "believed", "likely"
_HEDGED = re.compile(r"(?:\s?[،,])?\s(?:(?:التي|الذي|الذين)\s)?و?(?:" + "|".join(HEDGE_VERBS) +
                     r")\s(?:ب)?ان(?:ها|ه|هم)\s")
_OWNER_CUE = re.compile("|".join((*HEDGE_VERBS, "تابع")))
_BELONGING = re.compile(r"(?:ال)?تابع(?:ه|ون|ين)?(?=\s)")  # (normalized) "تابعة", "التابعين"
# (normalized) owned by one only: "، لا تملكها الا", "التي لا يملكها سوى", "لا تمتلكها غير"
_OWNED_BY = re.compile(r"(?:\s?[،,])?\s(?:(?:التي|الذي)\s)?لا\s[تي](?:مت|م)لكها\s(?:الا|سوي|غير)\s")
_OWNERS = frozenset({"country", "capital", "organization", "group", "institution", "legislature", "agency"})

# Demonstratives that point back ("هذه القوات", "هذا التنظيم"), normalized, by the nouns they agree with:
# masculine singular, feminine singular or a thing's plural (the same form: "هذه القوات"), and a plural of
# people ("هؤلاء المسلحين")
_AGREEING = {"m": frozenset({"هذا", "ذلك"}), "f": frozenset({"هذه", "تلك"}), "people": frozenset({"هولاء"})}
DEMONSTRATIVES = frozenset().union(*_AGREEING.values())
_DEMONSTRATIVE = re.compile(r"(?P<dem>" + "|".join(sorted(DEMONSTRATIVES)) + r")\s(?P<noun>ال[^\s،,.:؛«»\"()]+)")
_OPENERS = frozenset(" «\"(\n")
# the nouns, besides the lexicon's one-word roles, that a demonstrative turns into a name already given: a
# named group or organization (not "هذا البلد", "هذه الدولة": the nearest state named before is as often not
# the one meant)
_ANAPHORIC_NOUNS: dict[str, tuple[str, ...]] = {
    **{normalize_key(w): ("group",) for w in ("التنظيم", "الجماعة", "الحركة", "الحزب", "الميليشيا", "المليشيا",
                                                "الميليشيات", "المليشيات", "الفصيل", "الجبهة")},
    normalize_key("المنظمة"): ("organization",),
}
_MILITIAS = frozenset(normalize_key(w) for w in ("الميليشيا", "المليشيا", "الميليشيات", "المليشيات"))
_MILITIA_STEM = normalize_key("ليشي")
_REGIME = normalize_key("نظام")
_SYSTEMS = frozenset({normalize_key("النظام")})  # "هذا النظام" is as often "this system" as a regime
_ARMED = ("MIL", "COP")  # "قوات مغاوير الشرطة …، تلك القوات": forces may be the police's
_ANAPHORA_REACH = 600  # characters back to the name a demonstrative points to (a few sentences)


def _word_starts(norm: str, i: int) -> bool:
    """Whether a word starts at ``i``, or after و or ف that start it ("وهذه", not "بهذه")."""
    if i == 0 or norm[i - 1] in _OPENERS:
        return True
    return norm[i - 1] in "وف" and (i == 1 or norm[i - 2] in _OPENERS)


# a body that names itself, and the quoted name (normalized: "تطلق على نفسها", "تسمي نفسها")
_SELF_STYLED = re.compile(r"(?:تطلق|يطلق|اطلقت|تسمي|يسمي|سمت)\s+(?:علي\s+)?(?:نفسها|نفسه)\s+"
                          r"(?:اسم\s+|تسميه\s+)?[«\"“](?P<name>[^»\"”]{3,80})[»\"”]")


class ActorMatcher:
    """Finds actor mentions in a normalized text. Build once per lexicon; ``find`` is thread-safe."""

    def __init__(self, lexicon: ActorLexicon) -> None:
        self.lexicon = lexicon
        self._automaton = ahocorasick.Automaton()
        table: dict[str, list[_Key]] = {}

        def add(key: str, item: Entry | RoleEntry | Person | Place, variant: str, article_ok: bool) -> None:
            bucket = 2 if isinstance(item, Place) else 1 if isinstance(item, RoleEntry) else 0
            table.setdefault(key, []).append(_Key(item, variant, article_ok, len(key), bucket, _priority(item)))

        items: list[tuple[str, Entry | RoleEntry | Person | Place, str]] = []
        for e in lexicon.entries:
            items.append((e.pattern, e, e.kind))
        for r in lexicon.roles:
            if r.kind == COUNTED:  # a group once its count is checked, in the plain form only
                add(normalize_key(r.pattern), replace(r, kind="group"), COUNTED, False)
            else:
                items.append((r.pattern, r, "role"))
        for p in lexicon.people:
            for name in p.names:
                items.append((name, p, "person"))
        for pattern, item, kind in items:
            key = normalize_key(pattern)
            article_ok = kind in ARTICLE_KINDS
            add(key, item, "plain", article_ok)
            if key.startswith("ال") and len(key) > 3:
                add(key[1:], item, "lam", False)
                if kind == "role":  # construct state: "الرئيس" -> "رئيس قرغيزستان"
                    add(key[2:], item, "construct", False)
            if article_ok and " " in key:  # multiword nisba: every word takes the article
                add(" ".join("ال" + w for w in key.split()), item, "plain", False)
            if article_ok and " " not in key and key.endswith("ي"):
                # indefinite accusative (أفغانيًا), dual (أميركيان) and plural (أميركيين) of a masculine nisba
                for ending in ("ا", "ان", "ين", "ون"):
                    add(key + ending, item, "plain", ending != "ا")
            if kind in SPLIT_KINDS and " " not in key and len(key) >= SPLIT_MIN_LEN:
                for i in range(2, len(key) - 1):
                    if key[:i] == "ال":
                        continue
                    add(key[:i] + " " + key[i:], item, "split", article_ok)
        # a newspaper or channel cited by its bare name in quotes (لـ«الشرق الأوسط», «الرياض») is that outlet,
        # not the region or the city: the lexicon's outlets, keyed by their name without "صحيفة"/"قناة"
        self._outlets: dict[str, Entry] = {}
        for e in lexicon.entries:
            head, _, rest = e.pattern.partition(" ")
            if e.kind == "media" and rest and head in OUTLET_HEADS:
                self._outlets.setdefault(normalize_key(rest), e)
        # a role pattern's hamzas, to check against the writer's (matching ignores hamza)
        self._role_hamzas = {r.pattern: letters for r in lexicon.roles if (letters := _hamza_letters(r.pattern))}
        # names with several readings (عمان), chosen in each document by their cues
        by_pattern: dict[str, list[Reading]] = {}
        for reading in lexicon.readings:
            by_pattern.setdefault(reading.pattern, []).append(reading)
        self._readings = {pattern: CueChooser([(r, r.cues) for r in rs],
                                              states=all(r.kind in ("country", "capital") for r in rs))
                          for pattern, rs in by_pattern.items()}
        self._exclusions = ExclusionIndex(lexicon.exclusions)
        # the roles that have exclusion contexts (few: الإعلام), so that other role hits are not looked up
        # (or whose construct form has them: "من جانب القوات" is on the part of the forces, not their side)
        # delegations, which take no country from their sentence when a genitive or من names whose they are
        # (other nouns keep it: "قوات النخبة السودانية", "شباب المقاومة")
        self._delegations = frozenset(r.pattern for r in lexicon.roles
                                      if normalize_key(r.pattern).removeprefix("ال") in _OF_WHOM)
        # the roles a demonstrative can point back with ("هذه القوات", "تلك الحكومة"): one-word bodies
        self._anaphoric_roles = {normalize_key(r.pattern): r.role for r in lexicon.roles
                                 if r.kind in ("institution", "unit") and r.pattern.startswith("ال")
                                 and " " not in r.pattern and normalize_key(r.pattern) not in _SYSTEMS}
        self._excludable_roles = frozenset(r.pattern for r in lexicon.roles
                                           if (key := normalize_key(r.pattern)) in self._exclusions
                                           or (key.startswith("ال") and key[2:] in self._exclusions))
        for key, meanings in table.items():
            self._automaton.add_word(key, tuple(meanings))
        self._automaton.make_automaton()
        self.size = len(table)

    # ------------------------------------------------------------------ lexicon hits
    def _hits(self, norm: str) -> tuple[list[_Hit], list[_Hit], list[_Hit]]:
        """All valid hits: (actor hits, role hits, place hits)."""
        actors: list[_Hit] = []
        roles: list[_Hit] = []
        places: list[_Hit] = []
        buckets = (actors, roles, places)
        n = len(norm)
        isalnum = str.isalnum
        for end_idx, meanings in self._automaton.iter(norm):
            end = end_idx + 1
            if end < n and isalnum(norm[end]):
                continue
            start = end - meanings[0].length
            if start > 0 and isalnum(before := norm[start - 1]):
                if before not in _CLITIC_CHARS:
                    continue  # inside a word
                ws = start - 1  # the word begins before the hit: find where, through its proclitics
                while ws > 0 and isalnum(norm[ws - 1]) and start - ws <= 4:
                    ws -= 1
                if ws > 0 and isalnum(norm[ws - 1]):
                    continue
                prefix = norm[ws:start]
            else:
                prefix = ""  # the hit begins a word (the common case)
            for m in meanings:
                if m.variant == COUNTED:
                    counted = _counted_start(norm, start) != start
                    if prefix or not (counted or _national_after(norm, start, end)):
                        continue  # "معلم" alone is a landmark; "200 معلم" are teachers
                    # (and "مهندسا تركيا" a Turkish engineer, if a nationality does follow: the role below)
                    hit = _Hit(start, end, m.item, "plain" if counted else NATIONAL, "", m.priority)
                elif m.variant == "lam":
                    if prefix not in LAM_PREFIXES:
                        continue
                    hit = _Hit(start, end, m.item, m.variant, prefix[:-1], m.priority)
                elif not prefix or prefix in PLAIN_PREFIXES:
                    hit = _Hit(start, end, m.item, m.variant, prefix, m.priority)
                elif m.article_ok and prefix in ARTICLE_PREFIXES:
                    article = "ال" if prefix.endswith("ال") else "ل"
                    hit = _Hit(start - len(article), end, m.item, m.variant, prefix[: -len(article)], m.priority)
                else:
                    continue
                buckets[m.bucket].append(hit)
        return actors, roles, places

    @staticmethod
    def _longest(hits: list[_Hit]) -> list[_Hit]:
        """Non-overlapping hits, longest first (then the more specific kind), in text order."""
        return non_overlapping(hits, lambda h: (h.start - h.end, -h.priority, h.start))

    # ------------------------------------------------------------------ recognition
    def find(self, nt: NormalizedText, day: dt.date | None = None,
             places: Sequence[tuple[int, int, str]] = ()) -> list[Mention]:
        """Actor mentions of a text, with original-text spans, in order. ``places`` (normalized start,
        country) lets a group named without a country take the country of a place in its sentence."""
        norm = nt.text
        actor_hits, role_hits, _ = self._hits(norm)
        actors = [a for a in self._longest(actor_hits) if not self._excluded(norm, a) and not self._surname(norm, a)
                  and not self._currency(norm, a)]
        # (a newspaper cited by its city's name, "لـ«الرياض»", places nothing; nor does a person's name that is
        # also a place's, "منذ تولي بخاري": Buhari, not Bukhara)
        people = [(a.start, a.end) for a in actors if isinstance(a.item, Person)]
        place_list = [(start, country) for start, end, country in places
                      if self._quoted_outlet(norm, start, end) is None
                      and not any(p_start <= start and end <= p_end for p_start, p_end in people)]
        place_ends = {start: (end, country) for start, end, country in places}
        # a role hit inside an actor hit is part of that name ("مجلس الأمن" in "مجلس الأمن الدولي")
        starts = [a.start for a in actors]  # actors do not overlap: the one that could contain r is just before
        actor_ends = {a.end for a in actors}  # (after a name, "الولايات المتحدة الأميركية القيادية", a new word)
        roles = self._longest([r for r in role_hits
                               if not (isinstance(r.item, RoleEntry) and r.item.pattern in self._excludable_roles
                                       and self._excluded(norm, r))
                               and not ((k := bisect.bisect_right(starts, r.start) - 1) >= 0
                                       and r.end <= actors[k].end and actors[k].length > r.length)
                               and not (isinstance(r.item, RoleEntry) and r.item.pattern in self._role_hamzas
                                        and _hamza_clash(nt, r, self._role_hamzas[r.item.pattern]))
                               and not _pronoun_for_ta(nt, r)
                               and not (_adjective_role(norm, r) and r.start - 1 not in actor_ends)])
        if any(a.item.kind == ATTRIBUTIVE for a in actors if isinstance(a.item, Entry)):
            ends = {r.end for r in roles if not _definite(norm, r)}
            actors = [a for a in actors if not (isinstance(a.item, Entry) and a.item.kind == ATTRIBUTIVE)
                      or (not a.prefix and a.start - 1 in ends and norm[a.start - 1] == " ")]
        by_start = {a.start: a for a in actors}
        used: set[int] = set()
        mentions: list[Mention] = []
        composed_spans: list[tuple[int, int]] = []
        people_after_titles: list[tuple[Mention, int, int]] = []

        # Right to left, so an institution is composed before a title that governs it:
        # "المتحدث باسم [الجيش السوداني]", "رئيس [المحكمة الدستورية المصرية]".
        composed: dict[int, tuple[int, int, str, str, bool]] = {}  # start -> (end, index, code, name, has person)
        for r in reversed(roles):
            role = r.item
            assert isinstance(role, RoleEntry)
            target, span_end = self._role_target(norm, r, by_start)
            if r.variant == NATIONAL and (target is None or _kind(target.item) not in ("nisba", "country")):
                continue  # "دعما عسكريا قويا": an adverb or an adjective, no one
            if target is None and not (span_end < len(norm) and norm[span_end] == " ") \
                    and not _OWNED_BY.match(norm, span_end):
                continue  # nothing after it to govern either
            # Each way of completing the role gives (span_end, code, title_name); the mention is made once,
            # below. Only then is the span widened to a quantifier before it ("بعض البنوك").
            has_person = False
            if target is not None:
                code_main = self._main_of(target.item, day)
                if code_main is None:
                    continue
                target_code = self._code_of(target.item, day)
                # an institution-like target keeps its own role ("نواب جوغوركو كينيش" -> KGZ:LEG)
                # an armed group or a party keeps its own code under any title ("زعيم حركة طالبان الباكستانية"
                # is PAK:REB, not the Pakistani government; "رئيس حزب القوات اللبنانية" is the party's)
                code = (target_code if (":" in target_code and _kind(target.item) in ("legislature", "agency"))
                        or _kind(target.item) == "group" else f"{code_main}:{role.role}")
                title_name = f"{self._name_en(target.item)}: {_role_name(role)}"
                start = self._quantified_start(norm, r.start)
                if any(s < span_end and start < e for s, e in composed_spans):
                    continue
                used.add(target.start)
            elif (inner := self._governed(norm, r.end, composed, by_start, _construct_head(norm, r))) is not None:
                start = self._quantified_start(norm, r.start)
                span_end, code, inner_name, inner_index, has_person = inner
                if normalize_key(role.pattern) in KIN and ":" in code:
                    # "أقارب وزير الداخلية المصري", "والدة الصحفي اليمني": the relatives of an official or a
                    # journalist are civilians of the country (not of a group: "عائلة زعيم طالبان" stays TAL)
                    code = f"{code.split(':')[0]}:{role.role}"
                title_name = f"{inner_name}: {_role_name(role)}"
                if inner_index is not None:  # the title takes over the institution it governs
                    mentions[inner_index] = self._mention(nt, start, span_end, code, title_name, "title", role.id)
                    composed[start] = (span_end, inner_index, code, title_name, has_person)
                    composed_spans.append((start, span_end))
                    if role.kind == "office" and not has_person:
                        self._attach_person(nt, span_end, by_start, used, code, title_name, day, mentions,
                                            composed_spans, people_after_titles)
                    continue
            elif (role.kind in ("office", "institution")
                  # (a definite title governs no genitive: "زار وزير الخارجية مدينة حمص", "الوزير مدينة")
                  and not _definite(norm, r)
                  and (placed := self._place_after(norm, r.end, place_ends)) is not None
                  and not _covered(composed_spans, r.end + 1)):
                # "حاكم ولاية نيوجيرسي", "محافظ البصرة", "شرطة دبي": the place's country
                span_end, place_country = placed
                code = f"{place_country}:{role.role}"
                title_name = f"{place_country}: {_role_name(role)}"
                start = self._quantified_start(norm, r.start)
            else:
                target, span_end = self._portfolio_target(norm, r, by_start)
                if target is None or _covered(composed_spans, target.start):
                    continue
                code = f"{self._code_of(target.item, day).split(':')[0]}:{role.role}"
                title_name = f"{self._name_en(target.item)}: {_role_name(role)}"
                start = self._quantified_start(norm, r.start)
                used.add(target.start)
            composed_spans.append((start, span_end))
            mentions.append(self._mention(nt, start, span_end, code, title_name,
                                          "institution" if role.kind != "office" else "title", role.id))
            index = len(mentions) - 1  # (taken before a person is attached: a governing title replaces the title)
            if role.kind == "office":
                # (an indefinite title with its nationality, "شرطي مصري", "مسؤول أمريكي", names no one after it:
                # a known person only, not words guessed to be a name, "قتل شرطي مصري بانفجار عبوة")
                guess = not (target is not None and _kind(target.item) == "nisba" and not _nisba_definite(norm, target))
                has_person = self._attach_person(nt, span_end, by_start, used, code, title_name, day, mentions,
                                                 composed_spans, people_after_titles, guess)
            composed[start] = (span_end, index, code, title_name, has_person)

        # A group or institution named without its country ("متظاهرون"، "الشرطة") takes the country the
        # sentence places it in, or the document's dominant state.
        known_starts: set[int] | None = None  # where lexicon hits start, built for the first delegation
        for r in roles:
            role = r.item
            assert isinstance(role, RoleEntry)
            office = role.kind == "office"
            if not office and role.kind not in ("group", "unit") and \
                    normalize_key(role.pattern) not in INFERABLE_INSTITUTIONS:
                continue  # "الأمن الإقليمي" is a topic, not an actor: only people and clear institutions
            if _covered(composed_spans, r.start) or r.variant == NATIONAL:
                continue  # (a noun read for the nationality after it names no one without it)
            if not office:
                next_word = norm[r.end + 1 : r.end + 14].split(" ", 1)[0] if norm[r.end : r.end + 1] == " " else ""
                if next_word in FOREIGN or next_word in _STATES:
                    continue  # "قوات أجنبية", "قوات دولية": foreign forces are not the place's own; nor are the
                    # bodies of states named in general ("دعت ماليزيا سلطات الدول المطلة على المحيط الهندي")
                if norm[r.start : r.end] in RANKS and _personal_name_after(norm, r.end):
                    continue  # "اللواء عبده الحذيفي": the rank (major general), not a brigade
            start = r.start if office else self._quantified_start(norm, r.start)
            held = self._holder_country(norm, r.end, by_start, day)
            if held is not None:
                # "حكومة الرئيس أشرف غني", "يبحث وزير الخارجية عادل الجبير": a body or an office named without
                # its country, right before a known person (past a title such as "الرئيس" or "الأمير"), is that
                # person's country's, and its mention reaches the name
                holder, end = held
                composed_spans.append((start, end))
                mentions.append(self._mention(nt, start, end, f"{holder}:{role.role}",
                                              f"{holder}: {_role_name(role)}", "title", role.id))
                continue
            if office:
                continue  # an office with no country and no one named after it says no one
            if role.pattern in self._delegations:
                if known_starts is None:  # (a genitive the lexicon knows composes the delegation instead)
                    known_starts = {h.start for h in roles} | set(by_start) | set(place_ends)
                if r.end + 1 not in known_starts and _unknown_genitive(norm, r):
                    continue  # "زيارة وفد الائتلاف السوري إلى موسكو": the coalition's delegation, not Russia's
            country = self._context_country(norm, r.start, r.end, actors, place_list)
            if country is None:
                continue
            composed_spans.append((start, r.end))
            mentions.append(self._mention(nt, start, r.end, f"{country}:{role.role}",
                                          f"{country}: {_role_name(role)} {FROM_CONTEXT}", "group", role.id))

        # A person introduced by a title keeps that title's code when named again by surname alone
        # ("مساعدة وزيرة الخارجية الأمريكية إليزابيث كينيدي ترودو" ... "ترودو"), whatever else the
        # surname could mean.
        introduced = {norm[p_start:p_end].split(" ")[-1]: m for m, p_start, p_end in people_after_titles}
        cover = _Cover(composed_spans)
        for a in actors:
            if a.start in used or cover.contains(a.start, a.end):
                continue
            code = self._code_of(a.item, day)
            if isinstance(a.item, Person) and norm[a.start : a.end] in introduced:
                known = introduced[norm[a.start : a.end]]
                mentions.append(self._mention(nt, a.start, a.end, known.code, known.name_en, "person", known.entry))
                continue
            if (outlet := self._quoted_outlet(norm, a.start, a.end)) is not None:
                mentions.append(self._mention(nt, a.start, a.end, outlet.code, outlet.name_en, "media", outlet.id))
                continue
            kind = _kind(a.item)
            start = a.start
            if isinstance(a.item, Entry) and a.item.kind == "nisba" and _nisba_definite(norm, a):
                quantified = self._quantified_start(norm, a.start)
                if quantified != a.start and ":" not in code:
                    start, code = quantified, code + ":CVL"  # "العديد من القرغيز": people of that country
            elif isinstance(a.item, Entry) and a.item.kind == "nisba" and not a.prefix and ":" not in code:
                counted = _counted_start(norm, a.start)
                if counted != a.start:
                    start, code = counted, code + ":CVL"  # "اعتصم نحو ألف سوري", "قتل 20 فلسطينيا"
            mentions.append(self._mention(nt, start, a.end, code, self._name_en(a.item), kind, a.item.id))
        self._add_readings(nt, mentions)
        # "مطار الملك فهد الدولي", "جامعة الملك سعود", "حي إسكان الملك فهد": a place or an institution named
        # after a person is not that person, nor is a relative ("ابن عم الأسد")
        mentions = [m for m in mentions if m.kind not in ("person", "title") or not self._named_after(nt, m)]
        mentions = self._self_styled(nt, mentions)
        mentions.sort(key=lambda m: m.span.start)
        mentions = self._named_again(nt, mentions)
        if any(q in norm for q in OPENING_QUOTES):
            mentions = self._outlets_by_nationality(nt, mentions)
        return mentions

    def _outlets_by_nationality(self, nt: NormalizedText, mentions: list[Mention]) -> list[Mention]:
        """"صحيفة «الوطن» السعودية", "قناة "الإخبارية" السعودية": an outlet the lexicon does not know, named in
        quotation marks after its kind and followed by its nationality, is that country's media, not the
        country (the nationality after the quotes would otherwise read as the state: "السعودية")."""
        norm = nt.text
        out = mentions
        for found in _QUOTED_OUTLET.finditer(norm):
            o_start, o_end = nt.to_original(found.start("head"), found.end("quoted"))
            inside = [m for m in out if o_start <= m.span.start < o_end]
            if inside:
                continue  # a known outlet ("صحيفة «الشرق الأوسط»"), or a name of its own inside
            after = next((m for m in out if m.span.start >= o_end), None)
            if after is None or after.kind not in ("nisba", "country") or \
                    nt.to_normalized(after.span.start) != found.end() or ":" in after.code:
                continue
            name = nt.original[o_start:o_end]
            outlet = Mention(Span(o_start, after.span.end), f"{after.code}:MED",
                             f"{after.name_en}: media ({name.split(maxsplit=1)[-1]})", "media", None)
            out = [outlet if m is after else m for m in out]
        return out

    def _named_again(self, nt: NormalizedText, mentions: list[Mention]) -> list[Mention]:
        """"وصلت قوات سعودية إلى عدن … واشتبكت هذه القوات مع الحوثيين": a demonstrative before a body's noun,
        agreeing with it, points back to one named before it within a few sentences, whose code it takes: the
        nearest earlier mention of the same role (forces, government), of a group (هذا التنظيم; militias only
        named as militias) or of an organization (هذه المنظمة). A name after من ("بدعم من قوات التحالف") is
        taken only when nothing else is. With nothing named before, the noun is read as without the
        demonstrative."""
        norm = nt.text
        out = sorted(mentions, key=lambda m: m.span.start)
        for found in _DEMONSTRATIVE.finditer(norm):
            if not _word_starts(norm, found.start()):
                continue
            noun, dem = found.group("noun"), found.group("dem")
            role = self._anaphoric_roles.get(noun)
            kinds = _ANAPHORIC_NOUNS.get(noun)
            if (role is None and kinds is None) or dem not in _AGREEING[_gender(noun)]:
                continue  # ("لم يمنع ذلك السلطات": ذلك is the subject, السلطات its object)
            o_start, o_end = nt.to_original(found.start("dem"), found.end("noun"))
            k = bisect.bisect_left([m.span.start for m in out], o_start)
            here = [i for i in range(max(0, k - 1), min(len(out), k + 3))
                    if out[i].span.start < o_end and o_start < out[i].span.end]
            if any(not guessed_country(out[i]) for i in here):
                continue  # named in full ("هذه القوات الأميركية"), or part of a longer name
            candidates = []
            for m in reversed(out[:k]):
                if m.span.end > o_start:
                    continue
                if o_start - m.span.end > _ANAPHORA_REACH:
                    break
                if m.kind in ("media", "person") or (m.kind == "title" and role not in _ARMED):
                    continue  # (a minister is no government; "قوات الشرطة العراقية", composed as a title, are forces)
                if role is not None:
                    fits = m.code.split(":")[-1] in (_ARMED if role in _ARMED else (role,))
                else:
                    # (a named body, not "المصلين"; militias, named as militias, if only guessed)
                    fits = m.kind in (kinds or ()) and (
                        _MILITIA_STEM in normalize_key(nt.original[m.span.start : m.span.end]) if noun in _MILITIAS
                        else not guessed_country(m))
                if fits:
                    candidates.append(m)
            if not candidates:
                continue  # (a guess from its sentence's country, if any, stands)
            antecedent = next((m for m in candidates if not self._after_from(nt, m)), candidates[0])
            main = antecedent.code.split(":")[0]
            code = antecedent.code if role is None or role in _ARMED else f"{main}:{role}"
            name = (antecedent.name_en or code).removesuffix(" " + FROM_CONTEXT).removesuffix(" " + NAMED_BEFORE)
            # (a guess stays marked as one: "(named before) (country from context)")
            name = f"{name} {NAMED_BEFORE}" + (f" {FROM_CONTEXT}" if guessed_country(antecedent) else "")
            named = Mention(Span(o_start, o_end), code, name, antecedent.kind, antecedent.entry)
            # (in place of the guess, keeping the order: a later demonstrative may point back to this one)
            if here:
                out[here[0] : here[-1] + 1] = [named]
            else:
                out.insert(k, named)
        return out

    @staticmethod
    def _after_from(nt: NormalizedText, m: Mention) -> bool:
        """Whether a mention follows من ("بدعم من قوات التحالف", "من القوات التي دربتها")."""
        words = nt.text[max(0, nt.to_normalized(m.span.start) - 12) : nt.to_normalized(m.span.start)].split()
        return bool(words) and words[-1] in ("من", "ومن")

    def _self_styled(self, nt: NormalizedText, mentions: list[Mention]) -> list[Mention]:
        """"مجموعة تطلق على نفسها «المقاومة الوطنية الإسلامية في العراق»": a group that names itself, with the
        one country its quoted name holds, is an armed group of that country (the mentions inside the name
        are part of it)."""
        norm = nt.text
        if "نفس" not in norm:
            return mentions  # (the common case, settled without the pattern)
        for named in _SELF_STYLED.finditer(norm):
            o_start, o_end = nt.to_original(named.start("name"), named.end("name"))
            inside = [m for m in mentions if o_start <= m.span.start and m.span.end <= o_end]
            countries = {m.code.split(":")[0] for m in inside if m.kind in ("country", "capital", "nisba")}
            known = [m for m in inside if m.kind not in ("country", "capital", "nisba")
                     and not (m.entry or "").startswith("roles:")]
            if len(countries) != 1 or known:
                continue  # (a known group inside keeps its own code; no country, or several, says no one; a
                # role noun inside, "جيش التحرير في مالي", is part of the name)
            country = countries.pop()
            mentions = [m for m in mentions if m not in inside]
            mentions.append(Mention(Span(o_start, o_end), f"{country}:REB", f"{country}: self-styled group",
                                    "group", None))
        return mentions

    @staticmethod
    def _named_after(nt: NormalizedText, m: Mention) -> bool:
        start = nt.to_normalized(m.span.start)
        words = nt.text[max(0, start - 20) : start].split()
        if not words:
            return False
        if _kin_or_named_after(words[-1], _NOT_THE_PERSON):
            return True
        # a relative named by the person's title first: "ابن الرئيس الأسبق رفسنجاني", "نجل الملك الراحل"
        words = [w for w in nt.text[max(0, start - 50) : start].split() if w.strip(_QUOTES)][-4:]
        titles = 0
        while words and words[-1].strip(_QUOTES).startswith("ال") and titles < 3:
            words.pop()
            titles += 1
        kin = words[-1] if words else ""
        return bool(titles) and (kin in KIN or (kin[:1] in ("و", "ف", "ل", "ب") and kin[1:] in KIN))

    def _add_readings(self, nt: NormalizedText, mentions: list[Mention]) -> None:
        """Names with several readings ("عمان": Amman or Oman), each coded as the reading whose cues the
        document names most; a tie leaves the name uncoded."""
        norm = nt.text
        cache: dict[object, Reading | None] = {}
        taken: list[tuple[int, int]] | None = None  # the names already found, once a reading is to be placed
        guessed: list[Mention] = []
        for pattern, readings in self._readings.items():
            if (pattern[1:] if pattern.startswith("ال") else pattern) not in norm:
                continue  # (the article's alef is missing after لل: "للمملكة")
            spots = _name_spots(norm, pattern)
            if not spots:
                continue
            if taken is None:
                # (a group whose country was only guessed from its sentence gives way to a longer reading:
                # "قوات" in "قوات الاحتلال" is replaced by the reading of the whole phrase)
                guessed = [m for m in mentions if guessed_country(m)]
                guessed_ids = {id(m) for m in guessed}
                taken = sorted((nt.to_normalized(m.span.start), nt.to_normalized(m.span.end)) for m in mentions
                               if id(m) not in guessed_ids)
            starts = [s for s, _ in taken]
            spots = [(ws, start, end) for ws, start, end in spots
                     if not ((k := bisect.bisect_right(starts, start) - 1) >= 0 and start < taken[k][1])  # inside
                     and not self._exclusions.excludes(norm, ws, start, end)]  # "بحر عمان"
            for ws, start, end in spots:
                # ("عمان بالأردن" in a report on Yemen's wounded: the words around it decide first; with no
                # cue in the whole document, its actors)
                reading = readings.choose(norm, ws, end, cache, lambda items: _reading_by_named(items, mentions))
                if reading is None:
                    continue  # no cue, or as many for another reading: left uncoded rather than guessed
                o_start, o_end = nt.to_original(start, end)
                replaced = [x for x in guessed if o_start <= x.span.start < o_end]
                if replaced:
                    mentions[:] = [x for x in mentions if not any(x is r for r in replaced)]
                mentions.append(self._mention(nt, start, end, reading.code, reading.name_en, reading.kind, reading.id))

    def _quoted_outlet(self, norm: str, start: int, end: int) -> Entry | None:
        """The outlet a bare name in quotes names: "لـ«الشرق الأوسط»" is the newspaper."""
        if norm[start - 1 : start] in OPENING_QUOTES and norm[end : end + 1] in CLOSING_QUOTES:
            return self._outlets.get(norm[start:end])
        return None

    def _holder_country(self, norm: str, pos: int, by_start: dict[int, _Hit],
                        day: dt.date | None) -> tuple[str, int] | None:
        """The country of a known person named right after a body, past one title, and where the words before
        the name end: "حكومة الرئيس أشرف غني" is the Afghan government, whatever state the sentence names."""
        at = pos + 1
        for _ in range(2):
            hit = by_start.get(at)
            if hit is not None and isinstance(hit.item, Person) and not hit.prefix:
                code = self._code_of(hit.item, day)
                return (code.split(":")[0], at - 1) if code else None
            word = norm[at : at + 20].split(" ", 1)[0]
            if word not in _HOLDER_TITLES:  # (the text is normalized already)
                return None
            at += len(word) + 1
        return None

    def _context_country(self, norm: str, start: int, end: int, actors: list[_Hit],
                         places: Sequence[tuple[int, str]]) -> str | None:
        """The country of the sentence around [start, end): a place in it, else a state named in it."""
        lo = max(norm.rfind(". ", 0, start), norm.rfind("\n", 0, start)) + 1
        hi_candidates = [i for i in (norm.find(". ", end), norm.find("\n", end)) if i >= 0]
        hi = min(hi_candidates) if hi_candidates else len(norm)
        near: list[tuple[int, str]] = []
        for p_start, country in places:
            if lo <= p_start < hi and not _names_a_pact(norm, p_start):
                near.append((abs(p_start - start), country))
        if not near:
            # a state the sentence says something happened in ("في أفغانستان", "بالعراق") before any other
            # state it names ("مسلحين … في غارة أمريكية … في أفغانستان": the gunmen are not American)
            for a in actors:
                ws = a.start - len(a.prefix)
                if lo <= a.start < hi and _kind(a.item) in ("country", "capital") and (
                        "ب" in a.prefix or norm[max(0, ws - 3) : ws] == "في "):
                    near.append((abs(a.start - start), self._code_of(a.item, None).split(":")[0]))
        if not near:
            states: list[tuple[int, str]] = []
            for a in actors:
                if lo <= a.start < hi and _kind(a.item) in ("country", "capital", "nisba", "metonym") \
                        and self._quoted_outlet(norm, a.start, a.end) is None \
                        and not _names_a_pact(norm, a.start - len(a.prefix)) \
                        and not (_kind(a.item) == "nisba" and _of_a_weapon(norm, a.start - len(a.prefix))) \
                        and not (a.prefix == "ل" and _last_word(norm, a.start - 1).lstrip("و" + _QUOTES) == "الموت"):
                    # (not the maker of a weapon: "استهدف الجيش مواقع المسلحين بصواريخ روسية", "طائرة بدون طيار
                    # أميركية": "قال مسؤولون" before it are not American; nor a slogan's enemy: "على وقع هتافات
                    # «الموت لاميركا» توجه المتظاهرون")
                    code = self._code_of(a.item, None).split(":")[0]
                    (states if _kind(a.item) == "country" else near).append((abs(a.start - start), code))
            if len({country for _, country in states}) < _MANY_COUNTRIES:
                near += states  # (a list of states places no one: "قوة من خمس دول: نيجيريا والنيجر وتشاد …")
        return min(near)[1] if near else None

    def _attach_person(self, nt: NormalizedText, pos: int, by_start: dict[int, _Hit], used: set[int], code: str,
                       title_name: str, day: dt.date | None, mentions: list[Mention],
                       composed_spans: list[tuple[int, int]],
                       people_after_titles: list[tuple[Mention, int, int]], guess: bool = True) -> bool:
        found = self._person_after(nt, pos, by_start, used, code, title_name, day, composed_spans, guess)
        if found is None:
            return False
        person, p_start, p_end = found
        mentions.append(person)
        composed_spans.append((p_start, p_end))
        if person.entry is None:
            people_after_titles.append((person, p_start, p_end))
        return True

    def _governed(self, norm: str, pos: int, composed: dict[int, tuple[int, int, str, str, bool]],
                  by_start: dict[int, _Hit], construct: bool) -> tuple[int, str, str, int | None, bool] | None:
        """What a title without a country of its own governs: a composed institution or an organization
        right after it, possibly through "باسم"/"في"/"لدى" (``المتحدث باسم الأمم المتحدة``, ``القيادي في حركة
        حماس``). Returns (end, code, name, index of the inner mention to replace or None, inner has a person).
        ``construct``: the title can head a construct ("رئيس المحكمة"), so it may govern with no connector."""
        owner_at = _owner_at(norm, pos)
        if owner_at is not None and (inner := composed.get(owner_at)) is not None:
            return _as_governed(inner)  # what belongs to a force, or only it owns, acts for it
        if pos >= len(norm) or norm[pos] != " ":
            return None
        adjective = norm[pos + 1 : pos + 16].split(" ", 1)[0]
        if adjective in TITLE_ADJECTIVES and norm.startswith(" ", pos + 1 + len(adjective)):
            pos += len(adjective) + 1  # "القيادي البارز في تنظيم القاعدة"
            construct = False
        for connector in ("", "باسم ", "في ", "لدي "):
            at = pos + 1 + len(connector)
            if connector and not norm.startswith(connector, pos + 1):
                continue
            # ("هاجم مسلحون القوات الأمريكية": a title that cannot head a construct governs nothing right
            # after it, the subject then the object; only an organization's own ل still attaches it)
            lam_only = not connector and not construct
            inner = None if lam_only else composed.get(at)
            if inner is not None:
                return _as_governed(inner)
            hit = (None if lam_only else by_start.get(at)) or (by_start.get(at + 1) if not connector else None)
            if hit is not None and hit.prefix in (("ل",) if lam_only else ("", "ل")) and _kind(hit.item) in (
                    "organization", "group", "agency", "legislature"):
                # "المتحدث باسم الأمم المتحدة"، "الأمانة العامة لجامعة الدول العربية"
                return hit.end, self._code_of(hit.item, None), hit.item.name_en, None, False
        return None

    def _surname(self, norm: str, hit: _Hit) -> bool:
        """A nisba with the article right after a given name, or after "بن <name>", is a family name:
        "منصور التركي", "عبدالله بن عبدالمحسن التركي", and after a title of profession: "الدكتور التركي" (not
        "the Turkish …"). So is a known person's one-word family name after someone else's given name, or
        after a given name and a father's name: "سليمان هلال الأسد", "ماهر الأسد" are not Bashar al-Assad."""
        if isinstance(hit.item, Person) and not hit.prefix and norm.startswith("ال", hit.start) \
                and " " not in norm[hit.start : hit.end]:
            words = norm[max(0, hit.start - 40) : hit.start].split()
            return bool(words) and (self._given_name(words[-1]) or (
                len(words) >= 2 and self._given_name(words[-2])
                and words[-1].isalpha() and not words[-1].startswith("ال") and words[-1] not in NAME_FOLLOWERS))
        if not (isinstance(hit.item, Entry) and hit.item.kind == "nisba" and not hit.prefix
                and _nisba_definite(norm, hit)):
            return False
        words = norm[max(0, hit.start - 40) : hit.start].split()
        return bool(words) and (self._given_name(words[-1]) or (
            len(words) >= 2 and words[-2] in ("بن", "بنت")) or words[-1] in _SURNAME_TITLES or (
            words[-1][:1] == "و" and len(words[-1]) > 3 and words[-1][1:] in _SURNAME_TITLES))  # "والدكتور"

    def _given_name(self, word: str) -> bool:
        """Whether ``word`` is a common given name ("علي" and "الي" are also the prepositions على and إلى once
        normalized: not taken for names here)."""
        return word in self.lexicon.given_names and word not in ("علي", "الي")

    @staticmethod
    def _currency(norm: str, hit: _Hit) -> bool:
        """Whether a nisba names a currency: "دولار أمريكي", "الريال السعودي", "ليرة تركية"."""
        if not (isinstance(hit.item, Entry) and hit.item.kind in ("nisba", ATTRIBUTIVE)) or hit.prefix:
            return False
        words = norm[max(0, hit.start - 12) : hit.start].split()
        if not words:
            return False
        word = words[-1]
        return word in CURRENCIES or (word[:1] in ("و", "ف", "ب") and word[1:] in CURRENCIES)  # "بالدولار"

    def _excluded(self, norm: str, hit: _Hit) -> bool:
        """True when the words around a hit say it is not an actor (``بينهم طالبان``: two students)."""
        return self._exclusions.excludes(norm, hit.start - len(hit.prefix), hit.start, hit.end)

    def _role_target(self, norm: str, r: _Hit, by_start: dict[int, _Hit]) -> tuple[_Hit | None, int]:
        """The actor that completes a role noun, and where the composed mention ends."""
        role = r.item
        assert isinstance(role, RoleEntry)
        if role.kind != "office" and (owner := self._owner_after(norm, r.end, by_start)) is not None:
            return owner, owner.end
        pos = r.end + 1 if r.end < len(norm) and norm[r.end] == " " else None
        if pos is None:
            return None, r.end
        definite = _definite(norm, r)
        if norm.startswith("دول ", pos) and not definite:
            # "وزراء خارجية دول مجلس التعاون": the ministers of an organization's member states act for it
            member_of = by_start.get(pos + 4)
            if member_of is not None and member_of.prefix == "" and _kind(member_of.item) == "organization":
                return member_of, member_of.end
        if role.kind in ("unit", "group") and role.role in ("MIL", "REB", "COP") and not definite:
            # "قوات الأسد", "قوات نظام بشار الأسد", "ميليشيات صالح": the forces of a ruler are his state's
            # (the mention spans the ruler, who is no one else's target)
            ruler = by_start.get(pos + len(_REGIME) + 1 if norm.startswith(_REGIME + " ", pos) else pos)
            if ruler is not None and not ruler.prefix and isinstance(ruler.item, Person) and \
                    len(ruler.item.country) == 3 and any(o.code.endswith(":GOV") for o in ruler.item.offices):
                return ruler, ruler.end
        nxt = by_start.get(pos)
        if nxt is None and (word := norm[pos : pos + 12].split(" ", 1)[0]) in _DESCRIBING and \
                (after_it := by_start.get(pos + len(word) + 1)) is not None and _kind(after_it.item) == "nisba" \
                and definite and norm.startswith("ال", after_it.start):
            nxt = after_it  # past an adjective of its own: "اتحاد الطلاب الوطني البريطاني", "المجلس الأعلى الليبي"
        if nxt is not None and _kind(nxt.item) not in ("person", "role"):
            kind = _kind(nxt.item)
            if nxt.prefix == "" and kind == "nisba" and (_nisba_definite(norm, nxt) == definite or (
                    " " not in norm[r.start : r.end] and norm.startswith("لل", r.start - len(r.prefix)))):
                # the adjective agrees: "الرئيس الروسي", "مسؤولون أمريكيون", "شركة ألمانية" (after لل the
                # article may be written or not: "للاجئين السوريين" is ل + اللاجئين)
                return nxt, nxt.end
            if nxt.prefix == "" and kind == "country" and not definite and norm[r.end - 1] == "ا" \
                    and norm.endswith("يا", nxt.start, nxt.end) and " " not in norm[r.start : r.end]:
                return nxt, nxt.end  # an accusative adjective, written as the state's name: "التقى مسؤولا روسيا"
            if nxt.prefix == "" and kind == "group" and role.kind == "group" and \
                    norm.startswith("ال", nxt.start) == definite and \
                    norm.endswith(_GROUP_ADJECTIVE, nxt.start, nxt.end):
                return nxt, nxt.end  # the group's adjective: "المتمردين الحوثيين", "مسلحين حوثيين"
            if nxt.prefix == "" and kind == "country" and definite and norm.startswith("ال", nxt.start) \
                    and norm.endswith("يه", nxt.start, nxt.end):
                return nxt, nxt.end  # a state named by its adjective: "وزارة الداخلية السعودية"
            if nxt.prefix == "" and kind != "nisba" and _construct_head(norm, r):
                return nxt, nxt.end  # construct state: "رئيس قرغيزستان", "نواب جوغوركو كينيش"
        lam = by_start.get(pos + 1)  # "القوات المسلحة لطاجيكستان": the hit starts after its proclitic
        # ("المندوب الدائم للمملكة العربية السعودية": the preposition's ل and the article's share one letter,
        # and the hit, read as its article-less variant, starts at the article's ل)
        if lam is not None and lam.prefix != "ل" and not (lam.variant == "lam" and norm.startswith("لل", pos)):
            lam = None
        if definite and lam is not None and _kind(lam.item) not in ("person", "role", "nisba", "media"):
            return lam, lam.end  # (not a news outlet: "قال نائب مفوض الشرطة لوكالة الأنباء الألمانية" told it)
        ba = by_start.get(pos + 1)  # "مجلس الوزراء بمملكة البحرين": the body in a state is that state's
        if definite and ba is not None and ba.prefix == "ب" and _kind(ba.item) == "country":
            return ba, ba.end
        if ba is not None and ba.prefix == "ب" and _kind(ba.item) == "organization" and role.role == "GOV" and \
                role.kind == "group":
            return ba, ba.end  # "مسؤولين بالاتحاد الأوروبي": officials at an organization are its own
        for connector in ("في ", "من ", "داخل "):
            if norm.startswith(connector, pos):
                cand = by_start.get(pos + len(connector))
                if cand is not None and cand.prefix == "" and \
                        _kind(cand.item) in ("country", "capital", "region", "organization"):
                    if connector == "من " and role.kind not in ("group", "unit"):
                        continue
                    return cand, cand.end
        return None, r.end

    def _owner_after(self, norm: str, pos: int, by_start: dict[int, _Hit]) -> _Hit | None:
        """Whose a platform, force or group is when the words after it say so: "طائرات تابعة للتحالف" (they
        belong to it), or hedged, "طائرة بدون طيار، يعتقد أنها أميركية" and "مسلحون يعتقد أنهم من داعش" (the
        text's own attribution, which the mention then spans). Not "موالية ل" (loyal to another is still
        one's own)."""
        if _OWNER_CUE.search(norm, pos, pos + 40) is None:
            return None  # (most roles have neither a hedge nor an owner after them)
        hedge = _HEDGED.match(norm, pos)
        at = hedge.end() if hedge else pos + 1
        if not hedge and norm[pos : pos + 1] != " ":
            return None
        for _ in range(2):  # past the unit's own adjectives: "الفرقة الأولى الساحلية التابعة للجيش السوري الحر"
            word = norm[at : at + 20].split(" ", 1)[0]
            if hedge or not word.startswith("ال") or _BELONGING.match(norm, at) or \
                    not norm.startswith(" ", at + len(word)):
                break
            at += len(word) + 1
        owned = _BELONGING.match(norm, at)
        if owned:
            # (after لل the hit, read without its article, starts at the article's ل: "التابعة للجيش الحر")
            lam = by_start.get(owned.end() + 1) or by_start.get(owned.end() + 2)
            if lam is not None and (lam.prefix == "ل" or lam.variant == "lam") and _kind(lam.item) in _OWNERS:
                return lam
            return None
        if not hedge:
            return None
        if norm.startswith("من ", at):
            group = by_start.get(at + 3)
            return group if group is not None and not group.prefix and _kind(group.item) in _OWNERS else None
        nisba = by_start.get(at)
        if nisba is not None and not nisba.prefix and _kind(nisba.item) in ("nisba", "country") \
                and not _nisba_definite(norm, nisba):
            return nisba
        return None

    def _portfolio_target(self, norm: str, r: _Hit, by_start: dict[int, _Hit]) -> tuple[_Hit | None, int]:
        """"وزير النقل السعودي", "وزارة الشؤون الخارجية العمانية": one or two genitive words naming the
        portfolio, then the nisba; the lexicon need not list every ministry."""
        role = r.item
        assert isinstance(role, RoleEntry)
        pos = r.end + 1
        if r.end >= len(norm) or norm[r.end] != " ":
            return None, r.end
        if role.kind in ("office", "institution") and " " not in normalize_key(role.pattern):
            for hop in (1, 2):
                words = norm[pos : pos + 40].split(" ")
                if len(words) <= hop or any(not w or not w.startswith("ال") or not w.isalpha() for w in words[:hop]):
                    break
                cand = by_start.get(pos + sum(len(w) + 1 for w in words[:hop]))
                if cand is not None and cand.prefix == "" and _kind(cand.item) == "nisba" and \
                        _nisba_definite(norm, cand):
                    return cand, cand.end
        return None, r.end

    @staticmethod
    def _place_after(norm: str, pos: int, place_ends: dict[int, tuple[int, str]]) -> tuple[int, str] | None:
        """A place right after ``pos``, possibly behind one word naming its kind ("ولاية", "مدينة")."""
        if pos >= len(norm) or norm[pos] != " ":
            return None
        at = pos + 1
        if at in place_ends:
            return place_ends[at]
        word = norm[at : at + 12].split(" ", 1)[0]
        if word in PLACE_KIND_WORDS:
            return place_ends.get(at + len(word) + 1)
        return None

    @staticmethod
    def _quantified_start(norm: str, start: int) -> int:
        if start < 2 or norm[start - 1] != " ":
            return start
        words = norm[max(0, start - 16) : start - 1].split(" ")
        for n in (2, 1):  # "العديد من", then "بعض"
            if len(words) >= n and " ".join(words[-n:]) in QUANTIFIER_SET:
                return start - len(" ".join(words[-n:])) - 1
        return start

    def _person_after(self, nt: NormalizedText, pos: int, by_start: dict[int, _Hit], used: set[int], code: str,
                      title_name: str, day: dt.date | None,
                      taken: list[tuple[int, int]], guess: bool = True) -> tuple[Mention, int, int] | None:
        """A person named right after a title: known (lexicon) or, with ``guess``, unknown (name-like words),
        not running into a title already composed (``taken``: "الرئيس الفرنسي وزير خارجية البرتغال" names no
        president)."""
        norm = nt.text
        if pos >= len(norm) or norm[pos] != " ":
            return None
        start = pos + 1
        # skip "لدى <capital>" (an ambassador's posting) and ranks or honorifics before the name
        lada = re.match(r"لدي (\S+) ", norm[start : start + 40])
        if lada is not None:
            start += lada.end()
        ranked = False
        for _ in range(2):
            named = by_start.get(start)
            if named is not None and isinstance(named.item, Person) and named.prefix == "":
                break  # a known name that begins with its rank ("الشيخ تميم بن حمد آل ثاني")
            rank = next((r for r in RANKS if norm.startswith(r + " ", start)), None)
            if rank is None:
                break
            start += len(rank) + 1
            ranked = True
        known = by_start.get(start)
        if known is not None and isinstance(known.item, Person) and known.prefix == "":
            used.add(known.start)
            mention = self._mention(nt, known.start, known.end, self._code_of(known.item, day),
                                    known.item.name_en, "person", known.item.id)
            return mention, known.start, known.end
        if not guess:
            return None
        words: list[tuple[int, int]] = []
        i = start
        absorbed: _Hit | None = None
        while len(words) < MAX_NAME_WORDS and i < len(norm):
            hit = by_start.get(i)
            if hit is not None:
                # a known surname finishing an unknown full name ("إليزابيث كينيدي ترودو") belongs to it
                if words and isinstance(hit.item, Person) and hit.prefix == "" and " " not in norm[hit.start:hit.end]:
                    absorbed = hit
                    words.append((hit.start, hit.end))
                break
            j = i
            while j < len(norm) and norm[j].isalpha():
                j += 1
            if j == i or any(i <= s < j or s <= i < e for s, e in taken):
                break  # (or the word begins a title already composed, after its clitic: "ورئيس الوزراء …")
            word = norm[i:j]
            original = "".join(nt.written(k) for k in range(i, j))  # the word as written
            if original in PREPOSITIONS_AS_NAMES:
                break  # "على"/"إلى" normalize to the given name "علي" and to "الي": the spelling tells
            article = word.startswith("ال") and original[0] in "اٱ"  # not "إليزابيث"
            # a final heh that is not a teh marbuta is a pronoun suffix ("ميلاده"), except in "...الله"
            pronoun = original[-1] == "ه" and not word.endswith("لله") and len(word) > 3
            # a first word in teh marbuta ("الرئيس الأمريكي زيارة …") or a long one in alif ("هجوما لاذعا",
            # "وفدا", an accusative) is a noun; women's names in ة are known given names, accepted below
            # (and a long one in the feminine plural: "الرئيس التونسي إجراءات جديدة", "تصريحات")
            noun_shape = not words and (original[-1] == "ة" or (j - i >= 5 and original[-1] == "ا")
                                        or (j - i >= 6 and original.endswith("ات")))
            given = bool(words) and norm[words[0][0] : words[-1][1]] in self.lexicon.given_names
            if words and _TANWEEN_FATH in nt.original[slice(*nt.to_original(i, j))]:
                break  # a word written with tanween is an accusative noun, in no name: "لعب دوراً", "اتصالاً"
            if word in self.lexicon.given_names and not pronoun:
                pass  # a known given name is a name, whatever its shape ("توفيق")
            elif pronoun or noun_shape or not _name_like(word, first=not words, article=article,
                                                         after_given_name=given):
                break
            words.append((i, j))
            if j >= len(norm) or norm[j] != " ":
                break
            i = j + 1
        while words and norm[words[-1][0] : words[-1][1]] in NAME_PARTICLES:
            words.pop()
        if len(words) < 2:  # one unknown word after a title is too often not a name
            return None
        first = norm[words[0][0] : words[0][1]]
        if first not in self.lexicon.given_names and not ranked:
            # without a rank or a known given name, the words must end where a name typically ends: at
            # punctuation, before a word that often follows names, or before a word no name contains
            after = norm[words[-1][1] : words[-1][1] + 16].lstrip()
            next_word = after.split(" ", 1)[0].strip("،,.:") if after else ""
            if after and after[0] not in "،,.:\"«(" and next_word not in NAME_FOLLOWERS and \
                    _name_like(next_word, first=False, article=next_word.startswith("ال")):
                return None
        if absorbed is not None:
            used.add(absorbed.start)
        mention = self._mention(nt, words[0][0], words[-1][1], code, f"{title_name} (name not in the lexicon)",
                                "person", None)
        return mention, words[0][0], words[-1][1]

    @staticmethod
    def _mention(nt: NormalizedText, start: int, end: int, code: str, name_en: str | None, kind: str,
                 entry: str | None) -> Mention:
        o_start, o_end = nt.to_original(start, end)
        return Mention(Span(o_start, o_end), code, name_en, kind, entry)

    @staticmethod
    def _code_of(item: Entry | RoleEntry | Person | Place, day: dt.date | None) -> str:
        if isinstance(item, Person):
            return item.code_on(day)
        if isinstance(item, Entry):
            return item.code
        if isinstance(item, Place):
            return item.country
        return item.role

    def _main_of(self, item: Entry | RoleEntry | Person | Place, day: dt.date | None) -> str | None:
        if isinstance(item, RoleEntry | Place):
            return None
        return self._code_of(item, day).split(":")[0]

    @staticmethod
    def _name_en(item: Entry | RoleEntry | Person | Place) -> str:
        return item.name_en
