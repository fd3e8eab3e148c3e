"""Casualties counted from the victims: who was hurt or killed, tied across the sentences of a report.

Every sentence here is written for these tests. The figure read is the one a researcher reads
off the report's main violent event: its largest claim of each kind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from event_support import counted, main_assault
from spacy.language import Language

from eventwire.errors import DataFileError
from eventwire.extract import victims
from eventwire.extract.casualties import Incidents, IncidentTally, sentence_statements
from eventwire.extract.outcomes import sentence_outcomes
from eventwire.extract.victims import is_separate_incident, load_casualty_words, victims_of
from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py

# A Tuesday.
PUBLISHED = date(2020, 1, 7)


# --- the lexicon ---------------------------------------------------------------------------------


def test_casualty_words_load_with_their_outcomes() -> None:
    words = load_casualty_words()
    assert words.verbs["shoot"].outcome == "injured"
    assert words.verbs["kill"].outcome == "killed"
    assert "die" in words.dying_verbs
    assert words.outcome_adjectives["dead"] == "killed"
    assert words.person_nouns["woman"] == "f"
    assert words.sizes["couple"] == 2
    assert words.modifier_sizes["twin"] == 2 and "twin" not in words.sizes  # "twin brothers", but "a twin"
    assert "murder" in words.fatal_charges and "assault" not in words.fatal_charges


def test_malformed_casualty_words_raise_with_the_file_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(victims, "read_json", lambda name: {"version": 1, "verbs": {"entries": []}})
    load_casualty_words.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"casualty_words\.json"):
            load_casualty_words()
    finally:
        load_casualty_words.cache_clear()


# --- victim phrases --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man and a woman were shot.", [("A man", 1, "new", "m"), ("a woman", 1, "new", "f")]),
        ("Two teenagers were wounded.", [("Two teenagers", 2, "new", "")]),
        ("The 19-year-old was wounded.", [("The 19-year-old", 1, "known", "")]),
        ("Three officers were hurt.", [("Three officers", 3, "new", "")]),
        ("A gunman shot a family of five.", [("a family of five", 5, "new", "")]),
        ("Another man was wounded.", [("Another man", 1, "additive", "m")]),
        ("One of the victims died.", [("One", 1, "partitive", "")]),
        ("She died at the scene.", [("She", 1, "pronoun", "f")]),
    ],
)
def test_victim_phrases_say_how_many_and_who(nlp: Language, text: str, expected: list[tuple[Any, ...]]) -> None:
    doc = nlp(text)
    statements = sentence_outcomes(doc[:])
    assert statements, text
    found = [(v.text, v.count, v.reference, v.gender) for v in statements[0].victims]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Police found a man shot in the chest.", "injured"),
        ("A man was fatally shot.", "killed"),
        ("Officers shot and killed a wanted man.", "killed"),
        ("A woman was pronounced dead at the scene.", "killed"),
        ("The driver was taken to a hospital in critical condition.", "injured"),
        ("A teenager was shot dead outside a store.", "killed"),
        ("The clerk was not hurt.", "unhurt"),
    ],
)
def test_outcome_words_decide_killed_or_injured(nlp: Language, text: str, outcome: str) -> None:
    statements = sentence_outcomes(nlp(text)[:])
    assert statements, text
    assert max(statements, key=lambda s: {"unhurt": 0, "injured": 1, "killed": 2}[s.outcome]).outcome == outcome


def test_a_shot_fired_at_something_hits_nobody(nlp: Language) -> None:
    assert sentence_outcomes(nlp("A man shot at a passing car.")[:]) == []


def test_a_threat_to_kill_is_no_casualty(nlp: Language) -> None:
    assert sentence_outcomes(nlp("He threatened to kill his neighbor.")[:]) == []


def test_coordinated_victims_are_each_a_victim(nlp: Language) -> None:
    (statement,) = sentence_outcomes(nlp("A 14-year-old girl and a 33-year-old man were found shot.")[:])
    assert [(v.age, v.gender) for v in statement.victims] == [(14, "f"), (33, "m")]
    doc = nlp("A man and a woman were shot.")
    assert [v.text for v in victims_of(doc[1])] == ["A man", "a woman"]


# --- whole reports ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A man was shot in the leg in Dayton, Ohio, on Monday night, police said.", 0, 1),
        ("Two people were wounded in a shooting in Dayton, Ohio, on Monday.", 0, 2),
        ("A 14-year-old girl and a 33-year-old man were found shot in Dayton, Ohio, on Monday.", 0, 2),
        ("Officers shot and killed a wanted man in Dayton, Ohio, on Monday.", 1, 0),
        ("A gunman shot a family of five in Dayton, Ohio, on Monday.", 0, 5),
        ("A shooting in Dayton, Ohio, on Monday left a man dead and a teenager wounded.", 1, 1),
        ("A 19-year-old man was fatally shot in Dayton, Ohio, on Monday. Another man was wounded.", 1, 1),
        # "the victim later died" moves one from injured to killed
        ("A man was shot in Dayton, Ohio, on Monday. The victim was taken to a hospital, where he later died.", 1, 0),
        (
            "A man and a woman were shot in Dayton, Ohio, on Monday night. The woman died at the hospital. "
            "The man is in stable condition.",
            1,
            1,
        ),
        # the shooter counts when shot
        (
            "Three officers were wounded in a shootout in Dayton, Ohio, on Monday. "
            "The suspect was shot dead by police.",
            1,
            3,
        ),
        # a lede restated in detail is the same people
        (
            "Two men were shot in Dayton, Ohio, on Monday night. Police said two men were shot outside a bar. "
            "One of them died.",
            1,
            1,
        ),
    ],
)
def test_casualties_are_counted_from_the_victims(
    extract_events: ExtractEvents, text: str, killed: int, injured: int
) -> None:
    event = main_assault(extract_events(text, published=PUBLISHED))
    assert (counted(event, "killed"), counted(event, "injured")) == (killed, injured), event.quantities


def test_no_one_hurt_is_an_explicit_zero(extract_events: ExtractEvents) -> None:
    text = "Gunmen attacked a church in Dayton, Ohio, on Monday. No one was hurt, police said."
    event = main_assault(extract_events(text, published=PUBLISHED))
    zeros = [q for q in event.quantities if q.kind == "injured" and q.value == 0]
    assert zeros and zeros[0].text.lower() == "no one"


def test_each_count_is_a_claim_with_its_words_and_source(extract_events: ExtractEvents) -> None:
    text = "A man was shot dead in Dayton, Ohio, on Monday night, police said."
    event = main_assault(extract_events(text, published=PUBLISHED))
    (claim,) = [q for q in event.quantities if q.kind == "killed"]
    assert claim.value == 1 and claim.text == "A man"
    assert text[claim.start : claim.end] == "A man"
    assert claim.source is not None and "police" in claim.source.text


def test_a_tally_of_the_year_is_not_the_incident(extract_events: ExtractEvents) -> None:
    text = (
        "A man was shot in the arm in Dayton, Ohio, on Monday. "
        "Police said 40 people have been shot in the city so far this year."
    )
    event = main_assault(extract_events(text, published=PUBLISHED))
    assert (counted(event, "killed"), counted(event, "injured")) == (0, 1)


# --- who did it to whom (one-sided violence) -------------------------------------------------------


def test_an_unknown_gunman_is_no_actor_and_the_victim_a_civilian_target(extract_events: ExtractEvents) -> None:
    event = main_assault(extract_events("A man was shot in Dayton, Ohio, on Monday night.", published=PUBLISHED))
    assert event.actor is None
    assert event.target is not None and event.target.sector == "CVL" and event.target.country == "USA"


def test_a_police_shooting_is_the_polices_assault_on_the_suspect(extract_events: ExtractEvents) -> None:
    text = "Police shot and killed a robbery suspect in Dayton, Ohio, on Monday."
    event = main_assault(extract_events(text, published=PUBLISHED))
    assert event.actor is not None and event.actor.sector == "COP"
    assert counted(event, "killed") == 1


def test_victims_of_another_country_stay_for_the_actor_resolver(extract_events: ExtractEvents) -> None:
    text = "Iran fired missiles at a base in Iraq on Wednesday. State TV said 80 American soldiers were killed."
    for event in extract_events(text, published=date(2020, 1, 8)):
        assert event.target is None or event.target.country != "IRQ" or "American" not in event.target.text


# --- the tally alone ---------------------------------------------------------------------------------


def tally_of(nlp: Language, text: str) -> dict[str, int]:
    tally = IncidentTally()
    for index, sent in enumerate(nlp(text).sents):
        tally.add(sentence_statements(sent, []), index, None)
    return tally.totals()


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Two people were shot. One of them died.", 1, 1),
        ("A man was wounded. He died two days later.", 1, 0),
        ("A man and a woman were shot. Both victims died.", 2, 0),
        ("Dana Whitlock, 26, was shot in the back. Whitlock was pronounced dead at a hospital.", 1, 0),
        ("A man was shot dead. The man, 25, was hit in the chest.", 1, 0),
        ("A man was shot dead. A woman was wounded.", 1, 1),
        ("Police said 40 people have been shot in the city so far this year.", 0, 0),
    ],
)
def test_the_tally_ties_victims_across_sentences(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


def test_a_separate_incident_is_its_own_tally(nlp: Language) -> None:
    doc = nlp("A man was shot dead on Elm Street. In a separate shooting, another man was killed.")
    incidents = Incidents()
    for index, sent in enumerate(doc.sents):
        tally = incidents.separate("ASSAULT") if is_separate_incident(sent) else incidents.current()
        tally.add(sentence_statements(sent, []), index, None)
    assert [t.totals()["killed"] for _, _, t in incidents.tallies] == [1, 1]
