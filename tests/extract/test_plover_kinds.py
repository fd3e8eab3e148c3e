"""Kinds of construction that wire copy uses for PLOVER events and that the derived PETRARCH2
patterns lack or code one-sidedly: promises and offers (AGREE, PLOVER 2021 manual: a stated
intention to cooperate), joint exercises (COOPERATE) and war games (MOBILIZE), hearings into
(ACCUSE, investigate), human shields (ASSAULT, CAMEO 184), aid cut off (SANCTION, CAMEO 1621),
blockades of transport (PROTEST), mine blasts (ASSAULT), a country's name used as a modifier
("the Mozambique government"), and the demonym of a state's former name ("the Zairean army").
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py

KINDS = [
    # (sentence, PLOVER type, mode, actor country)
    ("Japan promised to continue economic aid to Laos.", "AGREE", "intent", "JPN"),
    ("Norway offered mediation between the two Sudans on Monday.", "AGREE", "intent", "NOR"),
    ("Indian and French warships began joint exercises in the Arabian Sea.", "COOPERATE", "military", "IND"),
    ("The Chinese navy staged war games near Taiwan on Sunday.", "MOBILIZE", "exercise", "CHN"),
    ("Kenya's parliament opened a hearing into police killings.", "ACCUSE", "investigate", "KEN"),
    ("Militants in Mosul used civilians as human shields.", "ASSAULT", "abduction", "IRQ"),
    ("The United States banned aid to Sudan.", "SANCTION", "economic", "USA"),
    ("Striking truckers in Chile blocked transport into Santiago.", "PROTEST", "demonstration", "CHL"),
    ("A minefield explosion near Kandahar killed two Afghan soldiers.", "ASSAULT", "bombing", None),
    ("Kenya turned down a Ugandan request for troops.", "REJECT", "refuse", "KEN"),
    ("The African Union suspended Mali's membership on Friday.", "SANCTION", "economic", None),
    ("Japan donated $5 million to Haiti for earthquake relief.", "AID", "economic", "JPN"),
    ("Israel called up 30,000 reservists on Sunday.", "MOBILIZE", "deploy", "ISR"),
    ("Thai authorities shut down an opposition newspaper in Bangkok.", "COERCE", "ban", "THA"),
    ("Iran blocked access to Twitter on Monday.", "COERCE", "ban", "IRN"),
    ("The Egyptian government backed down on the fuel price rise.", "CONCEDE", None, "EGY"),
    ("Syria returned the bodies of two Israeli soldiers to Israel.", "CONCEDE", "release", "SYR"),
    ("Mexico extradited the drug lord to the United States.", "COOPERATE", "judicial", "MEX"),
    ("Prisoners rioted at a jail in Kenya's capital Nairobi on Monday.", "PROTEST", "riot", "KEN"),
    ("Hundreds of inmates staged a hunger strike at a prison in Harare.", "PROTEST", "hunger_strike", "ZWE"),
    ("The opposition called a boycott of the vote in Togo.", "PROTEST", "boycott", "TGO"),
    ("The Zambian government allowed the opposition party to hold a rally in Lusaka.", "CONCEDE", "ease", "ZMB"),
    ("Uganda will allow UN inspectors into its prisons, the minister said.", "AGREE", "intent", "UGA"),
    ("Kenyan doctors went on strike on Monday.", "PROTEST", "strike", "KEN"),
    ("Workers affiliated with the Serbian Workers' Union went on strike on Monday.", "PROTEST", "strike", "SRB"),
    ("Protesters from a union tied to the Kenyan opposition marched on Monday.", "PROTEST", "demonstration", "KEN"),
    # PETRARCH2's "* {DIPLOMATIC OFFENSIVE} [022]" no longer codes the bare head as an appeal.
    ("The Pakistani army launched an offensive against militants in Waziristan.", "ASSAULT", None, "PAK"),
]


@pytest.mark.parametrize(("text", "event_type", "mode", "actor_country"), KINDS)
def test_each_kind_codes_its_plover_type(
    extract_events: ExtractEvents, text: str, event_type: str, mode: str | None, actor_country: str | None
) -> None:
    found = of_type(extract_events(text), event_type)
    assert found, [e.to_dict() for e in extract_events(text)]
    assert any(e.mode == mode and country(e.actor) == actor_country for e in found), [e.to_dict() for e in found]


def test_a_mine_blast_is_an_attack_on_its_victims(extract_events: ExtractEvents) -> None:
    found = of_type(extract_events("A minefield explosion near Kandahar killed two Afghan soldiers."), "ASSAULT")
    assert [country(e.target) for e in found] == ["AFG"]
    assert not of_type(extract_events("A minefield explosion near Kandahar killed two Afghan soldiers."), "OTHER")


def test_an_offered_timetable_is_no_agreement(extract_events: ExtractEvents) -> None:
    text = "The president has offered a public timetable for the vote, his office said."
    assert not of_type(extract_events(text), "AGREE")


def test_a_joint_exercise_is_cooperation_not_a_mobilisation(extract_events: ExtractEvents) -> None:
    events = extract_events("Indian and French warships began joint exercises in the Arabian Sea.")
    assert of_type(events, "COOPERATE")
    assert not of_type(events, "MOBILIZE")


@pytest.mark.parametrize(
    ("text", "actor_country"),
    [
        ("The Mozambique government on Thursday released forty prisoners.", "MOZ"),
        ("The Jordan government expelled two Syrian diplomats on Friday.", "JOR"),
    ],
)
def test_a_country_name_as_modifier_names_the_actor_country(
    extract_events: ExtractEvents, text: str, actor_country: str
) -> None:
    events = extract_events(text)
    assert events, "no event"
    assert country(events[0].actor) == actor_country, [e.to_dict() for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya turned down the volume of the anthem at the stadium.",
        "Kenyan officials returned to Nairobi on Monday.",
        "Kenyan officials handed the trophy to the winning team.",
        "The rules allow the party to choose a new leader.",
        "Kenyan workers went on holiday in Spain.",
    ],
)
def test_ordinary_uses_of_the_new_frame_verbs_are_no_events(extract_events: ExtractEvents, text: str) -> None:
    assert extract_events(text) == []


def test_an_offensive_is_no_appeal(extract_events: ExtractEvents) -> None:
    text = "The Pakistani army launched an offensive against militants in Waziristan."
    assert not of_type(extract_events(text), "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen tried to kill a Kenyan judge in Nairobi on Monday.",
        "Rebels attempted to assassinate the Malian defence minister in Bamako on Friday.",
    ],
)
def test_an_attempted_attack_is_an_assault_not_a_plan(extract_events: ExtractEvents, text: str) -> None:
    """CAMEO codes an attempt on a life as the attack itself (185, "attempt to assassinate")."""
    found = of_type(extract_events(text), "ASSAULT")
    assert [e.status for e in found] == ["asserted"], [e.to_dict() for e in extract_events(text)]
    assert not of_type(extract_events(text), "THREATEN")


def test_an_attack_someone_will_try_is_still_not_asserted(extract_events: ExtractEvents) -> None:
    events = extract_events("Rebels will try to attack the Malian town of Gao next week, officials warned.")
    assert events, "no event"
    assert not [e for e in of_type(events, "ASSAULT") if e.status == "asserted"], [e.to_dict() for e in events]


# Round 3 kinds (PLOVER 2021 manual: every cooperative act reported in the future tense is an
# intention, AGREE; an armed side getting ready to attack is MOBILIZE). Sentences written here.
ROUND3_KINDS = [
    # (sentence, PLOVER type, mode, actor country)
    ("Brazil said it will support the UN resolution on Haiti.", "AGREE", "intent", "BRA"),
    ("The Tunisian president will visit Algeria next month, his office said.", "AGREE", "intent", "TUN"),
    ("Chad's rebels said they would meet the Chadian president if he released their leaders.", "AGREE", "intent",
     "TCD"),
    ("Morocco will evacuate its settlements in the disputed zone, the Moroccan minister said.", "AGREE", "intent",
     "MAR"),
    ("Kenyan police released opposition leader Raila Odinga on Tuesday.", "CONCEDE", "release", "KEN"),
    ("The Bolivian court allowed opposition leader Carlos Mesa to run in the election.", "CONCEDE", "ease", "BOL"),
    ("The French mayor was placed under investigation in Lyon over the contracts.", "ACCUSE", "investigate", "FRA"),
    ("Canada is supplying satellite imagery to Ukraine, a Canadian official said.", "AID", "military", "CAN"),
    ("Turkey opened its border to Syrian refugees on Sunday.", "AID", "asylum", "TUR"),
    ("A contingent of Nepalese peacekeepers arrived in Lebanon on Monday.", "AID", "military", "NPL"),
    ("Ghana has ended mediation between the rival Malian factions.", "SANCTION", "diplomatic", "GHA"),
    ("Germany backed the French proposal for a eurozone budget.", "SUPPORT", "endorse", "DEU"),
    ("Ecuador says it will not allow more refugees into the country.", "REJECT", "refuse", "ECU"),
    ("The Kenyan government will not release the detained journalists.", "REJECT", "refuse", "KEN"),
    ("Ethiopian troops were preparing to attack rebel positions near Mekele, residents said.", "MOBILIZE", "alert",
     "ETH"),
    # Coordinated sides: one meets or exercises with the other; an event noun after a measure
    # ("two rounds of talks") or a travel verb ("flew to Geneva for talks") takes the clause's subject.
    ("Japanese and Indian diplomats flew to Geneva on Monday for talks on the trade dispute.", "CONSULT",
     "negotiate", "JPN"),
    ("Kenyan and Tanzanian troops began a week of war games near Arusha.", "COOPERATE", "military", "KEN"),
    ("Kenya and Uganda held two rounds of talks in Kampala.", "CONSULT", "meet", "KEN"),
    # A participle parsed as the subject of the reporting verb stands for its own subject.
    ("Aid agencies working in Somalia said Kenyan forces must stop shelling the town.", "REQUEST", "appeal", "SOM"),
    # Political freedoms widened are restrictions eased (CAMEO 0811), also as "took steps to".
    ("The Ugandan government restored press freedom after the election.", "CONCEDE", "ease", "UGA"),
    ("The Zambian president has taken steps to broaden political freedoms in Lusaka.", "CONCEDE", "ease", "ZMB"),
    # A sanction its side announces for the future is the sanction decided, not a threat.
    ("Canada announced it would impose sanctions on the Malian junta.", "SANCTION", "economic", "CAN"),
    # A court's order to a person to appear is a demand (CAMEO 10).
    ("A Kenyan court summoned the former finance minister to testify on Monday.", "REQUEST", "demand", "KEN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event_type", "mode", "actor_country"), ROUND3_KINDS)
def test_each_round3_kind_codes_its_plover_type(
    extract_events: ExtractEvents, text: str, event_type: str, mode: str | None, actor_country: str | None
) -> None:
    found = of_type(extract_events(text), event_type)
    assert found, [e.to_dict() for e in extract_events(text)]
    assert any(e.mode == mode and country(e.actor) == actor_country for e in found), [e.to_dict() for e in found]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # A pullout of forces announced stays a planned withdrawal (the seed article's gold).
        ("Chile said it would pull its troops out of Haiti next year.", "RETREAT"),
        ("The United States will pull out of Syria soon, the president said.", "RETREAT"),
    ],
)
def test_an_announced_pullout_of_forces_stays_a_planned_retreat(
    extract_events: ExtractEvents, text: str, event_type: str
) -> None:
    events = extract_events(text)
    assert [e.status for e in of_type(events, event_type)] == ["planned"], [e.to_dict() for e in events]
    assert not of_type(events, "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        # A news outlet reporting another's plan of force threatens nobody.
        "A Nigerian newspaper reported that Cameroon was preparing an offensive against the separatists.",
        # Ordinary uses of the round's frame words.
        "Kenyan fans supported the national team at the stadium in Nairobi.",
        "The Kenyan minister opened the new border post in Namanga.",
        "Ugandan officials arrived in Nairobi on Monday.",
    ],
)
def test_round3_frame_words_in_ordinary_use_code_no_such_event(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert not [e for e in events if e.type in {"THREATEN", "SUPPORT", "AID", "AGREE"}], [e.to_dict() for e in events]


def test_a_street_is_not_matched_by_its_name(extract_events: ExtractEvents) -> None:
    """A named person is matched by the title before the name; a street's name is no title."""
    assert not of_type(extract_events("Kenyan police closed Union Street to traffic on Monday."), "COERCE")


def test_who_discusses_a_series_of_attacks_did_not_attack(extract_events: ExtractEvents) -> None:
    events = extract_events("Kenyan bloggers have been discussing a series of attacks on churches in Mombasa.")
    assert not [e for e in of_type(events, "ASSAULT") if country(e.actor) == "KEN"], [e.to_dict() for e in events]


def test_a_group_named_group_is_no_partitive(extract_events: ExtractEvents) -> None:
    found = of_type(extract_events("Kenya hosted the Group of 20 leaders in Nairobi."), "CONSULT")
    assert found and all(e.target is not None and "Group" in e.target.text for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said it would fight the new import tariffs at the WTO.",
        "The Ugandan minister vowed to fight corruption in the police.",
        "The Nigerian senator said he will fight the charges in court.",
    ],
)
def test_fighting_an_abstraction_is_no_clash_and_no_threat(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert not [e for e in events if e.type in {"ASSAULT", "THREATEN"}], [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Kenyan troops fought al-Shabaab militants near Garissa on Monday.", "ASSAULT"),
        ("Al-Shabaab vowed to fight the Kenyan army.", "THREATEN"),
        ("Chadian troops fought the Islamist group near Lake Chad on Sunday.", "ASSAULT"),
    ],
)
def test_fighting_a_side_stays_a_clash_or_threat(extract_events: ExtractEvents, text: str, event_type: str) -> None:
    assert of_type(extract_events(text), event_type), [e.to_dict() for e in extract_events(text)]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Kenyan president tried to force Uganda to release the detained journalists.", "CONCEDE"),
        ("Ethiopia attempted to persuade Eritrea to withdraw its troops from Badme.", "RETREAT"),
    ],
)
def test_an_act_someone_only_tried_to_bring_about_did_not_happen(
    extract_events: ExtractEvents, text: str, absent: str
) -> None:
    assert not of_type(extract_events(text), absent), [e.to_dict() for e in extract_events(text)]


def test_a_building_visited_by_a_citizen_is_no_consultation(extract_events: ExtractEvents) -> None:
    text = "The Kenyan activist has visited the complaints office of the High Court in Nairobi."
    assert not of_type(extract_events(text), "CONSULT"), [e.to_dict() for e in extract_events(text)]


def test_a_former_states_demonym_names_its_forces(extract_events: ExtractEvents) -> None:
    events = extract_events("The Zairean army deployed thousands of troops along the border with Rwanda.")
    assert [e.actor.country for e in events if e.type == "MOBILIZE" and e.actor] == ["COD"], [
        e.to_dict() for e in events
    ]
