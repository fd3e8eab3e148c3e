"""Kinds of wording written for these tests, from wire copy the lexicon did not code: a go-ahead
given, a topic discussed "with" a side, an allegation "that" someone acted, relief dispatched, trade
halted, a bailout, and support pledged or reaffirmed (triggers.jsonl consult.discuss,
agree.go-ahead, sanction.halt-trade, support.pledge; accuse.verb "allege"; aid.verb "dispatch"), and
a warning of a price or of countermeasures (role_words consequence_nouns; rule warned-side-pays)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        ("The Kremlin gave the green light to a ceasefire proposal.", "AGREE", "RUS", None),
        ("Beijing gave the go-ahead for a $1 billion emergency loan to Sri Lanka.", "AGREE", "CHN", None),
        ("Lavrov discussed the war in Ukraine with Wang Yi on Tuesday.", "CONSULT", "RUS", "CHN"),
        ("Blinken discussed Gaza with Saudi officials in Riyadh.", "CONSULT", "USA", "SAU"),
        ("Pakistan's army alleged that India was sponsoring militant attacks in Balochistan.", "ACCUSE", "PAK", "IND"),
        ("India dispatched relief materials to Myanmar after the earthquake.", "AID", "IND", "MMR"),
        ("Beijing suspended imports of Japanese seafood.", "SANCTION", "CHN", "JPN"),
        ("India halted exports of rice to Bangladesh.", "SANCTION", "IND", "BGD"),
        ("The IMF approved a $3 billion bailout for Pakistan.", "AID", None, "PAK"),
        ("Turkey pledged support for Azerbaijan.", "SUPPORT", "TUR", "AZE"),
        ("Germany reaffirmed its support for Ukraine on Monday.", "SUPPORT", "DEU", "UKR"),
    ],
)
def test_wire_idioms_code_their_event(
    extract_events: ExtractEvents, text: str, kind: str, actor: str | None, target: str | None
) -> None:
    event = only(extract_events(text), kind)
    assert country(event.actor) == actor and country(event.target) == target, event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "The committee discussed the budget on Monday.",  # with nobody
        "The lamp gave light to the room.",  # no go-ahead
        "Hezbollah pledged to retaliate against Israel.",  # a pledge of force stays a threat
    ],
)
def test_the_idioms_need_their_words(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert not of_type(events, "CONSULT") and not of_type(events, "AGREE") and not of_type(events, "SUPPORT"), [
        e.to_dict() for e in events
    ]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("North Korea warned South Korea and Japan of countermeasures.", "PRK", "KOR"),
        ("Iran warned that Israel would pay a heavy price if it attacked.", "IRN", "ISR"),
        ("Moscow warned of retaliation against Finland.", "RUS", "FIN"),
        ("The Kremlin warned that Washington would face consequences.", "RUS", "USA"),
    ],
)
def test_a_warning_of_a_price_threatens_the_side_that_pays(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    threat = only(extract_events(text), "THREATEN")
    assert (country(threat.actor), country(threat.target)) == (actor, target), threat.to_dict()


def test_a_warning_of_a_slowdown_threatens_nobody(extract_events: ExtractEvents) -> None:
    # control
    assert not of_type(extract_events("Economists warned of a slowdown in growth."), "THREATEN")
