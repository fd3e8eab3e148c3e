"""Kinds of construction written for these tests: a wire dateline run into the headline and page
debris before it on one line ("... in Jeddah Advertisement JEDDAH, Saudi Arabia (AP) — Sudan's
army ..."), a pipe between spaces after a headline ("2 hurt in shooting | Police say ..."), and
a clause a scene word introduces below a vow ("vowed to fight the U.S. after Trump proposed
tariffs"), which tells what happened, not what is vowed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type, only
from spacy.language import Language

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py

RUN_IN = (
    "Truce between Sudan's army and RSF frays hours after signing in Jeddah Advertisement JEDDAH, Saudi Arabia "
    "(AP) — Sudan's army and the paramilitary Rapid Support Forces signed a seven-day ceasefire on Sunday."
)


def test_a_run_in_dateline_is_a_sentence_of_its_own(nlp: Language) -> None:
    sentences = [s.text for s in nlp(RUN_IN).sents]
    assert not any("frays" in s and "JEDDAH" in s for s in sentences), sentences
    assert any(s.startswith("JEDDAH, Saudi Arabia (AP)") for s in sentences), sentences
    assert sentences[-1].startswith("Sudan's army"), sentences


def test_a_run_in_dateline_names_no_side(extract_events: ExtractEvents) -> None:
    events = extract_events(RUN_IN)
    sides = [p.text for e in events for p in (e.actor, e.target) if p is not None]
    assert sides and not any("JEDDAH" in s or "Advertisement" in s for s in sides), sides


@pytest.mark.parametrize(
    "text",
    [
        "Protesters clashed with police in Nairobi (AP) — no dateline here.",  # a bracket inside a sentence
        "The NATO (North Atlantic Treaty Organization) summit opened in Vilnius.",
    ],
)
def test_capitals_and_a_bracket_inside_a_sentence_are_no_dateline(nlp: Language, text: str) -> None:
    # controls: no city in capitals run in after a lower-case word
    assert len(list(nlp(text).sents)) == 1


def test_a_clause_after_a_vow_tells_what_happened(extract_events: ExtractEvents) -> None:
    text = (
        "China vowed on Friday to fight the U.S. after President Donald Trump proposed slapping an additional "
        "$100 billion in tariffs on Chinese goods."
    )
    events = extract_events(text)
    threat = only(events, "THREATEN")
    assert (country(threat.actor), country(threat.target)) == ("CHN", "USA"), threat.to_dict()
    tariffs = only(events, "SANCTION")
    assert (country(tariffs.actor), country(tariffs.target)) == ("USA", "CHN"), tariffs.to_dict()


def test_what_is_vowed_stays_the_vows_content(extract_events: ExtractEvents) -> None:
    # control: the tariffs vowed are the threat's content, not a sanction of their own
    events = extract_events("Beijing vowed to impose tariffs on American goods after the talks collapsed.")
    assert of_type(events, "THREATEN") and not of_type(events, "SANCTION"), [e.to_dict() for e in events]


def test_a_pipe_between_spaces_ends_a_headline(nlp: Language) -> None:
    text = (
        "1 dead, 2 hurt in shooting at Eastland apartment complex | Police say a man died and two others were "
        "injured in a shooting on Sunday morning."
    )
    sentences = [s.text for s in nlp(text).sents]
    assert sentences[-1].startswith("Police say") and "complex" not in sentences[-1], sentences
    # control: a pipe inside a word or a table cell without spaces joins nothing
    assert len(list(nlp("Police said the A|B ratio rose.").sents)) == 1
