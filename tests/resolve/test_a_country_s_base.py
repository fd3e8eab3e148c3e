"""A country's name before a facility word that names no facility ("a US base", "the UK base in
Cyprus") is the country whose base it is: the place is the country, spanning its name only, not
a facility nobody built, nor nothing at all."""

from __future__ import annotations

import pytest
from place_support import places_of

from eventwire.geoparse import Geoparser


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Militants fired rockets at a US base in Syria on Tuesday.", "US", "USA"),
        ("Drones flew over the UK base in Cyprus overnight.", "UK", "GBR"),
    ],
)
def test_a_country_before_a_base_word_is_the_country(geoparser: Geoparser, text: str, name: str, country: str) -> None:
    places = {m.text: (m.country, m.precision) for m in places_of(geoparser, text)}
    assert places.get(name) == (country, "country"), places


def test_a_named_base_stays_the_facility(geoparser: Geoparser) -> None:
    # control: a base the gazetteer knows by its town's name is that facility
    places = {m.text: (m.country, m.precision) for m in places_of(geoparser, "Rockets hit the Kandahar base.")}
    assert places.get("Kandahar base") == ("AFG", "facility"), places
