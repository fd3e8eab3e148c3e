"""A person no dictionary knows takes the country of the town where the event happened, when one
sentence names the person and another the place (`merge.document.local_person`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.merge.document import local_person, merge_document
from eventwire.records import EventMention, Evidence, Party, PlaceMention

TULSA = PlaceMention("d", "Tulsa", 60, 65, "Tulsa", "USA", "OK", 36.15, -95.99, "city", "gn:1")
USA = PlaceMention("d", "the United States", 0, 17, "United States", "USA", None, 39.8, -98.5, "country", "gn:2")
NAMED = Party("Darnell Whitcombe", None, None, None, "person")


def test_an_unplaced_person_takes_the_country_of_the_town() -> None:
    found = local_person(NAMED, TULSA)
    assert found is not None and found.country == "USA"
    assert found.text == NAMED.text and NAMED.country is None  # a copy; the mention keeps its own


@pytest.mark.parametrize(
    ("party", "place"),
    [
        (NAMED, USA),  # a country says nothing of a visitor's nationality
        (NAMED, None),
        (replace(NAMED, actor_id="P1"), TULSA),  # a dictionary person keeps what it has
        (replace(NAMED, country="MEX"), TULSA),
        (Party("gunmen", None, None, "REB", "group"), TULSA),  # groups: the sentence rule's business
        (Party("NATO", "NATO", None, "IGO", "organisation"), TULSA),
        (replace(NAMED, sector="IGO"), TULSA),  # an international body's official is of no country
    ],
)
def test_others_keep_their_country(party: Party, place: PlaceMention | None) -> None:
    assert local_person(party, place) == party


def _mention(
    sentence: str, start: int, actor: Party | None, target: Party | None, where: PlaceMention | None
) -> EventMention:
    return EventMention(
        type="ASSAULT", mode="stabbing", trigger="stabbed", trigger_start=start, sentence_index=start // 100,
        actor=actor, target=target, location=where, date=None, status="asserted", source=None,
        quantities=[], evidence=Evidence(sentence, start, start + len(sentence)), confidence=0.6,
    )  # fmt: skip


def test_the_merged_event_places_the_person_from_its_other_sentence() -> None:
    first = _mention("A software engineer was stabbed in Tulsa.", 0, None, None, TULSA)
    first = replace(first, anaphoric=False, target=Party("A software engineer", None, "USA", "CVL", "group"))
    second = _mention("Police say Darnell Whitcombe stabbed him.", 100, NAMED, None, None)
    (event,) = merge_document("d", [first, second])
    assert event.actor is not None and event.actor.text == NAMED.text and event.actor.country == "USA"
