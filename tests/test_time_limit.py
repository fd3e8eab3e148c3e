"""The per-article time limit: an article that overruns is skipped, the rest of its batch is kept."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterable, Iterator

from eventwire.records import Article
from eventwire.timelimit import TimedOut, within_time_limit


def _article(name: str) -> Article:
    return Article(id=name, doc=name, text=name)


def _batched(delays: dict[str, float], batch: int = 4) -> tuple[list[str], object]:
    """A processor like spaCy's pipe: takes up to `batch` articles, then yields them, sleeping per article."""
    calls: list[str] = []

    def process(articles: Iterable[Article]) -> Iterator[tuple[Article, str]]:
        source = iter(articles)
        while True:
            held = [a for _, a in zip(range(batch), source, strict=False)]
            if not held:
                return
            calls.append(",".join(a.doc for a in held))
            for article in held:
                time.sleep(delays.get(article.doc, 0.0))
                yield article, article.doc.upper()

    return calls, process


def test_an_article_that_overruns_is_skipped_and_its_batch_kept() -> None:
    calls, process = _batched({"slow": 5.0})
    names = ["a", "b", "slow", "c", "d", "e"]
    started = time.monotonic()
    out = list(within_time_limit(process, (_article(n) for n in names), 0.3))  # type: ignore[arg-type]
    assert time.monotonic() - started < 3.0
    kept = [item[1] for item in out if not isinstance(item, TimedOut)]
    skipped = [item for item in out if isinstance(item, TimedOut)]
    assert kept == ["A", "B", "C", "D", "E"]
    assert [s.article.doc for s in skipped] == ["slow"]
    assert skipped[0].skip().reason == "timed out after 0.3 s"
    # The batch held a, b, slow, c: a and b were done; slow and c were retried alone, then d, e batched.
    assert calls == ["a,b,slow,c", "slow", "c", "d,e"]


def test_reading_inputs_is_never_timed() -> None:
    _, process = _batched({})

    def slow_reader() -> Iterator[Article]:
        for name in ("a", "b", "c"):
            time.sleep(0.4)  # longer than the limit, but reading is not the processor's time
            yield _article(name)

    out = list(within_time_limit(process, slow_reader(), 0.2))  # type: ignore[arg-type]
    assert [item[1] for item in out if not isinstance(item, TimedOut)] == ["A", "B", "C"]


def test_the_caller_is_never_interrupted_and_the_alarm_is_restored() -> None:
    _, process = _batched({})
    before = signal.getsignal(signal.SIGALRM)
    for _item in within_time_limit(process, [_article("a"), _article("b")], 0.2):  # type: ignore[arg-type]
        time.sleep(0.4)  # the caller's own work takes longer than the limit
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_no_limit_off_the_main_thread() -> None:
    _, process = _batched({"slow": 0.5})
    out: list[object] = []
    thread = threading.Thread(
        target=lambda: out.extend(within_time_limit(process, [_article("slow")], 0.1))  # type: ignore[arg-type]
    )
    thread.start()
    thread.join()
    assert [item[1] for item in out] == ["SLOW"]  # type: ignore[index]


def test_an_expiry_swallowed_once_fires_again() -> None:
    """An alarm raised where Python only prints the exception (a garbage-collector callback, a
    finaliser) is lost; the alarm fires again until the limit's catcher disarms it."""
    swallowed: list[str] = []

    def process(articles: Iterable[Article]) -> Iterator[tuple[Article, str]]:
        for article in articles:
            if article.doc == "slow":
                deadline = time.monotonic() + 5.0
                while time.monotonic() < deadline:
                    try:
                        time.sleep(0.01)
                    except BaseException as exc:  # swallowed once, as an "Exception ignored in" would be
                        if swallowed:
                            raise
                        swallowed.append(type(exc).__name__)
            yield article, article.doc.upper()

    started = time.monotonic()
    out = list(within_time_limit(process, [_article("slow"), _article("b")], 0.3))  # type: ignore[arg-type]
    assert time.monotonic() - started < 3.0
    assert swallowed == ["_Expired"]
    assert [item.article.doc for item in out if isinstance(item, TimedOut)] == ["slow"]
    assert [item[1] for item in out if not isinstance(item, TimedOut)] == ["B"]
