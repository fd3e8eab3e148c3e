"""Kinds of conflict copy about territory and mediation, on sentences written for these tests.

The side a place is taken from is the taking's target; a deal or a truce someone brokers is that
side's mediation (CAMEO 045, PLOVER CONSULT), not its agreement; aid counted as an amount goes to
its recipient; a protest that force fell on is the protesters', not the force's.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.records import Event, EventMention

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


def _of_type(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "target_text", "country", "sector"),
    [
        ("Ukrainian forces recaptured Kherson from Russia in November.", "Russia", "RUS", None),
        ("Rebels seized the town of Kidal from Mali's army on Sunday.", "Mali's army", "MLI", "MIL"),
        ("Al-Shabaab fighters seized the town from Somali troops on Monday.", "Somali troops", "SOM", "MIL"),
        ("The Taliban captured the district headquarters from Afghan forces.", "Afghan forces", "AFG", "MIL"),
    ],
)
def test_the_side_a_place_is_taken_from_is_the_target(
    extract_events: ExtractEvents, text: str, target_text: str, country: str, sector: str | None
) -> None:
    (taking,) = _of_type(extract_events(text), "ASSAULT")
    assert taking.mode == "occupy" and taking.target is not None, taking.to_dict()
    assert taking.target.text == target_text and taking.target.country == country, taking.to_dict()
    if sector is not None:
        assert taking.target.sector == sector, taking.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Rebels captured the village from the east on Sunday.",  # a direction
        "Ukrainian troops took the hill from Kharkiv on Monday.",  # a town: where from, no side
        "M23 rebels captured Bunagana on Monday.",  # nothing after "from"
    ],
)
def test_a_taking_with_no_side_after_from_has_no_target(extract_events: ExtractEvents, text: str) -> None:
    (taking,) = _of_type(extract_events(text), "ASSAULT")
    assert taking.mode == "occupy" and taking.target is None, taking.to_dict()


def test_an_organisation_the_model_took_for_a_town_is_the_losing_side(extract_events: ExtractEvents) -> None:
    # "Wagner" is also a town in Bahia: the army is not Brazil's, and the group is the target.
    (taking,) = _of_type(extract_events("The army recaptured the town of Bakhmut from Wagner fighters."), "ASSAULT")
    assert taking.actor is not None and taking.actor.country != "BRA", taking.to_dict()
    assert taking.target is not None and taking.target.country == "RUS", taking.to_dict()
    assert taking.location is not None and taking.location.name == "Bakhmut", taking.to_dict()


@pytest.mark.parametrize(
    ("text", "mediator", "side"),
    [
        ("Qatar brokered a ceasefire between Israel and Hamas on Sunday.", "QAT", "ISR"),
        ("Turkey brokered a grain deal between Russia and Ukraine in July.", "TUR", "RUS"),
    ],
)
def test_a_brokered_deal_is_the_brokers_mediation(
    extract_events: ExtractEvents, text: str, mediator: str, side: str
) -> None:
    events = extract_events(text)
    mediation = [e for e in _of_type(events, "CONSULT") if e.mode == "mediate"]
    assert [(e.actor.country if e.actor else None, e.target.country if e.target else None) for e in mediation] == [
        (mediator, side)
    ], [e.to_dict() for e in events]
    assert not any(e.actor is not None and e.actor.country == mediator for e in _of_type(events, "AGREE"))


def test_the_side_that_agrees_to_a_brokered_truce_is_the_agreeing_side(extract_events: ExtractEvents) -> None:
    events = extract_events("Hamas agreed to a ceasefire brokered by Qatar on Sunday.")
    agreements = _of_type(events, "AGREE")
    assert agreements and {e.actor.country for e in agreements if e.actor} == {"PSE"}, [e.to_dict() for e in events]


def test_a_deal_the_sides_reach_is_still_their_agreement(extract_events: ExtractEvents) -> None:
    (agreement,) = _of_type(extract_events("Sudan and South Sudan reached a deal on oil exports on Monday."), "AGREE")
    assert agreement.actor is not None and agreement.actor.country == "SDN", agreement.to_dict()


# --- aid: the amount stands for the aid, and aid is for its recipient --------------------------


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Germany pledged 500 million euros in humanitarian aid to Ukraine on Monday.", "UKR"),
        ("The United States announced $300 million in military aid for Taiwan.", "TWN"),
        ("Iran supplied drones to Russia last year.", "RUS"),
        ("Britain will send artillery shells and rockets to Ukraine.", "UKR"),
    ],
)
def test_aid_goes_to_its_recipient(extract_events: ExtractEvents, text: str, recipient: str) -> None:
    events = extract_events(text)
    recipients = {e.target.country for e in events if e.type in {"AID", "AGREE"} and e.target is not None}
    assert recipients == {recipient}, [e.to_dict() for e in events]


def test_an_amount_that_is_no_aid_keeps_its_goods_country(extract_events: ExtractEvents) -> None:
    # A tax on "$50 billion in American products" targets the goods' country, as before.
    events = extract_events("Beijing announced plans to tax $50 billion in American products on Wednesday.")
    sanctions = _of_type(events, "SANCTION")
    assert sanctions and sanctions[0].target is not None and sanctions[0].target.country == "USA", [
        e.to_dict() for e in events
    ]


def test_the_target_on_the_last_of_coordinated_weapons_is_the_attacks(extract_events: ExtractEvents) -> None:
    (attack,) = _of_type(extract_events("Russia fired 40 missiles and 50 drones at Ukraine overnight."), "ASSAULT")
    assert attack.target is not None and attack.target.country == "UKR", attack.to_dict()


# --- a protest that force fell on is the protesters', not the force's ---------------------------


def test_a_protest_policed_with_force_is_not_the_polices(coded_mentions: Callable[..., list[EventMention]]) -> None:
    mentions = coded_mentions("Kenyan police killed at least 20 protesters during demonstrations against tax rises.")
    protests = [m for m in mentions if m.type == "PROTEST" and m.trigger == "demonstrations"]
    assert protests and protests[0].actor is not None and protests[0].actor.sector != "COP", protests
    assert "policed-protest-is-not-the-police" in protests[0].rules


@pytest.mark.parametrize(
    ("text", "trigger", "sector"),
    [
        ("Police officers marched in a protest over pay in Paris on Monday.", "protest", "COP"),
        ("Demonstrators clashed with security forces during an opposition rally in Caracas.", "rally", "OPP"),
    ],
)
def test_a_protest_whose_clause_hits_nobody_keeps_the_subject(
    coded_mentions: Callable[..., list[EventMention]], text: str, trigger: str, sector: str
) -> None:
    protests = [m for m in coded_mentions(text) if m.type == "PROTEST" and m.trigger == trigger]
    assert protests and protests[0].actor is not None and protests[0].actor.sector == sector, protests


@pytest.mark.parametrize(
    ("text", "dyad", "mode"),
    [
        ("Ukraine received the first F-16 fighter jets from Denmark on Monday.", ("DNK", "UKR"), "military"),
        ("Kenya accepted a loan of 500 million dollars from Japan on Monday.", ("JPN", "KEN"), "economic"),
    ],
)
def test_aid_received_is_the_givers_to_the_receiver(
    extract_events: ExtractEvents, text: str, dyad: tuple[str, str], mode: str
) -> None:
    aid = _of_type(extract_events(text), "AID")
    assert [(e.actor.country if e.actor else None, e.target.country if e.target else None, e.mode) for e in aid] == [
        (*dyad, mode)
    ], [e.to_dict() for e in aid]


def test_a_call_received_is_still_a_call(extract_events: ExtractEvents) -> None:
    events = extract_events("Ukraine's president received a call from Putin on Monday.")
    assert not _of_type(events, "AID") and _of_type(events, "CONSULT"), [e.to_dict() for e in events]
