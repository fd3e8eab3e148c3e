"""Kinds of local crime copy whose day went wrong, and violence the triggers missed.

Sentences written for these tests; the report is published on Wednesday 8 January 2020.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
import spacy
from event_support import assault_day, main_assault, of_type
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc

from eventwire.extract.dates import find_dates
from eventwire.extract.event_dates import (
    ReportDays,
    acting_verbs,
    announcement_verbs,
    charging_verbs,
    incident_nouns,
    life_event_words,
    night_spans,
    reporting_verbs,
    span_closers,
    told_by_words,
    with_report_day,
)
from eventwire.extract.lexicon import load_triggers
from eventwire.records import Event, EventDate, EventMention

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py
CodedMentions = Callable[..., list[EventMention]]  # the `coded_mentions` fixture of conftest.py
PUBLISHED = date(2020, 1, 8)


def test_night_spans_load() -> None:
    assert "overnight" in night_spans()
    assert "last night" not in night_spans()  # the evening before: no side of midnight to choose


def test_a_telling_day_is_not_given_to_a_home_invasion(extract_events: ExtractEvents) -> None:
    text = (
        "Two masked men tied up a woman during an armed home invasion in Greenwich, Connecticut. "
        "Police said Tuesday they believe the home invasion was not random."
    )
    events = extract_events(text, published=PUBLISHED)
    assert main_assault(events).date is not None
    assert assault_day(events) != "2020-01-07"  # the day of the telling


def test_an_act_at_gunpoint_is_an_assault(extract_events: ExtractEvents) -> None:
    events = extract_events("A woman was forced into her home at gunpoint in Cleveland, Ohio, on Monday night.")
    assault = main_assault(events)
    assert assault.mode == "firearms"
    assert assault.date is not None and assault.date.value == "2020-01-06"


def test_a_shoot_out_is_an_assault(extract_events: ExtractEvents) -> None:
    text = "Officers broke up a shoot-out between two groups outside a bar in Toledo, Ohio, late Saturday."
    assault = main_assault(extract_events(text, published=PUBLISHED))
    assert assault.date is not None and assault.date.value == "2020-01-04"


def test_a_gun_found_in_a_traffic_stop_is_no_assault(extract_events: ExtractEvents) -> None:
    text = "Deputies found a loaded handgun under the driver's seat during a traffic stop in Akron, Ohio, on Monday."
    assert of_type(extract_events(text, published=PUBLISHED), "ASSAULT") == []


def test_the_gva_coverage_triggers_load() -> None:
    ids = {t.id for t in load_triggers().triggers}
    assert {"assault.at-gunpoint", "assault.shoot-out", "assault.pistol-whip", "assault.shooting-victim"} <= ids


def _overnight_event(value: str) -> Event:
    return Event(
        doc="t",
        type="ASSAULT",
        mode="firearms",
        cameo=None,
        acled=None,
        actor=None,
        target=None,
        location=None,
        date=EventDate(value, "overnight", "day"),
        status="asserted",
        source=None,
        quantities=[],
        conflicts=[],
        evidence=[],
        confidence=0.5,
    )


@given(st.lists(st.integers(min_value=-5, max_value=5), max_size=6))
def test_an_overnight_day_moves_only_to_a_stated_day_of_its_night(offsets: list[int]) -> None:
    night = PUBLISHED - timedelta(days=1)
    happened = tuple(EventDate((night + timedelta(days=o)).isoformat(), "Monday", "day") for o in offsets)
    days = ReportDays(None, frozenset(), PUBLISHED, happened)
    (out,) = with_report_day([_overnight_event(night.isoformat())], days)
    assert out.date is not None
    first_in_night = next((d.value for d in happened if 0 <= (date.fromisoformat(d.value) - night).days <= 1), None)
    assert out.date.value == (first_in_night or night.isoformat())


def test_life_event_words_load() -> None:
    assert {"hired", "retired"} <= life_event_words()
    assert "shot" not in life_event_words()


def test_a_pistol_whipping_is_an_assault(extract_events: ExtractEvents) -> None:
    text = "Two masked men pistol whipped a clerk at a gas station in Akron, Ohio, on Sunday and took the cash."
    assault = main_assault(extract_events(text, published=PUBLISHED))
    assert assault.mode == "beating"
    assert assault_day(extract_events(text, published=PUBLISHED)) == "2020-01-05"


def test_whipping_up_a_chant_is_no_assault(extract_events: ExtractEvents) -> None:
    text = "The crowd whipped up a chant outside the statehouse in Columbus, Ohio, on Sunday."
    assert of_type(extract_events(text, published=PUBLISHED), "ASSAULT") == []


def test_span_closers_load() -> None:
    assert span_closers()["and"] == "between"


def test_a_telling_day_is_not_taken_up_a_clause_by_violence(extract_events: ExtractEvents) -> None:
    text = (
        "Two masked men shot a woman in the leg during a home invasion in Greenwich, Connecticut, on Wednesday "
        "evening. Police said Thursday they believe the woman was targeted by the robbers."
    )  # a telling's weekday read back from publication falls before the violence: the earliest day is wrong
    events = extract_events(text, published=PUBLISHED)
    assert all(e.date is None or e.date.value != "2020-01-02" for e in of_type(events, "ASSAULT"))
    assert assault_day(events) == "2020-01-08"


def test_a_day_right_after_said_is_the_tellings_however_parsed(extract_events: ExtractEvents) -> None:
    text = (
        "A woman was fatally shot Monday night at an apartment complex in Oakland, California. "
        "An officer said Tuesday police have no motive yet for the killing."
    )
    events = extract_events(text, published=PUBLISHED)
    assert all(e.date is None or e.date.value != "2020-01-07" for e in of_type(events, "ASSAULT"))
    assert assault_day(events) == "2020-01-06"


MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


@given(st.sampled_from(MONTHS), st.integers(min_value=1900, max_value=2099))
def test_a_month_of_a_year_is_that_month(month: str, year: int) -> None:
    found = find_dates(f"The man was shot in {month} of {year} outside a bar.", PUBLISHED)
    assert [(r.text, r.value, r.precision) for _, _, r in found] == [
        (f"{month} of {year}", f"{year}-{MONTHS.index(month) + 1:02d}", "month")
    ]


def test_a_year_after_publication_dates_no_shooting(extract_events: ExtractEvents) -> None:
    text = (
        "Police in Tarpon Springs, Florida, shot and killed a woman armed with a knife on Monday. "
        "Copyright 2021 Gulf Coast Broadcasting. The woman was shot in 2021 during a struggle, officers said."
    )
    events = extract_events(text, published=PUBLISHED)
    assert all(e.date is None or e.date.value <= "2020-01-08" for e in of_type(events, "ASSAULT"))


def test_a_page_stamp_is_no_date_of_what_the_page_tells() -> None:
    text = "Crime Watch Posted Monday, January 6, 2020 6:12 am A man fired shots at officers on Jan. 5."
    assert [r.text for _, _, r in find_dates(text, PUBLISHED)] == ["Jan. 5"]


def test_a_date_after_the_identifying_verb_stays_the_identifying(extract_events: ExtractEvents) -> None:
    text = "A man who was fatally shot in Akron, Ohio, was identified on Tuesday by the coroner."
    assert assault_day(extract_events(text, published=PUBLISHED)) != "2020-01-07"


def test_last_week_keeps_its_own_day_when_the_stated_day_is_outside_it(extract_events: ExtractEvents) -> None:
    text = (
        "A 12-year-old boy was robbed at gunpoint on his way to school in Dayton, Ohio, last week. "
        "On Dec. 20, a man in a ski mask had approached another boy on the same street, police said."
    )
    assert assault_day(extract_events(text, published=PUBLISHED)) != "2019-12-20"


def test_a_day_of_charging_later_in_the_clause_does_not_date_the_violence(extract_events: ExtractEvents) -> None:
    text = (
        "A cab driver was stabbed in the neck in Akron, Ohio, the police said. "
        "A passenger was charged with assault Tuesday after he stabbed the driver during an argument."
    )
    events = extract_events(text, published=PUBLISHED)
    assert assault_day(events) == "2020-01-08"  # no day of the stabbing: the publication day


def test_charging_and_reporting_verbs_load() -> None:
    assert {"charge", "rule"} <= charging_verbs()
    assert "say" not in charging_verbs()  # "Early Sunday, a resident said he shot someone"
    assert reporting_verbs() == frozenset({"report"})


def _unparsed(text: str) -> Doc:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(text)


def test_an_unparsed_day_after_a_word_of_telling_is_told() -> None:
    doc = _unparsed("According to a police report released Monday, it happened about 8:30 p.m. Saturday.")
    monday = next(t.i for t in doc if t.text == "Monday")
    saturday = next(t.i for t in doc if t.text == "Saturday")
    assert told_by_words(doc[monday : monday + 1])
    assert not told_by_words(doc[saturday : saturday + 1])


@given(st.sampled_from(["said", "announced", "charged", "reported", "confirmed"]), st.booleans())
def test_an_unparsed_day_after_any_past_telling_is_told(verb: str, on: bool) -> None:
    doc = _unparsed(f"The sheriff {verb} {'on ' if on else ''}Tuesday that a deputy fired twice.")
    tuesday = next(t.i for t in doc if t.text == "Tuesday")
    assert told_by_words(doc[tuesday : tuesday + 1])


@given(st.sampled_from(["arrested", "shot", "wounded", "found", "robbed"]))
def test_an_unparsed_day_after_police_action_or_violence_is_not_told(verb: str) -> None:
    doc = _unparsed(f"A man was {verb} Tuesday near the park.")
    tuesday = next(t.i for t in doc if t.text == "Tuesday")
    assert not told_by_words(doc[tuesday : tuesday + 1])


def test_police_action_verbs_are_announcement_verbs() -> None:
    assert {"locate", "apprehend", "detain"} <= acting_verbs() <= announcement_verbs()


def test_incident_nouns_load() -> None:
    assert {"incident", "altercation"} <= incident_nouns()
    assert "shooting" not in incident_nouns()  # a noun of violence already dates its violence


# Each: a report (published Wednesday 8 January 2020) and the day of its main ASSAULT.
DATED_REPORTS = [
    pytest.param(
        "A man was shot overnight on the east side of Dayton, Ohio. "
        "The shooting happened about 1:15 a.m. Wednesday on Linden Avenue, police said.",
        "2020-01-08",
        id="an_overnight_shooting_takes_the_stated_day_after_midnight",
    ),
    pytest.param(
        "A woman was wounded overnight in Toledo, Ohio. "
        "Officers were called to Dorr Street at 11:40 p.m. Tuesday and found her shot in the arm.",
        "2020-01-07",
        id="an_overnight_shooting_takes_the_stated_day_before_midnight",
    ),
    pytest.param(
        "A man was shot overnight on the east side of Dayton, Ohio, police said. He is in stable condition.",
        "2020-01-07",
        id="an_overnight_shooting_with_no_stated_day_stays_the_night_before",
    ),
    pytest.param(
        "A man was shot overnight on the east side of Dayton, Ohio. "
        "Another man was wounded on the same street on Saturday afternoon.",
        "2020-01-07",
        id="a_day_far_from_the_night_does_not_move_it",
    ),
    pytest.param(
        "Two teenagers were booked into the Mobile County jail around 2:30 a.m. Tuesday on counts of robbery, "
        "accused of robbing a group of friends at gunpoint on Monday night in Mobile, Alabama.",
        "2020-01-06",
        id="a_booking_told_to_the_minute_is_not_the_robbery_day",
    ),
    pytest.param(
        "Three men stole a delivery van from its driver at gunpoint in Akron, Ohio, early Saturday.",
        "2020-01-04",
        id="a_car_taken_at_gunpoint_is_an_assault",
    ),
    pytest.param(
        "A man in Louisville, Kentucky, was arrested on Friday. Detectives say they have a recording that "
        "shows him firing two shots at a warehouse on Jan. 2.",
        "2020-01-02",
        id="a_day_told_in_the_present_tense_is_the_violence_day",
    ),
    pytest.param(
        "A retired deputy in Spring Hill, Florida, fired a pistol at his wife during an argument, deputies said. "
        "He was hired May 31, 1988, and retired in 2012. He was arrested about 2 a.m. Tuesday.",
        "2020-01-07",
        id="a_day_of_a_life_is_not_the_reports_day",
    ),
    pytest.param(
        "A former deputy in Ocala, Florida, fired a rifle at his neighbor's truck, deputies said. "
        "He retired from the Marion County Sheriff's Office June 30, 2015. He was arrested about 3 a.m. Monday.",
        "2020-01-06",
        id="a_retirement_day_past_its_place_is_not_the_reports_day",
    ),
    pytest.param(
        "A man in Ocala, Florida, who was born in Cuba and was shot Monday night, is in stable condition.",
        "2020-01-06",
        id="a_day_after_a_life_event_and_a_conjunction_is_the_story_day",
    ),
    pytest.param(
        "A Georgia man was arrested on Saturday night after firing a handgun into the air outside a home in "
        "Vero Beach, Florida, deputies said. He told deputies it was a custom back home. "
        "He posted bond and was released Sunday afternoon.",
        "2020-01-04",
        id="an_arrest_day_beats_a_day_of_a_sentence_with_no_event_cue",
    ),
    pytest.param(
        "A man was shot near a bar in Dayton, Ohio, police said. It happened about 1 a.m. Tuesday on Linden Avenue.",
        "2020-01-07",
        id="a_day_of_a_sentence_with_no_event_cue_still_dates_an_undated_shooting",
    ),
    pytest.param(
        "Police in York, Pennsylvania, found three shooting victims on Market Street late Monday.",
        "2020-01-06",
        id="shooting_victims_found_are_an_assault",
    ),
    pytest.param(
        "Seven people were shot in Philadelphia between last Wednesday and Friday, police said. "
        "A man was wounded early Monday in West Philadelphia.",
        "2020-01-06",
        id="a_day_opening_a_span_between_two_days_dates_no_shooting",
    ),
    pytest.param(
        "State television said Monday that army troops attacked rebel positions near the town of Kidal in Mali.",
        "2020-01-06",
        id="with_no_day_of_violence_a_telling_day_stays_the_best_estimate",
    ),
    pytest.param(
        "Police in Dayton, Ohio, said Sunday's shooting outside a bar left a man wounded.",
        "2020-01-05",
        id="a_day_said_of_a_shooting_it_owns_is_the_shootings",
    ),
    pytest.param(
        "Three men were arrested Tuesday morning after an armed robbery at a diner in Brownsburg, Indiana. "
        "Police believe they are responsible for 12 more robberies dating back to November 2018.",
        "2020-01-07",
        id="a_robbery_string_dating_back_to_a_month_dates_no_robbery",
    ),
    pytest.param(
        "Crime Watch Posted Tuesday, January 7, 2020 6:12 am A Freeport, New York, man was charged with "
        "attempted murder after he fired shots at police officers who were chasing him on Jan. 5.",
        "2020-01-05",
        id="a_page_stamp_does_not_date_the_shooting",
    ),
    # The parser hangs "on Sunday night" on "has been identified"; it closes the shooting's clause.
    pytest.param(
        "A man who was fatally shot in Akron, Ohio, on Sunday night has been identified by the coroner.",
        "2020-01-05",
        id="a_date_after_a_relative_clause_of_violence_is_its_day",
    ),
    # Published on a Wednesday: yesterday is "Tuesday"; "last Tuesday" is the one before.
    pytest.param(
        "A woman was shot and wounded last Tuesday outside a bar in Joliet, Illinois, police said.",
        "2019-12-31",
        id="last_with_yesterdays_weekday_is_a_week_earlier",
    ),
    pytest.param(
        "A 12-year-old boy was robbed at gunpoint on his way to school in Dayton, Ohio, last week. "
        "On Jan. 2, a man in a ski mask approached him with a gun and demanded his phone, police said.",
        "2020-01-02",
        id="last_week_takes_the_day_the_report_states_in_it",
    ),
    # "Her death was ruled ..." is a finding, not a call about the violence ("a shooting was reported").
    pytest.param(
        "A man died of a gunshot wound in Reading, Pennsylvania, the coroner said. "
        "His death was ruled a homicide after an autopsy Tuesday. "
        "Relatives found him on his porch about 9 p.m. Sunday.",
        "2020-01-05",
        id="a_ruling_after_an_autopsy_does_not_date_the_violence",
    ),
    # The subject noun of violence takes its verb's day, but not a day of charging or finding.
    pytest.param(
        "A woman was shot in the leg in Canton, Ohio, the police said. "
        "The death of her neighbor was ruled a homicide after an autopsy Tuesday. "
        "Both were found wounded about 1 a.m. Saturday.",
        "2020-01-04",
        id="a_finding_on_the_verb_of_a_noun_of_violence_does_not_date_it",
    ),
    pytest.param(
        "A man fired several shots toward a crowded park in Mesa, Arizona, the police said. Nobody was hit. "
        "In October, the same man was shot and wounded in Detroit. "
        "Officers found him on Monday hiding in a shed.",
        "2020-01-06",
        id="an_old_month_of_background_gives_way_to_the_days_news",
    ),
    # A trial's report tells its case's day; the week's news is the verdict.
    pytest.param(
        "A Mesa man was convicted Monday of shooting his neighbor on March 3, 2018, in a dispute over a fence. "
        "The jury deliberated for two days.",
        "2018-03-03",
        id="an_old_day_stated_to_the_day_stays",
    ),
    pytest.param(
        "In October, a man was shot and wounded outside a bar in Detroit. Nobody has been arrested.",
        "2019-10",
        id="an_old_month_without_recent_news_stays",
    ),
    pytest.param(
        "Two men were found shot to death in a house in Aurora, Colorado. "
        "Aurora police gave an update on the case on Monday in a news release. "
        "The bodies were found Thursday around 3 p.m. by a neighbor.",
        "2020-01-02",
        id="a_day_of_news_given_in_a_release_is_not_the_violences",
    ),
    # no day stated: publication
    pytest.param(
        "A teenager fired a handgun inside an apartment in Waco, Texas, and was arrested after a two-hour "
        "standoff, the police said. A police spokesman did not immediately know on Tuesday whether anyone was hurt.",
        "2020-01-08",
        id="a_day_a_spokesman_did_not_know_something_is_not_the_violences",
    ),
    pytest.param(
        "A man was found shot in his yard in Mobile, Alabama. "
        "On Jan. 6, a 27-year-old man was located and arrested for murder in the case. "
        "Deputies responded to the home about 11:30 p.m. Jan. 2 after a neighbor called 911, the sheriff said.",
        "2020-01-02",
        id="a_day_a_suspect_was_located_and_arrested_is_police_action",
    ),
    # Under a verb of telling ("were reported"), a day still dates the incident it names.
    pytest.param(
        "Authorities are investigating a police shooting in Irvington, New Jersey. "
        "No injuries were reported in the Sunday evening incident, according to the prosecutor's office.",
        "2020-01-05",
        id="a_day_before_the_reports_incident_dates_it",
    ),
    # A weapon noun as the agent of a passive ("killed by gunfire") takes the verb's day.
    pytest.param(
        "Detectives in Tulsa are appealing for witnesses after a 22-year-old woman was killed by gunfire "
        "outside a gas station Sunday night. She died Monday at a hospital.",
        "2020-01-05",
        id="a_weapon_agent_of_a_passive_takes_the_verbs_day",
    ),
]


@pytest.mark.parametrize(("text", "day"), DATED_REPORTS)
def test_the_reports_violence_is_dated(extract_events: ExtractEvents, text: str, day: str) -> None:
    assert assault_day(extract_events(text, published=PUBLISHED)) == day


@pytest.mark.parametrize(
    "text",
    [
        "Detectives in Tulsa are appealing for witnesses after a 22-year-old woman was killed by gunfire "
        "outside a gas station Sunday night.",
        "Police in Dayton are asking for help after a man was wounded by gunfire on Salem Avenue on Monday.",
    ],
)
def test_those_who_ask_about_a_passive_killing_by_a_weapon_did_not_do_it(
    extract_events: ExtractEvents, text: str
) -> None:
    """ "killed by gunfire": the weapon is the passive's instrument; the subject of the clause the
    killing hangs on (the police asking for help) is no actor of it."""
    assault = main_assault(extract_events(text, published=PUBLISHED))
    assert assault.actor is None
    assert assault.target is not None and assault.target.sector == "CVL"


def test_a_weapon_agent_of_a_passive_states_the_verbs_day(coded_mentions: Callable[..., list[EventMention]]) -> None:
    """ "was killed by gunfire ... Sunday night": the weapon noun's mention states the day the
    passive verb carries (not a day carried over from elsewhere in the report)."""
    text = "Police are asking for help after a man was killed by gunfire on Elm Street Sunday night."
    (assault,) = [m for m in coded_mentions(text, published=PUBLISHED) if m.type == "ASSAULT"]
    assert assault.date is not None
    assert (assault.date.value, assault.date.default) == ("2020-01-05", False)


def test_a_day_right_after_a_trailing_telling_is_the_tellings(
    coded_mentions: Callable[..., list[EventMention]],
) -> None:
    """ "was struck by a pellet ... last week, a police official said Tuesday": Tuesday is when the
    official spoke; the violence takes the day the report states for it later."""
    text = (
        "HERMON, Maine — A 12-year-old boy was struck in the left eye by a pellet from a gun fired by a friend "
        "last week, a police official said Tuesday. The boys were shooting at some cans Saturday afternoon "
        "behind a barn."
    )
    struck = next(m for m in coded_mentions(text, published=PUBLISHED) if m.trigger == "struck")
    assert struck.date is not None and struck.date.value == "2020-01-04"
    # Told before the violence, the telling's day is the best one there is.
    told = "State television said Tuesday that soldiers killed four gunmen near the border."
    (killing,) = [m for m in coded_mentions(told, published=PUBLISHED) if m.type == "ASSAULT"]
    assert killing.date is not None and (killing.date.value, killing.date.default) == ("2020-01-07", False)


def test_an_arrest_for_a_shooting_is_not_the_shooting(extract_events: ExtractEvents) -> None:
    # The arrest and the shooting it answers are two acts: the police did not shoot the man
    # they arrested, and the shooting keeps the day the report gives it.
    text = (
        "Police arrested a 31-year-old Dayton man this morning and charged him in the shooting of a teenager "
        "earlier this month, officials said. "
        "The man was arrested without incident at a gas station around 9:30 this morning. "
        "On Jan. 2, the man shot a 15-year-old boy in the arm outside a store on Salem Avenue, police said. "
        "The boy was treated and released."
    )
    events = extract_events(text, published=PUBLISHED)
    assaults = of_type(events, "ASSAULT")
    assert [e.actor.text for e in assaults if e.actor is not None] == ["the man"]
    assert [e.date.value for e in assaults if e.date is not None] == ["2020-01-02"]
    arrests = [e for e in of_type(events, "COERCE") if e.mode == "arrest"]
    assert arrests and arrests[0].date is not None and arrests[0].date.value == "2020-01-08"


def test_officers_who_shoot_and_arrest_a_man_did_two_things(extract_events: ExtractEvents) -> None:
    text = "Officers shot and arrested a man who fired at them outside a bar in Dayton, Ohio, on Monday night."
    events = extract_events(text, published=PUBLISHED)
    assert of_type(events, "ASSAULT")
    assert [e for e in of_type(events, "COERCE") if e.mode == "arrest"]


def test_the_day_an_account_was_provided_is_not_the_shooting_day(extract_events: ExtractEvents) -> None:
    assert "provide" in announcement_verbs()
    text = (
        "Someone fired three shots through the front door of a home on Elm Street in Dayton, Ohio, over the weekend. "
        "According to a brief account provided Tuesday, police went there after a caller told them that someone "
        "had fired through the door. Police said they arrived about 2 p.m. Sunday."
    )
    assert assault_day(extract_events(text, published=PUBLISHED)) == "2020-01-05"


@pytest.mark.parametrize(
    "text",
    [
        "A woman was shot and wounded Monday on Oak Street in Joliet, Illinois, police said Tuesday.",
        "Two men were stabbed and wounded late Monday outside a bar in Dayton, Ohio, police said Tuesday.",
    ],
)
def test_a_day_after_two_coordinated_verbs_dates_both(coded_mentions: CodedMentions, text: str) -> None:
    # The parser hangs the day on the last verb; the first shares its subject and its day (each
    # mention states it, so neither is told apart from the other by a carried day).
    mentions = [m for m in coded_mentions(text, published=PUBLISHED) if m.type == "ASSAULT"]
    assert len(mentions) == 2
    assert {(m.date.value, m.date.default) for m in mentions if m.date is not None} == {("2020-01-06", False)}


def test_a_coordinated_verb_with_its_own_subject_keeps_its_own_day(extract_events: ExtractEvents) -> None:
    text = "A man was shot Sunday on Oak Street in Joliet, Illinois, and he died Monday at a hospital."
    assert assault_day(extract_events(text, published=PUBLISHED)) == "2020-01-05"


def test_a_day_set_beside_the_place_of_the_violence_is_its_stated_day(extract_events: ExtractEvents) -> None:
    # The parser hangs "Monday night" on the place ("in Joliet, Illinois, Monday night"): the day
    # is still the shooting's own, not one carried from elsewhere.
    text = (
        "A man was killed by gunfire at a gas station in Joliet, Illinois, Monday night. "
        "He was taken to a hospital, but later died. Police have not named a suspect."
    )
    main = main_assault(extract_events(text, published=PUBLISHED))
    assert main.date is not None and (main.date.value, main.date.default) == ("2020-01-06", False)


def test_a_day_beside_a_violent_noun_is_not_the_arrest_s(extract_events: ExtractEvents) -> None:
    text = "Police arrested a man in connection with a shooting Monday on Elm Street in Dayton, Ohio."
    events = extract_events(text, published=PUBLISHED)
    arrests = [e for e in of_type(events, "COERCE") if e.mode == "arrest"]
    assert arrests and arrests[0].date is not None and arrests[0].date.value != "2020-01-06"


def test_violence_in_a_phrase_after_a_dated_act_takes_the_act_s_day(extract_events: ExtractEvents) -> None:
    # "after getting shot" hangs on "went" through a preposition: the going's day is the shooting's.
    text = (
        "Police said early today that about 10:30 p.m. Monday a man went to his home on Elm Street in "
        "Joliet, Illinois, after getting shot in the arm."
    )
    assert assault_day(extract_events(text, published=PUBLISHED)) == "2020-01-06"


@pytest.mark.parametrize("state", ["was", "remained"])
def test_a_later_state_does_not_date_the_shooting_before_it(extract_events: ExtractEvents, state: str) -> None:
    # "in critical condition Monday since being shot": a state on a later day, and "since", tell
    # nothing of the shooting's day.
    text = (
        "The incident began about 10 p.m. Sunday when a gunman shot a man on Elm Street in Joliet, Illinois. "
        f"The gunman {state} in critical condition Monday since being shot by deputies, officials said."
    )
    assert {e.date.value for e in of_type(extract_events(text, published=PUBLISHED), "ASSAULT") if e.date} == {
        "2020-01-05"
    }


def test_the_words_of_an_earlier_time_load() -> None:
    from eventwire.extract.role_words import load_role_words

    assert "since" in load_role_words().earlier_time_preps


def test_a_background_day_deep_in_the_report_does_not_redate_the_story(extract_events: ExtractEvents) -> None:
    # The story's day is stated before any violent word; a court case told far below it
    # ("threatening to kill his father on Dec. 2") is background, not its day.
    text = (
        "Police said the chase began about 9 p.m. Monday, when officers tried to arrest a driver in Dayton, Ohio. "
        "The driver fled and crashed near a park. "
        "Officers said he got out of the truck holding a rifle. "
        "He was shot by two officers and died at a hospital. "
        "The state police are investigating the shooting. "
        "He had been due in court on a charge of threatening to kill his father on Dec. 2."
    )
    assert assault_day(extract_events(text, published=PUBLISHED)) == "2020-01-06"


@pytest.mark.parametrize(
    "text",
    [
        "Dayton police are investigating two shootings Monday night that killed a man and wounded another.",
        "Detectives are looking into a robbery late Monday night in which a clerk was beaten.",
    ],
)
def test_a_day_right_after_a_violent_noun_dates_that_noun(coded_mentions: CodedMentions, text: str) -> None:
    # The parser hangs "Monday night" on the clause's verb; it follows the noun and dates it as
    # a stated day (one a later day of another incident cannot outrank), not a carried default.
    noun = next(m for m in coded_mentions(text, published=PUBLISHED) if m.trigger in {"shootings", "robbery"})
    assert noun.date is not None
    assert (noun.date.value, noun.date.default) == ("2020-01-06", False)


def test_a_death_day_stated_first_leaves_the_shooting_its_day(extract_events: ExtractEvents) -> None:
    # A day within the week of the one stated first is the same story's: the headline's
    # shooting takes the day the victim was found shot, not the day she died.
    text = (
        "Teen dies after shooting in Dayton\n\n"
        "A 14-year-old girl who was shot inside a Dayton, Ohio, home has died from her injuries. "
        "She was pronounced dead Monday at a hospital. "
        "Her parents found her suffering from gunshot wounds at their home on Friday evening."
    )
    assert assault_day(extract_events(text, published=PUBLISHED)) == "2020-01-03"
