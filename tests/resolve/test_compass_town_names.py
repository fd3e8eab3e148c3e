"""A town whose name begins with a compass word ("South Lyon", "East Lansing") is one town: the
model tags it as one entity, and the span is not split into a compass-named area (Iceland's South
region, Cameroon's East province) and the big city whose name ends it."""

from __future__ import annotations

import pytest
from place_support import places_of

from eventwire.geoparse import Geoparser


def found(geo: Geoparser, text: str) -> dict[str, tuple[str | None, str | None]]:
    """text -> (country, admin1) of every place mention."""
    return {m.text: (m.country, m.admin1) for m in places_of(geo, text)}


@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        ("The student, a 19-year-old South Lyon man, got into his vehicle.", "South Lyon", ("USA", "Michigan")),
        ("An East Lansing woman was shot outside her home on Monday.", "East Lansing", ("USA", "Michigan")),
    ],
)
def test_a_town_named_with_a_compass_word_is_one_place(
    geoparser: Geoparser, text: str, name: str, where: tuple[str, str]
) -> None:
    places = found(geoparser, text)
    assert places.get(name) == where, places
    assert "Lyon" not in places and "Lansing" not in places, places


def test_places_named_in_a_row_are_still_split(geoparser: Geoparser) -> None:
    # control: a span made only of country names is a list of them
    places = found(geoparser, "Leaders of Greece Italy and Spain met in Brussels on Monday.")
    assert {"Greece", "Italy", "Spain"} <= set(places), places


def test_a_compass_word_before_a_country_still_leaves_the_country(geoparser: Geoparser) -> None:
    # control: "northeast Nigeria" is no town's name; the country is the place
    places = found(geoparser, "Three suicide bombers killed 19 people at a fish market in northeast Nigeria.")
    assert places.get("Nigeria") == ("NGA", None), places
