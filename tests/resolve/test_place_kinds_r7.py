"""A large town's other name beside a small town's own name: "Jenin" is the English form of Janin
on the West Bank and the own name of a Polish village. The article's countries decide; a small
town's own name keeps winning over a large town's nickname in the same country."""

from __future__ import annotations

from place_support import places_of

from eventwire.geoparse import Geoparser


def found(geo: Geoparser, text: str) -> dict[str, tuple[str | None, str | None]]:
    """text -> (country, admin1) of every place mention."""
    return {m.text: (m.country, m.admin1) for m in places_of(geo, text)}


def test_an_english_name_of_a_large_town_in_a_named_country_is_that_town(geoparser: Geoparser) -> None:
    text = (
        "RAMALLAH, West Bank (AP) - Palestinian gunmen exchanged fire with soldiers near Nablus on "
        "Tuesday. The army later pulled its troops out of Jenin, witnesses said."
    )
    assert found(geoparser, text).get("Jenin") == ("PSE", "West Bank")


def test_an_english_name_beside_another_countrys_village_follows_the_countries_named(geoparser: Geoparser) -> None:
    text = (
        "BERLIN (Reuters) - German police arrested two men in Cologne on Friday after a raid in "
        "Hamburg, prosecutors in Germany said."
    )
    assert found(geoparser, text).get("Cologne") == ("DEU", "North Rhine-Westphalia")


def test_a_small_towns_own_name_outranks_a_large_towns_nickname_in_the_same_country(geoparser: Geoparser) -> None:
    # "Erving" is also listed as another name of Irving, Texas (236,000 people); its own name is
    # the Massachusetts town's, and a nickname weighs less than a name, ten times the size or not:
    # the article names the United States, so both towns' country is supported.
    text = "Police in Erving arrested a man on Monday after a crash, officials in the United States said."
    assert found(geoparser, text).get("Erving") == ("USA", "Massachusetts")


def test_without_its_country_named_an_english_name_does_not_leave_the_own_name(geoparser: Geoparser) -> None:
    # Nothing in the article names the West Bank or the Palestinians: the name is the village's.
    places = found(geoparser, "Officials in Jenin, Poland, opened a new school on Monday.")
    assert places.get("Jenin") == ("POL", "Lubusz")
