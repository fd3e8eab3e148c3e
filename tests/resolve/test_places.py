"""Place resolution rules, each shown on a hand-written sentence through `Geoparser.places`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from eventwire.errors import DataFileError
from eventwire.geoparse import Geoparser
from eventwire.records import Article, PlaceMention
from eventwire.resolve import places as resolve_places_module
from eventwire.resolve.gazetteer import Gazetteer
from eventwire.resolve.places import place_stopwords


@pytest.fixture(scope="session")
def geoparser(nlp: Language, gazetteer: Gazetteer) -> Geoparser:
    """The session's pipeline and gazetteer as a Geoparser: what `Geoparser.open()` builds, built once.

    Not closed here: the gazetteer belongs to the session fixture in tests/conftest.py.
    """
    return Geoparser(nlp=nlp, gazetteer=gazetteer)


def places_of(geo: Geoparser, text: str) -> list[PlaceMention]:
    """The place mentions of one hand-written article."""
    [(_, mentions)] = list(geo.places([Article(id="test", doc="test.txt", text=text)]))
    return mentions


def mentions_named(mentions: list[PlaceMention], text: str) -> list[PlaceMention]:
    return [m for m in mentions if m.text == text]


def test_country_name_resolves_to_its_iso3_code(geoparser: Geoparser) -> None:
    [iran] = places_of(geoparser, "Iran said it would respond to the strike.")
    assert (iran.text, iran.start, iran.end) == ("Iran", 0, 4)
    assert iran.country == "IRN"
    assert iran.precision == "country"
    assert iran.admin1 is None
    assert iran.kind == "toponym"
    assert iran.gazetteer_id is not None


def test_city_named_with_its_country_resolves_inside_that_country(geoparser: Geoparser) -> None:
    mentions = places_of(geoparser, "Protests spread from Tehran to Kerman, Iran.")
    assert [m.text for m in mentions] == ["Tehran", "Kerman", "Iran"]
    kerman = mentions[1]
    assert kerman.country == "IRN"
    assert kerman.admin1 == "Kerman"
    assert mentions[0].country == "IRN" and mentions[0].precision == "city"


def test_city_sharing_its_name_with_its_province_resolves_to_the_city(geoparser: Geoparser) -> None:
    [kerman] = mentions_named(places_of(geoparser, "Protests spread from Tehran to Kerman, Iran."), "Kerman")
    assert kerman.precision == "city"


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("The storm hit Gainesville, Va., on Monday.", "Gainesville", "USA", "Virginia"),
        ("Rockets struck Erbil, Iraq, overnight.", "Erbil", "IRQ", "Arbil"),
        ("Police in Nelson, British Columbia, said a fire broke out.", "Nelson", "CAN", "British Columbia"),
    ],
)
def test_container_after_a_comma_chooses_the_place_inside_it(
    geoparser: Geoparser, text: str, name: str, country: str, admin1: str
) -> None:
    [place] = mentions_named(places_of(geoparser, text), name)
    assert (place.country, place.admin1, place.precision) == (country, admin1, "city")
    assert any("container" in e for e in place.evidence)


def test_facility_word_resolves_to_the_facility_and_the_bare_name_later_takes_the_same_sense(
    geoparser: Geoparser,
) -> None:
    text = (
        "The attack on the Ain al-Asad airbase came after a drone strike. "
        "Two of the 17 missiles targeting Ain al-Asad did not go off."
    )
    mentions = places_of(geoparser, text)
    assert len(mentions) == 2
    base, repeat = mentions
    assert text[base.start : base.end].endswith("Ain al-Asad airbase")
    assert (base.precision, base.country) == ("facility", "IRQ")
    assert (repeat.text, repeat.start) == ("Ain al-Asad", text.rindex("Ain al-Asad"))
    assert repeat.gazetteer_id == base.gazetteer_id
    assert (repeat.precision, repeat.country) == ("facility", "IRQ")


def test_bare_facility_name_before_the_one_with_the_facility_word_takes_its_sense(geoparser: Geoparser) -> None:
    text = "Two of the missiles hit Ain al-Asad. The Ain al-Asad airbase hosts US troops."
    first, base = (m for m in places_of(geoparser, text) if "Asad" in m.text)
    assert first.start == text.index("Ain al-Asad")
    assert first.gazetteer_id == base.gazetteer_id
    assert first.precision == base.precision == "facility"


def test_airport_named_in_full_resolves_to_the_facility(geoparser: Geoparser) -> None:
    text = "Soleimani was killed by a drone at Baghdad International Airport on Friday."
    start = text.index("Baghdad")
    [airport] = [m for m in places_of(geoparser, text) if m.start <= start < m.end]
    assert airport.precision == "facility"
    assert airport.country == "IRQ"
    assert text[airport.start : airport.end] == "Baghdad International Airport"


def test_demonyms_are_not_place_records_by_default(geoparser: Geoparser) -> None:
    assert places_of(geoparser, "Iraqi forces said there were no casualties.") == []


def test_demonyms_are_country_records_when_asked_for(geoparser: Geoparser) -> None:
    with_demonyms = Geoparser(geoparser.nlp, geoparser.gazetteer, include_demonyms=True)
    [iraqi] = places_of(with_demonyms, "Iraqi forces said there were no casualties.")
    assert (iraqi.text, iraqi.start, iraqi.end) == ("Iraqi", 0, 5)
    assert (iraqi.kind, iraqi.precision, iraqi.country, iraqi.admin1) == ("demonym", "country", "IRQ", None)


@pytest.mark.parametrize(
    ("text", "dateline", "country"),
    [
        ("BAGHDAD (Reuters) - A rocket hit the Green Zone on Tuesday.", "BAGHDAD", "IRQ"),
        ("KABUL, Afghanistan (AP) — A bomb exploded near a mosque on Friday.", "KABUL", "AFG"),
    ],
)
def test_dateline_resolves_to_the_city(geoparser: Geoparser, text: str, dateline: str, country: str) -> None:
    place = places_of(geoparser, text)[0]
    assert (place.text, place.start, place.end) == (dateline, 0, len(dateline))
    assert place.name == dateline.title()
    assert (place.country, place.precision) == (country, "city")


@pytest.mark.parametrize(
    "text",
    [
        "The West must act now, the minister said.",
        "Refugees fled to the North last year.",
        "Leaders in the North said they would not attend.",
    ],
)
def test_direction_words_are_not_places(geoparser: Geoparser, text: str) -> None:
    assert places_of(geoparser, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the Toronto Police Service said a man was arrested.",
        "Officials said the Toronto Police Service had arrested a man.",
        pytest.param(
            "The Toronto Police Service said a man was arrested.",
        ),
    ],
)
def test_place_inside_an_organisation_name_is_a_place(geoparser: Geoparser, text: str) -> None:
    [toronto] = places_of(geoparser, text)
    assert (toronto.text, toronto.start) == ("Toronto", text.index("Toronto"))
    assert (toronto.country, toronto.admin1, toronto.precision) == ("CAN", "Ontario", "city")


@pytest.mark.parametrize(
    "text",
    [
        "Nelson is a small town in British Columbia. Police in Nelson said a fire broke out.",
        "Police in Nelson said a fire broke out. Nelson is a small town in British Columbia.",
    ],
)
def test_context_in_the_article_chooses_between_places_of_the_same_name(geoparser: Geoparser, text: str) -> None:
    nelsons = mentions_named(places_of(geoparser, text), "Nelson")
    assert len(nelsons) == 2
    assert {(m.country, m.admin1, m.precision) for m in nelsons} == {("CAN", "British Columbia", "city")}
    assert len({m.gazetteer_id for m in nelsons}) == 1


def test_each_span_is_reported_once(geoparser: Geoparser) -> None:
    mentions = places_of(geoparser, 'Crowds chanted "Death to America" in the streets of Tehran.')
    spans = [(m.start, m.end) for m in mentions]
    assert len(spans) == len(set(spans)), spans


def test_place_stopwords_file_loads_directions_casefolded() -> None:
    words = place_stopwords()
    assert {"west", "north", "east", "south"} <= words
    assert all(w == w.casefold() and w.strip() == w and not w.startswith("#") for w in words)


@pytest.fixture
def fresh_stopwords() -> Iterator[None]:
    """`place_stopwords` is cached: clear it so a patched file is read, and so others see the real one."""
    place_stopwords.cache_clear()
    yield
    place_stopwords.cache_clear()


@pytest.mark.parametrize(
    "contents",
    ["", "\n\n", "# only comments\n#   West\n   \n"],
    ids=["empty", "blank-lines", "comments-only"],
)
def test_empty_place_stopwords_file_raises_data_file_error(
    monkeypatch: pytest.MonkeyPatch, fresh_stopwords: None, contents: str
) -> None:
    monkeypatch.setattr(resolve_places_module, "data_text", lambda name: contents)
    with pytest.raises(DataFileError, match=r"place_stopwords\.txt is empty"):
        place_stopwords()


def test_missing_place_stopwords_file_raises_data_file_error(
    monkeypatch: pytest.MonkeyPatch, fresh_stopwords: None
) -> None:
    monkeypatch.setattr(resolve_places_module, "STOPWORDS_FILE", "no_such_stopwords.txt")
    with pytest.raises(DataFileError, match=r"no_such_stopwords\.txt is missing"):
        place_stopwords()


def test_a_small_town_reached_only_through_another_of_its_names_is_not_taken(geoparser: Geoparser) -> None:
    # "Newcomers" (a café here) is an alternate name of Newcomerstown, Ohio (about 4,000 people).
    text = "We met for brunch at Newcomers on Saturday, and the Newcomers menu was better than ever."
    assert all(m.name != "Newcomerstown" for m in places_of(geoparser, text))
    # A large city's other name still is the city: "Bombay" is Mumbai.
    assert {m.name for m in places_of(geoparser, "Flights from Bombay were delayed on Monday.")} >= {"Mumbai"}


def test_an_entity_made_only_of_place_names_is_a_list_of_places(geoparser: Geoparser) -> None:
    text = "Exports to markets such as Portugal, Greece Italy or Malta fell sharply last year."
    found = [(m.text, m.country) for m in places_of(geoparser, text)]
    assert found == [("Portugal", "PRT"), ("Greece", "GRC"), ("Italy", "ITA"), ("Malta", "MLT")]


def test_a_hyphenated_pair_of_regions_is_two_places(geoparser: Geoparser) -> None:
    text = "Trade across Asia-Pacific and Latin America slowed in the spring."
    assert [m.text for m in places_of(geoparser, text)] == ["Asia", "Pacific", "Latin America"]


def test_a_place_name_heading_a_hyphenated_adjective_is_the_place(geoparser: Geoparser) -> None:
    text = "Troops of the U.S.-led coalition left the base in Syria. The U.S. said the withdrawal would take months."
    first = places_of(geoparser, text)[0]
    assert (text[first.start : first.end], first.country) == ("U.S.", "USA")
    assert first.start == text.index("U.S.-led")
    # Not after a hyphen: "anti-Syria" is no mention of Syria.
    assert [m.start for m in places_of(geoparser, "Syria rejected the anti-Syria campaign.")] == [0]


def test_only_demonyms_that_modify_a_noun_are_country_records(geoparser: Geoparser) -> None:
    with_demonyms = Geoparser(geoparser.nlp, geoparser.gazetteer, include_demonyms=True)
    text = (
        "Two Russian diplomats met a French engineer in Oslo. Many Venezuelans crossed the border, "
        "the Irish who stayed were few, and the guest was an American."
    )
    found = [(m.text, m.kind, m.country) for m in places_of(with_demonyms, text)]
    assert found == [("Russian", "demonym", "RUS"), ("French", "demonym", "FRA"), ("Oslo", "toponym", "NOR")]


def test_a_dateline_wins_over_its_last_word_tagged_alone(geoparser: Geoparser) -> None:
    text = "ST. LOUIS – Detectives asked for help on Monday after two cars were stolen from a garage downtown."
    [dateline] = places_of(geoparser, text)
    assert (dateline.text, dateline.start, dateline.name, dateline.admin1) == ("ST. LOUIS", 0, "St. Louis", "Missouri")
    text = "ST. PAUL – The city council voted to repair the bridge before winter."
    assert [m.text for m in places_of(geoparser, text)] == ["ST. PAUL"]


def test_a_bare_name_in_an_article_naming_its_county_is_in_that_county(geoparser: Geoparser) -> None:
    text = "Flooding closed roads across Suffolk County on Monday, the Suffolk News reported."
    found = [(m.text, m.name, m.admin1) for m in places_of(geoparser, text)]
    assert found == [("Suffolk County", "Suffolk County", "New York"), ("Suffolk", "Suffolk County", "New York")]
    # A town of that name in the county's state stays the town.
    text = "Deputies in Orange County searched the lake on Sunday. The Orange Register said the boat was found."
    found = [(m.text, m.precision, m.admin1) for m in places_of(geoparser, text)]
    assert found == [("Orange County", "admin2", "California"), ("Orange", "city", "California")]


def test_a_bare_name_of_the_datelines_state_is_the_state_though_its_namesake_is_qualified(
    geoparser: Geoparser,
) -> None:
    text = (
        "OLYMPIA, Wash. – The state's emergency team trained for a week in Washington, D.C., last spring. "
        "Back home in Washington, the team answered floods in the Yakima valley."
    )
    washingtons = [(m.start, m.precision) for m in places_of(geoparser, text) if m.text == "Washington"]
    assert washingtons == [(text.index("Washington, D.C."), "city"), (text.index("Washington, the"), "admin1")]
