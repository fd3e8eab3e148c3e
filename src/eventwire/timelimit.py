"""A per-article time limit around a batched article processor (parse, places, events).

    for item in within_time_limit(lambda arts: extractor.extract(arts), articles, 60):
        if isinstance(item, TimedOut): ...      # item.skip(): "timed out after 60 s"
        else: article, events = item

The limit is a wall-clock alarm (SIGALRM), so it also stops work stuck in one long call. The
processor pulls articles in batches, so the alarm is set to the limit times the number of
articles it holds, and reset whenever it takes or hands back one. When the alarm fires, the
processor's generator is abandoned and each article it held is run again alone with its own
limit: the one that overruns alone is skipped, the others are kept. The alarm only runs while
the processor works: reading inputs and whatever the caller does with a result are never timed
or interrupted. Where no alarm is available (not the main thread, not POSIX), nothing is timed.
"""

from __future__ import annotations

import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType
from typing import TypeVar

from .records import Article, Skip

# Nearly ten times what a 100,000-character article (the default --max-chars) takes on one core;
# a typical news article takes a tenth of a second.
DEFAULT_TIME_LIMIT = 60.0

T = TypeVar("T")
Processor = Callable[[Iterable[Article]], Iterator[tuple[Article, T]]]


class _Expired(BaseException):
    """The alarm fired. A BaseException, so that no `except Exception` in the processor swallows it."""


REFIRE_SECONDS = 0.05
"""How soon an expired alarm fires again until the limit's catcher disarms it: a signal handler's
exception raised inside a garbage-collector callback or a finaliser is only printed by Python
("Exception ignored in ..."), and the limit would be lost with it."""


class _Alarm:
    """A re-armable SIGALRM timer that raises _Expired while armed, again every
    `REFIRE_SECONDS` until disarmed (in case a raise is swallowed)."""

    def __init__(self) -> None:
        self.armed = False

    def _fire(self, signum: int, frame: FrameType | None) -> None:
        # A signal that arrives just as the alarm is disarmed is delivered late: ignore it then.
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, REFIRE_SECONDS)
            raise _Expired

    def arm(self, seconds: float) -> None:
        self.armed = True
        signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))

    def disarm(self) -> None:
        self.armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)

    @contextmanager
    def installed(self) -> Iterator[None]:
        previous = signal.signal(signal.SIGALRM, self._fire)
        try:
            yield
        finally:
            self.disarm()
            signal.signal(signal.SIGALRM, previous)


def alarm_available() -> bool:
    """Whether a time limit can be enforced here (POSIX, main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@dataclass(slots=True)
class TimedOut:
    """An article whose processing overran the time limit; nothing of it is kept."""

    article: Article
    seconds: float

    def skip(self) -> Skip:
        """The one-line Skip reported for it."""
        return Skip(self.article.doc, f"timed out after {self.seconds:g} s")


def within_time_limit(
    process: Processor[T], articles: Iterable[Article], seconds: float | None
) -> Iterator[tuple[Article, T] | TimedOut]:
    """Run `process` over `articles`, giving each at most `seconds`; an article that overruns becomes a TimedOut.

    `process` must yield one (article, result) per article it is given, in order, and be safe to call
    again after being abandoned midway. `seconds` None or 0 means no limit.
    """
    if not seconds or seconds <= 0 or not alarm_available():
        yield from process(articles)
        return
    alarm = _Alarm()
    with alarm.installed():
        yield from _limited(process, iter(articles), seconds, alarm)


def _limited(
    process: Processor[T], source: Iterator[Article], seconds: float, alarm: _Alarm
) -> Iterator[tuple[Article, T] | TimedOut]:
    held: deque[Article] = deque()

    def feed() -> Iterator[Article]:
        while True:
            # Reading inputs is not the processor's time, and must never be interrupted.
            alarm.disarm()
            article = next(source, None)
            if article is None:
                alarm.arm(seconds * max(len(held), 1))
                return
            held.append(article)
            alarm.arm(seconds * len(held))
            yield article

    while True:
        results = process(feed())
        try:
            while True:
                alarm.arm(seconds * max(len(held), 1))
                try:
                    item = next(results, None)
                finally:
                    alarm.disarm()
                if item is None:
                    return
                while held and held[0] is not item[0]:
                    held.popleft()  # a processor that drops an article yields nothing for it
                if held:
                    held.popleft()
                yield item
        except _Expired:
            pass
        stuck = list(held)
        held.clear()
        for article in stuck:
            yield from _alone(process, article, seconds, alarm)


def _alone(
    process: Processor[T], article: Article, seconds: float, alarm: _Alarm
) -> Iterator[tuple[Article, T] | TimedOut]:
    """Run one article by itself under its own limit."""
    alarm.arm(seconds)
    try:
        done = list(process([article]))
    except _Expired:
        yield TimedOut(article, seconds)
        return
    finally:
        alarm.disarm()
    yield from done
