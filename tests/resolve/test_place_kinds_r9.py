"""A small country's parish or municipio is an admin1 area whose population the gazetteer sums
from the few towns it knows; it does not outrank a town of its name ten times larger abroad
("Manchester": England's city, not Jamaica's parish; "Salinas": California's city, not Puerto
Rico's municipio; places.py ADMIN1_SIZE_MARGIN). Its country named beside it still chooses it."""

from __future__ import annotations

import pytest
from place_support import places_of

from eventwire.geoparse import Geoparser


def found(geo: Geoparser, text: str) -> dict[str, tuple[str | None, str | None]]:
    """text -> (country, admin1) of every place mention."""
    return {m.text: (m.country, m.admin1) for m in places_of(geo, text)}


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Protesters marched through Manchester on Saturday.", "Manchester", ("GBR", "England")),
        ("Two men were stabbed outside a nightclub in Manchester early on Sunday.", "Manchester", ("GBR", "England")),
        ("A farmworker was shot in Salinas on Friday night.", "Salinas", ("USA", "California")),
    ],
)
def test_a_large_town_outranks_a_small_countrys_parish_of_its_name(
    geoparser: Geoparser, text: str, name: str, place: tuple[str, str]
) -> None:
    assert found(geoparser, text).get(name) == place


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # controls: the parish's country named beside it; a large area keeps its name
        ("Police in Manchester, Jamaica, said two men were shot on Sunday.", "Manchester", "JAM"),
        ("Bushfires burned across Victoria on Monday.", "Victoria", "AUS"),
    ],
)
def test_an_area_named_with_its_country_or_large_keeps_its_name(
    geoparser: Geoparser, text: str, name: str, country: str
) -> None:
    assert found(geoparser, text).get(name, (None, None))[0] == country
