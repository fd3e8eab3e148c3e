"""Local focus: a local report's own geography chooses between namesakes before population."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.geoparse import Geoparser
from eventwire.records import Article, GazetteerEntry, PlaceMention
from eventwire.resolve.focus import (
    FocusSignal,
    article_focus,
    event_location,
    focus_bonus,
    local_focus,
    outlet_home,
)
from eventwire.resolve.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def geoparser(nlp: Language, gazetteer: Gazetteer) -> Geoparser:
    return Geoparser(nlp=nlp, gazetteer=gazetteer)


def places_of(geo: Geoparser, text: str, url: str | None = None) -> list[PlaceMention]:
    [(_, mentions)] = list(geo.places([Article(id="test", doc="test.txt", text=text, url=url)]))
    return mentions


def entry(name: str, kind: str, admin1: str, lat: float, lon: float, country: str = "USA") -> GazetteerEntry:
    return GazetteerEntry(id=name, name=name, kind=kind, lat=lat, lon=lon, country=country, admin1=admin1)  # type: ignore[arg-type]


def mention(
    name: str, start: int, precision: str, admin1: str | None, evidence: list[str] | None = None
) -> PlaceMention:
    return PlaceMention(
        doc="d",
        text=name,
        start=start,
        end=start + len(name),
        name=name,
        country="USA",
        admin1=admin1,
        lat=0.0,
        lon=0.0,
        precision=precision,  # type: ignore[arg-type]
        gazetteer_id=name,
        evidence=evidence or [],
    )


def test_focus_is_the_admin1_area_holding_most_places_with_the_dateline_weighing_double() -> None:
    signals = [
        FocusSignal(entry("Tyler", "city", "Texas", 32.35, -95.3), 2, "dateline"),
        FocusSignal(entry("Smith County", "admin2", "Texas", 32.37, -95.27), 1, "text"),
        FocusSignal(entry("Shreveport", "city", "Louisiana", 32.5, -93.75), 1, "text"),
    ]
    focus = local_focus(signals)
    assert focus is not None and (focus.admin1, focus.lat) == ("Texas", 32.35)
    assert "dateline" in focus.signals


def test_no_focus_when_places_are_spread_over_many_areas() -> None:
    signals = [
        FocusSignal(entry(n, "city", a, 0, 0), 1, "text") for n, a in [("A", "Ohio"), ("B", "Utah"), ("C", "Iowa")]
    ]
    assert local_focus(signals) is None


def test_focus_bonus_favours_the_area_and_towns_in_it_near_the_point() -> None:
    focus = local_focus([FocusSignal(entry("Tyler", "city", "Texas", 32.35, -95.3), 2, "dateline")])
    near = entry("Paris", "city", "Texas", 33.66, -95.56)
    far_in_area = entry("Portland", "city", "Texas", 27.88, -97.32)
    abroad = entry("Paris", "city", "Ile-de-France", 48.85, 2.35, country="FRA")
    assert focus_bonus(near, focus) > focus_bonus(far_in_area, focus) > focus_bonus(abroad, focus) == 0.0
    assert focus_bonus(entry("Texas", "admin1", "Texas", 31, -99), focus) == focus_bonus(near, focus)
    assert focus_bonus(entry("Oklahoma", "admin1", "Oklahoma", 35, -97), focus) == 0.0
    # A town named like a state gets nothing: "Florida" stays the state.
    assert focus_bonus(near, focus, names_an_area=True) == 0.0


def test_outlet_home_is_read_from_the_host_name(gazetteer: Gazetteer) -> None:
    home = outlet_home("https://www.houstonchronicle.com/news/article.php", gazetteer.lookup)
    assert home is not None and (home.name, home.admin1) == ("Houston", "Texas")
    assert outlet_home("https://apnews.com/x", gazetteer.lookup) is None
    assert outlet_home(None, gazetteer.lookup) is None


def test_namesake_town_in_a_local_report_is_the_local_one(geoparser: Geoparser) -> None:
    text = (
        "Deputies in Lamar County, Texas responded to a crash on Loop 286 early Sunday. "
        "The driver, a Paris resident, was taken to a hospital in Paris, officials said."
    )
    paris = [m for m in places_of(geoparser, text) if m.text == "Paris"]
    assert paris and {(m.country, m.admin1) for m in paris} == {("USA", "Texas")}


def test_qualified_name_holds_for_every_mention_in_the_article(geoparser: Geoparser) -> None:
    text = "A fire destroyed a warehouse in London, Ontario on Monday. London firefighters worked all night."
    london = [m for m in places_of(geoparser, text) if m.text == "London"]
    assert len(london) == 2 and {m.country for m in london} == {"CAN"}


def test_event_is_placed_in_its_sentence_before_the_focus_and_never_at_an_outlet() -> None:
    outlet = mention("Bangor", 5, "city", "Maine", ["outlet name"])
    town = mention("Cushing", 40, "city", "Maine")
    focus = mention("Rockland", 0, "city", "Maine")
    assert event_location([], [outlet, town], [], focus, trigger_at=30) is town
    assert event_location([], [outlet], [], focus, trigger_at=30) is focus
    assert article_focus([outlet, outlet, town, focus, focus]) is focus


def test_dateline_state_makes_washington_the_state_even_without_the_town(geoparser: Geoparser) -> None:
    text = (
        "FORT QUILLAN, Wash. - Crews from Yakima and Spokane joined the search on Monday. "
        "Officials in Washington said the search would resume at dawn."
    )
    [washington] = [m for m in places_of(geoparser, text) if m.text == "Washington"]
    assert (washington.precision, washington.admin1) == ("admin1", "Washington")


def test_new_york_dateline_stays_the_city_in_a_new_york_report(geoparser: Geoparser) -> None:
    text = "NEW YORK (Reuters) - Commuters in Brooklyn and Albany faced delays on Tuesday."
    [city] = [m for m in places_of(geoparser, text) if m.text == "NEW YORK"]
    assert city.precision == "city"


def test_events_are_placed_by_the_qualified_name_and_never_at_an_outlet(geoparser: Geoparser) -> None:
    from datetime import date

    from eventwire.extractor import Extractor

    text = (
        "LONDON, Ontario - London, Ontario police arrested two men on Saturday after a brawl outside a bar.\n\n"
        "The Fars news agency reported that protesters clashed with police in Shiraz."
    )
    article = Article(id="t", doc="t.txt", text=text)
    [(_, events)] = list(Extractor(geoparser).extract([article], published=date(2024, 5, 4)))
    locations = [e.to_dict()["location"] for e in events]
    assert locations and all(loc is not None for loc in locations)
    assert {loc["country"] for loc in locations} == {"CAN", "IRN"}
    assert all(loc["text"] != "Fars" for loc in locations)


def test_a_small_town_abroad_is_not_taken_when_the_report_is_placed_elsewhere(geoparser: Geoparser) -> None:
    # Kenyan report: "Eastleigh" is Nairobi's district, which the gazetteer lacks, not the
    # English or South African town of that name.
    text = "NAIROBI (Reuters) - Kenyan police fired tear gas at hawkers in Eastleigh on Friday, witnesses said."
    places = places_of(geoparser, text)
    assert {m.country for m in places if m.text == "NAIROBI"} == {"KEN"}
    assert all(m.country == "KEN" for m in places)


def test_a_small_town_abroad_stays_when_nothing_places_the_report_elsewhere(geoparser: Geoparser) -> None:
    [town] = places_of(geoparser, "Police in Eastleigh arrested two men after a fight outside a pub on Friday.")
    assert town.country == "GBR"
    text = "NAIROBI (Reuters) - A Kenyan runner who trains in Eastleigh, England won the race on Sunday."
    assert "GBR" in {m.country for m in places_of(geoparser, text) if m.text == "Eastleigh"}


def test_a_speaking_landmark_is_a_source_not_where_the_event_happened(geoparser: Geoparser) -> None:
    from datetime import date

    from eventwire.extractor import Extractor

    text = "The Pentagon said a drone strike destroyed a weapons depot near Kandahar on Tuesday."
    places = places_of(geoparser, text)
    # The speaking landmark is the institution, no place at all (GeoWebNews marks only literal uses).
    assert not [m for m in places if m.text == "Pentagon"]
    assert [m.country for m in places if m.text == "Kandahar"] == ["AFG"]
    article = Article(id="t", doc="t.txt", text=text)
    [(_, events)] = list(Extractor(geoparser).extract([article], published=date(2024, 5, 8)))
    locations = [e.to_dict()["location"] for e in events]
    assert locations and all(loc is not None and loc["country"] == "AFG" for loc in locations)


def test_a_place_owning_a_person_is_whose_not_where(geoparser: Geoparser) -> None:
    text = "Chad's defence minister flew to Abeche on Sunday after rebels shelled the town's market."
    places = places_of(geoparser, text)
    [chad] = [m for m in places if m.text.startswith("Chad")]
    assert "owner of a person" in chad.evidence
    [abeche] = [m for m in places if m.text == "Abeche"]
    assert "owner of a person" not in abeche.evidence
    assert event_location([], [chad], [], abeche, trigger_at=60) is abeche
    # A possessive that owns a thing, not a person, is still where: "Kabul's western district".
    kabul = places_of(geoparser, "A bomb exploded in Kabul's western district on Monday.")
    assert kabul and all("owner of a person" not in m.evidence for m in kabul)


def test_a_speaking_or_owning_place_still_tells_what_the_report_is_about() -> None:
    owner = mention("Ukraine", 0, "country", None, ["owner of a person"])
    speaker = mention("Kremlin", 50, "facility", "Moscow", ["speaker"])
    assert event_location([], [owner, speaker], [], None, trigger_at=30) is None
    assert article_focus([owner]) is owner
    assert article_focus([mention("Bangor", 5, "city", "Maine", ["outlet name"])]) is None
