"""Kinds of world-news construction that gave an event the wrong side or the wrong type.

Every sentence here is written for these tests (none is taken from an evaluation set): a weapon
as the subject of the verb (and a violent act with its own "by"), a speaker's aside before a
participle, an armed group named by a modifier, tear gas fired at a crowd, crowd-control weapons,
two sides' acts told in one sentence, and an attack its doer claims.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import counted

from eventwire.extract.lexicon import load_actor_lexicon
from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


def _assaults(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "A grenade thrown into a bar in Bujumbura wounded nine people on Saturday night, police said.",
        "A car bomb killed twelve people at a market in Baghdad on Monday.",
    ],
)
def test_a_weapon_that_acts_is_nobody(extract_events: ExtractEvents, text: str) -> None:
    (assault,) = _assaults(extract_events(text))
    assert assault.actor is None


@pytest.mark.parametrize(
    ("text", "actor", "sector"),
    [
        ("A rocket fired by militants struck a school in Kabul on Monday, wounding four pupils.", "militants", "REB"),
        ("A bomb planted by rebels killed three soldiers near Goma on Friday.", "rebels", "REB"),
        # a violent act that acts, with its own "by": the side that did it
        ("Shelling by government forces killed three civilians in Idlib on Monday.", "government forces", "MIL"),
        ("Attacks by jihadists killed five soldiers in northern Mali last week.", "jihadists", "REB"),
        ("Mortar fire by separatist forces hit a school in Donetsk on Sunday.", "separatist forces", "REB"),
    ],
)
def test_a_weapon_used_by_someone_is_theirs(extract_events: ExtractEvents, text: str, actor: str, sector: str) -> None:
    assault = next(e for e in _assaults(extract_events(text)) if e.actor is not None)
    assert (assault.actor.text, assault.actor.sector) == (actor, sector)


def test_the_speaker_of_an_aside_does_not_do_the_participle(extract_events: ExtractEvents) -> None:
    text = "Turkish jets bombed a militant camp near Sinjar on Tuesday, the ministry said, wounding three fighters."
    actors = {e.actor.text for e in _assaults(extract_events(text)) if e.actor is not None}
    assert actors == {"Turkish jets"}


def test_armed_people_are_an_armed_group(extract_events: ExtractEvents) -> None:
    assert load_actor_lexicon().armed_modifiers["armed"] == "UAF"
    events = extract_events("Two nurses were kidnapped by armed men near Bangassou on Sunday, the UN said.")
    actors = [e.actor for e in _assaults(events) if e.actor is not None]
    assert actors and actors[0].text == "armed men" and actors[0].sector == "UAF"


def test_tear_gas_fired_at_a_crowd_is_no_accident(extract_events: ExtractEvents) -> None:
    text = (
        "Security forces fired tear gas and live rounds at protesters in Khartoum on Sunday, "
        "killing two demonstrators, a doctors' group said."
    )
    events = extract_events(text)
    assert [e.type for e in events if e.type == "OTHER"] == []
    (assault,) = _assaults(events)
    assert counted(assault, "killed") == 2
    assert assault.acled is not None and assault.acled["sub_event_type"] == "Excessive force against protesters"


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired water cannons, tear gas and rubber bullets into crowds of protesters in Baghdad on Friday.",
        "Police fired rubber bullets at protesters in Santiago on Tuesday.",
    ],
)
def test_crowd_control_weapons_fired_into_a_crowd_are_a_crackdown(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert _assaults(events) == []
    assert any(e.type == "COERCE" and e.mode == "crackdown" for e in events), [e.to_dict() for e in events]


def test_a_gas_explosion_is_still_an_accident(extract_events: ExtractEvents) -> None:
    events = extract_events("A gas cylinder exploded in a restaurant kitchen in Lahore on Monday, killing five cooks.")
    assert [e.mode for e in events if e.type == "OTHER"] == ["accident"]


def test_acts_of_two_sides_in_one_sentence_stay_two(extract_events: ExtractEvents) -> None:
    text = "Rioters set fire to a police station in Lagos on Wednesday night after a youth was shot by policemen."
    shooting = next(e for e in _assaults(extract_events(text)) if counted(e, "injured") == 1)
    assert shooting.actor is not None and shooting.actor.text == "policemen"


def test_a_village_chief_is_a_person_counted(extract_events: ExtractEvents) -> None:
    (assault,) = _assaults(extract_events("Gunmen shot dead a village chief in Zamfara on Tuesday."))
    assert counted(assault, "killed") == 1


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        ("Kenya and Somalia restored diplomatic relations on Thursday.", "SUPPORT", "KEN", "SOM"),
        ("Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday.", "SUPPORT", "ETH", "ERI"),
        ("Armenia and Azerbaijan agreed to a ceasefire on Saturday.", "AGREE", "ARM", "AZE"),
    ],
)
def test_two_sides_that_act_together_are_each_others_counterpart(
    extract_events: ExtractEvents, text: str, kind: str, actor: str, target: str
) -> None:
    event = next(e for e in extract_events(text) if e.type == kind)
    assert event.actor is not None and event.target is not None
    assert (event.actor.country, event.target.country) == (actor, target)


def test_two_sides_praising_a_third_thing_do_not_praise_each_other(extract_events: ExtractEvents) -> None:
    events = extract_events("Britain and France praised the agreement on Monday.")
    assert all(e.target is None or e.target.country != "FRA" for e in events if e.type == "SUPPORT")


def test_support_voiced_for_a_side_is_support_of_that_side(extract_events: ExtractEvents) -> None:
    events = extract_events("Germany expressed support for Ukraine on Monday.")
    support = next(e for e in events if e.type == "SUPPORT")
    assert support.actor is not None and support.target is not None
    assert (support.actor.country, support.target.country) == ("DEU", "UKR")


def test_a_police_raid_is_a_search_and_a_deadly_one_an_attack(extract_events: ExtractEvents) -> None:
    events = extract_events("Police raided the offices of a newspaper in Nairobi on Monday and froze its accounts.")
    assert not _assaults(events)
    search = next(e for e in events if e.type == "COERCE")
    assert search.mode == "search" and search.acled is None
    deadly = extract_events("Police raided a hideout in Mombasa on Monday, killing three suspected militants.")
    assert counted(next(iter(_assaults(deadly))), "killed") == 3
    troops = extract_events("Soldiers raided a village in Borno State on Monday, burning dozens of homes.")
    assert _assaults(troops)


def test_a_search_of_a_home_is_coercion(extract_events: ExtractEvents) -> None:
    events = extract_events("Belarusian police searched the home of an opposition journalist in Minsk on Tuesday.")
    search = next(e for e in events if e.type == "COERCE")
    assert search.mode == "search" and search.actor is not None and search.actor.country == "BLR"


def test_backing_a_proposal_for_something_backs_the_proposals_owner(extract_events: ExtractEvents) -> None:
    events = extract_events("Germany backed the French proposal for a eurozone budget.")
    support = next(e for e in events if e.type == "SUPPORT")
    assert support.target is not None and support.target.country == "FRA"


@pytest.mark.parametrize(
    "text",
    [
        "The workshop helped to capture the pupils' interest in the reef.",
        "The opposition seized the opportunity to question the minister.",
        "The ruling party and its allies rule 21 out of 29 states.",
    ],
)
def test_figures_of_speech_are_no_events(extract_events: ExtractEvents, text: str) -> None:
    assert [e.type for e in extract_events(text) if e.type in {"COERCE", "ASSAULT", "REJECT"}] == []


def test_the_literal_acts_stay(extract_events: ExtractEvents) -> None:
    assert [e.type for e in extract_events("India ruled out talks with Pakistan on Monday.")] == ["REJECT"]
    assert _assaults(extract_events("Rebels captured the town of Kidal in northern Mali on Monday."))


@pytest.mark.parametrize(
    "text",
    [
        "The striker scored twice as the home side won a hard-fought battle in the league on Saturday.",
        "The former mayor died of a heart attack at his home in Lyon on Monday.",
        "Hurricane Betsy destroyed the church and damaged the library in 1965.",
        "The old mills occupied the four blocks around the intersection.",
    ],
)
def test_games_hearts_storms_and_buildings_are_no_conflict(extract_events: ExtractEvents, text: str) -> None:
    assert [e.type for e in extract_events(text) if e.type in {"COERCE", "ASSAULT"}] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A fan was shot dead outside the stadium after the game in Rio on Sunday.", "ASSAULT"),
        ("Law enforcers seized two landmines and 40 grenades from a cache near Donetsk.", "COERCE"),
        ("Rebels occupied the town hall in Bamenda on Monday.", "COERCE"),
        ("A player was shot in the leg after the game in Memphis on Sunday.", "ASSAULT"),
    ],
)
def test_violence_beside_those_words_stays(extract_events: ExtractEvents, text: str, kind: str) -> None:
    assert kind in {e.type for e in extract_events(text)}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Taliban claimed responsibility for the bombing in Kabul on Monday.", "The Taliban"),
        ("Al-Shabaab claimed responsibility for the attack in Mogadishu, which killed 12 soldiers.", "Al-Shabaab"),
    ],
)
def test_the_side_that_claims_an_attack_did_it(extract_events: ExtractEvents, text: str, actor: str) -> None:
    (assault,) = _assaults(extract_events(text))
    assert assault.actor is not None and assault.actor.text == actor


@pytest.mark.parametrize(
    "text",
    [
        "No group has claimed responsibility for the attack in Kabul on Monday.",
        "The Taliban have not claimed responsibility for the attack in Kabul on Monday.",
        "The minister took responsibility for the failed raid in Kabul on Monday.",
    ],
)
def test_an_unclaimed_attack_or_an_owned_failure_names_no_doer(extract_events: ExtractEvents, text: str) -> None:
    assert all(e.actor is None for e in _assaults(extract_events(text)))


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Rocket fire from Gaza hit the town of Sderot on Monday.", "missile"),
        ("Sniper fire killed two civilians in Sarajevo on Monday.", "firearms"),
        ("An army convoy came under mortar fire near Gao on Friday.", "shelling"),
    ],
)
def test_fire_of_a_weapon_is_shooting_not_a_blaze(extract_events: ExtractEvents, text: str, mode: str) -> None:
    events = extract_events(text)
    assert [e.mode for e in _assaults(events)] == [mode], [e.to_dict() for e in events]
    assert [e for e in events if e.type == "OTHER"] == []


def test_a_blaze_stays_a_fire(extract_events: ExtractEvents) -> None:
    events = extract_events("A fire destroyed a market in Lagos on Monday, killing three traders.")
    assert [(e.type, e.mode) for e in events] == [("OTHER", "fire")]


@pytest.mark.parametrize(
    "text",
    [
        "An Israeli airstrike killed five people in Gaza on Monday.",
        "A Russian missile strike hit an apartment block in Dnipro on Monday.",
        "Turkish shelling killed two civilians in northern Syria on Monday.",
        "A US drone strike killed a senior al-Qaeda commander in Yemen on Monday.",
    ],
)
def test_a_state_that_strikes_from_afar_strikes_with_its_forces(extract_events: ExtractEvents, text: str) -> None:
    (assault,) = _assaults(extract_events(text))
    assert assault.actor is not None and assault.actor.sector == "MIL"


def test_a_group_named_on_its_strike_keeps_its_sector(extract_events: ExtractEvents) -> None:
    (assault,) = _assaults(extract_events("A Hamas rocket attack hit the town of Sderot on Monday."))
    assert assault.actor is not None and assault.actor.sector == "REB"


def test_a_weapon_launched_is_no_doer(extract_events: ExtractEvents) -> None:
    events = extract_events("Saudi air defences intercepted a drone launched toward the airport in Abha on Monday.")
    assert all(e.actor is None or e.actor.text != "a drone" for e in events), [e.to_dict() for e in events]
    events = extract_events("A drone launched by the Houthis hit the airport in Abha on Monday.")
    assert [e.actor.text for e in _assaults(events) if e.actor is not None] == ["the Houthis"]


def test_an_attack_claimed_in_the_passive_is_the_claimants(extract_events: ExtractEvents) -> None:
    events = extract_events("The attack, which killed 12 soldiers near Djibo, was claimed by JNIM on Monday.")
    attacks = _assaults(events)
    assert attacks and attacks[0].actor is not None and attacks[0].actor.text == "JNIM", [e.to_dict() for e in events]


def test_an_attack_nobody_claims_in_the_passive_has_no_doer(extract_events: ExtractEvents) -> None:
    events = extract_events("The attack, which killed 12 soldiers, was not claimed by any group.")
    assert all(e.actor is None for e in _assaults(events)), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from the Kabul mosque bombing rose to 21 on Saturday.",
        "The Kabul airport attack killed 13 US troops in August.",
    ],
)
def test_the_town_of_a_site_before_an_attack_is_where_not_who(extract_events: ExtractEvents, text: str) -> None:
    attacks = _assaults(extract_events(text))
    assert attacks and not [e for e in attacks if e.actor is not None and e.actor.text == "Kabul"], [
        e.to_dict() for e in attacks
    ]


def test_a_country_before_a_weapon_is_still_the_striker(extract_events: ExtractEvents) -> None:
    (strike,) = _assaults(extract_events("A US drone strike killed two militants in Somalia on Monday."))
    assert strike.actor is not None and strike.actor.country == "USA", strike.to_dict()
