"""Kinds of construction written for these tests: the crime a court punishes ("executed a man
convicted of killing a guard", "jailed for the murder of two officers") and the act another act
answers ("in retaliation for the killing of two soldiers") came first; each keeps its own dead,
and the punishment or the answer counts only its own."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import counted, of_type

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "first", "answer"),
    [
        ("Israel killed five militants in Gaza on Monday in retaliation for the killing of two soldiers.", 2, 5),
        ("Iran executed a man in Tehran on Monday who had been convicted of killing a security guard.", 1, 1),
        ("Iran executed a man convicted of killing two security guards in Tehran on Monday.", 2, 1),
    ],
)
def test_an_earlier_act_and_its_answer_each_count_their_own_dead(
    extract_events: ExtractEvents, text: str, first: int, answer: int
) -> None:
    assaults = of_type(extract_events(text), "ASSAULT")
    assert sorted(counted(e, "killed") for e in assaults) == sorted([first, answer]), [e.to_dict() for e in assaults]


def test_one_act_keeps_all_its_dead(extract_events: ExtractEvents) -> None:
    # control: a killing with no punishment or answer around it counts everyone it killed
    assaults = of_type(extract_events("Gunmen killed two guards and three soldiers in Tehran on Monday."), "ASSAULT")
    assert [counted(e, "killed") for e in assaults] == [5], [e.to_dict() for e in assaults]
