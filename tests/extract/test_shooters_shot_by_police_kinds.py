"""Kinds of construction written for these tests: a gunman shot by the police after his own
killings ("killing two people ... before he was fatally shot by an off-duty deputy", "The gunman
was then shot and killed by a deputy"): he is none of his victims, and counts when shot; and a
person hit in a part of the body ("was hit in the leg") with no weapon named; and a victim noun
that says what befell them ("three gunshot victims", "the homicide victim"; casualty_words
victim_compounds); a death restated by a plain description ("The 20-year-old was pronounced
dead") is the dead one; and a definite group ("Both women were taken to the hospital") restates
no more people than those counted."""

from __future__ import annotations

import pytest
from event_support import tally_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "A gunman opened fire outside a nightclub early Sunday, killing two people and wounding four others "
            "before he was fatally shot by an off-duty deputy.",
            3,
            4,
        ),
        (
            "A gunman opened fire outside a nightclub early Sunday, killing two people and wounding four others. "
            "The gunman was then shot and killed by an off-duty deputy.",
            3,
            4,
        ),
        ("A gunman killed one person at a gas station Saturday before an off-duty deputy shot him dead.", 2, 0),
        # controls: the man police shoot is the suspect of the same report; people taken to a
        # hospital by police are the officers hurt
        (
            "Police shot a man who was waving a gun outside a bar Saturday. The suspect was taken to a hospital "
            "in stable condition.",
            0,
            1,
        ),
        (
            "A gunman shot two officers outside the station Saturday. Both were taken to a hospital by police.",
            0,
            2,
        ),
    ],
)
def test_a_gunman_shot_by_the_police_is_none_of_his_victims(
    nlp: Language, text: str, killed: int, injured: int
) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("The spectator was not struck, but a 10-year-old player was hit in the leg.", 1),
        ("A woman walking her dog was struck in the shoulder.", 1),
        # controls: a hit with no body part and nothing fired hurts nobody; a blow a person gives
        # ("striking him in the head") is no shot
        ("The candidate was hit in the polls.", 0),
        ("The storm hit the town on Sunday.", 0),
        ("He wrestled the weapon away from Smith before striking him in the head.", 0),
    ],
)
def test_a_person_hit_in_the_body_is_hurt(nlp: Language, text: str, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": 0, "injured": injured}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Officers located three gunshot victims at the scene. One of the victims succumbed to his injuries. "
            "The remaining two victims are listed in stable condition.",
            1,
            2,
        ),
        ("Police identified the homicide victim as John Doe, 25.", 1, 0),
        # controls: victims of another time, named by no count, are nobody of this report; a victim
        # not found or only possible is nobody
        ("Families of shooting victims gathered at City Hall on Monday.", 0, 0),
        ("Officers have not found a gunshot victim.", 0, 0),
        ("Officers responded to reports of a possible shooting victim on Elm Street.", 0, 0),
    ],
)
def test_a_victim_noun_says_what_befell_them(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Soldiers gunned down five militants in Kech on Sunday.", 5, 0),
        ("A clerk suffered a laceration to his hand during the robbery.", 0, 1),
        # controls: "shot down the street" is no death; a budget's cuts hurt nobody
        ("A man was shot down the street from the bar.", 0, 1),
        ("The budget suffered deep cuts this year.", 0, 0),
    ],
)
def test_gunned_down_is_dead_and_a_laceration_a_wound(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Two men were shot, one fatally, last night on Elm Street. The 20-year-old was pronounced dead at "
            "Mount Sinai Hospital. The 23-year-old is in good condition.",
            1,
            1,
        ),
        (
            "A police officer was wounded and a suspect was killed in a shootout Sunday. Officers returned fire, "
            "hitting the man, who was pronounced dead at the scene.",
            1,
            1,
        ),
        # control: a restated person whose noun says who they are moves to the worse fate
        (
            "A woman was killed and a man was wounded in a shooting Sunday. The man later died at the hospital.",
            2,
            0,
        ),
    ],
)
def test_a_death_restated_by_a_plain_description_is_the_dead_one(
    nlp: Language, text: str, killed: int, injured: int
) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a definite group restates no more than those counted: the other woman was not shot
        (
            "A gunman shot one woman and assaulted a second woman Saturday. Both women were taken to the "
            "hospital in stable condition.",
            0,
            1,
        ),
        ("Two men were shot Sunday. The men were taken to a hospital.", 0, 2),
    ],
)
def test_a_definite_group_restates_no_more_than_those_counted(
    nlp: Language, text: str, killed: int, injured: int
) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}
