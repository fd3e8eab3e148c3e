"""Kinds of construction written for these tests: what states and bodies do to each other beyond
words and force (evacuating people, suspending a member, closing a border, barring people,
issuing a warrant, jailing for a term, approving a deal or another side's accession, raising an
alert through "the highest level of alert"), and a standing measure that is no arrest; the killing
a protest is about, which is no force used on that protest; custody left, which is no arrest; the
kind of round fired; armed groups whose kind the parse reads as an adjective; clans that fight;
what a person in apposition does."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import counted, country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "kind", "mode", "actor", "target"),
    [
        ("India evacuated more than 3,000 of its citizens from Sudan on Monday.", "AID", "humanitarian", "IND", None),
        ("Italy airlifted 200 foreign nationals out of Kabul on Monday.", "AID", "humanitarian", "ITA", None),
        ("The African Union suspended Niger from all its activities on Monday.", "SANCTION", "diplomatic", None, "NER"),
        ("ECOWAS suspended Guinea from the bloc after the coup.", "SANCTION", "diplomatic", None, "GIN"),
        ("Egypt closed the Rafah crossing to aid convoys on Monday.", "COERCE", "ban", "EGY", None),
        ("Pakistan sealed its border with Afghanistan on Monday.", "COERCE", "ban", "PAK", None),
        ("Serbia put its army on the highest level of combat alert on Monday.", "MOBILIZE", "alert", "SRB", None),
        ("Seoul placed its troops on a state of heightened readiness on Monday.", "MOBILIZE", "alert", "KOR", None),
        ("Israel's cabinet approved the agreement with Hamas on Monday.", "SUPPORT", "sign", "ISR", "PSE"),
        ("Turkey's parliament approved Sweden's accession to NATO on Monday.", "SUPPORT", "sign", "TUR", "SWE"),
        ("The Taliban barred women from universities in Afghanistan.", "COERCE", "ban", "AFG", None),
        ("A court in Moscow jailed an opposition politician for 25 years.", "COERCE", "sentence", "RUS", None),
    ],
)
def test_an_act_of_a_state_on_people_members_borders_or_its_forces_is_coded(
    extract_events: ExtractEvents, text: str, kind: str, mode: str, actor: str | None, target: str | None
) -> None:
    event = only(extract_events(text), kind)
    assert event.mode == mode, event.to_dict()
    if actor is not None:
        assert country(event.actor) == actor, event.to_dict()
    if target is not None:
        assert country(event.target) == target, event.to_dict()


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # controls: a base left is a retreat, a player suspended is no sanction, a shop that
        # closes blocks nobody, pressure put on someone raises no alert
        ("Troops evacuated the base in Kidal on Monday.", "AID"),
        ("The club suspended the striker for three matches on Monday.", "SANCTION"),
        ("The bakery in Cairo closed its doors on Monday.", "COERCE"),
        ("Serbia put pressure on the leader of the opposition on Monday.", "MOBILIZE"),
        ("The Kremlin approved the budget for next year on Monday.", "SUPPORT"),
    ],
)
def test_a_look_alike_act_is_not_coded_so(extract_events: ExtractEvents, text: str, absent: str) -> None:
    events = extract_events(text)
    assert of_type(events, absent) == [], [e.to_dict() for e in events]


def test_an_arrest_warrant_is_a_legal_act_against_whom_it_names(extract_events: ExtractEvents) -> None:
    events = extract_events("The International Criminal Court issued an arrest warrant for Vladimir Putin.")
    event = only(events, "COERCE")
    assert event.mode == "sentence" and event.target is not None, event.to_dict()
    assert event.target.text == "Vladimir Putin" and country(event.target) == "RUS", event.to_dict()


def test_a_court_that_jails_for_no_term_is_still_an_arrest(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Police jailed the suspect in Moscow on Monday."), "COERCE")
    assert event.mode == "arrest", event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Hungary's government banned the opposition party. Police in Budapest detained 40 of its members.",
        "Hungary sealed its border with Serbia. Police in Budapest detained 40 migrants.",
    ],
)
def test_a_standing_measure_and_an_arrest_are_two_acts(extract_events: ExtractEvents, text: str) -> None:
    modes = sorted(e.mode or "" for e in of_type(extract_events(text), "COERCE"))
    assert modes == ["arrest", "ban"], [e.to_dict() for e in extract_events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Residents protested the killing of a teenager by police in Nanterre.",
        "Thousands marched in Paris on Saturday over the death of a teenager killed by police.",
    ],
)
def test_the_killing_a_protest_is_about_is_no_force_on_that_protest(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    killing = only(events, "ASSAULT")
    assert killing.acled is not None and killing.acled["sub_event_type"] == "Attack", killing.to_dict()
    protest = only(events, "PROTEST")
    assert protest.acled is not None and protest.acled["sub_event_type"] == "Peaceful protest", protest.to_dict()


def test_force_used_on_a_protest_stays_excessive_force(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Police shot dead three protesters in Nairobi on Monday."), "ASSAULT")
    assert event.acled is not None and event.acled["sub_event_type"] == "Excessive force against protesters"


def test_the_victim_of_a_grievance_is_not_counted_with_the_force_that_answers_it(
    extract_events: ExtractEvents,
) -> None:
    events = extract_events(
        "Police in Nairobi opened fire on protesters angry over the killing of a student, killing two people."
    )
    police = next(e for e in of_type(events, "ASSAULT") if e.actor is not None and e.actor.sector == "COP")
    assert counted(police, "killed") == 2, police.to_dict()


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("A man killed a security guard during protests in Tehran.", "CVL"),
        # control: the protesters are the people the forces of order fell on
        ("Soldiers shot dead five students during protests in Khartoum.", "CVL"),
    ],
)
def test_a_guard_killed_during_protests_is_no_protester(extract_events: ExtractEvents, text: str, sector: str) -> None:
    protest = only(extract_events(text), "PROTEST")
    assert protest.actor is not None and protest.actor.sector == sector, protest.to_dict()


def test_a_release_from_custody_is_no_arrest(extract_events: ExtractEvents) -> None:
    events = extract_events("The junta released the deposed president's son from detention.")
    assert of_type(events, "COERCE") == [] and of_type(events, "CONCEDE") != [], [e.to_dict() for e in events]
    # control: taken into custody is an arrest
    arrest = only(extract_events("Police in Nairobi took the suspect into custody on Monday."), "COERCE")
    assert arrest.mode == "arrest", arrest.to_dict()


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Militants fired mortar rounds at the airport in Mogadishu.", "shelling"),
        ("Militants fired tank rounds at the village in Gedo.", "shelling"),
        # control: rounds of no named kind are bullets
        ("Gunmen fired several rounds at the house in Kisumu.", "firearms"),
    ],
)
def test_the_kind_of_round_fired_sets_the_mode(extract_events: ExtractEvents, text: str, mode: str) -> None:
    assert only(extract_events(text), "ASSAULT").mode == mode


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Two rebel groups attacked the town of Kidal.", "REB"),
        ("Two armed groups attacked the town of Kidal.", "UAF"),
        ("An armed group attacked the village of Kiwanja.", "UAF"),
        ("Rival clans clashed in Gedo on Monday.", "CVL"),
    ],
)
def test_a_group_whose_kind_is_an_adjective_is_a_side(extract_events: ExtractEvents, text: str, sector: str) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert event.actor is not None and event.actor.sector == sector, event.to_dict()


def test_a_weapon_named_with_an_adjective_is_no_side(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Afghan forces destroyed dozens of heavy machine guns in Uruzgan."), "COERCE")
    assert event.target is None or event.target.sector is None, event.to_dict()


def test_what_a_person_in_apposition_does_is_no_event(extract_events: ExtractEvents) -> None:
    events = extract_events(
        "Mustapha Karimbe, a civilian helping the Nigerian military fight the Islamist group, said the militants"
        " attacked Warwara in Borno state."
    )
    assaults = of_type(events, "ASSAULT")
    assert [e.actor.text if e.actor else None for e in assaults] == ["the militants"], [e.to_dict() for e in events]
