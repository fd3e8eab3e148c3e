"""Kinds of wire wording written for these tests.

- A member noun's compound names the force that is sent (event_words.json `member_nouns`):
  "Kenya sent 400 police officers to Haiti" is a deployment of police, as "sent troops" is; in
  a headline too ("Kenya to send police officers to Haiti next month": planned).
- A region of one country places a phrase as the country does (actors.py `_country_of_token`):
  "residents of northern Gaza" are Palestinians, "militias in Darfur" Sudanese, not the country of
  whoever acts on them.
- Police sent or dispatched to a call are routine, no deployment (roles.py
  `responders_dispatched_is_no_deployment`, role_words.json `sending_verbs`): "Police were
  dispatched to Memorial Hospital".
- A participle after a clause of time tells of the main clause's act (arguments.py `_past_aside`,
  role_words.json `time_clause_markers`): "A roadside bomb exploded as a police vehicle passed,
  killing three officers" has no police killer.
- A craft or vehicle carrying people stands for them (actors.py `_partitive_inner`, role_words.json
  `carrier_nouns`, `carrying_verbs`): "ambushed a convoy carrying aid workers" hit the aid workers.
- A town the model took for a person, named by another of its names after "the town of", is
  placed when the report names its country's people (resolve/places.py `_acceptable`): "Ukrainian
  forces withdrew from the town of Avdiivka".
- A group that splits into factions or breaks away changes its make-up (triggers.jsonl
  `cooperate.split-into`, `cooperate.break-away`; ACLED Change to group/activity).
- People taken to be held are abducted (frames.jsonl `frame.assault.take-hostages`,
  `frame.assault.take-hostage`): "took dozens of hostages", "took 30 passengers hostage".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.extract.lexicon import load_triggers
from eventwire.extract.role_words import load_role_words
from eventwire.extract.words import load_event_words
from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kenya sent 400 police officers to Haiti on Tuesday.", "asserted"),
        ("Kenya to send police officers to Haiti next month", "planned"),
    ],
)
def test_police_officers_sent_are_a_deployment(extract_events: ExtractEvents, text: str, status: str) -> None:
    events = [e for e in extract_events(text) if e.type == "MOBILIZE"]
    assert [(e.actor.country if e.actor else None, e.status) for e in events] == [("KEN", status)], [
        e.to_dict() for e in events
    ]


def test_officers_sent_to_a_scene_are_no_deployment(extract_events: ExtractEvents) -> None:
    # control: the member noun alone names no force
    assert not [e for e in extract_events("Police sent officers to the scene on Tuesday.") if e.type == "MOBILIZE"]


def test_member_nouns_load() -> None:
    assert "officer" in load_event_words().member_nouns


@pytest.mark.parametrize(
    ("text", "type_", "role", "country"),
    [
        ("The Israeli army ordered residents of northern Gaza to move south.", "COERCE", "target", "PSE"),
        ("Militias in Darfur attacked displaced people on Monday.", "ASSAULT", "actor", "SDN"),
    ],
)
def test_a_region_of_one_country_places_a_side(
    extract_events: ExtractEvents, text: str, type_: str, role: str, country: str
) -> None:
    events = [e for e in extract_events(text) if e.type == type_]
    assert [getattr(e, role).country for e in events if getattr(e, role)] == [country], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Hundreds of Hamas fighters crossed into southern Israel and took dozens of hostages.", "hostages"),
        ("Gunmen took 30 passengers hostage on a train in Balochistan on Tuesday.", "30 passengers"),
        ("The militants seized 20 hostages at a hotel in Mogadishu.", "20 hostages"),
    ],
)
def test_people_taken_hostage_are_abducted(extract_events: ExtractEvents, text: str, target: str) -> None:
    events = [e for e in extract_events(text) if e.type == "ASSAULT"]
    assert [(e.mode, e.target.text if e.target else None) for e in events] == [("abduction", target)], [
        e.to_dict() for e in events
    ]


def test_a_town_taken_is_no_hostage_taking(extract_events: ExtractEvents) -> None:
    # control
    events = [e for e in extract_events("Rebels took the town of Goma on Monday.") if e.type == "ASSAULT"]
    assert events and all(e.mode != "abduction" for e in events), [e.to_dict() for e in events]


def test_hostage_frames_load() -> None:
    ids = {t.id for t in load_triggers().triggers}
    assert {"frame.assault.take-hostages", "frame.assault.take-hostage"} <= ids


@pytest.mark.parametrize(
    "text",
    [
        "Police were dispatched to Memorial Hospital at about 2:38 p.m. on Monday.",
        "Dispatchers started sending police to a Marion Street home shortly after 8 p.m.",
    ],
)
def test_police_dispatched_to_a_call_are_no_deployment(extract_events: ExtractEvents, text: str) -> None:
    assert not [e for e in extract_events(text) if e.type == "MOBILIZE"]


def test_sending_verbs_load() -> None:
    assert load_role_words().sending_verbs == {"send", "dispatch"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A roadside bomb exploded as a police vehicle passed, killing three officers.", None),
        # control: a violent time clause keeps its doer
        ("The convoy was crossing the bridge as militants attacked, killing two soldiers.", "militants"),
    ],
)
def test_a_participle_after_a_time_clause_tells_of_the_main_act(
    extract_events: ExtractEvents, text: str, actor: str | None
) -> None:
    events = [e for e in extract_events(text) if e.type == "ASSAULT"]
    assert [e.actor.text if e.actor else None for e in events] == [actor], [e.to_dict() for e in events]


def test_time_clause_markers_load() -> None:
    assert {"as", "when"} <= load_role_words().time_clause_markers


def test_a_participle_after_a_time_clause_of_people_keeps_their_act(extract_events: ExtractEvents) -> None:
    # control: the time clause's subject can act, and the demand is theirs
    text = "Police detained dozens of people in Minsk as activists marched through the city, demanding new elections."
    events = [e for e in extract_events(text) if e.type == "REQUEST"]
    assert [e.actor.text for e in events if e.actor] == ["activists"], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "target", "sector"),
    [
        ("Rebels ambushed a convoy carrying aid workers in South Kivu, killing two.", "aid workers", "CVL"),
        ("Militants attacked a truck carrying soldiers in Borno on Monday.", "soldiers", "MIL"),
    ],
)
def test_a_vehicle_carrying_people_stands_for_them(
    extract_events: ExtractEvents, text: str, target: str, sector: str
) -> None:
    events = [e for e in extract_events(text) if e.type == "ASSAULT"]
    assert [(e.target.text, e.target.sector) for e in events if e.target] == [(target, sector)], [
        e.to_dict() for e in events
    ]


def test_carrier_words_load() -> None:
    words = load_role_words()
    assert "convoy" in words.carrier_nouns and "carry" in words.carrying_verbs


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ukrainian forces withdrew from the town of Avdiivka to avoid encirclement.", "Avdiyivka"),
        # control: the gazetteer's own spelling needed no support
        ("Ukrainian forces withdrew from the town of Avdiyivka to avoid encirclement.", "Avdiyivka"),
    ],
)
def test_a_town_by_another_name_after_town_of_is_placed(extract_events: ExtractEvents, text: str, place: str) -> None:
    events = [e for e in extract_events(text) if e.type == "RETREAT"]
    assert [e.location.name for e in events if e.location] == [place], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The Congolese rebel group announced it was splitting into two factions.",
        "A faction of the rebel group broke away from the leadership in Idlib.",
    ],
)
def test_a_group_that_splits_changes(extract_events: ExtractEvents, text: str) -> None:
    events = [e for e in extract_events(text) if e.type == "COOPERATE"]
    assert [(e.mode, (e.acled or {}).get("sub_event_type")) for e in events] == [
        ("group_change", "Change to group/activity")
    ], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    "text", ["They split the bill into three parts on Friday.", "The cyclist broke away from the pack in Lyon."]
)
def test_a_split_of_things_is_no_group_change(extract_events: ExtractEvents, text: str) -> None:
    assert not [e for e in extract_events(text) if e.type == "COOPERATE"]


def test_split_entries_load() -> None:
    ids = {t.id for t in load_triggers().triggers}
    assert {"cooperate.split-into", "cooperate.break-away"} <= ids
