"""Kinds of place errors fixed in issue 16's fifth round, each shown on sentences written here."""

from __future__ import annotations

from place_support import places_of

from eventwire.geoparse import Geoparser
from eventwire.resolve.name_rules import COURT_OF, TITLE_HEAD, common_capital_word, cues_for, name_rules


def found(geo: Geoparser, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, country, admin1, precision) of every place mention."""
    return [(m.text, m.country, m.admin1, m.precision) for m in places_of(geo, text)]


# --- two places paired by a hyphen inside another name are both places -------------------------


def test_both_towns_of_a_hyphenated_district_are_places(geoparser: Geoparser) -> None:
    text = "Tom Reyes, MP for Nelson-Creston, thanked voters across British Columbia."
    places = found(geoparser, text)
    assert ("Nelson", "CAN", "British Columbia", "city") in places
    assert ("Creston", "CAN", "British Columbia", "city") in places


def test_a_place_inside_a_name_never_takes_the_hyphen(geoparser: Geoparser) -> None:
    text = "Jane Doe, the MLA for Kamloops-Kelowna, opened a new office in British Columbia on Monday."
    texts = [m.text for m in places_of(geoparser, text)]
    assert "Kamloops" in texts and "Kelowna" in texts
    assert not [t for t in texts if t.endswith("-")]


# --- a place written in capitals that the model left untagged ----------------------------------


def test_a_country_in_a_capitals_headline_is_a_place(geoparser: Geoparser) -> None:
    text = "FLOODS SWEEP ACROSS KENYA AFTER WEEKS OF RAIN"
    assert ("KENYA", "KEN", None, "country") in found(geoparser, text)


def test_a_capitals_word_in_a_banner_is_a_place(geoparser: Geoparser) -> None:
    text = "Tickets for the TIDAL POWER SCOTLAND SUMMIT go on sale next week."
    assert ("SCOTLAND", "GBR", "Scotland", "admin1") in found(geoparser, text)


def test_an_abbreviation_or_a_common_word_in_capitals_is_no_place(geoparser: Geoparser) -> None:
    text = "The solvent (BEIRA) was banned. READING FESTIVAL TICKETS SOLD OUT."
    assert found(geoparser, text) == []


def test_the_capital_words_list_loads_and_names_english_words() -> None:
    words = name_rules().capital_words_not_places
    assert "reading" in words and all(w == w.lower() for w in words)
    assert common_capital_word("READING") and not common_capital_word("KENYA")


# --- a city's name without its "City" ----------------------------------------------------------


def test_a_city_named_without_city_heads_a_local_court(geoparser: Geoparser) -> None:
    text = "A judge of the Paranaque Regional Trial Court convicted the two men on Monday."
    assert ("Paranaque", "PHL", "Metro Manila", "city") in found(geoparser, text)


# --- "Korea" alone is the Republic of Korea ----------------------------------------------------


def test_korea_alone_is_south_korea_and_the_peninsula_keeps_its_name(geoparser: Geoparser) -> None:
    assert ("Korea", "KOR", None, "country") in found(geoparser, "Shares rose on the Korea Exchange on Tuesday.")
    peninsula = found(geoparser, "Tension rose again on the Korean Peninsula this week.")
    assert [(t, c) for t, c, _, _ in peninsula] == [("Korean Peninsula", None)]


# --- "Congo" alone is the Democratic Republic, as the wires write it ---------------------------


def test_congo_alone_is_the_democratic_republic_and_the_republic_keeps_its_full_names(
    geoparser: Geoparser,
) -> None:
    alone = found(geoparser, "Fighting flared again in eastern Congo on Tuesday.")
    assert [(t, c) for t, c, _, _ in alone] == [("Congo", "COD")]
    republic = found(geoparser, "Voters in the Republic of the Congo went to the polls on Sunday.")
    assert [(t, c) for t, c, _, _ in republic] == [("Republic of the Congo", "COG")]
    assert ("Brazzaville", "COG") in [(t, c) for t, c, _, _ in found(geoparser, "Protesters marched in Brazzaville.")]


# --- "X City" in a report on "X County" follows the county -------------------------------------


def test_a_city_form_follows_the_county_the_article_names(geoparser: Geoparser) -> None:
    text = (
        "Police in Suffolk County, New York, arrested two men on Friday. "
        "Suffolk City detectives said the men had fled to Brentwood."
    )
    [city_form] = [m for m in places_of(geoparser, text) if m.text == "Suffolk City"]
    assert (city_form.name, city_form.admin1, city_form.precision) == ("Suffolk County", "New York", "admin2")


def test_a_city_form_alone_keeps_its_own_city(geoparser: Geoparser) -> None:
    text = "Suffolk City officials in Virginia opened a new library on Friday."
    [city_form] = [m for m in places_of(geoparser, text) if m.text == "Suffolk City"]
    assert (city_form.admin1, city_form.precision) == ("Virginia", "city")


# --- a lower-case "court" after a place is the place's court, not a title ----------------------


def test_a_city_before_a_lower_case_court_is_the_city(geoparser: Geoparser) -> None:
    assert ("Manila", "PHL", "Metro Manila", "city") in found(geoparser, "A Manila court convicted him on Monday.")
    assert ("Paris", "FRA", "Ile-de-France", "city") in found(geoparser, "A Paris court fined the company.")


def test_a_state_before_a_lower_case_court_is_the_state(geoparser: Geoparser) -> None:
    assert ("New York", "USA", "New York", "admin1") in found(geoparser, "A New York court ruled against him.")


def test_a_capitalised_court_is_still_a_title() -> None:
    assert TITLE_HEAD in cues_for(["the"], ["court", "ruled"], [True, False])
    assert COURT_OF in cues_for(["a"], ["court", "ruled"], [False, False])
    assert "court" in name_rules().capitalised_title_heads


# --- a word of administration after a name says it is an area ------------------------------------


def test_a_name_followed_by_state_is_the_state(geoparser: Geoparser) -> None:
    # a generic name ("Plateau") and a town of the same name abroad: the word says which
    for text in (
        "Gunmen killed 20 villagers in Plateau State on Monday.",
        "Gunmen killed 20 villagers in Plateau state.",
    ):
        assert ("NGA", "Plateau", "admin1") in [(c, a, p) for _, c, a, p in found(geoparser, text)], text


def test_the_area_word_picks_the_area_over_the_city(geoparser: Geoparser) -> None:
    places = found(geoparser, "The Kano state governor visited Lagos on Monday.")
    assert ("Kano", "NGA", "Kano", "admin1") in places
    # control: without the word the city stays the city
    assert ("Kano", "NGA", "Kano", "city") in found(geoparser, "The governor visited Kano on Monday.")
    # control: a region of that name stays the region
    regions = found(geoparser, "Tensions rose across the Gulf region after the strike in Iraq.")
    assert ("Gulf", None, None, "region") in regions
