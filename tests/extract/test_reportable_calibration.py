"""What is reported is what is likely right (issue 12 item 4): the confidence of a mention and the
reportable floor, fitted on the dev gold. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.extract.events import mention_confidence
from eventwire.extractor import INCIDENT_CONFIDENCE, REPORTABLE_CONFIDENCE, placed_reportable
from eventwire.records import Event, EventMention, Evidence, Party

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py
CodedMentions = Callable[..., list[EventMention]]  # the `coded_mentions` fixture

CANADA = Party("Canada", "Canada", "CAN", "GOV", "country")
RUSSIA = Party("Russia", "Russia", "RUS", "GOV", "country")
IT = Party("it", None, "CAN", "GOV", "group")
PLAIN = {"stated_date": False, "local_place": False, "status": "asserted"}


def _event(event_type: str, actor: Party | None, target: Party | None, confidence: float) -> Event:
    return Event(
        doc="d", type=event_type, mode=None, cameo=None, acled=None, actor=actor, target=target,
        location=None, date=None, status="asserted", source=None, quantities=[], conflicts=[],
        evidence=[Evidence("s", 0, 1)], confidence=confidence,
    )  # fmt: skip


def test_a_pronoun_actor_with_no_placed_target_stays_below_the_floor() -> None:
    assert mention_confidence(IT, None, pronoun_actor=True, **PLAIN) < REPORTABLE_CONFIDENCE
    # Still below with a stated day and a place in its sentence: one sentence is not enough.
    dated = {"stated_date": True, "local_place": True, "status": "asserted"}
    assert mention_confidence(IT, None, pronoun_actor=True, **dated) < REPORTABLE_CONFIDENCE


def test_a_named_actor_alone_or_a_pronoun_beside_a_placed_target_is_reportable() -> None:
    assert mention_confidence(CANADA, None, pronoun_actor=False, **PLAIN) >= REPORTABLE_CONFIDENCE
    assert mention_confidence(IT, RUSSIA, pronoun_actor=True, **PLAIN) >= REPORTABLE_CONFIDENCE
    assert mention_confidence(IT, RUSSIA, pronoun_actor=True, **PLAIN) < mention_confidence(
        CANADA, RUSSIA, pronoun_actor=False, **PLAIN
    )


@pytest.mark.parametrize("event_type", ["ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"])
def test_a_statement_needs_its_speaker(event_type: str) -> None:
    assert not placed_reportable(_event(event_type, None, RUSSIA, 0.8))
    assert placed_reportable(_event(event_type, CANADA, RUSSIA, 0.8))


def test_acts_need_no_named_actor_and_incidents_no_parties() -> None:
    assert placed_reportable(_event("COERCE", None, RUSSIA, 0.6))  # "a Russian was detained"
    assert placed_reportable(_event("OTHER", None, None, INCIDENT_CONFIDENCE))
    assert not placed_reportable(_event("COERCE", CANADA, None, REPORTABLE_CONFIDENCE - 0.05))


def test_an_accusation_with_no_accuser_is_not_reported(
    coded_mentions: CodedMentions, extract_events: ExtractEvents
) -> None:
    # Two safeguards: the registry rule passive-accusation-needs-an-accuser drops the mention, and
    # `placed_reportable` refuses a speech act without its speaker (test above).
    text = "The former mayor of Winnipeg is accused of taking bribes from a building contractor."
    assert not [m for m in coded_mentions(text) if m.type == "ACCUSE"]
    assert not [e for e in extract_events(text) if e.type == "ACCUSE"]
    made = "Prosecutors in Winnipeg accused the former mayor of taking bribes from a building contractor."
    assert [e for e in extract_events(made) if e.type == "ACCUSE"]


def test_an_accusation_with_its_accuser_is_reported(extract_events: ExtractEvents) -> None:
    found = [e for e in extract_events("Canada accused Russia of meddling in its election.") if e.type == "ACCUSE"]
    assert len(found) == 1
    assert found[0].actor is not None and found[0].actor.country == "CAN"


def test_a_one_sided_act_of_a_pronoun_is_coded_but_not_reported(
    coded_mentions: CodedMentions, extract_events: ExtractEvents
) -> None:
    text = (
        "The Canadian finance ministry published its budget on Monday. "
        "It is working to freeze the assets of a fugitive banker."
    )
    coded = [m for m in coded_mentions(text) if m.type == "SANCTION"]
    assert len(coded) == 1 and coded[0].actor is not None and coded[0].actor.country == "CAN"
    assert coded[0].target is None
    assert not [e for e in extract_events(text) if e.type == "SANCTION"]


def test_a_pronoun_actor_beside_a_placed_target_is_reported(extract_events: ExtractEvents) -> None:
    found = [
        e for e in extract_events("Police in Ottawa said they arrested a man who shot at a bus.") if e.type == "COERCE"
    ]
    assert len(found) == 1
    assert found[0].target is not None and found[0].target.country == "CAN"


def test_a_stabbing_told_over_two_sentences_places_its_named_attacker(extract_events: ExtractEvents) -> None:
    text = (
        "A software engineer was stabbed to death in an alley in Tulsa on Monday night. "
        "Police say Darnell Whitcombe followed Tom Berrigan into the alley and stabbed him in the chest."
    )
    found = [e for e in extract_events(text) if e.type == "ASSAULT"]
    assert len(found) == 1
    assert found[0].actor is not None and found[0].actor.text == "Darnell Whitcombe"
    assert found[0].actor.country == "USA"
