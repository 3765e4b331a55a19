"""The document model: plain data, no I/O.

One :class:`Document` owns the original text; every annotation points into it by half-open
``[start, end)`` offsets that are Python ``str`` indices into ``Document.text`` exactly as read.
Nothing here ever modifies the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from marsad.text.normalize import NormalizedText


@dataclass(slots=True, frozen=True)
class Span:
    """A half-open character range ``[start, end)`` into a document's original text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(slots=True)
class Section:
    """A structural part of a document: opening formula, title, headed section, quotation, byline ..."""

    kind: str
    span: Span
    heading: str | None = None
    heading_span: Span | None = None


@dataclass(slots=True)
class Sentence:
    span: Span
    section: str | None = None


@dataclass(slots=True)
class Quote:
    """A quoted passage, marks included. ``kind`` is ``speech`` or ``name`` (a quoted title or label)."""

    span: Span
    inner: Span
    kind: str


@dataclass(slots=True)
class Byline:
    author: str | None = None
    role: str | None = None
    outlet: str | None = None
    organization: str | None = None
    city: str | None = None
    span: Span | None = None


@dataclass(slots=True)
class CitedSource:
    """A source the text reports from (``ذكر موقع X … نقلاً عن Y``): X, and the Y it cites, if any."""

    name: str
    span: Span
    citing: str | None = None
    citing_span: Span | None = None
    cue: str | None = None


@dataclass(slots=True)
class Mention:
    """An actor mention resolved to a code (``KGZ``, ``RUS:GOV``)."""

    span: Span
    code: str
    name_en: str | None = None
    kind: str | None = None
    entry: str | None = None


@dataclass(slots=True)
class PlaceMention:
    """A place named in the text (from the gazetteer), with its country."""

    span: Span
    country: str
    name_en: str | None = None
    kind: str | None = None


@dataclass(slots=True)
class Event:
    """A coded political event with its evidence. Filled by the events stage."""

    id: str
    type: str
    cameo: str
    trigger: Span
    sentence: Span
    section: str
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    actor_spans: list[Span] = field(default_factory=list)
    recipient_spans: list[Span] = field(default_factory=list)
    polarity: str = "asserted"
    aux: str = "actual"
    attribution: str = "reported"
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    quad_class: int | None = None
    score: float | None = None
    date: str | None = None
    date_end: str | None = None
    location: dict[str, Any] | None = None
    confidence: float = 0.5
    gloss_en: str | None = None


@dataclass(slots=True)
class Claim:
    """An author's (or an actor's) assessment, intent attribution, prediction or call to action."""

    span: Span
    kind: str
    holder: str
    about: list[str] = field(default_factory=list)
    gloss_en: str | None = None


@dataclass(slots=True)
class Document:
    """A document as read, plus every annotation the pipeline adds.

    ``text`` is never modified. Metadata given with the input (``title``, ``date`` ...) is kept as given;
    ``title_span`` is set when the title is found inside the text.
    """

    id: str
    text: str
    source: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None
    outlet: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    normalized: NormalizedText | None = None
    title_span: Span | None = None
    translated: bool = False
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    byline: Byline | None = None
    dateline: str | None = None
    sources_cited: list[CitedSource] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    pipeline: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Failure:
    """An input that could not be processed: written to the output as ``{id, source, error}``."""

    id: str
    source: str
    code: str
    message: str
    stage: str | None = None
