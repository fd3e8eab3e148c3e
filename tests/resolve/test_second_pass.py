"""The gazetteer's second pass: towns the model missed, found by a preposition of place."""

from __future__ import annotations

from place_support import places_of

from eventwire.geoparse import Geoparser
from eventwire.records import PlaceMention


def texts(mentions: list[PlaceMention]) -> list[str]:
    return [m.text for m in mentions]


TOWNS_TEXT = (
    "The Knox County Sheriff's Office said shots were fired overnight near homes in Cushing and "
    "Friendship. Deputies in Maine asked residents to lock their doors."
)


def test_towns_after_a_preposition_of_place_and_coordinated_with_one_are_found(geoparser: Geoparser) -> None:
    mentions = places_of(geoparser, TOWNS_TEXT)
    found = {m.text: m for m in mentions}
    assert {"Cushing", "Friendship"} <= set(found), texts(mentions)
    assert found["Friendship"].admin1 == "Maine"
    assert found["Knox County"].admin1 == "Maine"


def test_without_the_second_pass_the_towns_are_missed(geoparser: Geoparser) -> None:
    geoparser.second_pass = False
    try:
        mentions = places_of(geoparser, TOWNS_TEXT)
    finally:
        geoparser.second_pass = True
    assert "Friendship" not in texts(mentions)


def test_a_word_that_continues_into_a_longer_name_is_not_taken(geoparser: Geoparser) -> None:
    mentions = places_of(geoparser, "She worked at Lombard Odier for ten years before retiring.")
    assert "Lombard" not in texts(mentions)


def test_a_demonym_after_in_is_not_a_town(geoparser: Geoparser) -> None:
    mentions = places_of(geoparser, "The firm moved $40 million in Canadian pension obligations.")
    assert not [m for m in mentions if m.text == "Canadian" and m.precision == "city"]


def test_a_persons_of_names_where_the_person_is_from(geoparser: Geoparser) -> None:
    text = "Last year Tom and Rita Kessler of Bellmore appeared on the cooking show."
    [(name, country)] = [(m.text, m.country) for m in places_of(geoparser, text)]
    assert (name, country) == ("Bellmore", "USA")
    text = "The victim, Ann Lee, 34, of Wantagh, was taken to a hospital."
    assert [m.text for m in places_of(geoparser, text)] == ["Wantagh"]
