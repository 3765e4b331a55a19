"""Stages and the ordered pipeline that runs them.

A stage is any object with a ``name`` and a ``__call__(doc)`` that adds annotations to the document.
Stages are registered under a versioned name (``"marsad.structure.v1"``) so a pipeline can be rebuilt
from its description. The pipeline names the failing stage in its error and applies an error policy:
``raise`` (tests, library use) or ``record`` (batches: the document becomes a Failure, the batch goes on).
"""

from __future__ import annotations

import datetime as dt
import gc
import inspect
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal, Protocol, runtime_checkable

from marsad import __version__
from marsad.actors.matcher import ActorMatcher
from marsad.errors import MarsadError, StageError
from marsad.model import Document, Failure, Section, Sentence
from marsad.structure.quotes import find_quotes
from marsad.structure.sections import analyse_structure
from marsad.structure.sources import find_sources
from marsad.text.normalize import normalize_for_matching
from marsad.text.sentences import split_sentences

log = logging.getLogger(__name__)

# Pipeline.run takes documents this many at a time, or fewer once their texts reach BATCH_CHARS
# characters (so that a batch of very long documents stays small in memory).
BATCH_DOCS = 16
BATCH_CHARS = 1_000_000

ErrorPolicy = Literal["raise", "record"]


@runtime_checkable
class Stage(Protocol):
    name: str
    version: str

    def __call__(self, doc: Document) -> None: ...


_REGISTRY: dict[str, Callable[..., Stage]] = {}


def register(name: str) -> Callable[[Callable[..., Stage]], Callable[..., Stage]]:
    """Register a stage factory under a versioned name."""

    def wrap(factory: Callable[..., Stage]) -> Callable[..., Stage]:
        _REGISTRY[name] = factory
        return factory

    return wrap


def make_stage(name: str, **config: Any) -> Stage:
    """Build the stage registered under ``name``; ``config`` goes to its factory (e.g. ``lexicon_paths``)."""
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise MarsadError(f"unknown stage {name!r}; known: {', '.join(sorted(_REGISTRY))}",
                          code="unknown_stage") from None
    params = inspect.signature(factory).parameters
    return factory(**{k: v for k, v in config.items() if k in params})


class NormalizeStage:
    """Builds the matching view of the text and its offset map (``doc.normalized``)."""

    name = "normalize"
    version = "1"

    def __call__(self, doc: Document) -> None:
        doc.normalized = normalize_for_matching(doc.text)


class StructureStage:
    """Opening, title, translation note, headed sections, quotations, byline, dateline, cited sources."""

    name = "structure"
    version = "1"

    def __call__(self, doc: Document) -> None:
        analyse_structure(doc)
        doc.quotes = find_quotes(doc.text, doc.normalized)
        doc.sections.extend(Section("quote", q.span) for q in doc.quotes if q.kind == "speech")
        doc.sections.sort(key=lambda s: (s.span.start, -s.span.end))
        doc.sources_cited = find_sources(doc)


class SentenceStage:
    """Sentence spans of the body sections (or the whole text when there are none)."""

    name = "sentences"
    version = "1"

    def __call__(self, doc: Document) -> None:
        bodies = [s for s in doc.sections if s.kind in ("news", "commentary", "body")]
        regions: list[tuple[int, int, str | None]] = [(s.span.start, s.span.end, s.kind) for s in bodies]
        if not regions:
            regions = [(0, len(doc.text), None)]
        sentences = []
        for start, end, kind in regions:
            for span in split_sentences(doc.text, doc.quotes, start, end):
                sentences.append(Sentence(span, kind))
        doc.sentences = sentences


class ActorStage:
    """Actor mentions from the actor lexicon (see ``marsad.actors``), coded for the document's date."""

    name = "actors"

    def __init__(self, lexicon_paths: Iterable[str] = ()) -> None:
        from marsad.actors.lexicon import load_actor_lexicon
        self.lexicon = load_actor_lexicon(tuple(lexicon_paths))
        if id(self.lexicon) not in _MATCHERS:  # building the automaton takes a moment: once per lexicon
            _MATCHERS[id(self.lexicon)] = ActorMatcher(self.lexicon)
        self.matcher = _MATCHERS[id(self.lexicon)]
        self.version = self.lexicon.stamp

    def __call__(self, doc: Document) -> None:
        if doc.normalized is None:
            doc.normalized = normalize_for_matching(doc.text)
        day = None
        if doc.date:
            try:
                day = dt.date.fromisoformat(doc.date)
            except ValueError:
                day = None
        nt = doc.normalized
        places = [(nt.to_normalized(p.span.start), nt.to_normalized(p.span.end), p.country) for p in doc.places]
        doc.mentions = self.matcher.find(nt, day, places)
        people = [m.span for m in doc.mentions if m.kind == "person"]
        if people:  # a place inside a person's name is none: "باراك أوباما" is not "in Arak"
            doc.places = [p for p in doc.places
                          if not any(s.start <= p.span.start and p.span.end <= s.end for s in people)]


_MATCHERS: dict[int, ActorMatcher] = {}


class PlaceStage:
    """Places named in the text, from the gazetteer (``marsad.places``), with their country."""

    name = "places"

    def __init__(self) -> None:
        from marsad.places import PlaceMatcher, load_gazetteer

        gazetteer = load_gazetteer()
        if "places" not in _PLACE_MATCHERS:
            _PLACE_MATCHERS["places"] = PlaceMatcher(gazetteer)
        self.matcher = _PLACE_MATCHERS["places"]
        self.version = gazetteer.version

    def __call__(self, doc: Document) -> None:
        if doc.normalized is None:
            doc.normalized = normalize_for_matching(doc.text)
        doc.places = self.matcher.mentions(doc.normalized)


_PLACE_MATCHERS: dict[str, Any] = {}


class EventStage:
    """Events (PLOVER/CAMEO) from the trigger lexicon and the document's actor mentions (``marsad.events``)."""

    name = "events"

    def __init__(self, lexicon_paths: Iterable[str] = ()) -> None:
        from marsad.events.coder import EventCoder
        from marsad.events.lexicon import load_event_lexicon

        lexicon = load_event_lexicon(tuple(lexicon_paths))
        if id(lexicon) not in _CODERS:
            _CODERS[id(lexicon)] = EventCoder(lexicon)
        self.coder = _CODERS[id(lexicon)]
        self.version = lexicon.stamp

    def __call__(self, doc: Document) -> None:
        doc.events = self.coder.code(doc)


class ClaimStage:
    """Claims: assessments, intent attributions, predictions, calls to action (``marsad.claims``)."""

    name = "claims"
    version = "1"

    def __call__(self, doc: Document) -> None:
        from marsad.claims.claims import find_claims

        doc.claims = find_claims(doc, doc.events)


_CODERS: dict[int, Any] = {}


register("marsad.normalize.v1")(NormalizeStage)
register("marsad.structure.v1")(StructureStage)
register("marsad.sentences.v1")(SentenceStage)
register("marsad.places.v1")(PlaceStage)
register("marsad.actors.v1")(ActorStage)
register("marsad.events.v1")(EventStage)
register("marsad.claims.v1")(ClaimStage)

DEFAULT_STAGES = ("marsad.normalize.v1", "marsad.structure.v1", "marsad.sentences.v1", "marsad.places.v1",
                  "marsad.actors.v1", "marsad.events.v1", "marsad.claims.v1")


class Pipeline:
    """An ordered list of stages with an error policy.

    ``timings`` accumulates the CPU seconds spent in each stage (used by ``marsad bench``; CPU time, so
    that other processes on a shared machine do not count against a stage).
    """

    def __init__(self, stages: Iterable[Stage], on_error: ErrorPolicy = "raise") -> None:
        self.stages = list(stages)
        self.on_error = on_error
        self.timings: dict[str, float] = {s.name: 0.0 for s in self.stages}

    @property
    def description(self) -> dict[str, object]:
        lexicons = {s.name: s.version for s in self.stages if s.name in ("actors", "events", "places")}
        return {"marsad": __version__, "stages": {s.name: s.version for s in self.stages}, "lexicons": lexicons}

    def process(self, doc: Document) -> Document:
        """Run every stage on ``doc``; raise StageError naming the stage that failed."""
        result = self._run_batch([doc], "raise")[0]
        assert isinstance(result, Document)  # (under "raise" a failure never comes back as a record)
        return result

    def run(self, items: Iterable[Document | Failure], batch_size: int = BATCH_DOCS,
            on_error: ErrorPolicy | None = None) -> Iterator[Document | Failure]:
        """Process a stream of documents: one result per item, in input order; failures from reading pass
        through unchanged. ``on_error`` overrides the pipeline's policy for this run.

        Documents are taken ``batch_size`` at a time (fewer when their texts reach ``BATCH_CHARS``) and each
        stage runs over the whole batch before the next: its code and tables stay in the processor's caches,
        which makes a corpus run about a fifth faster than document by document (``marsad bench``). Under
        the ``raise`` policy the first failure raises before the rest of its batch is yielded.
        """
        policy = on_error or self.on_error
        batch: list[Document | Failure] = []
        chars = 0
        for item in items:
            batch.append(item)
            if isinstance(item, Document):
                chars += len(item.text)
            if len(batch) >= batch_size or chars >= BATCH_CHARS:
                yield from self._run_batch(batch, policy)
                batch, chars = [], 0
        if batch:
            yield from self._run_batch(batch, policy)

    def _run_batch(self, batch: list[Document | Failure], policy: ErrorPolicy) -> list[Document | Failure]:
        results = list(batch)
        for stage in self.stages:
            t0 = time.process_time()
            try:
                for i, item in enumerate(results):
                    if isinstance(item, Failure):
                        continue
                    try:
                        stage(item)
                    except MarsadError as exc:
                        error = exc
                    except Exception as exc:  # a bug or bad data inside a stage: name it, keep the cause
                        error = StageError(stage.name, item.id, exc)
                        error.__cause__ = exc
                    else:
                        continue
                    if policy == "raise":
                        raise error
                    results[i] = failure = Failure(id=item.id, source=item.source or item.id, code=error.code,
                                                   message=str(error), stage=getattr(error, "stage", None))
                    log.error("%s: %s", failure.source, failure.message)
            finally:
                self.timings[stage.name] += time.process_time() - t0
        description = self.description
        for item in results:
            if isinstance(item, Document):
                item.pipeline = description
        return results


def load_pipeline(on_error: ErrorPolicy = "raise", stages: Iterable[str] = DEFAULT_STAGES,
                  lexicon_paths: Iterable[str] = ()) -> Pipeline:
    """The default pipeline (or the named stages, in order). ``lexicon_paths`` adds user lexicon files.

    The lexicons' tens of thousands of objects live as long as the process: they are moved out of the
    garbage collector's sight (``gc.freeze``) so that collections during a batch do not rescan them. A batch
    makes and drops hundreds of thousands of small objects, which reference counting frees; at Python's
    default threshold (700) the collector still walked the young ones 370 times per corpus day, 6% of the
    time. Left at its default, the threshold is raised to ``GC_THRESHOLD`` (a few more megabytes of young
    objects; a threshold the program set itself is kept).
    """
    config = {"lexicon_paths": tuple(str(p) for p in lexicon_paths)}
    pipeline = Pipeline((make_stage(name, **config) for name in stages), on_error=on_error)
    gc.freeze()
    if gc.get_threshold()[0] == _DEFAULT_GC_THRESHOLD:
        gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    return pipeline


GC_THRESHOLD = 50_000
_DEFAULT_GC_THRESHOLD = 700
