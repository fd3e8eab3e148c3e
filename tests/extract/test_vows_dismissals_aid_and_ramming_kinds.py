"""Kinds of wire wording written for these tests.

- A vow to prevent or stop violence promises protection (PLOVER AGREE, intent), not a threat of
  that violence (roles.py `vow_to_prevent_is_intent`, role_words.json `vowing_verbs`,
  `preventing_verbs`): "the Afghan Taliban pledged to prevent attacks on Pakistan".
- An official dismissed is removed from office, no proposal rejected (roles.py
  `dismissed_official_is_no_rejection`, role_words.json `dismissing_verbs`).
- Aid approved "for" a side in the passive goes to that side: "Military aid was approved for
  Taiwan by the US Congress" (arguments.py, the passive's keyed object).
- A craft or vehicle rammed is force used on what it hits (frames.jsonl `frame.assault.ram`); one
  driven "into" people or a guarded place is the means, and they are the target
  (triggers.jsonl `assault.ram-into`, role_words.json `driven_vehicles`).
- People acted on while they protest on a stated day were acted on at that protest (events.py
  `_protest_day_of_object`, role_words.json `protesting_verbs`): "fired tear gas to disperse
  students protesting ... on Tuesday" is Tuesday's crackdown; "arrested a man who killed his wife
  on Monday" keeps Monday to the killing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.extract.lexicon import load_triggers
from eventwire.extract.role_words import load_role_words
from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


def _dyads(events: list[Event], type_: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.actor.country if e.actor else None, e.target.country if e.target else None)
        for e in events
        if e.type == type_
    ]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The Afghan Taliban pledged to prevent attacks on Pakistan from Afghan soil.", ("AFG", "PAK")),
        ("The Nigerian government vowed to stop attacks on farmers in Benue state.", ("NGA", "NGA")),
    ],
)
def test_a_vow_to_prevent_violence_is_an_intent(extract_events: ExtractEvents, text: str, dyad: tuple) -> None:
    events = extract_events(text)
    assert _dyads(events, "AGREE") == [dyad] and not _dyads(events, "THREATEN"), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Israel vowed to retaliate against Iran.",
        # a warning to stop is still a threat
        "Pakistan warned Kabul to stop the attacks or face consequences.",
    ],
)
def test_vows_of_force_stay_threats(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert _dyads(events, "THREATEN") and not _dyads(events, "AGREE"), [e.to_dict() for e in events]


def test_vowing_and_preventing_verbs_load() -> None:
    words = load_role_words()
    assert "pledge" in words.vowing_verbs and "prevent" in words.preventing_verbs
    assert "warn" not in words.vowing_verbs


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's defence minister was dismissed by President Zelensky on Sunday.",
        "President Tinubu dismissed the army chief on Tuesday.",
    ],
)
def test_an_official_dismissed_is_no_rejection(extract_events: ExtractEvents, text: str) -> None:
    assert not _dyads(extract_events(text), "REJECT")


def test_a_proposal_dismissed_stays_a_rejection(extract_events: ExtractEvents) -> None:
    # control
    events = extract_events("Iran dismissed the US proposal for talks on Monday.")
    assert _dyads(events, "REJECT") == [("IRN", "USA")], [e.to_dict() for e in events]


def test_dismissing_verbs_load() -> None:
    assert load_role_words().dismissing_verbs == {"dismiss"}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Military aid worth $500 million was approved for Taiwan by the US Congress on Friday.", ("USA", "TWN")),
        ("A $2 billion loan was approved for Pakistan by the Saudi government on Monday.", ("SAU", "PAK")),
    ],
)
def test_aid_approved_for_a_side_goes_to_it(extract_events: ExtractEvents, text: str, dyad: tuple) -> None:
    events = extract_events(text)
    assert _dyads(events, "AID") == [dyad], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("A Chinese coast guard ship rammed a Philippine supply vessel near the Second Thomas Shoal.", ("CHN", "PHL")),
        ("A man drove his car into a crowd of protesters in Charlottesville on Saturday.", ("USA", "USA")),
    ],
)
def test_ramming_is_force_on_what_is_hit(extract_events: ExtractEvents, text: str, dyad: tuple) -> None:
    events = [e for e in extract_events(text) if e.type == "ASSAULT"]
    assert _dyads(events, "ASSAULT") == [dyad], [e.to_dict() for e in events]
    assert events[0].target is not None and events[0].target.text.split()[-1] in {"vessel", "protesters"}


@pytest.mark.parametrize(
    "text",
    [
        "The government rammed the bill through parliament.",
        "He crashed into a tree on the highway.",
    ],
)
def test_ramming_a_bill_or_an_accident_is_no_assault(extract_events: ExtractEvents, text: str) -> None:
    assert not [e for e in extract_events(text) if e.type == "ASSAULT"]


def test_ramming_entries_and_vehicles_load() -> None:
    ids = {t.id for t in load_triggers().triggers}
    assert {"frame.assault.ram", "assault.ram-into"} <= ids
    assert "car" in load_role_words().driven_vehicles


@pytest.mark.parametrize(
    ("text", "type_", "day"),
    [
        (
            "Police fired tear gas to disperse students protesting against the new law in Dhaka on Tuesday.",
            "COERCE",
            "2024-03-12",
        ),
        ("Police arrested dozens of students who marched through the capital on Monday.", "COERCE", "2024-03-11"),
    ],
)
def test_an_act_on_protesters_takes_their_protest_day(
    extract_events: ExtractEvents, text: str, type_: str, day: str
) -> None:
    events = [e for e in extract_events(text, published=date(2024, 3, 14)) if e.type == type_]
    assert [e.date.value for e in events if e.date] == [day], [e.to_dict() for e in events]


def test_an_arrest_keeps_apart_from_the_crime_day(extract_events: ExtractEvents) -> None:
    # control: the man's killing is dated, not the arrest
    events = extract_events("Police arrested a man who killed his wife on Monday.", published=date(2024, 3, 14))
    arrests = [e for e in events if e.type == "COERCE"]
    assert arrests and all(e.date is None or e.date.value != "2024-03-11" for e in arrests), [
        e.to_dict() for e in events
    ]


def test_protesting_verbs_load() -> None:
    assert {"protest", "march", "gather"} <= load_role_words().protesting_verbs
