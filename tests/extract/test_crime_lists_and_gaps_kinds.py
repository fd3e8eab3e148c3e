"""Kinds of wording written for these tests: crime copy whose victims the parse hides.

- A list of people the parser reads as an apposition: "wounding a 14-year-old girl, a 19-year-old
  man and a 45-year-old woman" (the man apposed to the girl, the woman his conjunct) is three
  people (victims.py `_listed_apposition`); "the victim, a 30-year-old man and father of two" is
  one.
- A gapped passive the tagger reads as a finite past: "A man was killed and his wife wounded"
  (tree.py `gapped_passive`): the wife was wounded; she shot nobody.
- A small clause of leaving or finding lends its verb the same way: "left one 19-year-old man dead
  and another 19-year-old man wounded" (the parser makes the second man the subject of "wounded");
  "found one man dead and another seriously wounded" (with "another" joined to the man and
  "wounded" hung on the sentence's verb) is one dead and one hurt (outcomes.py `_conjunct_before`,
  `_own_fate_after`).
- "his wife had shot her .38 caliber revolver" (the parser makes "her" the object and "revolver" an
  adverb): her gun, not her (victims.py `_owns_a_weapon`).
- "The teen shot Sunday in Columbus has died" (the parser reads "teen shot" as a noun with a day
  hung on it): the teen died (outcomes.py `_person_before_participle`).
- "he was going to kill her and then kill himself" (the second "kill" hung on "going"): a plan.
- "A teenager is fighting for his life after being shot": a struggle to live, no clash
  (shape.py `_fights_for_life`, role_words.json `struggle_objects`).
- "indicted a Toledo man in the fatal shooting" (the parser hangs "in" on the man): the case of the
  indictment, not the grand jury's act (roles.py `case_violence_is_not_the_arresters`).
- A "who" clause the parser hangs on a thing tells of the person before it ("met with a black
  male in his thirties who was shot", "A second victim was found at the scene who had been
  shot": victims.py `_person_for_who`); "one of two people shot at the home", with "shot" tagged
  a past on the object of "of", is two people shot (outcomes.py `_misread_past_participle`).
- A body part struck stands for its owner: "The bullet grazed the officer's arm", "A bullet struck
  his leg" (outcomes.py `_owner_of_part`; role_words.json `body_parts`); "the car's windshield" is
  nobody's body.
- A person named by name alone, shot by nobody named, is a civilian attacked (acled_rules.json
  `vac.unknown-attacker`), not an armed clash.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import counted, main_assault, tally_of
from spacy.language import Language

from eventwire.extract.role_words import load_role_words
from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Gunfire erupted at a birthday party in Stockton on Sunday night, wounding a 14-year-old girl, "
            "a 19-year-old man and a 45-year-old woman.",
            0,
            3,
        ),
        ("Shots were fired outside a bar on Friday, wounding a man, a woman and a teenage boy.", 0, 3),
        # controls: one person described twice
        ("Police said the victim, a 30-year-old man and father of two, died at the scene on Friday.", 1, 0),
        ("The shooting killed a man, a father of three, on Friday.", 1, 0),
    ],
)
def test_a_list_read_as_an_apposition_is_each_person(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A man was killed and his wife wounded in a shooting at their home in Macon on Monday morning.", 1, 1),
        ("A boy was killed and his brother wounded on Friday.", 1, 1),
        # control: the second clause has an object of its own
        ("A man was robbed on Friday and the suspect shot him.", 0, 1),
    ],
)
def test_a_gapped_passive_counts_its_subject(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


def test_the_gapped_passive_s_subject_is_no_shooter(extract_events: ExtractEvents) -> None:
    text = "A man was killed and his wife wounded in a shooting at their home in Macon on Monday morning."
    assault = main_assault(extract_events(text))
    assert assault.actor is None
    assert (counted(assault, "killed"), counted(assault, "injured")) == (1, 1)


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        ("A resident reported that his wife had shot her .38 caliber revolver, causing damage to the stove.", 0),
        ("Kramer told his girlfriend he was going to kill her and then kill himself.", 0),
        # controls: "her" the one shot
        ("He shot her twice in the chest on Friday.", 1),
        ("He shot her in the leg with a revolver on Friday.", 1),
    ],
)
def test_a_gun_owned_and_a_plan_hurt_nobody(nlp: Language, text: str, hurt: int) -> None:
    assert sum(tally_of(nlp, text).values()) == hurt


def test_struggle_objects_load() -> None:
    assert {"life", "survival"} <= load_role_words().struggle_objects


@pytest.mark.parametrize(
    "text",
    [
        "A teenager is fighting for his life after being shot in the head Monday afternoon in North Memphis.",
        "A woman was fighting for her life on Sunday after she was stabbed outside a bar in Reno.",
    ],
)
def test_fighting_for_one_s_life_is_no_clash(extract_events: ExtractEvents, text: str) -> None:
    assault = main_assault(extract_events(text))
    assert assault.mode != "clash"
    assert assault.actor is None
    assert assault.target is not None and assault.target.sector == "CVL"


def test_soldiers_fighting_rebels_still_clash(extract_events: ExtractEvents) -> None:
    events = extract_events("Nigerian soldiers fought Boko Haram fighters near Maiduguri on Sunday.")
    assert any(e.type == "ASSAULT" and e.mode == "clash" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Marcus Green, 22, was shot in the chest on Saturday night on Elm Street in Dayton, police said.",
        "Jane Doe was stabbed outside her apartment in Reno on Friday, police said.",
    ],
)
def test_a_person_named_alone_shot_by_nobody_named_is_attacked(extract_events: ExtractEvents, text: str) -> None:
    assault = main_assault(extract_events(text))
    assert (assault.acled or {}).get("sub_event_type") == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "A grand jury on Monday indicted a Toledo man in the fatal shooting of his roommate.",
        "Prosecutors on Friday charged a Dayton woman in the stabbing of her neighbor.",
        "Deputies arrested a man in the shooting of a teenager on Elm Street on Friday.",
    ],
)
def test_a_case_hung_on_the_person_held_is_not_the_court_s_violence(extract_events: ExtractEvents, text: str) -> None:
    # "in the shooting" hung on the person indicted or charged, not on the verb
    assaults = [e for e in extract_events(text) if e.type == "ASSAULT"]
    assert assaults
    assert all(e.actor is None or e.actor.sector not in {"JUD", "COP", "GOV"} for e in assaults)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("The teen shot Sunday in Columbus has died, police said Tuesday morning.", 1, 0),
        ("UPDATE: The teen shot Sunday in Columbus has died, police said Tuesday morning.", 1, 0),
        ("The man stabbed Friday night on Elm Street has died.", 1, 0),
        ("The teen shot Sunday in Columbus is in stable condition, police said.", 0, 1),
        ("The teen shot Sunday in Columbus remains hospitalized.", 0, 1),
        # controls: a shot that is no person's, a shooter with an object of his own
        ("The warning shot Sunday in the park scared everyone.", 0, 0),
        ("A gunman shot his neighbor on Friday and then shot himself.", 0, 2),
    ],
)
def test_a_participle_read_as_a_noun_tells_of_its_person(nlp: Language, text: str, killed: int, injured: int) -> None:
    # "The teen shot Sunday" parsed as a noun "shot" with "teen" its modifier
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Deputies met with a black male in his thirties who was shot in the leg.", 0, 1),
        ("A second victim was found at the scene who had been shot in his legs, police said.", 0, 1),
        ("Officers found a man at an apartment complex who had been shot twice.", 0, 1),
        ("Eddyson Isidor was one of two people shot at the home.", 0, 2),
        (
            "Police said Eddyson Isidor was one of two people shot at the home. She said Isidor died, while "
            "the second victim appeared to suffer injuries that were not life threatening.",
            1,
            1,
        ),
        # controls: a thing that was shot, a "who" that did not suffer, an aim
        ("A man was found in a car that had been shot several times.", 0, 0),
        ("Police spoke with a woman in her 40s who said she heard shots.", 0, 0),
        ("Three teenagers shot at them from a car.", 0, 0),
    ],
)
def test_a_clause_hung_on_the_wrong_word_tells_of_its_person(
    nlp: Language, text: str, killed: int, injured: int
) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Gunfire on Thursday night left one 19-year-old man dead and another 19-year-old man wounded.", 1, 1),
        ("Deputies responded to a call on Lee Street to find one man dead and another seriously wounded.", 1, 1),
        ("The shooting left one man dead and his brother wounded.", 1, 1),
        # controls: one fate for both, or a second clause with an act of its own
        ("Police found a man and a woman dead inside the home.", 2, 0),
        ("Police found a man dead and a woman wounded inside the home.", 1, 1),
        ("The gunman left the store and his accomplice fled.", 0, 0),
    ],
)
def test_a_small_clause_of_leaving_gives_each_person_their_fate(
    nlp: Language, text: str, killed: int, injured: int
) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("The bullet grazed the officer's arm.", 1),
        ("A bullet struck the man's leg on Friday.", 1),
        ("A bullet struck his leg on Friday.", 1),
        ("Her arm was grazed by a bullet on Friday.", 1),
        ("A man was shot on Friday. A bullet struck his leg.", 1),
        # controls: a thing's part, and a person who is no body part's owner
        ("A bullet struck the car's windshield on Friday.", 0),
        ("He loaded his gun and shot the clerk on Friday.", 1),
    ],
)
def test_a_body_part_struck_is_its_owner_hurt(nlp: Language, text: str, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": 0, "injured": injured}
