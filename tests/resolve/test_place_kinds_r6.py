"""Kinds of place errors of conflict copy, each shown on sentences written here: an organisation
the model took for a town, a settlement named after "the town of", and a demonym that modifies the
noun after a locative preposition."""

from __future__ import annotations

from place_support import places_of

from eventwire.geoparse import Geoparser


def found(geo: Geoparser, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, country, precision) of every place mention."""
    return [(m.text, m.country, m.precision) for m in places_of(geo, text)]


def test_an_organisation_of_the_list_is_no_town_of_its_name(geoparser: Geoparser) -> None:
    # Wagner is a town in Bahia; the model tags the group a place after "from".
    places = found(geoparser, "The army recaptured the town from Wagner fighters on Monday.")
    assert not [p for p in places if p[0] == "Wagner"], places


def test_a_persons_name_that_holds_an_organisations_name_stays_a_person(geoparser: Geoparser) -> None:
    places = found(geoparser, "Ben Wagner will be in the radio booth in Toronto on Thursday.")
    assert [p[0] for p in places] == ["Toronto"], places


def test_a_region_that_is_also_an_organisation_keeps_its_place_reading(geoparser: Geoparser) -> None:
    places = found(geoparser, "Farmers in the European Union protested against the trade deal.")
    assert ("European Union", None, "region") in places or any(p[0] == "European Union" for p in places), places


def test_the_town_of_a_name_places_it_whatever_the_model_tagged(geoparser: Geoparser) -> None:
    # The model tags "Bakhmut" an organisation here; "the town of" says it is a place.
    places = found(geoparser, "The army recaptured the town of Bakhmut from Wagner fighters.")
    assert ("Bakhmut", "UKR", "city") in places, places


def test_a_demonym_modifying_a_noun_after_from_is_no_region(geoparser: Geoparser) -> None:
    # Ethiopia's Somali region is not meant by "Somali troops".
    places = found(geoparser, "Al-Shabaab fighters seized the town from Somali troops on Monday.")
    assert not [p for p in places if p[1] == "ETH"], places


def test_a_city_the_model_tagged_as_a_demonym_stays_a_place(geoparser: Geoparser) -> None:
    text = "Militants attacked government forces on the southern outskirts of Aleppo on Monday."
    assert ("Aleppo", "SYR", "city") in found(geoparser, text)
