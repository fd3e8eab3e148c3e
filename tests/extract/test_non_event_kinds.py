"""Kinds of ordinary news sentence (markets, business, obituaries, migration features) that coded a
political event before: a verb of destroying whose object is a market figure ("wiped out the
recovery", "the rally seen in technology shares"), a rally of the markets, "set up shop", an
objection in words ("protesting that he couldn't"), a noun the parse coordinates with the verb
of a prospect ("face the threat of detention, and even deportation"), an attack on computers, an
office opened by anyone but an armed side, "show you round" (no round-up), a striking likeness
and workers striking (a strike, not a blow), the topic of a meeting ("consultation on a new EU
aviation strategy") as its other side, a law or a tariff that "targets" or "hits" people, a deal
between firms, a price that falls to a figure (a town falls to a side), a strike or a protest called
off, cancelled or postponed. Each has its control:
the violent, coercive or armed reading of the same words still codes. Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Taken together, these developments wiped out the recovery seen in the major stock indices.", "ASSAULT"),
        ("Those losses wiped out the rally seen in technology shares since February.", "ASSAULT"),
        ("Those losses wiped out the rally seen in technology shares since February.", "PROTEST"),
        ("Oil prices extended their rally on Monday as supply fell.", "PROTEST"),
        ("A stock market rally lifted the index to a record on Friday.", "PROTEST"),
        ("The team had to travel to central Washington and set up shop before police could go in.", "COERCE"),
        ("He once told the host, protesting that he couldn't be doing with going to bed with people.", "PROTEST"),
        ("Guhdar and his family now face the threat of detention, and even deportation to Turkey.", "COERCE"),
        ("Countries in the Middle East are on high alert against malware attacks on their systems.", "ASSAULT"),
        ("Hackers launched a cyber attack on the bank's servers in Oslo last week.", "ASSAULT"),
        ("The UN opened an office in Juba on Monday.", "MOBILIZE"),
        ("“Let me show you round,” the mayor said in Harare.", "COERCE"),
        ("His resemblance to Allen was striking.", "ASSAULT"),
        ("Workers were striking for higher pay in Lagos on Monday.", "ASSAULT"),
        ("The new branch, at 12 King St., is the 30th FrontCounter BC office to open in the province.", "MOBILIZE"),
        ("This punitive law targets those very individuals who seek to increase transparency.", "ASSAULT"),
        ("New US tariffs hit Chinese steel exporters on Monday.", "ASSAULT"),
        ("The Canadian aluminium producer signed agreements with three insurers on Monday.", "SUPPORT"),
        ("The two Canadian airlines agreed on Monday to share their routes.", "AGREE"),
        ("Oil prices fell to $50 a barrel on Monday.", "ASSAULT"),
        ("Airline costs have fallen by one to two per cent per year for two decades.", "ASSAULT"),
    ],
)
def test_an_ordinary_sentence_codes_no_such_event(extract_events: ExtractEvents, text: str, event_type: str) -> None:
    events = extract_events(text)
    assert not of_type(events, event_type), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "event_type", "actor_text"),
    [
        ("The militants wiped out the village in a dawn raid near Maiduguri.", "ASSAULT", "The militants"),
        ("Gunmen set the village ablaze near Maiduguri and fled.", "COERCE", "Gunmen"),
        ("The militants set fire to houses in Borno before fleeing.", "COERCE", "The militants"),
        ("Protesters set the governor's office on fire in Kano on Monday.", "COERCE", "Protesters"),
        ("Thousands protested in Nairobi on Monday against the new tax.", "PROTEST", "Thousands"),
        (
            "Thousands of farmers marched on Saturday in what was their tenth weekend of action in Paris.",
            "PROTEST",
            "farmers",  # the agent noun names the party, as "protesters" does in "thousands of protesters"
        ),
        ("A group of men attacked a peaceful rally in Lyon on Wednesday.", "ASSAULT", "men"),
        ("Hundreds held a rally in the main market of Kano on Friday.", "PROTEST", "Hundreds"),
        ("Gunmen launched an attack on a bank in Lagos last week.", "ASSAULT", "Gunmen"),
        ("Gunmen targeted a police patrol in Kano on Monday.", "ASSAULT", "Gunmen"),
        ("Kenyan traders agreed to end their strike after talks with the government.", "AGREE", "Kenyan traders"),
        ("The town fell to the rebels on Sunday after a week of fighting.", "ASSAULT", "the rebels"),
        ("The town of Kidal fell into the hands of the militants on Friday.", "ASSAULT", "the militants"),
        ("The Canadian firm signed an agreement with Kenya on Monday.", "SUPPORT", "The Canadian firm"),
        ("Police rounded up dozens of protesters in Harare on Monday.", "COERCE", "Police"),
        ("Workers were striking for higher pay in Lagos on Monday.", "PROTEST", "Workers"),
        ("Teachers struck across Kenya on Monday to demand higher pay.", "PROTEST", "Teachers"),
        ("US drones have been striking across Yemen this week.", "ASSAULT", "US drones"),
        ("Israeli jets were striking targets in Gaza on Monday.", "ASSAULT", "Israeli jets"),
        ("The insurgents set up a new office in the hills above the valley.", "MOBILIZE", "The insurgents"),
        ("Turkish troops set up a new base near the Syrian town of Idlib on Thursday.", "MOBILIZE", "Turkish troops"),
    ],
)
def test_the_forceful_reading_of_the_same_words_still_codes(
    extract_events: ExtractEvents, text: str, event_type: str, actor_text: str
) -> None:
    found = of_type(extract_events(text), event_type)
    assert any(e.actor is not None and e.actor.text == actor_text for e in found), [
        e.to_dict() for e in extract_events(text)
    ]


def test_a_deportation_that_happened_still_codes(extract_events: ExtractEvents) -> None:
    events = extract_events("Greek police detained the family on Samos and deported them to Turkey on Monday.")
    assert any(country(e.actor) == "GRC" for e in of_type(events, "COERCE")), [e.to_dict() for e in events]


def test_a_march_towards_a_market_is_still_a_protest(extract_events: ExtractEvents) -> None:
    events = extract_events("Hundreds of students took out a protest march towards the university market in Jos.")
    assert of_type(events, "PROTEST"), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The meeting in Brussels answered the commissioner's consultation on a new EU aviation strategy.", None),
        ("The minister held consultations with Russia on the gas deal in Moscow.", "RUS"),
    ],
)
def test_a_meetings_on_names_its_topic_not_a_side(extract_events: ExtractEvents, text: str, target: str | None) -> None:
    events = extract_events(text)
    meetings = of_type(events, "CONSULT")
    if target is None:
        assert all(e.target is None or "strategy" not in e.target.text for e in meetings), [e.to_dict() for e in events]
    else:
        assert any(country(e.target) == target for e in meetings), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan teachers' union called off the strike after the government agreed to raise wages.",
        "The Kenyan opposition cancelled Friday's protest in Nairobi.",
        "Organisers in Lagos postponed the march against fuel prices planned for Saturday.",
    ],
)
def test_a_protest_called_off_is_no_protest(extract_events: ExtractEvents, text: str) -> None:
    assert not of_type(extract_events(text), "PROTEST")


def test_a_strike_called_is_a_strike(extract_events: ExtractEvents) -> None:
    # control: a strike called, not called off
    text = "The Kenyan teachers' union called a strike in Nairobi over unpaid wages."
    assert of_type(extract_events(text), "PROTEST")
