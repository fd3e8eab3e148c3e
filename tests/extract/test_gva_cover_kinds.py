"""Kinds of local shooting copy whose violence the extraction missed or swallowed (issue 13).

Sentences written for these tests; the report is published on Wednesday 8 January 2020.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from event_support import assault_day, main_assault, of_type

from eventwire.extract.role_words import load_role_words
from eventwire.records import Event, EventMention

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py
CodedMentions = Callable[..., list[EventMention]]  # the `coded_mentions` fixture of conftest.py
PUBLISHED = date(2020, 1, 8)


def test_dispatch_words_load() -> None:
    words = load_role_words()
    assert "call" in words.dispatch_verbs
    assert {"deputy", "officer", "trooper"} <= words.responder_nouns


def test_responders_called_for_a_shooting_make_no_request(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("Deputies were called for a shooting at a gas station in Lorain, Ohio, on Monday night.")
    assert not [m for m in mentions if m.type == "REQUEST"]
    assert [m.trigger for m in mentions if m.type == "ASSAULT"] == ["shooting"]


def test_the_shooting_responders_were_called_to_is_the_reports_assault(extract_events: ExtractEvents) -> None:
    text = (
        "Officers were called for a stabbing outside a bowling alley in Lansing, Michigan, late Monday. "
        "The victim, a 30-year-old man, was taken to Sparrow Hospital."
    )
    events = extract_events(text, published=PUBLISHED)
    assert not of_type(events, "REQUEST")
    assault = main_assault(events)
    assert assault.mode == "stabbing"
    assert assault_day(events) == "2020-01-06"


def test_a_pronoun_summoned_in_the_passive_is_sent_too(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("They were called for a shooting near the river in Peoria, Illinois, on Sunday.")
    assert not [m for m in mentions if m.type == "REQUEST"]
    assert [m.trigger for m in mentions if m.type == "ASSAULT"] == ["shooting"]


def test_a_call_for_an_act_is_still_a_request(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("The union called for a general strike in Lyon on Monday.")
    assert [m.type for m in mentions if m.trigger == "called"] == ["REQUEST"]


def test_a_shoot_out_in_two_words_is_an_assault(extract_events: ExtractEvents) -> None:
    text = "Two men were wounded in a shoot out outside a tavern in Erie, Pennsylvania, on Saturday night."
    assault = main_assault(extract_events(text, published=PUBLISHED))
    assert assault.mode == "firearms"
    assert assault_day(extract_events(text, published=PUBLISHED)) == "2020-01-04"


def test_a_shoot_out_whose_particle_the_parse_hangs_on_the_verb(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("Two brothers got into a shoot out behind a pool hall in Akron, Ohio, on Friday.")
    assert [(m.type, m.mode) for m in mentions if m.trigger == "shoot"] == [("ASSAULT", "firearms")]


def test_a_photo_shoot_out_of_town_is_no_assault(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("The photo shoot out of town was moved to Friday.")
    assert not [m for m in mentions if m.trigger == "shoot"]


def test_a_hyphenated_pistol_whipping_after_be_is_an_assault(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("A cashier was pistol-whipped inside a corner store in Camden, New Jersey, on Sunday.")
    assert [(m.type, m.mode) for m in mentions if m.trigger == "whipped"] == [("ASSAULT", "beating")]


def test_a_person_grazed_by_a_bullet_is_an_assault(extract_events: ExtractEvents) -> None:
    text = "A teenager was grazed by a bullet while walking home in Flint, Michigan, on Sunday night."
    assault = main_assault(extract_events(text, published=PUBLISHED))
    assert assault.mode == "firearms"
    assert assault_day(extract_events(text, published=PUBLISHED)) == "2020-01-05"


def test_a_bullet_grazing_a_body_part_is_an_assault(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions(
        "Police said a bullet grazed his shoulder outside a Gary, Indiana, gas station on Monday."
    )
    assert [m.type for m in mentions if m.trigger == "grazed"] == ["ASSAULT"]


def test_animals_grazing_a_field_is_no_assault(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("Sheep grazed the meadow behind the county fairgrounds in Ames, Iowa, on Monday.")
    assert not [m for m in mentions if m.type == "ASSAULT"]


def test_a_drive_by_alone_is_a_shooting(extract_events: ExtractEvents) -> None:
    text = "A 16-year-old boy was hurt in a drive-by on Tuesday night in Stockton, California."
    assault = main_assault(extract_events(text, published=PUBLISHED))
    assert assault.mode == "firearms"
    assert assault_day(extract_events(text, published=PUBLISHED)) == "2020-01-07"


def test_a_drive_by_window_is_no_assault(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("She ordered coffee at a drive-by window in Fresno on Monday.")
    assert not [m for m in mentions if m.type == "ASSAULT"]


def test_rush_words_load() -> None:
    assert {"at", "toward"} <= load_role_words().rush_preps


def test_a_man_who_charged_at_officers_is_not_charged(coded_mentions: CodedMentions) -> None:
    text = "An officer shot a man who charged at him with a hammer outside a motel in Tulsa on Monday."
    mentions = coded_mentions(text)
    assert not [m for m in mentions if m.type == "COERCE"]
    assert [m.trigger for m in mentions if m.type == "ASSAULT"] == ["shot"]


def test_a_court_charge_at_a_hearing_stays_a_charge(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("Prosecutors charged the driver at a hearing in Tulsa on Monday.")
    assert [m.type for m in mentions if m.trigger == "charged"] == ["COERCE"]


def test_marches_called_for_a_day_are_still_called(coded_mentions: CodedMentions) -> None:
    text = "Riots broke out in Lyon on Tuesday ahead of marches that have been called for the third time this month."
    assert [m.type for m in coded_mentions(text) if m.trigger == "called"] == ["REQUEST"]


def test_responders_who_were_called_are_sent(coded_mentions: CodedMentions) -> None:
    text = "Two deputies who were called for a stabbing at a bar in Reno, Nevada, on Monday found a man hurt."
    mentions = coded_mentions(text)
    assert not [m for m in mentions if m.type == "REQUEST"]
    assert [m.trigger for m in mentions if m.type == "ASSAULT"] == ["stabbing"]


def test_case_words_load() -> None:
    assert {"arrest", "suspect"} <= load_role_words().case_words


def test_the_arresters_did_not_do_the_shooting(coded_mentions: CodedMentions) -> None:
    text = "Troopers arrested a 19-year-old in the shooting of a bus driver in Dayton, Ohio, on Monday."
    shooting = [m for m in coded_mentions(text) if m.trigger == "shooting"]
    assert [(m.type, m.actor) for m in shooting] == [("ASSAULT", None)]


def test_a_suspect_in_a_killing_is_no_act_of_the_detectives(coded_mentions: CodedMentions) -> None:
    text = "Detectives named a suspect in the killing of a shop owner in Dayton, Ohio, on Monday."
    killing = [m for m in coded_mentions(text) if m.trigger == "killing"]
    assert [(m.type, m.actor) for m in killing] == [("ASSAULT", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Detectives have no motive in the killing of a shop owner in Dayton, Ohio.",
        "Police said they have no leads in the slaying of a taxi driver in Toledo, Ohio.",
    ],
)
def test_investigators_without_a_motive_did_not_do_the_killing(coded_mentions: CodedMentions, text: str) -> None:
    killing = [m for m in coded_mentions(text) if m.trigger in {"killing", "slaying"}]
    assert [(m.type, m.actor) for m in killing] == [("ASSAULT", None)]


def test_a_towns_tally_names_no_killer(coded_mentions: CodedMentions) -> None:
    text = "Logan is Birmingham's 25th homicide this year, police in Birmingham, Alabama, said."
    homicide = [m for m in coded_mentions(text) if m.trigger == "homicide"]
    assert [(m.type, m.actor) for m in homicide] == [("ASSAULT", None)]


def test_a_capitals_offensive_is_its_governments(coded_mentions: CodedMentions) -> None:
    # control: a capital that owns an act stands for its government
    offensive = [m for m in coded_mentions("Moscow's offensive in Donbas has stalled.") if m.trigger == "offensive"]
    assert [m.actor.country if m.actor else None for m in offensive] == ["RUS"]


def test_a_part_in_a_raid_is_still_taken_by_the_troops(coded_mentions: CodedMentions) -> None:
    raid = [
        m for m in coded_mentions("Kenyan troops took part in the raid on Kismayo on Monday.") if m.trigger == "raid"
    ]
    assert [m.actor.country if m.actor else None for m in raid] == ["KEN"]


def test_a_report_of_shots_fired_is_gunfire(coded_mentions: CodedMentions) -> None:
    # The parser hangs "fired" on "report", or reads it as a clause whose subject is "report".
    for text in (
        "A garage on Maple Avenue in Erie, Pennsylvania, was hit after a report of shots fired.",
        "On Sunday, deputies went to Pine Road in Waldorf, Maryland, for the report of shots fired.",
    ):
        mentions = coded_mentions(text)
        assert [(m.trigger, m.mode) for m in mentions if m.type == "ASSAULT"] == [("fired", "firearms")]


def test_a_weapon_held_to_a_body_is_an_armed_attack(coded_mentions: CodedMentions) -> None:
    cases = {
        "A man held a knife to the cashier's throat at a gas station in Macon, Georgia, on Monday.": (
            "held",
            "stabbing",
        ),
        "The clerk reported having a gun put to his head during a quarrel in Macon, Georgia.": ("put", "firearms"),
    }
    for text, (trigger, mode) in cases.items():
        assaults = [(m.trigger, m.mode) for m in coded_mentions(text) if m.type == "ASSAULT"]
        assert assaults == [(trigger, mode)], text


def test_a_phone_held_to_an_ear_is_no_attack(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("She held the phone to her ear while officers searched the house in Macon, Georgia.")
    assert not [m for m in mentions if m.type == "ASSAULT"]


def test_a_forced_entry_by_armed_men_is_an_armed_attack(extract_events: ExtractEvents) -> None:
    text = "Three armed men forced their way into a home on Oak Street in Hempstead, New York, on Monday morning."
    assault = main_assault(extract_events(text, published=PUBLISHED))
    assert (assault.mode, assault.date and assault.date.value) == ("firearms", "2020-01-06")


def test_a_forced_entry_by_unarmed_people_is_no_attack(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("Two teenagers broke into a closed school in Hempstead, New York, on Monday.")
    assert not [m for m in mentions if m.type == "ASSAULT"]


def test_a_threat_made_with_a_gun_is_an_assault(extract_events: ExtractEvents) -> None:
    text = "A quarrel between neighbors in Ocala, Florida, turned into a threat with a shotgun on Tuesday, police said."
    assault = main_assault(extract_events(text, published=PUBLISHED))
    assert (assault.mode, assault.date and assault.date.value) == ("firearms", "2020-01-07")


def test_violence_a_man_is_accused_of_is_the_reports_own(coded_mentions: CodedMentions) -> None:
    # A passive accusation with no accuser reports a charge: the shooting charged happened.
    mentions = coded_mentions(
        "Deputies arrested a man accused of shooting a cashier at a store in Lufkin, Texas, on Sunday."
    )
    assaults = [m for m in mentions if m.type == "ASSAULT"]
    assert [(m.trigger, m.actor and m.actor.text) for m in assaults] == [("shooting", "a man")]


def test_violence_one_side_accuses_another_of_stays_the_accusations(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("Iran accused the United States of attacking its oil tankers in the Gulf of Oman.")
    assert [m.type for m in mentions] == ["ACCUSE"]


def test_a_party_phrase_leaves_out_the_clause_its_preposition_opens(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("Police in Lufkin, Texas, arrested a man for shooting his neighbor on Sunday.")
    arrest = next(m for m in mentions if m.type == "COERCE")
    assert arrest.target is not None and arrest.target.text == "a man"
