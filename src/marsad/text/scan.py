"""One pass over a text for the keys of several lexicon matchers.

The places, actors and events stages each look their lexicon's keys up in the normalized text with an
Aho-Corasick automaton. Walking a large automaton costs about the same for every character whatever it
finds, so three walks cost three times one: a :class:`JointScan` merges the matchers' key tables into one
automaton, walks each text once and hands every matcher its own matches, exactly as its own automaton would
have yielded them (same end positions, same values, same order). The matches of a text are kept on its
:class:`~marsad.text.normalize.NormalizedText` for the stages that follow.

A matcher used on its own (the Python API, tests) keeps walking its own automaton; the pipeline links the
matchers of its stages to one joint scan (``marsad.pipeline.load_pipeline``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import ahocorasick

from marsad.text.normalize import NormalizedText

Matches = Iterator[tuple[int, Any]]  # (index of the last character of a key, the matcher's value for it)


def build_automaton(keys: Mapping[str, Any]) -> Any:
    """An automaton over ``keys`` whose matches carry the keys' values."""
    automaton = ahocorasick.Automaton()
    for key, value in keys.items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


class JointScan:
    """The key tables of several matchers in one automaton. ``matches(nt, i)`` gives the ``i``-th table's
    matches in ``nt``; the text is walked once, on the first call, whichever table asks first."""

    def __init__(self, tables: Sequence[Mapping[str, Any]]) -> None:
        merged: dict[str, list[Any]] = {}
        for i, table in enumerate(tables):
            for key, value in table.items():
                merged.setdefault(key, [None] * len(tables))[i] = value
        self._automaton = build_automaton({key: tuple(values) for key, values in merged.items()})
        self.size = len(merged)

    def matches(self, nt: NormalizedText, index: int) -> Matches:
        walked = nt.scans.get(id(self))
        if walked is None:
            walked = nt.scans[id(self)] = list(self._automaton.iter(nt.text))
        return ((end, values[index]) for end, values in walked if values[index] is not None)
