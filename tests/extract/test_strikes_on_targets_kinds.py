"""Kinds of wording written for these tests: a strike told with no word of war before it.

"carried out strikes on Houthi targets", "launched strikes against Islamic State positions",
"its strikes on Lebanon": a strike "on" or "against" a named place or a military target is armed
force (triggers.jsonl assault.strike-on, assault.strike-against), from the air unless a word
says otherwise. A verb coded by its object word gives way when the object is coded as another
act: "launched strikes on Kyiv" is no labour strike (triggers.py
`_without_verbs_of_recoded_objects`). A labour strike "against the reform", "on the railways",
"on Monday" or "over pay" stays a protest."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("The US military carried out strikes on Houthi targets in Yemen on Monday.", "USA", "YEM"),
        ("The coalition conducted strikes against Islamic State positions in Syria on Sunday.", None, None),
        ("Russian forces launched strikes on Kyiv on Monday, Ukrainian officials said.", "RUS", "UKR"),
        ("Israel carried out strikes on Gaza overnight, the military said.", "ISR", "PSE"),
        ("The army launched fresh strikes on rebel strongholds near the border on Thursday.", None, None),
        ("The Houthis claimed a strike on a commercial vessel in the Red Sea on Tuesday.", None, None),
    ],
)
def test_a_strike_on_a_place_or_a_military_target_is_armed_force(
    extract_events: ExtractEvents, text: str, actor: str | None, target: str | None
) -> None:
    events = extract_events(text)
    assault = only(events, "ASSAULT")
    assert not of_type(events, "PROTEST"), [e.to_dict() for e in events]
    assert assault.mode == "airstrike"
    if actor is not None:
        assert country(assault.actor) == actor
    if target is not None:
        assert country(assault.target) == target


@pytest.mark.parametrize(
    "text",
    [
        # controls: labour strikes, whatever their preposition
        "Teachers launched a strike against the pension reform on Monday.",
        "The union launched a strike on Monday over pay.",
        "Rail workers began a strike on the railways across France on Tuesday.",
        "Dock workers began a strike at the port of Antwerp on Wednesday.",
    ],
)
def test_a_labour_strike_stays_a_protest(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert not of_type(events, "ASSAULT"), [e.to_dict() for e in events]
    assert only(events, "PROTEST").mode == "strike"
