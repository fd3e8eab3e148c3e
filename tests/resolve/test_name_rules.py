"""Names that are not places: the context rules of place_name_rules.json, alone and in articles."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from place_support import places_of
from spacy.tokens import Doc, Span

from eventwire.geoparse import Geoparser
from eventwire.nlp.places import _titled_name
from eventwire.records import GazetteerEntry
from eventwire.resolve.name_rules import (
    LOCAL_ORGANISATION,
    NAMED,
    NONLOCAL_ORGANISATION,
    OWNER,
    PERSON_NAME,
    PERSON_TITLE,
    PERSON_VERB,
    STREET,
    TEAM,
    TITLE_HEAD,
    compass_name,
    cues_for,
    generic_area_name,
    landmark,
    name_rules,
    rejects,
)


def town(population: int, kind: str = "city") -> GazetteerEntry:
    return GazetteerEntry(id="t", name="Town", kind=kind, lat=0.0, lon=0.0, population=population)  # type: ignore[arg-type]


def test_rules_file_loads_with_every_list_and_the_landmarks() -> None:
    rules = name_rules()
    assert ("said",) in rules.person_verbs and ("is", "accused") in rules.person_verbs
    assert "mayor" in rules.person_titles
    assert ("news", "agency") in rules.nonlocal_heads
    assert ("coach",) in rules.team_heads and ("street",) in rules.street_heads
    assert {"known as", "called"} <= rules.naming_words and "southern" in rules.generic_area_words
    assert {"state", "province", "region"} <= rules.area_words
    assert {"town", "city", "village"} <= rules.settlement_words
    assert ("police",) in rules.local_heads
    white_house = landmark("the White House")
    assert white_house is not None and white_house.country == "USA"


@pytest.mark.parametrize(
    ("before", "after", "cue"),
    [
        (["a", "statement"], ["said", "on"], PERSON_VERB),  # "... Steele said on Monday"
        (["officer"], ["is", "accused", "of"], PERSON_VERB),
        (["after"], [",", "who", "was"], PERSON_VERB),  # "Barry, who was from ..."
        (["by", "mayor"], ["on", "friday"], PERSON_TITLE),
        (["said", "sen."], [",", "a"], PERSON_TITLE),
        (["iran", "'s"], ["leader", "ali"], TITLE_HEAD),  # "Supreme Leader"
        (["the"], ["news", "agency", "reported"], NONLOCAL_ORGANISATION),
        (["the"], ["county", "sheriff's", "office"], LOCAL_ORGANISATION),
        (["the"], ["police", "department"], LOCAL_ORGANISATION),
        (["said"], ["coach", "dana", "ruiz"], TEAM),  # "said Gonzaga coach Dana Ruiz"
        (["a"], ["player", "since"], TEAM),
        (["on"], ["street", "near"], STREET),  # "on Elm Street near the park"
        (["at"], ["st.", ","], STREET),  # "at 12 Victoria St., Suite 4"
        (["the", "horse"], ["and", "blue", "streets"], STREET),  # "down Canal and Magazine streets"
        (["later", "called"], ["and", "then"], NAMED),  # "the road was later called Jackson"
        (["known", "as"], [",", "was"], NAMED),
    ],
)
def test_context_words_fire_their_rule(before: list[str], after: list[str], cue: str) -> None:
    names = [w[:1].isalpha() and w not in {"said", "is", "who", "news"} for w in after]
    assert cue in cues_for(before, after, names)


def test_organisation_head_may_follow_more_words_of_the_name() -> None:
    # "Queensbury Metro Transit": the head "transit" after one more capitalised word.
    assert LOCAL_ORGANISATION in cues_for(["the"], ["metro", "transit", "said"], [True, True, False])
    # ... but not after an ordinary word: "Hollywood on Friday news agency" is no head.
    assert cues_for(["in"], ["on", "news", "agency"], [False, False, False]) == frozenset()


def test_plain_place_context_fires_nothing() -> None:
    assert cues_for(["flooding", "in"], [",", "where", "residents"], [False, False, False]) == frozenset()


@given(st.lists(st.text(max_size=8), max_size=6), st.lists(st.text(max_size=8), max_size=6))
def test_cues_for_never_fails_on_any_words(before: list[str], after: list[str]) -> None:
    cues = cues_for(before, after, [w.istitle() for w in after])
    assert cues <= {
        PERSON_VERB,
        PERSON_TITLE,
        TITLE_HEAD,
        NONLOCAL_ORGANISATION,
        LOCAL_ORGANISATION,
        TEAM,
        STREET,
        NAMED,
    }


def test_person_cue_rules_out_a_small_town_but_not_a_capital_city_or_country() -> None:
    cues = frozenset({PERSON_VERB})
    assert rejects(cues, town(3_000), strong_label=False, big_city=100_000) == PERSON_VERB
    assert rejects(cues, town(2_000_000), strong_label=False, big_city=100_000) is None
    assert rejects(cues, town(0, "country"), strong_label=False, big_city=100_000) is None


def test_person_named_elsewhere_rules_out_everything_but_countries() -> None:
    cues = frozenset({PERSON_NAME})
    assert rejects(cues, town(2_000_000), strong_label=True, big_city=100_000) == PERSON_NAME
    assert rejects(cues, town(0, "admin1"), strong_label=True, big_city=100_000) == PERSON_NAME


def test_person_verb_after_a_small_town_name_drops_it(geoparser: Geoparser) -> None:
    text = (
        "Firefighters were called to a barn near Lincoln on Sunday. "
        "Darnell Steele, the farm's owner, watched the blaze. Steele said the animals were safe."
    )
    steele = [m for m in places_of(geoparser, text) if m.text == "Steele"]
    assert steele == []


def test_surname_of_a_person_named_in_full_is_not_a_place(geoparser: Geoparser) -> None:
    text = "Coach Marcus Holloway praised his players. Holloway has changed the formation twice."
    assert not [m for m in places_of(geoparser, text) if "Holloway" in m.text]


def test_title_head_keeps_supreme_leader_out_of_louisiana(geoparser: Geoparser) -> None:
    text = "Iran's Supreme Leader warned Washington on Tuesday against any new sanctions."
    mentions = places_of(geoparser, text)
    assert not [m for m in mentions if m.text.startswith("Supreme")]
    assert [m.country for m in mentions if m.text == "Iran"] == ["IRN"]


def test_news_agency_named_for_a_province_is_not_the_province(geoparser: Geoparser) -> None:
    text = "The semi-official Fars news agency said the missiles were fired from western Iran."
    assert not [m for m in places_of(geoparser, text) if m.text == "Fars"]


def test_white_house_is_the_landmark_in_washington_not_a_town(geoparser: Geoparser) -> None:
    text = "The president will sign the bill at the White House on Friday."
    [house] = [m for m in places_of(geoparser, text) if m.text == "White House"]
    assert house.country == "USA" and house.admin1 == "District of Columbia"
    assert house.precision == "facility"
    assert abs((house.lat or 0) - 38.9) < 0.1


def test_a_landmark_that_stands_for_its_institution_is_no_place(geoparser: Geoparser) -> None:
    text = (
        "The White House declined to comment on the plan. The Pentagon, the Treasury and the FBI "
        "are all worried about it. Talks with the Kremlin will resume in May."
    )
    mentions = places_of(geoparser, text)
    assert not [m for m in mentions if m.text in ("White House", "Pentagon", "Kremlin")]


def test_a_landmark_stays_a_place_where_it_is_the_building(geoparser: Geoparser) -> None:
    text = (
        "The White House announced new tariffs on Monday. The governor flew back to "
        "Washington and met the president at the White House on Tuesday."
    )
    houses = [m for m in places_of(geoparser, text) if m.text == "White House"]
    # The speaking mention is the institution; the one the governor went to is the building.
    assert [m.start for m in houses] == [text.rindex("White House")]
    assert houses[0].precision == "facility" and houses[0].country == "USA"


@pytest.mark.parametrize(
    ("before", "cue"),
    [(["talks", "with"], "party_of"), (["with", "the"], "party_of"), (["sanctions", "against"], "party_of")],
)
def test_a_party_preposition_before_a_name_fires_its_rule(before: list[str], cue: str) -> None:
    assert cue in cues_for(before, ["will", "resume"])


def test_county_inside_a_local_agency_name_is_a_place(geoparser: Geoparser) -> None:
    text = "A man was wounded on Saturday, the Manatee County Sheriff's Office said in a statement."
    [county] = [m for m in places_of(geoparser, text) if m.text == "Manatee County"]
    assert county.admin1 == "Florida"
    assert county.precision == "admin2"


def test_staff_noun_after_a_landmark_names_an_employer_not_a_place(geoparser: Geoparser) -> None:
    text = "Two White House aides said the meeting was cancelled."
    assert not [m for m in places_of(geoparser, text) if m.text == "White House"]


def test_small_town_behind_an_organisation_label_needs_support(geoparser: Geoparser) -> None:
    # "Pemberton" with no locative preposition and no country in the article: not a place.
    text = "The award went to Pemberton Holdings, and Pemberton thanked the jury."
    assert not [m for m in places_of(geoparser, text) if m.text == "Pemberton" and m.precision == "city"]


def test_a_possessive_before_a_persons_title_names_whose_the_person_is() -> None:
    assert OWNER in cues_for(["in"], ["'s", "foreign", "minister", "said"])
    assert OWNER in cues_for([], ["\u2019s", "army", "chief", ","])
    assert OWNER not in cues_for(["in"], ["'s", "old", "market", "on"])
    assert OWNER not in cues_for(["in"], ["minister", "said"])  # no possessive: not whose


def test_street_named_for_a_place_is_a_street_everywhere() -> None:
    assert rejects(frozenset({STREET}), town(0, "country"), strong_label=True, big_city=100_000) == STREET
    assert rejects(frozenset({STREET}), town(5_000_000), strong_label=True, big_city=100_000) == STREET


def test_a_name_given_is_not_a_place_but_a_country_stays() -> None:
    assert rejects(frozenset({NAMED}), town(900_000), strong_label=True, big_city=100_000) == NAMED
    assert rejects(frozenset({NAMED}), town(0, "country"), strong_label=True, big_city=100_000) is None


def test_team_head_rules_out_a_small_town_but_not_a_big_city() -> None:
    assert rejects(frozenset({TEAM}), town(4_000), strong_label=True, big_city=100_000) == TEAM
    assert rejects(frozenset({TEAM}), town(600_000), strong_label=True, big_city=100_000) is None


def test_streets_in_an_article_are_not_the_towns_they_are_named_for(geoparser: Geoparser) -> None:
    text = (
        "The new clinic at 220 Victoria St. opened on Monday in Kamloops, the health authority said. "
        "Police said the stabbing happened in the 300 block of North Lincoln Avenue on the West Side "
        "of Chicago."
    )
    found = [m.text for m in places_of(geoparser, text)]
    assert found == ["Kamloops", "Chicago"]


def test_a_town_named_only_as_a_team_is_no_place_in_any_mention(geoparser: Geoparser) -> None:
    text = (
        "Notre Dame won 70-65 on Sunday. Notre Dame coach Lisa Kerr praised her defence, and "
        "Notre Dame's Amy Park scored 20 points."
    )
    assert not [m for m in places_of(geoparser, text) if m.text.startswith("Notre Dame")]


def test_a_team_town_also_placed_by_a_preposition_stays_a_place(geoparser: Geoparser) -> None:
    text = (
        "Muncie coach Ray Dill said the gym would reopen. The storm had damaged the roof of the "
        "school gym in Muncie on Monday night."
    )
    assert [m.text for m in places_of(geoparser, text) if m.text == "Muncie"][-1:] == ["Muncie"]


def test_a_nickname_or_a_name_given_is_not_the_place_it_names(geoparser: Geoparser) -> None:
    text = "A teenager known as Montana was arrested in Fresno on Friday, police said."
    assert [m.text for m in places_of(geoparser, text)] == ["Fresno"]
    text = "The avenue was first named Bienville and was later called Jefferson before the war."
    assert places_of(geoparser, text) == []


def test_a_city_inside_a_persons_full_name_is_not_the_city(geoparser: Geoparser) -> None:
    # The heading's "SYDNEY" may be the city; the actress's first name is not.
    text = "SYDNEY SHINES: Sydney Sweeney wore a red gown on the carpet."
    assert [m.text for m in places_of(geoparser, text) if m.text == "Sydney"] == []


@pytest.mark.parametrize(
    ("name", "generic"),
    [("Southern", True), ("Central District", True), ("North-West", True), ("Northwest", True), ("Oaxaca", False)],
)
def test_generic_area_names_are_only_compass_and_area_words(name: str, generic: bool) -> None:
    assert generic_area_name(name) is generic


def test_an_area_named_by_a_compass_word_needs_its_country_in_the_article(geoparser: Geoparser) -> None:
    text = "The Northwest Heart Clinic in Derry will double its beds, the trust said."
    assert [m.text for m in places_of(geoparser, text)] == ["Derry"]
    text = "The lecture covered the Central District court reforms in Seoul."
    assert [m.text for m in places_of(geoparser, text)] == ["Seoul"]
    text = "Heavy rain hit the Southern Province of Zambia, flooding roads near Choma."
    assert {m.country for m in places_of(geoparser, text)} == {"ZMB"}


def test_a_state_abbreviation_without_its_period_is_a_word(geoparser: Geoparser) -> None:
    text = "Inspectors were trained to detect weapons of Mass Destruction in Tacoma last spring."
    assert [m.text for m in places_of(geoparser, text)] == ["Tacoma"]
    text = "Storms battered Springfield, Mass. on Sunday."
    assert [(m.text, m.name) for m in places_of(geoparser, text)][-1] == ("Mass.", "Massachusetts")


def test_a_town_heading_a_local_agency_stays_a_place_though_a_person_cue_follows_it(geoparser: Geoparser) -> None:
    text = (
        "Crestview Police Department officers found the car on Sunday. "
        "The mayor of Crestview said the street would stay closed."
    )
    assert {m.text for m in places_of(geoparser, text)} == {"Crestview"}


def test_a_town_name_joined_to_a_persons_surname_is_a_person(geoparser: Geoparser) -> None:
    text = "Judge Ana Cruz sentenced Mark Lyle Deen and Nino Calamba on Friday. Deen and Calamba will appeal."
    assert places_of(geoparser, text) == []
    # A place joined to a word of a longer name stays a place.
    text = "Officers of Mark Lyle Deen Security patrolled in Bulacan and Calamba on Friday."
    assert "Calamba" in [m.text for m in places_of(geoparser, text)]


def test_a_titled_name_the_model_calls_an_organisation_is_a_person(geoparser: Geoparser) -> None:
    # "Detective Carmen Rivera" is tagged ORG whole; Rivera is also a Uruguayan department.
    text = (
        "The man was charged with aggravated assault, said Detective Carmen Rivera, a police spokesperson in "
        "Newark, New Jersey."
    )
    texts = [m.text for m in places_of(geoparser, text)]
    assert "Rivera" not in texts
    assert "Newark" in texts


def test_an_organisation_with_a_place_in_its_name_keeps_the_place(geoparser: Geoparser) -> None:
    text = "The Chicago Police Department said two officers were hurt."
    assert [m.country for m in places_of(geoparser, text) if m.text == "Chicago"] == ["USA"]


def test_organisation_name_ends_load() -> None:
    assert {"hospital", "company", "university"} <= name_rules().organisation_name_ends


def test_a_titled_organisation_name_is_no_person() -> None:
    words = ["Detective", "Carmen", "Rivera", "and", "Queen", "Elizabeth", "Hospital"]
    doc = Doc(spacy.blank("en").vocab, words=words)
    person, hospital = Span(doc, 0, 3, label="ORG"), Span(doc, 4, 7, label="ORG")
    assert _titled_name(person)
    assert not _titled_name(hospital)


@pytest.mark.parametrize(
    ("name", "compass"),
    [("Central District", True), ("North-West Province", True), ("Plateau State", False), ("Ituri", False)],
)
def test_compass_names_are_only_compass_and_administration_words(name: str, compass: bool) -> None:
    assert compass_name(name) is compass
