"""Trigger recognition: one Aho-Corasick automaton over every trigger form, clitic- and suffix-aware.

Verbs take the proclitics و ف, the future prefix س and the lam of purpose (ليزور); verbal nouns take
و ف ب ل ك and the article (الزيارة، بالزيارة، للزيارة). Both may carry a pronoun suffix (زيارته، اتهمه);
a noun ending in teh marbuta is then written with teh (زيارة -> زيارته).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

import ahocorasick

from marsad.events.lexicon import EventLexicon, Trigger
from marsad.text.normalize import NormalizedText, normalize_key
from marsad.text.spans import non_overlapping
from marsad.text.weapons import PROJECTILES

_SPORT_PREFIXES = frozenset({"", "و", "ف", "ب", "ل"})
VERB_PREFIXES = frozenset({"", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل"})
NOUN_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
ARTICLE_PREFIXES = frozenset({"ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "لل", "ولل", "فلل"})
# Pronoun suffixes a trigger may carry (زيارته، اتهمه، معهما). Not ي: on a noun it is far more often the
# nisba adjective (اجتماع -> الاجتماعي) than "my".
_WORD = re.compile(r"\S+")
# a clause mark, a colon, or a parenthesis closing one opened before the verb ("(حكم طهران) ينفق … على")
_CLAUSE_MARK = re.compile(r"[،.,\n):؛]")
_PROCLITIC_CHARS = frozenset("وفبلكسال")
FUNCTION_WORDS = frozenset(normalize_key(w) for w in (
    "على", "عبر", "تحت", "في", "من", "إلى", "عن", "مع", "بعد", "قبل", "بين", "حول", "ضد", "لدى", "نحو", "خلال",
    "أمام", "دون", "منذ", "حتى", "عند", "فوق", "إثر", "عقب", "جراء", "بسبب", "نتيجة", "وسط"))
# the words before "الله" that make it part of a name ("حزب الله", "نصر الله", "عبد الله"), not God
GOD_IN_NAMES = frozenset(normalize_key(w) for w in ("حزب", "لحزب", "نصر", "عبد", "جند", "فتح", "أنصار", "ضيف",
                                                    "عطا", "خلف", "سيف", "جار", "حسب", "فضل", "رحمة", "نعمة"))
_GOD = normalize_key("الله")
EVENT_HOLDERS = frozenset(normalize_key(w) for w in (
    "جرائم", "جريمة", "حوادث", "حادث", "حادثة", "عمليات", "عملية", "محاولة", "محاولات", "حالات", "حالة", "مسلسل",
    "سلسلة", "تهمة", "بتهمة", "تهم", "أعمال", "اعمال", "ضحايا", "ضحية", "خلفية", "ذكرى", "قضية", "ملف"))
_TAFIL = re.compile(r"^ت\S\Sي\S$")  # the verbal-noun shape تفعيل (تنظيم، تقديم، تحقيق)
_IFAL = re.compile(r"^ا\S\Sا\S$")  # the verbal-noun shape إفعال (إطلاق، إرسال), hamza folded
_SUFFIX_STARTS = frozenset("هكن")
SUFFIXES = ("هما", "هم", "هن", "ها", "ه", "كم", "نا")


@dataclass(slots=True, frozen=True)
class TriggerHit:
    start: int  # normalized offsets of the trigger form (proclitics and article excluded, suffix included)
    end: int
    trigger: Trigger
    prefix: str  # proclitics before ``start`` (article included)
    future: bool  # future prefix س
    gapped: bool = False  # a verb phrase matched with words between its verb and the rest
    tail_start: int = -1  # where the rest of a gapped phrase is
    tail_end: int = -1

    @property
    def length(self) -> int:
        return self.end - self.start


class TriggerMatcher:
    def __init__(self, lexicon: EventLexicon) -> None:
        self.lexicon = lexicon
        table: dict[str, list[tuple[Trigger, bool]]] = {}
        gapped: dict[str, list[tuple[str, Trigger]]] = {}
        verb_forms = {normalize_key(t.pattern) for t in lexicon.triggers if t.pos == "verb"}
        noun_forms = {normalize_key(t.pattern) for t in lexicon.triggers if t.pos == "noun"}
        for t in [*lexicon.triggers, *lexicon.blockers, *lexicon.crowd_acts]:  # a crowd act only as a last resort
            key = normalize_key(t.pattern)
            table.setdefault(key, []).append((t, False))
            if t.pos in ("noun", "participle") and key.endswith("ه") and " " not in key:
                table.setdefault(key[:-1] + "ت", []).append((t, True))  # زياره -> زيارت + suffix
            if t.pos == "phrase" and t.type != "-" and key.count(" ") == 1 and not t.needs:
                head, second = key.split(" ")
                if not second.startswith("ال") and not verb_like(head, verb_forms, noun_forms):
                    # a noun and its adjective agree in definiteness: "الضربات الجوية" for "ضربات جوية"
                    table.setdefault(f"{head} ال{second}", []).append((t, False))
            if t.pos == "phrase" and " " in key:  # (a not-event phrase too: "احتل سهم بنك مسقط المركز الأول")
                head, tail = key.split(" ", 1)
                if len(head) >= 3 and verb_like(head, verb_forms, noun_forms):
                    gapped.setdefault(head, []).append((tail, t))
        # head -> first word of the complement -> [(complement words, trigger)], for a few dict lookups per head
        self._gapped: dict[str, dict[str, list[tuple[tuple[str, ...], Trigger]]]] = {}
        for head, tails in gapped.items():
            by_first: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
            for tail, trig in tails:
                words = tuple(tail.split())
                by_first.setdefault(words[0], []).append((words, trig))
                by_first.setdefault("ال" + words[0], []).append((("ال" + words[0], *words[1:]), trig))
            for entries in by_first.values():
                entries.sort(key=lambda e: -sum(map(len, e[0])))  # the longest complement first
            self._gapped[head] = by_first
        # the heads that may reach a far complement: what is fired, or the responsibility put on someone
        # (not verbal nouns: a verbal noun's complement follows it, "وقف اطلاق الصواريخ على اسرائيل والموافقة على
        # احترام وقف دائم لاطلاق النار" is no firing by the White House)
        self._far_heads = frozenset(head for head, by_first in self._gapped.items()
                                    if head not in noun_forms and not _IFAL.match(head)
                                    and any(first.removeprefix("ال") in _FAR_TAILS for first in by_first))
        self._nouns = noun_forms  # after one, with و, a form both verb and noun is the noun ("اغتيال وقتل")
        self.verb_forms, self.noun_forms = frozenset(verb_forms), frozenset(noun_forms)  # (the coder's too)
        self._automaton = ahocorasick.Automaton()
        for readings in table.values():
            # a form both verb and noun (تظاهر) is a verb first; a crowd act comes after every plain reading
            readings.sort(key=lambda v: (bool(v[0].needs), v[0].pos != "verb"))
        # the words of sport ride in the same automaton: their places come with the hits, for free
        sports = {w for w in lexicon.sports_words if w}
        for key in set(table) | set(gapped) | sports:
            self._automaton.add_word(key, (len(key), tuple(table.get(key, ())), key in gapped, key in sports))
        self._automaton.make_automaton()

    def find(self, nt: NormalizedText) -> list[TriggerHit]:
        """Non-overlapping trigger hits, longest first, in text order."""
        return self.find_with_sports(nt)[0]

    def find_with_sports(self, nt: NormalizedText) -> tuple[list[TriggerHit], list[tuple[int, str]]]:
        """The trigger hits, and where words of sport are (normalized start, word; after و ف ب ل at most)."""
        norm = nt.text
        hits: list[TriggerHit] = []
        sport_words: list[tuple[int, str]] = []
        n = len(norm)
        for end_idx, (length, values, is_head, is_sport) in self._automaton.iter(norm):
            start = end_idx - length + 1
            if start > 0 and norm[start - 1] not in _PROCLITIC_CHARS and norm[start - 1].isalnum():
                continue  # inside a word: the common case, rejected before any other work
            end = end_idx + 1
            if end < n and norm[end] not in _SUFFIX_STARTS and norm[end].isalnum():
                continue  # the word goes on, and not with a pronoun suffix
            suffix_end = end
            if end < n and norm[end].isalnum():
                for suf in SUFFIXES:
                    if norm.startswith(suf, end) and (end + len(suf) >= n or not norm[end + len(suf)].isalnum()):
                        suffix_end = end + len(suf)
                        break
                if suffix_end == end:
                    continue  # the word goes on with something that is not a pronoun suffix
            # a final heh written as teh marbuta ends a noun: it is no pronoun ه (وزارة ≠ زار+ه), and no verb
            # ends in it ("طالبة" is a student, not the verb row طالبه, "demanded of him")
            marbuta = norm[suffix_end - 1] == "ه" and nt.written(suffix_end - 1) == "ة"
            if marbuta and suffix_end == end + 1:
                continue
            ws = start
            while ws > 0 and norm[ws - 1].isalnum() and start - ws <= 5:
                ws -= 1
            if ws > 0 and norm[ws - 1].isalnum():
                continue
            prefix = norm[ws:start]
            if is_sport and suffix_end == end and prefix in _SPORT_PREFIXES:
                sport_words.append((start, norm[start:end]))
            if is_head and suffix_end == end and prefix in VERB_PREFIXES:
                gap_hit = self._gapped_hit(norm, start, end, prefix)
                if gap_hit is not None:
                    hits.append(gap_hit)
            if len(values) > 1 and prefix in VERB_PREFIXES and (
                    self._noun_reading(_previous_word(norm, ws), prefix)
                    or ("ل" in prefix and norm[start] not in _IMPERFECT_PREFIXES)):
                # ("للتعرض لقصف": ل before a perfect form makes it a verbal noun; "ليقصف" stays a verb)
                values = tuple(sorted(values, key=lambda v: (bool(v[0].needs), v[0].pos == "verb")))  # "بعد تظاهر"
            for trigger, needs_suffix in values:
                if needs_suffix and suffix_end == end:
                    continue
                if trigger.pattern[:1] in _HAMZA_ALEFS and \
                        (written := nt.written(start)) in _HAMZA_ALEFS and written != trigger.pattern[0]:
                    continue  # the writer's hamza says another word: "أبعادها" (its dimensions), not "إبعاد"
                if suffix_end != end and trigger.pos in ("phrase",):
                    continue
                if trigger.pos in ("verb",):
                    if prefix not in VERB_PREFIXES:
                        continue
                    if marbuta:
                        continue
                    if prefix.endswith("ل") and norm[start] not in _IMPERFECT_PREFIXES and norm[start] != "ا":
                        continue  # ل takes an imperfect ("ليقصف", "لأناشد"); before a perfect form the word is
                        # another: "تشكل لغزا" (a riddle), not "غزا" (invaded); "مدة مماثلة لسجنه" (his term)
                elif trigger.pos == "phrase":
                    if prefix not in VERB_PREFIXES and prefix not in NOUN_PREFIXES and prefix not in ARTICLE_PREFIXES:
                        continue
                elif prefix not in NOUN_PREFIXES and prefix not in ARTICLE_PREFIXES:
                    continue
                hits.append(TriggerHit(start, suffix_end, trigger, prefix, "س" in prefix and trigger.pos != "noun"))
                break
        return self._resolved(norm, hits), sport_words

    @staticmethod
    def _resolved(norm: str, hits: list[TriggerHit]) -> list[TriggerHit]:
        chosen = [h for h in _longest(hits) if h.trigger.type != "-"]
        # the complement of a gapped verb phrase is part of it, not a second event ("أجرى الوزير محادثات"),
        # unless a longer phrase of another type starts there: then the complement says what the act is
        # ("شنت الصحيفة هجوما لاذعا" is criticism, not the attack that "شنت … هجوما" would code)
        gapped = [h for h in chosen if h.gapped]
        if not gapped:
            return chosen
        retyped = {id(g) for g in gapped for h in chosen
                   if not h.gapped and g.tail_start <= h.start < g.tail_end < h.end and h.trigger.type != g.trigger.type
                   and norm[g.start : g.end] in SUPPORT_VERBS}
        tails = [(g.tail_start, g.tail_end) for g in gapped if id(g) not in retyped]
        return [h for h in chosen if id(h) not in retyped and (h.gapped or not any(s <= h.start < e for s, e in tails))]

    def _noun_reading(self, word: str, prefix: str) -> bool:
        """Whether a form both verb and verbal noun is the noun after ``word``: a preposition ("بعد تظاهر"), a
        word that holds an event ("جرائم القتل", "عملية خطف", "محاولة قتل"), or, with و/ف, another verbal
        noun ("اغتيال وقتل")."""
        if word in FUNCTION_WORDS:
            return True
        bare = word[2:] if word.startswith("ال") else word
        if word in EVENT_HOLDERS or bare in EVENT_HOLDERS:
            return True
        return prefix in ("و", "ف") and (word in self._nouns or bare in self._nouns)

    def _gapped_hit(self, norm: str, start: int, end: int, prefix: str) -> TriggerHit | None:
        """A verb phrase with up to ``GAP_WORDS`` words between its verb and the rest ("أوقفت قرغيزستان هذا العام
        إمدادات الفحم" for "أوقفت إمدادات"); the hit covers the verb, the phrase gives the code."""
        head = norm[start:end]
        far = head in self._far_heads
        limit = min(end + (120 if far else 60), len(norm))  # (room for a long subject before what is fired)
        stop_mark = _CLAUSE_MARK.search(norm, end, limit)  # the phrase does not cross a clause mark
        while stop_mark is not None and stop_mark.group() == ")" and "(" in norm[end : stop_mark.start()]:
            stop_mark = _CLAUSE_MARK.search(norm, stop_mark.end(), limit)  # ("مسلحو (داعش) النار": a name)
        stop = stop_mark.start() if stop_mark is not None else limit
        texts = norm[end:stop].split()
        words: list[re.Match[str]] | None = None  # positions, only once a phrase is found
        by_first = self._gapped[head]
        for gap in range(1, min((FIRING_GAP_WORDS if far else GAP_WORDS) + 1, len(texts))):
            if gap > GAP_WORDS and (_FAR_GAP_BREAKERS.intersection(texts[:gap]) or (
                    texts[gap].removeprefix("ال") not in _FAR_TAILS and not (
                    texts[gap] == _ON and gap + 1 < len(texts) and texts[gap + 1].removeprefix("ال") in _AGREEMENTS))):
                continue  # (past a long subject only to what is fired, "اطلقت طائرة … تابعة لوكالة … عدة صواريخ",
                # or to the blame put on someone named in between, "حمل وزير الداخلية التركي حزب العمال … مسؤولية")
            if texts[gap] == _GOD and texts[gap - 1] in GOD_IN_NAMES:
                continue  # "دعا الرئيس اللبناني حزب الله": a name, not "دعا الله" (a prayer)
            for tail, trigger in by_first.get(texts[gap], ()):
                if tuple(texts[gap : gap + len(tail)]) == tail:
                    if words is None:
                        words = list(_WORD.finditer(norm, end, stop))
                    last = words[gap + len(tail) - 1]
                    return TriggerHit(start, end, trigger, prefix, "س" in prefix, gapped=True,
                                      tail_start=words[gap].start(), tail_end=last.end())
        return None


# verbs whose complement says what the act is ("شن هجوما", "أجرى مناورات", "فرض حصارا"): a longer phrase for
# the complement ("هجوما لاذعا", "حصارا اقتصاديا") recodes the act; after a verb of full meaning ("علق توزيع
# المساعدات", "يشارك في المناورات") the complement is only its object
SUPPORT_VERBS = frozenset(normalize_key(w) for w in (
    "شن", "شنت", "شنوا", "يشن", "تشن", "يشنون", "أجرى", "أجرت", "أجروا", "يجري", "تجري", "يجرون", "فرض", "فرضت",
    "فرضوا", "يفرض", "تفرض", "نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ", "وجه", "وجهت", "وجهوا", "يوجه", "توجه",
    "عقد", "عقدت", "عقدوا", "يعقد", "تعقد", "قاد", "قادت", "يقود", "تقود"))


# at most this many words between a phrase's verb and the rest. 8 was tried: it found "وقع رئيس الوزراء الإثيوبي
# والرئيس الإريتري في جدة اتفاقية" but also joined a verb to another clause's noun ("مددت موسكو حظر الواردات ردا على
# العقوبات") and took the first word of a long subject for all of it
GAP_WORDS = 4
# ... and this many before what a verb fires ("أطلقت فصائل المعارضة أكثر من 300 قذيفة"): the weapon says the
# verb is firing, which no other clause's noun does; and before the responsibility a verb of blame puts on
# someone, who stands between with the subject
FIRING_GAP_WORDS = 10
# (and what is signed: "وقع المندوب الدائم للمملكة العربية السعودية لدى الأمم المتحدة … على اتفاقية")
_AGREEMENTS = frozenset(normalize_key(w) for w in ("اتفاقية", "اتفاق", "اتفاقا", "معاهدة", "مذكرة", "اتفاقيات"))
# (and the attack a verb of launching opens: "شنت قوات الجيش اليمني والمقاومة الشعبية في محافظة إب هجوما")
_ATTACKS = frozenset(normalize_key(w) for w in ("هجوما", "هجمات", "هجوم", "غارة", "غارات"))
_FAR_TAILS = PROJECTILES | _AGREEMENTS | _ATTACKS | {normalize_key("مسؤولية")}
_ON = normalize_key("على")
# a far complement is not reached past these: they open a phrase of their own that the noun may end ("وحين وقع
# الشقاق المصري العربي مع أنور السادات عام 1979 بعد اتفاق كامب ديفيد": what happened, not a signing)
_FAR_GAP_BREAKERS = frozenset(normalize_key(w) for w in (
    "بعد", "قبل", "عن", "ضد", "إثر", "اثر", "عقب", "جراء", "بسبب", "حول", "نتيجة", "بشأن",
    # (nor past a clause of its own: "رفض نتنياهو ادعاء البيت الأبيض بأنه كان سيعارض كل اتفاق")
    "أن", "بأن", "أنه", "بأنه", "أنها", "بأنها", "أنهم", "بأنهم", "إن", "إنه", "الذي", "التي", "الذين"))
_HAMZA_ALEFS = frozenset("أإ")
_IMPERFECT_PREFIXES = frozenset("يتن")


def _previous_word(norm: str, pos: int) -> str:
    """The word before ``pos``, looked for in the few characters before it (not in the whole text)."""
    before = norm[max(0, pos - 40) : pos].rstrip()
    return before[before.rfind(" ") + 1 :]


def verb_like(head: str, verb_forms: AbstractSet[str], noun_forms: AbstractSet[str]) -> bool:
    """Is a phrase's first word a verb (so that a subject may stand between it and the rest)? The lexicon's
    own verb and noun forms decide; otherwise nouns look like nouns (article, -ات, teh marbuta)."""
    if head in verb_forms:
        return True
    if head in noun_forms or head in FUNCTION_WORDS or _TAFIL.match(head):
        return False  # "على …", "تنظيم …": a preposition or a verbal noun heads a nominal phrase
    return not (head.startswith("ال") and head not in ("الغي", "الغت", "القي", "القت", "القوا")) and \
        not head.endswith(("ات", "ه"))


def _longest(hits: list[TriggerHit]) -> list[TriggerHit]:
    # a verb read as a stem and a pronoun suffix gives way to the same word listed whole as a verb in the first
    # person: "قصفنا" is "we shelled", not قصف + نا, "he shelled us" (the stem's noun reading stays: "محاولات
    # قتله", his killing; and a form listed with its object, "تتهمه", reads as the stem with it does)
    whole = {(h.start, h.end) for h in hits if h.trigger.pos == "verb" and h.length == len(h.trigger.pattern)
             and h.trigger.note.startswith(("we ", "I "))}
    if whole:
        hits = [h for h in hits if not (h.trigger.pos == "verb" and (h.start, h.end) in whole
                                        and h.length > len(h.trigger.pattern))]
    # (of two hits as long, a not-event row wins: "أسرته" is his family, not أسرت + ه)
    return non_overlapping(hits, lambda h: (-h.length, h.start, h.trigger.type != "-"))
