"""Kinds of construction written for these tests, in 1990s wire copy: forces that leave a country
or a base, a state whose name ends in a word for a body ("the Soviet Union"); and dissidents of
an armed group, who are armed still ("FARC dissidents")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py

JUNE_1998 = date(1998, 6, 15)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The last Russian soldiers left Estonia on Wednesday.", "RUS"),
        ("French troops quit their base in Gao on Sunday.", "FRA"),
    ],
)
def test_forces_that_leave_a_place_withdraw(extract_events: ExtractEvents, text: str, actor: str) -> None:
    event = only(extract_events(text, published=JUNE_1998), "RETREAT")
    assert country(event.actor) == actor and event.mode == "military", event.to_dict()


def test_a_minister_who_leaves_a_capital_travels(extract_events: ExtractEvents) -> None:
    # control: no forces
    assert not of_type(extract_events("The foreign minister left Paris for Moscow.", published=JUNE_1998), "RETREAT")


@pytest.mark.parametrize(
    ("text", "kind", "sector"),
    [
        # a state, named by its name (its sector was None before a country's name came to be its state)
        ("The Soviet Union criticised the United States over the missile deployment.", "ACCUSE", "GOV"),
        ("The Transport Workers Union called a strike in New York.", "PROTEST", "LAB"),  # control: a union
    ],
)
def test_a_state_named_union_is_no_labour_union(
    extract_events: ExtractEvents, text: str, kind: str, sector: str | None
) -> None:
    event = only(extract_events(text, published=JUNE_1998), kind)
    assert event.actor is not None and event.actor.sector == sector, event.to_dict()


@pytest.mark.parametrize(
    ("text", "sector", "sub_type"),
    [
        ("FARC dissidents killed a farmer in Tame.", "REB", "Attack"),
        ("A bomb planted by FARC dissidents wounded two soldiers in Cauca.", "REB", "Remote explosive/landmine/IED"),
    ],
)
def test_dissidents_of_an_armed_group_are_armed(
    extract_events: ExtractEvents, text: str, sector: str, sub_type: str
) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert event.actor is not None and event.actor.sector == sector, event.to_dict()
    assert event.acled is not None and event.acled["sub_event_type"] == sub_type, event.to_dict()


def test_dissidents_of_a_state_are_its_opposition(extract_events: ExtractEvents) -> None:
    # control: no armed group named
    event = only(extract_events("Chinese dissidents protested outside the embassy in London."), "PROTEST")
    assert event.actor is not None and event.actor.sector == "OPP", event.to_dict()
