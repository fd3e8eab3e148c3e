"""Kinds of construction written for these tests: a shipment or a cache named by what it holds
("a weapons shipment", "an arms cache"); a surrender made to a side; a sum given "in aid"; a side
designated a terrorist group; the topic of talks; people freed by an attack; what a bag or a
truck holds; a side named with a participle phrase the parse takes for the main verb, or with an
adjective the parse takes for a second subject; a withdrawal completed, which the dictionary's
entries had read as a surrender (CAMEO 0874 is "retreat or surrender militarily"); fighters who lay
down or give up their arms."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    "text",
    [
        "The army intercepted a weapons shipment bound for the rebels in Yemen.",
        "Police intercepted an explosives consignment in Mombasa.",
    ],
)
def test_arms_shipped_or_hidden_and_seized_are_disrupted_weapons(extract_events: ExtractEvents, text: str) -> None:
    event = only(extract_events(text), "COERCE")
    assert event.mode == "disrupt", event.to_dict()
    assert (event.acled or {}).get("sub_event_type") == "Disrupted weapons use", event.to_dict()


def test_a_drug_shipment_seized_is_no_disrupted_weapon(extract_events: ExtractEvents) -> None:
    events = extract_events("Customs officers seized a drug shipment in Rotterdam.")
    assert not [e for e in events if e.mode == "disrupt"], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Hundreds of Islamic State fighters surrendered to Kurdish forces in Baghouz.", "Kurdish forces"),
        ("A senior Boko Haram commander surrendered to the army with 20 fighters.", "the army"),
    ],
)
def test_a_surrender_is_made_to_the_side_after_to(extract_events: ExtractEvents, text: str, target: str) -> None:
    event = only(extract_events(text), "RETREAT")
    assert event.mode == "surrender", event.to_dict()
    assert event.target is not None and event.target.text == target, event.to_dict()


def test_a_withdrawal_to_a_place_has_no_side_there(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Russian troops withdrew to the east bank of the Dnipro."), "RETREAT")
    assert event.target is None, event.to_dict()
    assert not of_type(extract_events("Russian troops withdrew to the east bank of the Dnipro."), "ASSAULT")


def test_a_sum_of_money_in_aid_is_aid(extract_events: ExtractEvents) -> None:
    """ "provided $4.5 billion in aid": the "in" after a sum names what it counts, even when the
    sum is a number ("billion") the parse hangs the "in" beside."""
    event = only(extract_events("Japan provided $4.5 billion in aid to Ukraine."), "AID")
    assert (country(event.actor), country(event.target)) == ("JPN", "UKR"), event.to_dict()


def test_a_side_designated_a_terrorist_group_is_sanctioned(extract_events: ExtractEvents) -> None:
    """ "designated the Houthis a terrorist organisation": the parse reads the Houthis as a dative."""
    event = only(extract_events("The United States designated the Houthis a terrorist organisation."), "SANCTION")
    assert event.target is not None and (event.target.country, event.target.sector) == ("YEM", "REB"), event.to_dict()


def test_what_talks_are_on_is_their_topic_not_a_side(extract_events: ExtractEvents) -> None:
    events = extract_events("Kenya and Somalia held talks on border security in Nairobi.")
    consults = of_type(events, "CONSULT")
    assert consults and all(e.target is not None and e.target.country == "SOM" for e in consults), [
        e.to_dict() for e in events
    ]


def test_people_freed_by_an_attack_were_conceded_by_nobody(extract_events: ExtractEvents) -> None:
    events = extract_events("Haitian gangs attacked two prisons in Port-au-Prince, freeing thousands of inmates.")
    assert not of_type(events, "CONCEDE"), [e.to_dict() for e in events]
    assert of_type(events, "ASSAULT"), [e.to_dict() for e in events]
    # control: a side that releases its captives concedes them
    released = only(extract_events("Hamas released four Israeli hostages in exchange for 200 prisoners."), "CONCEDE")
    assert released.mode == "release", released.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers discovered a bag containing grenades in Goma.",
        "Police seized a truck loaded with explosives in Mogadishu.",
    ],
)
def test_what_a_thing_holds_is_what_is_seized(extract_events: ExtractEvents, text: str) -> None:
    event = only(extract_events(text), "COERCE")
    assert event.mode == "disrupt", event.to_dict()


def test_a_truck_carrying_drugs_is_no_disrupted_weapon(extract_events: ExtractEvents) -> None:
    events = extract_events("Police seized a truck carrying two tonnes of cannabis in Tangier.")
    assert of_type(events, "COERCE") and not [e for e in events if e.mode == "disrupt"], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Gunmen linked to the Taliban attacked a checkpoint in Kunar.", "AFG"),
        ("Militants loyal to the Islamic State attacked a checkpoint in Sinai.", None),
    ],
)
def test_a_side_named_with_a_participle_phrase_does_the_act(
    extract_events: ExtractEvents, text: str, where: str | None
) -> None:
    """The parse takes "linked" for the main verb and hangs "attacked" on it; "loyal to", an
    adjective, was read right before (a control)."""
    event = only(extract_events(text), "ASSAULT")
    assert event.actor is not None and event.actor.sector == "REB", event.to_dict()
    if where is not None:
        assert country(event.actor) == where, event.to_dict()


def test_hackers_named_with_a_participle_phrase_use_no_force(extract_events: ExtractEvents) -> None:
    events = extract_events("Hackers linked to Russia attacked the websites of several Ukrainian ministries.")
    assert not of_type(events, "ASSAULT"), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's paramilitary Rapid Support Forces attacked the city of El Fasher on Monday.",
        "Sudan's paramilitary Rapid Support Forces shelled a market in Omdurman.",
        # control: the same side parsed with one subject
        "Sudan's paramilitary Rapid Support Forces killed 20 villagers in Darfur.",
    ],
)
def test_an_adjective_split_from_a_named_side_leaves_the_name_the_actor(
    extract_events: ExtractEvents, text: str
) -> None:
    """The parse makes "paramilitary" a subject of its own beside "Forces"."""
    event = only(extract_events(text), "ASSAULT")
    assert event.actor is not None and event.actor.text.endswith("Rapid Support Forces"), event.to_dict()
    assert country(event.actor) == "SDN", event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "The M23 rebels completed their withdrawal from Kibumba on Friday.",
        "Russian forces completed their pullout from the west bank of the Dnipro.",
    ],
)
def test_a_completed_withdrawal_is_a_retreat_not_a_surrender(extract_events: ExtractEvents, text: str) -> None:
    event = only(extract_events(text), "RETREAT")
    assert event.mode == "military", event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "The FARC rebels laid down their arms under a peace deal signed in Havana.",
        "More than 200 fighters gave up their weapons to Nigerian troops in Borno on Monday.",
    ],
)
def test_fighters_giving_up_their_arms_retreat(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    event = only(events, "RETREAT")
    assert event.mode == "military" and event.actor is not None and event.actor.sector == "REB", event.to_dict()
    assert not [e for e in events if e.type == "AID"], [e.to_dict() for e in events]
