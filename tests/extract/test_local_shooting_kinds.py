"""Kinds of local crime copy that casualty counts and event days must read right.

Every sentence here is written for these tests (none is taken from an evaluation set). The
figures read are the ones a researcher reads off the report's main violent event: its largest
claim of each kind and its date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from event_support import assault_day, counted, main_assault
from spacy.language import Language

from eventwire.extract.event_dates import acting_verbs, announcement_verbs
from eventwire.extract.outcomes import sentence_outcomes
from eventwire.extract.victims import load_casualty_words
from eventwire.records import Event, EventMention

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py
CodedMentions = Callable[..., list[EventMention]]  # the `coded_mentions` fixture of conftest.py

# A Wednesday.
PUBLISHED = date(2020, 1, 8)


# --- intended, not done ---------------------------------------------------------------------------


def test_intent_words_load() -> None:
    words = load_casualty_words()
    assert {"try", "attempt", "threaten"} <= words.intent_heads
    assert "attempted" in words.intent_modifiers


@pytest.mark.parametrize(
    "text",
    [
        "The landlord was convicted of the attempted murder of two tenants.",
        "Prosecutors said the man tried to kill his neighbor with a rifle.",
        "The clerk said the robber was going to shoot him.",
        "Detectives foiled an attempt to kill the witness.",
        "The teenager threatened to shoot three classmates.",
        "Officers could not say whether anyone in the van was hurt.",
        "The second robber started shooting after he saw the owner.",
    ],
)
def test_what_was_only_intended_counts_nobody(nlp: Language, text: str) -> None:
    doc = nlp(text)
    found = sentence_outcomes(next(iter(doc.sents)))
    assert [s for s in found if s.outcome in {"killed", "injured"}] == [], [(s.outcome, s.rules) for s in found]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("The gun went off and struck the boy in the leg.", "injured"),
        ("The man was going home when he was shot in the arm.", "injured"),
        ("A jury found that the guard murdered two customers.", "killed"),
        ("The wounded cashier passed away from his injuries on Saturday.", "killed"),
        ("The shooting, which took the life of 31-year-old Dana Pruitt, happened on Elm Street.", "killed"),
    ],
)
def test_what_was_done_still_counts(nlp: Language, text: str, outcome: str) -> None:
    doc = nlp(text)
    found = sentence_outcomes(next(iter(doc.sents)))
    assert outcome in {s.outcome for s in found}, [(s.outcome, s.rules) for s in found]


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("The robber fired twice, striking the cashier in the shoulder.", "the cashier"),
        ("A deputy found a teenager shot in the alley behind the store.", "teenager"),
        ("Officers found a juvenile shot in the 400 block of Pine Road about 6:10 a.m. Monday.", "juvenile"),
        ("Shrapnel hit a woman in the face as she stood near the door.", "a woman"),
        ("The homeowner received serious injuries in the fight.", "The homeowner"),
        ("A man in his 30s shot his stepson with a hunting rifle.", "his stepson"),
    ],
)
def test_less_usual_words_for_a_wound_still_count(nlp: Language, text: str, victim: str) -> None:
    doc = nlp(text)
    found = sentence_outcomes(next(iter(doc.sents)))
    hurt = [v.text for s in found if s.outcome == "injured" for v in s.victims]
    assert any(victim in text for text in hurt), [(s.outcome, s.rules, [v.text for v in s.victims]) for s in found]


@pytest.mark.parametrize(
    "text",
    [
        "A deputy shot and killed a pit bull that charged at him.",
        "Biscuit, a 4-year-old terrier, was shot by a neighbor.",
        "Two dogs were wounded by the gunfire.",
    ],
)
def test_animals_are_no_casualties(nlp: Language, text: str) -> None:
    doc = nlp(text)
    found = sentence_outcomes(next(iter(doc.sents)))
    assert [v.text for s in found for v in s.victims] == []


def test_a_car_striking_a_man_is_no_gunshot(nlp: Language) -> None:
    doc = nlp("A car struck a man on the bridge.")
    assert sentence_outcomes(next(iter(doc.sents))) == []


# --- who the victims are --------------------------------------------------------------------------


def test_a_named_victim_is_one_of_the_group_counted_before(extract_events: ExtractEvents) -> None:
    text = (
        "Two people were found shot dead inside a house in Dayton, Ohio, on Monday afternoon. "
        "Mary Lennox, 61, had been shot in the chest, the coroner said. "
        "Her husband, Colin Lennox, 64, was also found with a gunshot wound."
    )
    event = main_assault(extract_events(text, published=PUBLISHED))
    assert (counted(event, "killed"), counted(event, "injured")) == (2, 0)


def test_one_of_a_group_nobody_counted_before_is_a_victim(extract_events: ExtractEvents) -> None:
    text = (
        "Three men robbed a pharmacy in Dayton, Ohio, on Monday night. "
        "One of the robbers was shot in the leg by the owner and treated at a hospital."
    )
    event = main_assault(extract_events(text, published=PUBLISHED))
    assert counted(event, "injured") == 1


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Four people were shot, one fatally, at a park in Dayton, Ohio, on Monday night.", (1, 3)),
        ("Three men were shot, two of them fatally, on Elm Street in Dayton, Ohio, on Monday night.", (2, 1)),
    ],
)
def test_a_share_of_the_victims_died(extract_events: ExtractEvents, text: str, figures: tuple[int, int]) -> None:
    event = main_assault(extract_events(text, published=PUBLISHED))
    assert (counted(event, "killed"), counted(event, "injured")) == figures


def test_a_name_restates_the_victim_whose_fate_it_repeats(extract_events: ExtractEvents) -> None:
    text = (
        "One man was killed and a woman was wounded in a shooting in Dayton, Ohio, on Monday night. "
        "Ray Tolliver, 31, was pronounced dead at the scene, police said."
    )
    event = main_assault(extract_events(text, published=PUBLISHED))
    assert (counted(event, "killed"), counted(event, "injured")) == (1, 1)


def test_a_shooting_told_with_another_day_is_another_incident(extract_events: ExtractEvents) -> None:
    text = (
        "A man was fatally shot on Harmon Street in Dayton, Ohio, on Monday night. "
        "Officers found him lying in the street with wounds to the chest. "
        "On Dec. 2, two men were shot and killed a block away, police said."
    )
    event = main_assault(extract_events(text, published=PUBLISHED))
    assert counted(event, "killed") == 1
    assert event.date is not None and event.date.value == "2020-01-06"


# --- the day it happened ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Two men are charged after they robbed a Dayton, Ohio, gas station at gunpoint. "
            "The robbery happened on Saturday morning, according to a police report.",
            "2020-01-04",
        ),
        (
            "A Dayton, Ohio, man faces charges after a shooting outside a bar. "
            "Officers were called to the bar at about 11 p.m. Sunday and found the front window shattered.",
            "2020-01-05",
        ),
    ],
)
def test_violence_without_a_day_of_its_own_takes_the_reports_day(
    extract_events: ExtractEvents, text: str, value: str
) -> None:
    assert assault_day(extract_events(text, published=PUBLISHED)) == value


def test_a_day_of_charging_is_not_the_reports_day(extract_events: ExtractEvents) -> None:
    text = (
        "A Dayton, Ohio, man faces charges after a shooting outside a bar. "
        "He was charged on Tuesday with felonious assault, police said."
    )
    event = main_assault(extract_events(text, published=PUBLISHED))
    assert event.date is not None and event.date.value != "2020-01-07", event.date


def test_a_day_only_said_of_the_telling_gives_way_to_the_incidents(extract_events: ExtractEvents) -> None:
    text = (
        "One man was killed and a woman wounded after a shooting Monday night in Dayton, Ohio, "
        "sheriff's detectives said Tuesday."
    )
    assert assault_day(extract_events(text, published=PUBLISHED)) == "2020-01-06"


def test_a_month_gives_way_to_the_day_the_report_states_in_it(extract_events: ExtractEvents) -> None:
    text = (
        "Two men were arrested in a drive-by shooting earlier this month in Dayton, Ohio. "
        "On Jan. 3, deputies found three cars riddled with bullet holes on Elm Street."
    )
    assert assault_day(extract_events(text, published=PUBLISHED)) == "2020-01-03"


def test_a_block_number_counts_nobody(extract_events: ExtractEvents) -> None:
    text = (
        "Police said a drive-by shooting in the 4100 block of Elm Drive killed two teenagers on Monday in Dayton, Ohio."
    )
    event = main_assault(extract_events(text, published=PUBLISHED))
    assert counted(event, "killed") == 2


def test_a_surname_the_report_named_in_full_is_a_person(nlp: Language) -> None:
    doc = nlp(
        "Deputies said 60-year-old Ernesto Quillan was walking home on Monday in Dayton, Ohio. "
        "Then one of the men pulled out a gun and shot Quillan in the chest."
    )
    last = list(doc.sents)[-1]
    hurt = [v.text for s in sentence_outcomes(last) if s.outcome == "injured" for v in s.victims]
    assert hurt == ["Quillan"]


def test_without_a_day_of_the_act_the_day_of_the_arrest_dates_it(extract_events: ExtractEvents) -> None:
    text = (
        "A Dayton, Ohio, man was arrested Monday after police said he pointed a handgun at his neighbor "
        "during an argument over a parking space."
    )
    assert assault_day(extract_events(text, published=PUBLISHED)) == "2020-01-06"


def test_date_word_lists_load() -> None:
    assert acting_verbs() <= announcement_verbs()
    assert "arrest" in acting_verbs() and "say" not in acting_verbs()


def test_a_sentence_summing_several_shootings_is_no_incidents_count(extract_events: ExtractEvents) -> None:
    text = (
        "Police in Dayton, Ohio, are investigating two separate shootings that left three men wounded on Monday night. "
        "In the first, a 24-year-old man was shot in the foot on Elm Street."
    )
    event = main_assault(extract_events(text, published=PUBLISHED))
    assert counted(event, "injured") == 1


def test_others_are_more_victims(extract_events: ExtractEvents) -> None:
    text = (
        "A drive-by shooting killed two men on Elm Street in Dayton, Ohio, on Monday night. "
        "Police said two others were injured."
    )
    event = main_assault(extract_events(text, published=PUBLISHED))
    assert (counted(event, "killed"), counted(event, "injured")) == (2, 2)


def test_one_killed_and_another_wounded(extract_events: ExtractEvents) -> None:
    text = "One man was killed and another wounded Monday night in a shooting in Dayton, Ohio, police said."
    event = main_assault(extract_events(text, published=PUBLISHED))
    assert (counted(event, "killed"), counted(event, "injured")) == (1, 1)


def test_a_wound_said_by_a_teller_is_the_victims(nlp: Language) -> None:
    doc = nlp("Dispatchers say that the victim walked into the hospital with two gunshot wounds.")
    hurt = [v.text for s in sentence_outcomes(next(iter(doc.sents))) if s.outcome == "injured" for v in s.victims]
    assert hurt == ["the victim"]


# --- a gun used to strike: pistol-whipping ------------------------------------------------------


def test_whipping_needs_a_gun_to_hurt_in_the_casualty_verbs() -> None:
    entry = load_casualty_words().verbs["whip"]
    assert entry.outcome == "injured" and "pistol" in entry.hits


@pytest.mark.parametrize(
    "text",
    [
        "Two masked men invaded a home on Oak Street, pistol whipped the resident and fled with cash Thursday.",
        "Three men stormed a home on Arch Street in Camden on Monday, taking jewelry and pistol whipping a resident.",
        "A clerk was pistol-whipped during a robbery at a gas station on Main Street in Akron, Ohio, on Monday.",
    ],
)
def test_a_person_struck_with_a_gun_is_injured(extract_events: ExtractEvents, text: str) -> None:
    assert counted(main_assault(extract_events(text, published=PUBLISHED)), "injured") == 1


def test_whipping_with_no_gun_hurts_nobody(nlp: Language) -> None:
    doc = nlp("The senator whipped the votes for the bill and the driver whipped the horses on Monday.")
    assert [s for s in sentence_outcomes(next(iter(doc.sents))) if s.outcome == "injured"] == []


def test_a_bare_base_form_hung_on_a_past_verb_is_no_death(nlp: Language) -> None:
    # The closing quote mark makes the parser hang "kill" on "resumed"; a bare "kill" with no
    # subject and no auxiliary reports no past act.
    doc = nlp(
        "Doe went into the bedroom and the two resumed their argument, which escalated to the point of Doe "
        "saying he was going to “put an end to her,” and kill her, according to the sheriff’s office."
    )
    assert [s for s in sentence_outcomes(next(iter(doc.sents))) if s.outcome == "killed"] == []


def test_a_past_verb_coordinated_with_a_killing_still_counts(nlp: Language) -> None:
    doc = nlp("A man shot and killed his neighbor on Elm Street in Tulsa on Monday.")
    killed = [v.text for s in sentence_outcomes(next(iter(doc.sents))) if s.outcome == "killed" for v in s.victims]
    assert killed == ["his neighbor"]


# --- "others" after a count of animals ------------------------------------------------------------


def test_others_after_counted_animals_are_animals(extract_events: ExtractEvents) -> None:
    text = (
        "So far this winter, state agents have tracked and killed five coyotes near Omak, Washington. "
        "Four others in the valley have been killed by hunters."
    )
    events = extract_events(text, published=PUBLISHED)
    assert all(counted(e, "killed") == 0 for e in events)


def test_others_after_counted_people_are_people(extract_events: ExtractEvents) -> None:
    text = "Gunmen killed two men on Elm Street in Tulsa, Oklahoma, on Monday. Four others were wounded."
    main = main_assault(extract_events(text, published=PUBLISHED))
    assert (counted(main, "killed"), counted(main, "injured")) == (2, 4)


def test_the_one_who_pistol_whipped_is_not_a_victim(nlp: Language) -> None:
    # The tagger reads "pistol-whipped" after "who" as a participle; "who" did it.
    doc = nlp(
        "Police are looking for a man who allegedly pistol-whipped and robbed a 63-year-old woman on a street "
        "in Elizabeth, New Jersey, on Thursday."
    )
    hurt = [v.text for s in sentence_outcomes(next(iter(doc.sents))) if s.outcome == "injured" for v in s.victims]
    assert "a man" not in hurt


# --- a member of the group, and the doer of coordinated participles -------------------------------


def test_member_preps_load() -> None:
    assert "including" in load_casualty_words().member_preps


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Four people were shot Saturday night, including a woman who later died.", 1, 3),
        ("Officers found four people with gunshot wounds, including a woman who later died.", 1, 3),
        # controls: a member who shares the group's fate is no one more
        ("Five people, including a 10-year-old girl, were injured when gunfire erupted at a park.", 0, 5),
        ("Three people were shot and killed Sunday, including a 5-year-old boy.", 3, 0),
    ],
)
def test_a_member_named_after_including_is_one_of_the_group(
    extract_events: ExtractEvents, text: str, killed: int, injured: int
) -> None:
    assault = main_assault(extract_events(text, published=PUBLISHED))
    assert (counted(assault, "killed"), counted(assault, "injured")) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "actor", "sector"),
    [
        ("The gunman was shot and wounded by responding officers on Monday.", "officers", "MIL"),
        ("The suspect was shot by arriving deputies on Monday.", "deputies", "COP"),
        ("A woman was shot and killed on Monday by her husband.", "her husband", "CVL"),
    ],
)
def test_the_by_of_shot_and_wounded_names_who_shot(
    extract_events: ExtractEvents, text: str, actor: str, sector: str
) -> None:
    assault = main_assault(extract_events(text, published=PUBLISHED))
    assert assault.actor is not None and (assault.actor.text, assault.actor.sector) == (actor, sector)


@pytest.mark.parametrize(
    "text",
    [
        "Police said the suspect opened fire on officers, who returned fire and killed him.",
        "The gunman shot at deputies, who fired back and wounded him in the leg.",
    ],
)
def test_a_relative_clauses_joined_verb_is_done_by_its_noun(coded_mentions: CodedMentions, text: str) -> None:
    hurt = [m for m in coded_mentions(text) if m.trigger in {"killed", "wounded"}]
    assert [(m.type, m.actor.sector if m.actor else None) for m in hurt] == [("ASSAULT", "COP")]
