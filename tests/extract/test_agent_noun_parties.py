"""Parties named only by a common noun that the short head-noun list of actor_sectors.json leaves
out: the field's agent nouns (actor_agents.tsv, from the Phoenix agent dictionary) give their
sector whether or not the phrase names a country ("militiamen", "looters", "sheriff's deputies").
Unnamed victims of an attack are civilians unless their noun names armed men or police ("killing
four soldiers"). A person an attack verb has as its object is its target ("beat two suspected
thieves"), and "beat" is a beating only with "up" or a person as object, never a win. Sentences
written for these tests, each with a control that must not change."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import of_type

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "event_type", "sector"),
    [
        ("Militiamen attacked the village at dawn.", "ASSAULT", "UAF"),
        ("The mercenaries attacked a convoy near the border.", "ASSAULT", "UAF"),
        ("Looters ransacked shops in the city centre.", "COERCE", "REB"),
        ("Sheriff's deputies arrested two men after a chase.", "COERCE", "COP"),
        ("Paramilitaries detained two farmers on Sunday.", "COERCE", "MIL"),
        ("Rioters attacked the police station with stones.", "ASSAULT", "OPP"),
        # a sentence-initial plural the model tags as a name ("Rebels", NNPS) is the noun still
        ("Rebels attacked the village at dawn.", "ASSAULT", "REB"),
        # control: a noun of the head-noun list keeps its sector
        ("The rebels attacked the village at dawn.", "ASSAULT", "REB"),
        # conflict nouns the agent dictionary lacks, in the head-noun list
        ("Herders attacked farmers in Benue state, killing 17.", "ASSAULT", "AGR"),
        ("Gendarmes fired tear gas at protesters in Conakry.", "COERCE", "COP"),
        ("The gendarmes arrested two journalists in Bamako.", "COERCE", "COP"),
        ("Vigilantes beat two suspected thieves in Kano.", "ASSAULT", "UAF"),
    ],
)
def test_an_agent_noun_names_the_actor_without_a_country(
    extract_events: ExtractEvents, text: str, event_type: str, sector: str
) -> None:
    found = of_type(extract_events(text), event_type)
    assert any(e.actor is not None and e.actor.sector == sector for e in found), [
        e.to_dict() for e in extract_events(text)
    ]


def test_a_word_no_dictionary_knows_names_no_party(extract_events: ExtractEvents) -> None:
    events = extract_events("The frobnicators attacked the village at dawn.")
    assert all(e.actor is None for e in of_type(events, "ASSAULT")), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Militants ambushed a convoy near Gao, killing four soldiers.", "MIL"),
        ("Gunmen ambushed a patrol in Zamfara, killing two policemen.", "COP"),
        ("Troops raided the camp at dawn, killing six militiamen.", "UAF"),
        # controls: people named by no armed noun stay civilians
        ("Gunmen ambushed a bus near Gao, killing four passengers.", "CVL"),
        ("Gunmen stormed the village, killing a farmer and his son.", "CVL"),
    ],
)
def test_unnamed_victims_are_civilians_unless_their_noun_names_armed_men(
    extract_events: ExtractEvents, text: str, sector: str
) -> None:
    assaults = of_type(extract_events(text), "ASSAULT")
    assert any(e.target is not None and e.target.sector == sector for e in assaults), [
        e.to_dict() for e in extract_events(text)
    ]


# --- a beating: "beat" with "up" or a person as its object ---------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Vigilantes beat two suspected thieves in Kano on Monday.", "two suspected thieves"),
        ("Police beat up protesters in Harare on Monday.", "protesters"),
        ("Soldiers beat a journalist outside the court in Bamako.", "a journalist"),
        # the parse hangs "ablaze" on the person; the burning is still the mob's attack on him
        ("A mob set a man ablaze in Lagos on Sunday.", "a man"),
    ],
)
def test_a_beating_or_burning_of_a_person_is_an_attack_on_that_person(
    extract_events: ExtractEvents, text: str, target: str
) -> None:
    assaults = of_type(extract_events(text), "ASSAULT")
    assert any(e.mode == "beating" and e.target is not None and e.target.text.startswith(target) for e in assaults), [
        e.to_dict() for e in extract_events(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria beat Ghana 2-1 in Accra on Sunday.",
        "The champion beat her rival in three sets in Paris.",
        "The company beat expectations in the first quarter.",
    ],
)
def test_a_win_is_no_beating(extract_events: ExtractEvents, text: str) -> None:
    assert not of_type(extract_events(text), "ASSAULT"), [e.to_dict() for e in extract_events(text)]


# --- people no sector list names are civilians -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target", "sector"),
    [
        ("Boko Haram insurgents abducted 30 schoolgirls from a school in Kebbi state.", "30 schoolgirls", "CVL"),
        ("Gunmen kidnapped two shopkeepers on the road to Kaduna.", "two shopkeepers", "CVL"),
        ("Gunmen attacked UN peacekeepers near Beni on Monday.", "UN peacekeepers", "IGO"),
    ],
)
def test_a_people_noun_no_sector_list_names_is_a_party(
    extract_events: ExtractEvents, text: str, target: str, sector: str
) -> None:
    assaults = of_type(extract_events(text), "ASSAULT")
    assert any(e.target is not None and (e.target.text, e.target.sector) == (target, sector) for e in assaults), [
        e.to_dict() for e in extract_events(text)
    ]


def test_peacekeepers_killed_are_no_civilians(extract_events: ExtractEvents) -> None:
    events = extract_events("Two peacekeepers were killed when their vehicle hit a landmine near Kidal.")
    assert [e.target.sector for e in of_type(events, "ASSAULT") if e.target is not None] == ["IGO"], [
        e.to_dict() for e in events
    ]


def test_a_gathering_of_a_sides_supporters_dispersed_is_a_protest_with_intervention(
    extract_events: ExtractEvents,
) -> None:
    events = extract_events("Police used tear gas to disperse hundreds of opposition supporters in Kampala.")
    crackdowns = of_type(events, "COERCE")
    assert any(e.target is not None and e.target.sector == "OPP" for e in crackdowns), [e.to_dict() for e in events]
    assert any((e.acled or {}).get("sub_event_type") == "Protest with intervention" for e in crackdowns)
    # control: a crackdown on the opposition at large is no gathering dispersed
    broad = extract_events("The government cracked down on the opposition in Kampala.")
    assert not any((e.acled or {}).get("sub_event_type") == "Protest with intervention" for e in broad)


def test_a_building_hit_is_no_side_unless_a_country_owns_it(extract_events: ExtractEvents) -> None:
    # the school is where the missile fell; the teachers are who it hit
    text = "Russia fired a cruise missile at a school in Zhytomyr on Tuesday, killing three teachers."
    assaults = of_type(extract_events(text), "ASSAULT")
    assert [e.target.text for e in assaults if e.target is not None] == ["three teachers"], [
        e.to_dict() for e in extract_events(text)
    ]


# --- a modifier that says whose forces, and one that says which side ----------------------------


@pytest.mark.parametrize(
    ("text", "event_type", "actor_sector", "target_sector"),
    [
        # "government" says whose troops they are; they stay armed forces
        ("Government troops recaptured the town of Bama from Boko Haram.", "ASSAULT", "MIL", None),
        ("Government forces shelled rebel positions near Idlib.", "ASSAULT", "MIL", None),
        # "rebel", tagged an adjective, names the side of the leaders
        ("Government officials met rebel leaders in Juba.", "CONSULT", "GOV", "REB"),
        # controls: the institution a compound names still wins over the head
        ("Police officers arrested two men in Kano.", "COERCE", "COP", None),
        ("Rebel leaders rejected the deal in Juba.", "REJECT", "REB", None),
    ],
)
def test_a_modifier_names_the_side_not_the_owner(
    extract_events: ExtractEvents, text: str, event_type: str, actor_sector: str, target_sector: str | None
) -> None:
    found = of_type(extract_events(text), event_type)
    assert any(
        e.actor is not None
        and e.actor.sector == actor_sector
        and (target_sector is None or (e.target is not None and e.target.sector == target_sector))
        for e in found
    ), [e.to_dict() for e in extract_events(text)]


def test_an_armed_adjective_makes_no_side_of_a_post(extract_events: ExtractEvents) -> None:
    # "a military post near the Cameroon border" would take Cameroon from its place and split the
    # attack from the Nigerian soldiers it killed
    text = (
        "Two Nigerian soldiers were killed when Boko Haram militants attacked a military post near the "
        "Cameroon border on Monday."
    )
    assaults = of_type(extract_events(text), "ASSAULT")
    assert len(assaults) == 1 and assaults[0].actor is not None and assaults[0].actor.sector == "REB", [
        e.to_dict() for e in assaults
    ]
