"""Choosing among overlapping candidate spans."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar


class HasSpan(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=HasSpan)


def non_overlapping(candidates: Iterable[T], preference: Callable[[T], Any]) -> list[T]:
    """Greedily keep candidates in order of ``preference`` (smallest first) that overlap none already kept;
    return them in text order. With ``preference`` putting longer spans first, this is longest match."""
    chosen: list[T] = []
    starts: list[int] = []  # kept spans never overlap, so their starts and ends sort together
    ends: list[int] = []
    for c in sorted(candidates, key=preference):
        k = bisect.bisect_left(starts, c.start)
        if (k < len(starts) and starts[k] < c.end) or (k > 0 and ends[k - 1] > c.start):
            continue
        starts.insert(k, c.start)
        ends.insert(k, c.end)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen
