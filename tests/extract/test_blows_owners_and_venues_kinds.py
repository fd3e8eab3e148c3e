"""Kinds of construction written for these tests: a blow with a hand-held weapon is a beating
("hit his neighbor with a baseball bat"), and one with a gun uses a firearm, whose victim the Gun
Violence Archive counts as injured ("struck in the eye with a pistol"); violence done to what a
side owns or lives in aims at its owner ("raided the home of an opposition leader", "attacked
the governor's motorcade"), and violence done to a person's body part at the person ("a bullet
grazed the victim's head"); "a party" as the venue of a shooting is a gathering, not a political
party; a possessor's own "'s" is no part of its name ("Iran's attack" is Iran's)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import counted, country, main_assault, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("A man hit his neighbor with a baseball bat outside a bar in Dayton on Monday.", "beating"),
        ("The suspect struck the woman in the head with a hammer in Toledo on Friday.", "beating"),
        ("A man was struck with a metal pipe during a fight in Akron on Sunday.", "beating"),
        ("One of the robbers hit the clerk with a handgun at a store in Tulsa on Monday.", "firearms"),
    ],
)
def test_a_blow_with_a_hand_held_weapon_is_an_assault(extract_events: ExtractEvents, text: str, mode: str) -> None:
    attack = only(extract_events(text), "ASSAULT")
    assert attack.mode == mode, attack.to_dict()
    assert attack.target is not None and attack.target.sector == "CVL", attack.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        # controls: a ball, a sanction or rain hit "with" something is no blow to anyone
        "He hit the ball with a bat in the final inning on Monday.",
        "The government hit Russian banks with new sanctions on Monday.",
        "The storm hit the coast with heavy rain on Monday.",
    ],
)
def test_a_blow_to_no_person_is_no_assault(extract_events: ExtractEvents, text: str) -> None:
    assert of_type(extract_events(text), "ASSAULT") == [], [e.to_dict() for e in extract_events(text)]


def test_a_victim_struck_with_a_gun_is_counted_injured(extract_events: ExtractEvents) -> None:
    text = (
        "Two armed men robbed a home in North Little Rock early Sunday, police said. When the "
        "teenager did not give them anything, he was struck in the eye with a gun."
    )
    robbery = main_assault(extract_events(text))
    assert counted(robbery, "injured") == 1, robbery.to_dict()


@pytest.mark.parametrize(
    ("text", "target_text", "sector"),
    [
        ("Gunmen attacked the home of a local chief in Zamfara on Monday.", "a local chief", "GOV"),
        ("Insurgents attacked the governor's motorcade in Kandahar on Monday.", "the governor", "GOV"),
        ("Kenyan police raided the home of an opposition leader in Nairobi on Monday.", "an opposition leader", "OPP"),
    ],
)
def test_violence_to_premises_aims_at_their_owner(
    extract_events: ExtractEvents, text: str, target_text: str, sector: str
) -> None:
    (event,) = [e for e in extract_events(text) if e.type in {"ASSAULT", "COERCE"}]
    assert event.target is not None, event.to_dict()
    assert event.target.text.startswith(target_text), event.to_dict()
    assert event.target.sector == sector, event.to_dict()


def test_a_thing_seized_from_its_owner_is_no_person_seized(extract_events: ExtractEvents) -> None:
    # control: only violence aims at the owner; a car torched or seized is property, not a captive
    events = extract_events("Insurgents torched the governor's car in Kandahar on Monday.")
    assert of_type(events, "ASSAULT") == [], [e.to_dict() for e in events]


def test_a_wound_to_a_body_part_hits_the_person(extract_events: ExtractEvents) -> None:
    graze = only(extract_events("A bullet grazed the victim's head on Elm Street in Dayton on Monday."), "ASSAULT")
    assert graze.target is not None and (graze.target.text, graze.target.sector) == ("the victim", "CVL")


def test_a_title_of_a_group_is_no_body_part(extract_events: ExtractEvents) -> None:
    # control: "the group's head" is its leader, kept as the phrase it is
    strike = only(extract_events("The Nigerian army killed the group's head near Maiduguri on Monday."), "ASSAULT")
    assert strike.target is not None and strike.target.text.startswith("the group's head"), strike.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Three people were hurt when shots rang out at a party in Dayton on Saturday.",
        "A man was shot during a party on Elm Street in Toledo early Sunday.",
    ],
)
def test_a_party_as_a_venue_is_no_political_party(extract_events: ExtractEvents, text: str) -> None:
    parties = [p for e in extract_events(text) for p in (e.actor, e.target) if p is not None]
    assert parties and all(p.sector != "PTY" for p in parties), [e.to_dict() for e in extract_events(text)]


def test_a_party_owning_offices_stays_a_party(extract_events: ExtractEvents) -> None:
    # control: "of a party" names the political party whose offices were hit
    attack = only(extract_events("Gunmen attacked the offices of a party in Lahore on Monday."), "ASSAULT")
    assert attack.target is not None and attack.target.sector == "PTY", attack.to_dict()


def test_a_possessors_name_leaves_out_its_s(extract_events: ExtractEvents) -> None:
    attack = only(extract_events("Iran's attack on the base in Erbil killed two soldiers on Monday."), "ASSAULT")
    assert attack.actor is not None and (attack.actor.text, country(attack.actor)) == ("Iran", "IRN")


@pytest.mark.parametrize(
    "text",
    [
        "Two people died and five were injured in a shooting at a birthday party in Dayton early Sunday.",
        "One man was killed and two were hurt in a stabbing outside a bar in Toledo on Friday.",
    ],
)
def test_the_victims_of_a_clause_before_a_passive_did_not_do_the_act(extract_events: ExtractEvents, text: str) -> None:
    attack = main_assault(extract_events(text))
    assert attack.actor is None, attack.to_dict()


def test_the_subject_of_a_verb_of_taking_part_still_takes_part(extract_events: ExtractEvents) -> None:
    # control: "were involved in a gunfight" makes its subject a side of the gunfight
    fight = only(extract_events("Police in Dayton were involved in a gunfight with robbers on Monday."), "ASSAULT")
    assert fight.actor is not None and fight.actor.sector == "COP", fight.to_dict()


def test_a_crowd_that_lynches_is_the_mob(extract_events: ExtractEvents) -> None:
    lynching = only(extract_events("A crowd lynched two suspected thieves in Port-au-Prince on Monday."), "ASSAULT")
    assert lynching.actor is not None and lynching.actor.sector == "CVL", lynching.to_dict()
    assert lynching.acled is not None and lynching.acled["sub_event_type"] == "Mob violence"


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("A man sexually assaulted a woman in a park in Dublin on Monday.", "sexual"),
        # control: an assault with no word of its kind is a beating
        ("A man assaulted a woman in a park in Dublin on Monday.", "beating"),
    ],
)
def test_an_adverb_of_manner_says_what_kind_of_assault(extract_events: ExtractEvents, text: str, mode: str) -> None:
    assault = only(extract_events(text), "ASSAULT")
    assert assault.mode == mode, assault.to_dict()


@pytest.mark.parametrize(
    ("text", "sector", "injured"),
    [
        ("A member of his hunting party was shot in the leg near Bend, Oregon on Saturday.", "CVL", 1),
        ("Gunmen shot a member of a search party in Zamfara on Monday.", "CVL", 1),
        # control: a political party named as such stays one
        ("A member of the ruling party was shot in Lagos on Monday.", "PTY", 1),
    ],
)
def test_a_member_of_a_party_is_one_person_of_its_kind(
    extract_events: ExtractEvents, text: str, sector: str, injured: int
) -> None:
    shooting = main_assault(extract_events(text))
    assert shooting.target is not None and shooting.target.sector == sector, shooting.to_dict()
    assert counted(shooting, "injured") == injured, shooting.to_dict()
