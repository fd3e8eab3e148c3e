"""Kinds of construction written for these tests: a past participle before its noun names a state,
not an act the sentence tells ("the jailed critic", "a convicted felon", "an occupied car"); and
a proposal rejected is the side's that made it when a participle's "by" names that side ("the
ceasefire proposal put forward by Egypt")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only

from eventwire.records import Event, EventMention

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py
CodedMentions = Callable[..., list[EventMention]]  # the `coded_mentions` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Protesters in Moscow demanded the release of the jailed opposition leader on Sunday.", "COERCE"),
        ("A man in Flint fired two shots into an occupied vehicle on Sunday, police said.", "COERCE"),
        ("Survivors in Vukovar described alleged abuses by Croat forces on Monday.", "ACCUSE"),
        ("Inspectors in Syria said banned chlorine munitions were dropped on a village in June.", "COERCE"),
    ],
)
def test_a_participle_before_its_noun_codes_no_act(coded_mentions: CodedMentions, text: str, event_type: str) -> None:
    mentions = [m for m in coded_mentions(text) if m.type == event_type]
    assert mentions == [], [(m.type, m.trigger, m.rules) for m in mentions]


def test_people_pardoned_from_jail_are_no_new_arrest(extract_events: ExtractEvents) -> None:
    events = extract_events("Kazakhstan's president pardoned three jailed journalists on Monday.")
    assert only(events, "CONCEDE").actor is not None
    assert of_type(events, "COERCE") == [], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # controls: the same verbs as the sentence's act
        ("Police in Moscow jailed the opposition leader on Sunday.", "COERCE"),
        ("Rebels occupied the town hall in Goma on Sunday.", "COERCE"),
        # a wound named before its noun is still a casualty of the shooting
        ("The wounded passenger was taken to a hospital in Flint after the shooting on Sunday.", "ASSAULT"),
    ],
)
def test_the_same_verb_as_the_act_is_coded(extract_events: ExtractEvents, text: str, event_type: str) -> None:
    events = extract_events(text)
    assert of_type(events, event_type), [e.to_dict() for e in events]


def test_a_felon_arrested_is_one_arrest(extract_events: ExtractEvents) -> None:
    events = extract_events("Police in Tulsa arrested a convicted felon on Elm Street on Monday.")
    arrest = only(events, "COERCE")
    assert arrest.mode == "arrest", arrest.to_dict()


@pytest.mark.parametrize(
    ("text", "proposer"),
    [
        ("Hamas rejected the ceasefire proposal put forward by Egypt on Monday.", "EGY"),
        ("Russia rejected a peace plan proposed by China on Friday.", "CHN"),
        # control: a possessor named the proposer before
        ("Hamas rejected Egypt's ceasefire proposal on Monday.", "EGY"),
    ],
)
def test_a_proposal_rejected_is_its_proposers(extract_events: ExtractEvents, text: str, proposer: str) -> None:
    rejection = only(extract_events(text), "REJECT")
    assert country(rejection.target) == proposer, rejection.to_dict()
