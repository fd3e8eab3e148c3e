"""Kinds of construction written for these tests, about who says what happened: a report denied
("the ministry denied reports that troops had fired"), a report told in the passive ("reports ...
were denied by the ministry"), and a toll a party sets ("organisers put the toll at 11"), which is
that party's claim beside the count another source gave; two tellers' counts of the same dead in
one sentence ("officials said 45 were killed, while the government said 17 had died") are rival
claims, not 62 dead, and a clause with its own teller gives its count that teller."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import main_assault

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


def claims(event: Event, kind: str) -> set[tuple[int | float | None, str | None]]:
    """The event's claims of one kind, each with the words of its source."""
    return {(q.value, q.source.text if q.source else None) for q in event.quantities if q.kind == kind}


@pytest.mark.parametrize(
    ("text", "status", "source"),
    [
        ("The ministry denied reports that troops had fired on the crowd in Conakry.", "denied", "The ministry"),
        ("Reports that troops fired on the crowd in Conakry were denied by the ministry.", "denied", "the ministry"),
        ("The army confirmed reports that soldiers had shot two protesters in Conakry.", "asserted", "The army"),
        # control: a denial of the act itself
        ("The ministry denied that troops had fired on the crowd in Conakry.", "denied", "The ministry"),
    ],
)
def test_a_report_denied_or_confirmed_is_its_tellers(
    extract_events: ExtractEvents, text: str, status: str, source: str
) -> None:
    attack = main_assault(extract_events(text))
    assert (attack.status, attack.source.text if attack.source else None) == (status, source), attack.to_dict()


def test_a_toll_a_party_sets_is_its_own_claim(extract_events: ExtractEvents) -> None:
    attack = main_assault(
        extract_events("Police said three protesters were killed in Conakry, while organisers put the toll at 11.")
    )
    assert claims(attack, "killed") == {(3, "Police"), (11, "organisers")}, attack.to_dict()
    assert attack.conflicts == ["killed"]


@pytest.mark.parametrize(
    ("text", "kind", "value", "source"),
    [
        ("Officials in Kabul raised the toll from the bombing to 45 on Sunday.", "killed", 45, "Officials in Kabul"),
        ("Medics put the number of wounded at 60 after the blast in Kabul on Sunday.", "injured", 60, "Medics"),
        # control: a toll that changes by itself has no teller of its own
        ("The death toll from the bombing in Kabul rose to 62 on Sunday.", "killed", 62, None),
    ],
)
def test_a_toll_set_by_someone_is_counted_with_its_source(
    extract_events: ExtractEvents, text: str, kind: str, value: int, source: str | None
) -> None:
    attack = main_assault(extract_events(text))
    assert claims(attack, kind) == {(value, source)}, attack.to_dict()


def test_a_count_another_source_gives_for_the_same_dead_is_a_rival_claim(extract_events: ExtractEvents) -> None:
    attack = main_assault(
        extract_events(
            "According to local officials, the attack on the army base in Gao left 25 dead. "
            "The militants claimed to have killed 100 soldiers."
        )
    )
    assert claims(attack, "killed") == {(25, "local officials"), (100, "The militants")}, attack.to_dict()
    assert attack.conflicts == ["killed"]


@pytest.mark.parametrize(
    "text",
    [
        # one more person from another source adds to the count: no rival figure
        "Two men were shot on Elm Street in Flint, police said. Another man was wounded, a witness said.",
        # the same source correcting its own count
        "Police said two people were shot on Elm Street in Flint. Police later said three people were hurt.",
    ],
)
def test_more_people_or_the_same_teller_make_no_rival_claim(extract_events: ExtractEvents, text: str) -> None:
    attack = main_assault(extract_events(text))
    assert [v for v, _ in claims(attack, "injured")] == [3] and attack.conflicts == [], attack.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Local officials said 45 people were killed in the attack in Gao, while the government said 17 had died.",
        "The government said 17 people had died in the attack in Gao, but local officials said 45 people were killed.",
    ],
)
def test_two_tellers_counting_the_same_dead_in_one_sentence_are_rival_claims(
    extract_events: ExtractEvents, text: str
) -> None:
    attack = main_assault(extract_events(text))
    assert {v for v, _ in claims(attack, "killed")} == {45, 17}, attack.to_dict()
    assert attack.conflicts == ["killed"], attack.to_dict()


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # controls: the same teller's two groups add up; "others" are more people
        ("Police said two men were killed and three people were wounded in Flint on Monday.", {2}, {3}),
        (
            "Police said two men were killed in Flint on Monday, and hospital officials said three others died.",
            {5},
            set(),
        ),
    ],
)
def test_one_tellers_groups_or_other_people_add_up(
    extract_events: ExtractEvents, text: str, killed: set[int], injured: set[int]
) -> None:
    attack = main_assault(extract_events(text))
    assert {v for v, _ in claims(attack, "killed")} == killed, attack.to_dict()
    assert {v for v, _ in claims(attack, "injured")} == injured, attack.to_dict()


def test_a_clause_with_its_own_teller_gives_its_count_that_source(extract_events: ExtractEvents) -> None:
    text = (
        "The Taliban claimed the attack in Ghazni, which they said killed 30 soldiers, but the defence "
        "ministry said only five were wounded."
    )
    attack = main_assault(extract_events(text))
    assert claims(attack, "injured") == {(5, "the defence ministry")}, attack.to_dict()
