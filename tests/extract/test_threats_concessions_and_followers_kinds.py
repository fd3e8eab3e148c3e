"""Kinds of construction written for these tests: a threat whose content is a sanction; a
concession made to a side after "to"; the followers of a side; forces a side deploys; and a threat
to take or strike a town or region, which threatens its country."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The EU threatened to impose new sanctions on Russia.", "RUS"),
        ("Washington threatened to slap tariffs on Chinese goods.", None),
    ],
)
def test_a_threatened_sanction_is_a_threat_of_sanction(
    extract_events: ExtractEvents, text: str, target: str | None
) -> None:
    event = only(extract_events(text), "THREATEN")
    assert event.mode == "sanction", event.to_dict()
    if target is not None:
        assert country(event.target) == target, event.to_dict()
    # control: a threat of force stays one
    force = only(extract_events("Iran threatened to strike Israel."), "THREATEN")
    assert force.mode == "force", force.to_dict()


def test_an_apology_is_made_to_the_side_after_to(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Japan apologised to South Korea for its wartime abuses."), "CONCEDE")
    assert (country(event.actor), country(event.target)) == ("JPN", "KOR"), event.to_dict()
    # control: people released "to" a body are the ones released
    freed = only(extract_events("Hamas released two hostages to the Red Cross."), "CONCEDE")
    assert freed.target is not None and freed.target.text == "two hostages", freed.to_dict()


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Police clashed with supporters of the opposition in Nairobi.", "OPP"),
        ("Police clashed with supporters of Imran Khan in Lahore.", "CVL"),
    ],
)
def test_the_followers_of_a_side_are_a_group_of_its_side(extract_events: ExtractEvents, text: str, sector: str) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert event.target is not None and event.target.text.startswith("supporters of"), event.to_dict()
    assert event.target.sector == sector, event.to_dict()


def test_the_followers_of_a_president_are_no_government(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Supporters of the president rallied in Kinshasa."), "PROTEST")
    assert event.actor is not None and event.actor.sector not in {"GOV", "MIL", "COP"}, event.to_dict()
    assert country(event.actor) == "COD", event.to_dict()


@pytest.mark.parametrize(
    ("text", "owner", "facing"),
    [
        ("Russia deployed troops to the border with Finland.", "RUS", "FIN"),
        ("Kenya will deploy 1,000 police officers to Haiti.", "KEN", "HTI"),
        ("Russia massed more than 100,000 troops near Ukraine's borders.", "RUS", "UKR"),
        ("Russia massed troops near the Ukrainian border.", "RUS", "UKR"),
        ("Venezuela sent troops to the border with Guyana.", "VEN", "GUY"),
        ("China deployed fighter jets around Taiwan on Monday.", "CHN", "TWN"),
        # the forces are the actor's own, and no destination names another side
        ("Israel called up 360,000 reservists.", "ISR", None),
        ("Iran put its armed forces on high alert.", "IRN", None),
        ("The United States deployed an aircraft carrier to the eastern Mediterranean.", "USA", None),
    ],
)
def test_forces_a_side_deploys_are_its_own(
    extract_events: ExtractEvents, text: str, owner: str, facing: str | None
) -> None:
    # PLOVER codes the mobilizing side and the side the mobilization faces, not the forces moved
    event = only(extract_events(text), "MOBILIZE")
    assert (country(event.actor), country(event.target)) == (owner, facing), event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Park was jailed for 24 years by a court in Seoul on Friday. Outside the court, hundreds of her "
        "supporters had gathered to watch the verdict, waving Korean and US flags.",
        "A court in Seoul jailed the former president on Friday. Outside, thousands of protesters "
        "had gathered, burning US flags.",
    ],
)
def test_a_country_named_before_a_thing_is_no_scene(extract_events: ExtractEvents, text: str) -> None:
    for event in extract_events(text):
        assert event.location is None or event.location.country == "KOR", event.to_dict()


def test_a_country_named_before_a_place_noun_is_still_the_scene(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Israeli troops clashed with gunmen near the Lebanon border on Monday."), "ASSAULT")
    assert event.location is not None and event.location.country == "LBN", event.to_dict()


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Venezuela threatened to annex the Essequibo region of Guyana.", ("VEN", "GUY")),
        ("Israel threatened to attack the city of Rafah within days.", ("ISR", "PSE")),
    ],
)
def test_a_threat_to_take_a_place_threatens_its_country(
    extract_events: ExtractEvents, text: str, dyad: tuple[str, str]
) -> None:
    event = only(extract_events(text), "THREATEN")
    assert (country(event.actor), country(event.target)) == dyad, event.to_dict()


def test_a_threat_on_a_place_of_ones_own_country_has_no_other_side(extract_events: ExtractEvents) -> None:
    # control: a region of the threatening side's own country names no other side
    event = only(extract_events("Azerbaijan threatened to retake the region of Nagorno-Karabakh."), "THREATEN")
    assert event.target is None, event.to_dict()
