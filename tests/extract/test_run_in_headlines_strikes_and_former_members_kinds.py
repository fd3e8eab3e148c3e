"""Kinds of construction written for these tests: a headline run into its lede without a full
stop, strikes and shutdowns by their South Asian names, people out of the forces as targets, an
air force that only reports an attack, a participle the parse makes the subject of "has died",
and the side an act threatened or refused "to" do would reach."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from event_support import counted, main_assault, of_type, only, tally_of
from spacy.language import Language

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py

TUESDAY = date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Man killed in east side shooting A 32-year-old man was shot and killed early Sunday.", "injured", 0),
        ("Man wounded in Elm Street shooting A 45-year-old man was wounded in a shooting on Elm Street on Sunday.",
         "injured", 1),
        ("Two teens wounded in drive-by A 17-year-old boy and a 15-year-old girl were wounded Saturday night.",
         "injured", 2),
    ],
)  # fmt: skip
def test_a_run_in_headline_names_the_ledes_victims_again(
    extract_events: ExtractEvents, text: str, kind: str, count: int
) -> None:
    assert counted(main_assault(extract_events(text, published=TUESDAY)), kind) == count


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Man killed in east side shooting A 32-year-old man was shot and killed.", ["Man", "A"]),
        ("She takes vitamin A daily and visited The Hague on Monday.", ["She"]),  # controls: no lede starts
        ("He has blood type A and a rare condition.", ["He"]),
    ],
)
def test_a_capitalised_article_after_a_lower_case_word_starts_a_lede(
    nlp: Language, text: str, starts: list[str]
) -> None:
    assert [s[0].text for s in nlp(text).sents] == starts


@pytest.mark.parametrize(
    "text",
    [
        "Traders observed a complete shutter-down strike in Quetta on Saturday against new taxes.",
        "A hartal called by the opposition paralysed life in Dhaka on Sunday.",
        "A bandh called by the Joint Action Committee was observed in Imphal valley on Monday.",
    ],
)
def test_a_hartal_bandh_or_shutter_down_strike_is_a_protest(extract_events: ExtractEvents, text: str) -> None:
    event = only(extract_events(text), "PROTEST")
    assert event.acled is not None and event.acled["sub_event_type"] == "Peaceful protest", event.to_dict()


def test_a_shutdown_of_a_plant_is_no_strike(extract_events: ExtractEvents) -> None:
    # control: "shutdown" alone is a closure, not a strike
    assert not of_type(extract_events("The company announced a shutdown of its plant in Ohio."), "PROTEST")


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Taliban gunmen killed a former Afghan army officer at his home in Kandahar city.", "Attack"),
        ("A retired police officer was shot dead by unidentified gunmen in Peshawar.", "Attack"),
        ("Taliban gunmen killed two army officers in Kandahar.", "Armed clash"),  # control: serving officers
    ],
)
def test_people_out_of_the_forces_are_civilian_targets(extract_events: ExtractEvents, text: str, sub_type: str) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert event.acled is not None and event.acled["sub_event_type"] == sub_type, event.to_dict()


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("A Russian missile struck Odesa on Friday, killing four people, Ukraine's air force said.",
         "Shelling/artillery/missile attack"),
        ("Russian shelling killed two civilians in Kherson, the air force said.", "Shelling/artillery/missile attack"),
        ("Russian air strikes killed two civilians in Kherson, the governor said.", "Air/drone strike"),  # control
    ],
)  # fmt: skip
def test_an_air_force_that_reports_an_attack_is_no_air_strike(
    extract_events: ExtractEvents, text: str, sub_type: str
) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert event.acled is not None and event.acled["sub_event_type"] == sub_type, event.to_dict()


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A woman shot Friday night has died.", 1, 0),
        ("A man shot Saturday on Pearl Street has died, his family said.", 1, 0),
        ("A passerby was shot in the leg.", 0, 1),
        ("Two passersby were wounded.", 0, 2),
        ("A woman shot Friday night is in stable condition.", 0, 1),  # control: alive
    ],
)
def test_a_participle_the_parse_makes_the_subject_tells_who_died(
    nlp: Language, text: str, killed: int, injured: int
) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Turkey threatened to take military action against Syria unless it expelled the rebel leader.", "SYR"),
        ("Washington threatened to launch military strikes against Serbia.", "SRB"),
        ("The Taliban refused to hand over Osama bin Laden to the United States.", "USA"),
        ("Israel refused to transfer the tax revenues to the Palestinian Authority.", "PSE"),
    ],
)
def test_the_side_an_act_threatened_or_refused_would_reach(
    extract_events: ExtractEvents, text: str, target: str
) -> None:
    events = [e for e in extract_events(text) if e.type in {"THREATEN", "REJECT"}]
    assert len(events) == 1 and events[0].target is not None, [e.to_dict() for e in events]
    assert events[0].target.country == target, events[0].to_dict()


def test_refusing_to_go_somewhere_refuses_nobody(extract_events: ExtractEvents) -> None:
    # control: "to" after a verb of motion names a place, not a side the refusal is aimed at
    events = of_type(extract_events("The wounded man refused to go to the hospital in Tulsa."), "REJECT")
    assert all(e.target is None for e in events), [e.to_dict() for e in events]
