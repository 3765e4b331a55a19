"""Claims: the author's (or a speaker's) assessments, attributions of intent, predictions, calls to action
and accusations, kept apart from events.

A sentence is a claim when it carries a stance marker (``يبدو أن``، ``من الواضح أن``، ``نحن نعلم أن``,
``وضعت خطة لـ``، ``تسعى إلى``، ``يجب``، ``لا بد``، ``الحل … بـ``، ``سوف``، ``خداع``، ``هيمنة`` …, listed in
``MARKERS``), when it is a rhetorical question in a commentary, or, in a commentary section, when it
reports no concrete act at all (the author's voice). The claim's holder is the author, or the speaker
when the sentence is a quotation; ``about`` lists the actors it names.
"""

from __future__ import annotations

import bisect

import ahocorasick

from marsad.model import Claim, Document, Event, Span
from marsad.text.normalize import normalize_key

# (kind, marker) pairs, tried in this order; markers are matched as whole words in the normalized text.
_MARKERS: list[tuple[str, str]] = [
    ("call_to_action", m) for m in ("يجب", "يجب على", "لا بد", "لابد", "ينبغي", "علينا", "على الأمة", "الحل",
                                    "حل مشاكل", "حل مشكلة", "سيكون بإقامة", "فلنعمل", "ندعو", "نطالب")
] + [
    ("intent_attribution", m) for m in ("وضعت خطة", "وضع خطة", "خطة ل", "تسعى", "يسعى", "تسعى إلى", "يسعى إلى",
                                        "تهدف", "يهدف", "تريد", "يريد", "تخطط", "يخطط", "خططها", "خططه", "مخطط",
                                        "فرصة", "اعتبر", "اعتبرت", "من أجل", "بهدف", "لإبعاد", "لتحقيق")
] + [
    ("prediction", m) for m in ("سوف", "سيؤدي", "ستؤدي", "من المتوقع", "يتوقع", "مرشح", "قد يؤدي", "سيكون")
] + [
    ("accusation", m) for m in ("خداع", "مستعمر", "المستعمر", "عدوان", "تحريض", "يحرض", "مؤامرة", "عميل", "عملاء",
                                "هيمنة", "هيمنتها", "احتلال", "تآمر", "خيانة")
] + [
    ("assessment", m) for m in ("يبدو أن", "يبدو", "من الواضح أن", "من الواضح", "نحن نعلم", "نعلم أن",
                                "لا شك", "لا شك أن", "من المؤكد", "يتضح", "الواقع أن", "الحقيقة أن", "حقيقة أن",
                                "بسبب", "سببه", "لأن", "يعني أن", "ما يعني", "وهذا يعني", "جزء من", "يعاني",
                                "نرى", "ونرى", "أداة", "لا يحل", "بالتالي", "وبالتالي")
]
MARKERS = [(kind, normalize_key(m)) for kind, m in _MARKERS]
KINDS = ("call_to_action", "intent_attribution", "prediction", "accusation", "assessment")  # in priority order
# one automaton over every marker, run once over the whole document; hits are then looked up per sentence
_AUTOMATON = ahocorasick.Automaton()
for _kind, _marker in MARKERS:
    _AUTOMATON.add_word(_marker, (_kind, len(_marker)))
_AUTOMATON.make_automaton()


def _marker_positions(norm: str) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {kind: [] for kind in KINDS}
    n = len(norm)
    for end, (kind, length) in _AUTOMATON.iter(norm):
        start = end - length + 1
        if (start == 0 or not norm[start - 1].isalnum()) and (end + 1 >= n or not norm[end + 1].isalnum()):
            found[kind].append(start)
    return found


def find_claims(doc: Document, events: list[Event]) -> list[Claim]:
    nt = doc.normalized
    if nt is None:
        raise ValueError("claims need the normalized text")
    norm = nt.text
    claims: list[Claim] = []
    event_sentences = {(e.sentence.start, e.sentence.end) for e in events}
    units = [(s.span, s.section or "body") for s in doc.sentences]
    if doc.title_span is not None:
        units.insert(0, (doc.title_span, "title"))
    commentary_doc = any(s.kind == "commentary" for s in doc.sections)
    found = _marker_positions(norm)
    for span, section in units:
        n_start, n_end = nt.to_normalized(span.start), nt.to_normalized(span.end)
        text = norm[n_start:n_end]
        kind = None
        for k in KINDS:
            positions = found[k]
            i = bisect.bisect_left(positions, n_start)
            if i < len(positions) and positions[i] < n_end:
                kind = k
                break
        question = text.rstrip().endswith(("؟", "?"))
        if kind is None and question and (commentary_doc or section == "commentary"):
            kind = "accusation" if section == "title" else "assessment"
        if kind is None and section == "commentary" and (span.start, span.end) not in event_sentences:
            kind = "assessment"  # the author's voice, and no concrete act reported
        if kind is None:
            continue
        if section not in ("commentary", "title") and not _has_actor(doc, span):
            continue  # a stance word in plain news is a claim only when it is about someone
        about = []
        for m in doc.mentions:
            if span.start <= m.span.start < span.end:
                main = m.code.split(":")[0]
                if main not in about:
                    about.append(main)
        holder = _holder(doc, span)
        claims.append(Claim(Span(span.start, _trim_end(doc.text, span)), kind, holder, about))
    return claims


def _has_actor(doc: Document, span: Span) -> bool:
    return any(span.start <= m.span.start < span.end for m in doc.mentions)


def _holder(doc: Document, span: Span) -> str:
    """The author, unless the whole sentence is inside a speaker's quotation."""
    for q in doc.quotes:
        if q.kind == "speech" and q.span.start <= span.start and span.end <= q.span.end + 2:
            before = [m for m in doc.mentions if m.span.end <= q.span.start]
            return before[-1].code if before else "author"
    return "author"


def _trim_end(text: str, span: Span) -> int:
    end = span.end
    while end > span.start and text[end - 1] in ".!؟?":
        end -= 1
    return end
