"""extract/known_persons.py: dictionary people the model left untagged are persons (sentences
written for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from event_support import country, only
from spacy.language import Language

from eventwire.extract.known_persons import tag_known_persons
from eventwire.records import Event
from eventwire.resolve.actors_index import actor_index

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "published", "actor_id", "where"),
    [
        ("Modi accused the opposition of treason on Monday.", date(2019, 5, 1), "narendra-modi", "IND"),
        ("Merkel accused the opposition of treason on Monday.", date(2015, 5, 1), "angela-merkel", "DEU"),
        ("Kagame accused the opposition of treason on Monday.", date(2019, 5, 1), "paul-kagame", "RWA"),
    ],
)
def test_a_leader_the_model_left_untagged_is_that_leader(
    extract_events: ExtractEvents, text: str, published: date, actor_id: str, where: str
) -> None:
    event = only(extract_events(text, published), "ACCUSE")
    assert event.actor is not None and event.actor.actor_id == actor_id, event.to_dict()
    assert (country(event.actor), event.actor.kind) == (where, "person"), event.to_dict()


def test_a_leader_s_short_name_is_theirs(extract_events: ExtractEvents) -> None:
    """ "Xi" is four letters or fewer, like the "Isis" that is no ISIS; a person's name still counts."""
    event = only(extract_events("Biden met Xi in San Francisco on Wednesday.", date(2023, 11, 16)), "CONSULT")
    assert (country(event.actor), country(event.target)) == ("USA", "CHN"), event.to_dict()


def test_only_an_untagged_participant_the_dictionary_lists_as_a_person_is_tagged(nlp: Language) -> None:
    doc = nlp("Modi accused the opposition of treason on Monday.")
    assert [(s.text, s.label_) for s in tag_known_persons(doc, actor_index())] == [("Modi", "PERSON")]
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Modi"]
    # controls: a name that modifies another noun, and a name the dictionary does not list
    for text in ("The Modi government accused the opposition of treason.", "Smithers accused the board of fraud."):
        assert tag_known_persons(nlp(text), actor_index()) == [], text


def test_a_place_is_not_taken_for_a_person(nlp: Language) -> None:
    doc = nlp("Modi visited the city on Monday.")
    assert tag_known_persons(doc, actor_index(), taken=[0]) == []
