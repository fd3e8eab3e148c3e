"""A small country's parish or municipio is an admin1 area whose population the gazetteer sums
from the few towns it knows; it does not outrank a town of its name ten times larger abroad
("Manchester": England's city, not Jamaica's parish; "Salinas": California's city, not Puerto
Rico's municipio; places.py ADMIN1_SIZE_MARGIN). Its country named beside it still chooses it.

An area in brackets after a town, as ACLED-style notes write it ("Las Navas (Northern Samar)",
"Djibo (Soum, Sahel)"), says where the town is, as ", Y" does (nlp/places.py
`_container_in_brackets`; a province counts too); where the gazetteer knows no town of the
name there, the bracket's area is the place rather than a town of another country. A container
the model tagged as a place of its own takes the sense that holds its town ("Savannah, Georgia":
the state; places.py `_containers_agree`), and the article's other mentions of the name with it."""

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


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        # an ACLED-style note names the area in brackets after the town
        (
            "On 4 March 2024, NPA rebels clashed with army troops in Las Navas (Northern Samar).",
            "Las Navas",
            ("PHL", "Eastern Visayas"),
        ),
        # the gazetteer knows no Palma in Mozambique: the bracket's area, not Spain's town
        (
            "On 4 March 2024, Mozambican soldiers defused two IEDs near Palma (Cabo Delgado).",
            "Palma",
            ("MOZ", "Cabo Delgado"),
        ),
    ],
)
def test_an_area_in_brackets_after_a_town_places_it(
    geoparser: Geoparser, text: str, name: str, place: tuple[str, str]
) -> None:
    assert found(geoparser, text).get(name) == place


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # controls: an agency or a caption's word in brackets, a list after commas
        ("KABUL (Reuters) - A bomb exploded near a mosque on Friday.", "KABUL", "AFG"),
        ("Ministers from Austria, Slovakia and Cyprus met on Monday.", "Austria", "AUT"),
        ("Protesters gathered in Palma (pictured) on Sunday.", "Palma", "ESP"),
    ],
)
def test_what_is_no_area_in_brackets_changes_nothing(geoparser: Geoparser, text: str, name: str, country: str) -> None:
    assert found(geoparser, text).get(name, (None, None))[0] == country


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the container the model tags as a place of its own is the town's area, here and elsewhere
        ("A man was shot dead in Savannah, Georgia, on Monday.", ("USA", "Georgia")),
        (
            "A man was shot dead in Savannah, Georgia, on Monday. The suspect was arrested in rural Georgia.",
            ("USA", "Georgia"),
        ),
        # control: the country, when the town is the country's
        ("Protesters gathered in Tbilisi, Georgia, on Monday.", ("GEO", None)),
    ],
)
def test_a_towns_container_is_its_area(geoparser: Geoparser, text: str, place: tuple[str, str | None]) -> None:
    georgias = [(m.country, m.admin1) for m in places_of(geoparser, text) if m.text == "Georgia"]
    assert georgias and set(georgias) == {place}, georgias
