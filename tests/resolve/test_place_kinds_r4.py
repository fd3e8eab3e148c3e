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


# --- an airport named after its city first is also named without it ----------------------------


def test_an_airport_is_named_without_its_city(geoparser: Geoparser) -> None:
    text = "She landed at Dulles International Airport outside Washington late on Monday."
    assert ("Dulles International Airport", "USA", "Virginia", "facility") in found(geoparser, text)


def test_a_bare_airport_name_tagged_as_a_facility_is_the_airport(geoparser: Geoparser) -> None:
    text = "Passengers were stuck at Heathrow for six hours on Friday, the airline said in London."
    [heathrow] = [m for m in places_of(geoparser, text) if m.text == "Heathrow"]
    assert (heathrow.country, heathrow.precision) == ("GBR", "facility")


def test_names_without_the_city_keep_a_distinctive_word() -> None:
    from eventwire.resolve.facility_names import facility_names as _facility_names

    assert "Heathrow Airport" in _facility_names("London Heathrow Airport", "London")
    # The bare word is no name: every name feeds the entity ruler ("Love" of Dallas Love Field).
    assert "Heathrow" not in _facility_names("London Heathrow Airport", "London")
    assert "O'Hare Airport" in _facility_names("Chicago O'Hare International Airport", "Chicago")
    # Only a generic word is left: "City" is no airport's name.
    assert "City" not in _facility_names("London City Airport", "London")
    assert "City Airport" not in _facility_names("London City Airport", "London")
    # A word many airports' names share says what kind of airport, not which one.
    common = frozenset({"community"})
    assert _facility_names("West Branch Community Airport", "West Branch", common)[-1] == "West Branch airport"


# --- a town opening an organisation's name with a possessive is where the organisation is ------


def test_a_town_owning_an_organisation_name_is_a_place(geoparser: Geoparser) -> None:
    text = "Firefighters were called to Omagh's Tyrone County Hospital."
    assert ("Omagh", "GBR", "Northern Ireland", "city") in found(geoparser, text)


def test_a_town_inside_an_organisation_name_without_a_possessive_stays_out(geoparser: Geoparser) -> None:
    # The same town heading a name with no possessive is only the organisation's name.
    text = "Omagh Rugby Club won the cup final on Saturday."
    assert not [m for m in places_of(geoparser, text) if m.text.startswith("Omagh")]


# --- a dissolved state is the successor state that kept its capital -----------------------------


def test_a_dissolved_state_resolves_to_its_successor(geoparser: Geoparser) -> None:
    text = "The treaty was signed with the Soviet Union in 1987, long before Czechoslovakia split."
    assert [(m.text, m.country) for m in places_of(geoparser, text)] == [
        ("Soviet Union", "RUS"),
        ("Czechoslovakia", "CZE"),
    ]


def test_a_former_name_of_a_state_is_that_state(geoparser: Geoparser) -> None:
    text = "Mobutu ruled Zaire for three decades, and Rhodesia became Zimbabwe in 1980."
    assert [(m.text, m.country) for m in places_of(geoparser, text) if m.text in {"Zaire", "Rhodesia"}] == [
        ("Zaire", "COD"),
        ("Rhodesia", "ZWE"),
    ]


# --- a small town's name listed among organisations is an organisation's -----------------------


def test_a_town_name_listed_among_companies_is_a_company(geoparser: Geoparser) -> None:
    text = "Shares of Exxon Mobil, Smithfield and General Motors fell on Monday."
    assert not [m for m in places_of(geoparser, text) if m.text == "Smithfield"]


def test_a_big_city_listed_among_organisations_stays_a_place(geoparser: Geoparser) -> None:
    text = "Delegates from Chevron, Houston and the Sierra Club attended."
    assert ("Houston", "USA", "Texas", "city") in found(geoparser, text)


# --- a continent's adjective is the continent, as a country's demonym is the country -------------


def test_a_continent_adjective_modifying_a_noun_is_the_continent(geoparser: Geoparser) -> None:
    with_demonyms = Geoparser(geoparser.nlp, geoparser.gazetteer, include_demonyms=True)
    text = "European leaders met in Brussels, and African governments sent envoys."
    found = [(m.text, m.kind, m.precision, m.name) for m in places_of(with_demonyms, text)]
    assert ("European", "demonym", "region", "Europe") in found
    assert ("African", "demonym", "region", "Africa") in found
    [europe] = [m for m in places_of(with_demonyms, text) if m.text == "European"]
    assert europe.lat is not None and 40 < europe.lat < 55  # the continent's point, not a country's


def test_a_continent_adjective_before_a_peoples_plural_is_no_place(geoparser: Geoparser) -> None:
    with_demonyms = Geoparser(geoparser.nlp, geoparser.gazetteer, include_demonyms=True)
    text = "Many African Americans moved north after the war, and Asian Americans followed."
    assert [m.text for m in places_of(with_demonyms, text)] == []


def test_continent_adjectives_are_data_with_continents_the_gazetteer_knows(geoparser: Geoparser) -> None:
    from eventwire.resolve.name_rules import continent_of_demonym, name_rules

    assert continent_of_demonym("European") == "Europe" and continent_of_demonym("Iraqi") is None
    for continent in name_rules().continent_demonyms.values():
        assert [e for e in geoparser.gazetteer.lookup(continent) if e.kind == "region"], continent


# --- an area the source names "Province of X" is also named X ------------------------------------


def test_a_province_named_in_the_sources_style_is_found_by_its_own_name(geoparser: Geoparser) -> None:
    text = "Heavy rain flooded villages in Pampanga on Monday, Philippine officials said."
    assert [(m.text, m.country, m.precision) for m in places_of(geoparser, text)] == [("Pampanga", "PHL", "admin2")]


def test_only_area_words_before_of_are_dropped_from_an_area_name() -> None:
    from eventwire.resolve.gazetteer_build import _AREA_OF

    assert _AREA_OF.sub("", "Province of Laguna") == "Laguna"
    assert _AREA_OF.sub("", "Isle of Wight") == "Isle of Wight"  # the island's own name
    assert _AREA_OF.sub("", "City of Johannesburg Metropolitan Municipality").startswith("City of")


def test_a_dateline_town_the_model_took_for_an_organisation_stays_a_place(geoparser: Geoparser) -> None:
    # "JASPER" is tagged as an organisation beside "Alabama": a dateline, not a list of companies.
    text = "JASPER, Alabama - A man was shot outside a store late Friday, police said."
    assert found(geoparser, text) == [("JASPER", "USA", "Alabama", "city"), ("Alabama", "USA", "Alabama", "admin1")]


# --- a city inside an organisation's name in a report on another country is only a name -------


def test_a_foreign_city_naming_an_organisation_is_no_place(geoparser: Geoparser) -> None:
    text = "Fans in Cairo said Egyptian players at Liverpool Academy train hard."
    assert [m.text for m in places_of(geoparser, text)] == ["Cairo"]


def test_a_city_naming_an_organisation_in_its_own_country_stays(geoparser: Geoparser) -> None:
    text = "British police said Liverpool Academy players were safe after the fire near Manchester."
    assert ("Liverpool", "GBR", "England", "city") in found(geoparser, text)


# --- another name of a town, after a preposition of place, in a report on its country ----------


def test_another_name_of_a_town_after_in_is_the_town_when_its_country_is_named(geoparser: Geoparser) -> None:
    text = "The Catholicos received bishops in Echmiadzin after his tour of Armenia."
    assert ("Echmiadzin", "ARM", "Armavir", "city") in found(geoparser, text)


def test_another_name_of_a_small_town_without_its_country_stays_out(geoparser: Geoparser) -> None:
    text = "The Catholicos received bishops in Echmiadzin."
    assert found(geoparser, text) == []


# --- a big town's other name behind an organisation's label needs its country in the report ----


def test_an_organisation_spelled_like_a_towns_other_name_is_no_place(geoparser: Geoparser) -> None:
    # "Hamas" is also an other name of Hamm, Germany; the report is on Gaza and Israel
    text = "Israeli warplanes struck a Hamas training camp in the Gaza Strip early on Tuesday."
    places = places_of(geoparser, text)
    assert "Gaza Strip" in [m.text for m in places]
    assert "Hamas" not in [m.text for m in places]
