"""Kinds of local crime copy that counted a victim twice, or a death or wound of another time.

Every sentence here is written for these tests (none is taken from an evaluation set).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import counted, main_assault, tally_of
from spacy.language import Language

from eventwire.extract.victims import dated_aside, is_statistics, load_casualty_words
from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a second clause with its own subject says who died: not all the people shot
        ("Four men were shot and one of them was killed in Dayton on Saturday night.", 1, 3),
        ("Two women were stabbed and one of them later died in Tulsa on Monday.", 1, 1),
        # "shot and killed" is still one death of the one shot
        ("A clerk was shot and killed during a robbery in Tulsa on Monday.", 1, 0),
        # a named person whose fate the sentence repeats is one of the group with that fate
        (
            "A dispute at a bar in Camden ended in gunfire, leaving three men dead and two others in "
            "the hospital with gunshot wounds. John Mercer, 41, was pronounced dead at Cooper Hospital.",
            3,
            2,
        ),
        # a person described by their fate in a relative clause is one who has it
        (
            "A gunman killed one man and wounded two other men in Dayton on Saturday. "
            "One of the wounded men was shot in the arm. "
            "The identity of the man who was killed has not been released.",
            1,
            2,
        ),
        # "wounded three" beside "killed two" are others: "three others were shot" restates them
        (
            "Gunfire at a party in Akron killed two men and wounded three, police said Sunday. "
            "Three others were shot in the incident and taken to a hospital.",
            2,
            3,
        ),
        # two fates of one named person in one sentence: the worse says whom the name restates
        (
            "Man dies and woman injured after shooting in Gary. Marcus Reed, 30, was found with a gunshot "
            "wound to the head and was pronounced dead at the scene, police said.",
            1,
            1,
        ),
        # a new phrase restating someone restates one who already has its fate
        (
            "A police officer was wounded and another man is dead after a shootout in Hamilton on Saturday. "
            "We've got a 19-year-old that has been shot and killed, the chief said.",
            1,
            1,
        ),
        # a bare figure of the wounded is not the dead of its own sentence
        ("Gunfire at a party in Akron killed two men and wounded three, police said Sunday.", 2, 3),
        # the same with a vague figure: "dozens" (at least 12) are not the fifteen dead
        ("A truck bomb hit a market in Mosul on Friday, killing 15 people and wounding dozens.", 15, 12),
    ],
)
def test_a_restated_victim_counts_once(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


def test_a_month_and_year_date_an_aside(nlp: Language) -> None:
    sent = next(iter(nlp("Luis Ortega, 24, was fatally shot outside the same bar in August of 2011.").sents))
    assert dated_aside(sent)
    sent = next(iter(nlp("Luis Ortega, 24, was fatally shot outside the same bar in Sept. 2009.").sents))
    assert dated_aside(sent)
    sent = next(iter(nlp("Luis Ortega, 24, was fatally shot outside the same bar on Friday.").sents))
    assert not dated_aside(sent)


def test_a_named_death_of_an_earlier_year_is_another_incident(extract_events: ExtractEvents) -> None:
    text = (
        "A man was shot and killed outside a bar in Trenton, New Jersey, on Friday, police said. "
        "Police identified him as Mark Doyle, 30. "
        "Luis Ortega, 24, was fatally shot outside the same bar in August of 2011."
    )
    event = main_assault(extract_events(text))
    assert (counted(event, "killed"), counted(event, "injured")) == (1, 0)


def test_a_counted_plural_of_incidents_is_a_tally(nlp: Language) -> None:
    sent = next(iter(nlp("In November, the group counted 57 shooting incidents which left 71 people wounded.").sents))
    assert is_statistics(sent)
    sent = next(iter(nlp("The shooting incident left two people wounded on Elm Street.").sents))
    assert not is_statistics(sent)


@pytest.mark.parametrize(
    "text",
    [
        # the subject of a shooting seen or heard is the shooter
        "Witnesses told officers that two men were seen shooting on the street before they fled in a car.",
        "A teenager was heard shooting in the alley behind the store.",
    ],
)
def test_people_seen_shooting_are_no_victims(nlp: Language, text: str) -> None:
    assert tally_of(nlp, text) == {"killed": 0, "injured": 0}


def test_people_shot_in_nearby_locations_are_a_roundup(nlp: Language) -> None:
    sent = next(
        iter(nlp("Two people were shot at about the same time Saturday night in nearby Dayton locations.").sents)
    )
    assert is_statistics(sent)


def test_a_shooting_placed_before_its_victim_places_the_victim(extract_events: ExtractEvents) -> None:
    text = (
        "Four people were wounded in shootings in Oakland, California, overnight, police said. "
        "The latest shooting happened at 2:50 a.m. Sunday in the 2600 block of Elm Avenue. "
        "A 41-year-old man was shot in the leg. He was taken to a hospital. "
        "About 1:50 a.m. Sunday a 19-year-old woman was shot in the arm in the 1200 block of Oak Street."
    )
    event = main_assault(extract_events(text))
    assert (counted(event, "killed"), counted(event, "injured")) == (0, 1)


def test_the_month_words_load() -> None:
    words = load_casualty_words()
    assert {"sept", "jan", "december"} <= words.month_words
    assert "decided" not in words.month_words


def test_a_month_and_day_date_an_aside(nlp: Language) -> None:
    sent = next(iter(nlp("Classes resumed a week after the Jan. 21 shooting that killed student Aaron Keller.").sents))
    assert dated_aside(sent)
    sent = next(iter(nlp("Classes resumed after the shooting that killed student Aaron Keller on Monday.").sents))
    assert not dated_aside(sent)
    sent = next(iter(nlp("The student decided 3 times to leave the school.").sents))
    assert not dated_aside(sent)


def test_a_named_death_of_an_earlier_day_is_another_incident(extract_events: ExtractEvents) -> None:
    text = (
        "A student was shot and wounded at a college in Lafayette, Indiana, on Friday, police said. "
        "Classes resumed a week after the Jan. 21 shooting that killed student Aaron Keller."
    )
    event = main_assault(extract_events(text))
    assert (counted(event, "killed"), counted(event, "injured")) == (0, 1)


def test_a_robber_stabbed_in_a_shooting_is_no_gunshot_victim(extract_events: ExtractEvents) -> None:
    text = (
        "A robber fired a shotgun at a couple outside their home in Oakland, California, early Saturday, "
        "police said. The man then stabbed the gunman in the struggle, police said."
    )
    event = main_assault(extract_events(text))
    assert (counted(event, "killed"), counted(event, "injured")) == (0, 0)


def test_a_stabbing_without_gunfire_keeps_its_victim(extract_events: ExtractEvents) -> None:
    event = main_assault(extract_events("A man was stabbed in Tulsa, Oklahoma, on Monday. He was taken to a hospital."))
    assert (counted(event, "killed"), counted(event, "injured")) == (0, 1)


def test_the_hand_modes_load() -> None:
    assert {"stabbing", "beating"} <= load_casualty_words().hand_modes
    assert "nearly" in load_casualty_words().near_miss_modifiers
    assert "precaution" in load_casualty_words().precaution_words
    assert "believe" in load_casualty_words().doubt_heads


def test_a_month_alone_dates_an_aside(nlp: Language) -> None:
    sent = next(iter(nlp("Jon Marsh, a 17-year-old student, was killed on the same street in November.").sents))
    assert dated_aside(sent)
    sent = next(iter(nlp("Jon Marsh, a 17-year-old student, was killed on the same street in Newark.").sents))
    assert not dated_aside(sent)


def test_a_later_named_death_of_another_month_leaves_the_wounded_man_alive(extract_events: ExtractEvents) -> None:
    text = (
        "An 18-year-old man was injured Saturday morning in a shooting in Annapolis, Maryland, police said. "
        "Jon Marsh, a 17-year-old student, was killed on the same street in November."
    )
    event = main_assault(extract_events(text))
    assert counted(event, "injured") == 1


def test_links_to_related_articles_are_page_furniture(nlp: Language) -> None:
    sent = next(iter(nlp("Related Articles Police kill suspect who ambushed an officer in Fremont").sents))
    assert is_statistics(sent)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # an act that fell short hit nobody; a man nearly killed was hurt
        ("Celebratory gunfire nearly hit a man outside his home in Atlanta on New Year's Eve.", 0, 0),
        ("A stray bullet almost struck a girl in her bedroom in Atlanta on Monday.", 0, 0),
        ("A man was nearly killed in a shooting in Atlanta on Monday.", 0, 1),
    ],
)
def test_a_near_miss_hits_nobody(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # taken to a hospital as a precaution or for evaluation: nobody hurt
        ("No officers were injured, though one officer was taken to a hospital as a precaution.", 0),
        ("The driver was taken to a hospital for evaluation after the crash.", 0),
        ("The driver was taken to a hospital for treatment of a gunshot wound.", 1),
    ],
)
def test_a_precaution_is_no_injury(nlp: Language, text: str, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": 0, "injured": injured}


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # a clause under a denied belief is not known to have happened
        ("Police did not believe that the victim had actually been shot.", 0),
        ("Officers could not confirm that anyone was hit by the gunfire.", 0),
        # a question about a fact presumes it
        ("Police do not know who shot the man.", 1),
        ("Police did not say how the woman was hurt.", 1),
        ("Police said the victim was shot in the leg.", 1),
    ],
)
def test_a_denied_belief_tells_no_outcome(nlp: Language, text: str, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": 0, "injured": injured}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "also" brings in one more, of a fate nobody counted had: not the dead man restated
        (
            "The man killed Monday night in a double shooting in Tulsa has been identified as Dale Pruitt. "
            "The shooting, which happened on Elm Street, also injured a 57-year-old man, police said.",
            1,
            1,
        ),
        (
            "A woman was shot and killed in Dayton, Ohio, on Saturday night. A teenager was also wounded, police said.",
            1,
            1,
        ),
        # ... but of a fate a counted group has, the phrase may restate members of that group
        (
            "Two men were killed and four others were shot in Camden on Saturday, including two women. "
            "Two women in their 20s were also shot, but their conditions are not considered life-threatening.",
            2,
            4,
        ),
    ],
)
def test_also_adds_a_person_of_a_new_fate(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


def test_the_adverbs_that_add_victims_load() -> None:
    assert "also" in load_casualty_words().additive_adverbs


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a participle the parser read as the sentence's verb, its real verb left a bare clause
        ("A young man shot at close range during a home invasion in Toledo is making a recovery.", 0, 1),
        ("The man killed Monday night in a double shooting in Tulsa has been identified as Dale Pruitt.", 1, 0),
        # read as written: a shooter who fired at a car hit nobody
        ("The man shot at a passing car on Elm Street in Tulsa on Monday, police said.", 0, 0),
    ],
)
def test_a_misread_participle_counts_its_noun(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # a listing restates each known person it matches, and adds the one it matches nobody for
        (
            "A teenage girl was wounded in a shooting on Elm Street in Tulsa early Sunday. "
            "A man and a teenage girl were wounded in the shooting, police said.",
            2,
        ),
        # every one matching a known person: the same two
        (
            "A man and a girl were wounded in a shooting on Elm Street in Tulsa early Sunday. "
            "A 24-year-old man and a 16-year-old girl showed up at a hospital, where both were treated for wounds.",
            2,
        ),
    ],
)
def test_a_listing_adds_only_whom_it_matches_nobody_for(nlp: Language, text: str, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": 0, "injured": injured}
