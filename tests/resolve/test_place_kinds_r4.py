"""Kinds of place errors fixed in issue 16's fourth round, each shown on sentences written here."""

from __future__ import annotations

from place_support import places_of

from eventwire.geoparse import Geoparser


def found(geo: Geoparser, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, country, admin1, precision) of every place mention."""
    return [(m.text, m.country, m.admin1, m.precision) for m in places_of(geo, text)]


# --- a name the model cuts short is the whole landmark ------------------------------------------


def test_an_entity_grows_into_the_landmark_it_starts(geoparser: Geoparser) -> None:
    text = "Their wedding cake will be served at St George's Hall in Windsor Castle."
    assert ("Windsor Castle", "GBR", "England", "facility") in found(geoparser, text)
    assert not [m for m in places_of(geoparser, text) if m.text == "Windsor"]
