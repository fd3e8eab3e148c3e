"""Kinds of construction written for these tests: an object the parse hangs on the result word
("shot dead a Palestinian man"); a drone launched at someone is the weapon, not the side hit;
the other country of "Armenian and Azerbaijani forces" fields forces too; forces that fire on
stone-throwing youths meet a riot; armed sides that recruit fighters mobilise; two mediators mediate
between others, not with each other; drones shot down are a disrupted weapons use; a person is not
of the country its threat aims at; a title such as "Secretary-General" is no general."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import counted, country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("An Israeli settler shot dead a Palestinian man near Nablus.", "PSE"),
        # control: the object parsed as the verb's own
        ("Gunmen shot dead a village chief in Zamfara state.", "NGA"),
    ],
)
def test_the_object_hung_on_a_result_word_is_the_victim(extract_events: ExtractEvents, text: str, target: str) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert country(event.target) == target and counted(event, "killed") == 1, event.to_dict()


def test_a_drone_launched_at_a_side_is_the_weapon(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Houthi forces launched a drone at a US warship in the Red Sea."), "ASSAULT")
    assert country(event.target) == "USA" and event.mode == "drone", event.to_dict()


def test_a_side_driven_from_a_place_stays_the_target(extract_events: ExtractEvents) -> None:
    # control: with no preposition of aim, the side the verb keys on is the one driven back
    event = only(extract_events("Iraqi forces drove back the ISIL terrorists from a village near Mosul."), "ASSAULT")
    assert event.target is not None and event.target.sector == "REB", event.to_dict()


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Armenian and Azerbaijani forces exchanged fire along the border on Tuesday.", "MIL"),
        ("Indian and Pakistani troops clashed in Kashmir on Tuesday.", "MIL"),
    ],
)
def test_the_second_country_of_a_shared_head_fields_the_same_kind(
    extract_events: ExtractEvents, text: str, sector: str
) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert event.target is not None and event.target.sector == sector, event.to_dict()
    assert event.actor is not None and event.actor.country != event.target.country, event.to_dict()


def test_force_on_stone_throwing_youths_is_a_riot(extract_events: ExtractEvents) -> None:
    text = "Several people were wounded in Nairobi when police fired rubber bullets at stone-throwing youths."
    event = only(extract_events(text), "COERCE")
    assert event.acled is not None and event.acled["sub_event_type"] == "Violent demonstration", event.to_dict()
    # control: tear gas fired at students who did nothing violent is no riot
    calm = only(extract_events("Police in Nairobi fired tear gas at students on Monday."), "COERCE")
    assert calm.acled is None or calm.acled["sub_event_type"] != "Violent demonstration", calm.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "The rebels recruited hundreds of child soldiers in North Kivu last year.",
        "Wagner recruited thousands of fighters from Russian prisons.",
    ],
)
def test_an_armed_side_that_recruits_fighters_mobilises(extract_events: ExtractEvents, text: str) -> None:
    event = only(extract_events(text), "MOBILIZE")
    assert event.acled is not None and event.acled["sub_event_type"] == "Change to group/activity", event.to_dict()


def test_a_firm_that_recruits_staff_mobilises_nothing(extract_events: ExtractEvents) -> None:
    assert of_type(extract_events("The company recruited 200 engineers in Kenya."), "MOBILIZE") == []


def test_two_mediators_mediate_between_the_sides_named(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Egypt and Qatar mediated a truce between Israel and Hamas on Monday."), "CONSULT")
    assert (country(event.actor), country(event.target)) == ("EGY", "ISR"), event.to_dict()


def test_drones_shot_down_are_a_disrupted_weapons_use(extract_events: ExtractEvents) -> None:
    events = extract_events("Ukraine said it shot down 30 of 35 drones launched by Russia overnight.")
    launch = next(e for e in of_type(events, "ASSAULT") if country(e.actor) == "RUS")
    assert launch.acled is not None and launch.acled["sub_event_type"] == "Disrupted weapons use", launch.to_dict()
    # control: drones that strike are a drone strike
    strike = only(extract_events("Russian drones struck an energy facility in Kharkiv overnight."), "ASSAULT")
    assert strike.acled is not None and strike.acled["sub_event_type"] == "Air/drone strike", strike.to_dict()


def test_a_person_is_not_of_the_country_its_threat_aims_at(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Kim Jong Un threatened to use nuclear weapons against South Korea."), "THREATEN")
    assert country(event.target) == "KOR" and country(event.actor) != "KOR", event.to_dict()
    # control: an official meeting people where they are stays of that place
    meeting = only(extract_events("Mayor Jane Doe met protesters in Leeds on Monday."), "CONSULT")
    assert country(meeting.actor) == "GBR", meeting.to_dict()


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("The UN Secretary-General called for an immediate ceasefire in Gaza.", "MIL"),
        ("NATO Secretary-General Jens Stoltenberg visited Kyiv on Monday.", "MIL"),
    ],
)
def test_a_hyphenated_title_ending_in_general_is_no_officer(
    extract_events: ExtractEvents, text: str, sector: str
) -> None:
    events = extract_events(text)
    assert events and all(e.actor is not None and e.actor.sector != sector for e in events), [
        e.to_dict() for e in events
    ]


def test_a_major_general_stays_an_officer(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Major-General John Smith ordered troops into Kidal on Monday."), "MOBILIZE")
    assert event.actor is not None and event.actor.sector == "MIL", event.to_dict()
