"""Kinds of wording written for these tests: the parties and sources of non-Western wire copy.

- A proposal, a decision or a bid stands for the side that makes it ("endorsed Kenya's bid",
  "welcomed the Sudanese army's decision", "rejected the Israeli proposal"; actor_sectors.json
  `act_heads`), not for a party with a country and no sector.
- Titles the wires use: "his Ghanaian counterpart", "Qatari Emir", "spokesperson", "State
  Councilor", "opposition leader", "Attorney General" (no general); a state's forces by their
  formal name ("the Sudanese Armed Forces"); a former office-holder is out of the state (CAMEO's
  elites, ELI: "former Prime Minister Imran Khan"); a group's administration or government is
  the state it has become ("the Taliban administration").
- A news agency that reports an act only says where the report came from ("..., Yonhap
  reported"): the act is no side's claim, unless the agency is one its state runs and the act is
  that state's (organisations.jsonl `state_run`: KCNA, TASS, the Saudi Press Agency;
  actor_sectors.json `state_media_modifiers`: "the official Iranian news agency", "Somali
  National TV").
- A title whose "of" names a state is that state's office ("the King of Jordan", which the model
  tags a person as a whole).
- A counterpart is of the other side: no place makes it of the actor's country ("Bangladesh
  rejected an Indian proposal, urging the counterpart to sign another").
- An institution that accuses a country, with no country of its own in the sentence, is not of
  the country it accuses ("The Foreign Office accused Russia").
- A country's name of two words the model tagged as a person is the state ("delivered grain to
  Burkina Faso, the Russian Embassy ... said").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "event_type", "target_country", "target_sector"),
    [
        (
            "The African Union on Tuesday endorsed Kenya's bid for a seat on the Security Council.",
            "SUPPORT",
            "KEN",
            "GOV",
        ),
        (
            "The UN envoy welcomed the Sudanese army's decision to return to the negotiating table.",
            "SUPPORT",
            "SDN",
            "MIL",
        ),
        ("India turned down Pakistan's invitation to attend the meeting.", "REJECT", "PAK", "GOV"),
        ("Hamas rejected the Israeli proposal for a temporary truce on Wednesday.", "REJECT", "ISR", "GOV"),
        (
            "The European Union criticised the Russian government's decision to expel the diplomats.",
            "ACCUSE",
            "RUS",
            "GOV",
        ),
        ("China criticised Japan's defence plan on Tuesday.", "ACCUSE", "JPN", "GOV"),
    ],
)
def test_a_proposal_or_decision_stands_for_the_side_that_makes_it(
    extract_events: ExtractEvents, text: str, event_type: str, target_country: str, target_sector: str
) -> None:
    event = only(extract_events(text), event_type)
    assert event.target is not None
    assert (event.target.country, event.target.sector) == (target_country, target_sector)


def test_an_armys_positions_are_the_army_not_a_stance(extract_events: ExtractEvents) -> None:
    # control: "positions" is no proposal ("India's position on Kashmir" would be a stance)
    text = "Russian forces mounted 22 attacks on Ukrainian army positions in Donbas on Monday."
    target = only(extract_events(text), "ASSAULT").target
    assert target is not None and (target.country, target.sector) == ("UKR", "MIL")


@pytest.mark.parametrize(
    ("text", "event_type", "role", "expected"),
    [
        (
            "Egyptian President Abdel Fattah al-Sisi hosted his Ghanaian counterpart in Cairo on Monday.",
            "CONSULT",
            "target",
            ("GHA", "GOV"),
        ),
        (
            "Qatari Emir Sheikh Tamim bin Hamad Al Thani met the Iranian foreign minister in Doha on Sunday.",
            "CONSULT",
            "actor",
            ("QAT", "GOV"),
        ),
        (
            "Chinese Foreign Ministry spokesperson Mao Ning criticised Japan on Tuesday.",
            "ACCUSE",
            "actor",
            ("CHN", "GOV"),
        ),
        ("The Sudanese Armed Forces shelled Omdurman on Thursday.", "ASSAULT", "actor", ("SDN", "MIL")),
        (
            "The Ethiopian National Defence Forces attacked Fano militias near Gondar on Friday.",
            "ASSAULT",
            "actor",
            ("ETH", "MIL"),
        ),
        (
            "Uganda police arrested opposition leader Bobi Wine in Kampala on Monday.",
            "COERCE",
            "target",
            ("UGA", "OPP"),
        ),
        (
            "Police arrested former Prime Minister Imran Khan in Islamabad on Tuesday.",
            "COERCE",
            "target",
            ("PAK", "ELI"),
        ),
        (
            "Venezuela's Attorney General Tarek William Saab accused the opposition of sabotage.",
            "ACCUSE",
            "actor",
            ("VEN", "JUD"),
        ),
        (
            "The Taliban administration banned women from universities in Afghanistan on Tuesday.",
            "COERCE",
            "actor",
            ("AFG", "GOV"),
        ),
        # controls: a serving official, a group's own commander, a retired soldier
        (
            "Police arrested Prime Minister Imran Khan's aide in Islamabad on Tuesday.",
            "COERCE",
            "actor",
            ("PAK", "COP"),
        ),
        ("Pakistani Prime Minister Imran Khan criticised India on Tuesday.", "ACCUSE", "actor", ("PAK", "GOV")),
        ("A Taliban commander attacked a police post in Kunduz on Tuesday.", "ASSAULT", "actor", ("AFG", "REB")),
        # controls: a named group whose name ends in "Forces" keeps its own entry
        ("The Rapid Support Forces shelled El Fasher on Thursday.", "ASSAULT", "actor", ("SDN", "MIL")),
        (
            "The Syrian Democratic Forces attacked Islamic State cells near Raqqa on Friday.",
            "ASSAULT",
            "actor",
            ("SYR", "REB"),
        ),
    ],
)
def test_wire_titles_and_formal_force_names_give_the_sector(
    extract_events: ExtractEvents, text: str, event_type: str, role: str, expected: tuple[str, str]
) -> None:
    party = getattr(only(extract_events(text), event_type), role)
    assert party is not None
    assert (party.country, party.sector) == expected


@pytest.mark.parametrize(
    ("text", "event_type", "status"),
    [
        ("South Korea expelled two Chinese diplomats on Monday, Yonhap reported.", "SANCTION", "asserted"),
        (
            "According to the Yonhap news agency, South Korea expelled two Chinese diplomats on Monday.",
            "SANCTION",
            "asserted",
        ),
        (
            "A Beijing court sentenced a Japanese employee to three years in prison on Monday, Kyodo reported.",
            "COERCE",
            "asserted",
        ),
        # state-run agencies speak for their state
        ("North Korea fired two ballistic missiles into the sea on Monday, KCNA said.", "MOBILIZE", "claimed"),
        ("Russian forces shelled Kharkiv on Monday, TASS reported.", "ASSAULT", "claimed"),
        (
            "Qatar welcomed Sudan's decision on the ceasefire on Monday, Qatar News Agency (QNA) reported.",
            "SUPPORT",
            "claimed",
        ),
        (
            "The Saudi-led coalition intercepted a Houthi drone over Jizan on Monday, the Saudi Press Agency said.",
            "COERCE",
            "claimed",
        ),
        (
            "Somali forces recaptured the town of Bulo Burte from al-Shabab on Monday, Somali National TV reported.",
            "ASSAULT",
            "claimed",
        ),
        (
            "Iran and Iraq signed a security agreement in Baghdad on Monday, the official Iranian news agency said.",
            "SUPPORT",
            "claimed",
        ),
        (
            "Iran and Iraq signed a security agreement in Baghdad on Monday, an Iranian news website reported.",
            "SUPPORT",
            "asserted",
        ),
        # and a side's own officials still claim its acts
        (
            "Ukrainian forces shelled Russian positions near Bakhmut on Monday, the Ukrainian army said.",
            "ASSAULT",
            "claimed",
        ),
    ],
)
def test_a_news_agency_reports_and_a_state_run_one_claims(
    extract_events: ExtractEvents, text: str, event_type: str, status: str
) -> None:
    assert only(extract_events(text), event_type).status == status


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of External Affairs accused Canada of harbouring extremists on Tuesday.",
        "The Foreign Office accused Russia of spreading disinformation.",
    ],
)
def test_an_unplaced_institution_is_not_of_the_country_it_accuses(extract_events: ExtractEvents, text: str) -> None:
    event = only(extract_events(text), "ACCUSE")
    assert event.actor is not None and event.target is not None
    assert event.actor.country is None
    assert event.target.country is not None


def test_an_institution_placed_in_its_own_country_keeps_it(extract_events: ExtractEvents) -> None:
    # control: the place that is not the target still lends its country
    event = only(extract_events("Police arrested 12 protesters in Nairobi on Monday."), "COERCE")
    assert country(event.actor) == "KEN"


def test_a_two_word_country_tagged_as_a_person_is_the_state(extract_events: ExtractEvents) -> None:
    text = "Russia delivered 25,000 tonnes of free grain to Burkina Faso, the Russian Embassy in Ouagadougou said."
    event = only(extract_events(text), "AID")
    assert (country(event.actor), country(event.target)) == ("RUS", "BFA")


def test_a_counterpart_is_not_of_the_place(extract_events: ExtractEvents) -> None:
    text = (
        "Bangladesh has rejected an Indian proposal for a free trade agreement, urging the counterpart "
        "to sign the regional agreement instead."
    )
    request = only(extract_events(text), "REQUEST")
    assert country(request.actor) == "BGD"
    assert country(request.target) != "BGD"


def test_closed_circuit_television_is_no_state_broadcaster(extract_events: ExtractEvents) -> None:
    # control: "CCTV" in crime copy is a camera, not China Central Television
    events = extract_events(
        "A man was shot in Manchester on Monday, and CCTV footage showed the gunman fleeing, police said."
    )
    assault = only(events, "ASSAULT")
    assert country(assault.target) == "GBR"
    assert all(country(e.actor) != "CHN" for e in events)


@pytest.mark.parametrize(
    ("text", "role", "country_code"),
    [
        ("The President of France hosted the King of Jordan in Paris on Tuesday.", "target", "JOR"),
        ("The Emir of Qatar met the President of Kenya in Doha on Monday.", "target", "KEN"),
        ("The Emir of Qatar met the President of Kenya in Doha on Monday.", "actor", "QAT"),
    ],
)
def test_a_title_of_a_state_is_that_states_office(
    extract_events: ExtractEvents, text: str, role: str, country_code: str
) -> None:
    # "the King of Jordan", tagged a person as a whole, had taken the country of the place (France)
    party = getattr(only(extract_events(text), "CONSULT"), role)
    assert party is not None and (party.country, party.sector) == (country_code, "GOV")
