"""The peoples a report names are context for every choice of a place, the last one too: "killed
two Palestinians in Jenin" names no Palestinian place, yet Jenin is the West Bank town, not the
Polish village whose own name it is. The name's own first sense is taken out of the context when
it is chosen again; the peoples named are no sense of the name and stay."""

from __future__ import annotations

import pytest
from place_support import places_of

from eventwire.geoparse import Geoparser


def found(geo: Geoparser, text: str) -> dict[str, tuple[str | None, str | None]]:
    """text -> (country, admin1) of every place mention."""
    return {m.text: (m.country, m.admin1) for m in places_of(geo, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Israeli forces killed two Palestinians in Jenin on Monday.",
        "Palestinian gunmen opened fire on an army post in Jenin.",
        "Soldiers shot dead two men in Jenin, the Palestinian health ministry said.",
    ],
)
def test_a_people_named_supports_the_english_name_of_its_large_town(geoparser: Geoparser, text: str) -> None:
    assert found(geoparser, text).get("Jenin") == ("PSE", "West Bank")


@pytest.mark.parametrize(
    "text",
    [
        # controls: with the village's country named, or a people of another country, the own name wins
        "Officials in Jenin, Poland, opened a new school on Monday.",
        "Polish farmers blocked a road in Jenin on Monday.",
    ],
)
def test_the_own_name_wins_where_the_people_named_are_its_own(geoparser: Geoparser, text: str) -> None:
    assert found(geoparser, text).get("Jenin") == ("POL", "Lubusz")
