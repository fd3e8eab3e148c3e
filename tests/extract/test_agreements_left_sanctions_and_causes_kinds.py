"""Kinds of construction written for these tests: an agreement a side pulls out of, ends or suspends,
which is no side itself (its partner after "with" is); sanctions whose object names its own aim
before a "to" the parser hangs on the verb; assets frozen, whose owner is punished; a place that
names a mission or an agreement, which is no scene; talks whose two sides follow "between" after a
place that names them; the act a threat of revenge answers, which happened and is no side of the
threat; the crime a court punished during protests, which makes the punishment no force used on
them; a post of armed forces attacked, which stands for those forces; a town troops withdraw from,
which stands for its country; and an international body a state leaves, left as an agreement is."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Russia pulled out of the Black Sea grain deal on Monday.", "RUS", None),
        ("The United States withdrew from the Paris climate agreement.", "USA", None),
        ("Washington pulled out of the nuclear deal with Iran.", "USA", "IRN"),
        ("Mali's junta ended its defence pact with France.", "MLI", "FRA"),
        ("Israel suspended the agreement with Hamas on Sunday.", "ISR", "PSE"),
    ],
)
def test_an_agreement_left_is_no_side_of_the_withdrawal(
    extract_events: ExtractEvents, text: str, actor: str, target: str | None
) -> None:
    event = only(extract_events(text), "RETREAT")
    assert event.mode == "withdraw_agreement", event.to_dict()
    assert (country(event.actor), country(event.target)) == (actor, target), event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        # controls: troops pulled out of a place retreat from it; cooperation suspended is a
        # sanction; a war that ends, or a dispute, leaves no agreement
        "Russia pulled its troops out of Kherson on Friday.",
        "Niger's junta suspended military cooperation with France.",
        "Kenya ended its dispute with Somalia over the maritime border.",
    ],
)
def test_a_look_alike_of_leaving_an_agreement_is_not_coded_so(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert all(e.mode != "withdraw_agreement" for e in events), [e.to_dict() for e in events]


def test_troops_pulled_out_of_a_place_retreat_from_it(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Russia pulled its troops out of Kherson on Friday."), "RETREAT")
    assert event.mode == "military" and country(event.target) == "UKR", event.to_dict()


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Ethiopian troops withdrew from the Somali town of Beledweyne.", "SOM"),
        ("Russian forces pulled out of the city of Kherson on Friday.", "UKR"),
    ],
)
def test_troops_leaving_a_town_leave_its_country(extract_events: ExtractEvents, text: str, left: str) -> None:
    event = only(extract_events(text), "RETREAT")
    assert country(event.target) == left, event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Burkina Faso, Mali and Niger withdrew from ECOWAS on Sunday.",
        "Hungary withdrew from the International Criminal Court.",
        "The United States withdrew from the World Health Organization.",
    ],
)
def test_a_body_left_is_left_as_an_agreement(extract_events: ExtractEvents, text: str) -> None:
    event = only(extract_events(text), "RETREAT")
    assert event.mode == "withdraw_agreement" and event.acled is None, event.to_dict()
    # control: peacekeepers of a body who leave a country withdraw forces
    troops = only(extract_events("UN peacekeepers withdrew from Mali."), "RETREAT")
    assert troops.mode == "military" and country(troops.target) == "MLI", troops.to_dict()


def test_leaving_a_race_in_a_place_is_no_retreat_from_it(extract_events: ExtractEvents) -> None:
    # control: what is left is no town, whatever place it is in
    assert not extract_events("The minister withdrew from the race in Ohio.")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The US Treasury froze the assets of three Hezbollah financiers.", "LBN"),
        ("The EU froze the assets of the Russian central bank.", "RUS"),
        ("Britain froze Iran's assets.", "IRN"),
    ],
)
def test_assets_frozen_punish_their_owner(extract_events: ExtractEvents, text: str, target: str) -> None:
    event = only(extract_events(text), "SANCTION")
    assert (event.mode, country(event.target)) == ("economic", target), event.to_dict()


def test_sanctions_on_a_side_aim_at_it_not_at_a_buyer_named_after(extract_events: ExtractEvents) -> None:
    event = only(extract_events("The EU imposed new sanctions on Iran over its drone sales to Russia."), "SANCTION")
    assert country(event.target) == "IRN", event.to_dict()
    # control: an envoy recalled to a capital names the side
    recall = only(extract_events("China recalled its ambassador to Lithuania on Tuesday."), "SANCTION")
    assert country(recall.target) == "LTU", recall.to_dict()


def test_a_place_that_names_a_mission_makes_no_one_of_its_country(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Macron praised Kenya for its leadership of the Haiti mission."), "SUPPORT")
    assert country(event.target) == "KEN" and country(event.actor) != "HTI", event.to_dict()


def test_a_place_before_talks_between_two_sides_is_no_side(extract_events: ExtractEvents) -> None:
    event = only(extract_events("The Doha talks between the US and the Taliban resumed on Monday."), "CONSULT")
    assert (country(event.actor), country(event.target)) == ("USA", "AFG"), event.to_dict()
    # control: a side named before the noun, with no "between", is its actor
    strike = only(extract_events("US strikes on Iraq killed 12 people on Monday."), "ASSAULT")
    assert country(strike.actor) == "USA", strike.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Iran vowed revenge for the killing of its general.",
        "Hezbollah vowed to retaliate for the assassination of its commander in Beirut.",
    ],
)
def test_the_act_a_threat_of_revenge_answers_happened_and_is_no_side(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    threat = only(events, "THREATEN")
    assert threat.target is None, threat.to_dict()
    killing = only(events, "ASSAULT")
    assert killing.status == "asserted" and killing.target is not None, killing.to_dict()


def test_a_threat_against_a_named_side_keeps_it(extract_events: ExtractEvents) -> None:
    # the side a threat names stays its target (a control), and the attack it answers happened
    events = extract_events("Iran threatened to strike Israel in response to the attack on its consulate.")
    threat = only(events, "THREATEN")
    assert country(threat.target) == "ISR", threat.to_dict()
    assert of_type(events, "ASSAULT") != [], [e.to_dict() for e in events]


def test_an_execution_for_a_crime_during_protests_is_no_force_on_the_protests(extract_events: ExtractEvents) -> None:
    events = extract_events("Iran executed a man convicted of killing a guard during protests.")
    execution = next(e for e in events if e.type == "ASSAULT" and country(e.actor) == "IRN")
    assert execution.acled is not None, execution.to_dict()
    assert execution.acled["sub_event_type"] != "Excessive force against protesters", execution.to_dict()
    # control: forces that kill protesters use excessive force on them
    shot = only(extract_events("Police shot dead three protesters in Nairobi on Monday."), "ASSAULT")
    assert shot.acled is not None and shot.acled["sub_event_type"] == "Excessive force against protesters"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Al-Shabaab militants attacked a military base in Somalia on Monday.", "MIL"),
        ("Gunmen attacked a police checkpoint in Zamfara state on Monday.", "COP"),
    ],
)
def test_a_post_of_forces_attacked_stands_for_those_forces(
    extract_events: ExtractEvents, text: str, sector: str
) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert event.target is not None and event.target.sector == sector, event.to_dict()


def test_a_camp_of_no_forces_is_not_theirs(extract_events: ExtractEvents) -> None:
    # control: a refugee camp is no post of armed forces
    event = only(extract_events("Rebels attacked a refugee camp in Darfur on Monday."), "ASSAULT")
    assert event.target is None or event.target.sector not in {"MIL", "COP"}, event.to_dict()
