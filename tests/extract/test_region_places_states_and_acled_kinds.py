"""Kinds of wording written for these tests, from wire and ACLED-style copy in new styles.

A place told as an area ("in the Kherson region", "in Mali's Mopti region") is where the act
happened, as a bare place behind a preposition is, not the venue of the statement that reports
it (events.py `_attached` reads the area word's preposition); a country's name that the model
tagged an organisation ("Niger expelled ...") or that has an article ("The United States") is
its state (actors.py); gunmen who storm a village and kill its people attack civilians
(acled_rules.json vac.storming-kills-civilians), and an agreement signed by or with rebels is an
ACLED agreement (sd.agreement.signed-by-armed-group, sd.agreement.signed-with-armed-group).
Aid distributed or airdropped is aid (aid.verb); what a side is threatened with has not
happened, and a state threatened "with nuclear weapons" is no armed robbery (role_words
warning_preps "with"; assault.threaten-with-gun no longer takes "weapon")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from event_support import country, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py
PUBLISHED = date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "place", "where"),
    [
        (
            "In Washington, the State Department condemned the killing of 30 villagers by militants in "
            "Mali's Mopti region.",
            "Mopti",
            "MLI",
        ),
        (
            "At a news conference in Moscow, the defence ministry said Ukrainian drones attacked a village "
            "in the Kherson region.",
            "Kherson",
            "UKR",
        ),
        # control: a bare place was read so before
        (
            "In Washington, the State Department condemned the killing of 30 villagers by militants in Mopti.",
            "Mopti",
            "MLI",
        ),
    ],
)
def test_an_area_behind_a_preposition_is_the_scene(
    extract_events: ExtractEvents, text: str, place: str, where: str
) -> None:
    assault = only(extract_events(text, published=PUBLISHED), "ASSAULT")
    assert assault.location is not None, assault.to_dict()
    assert (assault.location.text, assault.location.country) == (place, where)


def test_the_venue_stays_the_scene_of_the_statement(extract_events: ExtractEvents) -> None:
    text = (
        "In Washington, the State Department condemned the killing of 30 villagers by militants in Mali's Mopti region."
    )
    accuse = only(extract_events(text, published=PUBLISHED), "ACCUSE")
    assert accuse.location is not None and accuse.location.text == "Washington", accuse.to_dict()


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Niger expelled the French ambassador on Monday.", "NER"),
        ("The United States expelled the French ambassador on Monday.", "USA"),
        # controls: places the model tags as such were coded so before
        ("Ghana expelled the French ambassador on Monday.", "GHA"),
        ("The Philippines expelled the Chinese ambassador on Monday.", "PHL"),
    ],
)
def test_a_country_named_as_a_side_is_its_state(extract_events: ExtractEvents, text: str, state: str) -> None:
    sanction = only(extract_events(text, published=PUBLISHED), "SANCTION")
    assert sanction.actor is not None and (sanction.actor.country, sanction.actor.sector) == (state, "GOV")


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Gunmen on motorcycles stormed the village of Zaongo on Monday, killing at least 23 people.", "Attack"),
        ("JNIM militants stormed the town of Djibo, killing 23 civilians.", "Attack"),
        (
            "The government and the MILF signed an agreement on the decommissioning of 14,000 fighters on Monday.",
            "Agreement",
        ),
        ("JNIM and local leaders concluded a local agreement allowing farmers to return to their fields.", "Agreement"),
        # controls: a town taken, and soldiers killed in the fight for it
        ("JNIM militants stormed the town of Djibo and took control of it after killing 23 soldiers.",
         "Non-state actor overtakes territory"),
    ],
)  # fmt: skip
def test_storming_and_signing_get_their_acled_sub_type(extract_events: ExtractEvents, text: str, sub_type: str) -> None:
    found = [e.acled["sub_event_type"] for e in extract_events(text, published=PUBLISHED) if e.acled]
    assert sub_type in found, found


def test_an_agreement_between_states_is_no_acled_event(extract_events: ExtractEvents) -> None:
    # control: ACLED codes agreements between parties to a conflict, not every treaty
    events = extract_events("France and Germany signed an agreement on defence procurement on Monday.")
    signed = only(events, "SUPPORT")
    assert country(signed.actor) == "FRA" and not signed.acled, signed.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "The World Food Programme distributed food baskets to displaced families in Gaza on Monday.",
        "Jordan airdropped food rations over northern Gaza on Monday.",
    ],
)
def test_food_distributed_or_airdropped_is_aid(extract_events: ExtractEvents, text: str) -> None:
    assert only(extract_events(text, published=PUBLISHED), "AID").mode == "humanitarian"


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un threatened South Korea with nuclear weapons on Monday.",
        "North Korea threatened Seoul with missile strikes on Monday.",
    ],
)
def test_what_a_state_is_threatened_with_did_not_happen(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text, published=PUBLISHED)
    threat = only(events, "THREATEN")
    assert country(threat.target) == "KOR"
    assert not [e for e in events if e.type == "ASSAULT" and e.status == "asserted"], [e.to_dict() for e in events]


def test_a_gun_held_on_a_clerk_is_still_an_assault(extract_events: ExtractEvents) -> None:
    # control: an armed threat in crime copy
    text = "A man threatened a store clerk with a handgun on Monday and took cash."
    events = extract_events(text, published=PUBLISHED)
    assert only(events, "ASSAULT").mode == "firearms"
