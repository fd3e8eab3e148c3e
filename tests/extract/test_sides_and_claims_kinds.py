"""Kinds of sentences that named the sides of an event where the parser did not look, written for
these tests: an attack claimed outright, fighting that broke out between two sides (also after
people fled it), the place people fled to, which is no scene of what drove them out, two sides named together
that sign or exchange something, and an envoy summoned to hear a protest."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from eventwire.extract.arguments import trigger_arguments
from eventwire.extract.lexicon import load_triggers
from eventwire.extract.triggers import find_triggers
from eventwire.records import EventMention

CodedMentions = Callable[..., list[EventMention]]  # the `coded_mentions` fixture of conftest.py


def _of(mentions: list[EventMention], event_type: str) -> list[EventMention]:
    return [m for m in mentions if m.type == event_type]


def test_a_side_that_claims_an_attack_did_it(coded_mentions: CodedMentions) -> None:
    attacks = _of(coded_mentions("Al-Shabaab claimed the ambush on a Kenyan army convoy near Lamu."), "ASSAULT")
    assert attacks and attacks[0].actor is not None and attacks[0].actor.sector == "REB", attacks
    assert attacks[0].target is not None and attacks[0].target.country == "KEN"


def test_an_attack_nobody_claimed_has_no_doer(coded_mentions: CodedMentions) -> None:
    attacks = _of(coded_mentions("No group has claimed the ambush on a Kenyan army convoy near Lamu."), "ASSAULT")
    assert attacks and attacks[0].actor is None, attacks


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Clashes broke out between Ethiopian troops and Fano militias near Gondar on Sunday.", "MIL", "REB"),
        ("Fighting erupted between Sudanese soldiers and RSF fighters in El Fasher on Sunday.", "MIL", "REB"),
    ],
)
def test_fighting_that_broke_out_between_two_sides_is_theirs(
    coded_mentions: CodedMentions, text: str, actor: str, target: str
) -> None:
    clashes = _of(coded_mentions(text), "ASSAULT")
    assert clashes and clashes[0].actor is not None and clashes[0].target is not None, clashes
    assert (clashes[0].actor.sector, clashes[0].target.sector) == (actor, target)


def test_a_time_between_two_hours_is_no_side(coded_mentions: CodedMentions) -> None:
    clashes = _of(coded_mentions("Clashes were reported in Gondar between 5 and 6 pm."), "ASSAULT")
    assert clashes and clashes[0].actor is None and clashes[0].target is None, clashes


def test_the_side_that_summons_an_envoy_protests(coded_mentions: CodedMentions) -> None:
    mentions = _of(coded_mentions("Algeria summoned the French envoy to lodge a strong protest."), "ACCUSE")
    assert mentions and {m.actor.country for m in mentions if m.actor is not None} == {"DZA"}, mentions
    assert any(m.target is not None and m.target.country == "FRA" for m in mentions)


def test_a_side_persuaded_to_act_still_acts(coded_mentions: CodedMentions) -> None:
    # Control: an object told or persuaded to act is the actor of the act, unlike one summoned.
    mentions = _of(coded_mentions("Qatar persuaded Hamas to release ten hostages on Friday."), "CONCEDE")
    assert mentions and mentions[0].actor is not None and mentions[0].actor.text == "Hamas", mentions


def test_a_plea_accepted_is_no_request_of_the_judge(coded_mentions: CodedMentions) -> None:
    # Control for the claimed attack: only "claim" claims the act itself.
    mentions = coded_mentions("A federal judge in Boston accepted the plea of the Russian hacker on Monday.")
    assert not [m for m in _of(mentions, "REQUEST") if m.actor is not None and m.actor.sector == "JUD"], mentions


def test_fire_exchanged_in_the_passive_is_no_side(nlp: Language) -> None:
    # The parse level: whether "Gunfire" then names a party depends on the entity tagger.
    sent = next(iter(nlp("Gunfire was exchanged between Smith and officers of the Ocala Police Department.").sents))
    exchange = [m for m in find_triggers(sent, load_triggers()) if m.token.text == "exchanged"]
    assert exchange and trigger_arguments(exchange[0]).target is None


def test_people_in_the_passive_stay_the_target(coded_mentions: CodedMentions) -> None:
    mentions = _of(coded_mentions("Two suspected thieves were beaten by a mob in Lagos on Monday."), "ASSAULT")
    assert mentions and mentions[0].target is not None and mentions[0].target.text == "Two suspected thieves"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ghana condemned the coup in Burkina Faso on Saturday.", "BFA"),
        ("Canada criticised the crackdown in Iran.", "IRN"),
    ],
)
def test_condemning_an_act_in_a_country_accuses_it(coded_mentions: CodedMentions, text: str, target: str) -> None:
    accusations = _of(coded_mentions(text), "ACCUSE")
    assert accusations and accusations[0].target is not None and accusations[0].target.country == target, accusations


def test_a_place_that_is_a_paper_is_no_country(coded_mentions: CodedMentions) -> None:
    assert not _of(coded_mentions("Ghana condemned the comments in the Guardian."), "ACCUSE")


def test_the_attack_a_side_condemns_happened(coded_mentions: CodedMentions) -> None:
    mentions = coded_mentions("Ghana condemned the attack on a police station in Bawku on Sunday.")
    assert [m for m in _of(mentions, "ASSAULT") if m.trigger == "attack"], mentions


def test_the_act_a_side_is_accused_of_is_alleged(coded_mentions: CodedMentions) -> None:
    # Control: "accused X of attacking" is the accusation's content, no event of its own.
    mentions = coded_mentions("Ghana accused Togo of attacking a police station in Bawku.")
    assert _of(mentions, "ACCUSE") and not _of(mentions, "ASSAULT"), mentions


def test_investigating_a_shooting_in_a_town_blames_no_town(coded_mentions: CodedMentions) -> None:
    mentions = _of(coded_mentions("Officials are investigating a shooting in south Tucson."), "ACCUSE")
    assert mentions and all(m.target is None for m in mentions), mentions


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        ("Russian forces fired missiles at Ukrainian cities overnight.", "ASSAULT", "UKR"),
        ("Ukrainian drones struck Russian territory on Sunday.", "ASSAULT", "RUS"),
        ("Hezbollah threatened to strike Israeli towns.", "THREATEN", "ISR"),
    ],
)
def test_a_countrys_land_that_is_aimed_at_is_the_country(
    coded_mentions: CodedMentions, text: str, event_type: str, target: str
) -> None:
    mentions = _of(coded_mentions(text), event_type)
    assert mentions and mentions[0].target is not None and mentions[0].target.country == target, mentions


def test_a_countrys_land_where_something_happens_is_a_place(coded_mentions: CodedMentions) -> None:
    mentions = _of(coded_mentions("The general was killed in a drone strike on Iraqi soil on Friday."), "ASSAULT")
    assert mentions and not [m for m in mentions if m.target is not None and m.target.country == "IRQ"], mentions


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("The UN condemned the killing of aid workers by militants in Darfur on Monday.", "REB"),
        ("Amnesty denounced the arrest of journalists by police in Kampala on Monday.", "COP"),
        # the parser hangs the "by" on the verb: it is still the attack's
        ("Nigeria condemned the attack by herders on farmers in Benue state on Monday.", "AGR"),
        # control: with no doer named, the victims stay the target
        ("The UN condemned the killing of aid workers in Darfur on Monday.", "CVL"),
    ],
)
def test_an_act_condemned_accuses_its_doer(coded_mentions: CodedMentions, text: str, sector: str) -> None:
    accusations = _of(coded_mentions(text), "ACCUSE")
    assert accusations and accusations[0].target is not None, accusations
    assert accusations[0].target.sector == sector, accusations


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Saudi Arabia hosted talks between the warring Sudanese factions in Jeddah on Monday.", "SDN"),
        ("Egypt hosted talks between Israel and Hamas in Cairo on Monday.", "PSE"),
    ],
)
def test_a_host_of_talks_meets_their_sides(coded_mentions: CodedMentions, text: str, target: str) -> None:
    hosts = [m for m in _of(coded_mentions(text), "CONSULT") if m.mode == "host"]
    assert hosts and hosts[0].target is not None and hosts[0].target.country == target, hosts


def test_fighting_between_factions_is_theirs(coded_mentions: CodedMentions) -> None:
    fights = _of(coded_mentions("Fighting between rival factions killed 20 people in Tripoli on Monday."), "ASSAULT")
    assert fights and fights[0].target is not None and "factions" in fights[0].target.text, fights


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Hundreds of families fled to Goma after fighting between M23 rebels and the army.", "M23", "army"),
        ("Villagers fled their homes after fighting between the army and Fano militiamen.", "army", "Fano"),
    ],
)
def test_fighting_between_two_sides_after_a_flight_is_theirs(
    coded_mentions: CodedMentions, text: str, actor: str, target: str
) -> None:
    """The parse makes "fighting" a gerund hung on "after"; who fled did not fight."""
    fights = _of(coded_mentions(text), "ASSAULT")
    assert fights and fights[0].actor is not None and actor in fights[0].actor.text, fights
    assert fights[0].target is not None and target in fights[0].target.text, fights


def test_a_gerund_without_sides_keeps_the_clause_subject(coded_mentions: CodedMentions) -> None:
    # control: "after fighting the army" is fought by the subject of the clause
    fights = _of(coded_mentions("The rebels withdrew after fighting the army for three days."), "ASSAULT")
    assert fights and fights[0].actor is not None and "rebels" in fights[0].actor.text, fights


def test_a_mediator_offered_between_two_sides_stays_the_mediator(coded_mentions: CodedMentions) -> None:
    # control: whom a mediator mediates between are no sides of its own act
    offers = _of(coded_mentions("Germany offered to mediate between Serbia and Kosovo."), "AGREE")
    assert offers and offers[0].actor is not None and offers[0].actor.country == "DEU", offers


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Rohingya fled to Bangladesh after the army offensive.",
        "Hundreds of families escaped into Chad after an attack by the army on their village.",
    ],
)
def test_the_place_people_fled_to_is_no_scene_of_what_drove_them(coded_mentions: CodedMentions, text: str) -> None:
    attacks = _of(coded_mentions(text), "ASSAULT")
    assert attacks and attacks[0].location is None, attacks
    assert attacks[0].actor is None or attacks[0].actor.country is None, attacks


def test_an_attack_in_a_place_before_a_flight_keeps_its_place(coded_mentions: CodedMentions) -> None:
    # control: the scene named in the attack's own phrase, beside a flight elsewhere
    text = "Gunmen killed 12 villagers in Zamfara before escaping into Niger."
    attacks = _of(coded_mentions(text), "ASSAULT")
    assert attacks and attacks[0].location is not None and attacks[0].location.name == "Zamfara", attacks


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Twenty shops were destroyed in a clash between rival gangs in Lagos.", "gangs"),
        ("Fighting between two armed groups killed 15 people in Ituri province.", "groups"),
        ("Clashes between rival clans left 12 dead in central Somalia.", "clans"),
    ],
)
def test_a_described_plural_between_names_both_sides(coded_mentions: CodedMentions, text: str, sides: str) -> None:
    fights = _of(coded_mentions(text), "ASSAULT")
    assert fights and fights[0].target is not None and sides in fights[0].target.text, fights


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Russia and Ukraine exchanged 200 prisoners of war on Friday.", "RUS", "UKR"),
        ("Colombia's government and the ELN rebels signed a ceasefire on Friday.", "COL", "COL"),
    ],
)
def test_two_sides_that_sign_or_swap_agree_with_each_other(
    coded_mentions: CodedMentions, text: str, actor: str, target: str
) -> None:
    deals = _of(coded_mentions(text), "AGREE")
    assert deals and deals[0].target is not None, deals
    assert deals[0].actor is not None and (deals[0].actor.country, deals[0].target.country) == (actor, target), deals


def test_sides_hoped_to_find_a_solution_agree_to_nothing(coded_mentions: CodedMentions) -> None:
    # control: a derived pattern of a hope names no agreement between the two
    deals = _of(coded_mentions("Officials hope the U.S. and China would find a solution."), "AGREE")
    assert all(m.target is None for m in deals), deals


def test_a_meeting_between_one_side_named_alone_stays_unknown(coded_mentions: CodedMentions) -> None:
    # control: a plural that does not name both sides of the talks ("between the ministers")
    meetings = _of(coded_mentions("Talks between the ministers ended in Geneva on Monday."), "CONSULT")
    assert all(m.target is None or "ministers" not in m.target.text for m in meetings), meetings


def test_people_in_general_are_no_sides(coded_mentions: CodedMentions) -> None:
    # control: "parties" undescribed are people in general, not the two sides of a fight
    homicides = _of(coded_mentions("Most homicides in Tulsa are between parties who know each other."), "ASSAULT")
    assert all(m.target is None for m in homicides), homicides
