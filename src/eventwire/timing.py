"""Seconds spent per stage of the pipeline, for `eventwire bench` and progress reports."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass(slots=True)
class Stopwatch:
    """Accumulates wall-clock seconds under stage names ("parse", "extract", ...).

    Stages nest: time inside an inner stage counts for the inner one only, so the totals add up
    to the time spent in all stages together.
    """

    seconds: dict[str, float] = field(default_factory=dict)
    _active: list[str] = field(default_factory=list)
    _mark: float = 0.0

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        """Time the body of a `with` block under `stage`."""
        self._switch()
        self._active.append(stage)
        try:
            yield
        finally:
            self._switch()
            self._active.pop()

    def _switch(self) -> None:
        now = time.perf_counter()
        if self._active:
            self.add(self._active[-1], now - self._mark)
        self._mark = now

    def add(self, stage: str, seconds: float) -> None:
        """Count `seconds` more under `stage`."""
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    def update(self, other: Mapping[str, float]) -> None:
        """Add another stopwatch's totals (from a worker process) to these."""
        for stage, seconds in other.items():
            self.add(stage, seconds)
