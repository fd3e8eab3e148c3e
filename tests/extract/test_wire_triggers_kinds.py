"""Kinds of wording written for these tests: wire acts that coded nothing.

- A visit after a verb of travel: "arrived in Colombo on a two-day official visit to Sri Lanka"
  (role_words.json `purpose_preps` "on", as "for talks").
- Forces deployed or alerted in the passive with nobody named: the forces' state mobilises
  ("Azerbaijani troops were put on high alert", "Kenyan police officers were deployed to Haiti").
- Weapons and vehicles sent or moved to a border: "sent armored vehicles to its border", "moved
  Iskander missile systems to the border" (triggers.jsonl mobilize.send, retreat.move-forces).
- A sum of money granted or pledged to a side: "granted $15 million to Sudan", "provide 20
  million euros to Niger" (triggers.jsonl aid.money, the "@money" word class; event_words.json
  `currency_nouns`).
- A service cut: "suspended mobile internet services" (event_words.json `equipment_nouns`), and
  restored: "restored mobile internet access", "lifted the suspension of mobile internet
  services" (triggers.jsonl concede.restore-access, concede.ease).
- A deal between two sides signed in the passive with nobody after "by" is theirs ("The peace
  deal between the DRC and Rwanda was signed in Luanda").
- An explanation or an apology sought from a side: "sought an explanation from the Canadian High
  Commission" (triggers.jsonl request.seek-explanation; the apology asked for is not made).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


def test_a_visit_a_traveller_arrives_on_is_the_travellers(extract_events: ExtractEvents) -> None:
    text = "Indian Prime Minister Narendra Modi arrived in Colombo on Friday on a two-day official visit to Sri Lanka."
    event = only(extract_events(text), "CONSULT")
    assert (country(event.actor), country(event.target)) == ("IND", "LKA")


def test_arriving_on_a_day_is_no_visit(extract_events: ExtractEvents) -> None:
    # control: "on" with a day after a travel verb holds no event
    assert not extract_events("The delegation arrived in Colombo on Friday.")


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Azerbaijani troops were put on high alert along the border on Monday.", "AZE", None),
        ("Kenyan police officers were deployed to Haiti on Monday.", "KEN", "HTI"),
        ("Russian troops were mobilised near the Ukrainian border on Tuesday.", "RUS", "UKR"),
        # controls: an agent or an active subject stays the actor
        ("Thousands of troops were deployed along the border with Venezuela by the Guyanese government.", "GUY", "VEN"),
        ("Kenya deployed 400 police officers to Haiti on Monday.", "KEN", "HTI"),
    ],
)
def test_forces_mobilised_in_the_passive_are_their_states(
    extract_events: ExtractEvents, text: str, actor: str, target: str | None
) -> None:
    event = only(extract_events(text), "MOBILIZE")
    assert country(event.actor) == actor
    assert country(event.target) == target


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Armenia sent armored vehicles to its border with Azerbaijan on Sunday.", "ARM"),
        ("Russia moved Iskander missile systems to the Belarusian border on Monday.", "RUS"),
    ],
)
def test_weapons_sent_or_moved_to_a_border_are_a_deployment(
    extract_events: ExtractEvents, text: str, actor: str
) -> None:
    assert country(only(extract_events(text), "MOBILIZE").actor) == actor


def test_tanks_sent_to_another_state_stay_military_aid(extract_events: ExtractEvents) -> None:
    events = extract_events("Germany sent 14 Leopard tanks to Ukraine on Monday.")
    assert not of_type(events, "MOBILIZE")
    aid = only(events, "AID")
    assert (aid.mode, country(aid.target)) == ("military", "UKR")


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Kuwait granted $15 million to Sudan on Monday to support its health sector.", "KWT", "SDN"),
        ("Japan pledged $50 million to Jordan on Tuesday.", "JPN", "JOR"),
    ],
)
def test_a_sum_granted_to_a_side_is_aid(extract_events: ExtractEvents, text: str, actor: str, target: str) -> None:
    aid = only(extract_events(text), "AID")
    assert (aid.mode, country(aid.actor), country(aid.target)) == ("economic", actor, target)


def test_a_sum_in_a_currency_word_promised_is_an_agreement_to_give(extract_events: ExtractEvents) -> None:
    events = extract_events("The European Union will provide 20 million euros to Niger to support refugees.")
    assert country(only(events, "AGREE").target) == "NER"


@pytest.mark.parametrize(
    "text",
    [
        # controls: money spent at home or given by a person is no aid between sides
        "The government allocated $2 billion to the defence budget on Monday.",
        "He gave $5 to a homeless man outside the station.",
    ],
)
def test_money_spent_or_given_by_a_person_is_no_aid(extract_events: ExtractEvents, text: str) -> None:
    assert not of_type(extract_events(text), "AID")


def test_suspended_internet_services_restrict_a_freedom(extract_events: ExtractEvents) -> None:
    text = "Ethiopian authorities suspended mobile internet services in the Amhara region on Thursday."
    event = only(extract_events(text), "COERCE")
    assert (event.mode, country(event.actor)) == ("ban", "ETH")


def test_suspended_bus_services_restrict_nothing(extract_events: ExtractEvents) -> None:
    # control: a service with no word of speech or the press before it
    assert not of_type(extract_events("The city suspended bus services on Thursday because of snow."), "COERCE")


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("India sought an explanation from the Canadian High Commission on Tuesday.", "IND", "CAN"),
        ("China demanded an apology from Japan on Tuesday.", "CHN", "JPN"),
    ],
)
def test_an_explanation_or_apology_sought_from_a_side_is_a_request(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    events = extract_events(text)
    request = only(events, "REQUEST")
    assert (country(request.actor), country(request.target)) == (actor, target)
    assert not of_type(events, "CONCEDE")  # the apology asked for is not made


@pytest.mark.parametrize(
    "text",
    [
        "Authorities in Bangladesh restored mobile internet access on Sunday after a ten-day blackout.",
        "Ethiopia lifted the suspension of mobile internet services in Amhara on Monday.",
    ],
)
def test_internet_restored_eases_a_restriction(extract_events: ExtractEvents, text: str) -> None:
    assert only(extract_events(text), "CONCEDE").mode == "ease"


def test_power_restored_eases_nothing(extract_events: ExtractEvents) -> None:
    # control: a utility that restores power concedes nothing
    assert not extract_events("The utility restored power to 5,000 homes on Sunday.")


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("The peace deal between the DRC and Rwanda was signed in Luanda on Monday.", "COD", "RWA"),
        ("A ceasefire agreement between Armenia and Azerbaijan was signed in Washington on Tuesday.", "ARM", "AZE"),
    ],
)
def test_a_deal_between_two_sides_signed_in_the_passive_is_theirs(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    event = only(extract_events(text), "SUPPORT")
    assert (event.mode, country(event.actor), country(event.target)) == ("sign", actor, target)


def test_a_passive_with_its_agent_keeps_the_agent(extract_events: ExtractEvents) -> None:
    # control: the "by" names who did it, whatever the subject holds
    event = only(extract_events("Sanctions were imposed on Iran by Washington on Monday."), "SANCTION")
    assert (country(event.actor), country(event.target)) == ("USA", "IRN")
