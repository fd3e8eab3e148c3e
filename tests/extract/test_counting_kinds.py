"""Kinds of local crime copy that made casualty counts too high or too low.

Every sentence here is written for these tests (none is taken from an evaluation set). A tally
counts the people of one incident: a figure for a city's year, a roundup of a weekend's
shootings, an animal, a body part, a sentence printed twice or a victim named by two verbs must
not add people.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import counted, main_assault, tally_of
from spacy.language import Language

from eventwire.extract.casualties import Incidents
from eventwire.extract.outcomes import sentence_outcomes
from eventwire.extract.victims import is_statistics, load_casualty_words, victims_of
from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


def test_the_new_word_lists_load() -> None:
    words = load_casualty_words()
    assert "sixth" in words.ordinal_words
    assert "either" in words.no_count_determiners
    assert "detention" in words.custody_words
    assert "shooting" in words.roundup_nouns
    assert "cougar" in words.animal_nouns
    assert {"recover", "recuperate"} <= words.recovery_verbs
    assert {"attendant", "jogger", "cyclist"} <= set(words.person_nouns)
    assert {"possible", "unclear"} <= words.uncertain_adjectives


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # one victim named by two verbs of one sentence is one person
        ("A woman was killed on Monday. Another man was shot and killed on Tuesday.", 2, 0),
        # "a second man" restates the two men counted before
        ("Two men were hurt in a shooting. One man was badly wounded and a second man was shot in the hand.", 0, 2),
        ("A man was critically wounded and a second man was shot in the hand.", 0, 2),
        # the plural pronoun is the people named last
        (
            "A man was shot dead on Pine Road. A woman and a boy were also shot. "
            "Both were flown to a trauma centre, where they were declared dead.",
            3,
            0,
        ),
        # the body is where the bullet went
        ("A woman was struck by a bullet in her upper body.", 0, 1),
        ("The body of a man was found in a ditch.", 1, 0),
        # nobody in particular
        ("Officers had no reports that either driver was hurt.", 0, 0),
        # a place of custody is no hospital
        ("Deputies took all four teenagers to the juvenile detention center.", 0, 0),
        ("Deputies took the two men to a trauma center.", 0, 2),
        # a modal on the first of two verbs covers both; a body that might be found is nobody's death
        ("Neighbours fear the gang could get bolder and shoot a child.", 0, 0),
        ("She feared the robber would take her somewhere her body might never be found.", 0, 0),
        # two people of one listing are two people, named or not
        ("A neighbour shot Dale Pruitt and a 30-year-old woman during the break-in.", 0, 2),
        ("Dale Pruitt and Mona Crane were in critical condition on Sunday.", 0, 2),
        # a plea not to hurt anyone hurts nobody; a headline name beside a lede phrase is one person
        ("She begged him not to take the van or hurt her two sons.", 0, 0),
        ("The woman pleaded for him to not take the car or hurt her.", 0, 0),
        # ... but a past verb beside a negated one happened
        ("He didn't say a word and shot the clerk.", 0, 1),
        # a day hung on "dead" is no one it is said of
        (
            "Detectives are investigating an early morning shooting that left one person dead Wednesday. "
            "Around 2:40 a.m., a man was taken to a hospital.",
            1,
            0,
        ),
        # "whose body": the one the relative clause tells of
        ("Police released the name of a 25-year-old man whose body was found in a ditch on Monday.", 1, 0),
        # talk about killing kills nobody; nor does a death in a clause of what someone would do
        ("He was seen walking down Elm Street while rambling about killing his neighbour.", 0, 0),
        ("He told the passenger he would kill as many officers as he could until he died.", 0, 0),
        # "one of them" after a count of animals is an animal
        ("Deputies were confronted by two aggressive pit bull dogs. A deputy shot and killed one of them.", 0, 0),
        ("Two men confronted the deputies. A deputy shot and killed one of them.", 1, 0),
        # a clause said to be only possible is not known to have happened
        ("It's possible a person was shot and fled, the lieutenant said.", 0, 0),
        ("It is clear a man was shot.", 0, 1),
        # a custody place named with a modifier of a modifier is no hospital
        ("The student was transported to the Juvenile Assessment Center and faces charges.", 0, 0),
        # a name given to an animal, and "both" after a count of animals, are animals
        (
            "Someone shot and killed two family pets, Mick and Remy. "
            "Police are looking for the person who killed Mick.",
            0,
            0,
        ),
        ("He found his two beloved pups by the creek. Both were shot in the head.", 0, 0),
        ("Two men were shot on Elm Street on Monday. Both were taken to a hospital.", 0, 2),
        # getting over the violence its phrase names; not recovering a gun
        ("Two men are recovering after a shooting Saturday afternoon in Bessemer.", 0, 2),
        ("A woman is recuperating from gunshot wounds at home.", 0, 1),
        ("Police recovered a handgun after the shooting on Monday.", 0, 0),
        ("The neighbourhood is recovering after a shooting on Monday.", 0, 0),
        # people named by their work or pastime
        ("A parking lot attendant is recovering after being shot in the arm during a robbery.", 0, 1),
        ("A jogger and a cyclist were shot near the river on Monday.", 0, 2),
        # a relative owned by a pronoun is someone else than its owner
        ("A professor was seriously injured and her husband killed on Tuesday.", 1, 1),
        ("A woman and her son were shot on Monday. Her son died.", 1, 1),
        # "after a man was slain", parsed with "a man" on "after": he is the one slain
        ("Police are investigating after a 68-year-old man was slain and another man critically injured.", 1, 1),
        ("Lou Ferris, 20, died in a shooting A Dayton man was shot and killed by deputies.", 1, 0),
        # a participle clause takes the main clause's subject
        ("Three men arrived at the hospital after suffering gunshot wounds.", 0, 3),
        # animals
        ("Game wardens killed three bears near the lake this spring.", 0, 0),
        # "others" beside a victim are others; a fighter is a person killed
        ("A rebel fighter was killed and six others were wounded.", 1, 6),
        ("A rebel commander was killed and six others were wounded.", 1, 6),
    ],
)
def test_a_tally_counts_each_person_once(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed and nine others wounded in shootings across the county over the holiday.",
        "Shooting incidents left four men wounded on the east side on Saturday.",
        "The attack was the first of six incidents that left two women dead on Friday.",
    ],
)
def test_a_roundup_of_several_incidents_is_no_incident(nlp: Language, text: str) -> None:
    sent = next(iter(nlp(text).sents))
    assert is_statistics(sent)


def test_a_single_shooting_is_no_roundup(nlp: Language) -> None:
    sent = next(iter(nlp("Two men were wounded in a shooting on the east side on Saturday.").sents))
    assert not is_statistics(sent)


def test_an_ordinal_homicide_counts_incidents_not_victims(nlp: Language) -> None:
    sent = next(iter(nlp("The killing was Springfield's ninth homicide of the year.").sents))
    assert [s for s in sentence_outcomes(sent) if s.rules == ["noun"]] == []


def test_an_ordinal_victim_is_restating_not_additive(nlp: Language) -> None:
    sent = next(iter(nlp("A second man was shot.").sents))
    (victim,) = victims_of(next(t for t in sent if t.lower_ == "man"))
    assert victim.reference == "new"
    sent = next(iter(nlp("Another man was shot.").sents))
    (victim,) = victims_of(next(t for t in sent if t.lower_ == "man"))
    assert victim.reference == "additive"


def test_a_sentence_printed_twice_is_told_once(nlp: Language) -> None:
    doc = nlp(
        "A man was shot on Elm Street on Monday night, police said. "
        "He was taken to a hospital in stable condition. "
        "Advertisement A man was shot on Elm Street on Monday night, police said."
    )
    incidents = Incidents()
    told = [(sent.text, incidents.repeated(sent)) for sent in doc.sents]
    # "Advertisement" is a sentence of its own (a run-in word before the lede's "A"), and no repeat
    assert [repeated for _, repeated in told] == [False, False, False, True], told
    assert told[-1][0].startswith("A man was shot")


def test_a_repeated_report_counts_its_victim_once(extract_events: ExtractEvents) -> None:
    text = (
        "Two women were wounded in a shooting in Dayton, Ohio, on Monday night, police said. "
        "One woman was hit in the arm and a second woman was hit in the leg, police said. "
        "Advertisement One woman was hit in the arm and a second woman was hit in the leg, police said."
    )
    event = main_assault(extract_events(text))
    assert (counted(event, "killed"), counted(event, "injured")) == (0, 2)


def test_an_earlier_killing_on_the_same_block_is_another_incident(extract_events: ExtractEvents) -> None:
    text = (
        "A man was wounded in a shooting in Dayton, Ohio, on Monday night, police said. "
        "He is in stable condition. "
        "A teenager was shot and killed on the same block last month, neighbours said."
    )
    event = main_assault(extract_events(text))
    assert (counted(event, "killed"), counted(event, "injured")) == (0, 1)


def test_a_named_victims_fate_far_below_the_shooting_is_its_fate(extract_events: ExtractEvents) -> None:
    text = (
        "Deputies are investigating a shooting at a farmhouse near Dayton, Ohio, on Saturday. "
        "The sheriff named the people who were there as Carl Mott and Vera Lund. "
        "Neighbours said the two had argued for weeks. "
        "They said the road is usually quiet. "
        "Deputies asked for tips. "
        "Lund was pronounced dead at the hospital."
    )
    event = main_assault(extract_events(text))
    assert counted(event, "killed") == 1


def test_a_person_only_taken_to_a_hospital_far_below_is_not_counted(extract_events: ExtractEvents) -> None:
    text = (
        "Deputies are investigating a shooting at a farmhouse near Dayton, Ohio, on Saturday. "
        "Nobody was hit, the sheriff said. "
        "Neighbours said the two men had argued for weeks. "
        "They said the road is usually quiet. "
        "Deputies asked for tips. "
        "Later a woman was taken to the hospital after a fall on Main Street."
    )
    event = main_assault(extract_events(text))
    assert counted(event, "injured") == 0


# --- shots fired at people, homes or cars; a gunshot wound (issue 13 item 4) ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Someone fired at a parked car on Elm Street in Dayton, Ohio, on Monday night, police said.",
        "A gunman fired into a parked van outside a bar in Dayton, Ohio, on Monday night, police said.",
        "A man fired through the front door of a home in Dayton, Ohio, on Monday night, police said.",
        "A gunshot was fired at a house on Elm Street in Dayton, Ohio, on Monday night, police said.",
        "A teenager arrived at a hospital in Dayton, Ohio, with a gunshot wound on Monday night, police said.",
    ],
)
def test_shots_fired_at_a_target_and_a_gunshot_wound_are_an_assault(extract_events: ExtractEvents, text: str) -> None:
    event = main_assault(extract_events(text))
    assert event.mode == "firearms"


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a man for carrying a loaded handgun in Dayton, Ohio, on Monday.",
        "The company fired its manager in Dayton, Ohio, on Monday.",
    ],
)
def test_a_gun_carried_or_a_worker_fired_is_no_assault(extract_events: ExtractEvents, text: str) -> None:
    assert [e for e in extract_events(text) if e.type == "ASSAULT"] == []


def test_a_person_with_a_gunshot_wound_is_counted(extract_events: ExtractEvents) -> None:
    text = "A woman arrived at a hospital in Dayton, Ohio, with a gunshot wound on Monday, police said."
    event = main_assault(extract_events(text))
    assert counted(event, "injured") == 1


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "another" than the attacker is no additional victim
        ("A man was shot by deputies after he stabbed another man in a parking lot.", 0, 2),
        (
            "A woman was arrested after she shot another woman. Police said the woman shot another woman in the arm.",
            0,
            1,
        ),
        # a passive conjunct shares the subject
        ("A man thought to be in his 30s was shot and killed on Elm Street.", 1, 0),
        ("A woman ran from the car and was shot in the back.", 0, 1),
        # struck with a gun is hurt by it; struck by a car is no shooting
        ("The robber hit the clerk with his handgun and ran.", 0, 1),
        ("The robber hit the clerk with a stapler and ran.", 0, 0),
        # "nobody" is a zero, not a person
        ("Nobody was hurt in the fight.", 0, 0),
    ],
)
def test_another_than_the_attacker_and_nobody(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


def test_the_blanket_zero_words_load() -> None:
    words = load_casualty_words()
    assert "nobody" in words.blanket_zero_phrases
    assert "were" in words.blanket_zero_next
    assert "injuries" in words.blanket_zero_nouns


def test_a_sentence_denying_any_injury_counts_nobody_after_the_denial(extract_events: ExtractEvents) -> None:
    text = (
        "Shots were fired into a car on the highway on Friday. "
        "There were no injuries reported, though both drivers were taken to the hospital for evaluation."
    )
    event = main_assault(extract_events(text))
    injured = [q.value for q in event.quantities if q.kind == "injured"]
    assert injured == [0]


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot in the arm on Oak Avenue on Monday, but no one else was injured.",
        "A woman was wounded when gunfire erupted on Pine Street on Sunday, but nobody was hurt inside the store.",
    ],
)
def test_a_victim_named_before_a_denial_is_still_counted(extract_events: ExtractEvents, text: str) -> None:
    assert counted(main_assault(extract_events(text)), "injured") == 1


def test_the_owned_wound_words_load() -> None:
    words = load_casualty_words()
    assert "injuries" in words.owned_wounds
    assert "bullet" not in words.owned_wounds


@pytest.mark.parametrize(
    "text",
    [
        "Gunfire broke out near a laundromat on Elm Street on Friday. "
        "The clerk's injuries were not considered life-threatening.",
        "Shots rang out near a gas station on Route 9 on Monday. The driver's wounds were described as minor.",
    ],
)
def test_the_owner_of_injuries_is_hurt(extract_events: ExtractEvents, text: str) -> None:
    assert counted(main_assault(extract_events(text)), "injured") == 1


def test_the_owner_of_a_bullet_is_not_hurt(nlp: Language) -> None:
    tally = tally_of(nlp, "Gunfire broke out near a bakery on Friday. The officer's bullet struck a wall.")
    assert tally.get("injured", 0) == 0
