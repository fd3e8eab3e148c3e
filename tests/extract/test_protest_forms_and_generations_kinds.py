"""Kinds of wording written for these tests, from protest reports the lexicon did not code: a
crowd that forms a human chain or holds a candlelight procession (triggers.jsonl
protest.human-chain; event_words.json light_verbs "form"), police who "teargassed" a crowd
(event_words.json lemma_fixes: the model lemmatizes it "teargasse"), and protesters of a
generation ("Gen Z protesters"; actor_sectors.json generation_labels), who are no general's men."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Thousands of opposition supporters formed a human chain across Tbilisi on Sunday.", "GEO"),
        ("Teachers formed a human chain outside the education ministry in Harare.", "ZWE"),
        ("Residents held a candlelight procession in Imphal on Sunday to demand peace.", "IND"),
        ("Students staged a torchlight procession through Belgrade on Friday.", "SRB"),
    ],
)
def test_chains_and_processions_of_a_crowd_are_protests(extract_events: ExtractEvents, text: str, actor: str) -> None:
    event = only(extract_events(text), "PROTEST")
    assert country(event.actor) == actor, event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Mourners joined the funeral procession in Gaza on Sunday.",  # a funeral, not a protest
        "The company formed a supply chain across three countries.",  # no human chain
    ],
)
def test_other_chains_and_processions_are_no_protest(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert not of_type(events, "PROTEST"), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Police teargassed hundreds of protesters in Nairobi on Tuesday.",
        "Riot police teargassed students outside parliament in Kampala on Monday.",
    ],
)
def test_teargassing_a_crowd_is_a_crackdown(extract_events: ExtractEvents, text: str) -> None:
    event = only(extract_events(text), "COERCE")
    assert event.mode == "crackdown" and event.actor is not None and event.actor.sector == "COP", event.to_dict()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Gen Z protesters marched in Nairobi on Tuesday.", "PROTEST"),
        ("Thousands of Gen-Z demonstrators rallied in Kathmandu on Monday.", "PROTEST"),
        ("Police fired tear gas at Gen Z protesters in Antananarivo.", "COERCE"),
    ],
)
def test_a_generation_is_no_general(extract_events: ExtractEvents, text: str, kind: str) -> None:
    event = only(extract_events(text), kind)
    parties = [p for p in (event.actor, event.target) if p is not None]
    assert parties and all(p.sector != "MIL" for p in parties), event.to_dict()
    assert all(p.text != "Gen" for p in parties), event.to_dict()


def test_a_general_is_still_a_general(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Gen Zaw Min Tun said troops attacked rebels in Sagaing."), "ASSAULT")
    assert event.actor is not None and event.actor.sector == "MIL", event.to_dict()
