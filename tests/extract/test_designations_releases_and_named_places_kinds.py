"""Kinds of construction written for these tests: a verb that names its object as something
("designated the Houthis a terrorist organisation", "called the protesters terrorists", "called
the attack an act of terror"); a person hanged; the people of a nation as the object of a verb
that needs people ("freed two Americans"); arms named by their kind before "systems"; the posts of
an armed group; a named place taken; and the side a place is taken from after "control of"."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import counted, country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("The United States designated the Houthis a terrorist organisation on Wednesday.", "USA", "YEM"),
        ("Canada listed the Wagner Group as a terrorist entity.", "CAN", "RUS"),
        ("Britain designated the Revolutionary Guards a terror group.", "GBR", "IRN"),
    ],
)
def test_a_side_listed_as_terrorist_is_sanctioned(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    event = only(extract_events(text), "SANCTION")
    assert (country(event.actor), country(event.target)) == (actor, target), event.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "She was named the new ambassador to France.",
        "Police designated the area a crime scene.",
        "The ministry listed the bridge as a heritage site.",
    ],
)
def test_a_name_that_is_no_terrorist_sanctions_nobody(extract_events: ExtractEvents, text: str) -> None:
    assert not of_type(extract_events(text), "SANCTION")


@pytest.mark.parametrize(
    ("text", "actor", "target_sector"),
    [
        ("Erdogan called the protesters terrorists.", "TUR", "OPP"),
        ("Erdogan described the rebels as criminals.", "TUR", "REB"),
        ("Putin called the Ukrainian leaders criminals.", "RUS", None),
    ],
)
def test_naming_a_side_a_criminal_accuses_it(
    extract_events: ExtractEvents, text: str, actor: str, target_sector: str | None
) -> None:
    event = only(extract_events(text), "ACCUSE")
    assert country(event.actor) == actor, event.to_dict()
    assert event.target is not None, event.to_dict()
    if target_sector is not None:
        assert event.target.sector == target_sector, event.to_dict()


def test_an_attack_named_as_terror_is_not_the_namers(extract_events: ExtractEvents) -> None:
    for text in ("Macron called the attack an act of terror.", "The minister called the bombing a terrorist act."):
        for event in of_type(extract_events(text), "ASSAULT"):
            assert event.actor is None, event.to_dict()  # he named the attack; he did not carry it out
    # control: a light "call" still carries its noun ("called a strike": the union strikes)
    strike = only(extract_events("The teachers' union called a strike on Monday."), "PROTEST")
    assert strike.actor is not None and strike.actor.sector == "LAB", strike.to_dict()


@pytest.mark.parametrize(
    ("text", "expelled"),
    [
        ("Moldova declared a Russian diplomat persona non grata.", "RUS"),
        ("The Russian ambassador was declared persona non grata on Monday.", "RUS"),
    ],
)
def test_a_diplomat_declared_persona_non_grata_is_expelled(
    extract_events: ExtractEvents, text: str, expelled: str
) -> None:
    event = only(extract_events(text), "SANCTION")
    assert event.mode == "expel" and country(event.target) == expelled, event.to_dict()


@pytest.mark.parametrize(
    ("text", "hanger", "killed", "target_country"),
    [
        ("Iran hanged a man convicted of killing a security guard, the judiciary said.", "GOV", 1, "IRN"),
        ("The rebels hanged three villagers accused of spying for the army.", "REB", 3, None),
    ],
)
def test_a_person_hanged_is_killed(
    extract_events: ExtractEvents, text: str, hanger: str, killed: int, target_country: str | None
) -> None:
    events = extract_events(text)
    hanged = [e for e in of_type(events, "ASSAULT") if e.actor is not None and e.actor.sector == hanger]
    assert len(hanged) == 1, [e.to_dict() for e in events]
    assert counted(hanged[0], "killed") == killed, hanged[0].to_dict()
    if target_country is not None:
        assert country(hanged[0].target) == target_country, hanged[0].to_dict()


@pytest.mark.parametrize(
    "text", ["Protesters hung banners on the bridge.", "A portrait of the king hangs in the hall."]
)
def test_a_thing_hung_is_no_killing(extract_events: ExtractEvents, text: str) -> None:
    assert not of_type(extract_events(text), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Russia freed two Americans on Thursday.", "RUS", "USA"),
        ("Hamas released three Israelis on Saturday.", "PSE", "ISR"),
        ("Venezuela freed 10 Americans in exchange for an ally of President Maduro.", "VEN", "USA"),
    ],
)
def test_the_people_of_a_nation_are_people_freed(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    event = only(extract_events(text), "CONCEDE")
    assert (country(event.actor), country(event.target)) == (actor, target), event.to_dict()


def test_a_nation_that_releases_a_statement_frees_nobody(extract_events: ExtractEvents) -> None:
    assert not of_type(extract_events("The Americans released a statement on Friday."), "CONCEDE")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Germany delivered two Patriot air defence systems to Ukraine.", "DEU", "UKR"),
        ("The United States supplied HIMARS launchers to Kyiv.", "USA", "UKR"),
    ],
)
def test_arms_named_by_their_kind_are_military_aid(
    extract_events: ExtractEvents, text: str, actor: str, recipient: str
) -> None:
    event = only(extract_events(text), "AID")
    assert event.mode == "military", event.to_dict()
    assert (country(event.actor), country(event.target)) == (actor, recipient), event.to_dict()


def test_a_system_of_no_arms_is_no_aid(extract_events: ExtractEvents) -> None:
    assert not of_type(extract_events("The company delivered a new payment system to banks."), "AID")


@pytest.mark.parametrize(
    ("text", "country_hit"),
    [
        ("Turkish warplanes bombed Kurdish militant positions in northern Iraq on Sunday.", "IRQ"),
        ("Nigerian troops raided a militant hideout in Borno state.", "NGA"),
    ],
)
def test_the_posts_of_an_armed_group_stand_for_it(extract_events: ExtractEvents, text: str, country_hit: str) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert event.target is not None and event.target.sector == "REB", event.to_dict()
    assert country(event.target) == country_hit, event.to_dict()


def test_a_named_place_taken_is_territory(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Jihadists overran Mosul on Tuesday."), "ASSAULT")
    assert event.mode == "occupy" and event.actor is not None and event.actor.sector == "REB", event.to_dict()
    assert country(event.actor) == "IRQ", event.to_dict()
    # controls: a state won in an election, and assets of a city seized, are no territory taken
    assert not of_type(extract_events("Trump won Pennsylvania in November."), "ASSAULT")
    assert not of_type(extract_events("Police seized Kyiv's assets."), "ASSAULT")


def test_the_side_control_of_a_place_is_taken_from_is_hit(extract_events: ExtractEvents) -> None:
    event = only(extract_events("The Sudanese army regained control of the capital's airport from the RSF."), "ASSAULT")
    assert event.target is not None and event.target.text == "the RSF", event.to_dict()
    # control: a place after "from" says where from, and is no side
    taken = only(extract_events("Troops took control of the village from the east."), "ASSAULT")
    assert taken.target is None, taken.to_dict()


def test_an_act_someone_is_about_to_do_is_planned(extract_events: ExtractEvents) -> None:
    events = extract_events("Israel is about to invade Rafah.")
    assert events and all(e.status == "planned" for e in events), [e.to_dict() for e in events]
    assert any(country(e.actor) == "ISR" for e in events), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The gunman was not about to kill anyone, his lawyer said.",
        "Police did not let anybody shoot the suspect.",
        "The commander would not allow his troops to fire on the crowd.",
    ],
)
def test_an_act_not_about_to_happen_or_not_permitted_did_not_happen(extract_events: ExtractEvents, text: str) -> None:
    assaults = of_type(extract_events(text), "ASSAULT")
    assert all(e.status != "asserted" for e in assaults), [e.to_dict() for e in assaults]


def test_an_act_permitted_or_done_is_told_as_done(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Soldiers shot the suspect near the checkpoint on Friday."), "ASSAULT")
    assert event.status == "asserted", event.to_dict()


def test_a_homicide_called_justifiable_is_not_the_callers(extract_events: ExtractEvents) -> None:
    for text in (
        "The NOPD has called that homicide justifiable.",
        "A man was shot dead on Hewes Street. Police have called the shooting justified.",
    ):
        for event in of_type(extract_events(text), "ASSAULT"):
            assert event.actor is None, event.to_dict()
    # control: a light verb that is no verb of naming carries its noun
    strike = only(extract_events("Israeli warplanes carried out airstrikes near Aleppo on Monday."), "ASSAULT")
    assert country(strike.actor) == "ISR", strike.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Police found an unidentified man shot multiple times Thursday night.",
        "Deputies found a woman stabbed several times in her apartment.",
    ],
)
def test_a_person_found_shot_is_the_victim_however_the_participle_is_tagged(
    extract_events: ExtractEvents, text: str
) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert event.actor is None and event.target is not None, event.to_dict()
    assert counted(event, "injured") == 1, event.to_dict()
    # control: a finite verb with an object of its own is read as written
    shooter = only(extract_events("Police found the suspect shot his wife."), "ASSAULT")
    assert shooter.actor is not None and shooter.target is not None and shooter.target.text == "his wife"
    # control: a verb of no harm after "reported" keeps its subject ("fired" is no participle of harm)
    fired = only(extract_events("Neighbours reported a gunman fired six times at a home in Denver."), "ASSAULT")
    assert fired.actor is not None and fired.actor.text == "a gunman", fired.to_dict()
