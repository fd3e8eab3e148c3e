"""Kinds of construction written for these tests: a headline run into its lede without a full
stop, strikes and shutdowns by their South Asian names, people out of the forces as targets, and
an air force that only reports an attack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from event_support import counted, main_assault, of_type, only
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
