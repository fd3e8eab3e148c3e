"""A crime kind written for these tests: "murder-suicide", which the tokenizer splits into
"murder", "-", "suicide", names a killing (triggers.jsonl `assault.murder-suicide`): "found the
bodies of a man and a woman ... in what they described as a murder-suicide" is two killed. A
suicide alone is no assault, and a suicide bomber stays a bomber. Those shot "in a murder-suicide"
were killed (casualty_words.json `fatal_settings`): "shot his wife and then himself in an apparent
murder-suicide" is two dead, where "shot his wife in an argument" is one hurt."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.extract.lexicon import load_triggers
from eventwire.extract.victims import load_casualty_words
from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


def _killed(event: Event) -> list[int | float | None]:
    return [q.value for q in event.quantities if q.kind == "killed"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Police found the bodies of a man and a woman inside a home on Elm Street on Sunday in what they "
            "described as a murder-suicide.",
            2,
        ),
        ("A Dayton man shot his wife and then himself on Friday in an apparent murder-suicide, police said.", 2),
    ],
)
def test_a_murder_suicide_is_a_killing(extract_events: ExtractEvents, text: str, killed: int) -> None:
    events = [e for e in extract_events(text) if e.type == "ASSAULT"]
    assert events and max(v for e in events for v in _killed(e) if v is not None) >= killed, [
        e.to_dict() for e in events
    ]


@pytest.mark.parametrize(
    ("text", "assault"),
    [
        ("The man died by suicide at his home on Friday, police said.", False),
        ("A suicide bomber killed five people at a market in Maiduguri on Friday.", True),
    ],
)
def test_a_suicide_alone_is_no_assault(extract_events: ExtractEvents, text: str, assault: bool) -> None:
    assert bool([e for e in extract_events(text) if e.type == "ASSAULT"]) is assault


def test_shot_in_an_argument_stays_hurt(extract_events: ExtractEvents) -> None:
    # control: a setting that kills nobody by itself
    events = [e for e in extract_events("A man shot his wife in an argument on Friday.") if e.type == "ASSAULT"]
    assert [(q.kind, q.value) for e in events for q in e.quantities if q.kind in ("killed", "injured")] == [
        ("injured", 1)
    ], [e.to_dict() for e in events]


def test_the_murder_suicide_entry_loads() -> None:
    entry = next(t for t in load_triggers().triggers if t.id == "assault.murder-suicide")
    assert entry.type == "ASSAULT" and "murder" in entry.objects
    assert "murder-suicide" in load_casualty_words().fatal_settings
