"""'X, Y': the state or country after a place is a place too, and says which X is meant."""

from __future__ import annotations

from place_support import places_of

from eventwire.geoparse import Geoparser
from eventwire.resolve.containers import container_entries, postal_codes
from eventwire.resolve.gazetteer import Gazetteer


def test_postal_codes_file_loads_states_provinces_and_bare_ap_forms() -> None:
    codes = postal_codes()
    assert codes["SC"].admin1_name == "South Carolina"
    assert codes["BC"].country_iso2 == "CA"
    assert codes["Va"].admin1_name == "Virginia"
    assert all(code[:1].isupper() for code in codes)


def test_container_text_resolves_through_postal_code_abbreviation_or_name(gazetteer: Gazetteer) -> None:
    assert [e.name for e in container_entries(gazetteer, "MI")] == ["Michigan"]
    assert "Virginia" in [e.name for e in container_entries(gazetteer, "Va.")]
    assert [e.kind for e in container_entries(gazetteer, "Iran")] == ["country"]


def test_dateline_postal_code_is_a_place_and_picks_the_town(geoparser: Geoparser) -> None:
    text = "AUGUSTA, ME - A trucker was hurt when his rig overturned on the interstate Tuesday."
    mentions = places_of(geoparser, text)
    augusta = next(m for m in mentions if m.text == "AUGUSTA")
    assert augusta.admin1 == "Maine"
    state = next(m for m in mentions if m.text == "ME")
    assert (state.precision, state.name) == ("admin1", "Maine")


def test_inline_dateline_after_a_byline_is_found(geoparser: Geoparser) -> None:
    text = "By Jane Roe. DENVER (Reuters) - Wildfire crews made progress on Sunday."
    [denver] = [m for m in places_of(geoparser, text) if m.text == "DENVER"]
    assert denver.admin1 == "Colorado"


def test_shouted_words_inside_a_paragraph_are_not_datelines(geoparser: Geoparser) -> None:
    text = "The crowd chanted loudly. ORDER NOW and get two tickets, the banner said."
    assert not [m for m in places_of(geoparser, text) if m.text.isupper()]


def test_container_that_disagrees_with_the_town_is_not_added(geoparser: Geoparser) -> None:
    text = "She moved from Lyon, France to Boston last year."
    mentions = places_of(geoparser, text)
    assert [m.country for m in mentions if m.text == "France"] == ["FRA"]
    assert [m.country for m in mentions if m.text == "Lyon"] == ["FRA"]
