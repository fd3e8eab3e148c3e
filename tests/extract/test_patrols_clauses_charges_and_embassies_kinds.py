"""Kinds of construction written for these tests: a patrol that violence is aimed at, victims of
a second clause joined to a long first one, a suspect charged with murder "in the shooting of" a
victim, a death "three days after" the shooting, a protest outside a foreign embassy, aid given
"with" equipment or sent as doctors, sides that fight "each other", people "disappeared" by
others, trees destroyed, a crowd that burns a police station, and a person extradited "to" or a
thing asked "from" a side."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from event_support import assault_day, counted, country, main_assault, of_type, only, tally_of
from spacy.language import Language

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py

TUESDAY = date(2024, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Militants ambushed an army patrol near Gao, killing four soldiers.",
        "A roadside bomb targeting a police patrol went off near Kismayo.",
        "Gunmen opened fire on a police patrol in Borno.",
    ],
)
def test_a_patrol_under_attack_is_no_deployment(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert of_type(events, "ASSAULT") and not of_type(events, "MOBILIZE"), [e.to_dict() for e in events]


def test_patrols_stepped_up_are_a_deployment(extract_events: ExtractEvents) -> None:
    # control: patrols nobody attacks
    event = only(extract_events("Police stepped up patrols in Kisumu after the clashes."), "MOBILIZE")
    assert country(event.actor) == "KEN", event.to_dict()


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "A man and his son were shot and killed inside their home in Flint on Sunday night, and a neighbor "
            "was wounded trying to help.",
            2,
            1,
        ),
        (
            "A St. Louis firefighter was shot and wounded while responding to a call around 3 a.m. Sunday, and a "
            "bystander was killed.",
            1,
            1,
        ),
        # controls: a pronoun's clause restates the man; a run-in headline's verb and its lede's,
        # with no "and" between them, tell one shooting
        ("A man was shot inside his home on Elm Street late on Sunday night, and he later died at a hospital.", 1, 0),
        (
            "Deputies: Teen accidentally shot classmate hello A teen showing off a pistol at a sleepover Saturday "
            "in Elk Grove accidentally shot another classmate, according to the sheriff's office.",
            0,
            1,
        ),
    ],
)
def test_victims_of_a_joined_clause_are_other_people(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A man was charged Monday with murder in the shooting of his roommate last Thursday.", 1, 0),
        ("Police charged a teen with first-degree murder in the shooting of a clerk.", 1, 0),
        ("He faces a murder charge in the stabbing of his brother.", 1, 0),
        ("A man was charged with attempted murder in the shooting of his neighbor.", 0, 1),  # control
        ("He faces an attempted murder charge in the stabbing of his brother.", 0, 1),  # control
    ],
)
def test_a_murder_charge_in_the_violence_tells_a_death(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A woman died Monday, three days after she was shot in the head outside her home.", "2024-03-08"),
        ("The man died Sunday, a day after he was shot in a robbery.", "2024-03-09"),
        ("A man died Sunday, a week after he was stabbed at a bus stop.", "2024-03-03"),
        ("A man died Tuesday after he was shot in a robbery.", "2024-03-12"),  # control: no interval
    ],
)
def test_a_measured_interval_dates_the_violence_before_the_death(
    extract_events: ExtractEvents, text: str, day: str
) -> None:
    events = extract_events(text, published=TUESDAY)
    assert assault_day(events) == day
    assert counted(main_assault(events), "killed") == 1


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Pakistanis demonstrated outside the Danish embassy in Islamabad.", "DNK"),
        ("Hundreds of protesters rallied outside the US embassy in Baghdad.", "USA"),
        ("Protesters gathered outside the embassy of Iran in London.", "IRN"),
        ("Thousands of farmers protested in Lagos.", "NGA"),  # control: the host government
    ],
)
def test_a_protest_at_an_embassy_is_aimed_at_its_state(extract_events: ExtractEvents, text: str, target: str) -> None:
    event = only(extract_events(text), "PROTEST")
    assert country(event.target) == target, event.to_dict()


@pytest.mark.parametrize(
    ("text", "dyad", "mode"),
    [
        ("Washington provided Kiev with additional air defence systems.", ("USA", "UKR"), "military"),
        ("Germany supplied Ukraine with Patriot batteries.", ("DEU", "UKR"), "military"),
        ("Cuba sent doctors to Haiti after the earthquake.", ("CUB", "HTI"), "humanitarian"),
    ],
)
def test_equipment_and_doctors_given_are_aid(
    extract_events: ExtractEvents, text: str, dyad: tuple[str, str], mode: str
) -> None:
    event = only(extract_events(text), "AID")
    assert (country(event.actor), country(event.target), event.mode) == (*dyad, mode), event.to_dict()


@pytest.mark.parametrize(
    "text", ["The city provided the school with a new heating system.", "The hospital sent two nurses home."]
)
def test_a_system_or_staff_sent_home_is_no_aid(extract_events: ExtractEvents, text: str) -> None:
    # controls: an equipment noun whose kind is no aid; staff sent home
    assert not of_type(extract_events(text), "AID")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("ISWAP and Boko Haram fought each other near Lake Chad.", ("NGA", "NGA")),
        ("The Sudanese army and the RSF fought each other in Khartoum.", ("SDN", "SDN")),
    ],
)
def test_sides_that_fight_each_other_clash(extract_events: ExtractEvents, text: str, dyad: tuple[str, str]) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert event.mode == "clash" and event.target is not None, event.to_dict()
    assert (country(event.actor), country(event.target)) == dyad, event.to_dict()


def test_fighting_a_policy_is_no_clash(extract_events: ExtractEvents) -> None:
    # control: the object is an abstraction, not "each other"
    assert not of_type(extract_events("The government vowed to fight corruption in Lagos."), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "A human rights activist was forcibly disappeared by men in military uniform in Harare.",
        "Security forces disappeared three students in Kashmir last week.",
    ],
)
def test_a_person_disappeared_by_others_is_abducted(extract_events: ExtractEvents, text: str) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert event.acled is not None and event.acled["sub_event_type"] == "Abduction/forced disappearance"


def test_a_person_who_disappears_is_missing_not_abducted(extract_events: ExtractEvents) -> None:
    # control: no object, nobody disappeared him
    assert not of_type(extract_events("The activist disappeared after leaving his home in Harare."), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Israeli settlers burned olive trees belonging to Palestinian farmers near Nablus.",
        "Settlers uprooted 300 olive trees in the village of Turmus Ayya.",
    ],
)
def test_trees_destroyed_are_property_destroyed(extract_events: ExtractEvents, text: str) -> None:
    event = only(extract_events(text), "COERCE")
    assert event.acled is not None and event.acled["sub_event_type"] == "Looting/property destruction"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Angry youths set fire to a police station in Kisumu.", "Mob violence"),
        ("Residents torched a police post in Beni after the arrest of a local chief.", "Mob violence"),
        ("Gunmen set fire to a police station in Zamfara.", "Looting/property destruction"),  # control: armed
    ],
)
def test_a_crowd_that_burns_a_police_station_is_a_mob(extract_events: ExtractEvents, text: str, sub_type: str) -> None:
    event = only(extract_events(text), "COERCE")
    assert event.acled is not None and event.acled["sub_event_type"] == sub_type, event.to_dict()


@pytest.mark.parametrize(
    ("text", "kind", "dyad"),
    [
        ("Colombia extradited the drug lord Fabio Ochoa to the United States.", "COOPERATE", ("COL", "USA")),
        ("Spain extradited two suspects to France on Monday.", "COOPERATE", ("ESP", "FRA")),
        ("Nepal requested emergency assistance from India.", "REQUEST", ("NPL", "IND")),
        ("China demanded an apology from Japan.", "REQUEST", ("CHN", "JPN")),
    ],
)
def test_the_side_a_person_is_sent_to_or_a_thing_asked_from(
    extract_events: ExtractEvents, text: str, kind: str, dyad: tuple[str, str]
) -> None:
    event = only(extract_events(text), kind)
    assert (country(event.actor), country(event.target)) == dyad, event.to_dict()
