"""Kinds of construction written for these tests: the casualties of an act someone is accused
of, told in a participle the parse hangs on the verb of accusing ("accused the RSF of shelling
the district, killing nine civilians"), a headline that lists its first side before a comma
("Turkey, Sweden sign security pact"), the act someone is arrested "for" ("arrested 30 farmers
for protesting": the farmers protested), and a passive with its doer whose subject is the thing
the entry keys on ("Sanctions were imposed on Iran by Washington": the side is Iran)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The army accused the RSF of shelling the Karari district on Monday, killing at least nine civilians.", "SDN"),
        ("Local officials accused CODECO fighters of attacking Lopa village, killing 18 people.", "COD"),
        ("Kyiv accused Russian forces of shelling a market in Kherson, killing five people.", "RUS"),
    ],
)
def test_the_accused_did_the_killing(extract_events: ExtractEvents, text: str, accused: str) -> None:
    # an attack coded from the participle is the accused's; the accuser attacks nobody
    events = extract_events(text)
    accusation = only(events, "ACCUSE")
    assert country(accusation.target) == accused, accusation.to_dict()
    assert all(country(e.actor) == accused for e in of_type(events, "ASSAULT")), [e.to_dict() for e in events]


def test_a_charge_at_a_crowd_is_no_accusation(extract_events: ExtractEvents) -> None:
    # control: "charged the crowd" has no "of": the police did the injuring
    events = extract_events("Riot police charged the protesters in Nairobi, injuring five of them.")
    attacks = [e for e in events if e.type in {"ASSAULT", "COERCE"} and e.actor is not None]
    assert all(e.actor is not None and e.actor.sector == "COP" for e in attacks), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "kind", "first", "second"),
    [
        ("Turkey, Sweden sign security pact", "SUPPORT", "TUR", "SWE"),
        ("Japan, Philippines agree on troop access deal", "AGREE", "JPN", "PHL"),
        ("China, Russia hold joint naval drills", "COOPERATE", "CHN", "RUS"),
    ],
)
def test_a_headline_lists_its_first_side_before_a_comma(
    extract_events: ExtractEvents, text: str, kind: str, first: str, second: str
) -> None:
    event = only(extract_events(text), kind)
    assert (country(event.actor), country(event.target)) == (first, second), event.to_dict()


def test_a_place_before_a_comma_is_no_side(extract_events: ExtractEvents) -> None:
    # control: a dateline-like place before the subject is where, not who
    events = extract_events("Today, Japan and the Philippines signed a troop access deal.")
    event = only(events, "SUPPORT")
    assert {country(event.actor), country(event.target)} == {"JPN", "PHL"}, event.to_dict()


@pytest.mark.parametrize(
    ("text", "kind", "doer_sector"),
    [
        ("Police arrested 30 farmers for protesting outside the collectorate in Nashik on Monday.", "PROTEST", "AGR"),
        ("Police detained 12 activists for protesting against the new law.", "PROTEST", "OPP"),
    ],
)
def test_the_act_someone_is_arrested_for_is_theirs(
    extract_events: ExtractEvents, text: str, kind: str, doer_sector: str
) -> None:
    # "arrested 30 farmers for protesting": the farmers protested, the police arrested them
    events = extract_events(text)
    protest = only(events, kind)
    assert protest.actor is not None and protest.actor.sector == doer_sector, protest.to_dict()
    arrest = only(events, "COERCE")
    assert arrest.actor is not None and arrest.actor.sector == "COP", arrest.to_dict()


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        ("Sanctions were imposed on Iran by Washington on Monday.", "SANCTION", "USA", "IRN"),
        ("An arms embargo was imposed on South Sudan by the UN Security Council.", "SANCTION", None, "SSD"),
        ("Aid was delivered to Gaza by Jordan.", "AID", "JOR", "PSE"),
        ("Missiles were launched at Kyiv by Russian forces overnight.", "ASSAULT", "RUS", "UKR"),
        # control: the active form names the same sides
        ("Washington imposed sanctions on Iran on Monday.", "SANCTION", "USA", "IRN"),
    ],
)
def test_a_passive_with_its_doer_keeps_the_side_after_its_preposition(
    extract_events: ExtractEvents, text: str, kind: str, actor: str | None, target: str
) -> None:
    event = only(extract_events(text), kind)
    assert (country(event.actor), country(event.target)) == (actor, target), event.to_dict()
