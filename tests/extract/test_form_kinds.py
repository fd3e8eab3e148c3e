"""Kinds of construction whose words or names the model splits or mislabels, and that coded nothing
or coded wrongly before: a surname the model labels a place ("Blinken", "Scholz"), a hyphenated
noun the tokenizer splits ("sit-in", "pull-out"), a capitalised first word the model takes for a
name ("Rockets rained down"), a result adjective the parse hangs anywhere ("burned five
villagers alive"), a verb of defeat whose object is an armed side ("crushed the insurgents");
and acts the lexicon lacked (a party dissolved, budget support suspended, aid announced or
pledged as a sum "in aid", diplomats ordered out, joint drills). Sentences written for these
tests; ordinary uses stay no event (`NO_SUCH_EVENT`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "German Chancellor Olaf Scholz arrived in Paris on Monday. "
            "French President Emmanuel Macron hosted Scholz at the Elysee.",
            "FRA",
            "DEU",
        ),
        (
            "US Secretary of State Antony Blinken flew to China. "
            "Chinese Foreign Minister Wang Yi met Blinken in Beijing on Sunday.",
            "CHN",
            "USA",
        ),
    ],
)
def test_a_surname_the_model_labels_a_place_is_the_person_named_in_full(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    meetings = of_type(extract_events(text), "CONSULT")
    assert any(country(e.actor) == actor and country(e.target) == target for e in meetings), [
        e.to_dict() for e in extract_events(text)
    ]


def test_a_name_no_gazetteer_places_is_a_party_not_nothing(extract_events: ExtractEvents) -> None:
    text = "Blinken met Chinese Foreign Minister Wang Yi in Beijing on Sunday."
    meetings = of_type(extract_events(text), "CONSULT")
    assert any(e.actor is not None and e.actor.text == "Blinken" for e in meetings), [
        e.to_dict() for e in extract_events(text)
    ]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The pull-out of French troops from Mali was completed on Monday.", "RETREAT"),
        ("Hundreds of nurses staged a sit-in outside the health ministry in Nairobi on Monday.", "PROTEST"),
        ("Dozens of students held a die-in outside the US embassy in London on Friday.", "PROTEST"),
    ],
)
def test_a_hyphenated_noun_the_tokenizer_splits_codes_its_event(
    extract_events: ExtractEvents, text: str, event_type: str
) -> None:
    assert of_type(extract_events(text), event_type), [e.to_dict() for e in extract_events(text)]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Rockets rained down on the town of Sderot on Saturday.", "missile"),
        ("Mortar shells rained on the market in Aleppo on Sunday.", "shelling"),
        ("A truck bomb tore through a police station in Kabul on Monday.", "bombing"),
    ],
)
def test_munitions_that_rain_down_or_tear_through_are_an_attack(
    extract_events: ExtractEvents, text: str, mode: str
) -> None:
    assert any(e.mode == mode for e in of_type(extract_events(text), "ASSAULT")), [
        e.to_dict() for e in extract_events(text)
    ]


def test_people_burned_alive_are_killed(extract_events: ExtractEvents) -> None:
    text = "Gunmen burned four farmers alive in Benue state, Nigeria, on Sunday."
    attacks = of_type(extract_events(text), "ASSAULT")
    killed = [q.value for e in attacks for q in e.quantities if q.kind == "killed"]
    assert killed == [4], [e.to_dict() for e in extract_events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A mob burned a suspected thief to death in Kampala, Uganda, on Monday.",
        "A mob beat a suspected thief to death in Kampala, Uganda, on Monday.",
        "A man was beaten to death by a mob in Kampala, Uganda, on Monday.",
    ],
)
def test_one_beaten_or_burned_to_death_is_killed(extract_events: ExtractEvents, text: str) -> None:
    attacks = of_type(extract_events(text), "ASSAULT")
    killed = [q.value for e in attacks for q in e.quantities if q.kind == "killed"]
    assert killed == [1], [e.to_dict() for e in extract_events(text)]


def test_a_team_beaten_is_nobody_hurt(extract_events: ExtractEvents) -> None:
    events = extract_events("Kenya beat Uganda 2-0 in Nairobi on Sunday.")
    assert not [q for e in events for q in e.quantities], [e.to_dict() for e in events]


def test_a_burned_house_kills_nobody(extract_events: ExtractEvents) -> None:
    text = "Gunmen burned four houses in Benue state, Nigeria, on Sunday."
    events = extract_events(text)
    assert not [q for e in events for q in e.quantities if q.kind == "killed"], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Nigerian army crushed the insurgents near Maiduguri on Monday.", "NGA"),
        ("Somali troops routed al-Shabaab fighters near Baidoa, Somalia, on Tuesday.", "SOM"),
    ],
)
def test_a_defeat_of_an_armed_side_is_fighting(extract_events: ExtractEvents, text: str, actor: str) -> None:
    assert any(country(e.actor) == actor for e in of_type(extract_events(text), "ASSAULT")), [
        e.to_dict() for e in extract_events(text)
    ]


# Ordinary uses of this round's words and entries: each codes no event of these types.
NO_SUCH_EVENT = [
    pytest.param("Kenya crushed Uganda 3-0 in the final in Nairobi on Sunday.", {"ASSAULT"}, id="sport"),
    pytest.param("The Kenyan senate defeated the finance bill in Nairobi on Tuesday.", {"ASSAULT"}, id="bill"),
    pytest.param("Heavy rain fell on Nairobi on Monday.", {"ASSAULT"}, id="rain"),
    pytest.param("The company set up a sit-down meeting with Kenyan investors.", {"PROTEST"}, id="sit-down"),
    pytest.param("The Kenyan parliament dissolved itself ahead of the election.", {"COERCE"}, id="parliament"),
    pytest.param("The sugar dissolved in the water within minutes.", {"COERCE"}, id="sugar"),
    pytest.param("The Kenyan minister announced a new budget on Tuesday.", {"AID"}, id="budget"),
]


@pytest.mark.parametrize(("text", "types"), NO_SUCH_EVENT)
def test_ordinary_uses_code_no_such_event(extract_events: ExtractEvents, text: str, types: set[str]) -> None:
    assert not [e for e in extract_events(text) if e.type in types], [e.to_dict() for e in extract_events(text)]


@pytest.mark.parametrize(
    ("text", "event_type", "mode", "actor"),
    [
        ("Thailand's constitutional court dissolved the opposition Move Forward party.", "COERCE", "ban", "THA"),
        ("The World Bank suspended budget support to Malawi after the scandal.", "SANCTION", "economic", None),
        ("Japan announced $20 million in emergency aid to Turkey on Tuesday.", "AID", "humanitarian", "JPN"),
        ("Russia and China held naval drills in the East China Sea.", "COOPERATE", "military", "RUS"),
        ("Iran held military drills near the Strait of Hormuz.", "MOBILIZE", "exercise", "IRN"),
        ("The European Union pledged 1.5 billion euros in aid to Syrian refugees in Turkey.", "AID", None, None),
        ("Russia ordered 10 Dutch diplomats to leave Moscow within a week.", "SANCTION", "expel", "RUS"),
        ("Police engaged the bandits in a gun duel in Zamfara state.", "ASSAULT", "clash", None),
        ("Police and gunmen fought a gun battle in Kano on Sunday.", "ASSAULT", "clash", "NGA"),
        ("The army was locked in fierce battles with the rebels near Goma.", "ASSAULT", "clash", "COD"),
        ("Al-Shabab fighters charged a camp outside Afgoye hosting government forces.", "ASSAULT", None, "SOM"),
    ],
)
def test_acts_the_lexicon_lacked_code_their_event(
    extract_events: ExtractEvents, text: str, event_type: str, mode: str | None, actor: str | None
) -> None:
    found = of_type(extract_events(text), event_type)
    assert any((mode is None or e.mode == mode) and (actor is None or country(e.actor) == actor) for e in found), [
        e.to_dict() for e in extract_events(text)
    ]


def test_military_drills_are_no_change_to_an_armed_group(extract_events: ExtractEvents) -> None:
    text = "Iran held military drills near the Strait of Hormuz."
    assert not [e for e in extract_events(text) if e.acled], [e.to_dict() for e in extract_events(text)]
