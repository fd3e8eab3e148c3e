"""Kinds of construction written for these tests: a vow or pledge of cooperation, which is an
intent to cooperate and no threat; cooperation and ties made closer; the side a vowed act is
aimed at; an amount whose "in" names what it counts, however the parse hangs the "in"; weapons
pledged, donated or shipped to a side."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Russia and North Korea pledged to deepen military cooperation in Pyongyang.", "RUS", "PRK"),
        ("India vowed to strengthen ties with Sri Lanka.", "IND", "LKA"),
        ("The US vowed to support Israel.", "USA", "ISR"),
    ],
)
def test_a_vow_of_cooperation_is_an_intent_to_cooperate(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    events = extract_events(text)
    assert not of_type(events, "THREATEN"), [e.to_dict() for e in events]
    event = only(events, "AGREE")
    assert event.mode == "intent", event.to_dict()
    assert (country(event.actor), country(event.target)) == (actor, target), event.to_dict()


def test_a_vow_of_force_stays_a_threat_aimed_at_its_side(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Hezbollah vowed to retaliate against Israel."), "THREATEN")
    assert country(event.target) == "ISR", event.to_dict()
    # control: a threat to cut cooperation is a threatened sanction, not a promise
    cut = only(extract_events("Iran threatened to cut cooperation with the IAEA."), "THREATEN")
    assert cut.mode == "sanction", cut.to_dict()


def test_cooperation_and_ties_made_closer(extract_events: ExtractEvents) -> None:
    deepened = only(extract_events("Russia and North Korea deepened military cooperation."), "COOPERATE")
    assert deepened.mode == "military", deepened.to_dict()
    assert (country(deepened.actor), country(deepened.target)) == ("RUS", "PRK"), deepened.to_dict()
    ties = only(extract_events("Japan and South Korea strengthened ties at a summit in Seoul."), "SUPPORT")
    assert (country(ties.actor), country(ties.target)) == ("JPN", "KOR"), ties.to_dict()
    # controls: a firm's partnership and a currency made stronger are no events
    assert not extract_events("The company expanded its partnership with a software maker.")
    assert not extract_events("Rising prices strengthened the dollar.")


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        ("Japan pledged 500 million dollars in aid to Ukraine.", "AID", "UKR"),
        ("The US imposed 50 billion dollars in tariffs on China.", "SANCTION", "CHN"),
    ],
)
def test_an_amount_s_in_names_what_it_counts(
    extract_events: ExtractEvents, text: str, event_type: str, target: str
) -> None:
    event = only(extract_events(text), event_type)
    assert country(event.target) == target, event.to_dict()


@pytest.mark.parametrize(
    ("text", "event_type", "kind", "count"),
    [
        ("Police arrested two men and three women after the raid in Lagos.", "COERCE", "arrested", 5),
        ("Gunmen kidnapped 20 students and three teachers in Kaduna.", "ASSAULT", "missing", 23),
    ],
)
def test_counts_of_coordinated_people_one_verb_takes_add_up(
    extract_events: ExtractEvents, text: str, event_type: str, kind: str, count: int
) -> None:
    event = only(extract_events(text), event_type)
    assert [q.value for q in event.quantities if q.kind == kind] == [count], event.to_dict()
    # control: people a verb takes and things another verb takes are not added
    arrested = only(extract_events("Police arrested five suspects and seized three guns in Lagos."), "COERCE")
    assert [q.value for q in arrested.quantities if q.kind == "arrested"] == [5], arrested.to_dict()


def test_ages_set_off_by_commas_count_nobody(extract_events: ExtractEvents) -> None:
    text = "Gabrial Knecht, 21, and Cristoval Mundo, 19, both of Hamilton City, have been arrested in Glenn County."
    event = only(extract_events(text), "COERCE")
    assert not [q for q in event.quantities if q.kind == "arrested"], event.to_dict()
    # control: a count set off by commas after a count of people still counts
    counted = only(extract_events("Police in Lagos arrested 40 protesters, 12 of them students."), "COERCE")
    assert [q.value for q in counted.quantities if q.kind == "arrested"] == [40], counted.to_dict()


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Netanyahu vowed to destroy Hamas.", "ISR", "PSE"),
        ("Iraq's prime minister vowed to crush the Islamic State group.", "IRQ", None),
    ],
)
def test_a_vow_to_destroy_a_side_threatens_it(
    extract_events: ExtractEvents, text: str, actor: str, target: str | None
) -> None:
    event = only(extract_events(text, date(2023, 11, 1)), "THREATEN")
    assert country(event.actor) == actor, event.to_dict()
    assert event.target is not None and event.target.sector == "REB", event.to_dict()
    if target is not None:
        assert country(event.target) == target, event.to_dict()


def test_a_vow_to_eradicate_an_abstraction_threatens_nobody(extract_events: ExtractEvents) -> None:
    events = extract_events("The president vowed to eradicate poverty in the north.")
    assert not [e for e in events if e.type == "THREATEN"], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Washington threatened military action against Iran.", "IRN"),
        ("France threatened military intervention in Mali.", "MLI"),
        ("Turkey threatened a new offensive in northern Syria.", "SYR"),
    ],
)
def test_force_threatened_is_aimed_at_its_side_or_the_country_it_would_be_used_in(
    extract_events: ExtractEvents, text: str, target: str
) -> None:
    event = only(extract_events(text), "THREATEN")
    assert country(event.target) == target, event.to_dict()


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Germany pledged more air defence systems to Ukraine on Tuesday.", ("DEU", "UKR")),
        ("Iran has shipped hundreds of drones to Russia, US officials said.", ("IRN", "RUS")),
        ("Denmark donated 19 howitzers to Ukraine in January.", ("DNK", "UKR")),
    ],
)
def test_weapons_pledged_or_shipped_are_military_aid(
    extract_events: ExtractEvents, text: str, dyad: tuple[str, str]
) -> None:
    event = only(extract_events(text), "AID")
    assert event.mode == "military", event.to_dict()
    assert (country(event.actor), country(event.target)) == dyad, event.to_dict()
