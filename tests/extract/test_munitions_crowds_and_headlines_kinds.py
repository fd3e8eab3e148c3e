"""Kinds of wire wording written for these tests.

- Shells that fall on a place were fired at it: "fall" is a verb of yielding territory only for
  the entry that reads it so (`assault.fall-to`, mode occupy), so the munition entry that also
  lists it (`assault.munition-lands`) is no longer dropped as a place that "fell to" nobody.
- A munition is nobody's side: "Mortar rounds struck a camp" has no actor (roles.py
  `crowd_is_civilians`, actors.py: a projectile noun lends only an owner named on it, "Russian
  missiles").
- A name's word does not class a trigger's subject: "Shell shares hit a record high" is no
  shelling (triggers.py `_in_name`).
- A body of people a verb acting on people keys on is the side acted on (role_words.json
  `people_bodies`): "police fired tear gas to disperse the crowd"; not when a pronoun does it ("he
  was dispersing a crowd following a party", a host). "the staff of the UN office" stands for
  the office (actors.py `PARTITIVE_HEADS`).
- A headline's "X to V": the noun the sentence rests on acts ("EU to impose new sanctions on
  Russia"; also a clause the parse made one, "Police in Tbilisi used water cannon to disperse
  protesters"), and a root verb with "to" is an announced plan ("Nigeria to deploy troops").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.extract.role_words import load_role_words
from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


def _assaults(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Artillery shells fell on residential areas of Donetsk, damaging several houses.",
        "Mortar shells fell near a school in the town of Kupiansk on Monday.",
    ],
)
def test_shells_that_fall_on_a_place_are_shelling(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assaults = _assaults(events)
    assert [e.mode for e in assaults] == ["shelling"], [e.to_dict() for e in events]
    assert (assaults[0].acled or {}).get("sub_event_type") == "Shelling/artillery/missile attack"


def test_a_town_that_falls_to_a_side_stays_taken(extract_events: ExtractEvents) -> None:
    # control: the yielding reading keeps its side
    events = extract_events("The town of Bama fell to Boko Haram fighters on Sunday.")
    assert [(e.mode, e.actor and e.actor.sector) for e in _assaults(events)] == [("occupy", "REB")], [
        e.to_dict() for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mortar rounds struck a camp for displaced people in El Fasher, killing six.",
        "Artillery shells fell on residential areas of Donetsk, damaging several houses.",
    ],
)
def test_a_munition_is_no_side(extract_events: ExtractEvents, text: str) -> None:
    events = _assaults(extract_events(text))
    assert events and all(e.actor is None for e in events), [e.to_dict() for e in events]


def test_a_munition_keeps_its_named_owner(extract_events: ExtractEvents) -> None:
    # control: the owner named on the munition is the side that fired it
    events = _assaults(extract_events("Russian missiles hit a power plant in Kharkiv on Sunday."))
    assert [e.actor.country for e in events if e.actor is not None] == ["RUS"], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "shelling"),
    [
        ("Shell shares hit a record high on Tuesday.", False),
        # control: a munition subject
        ("Mortar shells hit a market in Aleppo on Tuesday.", True),
    ],
)
def test_a_company_name_is_no_munition(extract_events: ExtractEvents, text: str, shelling: bool) -> None:
    assert bool(_assaults(extract_events(text))) is shelling


@pytest.mark.parametrize(
    ("text", "target", "country"),
    [
        ("Police in Nairobi fired tear gas to disperse crowds on Tuesday.", "crowds", "KEN"),
        ("Soldiers fired into the air to disperse the crowd outside the stadium in Conakry.", "the crowd", "GIN"),
    ],
)
def test_a_crowd_dispersed_is_the_target(extract_events: ExtractEvents, text: str, target: str, country: str) -> None:
    events = [e for e in extract_events(text) if e.type == "COERCE"]
    assert [(e.target.text.split(" outside")[0], e.target.country) for e in events if e.target] == [
        (target, country)
    ], [e.to_dict() for e in events]


def test_a_crowd_a_host_disperses_is_no_side(extract_events: ExtractEvents) -> None:
    text = "When he was dispersing the crowd, shots were fired and the victim was injured."
    events = _assaults(extract_events(text))
    assert [e.target.text for e in events if e.target] == ["the victim"], [e.to_dict() for e in events]


def test_people_bodies_load() -> None:
    assert {"crowd", "staff"} <= load_role_words().people_bodies


@pytest.mark.parametrize(
    ("text", "type_", "actor"),
    [
        ("EU to impose new sanctions on Russia over Navalny death", "SANCTION", "EU"),
        (
            "Police in Tbilisi used water cannon and rubber bullets to disperse protesters outside parliament.",
            "COERCE",
            "Police in Tbilisi",
        ),
    ],
)
def test_the_noun_a_headline_rests_on_acts(extract_events: ExtractEvents, text: str, type_: str, actor: str) -> None:
    events = [e for e in extract_events(text) if e.type == type_]
    assert [e.actor.text for e in events if e.actor] == [actor], [e.to_dict() for e in events]


def test_a_decision_to_act_is_not_the_actor(extract_events: ExtractEvents) -> None:
    # control: a noun of intent is nobody's side, headline or not
    events = extract_events("Decision to expel Russian diplomats")
    assert not [e for e in events if e.actor is not None and e.actor.text.lower().startswith("decision")]


def test_a_headline_future_is_a_plan(extract_events: ExtractEvents) -> None:
    events = [e for e in extract_events("Nigeria to deploy 2,000 troops to the Niger Delta") if e.type == "MOBILIZE"]
    assert [(e.actor.country if e.actor else None, e.status) for e in events] == [("NGA", "planned")], [
        e.to_dict() for e in events
    ]


def test_a_deployment_stated_stays_asserted(extract_events: ExtractEvents) -> None:
    # control: the past tense
    events = [e for e in extract_events("Nigeria deployed 2,000 troops to the Niger Delta.") if e.type == "MOBILIZE"]
    assert [e.status for e in events] == ["asserted"], [e.to_dict() for e in events]
