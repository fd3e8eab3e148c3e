"""Kinds of reading that coded wrongly before: an infinitive on an owned decision is the owner's
act ("the Saudi decision to lift"), a state protests by complaining, a warning of another side's
act threatens nothing, a place that owns something outside the event's phrase is no scene
("Iran's response to the killing"), violence a court rules on is not the court's, a group, gang
or crowd of people is those people ("rival groups of youths"), forces moved to a place are
deployed there and forces moved from a place retreat, an accord between two sides is welcomed
from the first, a town and its country are an address, gas that controls a crowd is no chemical
attack, a named place taken is territory, two sides that fight battles fight each other (a legal or
political battle is none) and are no accident, incidents in two provinces are two events with their
own dead, a clash is fought "with" its other side and by those "involved in" it, a legal or
political battle is no clash, a charge on a camp or positions is an assault
(a court's charge of a person stays one), an explosion at a mosque, market or checkpoint is a
bombing (a gas explosion or one at a plant or a home stays an accident), those who engage a side
in a fight fight it, a base or a school that hosts people meets nobody, bases set up are bases
(the model's lemma of "bases" is "basis"). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        ("Turkey welcomed the Saudi decision to lift the blockade on Qatar.", "RETREAT", "SAU"),
        ("Ankara welcomed the Egyptian decision to release the detained journalists.", "CONCEDE", "EGY"),
    ],
)
def test_an_infinitive_on_an_owned_decision_is_the_owners_act(
    extract_events: ExtractEvents, text: str, event_type: str, actor: str
) -> None:
    found = of_type(extract_events(text), event_type)
    assert found, [e.to_dict() for e in extract_events(text)]
    assert all(country(e.actor) == actor for e in found), [e.to_dict() for e in found]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Beijing protested to Tokyo over the shrine visit on Monday.", "CHN", "JPN"),
        ("China strongly protested the US decision to sell drones to Taiwan.", "CHN", "USA"),
        ("The Chinese foreign ministry protested the visit in Beijing on Monday.", "CHN", None),
    ],
)
def test_a_state_protests_by_complaining(
    extract_events: ExtractEvents, text: str, actor: str, target: str | None
) -> None:
    events = extract_events(text)
    assert not of_type(events, "PROTEST"), [e.to_dict() for e in events]
    complaints = of_type(events, "ACCUSE")
    assert any(country(e.actor) == actor and (target is None or country(e.target) == target) for e in complaints), [
        e.to_dict() for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Kenyan teachers protested the pay cut in Nairobi.",
        "Kenyan government workers protested the pay cut in Nairobi.",
    ],
)
def test_people_who_protest_still_demonstrate(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert of_type(events, "PROTEST") and not of_type(events, "ACCUSE"), [e.to_dict() for e in events]


def test_a_place_owning_the_reaction_is_not_where_the_killing_happened(extract_events: ExtractEvents) -> None:
    text = (
        "Gunmen killed the governor of Diyala province near Baquba, Iraq, on Monday. "
        "Iran's response to the killing of the governor was muted, officials said."
    )
    killings = of_type(extract_events(text), "ASSAULT")
    assert killings and all(e.location is not None and e.location.country == "IRQ" for e in killings), [
        e.to_dict() for e in extract_events(text)
    ]


def test_a_warning_of_another_sides_act_threatens_nothing(extract_events: ExtractEvents) -> None:
    text = "NATO warned of a Russian military build-up near the Ukrainian border."
    assert not of_type(extract_events(text), "THREATEN"), [e.to_dict() for e in extract_events(text)]


def test_the_warnings_own_act_is_still_a_threat(extract_events: ExtractEvents) -> None:
    text = "Iran warned of a crushing military response to any attack by Israel."
    threats = of_type(extract_events(text), "THREATEN")
    assert any(country(e.actor) == "IRN" for e in threats), [e.to_dict() for e in extract_events(text)]


def test_a_shooting_a_court_rules_on_is_not_the_courts(extract_events: ExtractEvents) -> None:
    text = "A judge in Toledo acquitted a man of murder charges in the shooting of a cook on Monday."
    shootings = of_type(extract_events(text), "ASSAULT")
    assert shootings and all(e.actor is None or e.actor.sector != "JUD" for e in shootings), [
        e.to_dict() for e in extract_events(text)
    ]


@pytest.mark.parametrize(
    ("text", "sector", "sub_event_type"),
    [
        ("Rival groups of youths clashed with machetes in Kisumu, Kenya.", "CVL", "Mob violence"),
        ("A gang of armed men attacked a village in Zamfara state, Nigeria, on Monday.", "UAF", "Attack"),
    ],
)
def test_a_group_of_people_is_the_people(
    extract_events: ExtractEvents, text: str, sector: str, sub_event_type: str
) -> None:
    attacks = of_type(extract_events(text), "ASSAULT")
    assert any(
        e.actor is not None and e.actor.sector == sector and (e.acled or {}).get("sub_event_type") == sub_event_type
        for e in attacks
    ), [e.to_dict() for e in extract_events(text)]


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        ("Pakistan moved troops to its border with Afghanistan on Monday.", "MOBILIZE", "PAK"),
        ("Canada is moving some of its Iraq-based forces to Kuwait.", "RETREAT", "CAN"),
        ("Germany moved its soldiers out of Iraq on Tuesday.", "RETREAT", "DEU"),
        ("The US moved its troops from Syria to Iraq.", "RETREAT", "USA"),
        ("The town of Kidal was handed over by Malian troops to separatist rebels on Monday.", "RETREAT", "MLI"),
    ],
)
def test_forces_moved_to_a_place_deploy_and_from_a_place_retreat(
    extract_events: ExtractEvents, text: str, event_type: str, actor: str
) -> None:
    events = extract_events(text)
    assert any(country(e.actor) == actor for e in of_type(events, event_type)), [e.to_dict() for e in events]
    other = "RETREAT" if event_type == "MOBILIZE" else "MOBILIZE"
    assert not of_type(events, other), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        ("Washington welcomed the agreement between Saudi Arabia and Iran.", "SUPPORT", "SAU"),
        ("Egypt welcomed the ceasefire between Israel and Hamas on Tuesday.", "SUPPORT", "ISR"),
    ],
)
def test_an_accord_between_two_sides_is_welcomed_from_the_first(
    extract_events: ExtractEvents, text: str, event_type: str, target: str
) -> None:
    found = of_type(extract_events(text), event_type)
    assert any(country(e.target) == target for e in found), [e.to_dict() for e in extract_events(text)]


def test_a_town_and_its_country_are_an_address_not_the_target(extract_events: ExtractEvents) -> None:
    text = "Al-Shabaab militants killed four teachers in an attack on a school in Mandera, Kenya."
    attacks = of_type(extract_events(text), "ASSAULT")
    assert attacks and all(e.target is None or e.target.kind != "country" for e in attacks), [
        e.to_dict() for e in extract_events(text)
    ]
    assert any((e.acled or {}).get("sub_event_type") == "Attack" for e in attacks), [e.to_dict() for e in attacks]


def test_gas_that_controls_a_crowd_is_no_chemical_attack(extract_events: ExtractEvents) -> None:
    text = "Police in Harare, Zimbabwe, used tear gas to disperse opposition supporters on Monday."
    events = extract_events(text)
    assert not of_type(events, "ASSAULT") and of_type(events, "COERCE"), [e.to_dict() for e in events]
    poison = "Syrian government forces used poison gas against civilians in Douma, Syria, on Saturday."
    assert any(e.mode == "bombing" for e in of_type(extract_events(poison), "ASSAULT")), [
        e.to_dict() for e in extract_events(poison)
    ]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("M23 rebels captured Bunagana near the Ugandan border on Monday.", "Non-state actor overtakes territory"),
        ("Russian forces seized Kherson in March.", None),
    ],
)
def test_a_named_place_taken_is_territory_not_a_person_seized(
    extract_events: ExtractEvents, text: str, sub_event_type: str | None
) -> None:
    events = extract_events(text)
    taken = [e for e in of_type(events, "ASSAULT") if e.mode == "occupy"]
    assert taken and not of_type(events, "COERCE"), [e.to_dict() for e in events]
    assert sub_event_type is None or any((e.acled or {}).get("sub_event_type") == sub_event_type for e in taken)


def test_a_person_captured_is_still_seized(extract_events: ExtractEvents) -> None:
    text = "Rebels captured a Nigerian soldier near Maiduguri, Nigeria, on Monday."
    assert not [e for e in extract_events(text) if e.mode == "occupy"], [e.to_dict() for e in extract_events(text)]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Sudan's army and the paramilitary Rapid Support Forces fought heavy battles in Khartoum.", "SDN", "SDN"),
        ("Ukrainian and Russian troops fought fierce battles near Bakhmut on Sunday.", "UKR", "RUS"),
        ("Rebels and government troops clashed near Goma, Congo, on Tuesday.", "COD", "COD"),
    ],
)
def test_two_sides_that_fight_battles_fight_each_other(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    clashes = [e for e in of_type(extract_events(text), "ASSAULT") if e.mode == "clash"]
    assert any(
        country(e.actor) == actor and country(e.target) == target and e.actor.text != e.target.text  # type: ignore[union-attr]
        for e in clashes
    ), [e.to_dict() for e in extract_events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan farmers fought a legal battle against the Kenyan government in Nairobi.",
        "The Nigerian senator fought a political battle with the Nigerian president in Abuja.",
    ],
)
def test_a_figurative_battle_is_no_clash(extract_events: ExtractEvents, text: str) -> None:
    assert not of_type(extract_events(text), "ASSAULT"), [e.to_dict() for e in extract_events(text)]


def test_incidents_in_two_provinces_are_two_events_with_their_own_dead(extract_events: ExtractEvents) -> None:
    text = (
        "Nigerian troops and Boko Haram fighters clashed in Maiduguri on Monday, residents said, as a truce "
        "brokered by local elders collapsed. At least 12 civilians were killed, a hospital official said. "
        "In Gusau, the capital of Zamfara state, gunmen attacked a market on Sunday, killing at least 30 people, "
        "police said."
    )
    attacks = of_type(extract_events(text), "ASSAULT")
    found = {
        (e.location.name if e.location else None, tuple(q.value for q in e.quantities if q.kind == "killed"))
        for e in attacks
    }
    assert found == {("Maiduguri", (12,)), ("Gusau", (30,))}, [e.to_dict() for e in attacks]
    clash = next(e for e in attacks if e.location is not None and e.location.name == "Maiduguri")
    assert clash.mode == "clash" and country(clash.target) == "NGA", clash.to_dict()


def test_a_scene_fronted_before_coordinated_verbs_keeps_that_incident_apart(extract_events: ExtractEvents) -> None:
    text = (
        "Kenyan police shot dead three protesters in Nairobi on Tuesday, a rights group said. "
        "In the coastal city of Mombasa, demonstrators blocked roads and clashed with police, officials said."
    )
    attacks = of_type(extract_events(text), "ASSAULT")
    places = sorted(e.location.name for e in attacks if e.location is not None)
    assert places == ["Mombasa", "Nairobi"], [e.to_dict() for e in attacks]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("An explosion ripped through a mosque in Peshawar on Friday, killing at least 30 worshippers.", 30),
        ("A blast near a police checkpoint in Kabul killed three officers on Monday.", 3),
        ("A blast tore through a bus in Quetta on Monday.", 0),
    ],
)
def test_an_explosion_at_a_crowd_site_is_a_bombing(extract_events: ExtractEvents, text: str, dead: int) -> None:
    (bombing,) = of_type(extract_events(text), "ASSAULT")
    assert bombing.mode == "bombing"
    assert max((q.value for q in bombing.quantities if q.kind == "killed"), default=0) == dead


@pytest.mark.parametrize(
    "text",
    [
        "A gas explosion at a market in Lagos killed four people.",
        "An explosion at a chemical plant in Texas injured 12 workers.",
        "An explosion at a home in Dayton, Ohio, killed two people on Monday.",
        "An explosion at a gas station in Toledo, Ohio, injured three people.",
    ],
)
def test_an_accidental_explosion_stays_an_accident(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert not of_type(events, "ASSAULT")
    assert [e.mode for e in of_type(events, "OTHER")] == ["accident"]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Rebels clashed with the army near Goma on Monday.", "COD", "COD"),
        ("Troops exchanged fire with gunmen near Maiduguri on Monday.", "NGA", "NGA"),
        ("Protesters clashed with police in Nairobi on Tuesday.", "KEN", "KEN"),
    ],
)
def test_a_clash_is_fought_with_its_other_side(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    (clash,) = of_type(extract_events(text), "ASSAULT")
    assert clash.mode == "clash"
    assert (country(clash.actor), country(clash.target)) == (actor, target)


def test_a_clash_fought_against_a_side_keeps_that_side(extract_events: ExtractEvents) -> None:
    # "with" names an ally when the sentence names what is fought against.
    (fight,) = of_type(
        extract_events("Kurdish fighters battled with US support against Islamic State in Raqqa."), "ASSAULT"
    )
    assert fight.target is not None and "Islamic State" in fight.target.text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Rebels charged the army positions near Goma at dawn.", "ASSAULT"),
        ("Prosecutors in Dayton, Ohio, charged the man with murder.", "COERCE"),
    ],
)
def test_a_charge_on_a_position_is_an_assault(extract_events: ExtractEvents, text: str, event_type: str) -> None:
    assert [e.type for e in extract_events(text) if e.type in {"ASSAULT", "COERCE"}] == [event_type]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Police were involved in a gunfight with armed robbers in Lagos.", "Police"),
        ("Soldiers have been engaged in a fire exchange with the militants near Kismayo.", "Soldiers"),
    ],
)
def test_those_involved_in_a_fight_take_part_in_it(extract_events: ExtractEvents, text: str, actor: str) -> None:
    (fight,) = of_type(extract_events(text), "ASSAULT")
    assert fight.actor is not None and fight.actor.text == actor
    assert fight.target is not None


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Police engaged the bandits in a gun duel in Zamfara on Monday.", "Police", "the bandits"),
        ("Troops engaged the militants in a fierce battle near Maiduguri on Sunday.", "Troops", "the militants"),
    ],
)
def test_those_who_engage_a_side_in_a_fight_fight_it(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    (fight,) = of_type(extract_events(text), "ASSAULT")
    assert fight.actor is not None and fight.actor.text == actor, fight.to_dict()
    assert fight.target is not None and fight.target.text == target, fight.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "At least two military bases hosting US-led coalition personnel were targeted near Erbil.",
        "The school hosting the displaced families was shelled near Goma on Monday.",
    ],
)
def test_a_site_that_hosts_people_meets_nobody(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert not of_type(events, "CONSULT"), [e.to_dict() for e in events]
    assert of_type(events, "ASSAULT"), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The US military has set up new bases in northern Syria.",
        "Turkey established two military bases near Idlib on Monday.",
    ],
)
def test_bases_set_up_are_a_base_established(extract_events: ExtractEvents, text: str) -> None:
    (base,) = of_type(extract_events(text), "MOBILIZE")
    assert base.mode == "base" and base.target is None, base.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "The company is locked in a fierce legal battle with its founder.",
        "The senator faces a fierce political battle in Ohio.",
    ],
)
def test_a_legal_or_political_battle_is_no_clash(extract_events: ExtractEvents, text: str) -> None:
    assert not of_type(extract_events(text), "ASSAULT")
