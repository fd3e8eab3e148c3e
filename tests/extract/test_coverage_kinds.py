"""Kinds of construction that news copy uses and that coded nothing, or coded wrongly, before: a
warning whose content a field pattern names ("warned Taiwan against independence"), a body of two
countries and an event noun's two sides ("talks between Armenia and Azerbaijan"), munitions as
the subject of the impact ("shells landed in Donetsk"), relief goods, a visitor received, verbs
the model lemmatizes wrongly ("raped"), killing by hand, seizures of people; and acts that are not
done (what a side can do, what is only a prospect, a dispute fought in court). Sentences written
for these tests; each kind has its ordinary uses that must stay no event (`NO_SUCH_EVENT`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import country, of_type

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("China warned Taiwan against independence on Monday.", "CHN", "TWN"),
        ("Iran warned the United States of a crushing response.", "IRN", "USA"),
        ("Pakistan warned India of war over the dam.", "PAK", "IND"),
    ],
)
def test_a_warning_with_a_threat_pattern_content_is_a_threat(
    extract_events: ExtractEvents, text: str, actor: str, target: str
) -> None:
    threats = of_type(extract_events(text), "THREATEN")
    assert any(country(e.actor) == actor and country(e.target) == target for e in threats), [
        e.to_dict() for e in extract_events(text)
    ]


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "target"),
    [
        ("The foreign ministers of India and Pakistan held talks in Islamabad.", "CONSULT", "IND", "PAK"),
        ("Officials from Sudan and Chad met in Geneva on Tuesday.", "CONSULT", "SDN", "TCD"),
        ("The leaders of Egypt and Ethiopia signed a water agreement.", "SUPPORT", "EGY", "ETH"),
    ],
)
def test_a_body_of_two_countries_acts_with_the_other_one(
    extract_events: ExtractEvents, text: str, event_type: str, actor: str, target: str
) -> None:
    found = of_type(extract_events(text), event_type)
    assert any(country(e.actor) == actor and country(e.target) == target for e in found), [
        e.to_dict() for e in extract_events(text)
    ]


def test_the_envoys_of_two_countries_praising_a_third_thing_praise_not_each_other(
    extract_events: ExtractEvents,
) -> None:
    text = "The ambassadors of France and Germany praised the election in Ghana."
    assert not any(country(e.target) == "DEU" for e in extract_events(text)), [
        e.to_dict() for e in extract_events(text)
    ]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Artillery shells landed in the centre of Donetsk on Monday.", "shelling"),
        ("A mortar round exploded near the army base in Kirkuk on Monday.", "shelling"),
        ("A rocket hit a house in Sderot on Tuesday, wounding two people.", "missile"),
        ("Three missiles slammed into a residential building in Kharkiv on Friday.", "missile"),
    ],
)
def test_a_munition_that_hits_or_lands_is_an_attack(extract_events: ExtractEvents, text: str, mode: str) -> None:
    found = of_type(extract_events(text), "ASSAULT")
    assert any(e.mode == mode for e in found), [e.to_dict() for e in extract_events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey sent 20 trucks of flour to Syria on Monday.",
        "Japan provided shelter and blankets to flood victims in Pakistan.",
    ],
)
def test_relief_goods_given_are_aid(extract_events: ExtractEvents, text: str) -> None:
    found = of_type(extract_events(text), "AID")
    assert any(e.mode == "humanitarian" for e in found), [e.to_dict() for e in extract_events(text)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Egypt's president received the Sudanese army chief in Cairo.", "SDN"),
        ("Kenya's president received the Ugandan foreign minister at State House on Monday.", "UGA"),
        ("Turkey's president received a phone call from the Russian president on Monday.", "RUS"),
    ],
)
def test_a_visitor_received_is_the_meetings_other_side(extract_events: ExtractEvents, text: str, target: str) -> None:
    meetings = of_type(extract_events(text), "CONSULT")
    assert any(country(e.target) == target for e in meetings), [e.to_dict() for e in extract_events(text)]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # The English model lemmatizes "raped" as "rap" and "waged" as "wag": event_words.json
        # `lemma_fixes` reads them right before any trigger lookup.
        ("Armed men raped three women near a displacement camp in South Sudan's Unity state.", "sexual"),
        ("Soldiers are raping women in the villages of Congo's North Kivu province, the UN said.", "sexual"),
        ("The Taliban waged war on the Afghan government for two decades.", None),
    ],
)
def test_verbs_the_model_lemmatizes_wrongly_still_code_their_event(
    extract_events: ExtractEvents, text: str, mode: str | None
) -> None:
    found = of_type(extract_events(text), "ASSAULT")
    assert any(mode is None or e.mode == mode for e in found), [e.to_dict() for e in extract_events(text)]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Militants hacked five farmers to death in Nigeria's Benue state.", 5),
        ("Villagers stoned a woman to death in Somalia on Monday.", 1),
        ("A mob beat to death a man accused of witchcraft in Tanzania's Geita region.", None),
        ("A mob lynched two men accused of theft in Kenya on Monday.", 2),
    ],
)
def test_killing_by_hand_is_an_attack_with_its_dead(
    extract_events: ExtractEvents, text: str, killed: int | None
) -> None:
    found = of_type(extract_events(text), "ASSAULT")
    assert found, [e.to_dict() for e in extract_events(text)]
    if killed is not None:
        counts = [q.value for e in found for q in e.quantities if q.kind == "killed"]
        assert killed in counts, [e.to_dict() for e in found]


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "target"),
    [
        ("Talks between Armenia and Azerbaijan resumed in Brussels on Monday.", "CONSULT", "ARM", "AZE"),
        ("The ceasefire between Israel and Hamas held for a third day.", "AGREE", "ISR", None),
        ("Fighting between the Sudanese army and the RSF killed 20 people in Khartoum.", "ASSAULT", "SDN", None),
    ],
)
def test_an_event_between_two_sides_has_them_as_actor_and_target(
    extract_events: ExtractEvents, text: str, event_type: str, actor: str, target: str | None
) -> None:
    found = of_type(extract_events(text), event_type)
    assert any(
        country(e.actor) == actor and e.target is not None and (target is None or country(e.target) == target)
        for e in found
    ), [e.to_dict() for e in extract_events(text)]


def test_rape_while_dispersing_a_protest_is_sexual_violence_for_acled(extract_events: ExtractEvents) -> None:
    text = (
        "Khartoum, Jun 15 (UNI) Members of a Sudanese militia raped women as they dispersed protesters "
        "camped outside the army headquarters in the city."
    )
    found = of_type(extract_events(text), "ASSAULT")
    assert any((e.acled or {}).get("sub_event_type") == "Sexual violence" for e in found), [
        e.to_dict() for e in extract_events(text)
    ]
    assert all(e.actor is None or e.actor.text != "Khartoum" for e in found)  # the dateline is no actor


def test_rebels_fought_off_by_troops_stay_a_clash(extract_events: ExtractEvents) -> None:
    text = "The rebels were fought off by Kenyan troops near the Somali border on Monday."
    assert any(country(e.actor) == "KEN" for e in of_type(extract_events(text), "ASSAULT")), [
        e.to_dict() for e in extract_events(text)
    ]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Bandits killed 12 villagers in Zamfara state, Nigeria, on Sunday.", "Attack"),
        ("Gunmen killed 12 villagers in Zamfara state, Nigeria, on Sunday.", "Attack"),
        ("During the shoot-out between the bandits and soldiers, four soldiers were injured.", "Armed clash"),
    ],
)
def test_bandits_and_the_villagers_of_a_place_code_their_acled_sub_type(
    extract_events: ExtractEvents, text: str, sub_event_type: str
) -> None:
    found = of_type(extract_events(text), "ASSAULT")
    assert any((e.acled or {}).get("sub_event_type") == sub_event_type for e in found), [e.to_dict() for e in found]


def test_villagers_of_a_place_with_its_country_are_villagers_not_the_country(extract_events: ExtractEvents) -> None:
    text = "Gunmen killed 12 villagers in Zamfara state, Nigeria, on Sunday."
    (attack,) = of_type(extract_events(text), "ASSAULT")
    assert attack.target is not None and attack.target.kind != "country", attack.to_dict()
    assert attack.target.country == "NGA", attack.to_dict()


def test_an_act_a_side_decided_to_do_is_still_coded(extract_events: ExtractEvents) -> None:
    text = "Iran decided to strike Israel with its missiles on Monday."
    assert any(country(e.actor) == "IRN" for e in of_type(extract_events(text), "ASSAULT"))


def test_an_owned_threat_of_force_stays_the_owners_threat(extract_events: ExtractEvents) -> None:
    text = "Russia's threat of military retaliation against Ukraine alarmed NATO on Monday."
    found = extract_events(text)
    assert not [e for e in found if e.type == "ASSAULT" and e.status == "asserted"], [e.to_dict() for e in found]


@pytest.mark.parametrize(
    ("text", "event_type", "mode"),
    [
        ("Gunmen seized 20 passengers from a bus in Nigeria's Kaduna state.", "ASSAULT", "abduction"),
        ("Islamic State fighters captured 30 villagers near Palmyra, Syria.", "ASSAULT", "abduction"),
        ("Police seized a suspect in the killing in Lagos, Nigeria.", "COERCE", "arrest"),
        ("Police in Lagos seized 200 rifles on Monday.", "COERCE", "disrupt"),
    ],
)
def test_who_seizes_people_abducts_or_arrests_them(
    extract_events: ExtractEvents, text: str, event_type: str, mode: str
) -> None:
    found = of_type(extract_events(text), event_type)
    assert any(e.mode == mode for e in found), [e.to_dict() for e in extract_events(text)]


# Ordinary uses of this round's words, and acts not done: each codes no event of these types.
NO_SUCH_EVENT = [
    pytest.param("Police in Kenya warned residents against travel during the floods.", {"THREATEN"}, id="advice"),
    pytest.param("The Egyptian minister warned of a growing crisis in the economy.", {"THREATEN"}, id="warned-of"),
    pytest.param("China warned Taiwan on Monday.", {"THREATEN"}, id="warning-without-content"),
    pytest.param("A SpaceX rocket landed on a drone ship off Florida on Monday.", {"ASSAULT"}, id="rocket-landing"),
    pytest.param(
        "The rocket exploded shortly after launch from Cape Canaveral on Monday.", {"ASSAULT"}, id="launch-failure"
    ),
    pytest.param("The strike hit the economy of France hard on Monday.", {"ASSAULT"}, id="workers-strike"),
    pytest.param("Oil prices fell in London on Monday.", {"ASSAULT"}, id="falling-prices"),
    pytest.param("The hospital in Nairobi received 40 wounded officials from Uganda.", {"CONSULT"}, id="hospital"),
    pytest.param("The Kenyan minister received a letter from Uganda on Monday.", {"CONSULT"}, id="letter"),
    pytest.param("Kenya beat Uganda to the title in Nairobi on Sunday.", {"ASSAULT"}, id="sport"),
    pytest.param(
        "The border between Kenya and Somalia was closed to traffic on Monday.",
        {"CONSULT", "AGREE", "ASSAULT"},
        id="border-between",
    ),
    pytest.param("Many of these land disputes have been fought in the courts of Kenya.", {"ASSAULT"}, id="court"),
    pytest.param(
        "The charges against the Kenyan senator will be fought in court, his lawyer said.", {"ASSAULT"}, id="charges"
    ),
    pytest.param("Iran has the capability to strike Israel with its missiles.", {"ASSAULT"}, id="capability"),
    pytest.param(
        "The army limited Boko Haram's capacity to launch attacks in Borno state.", {"ASSAULT"}, id="capacity"
    ),
    pytest.param("Kenyans have the right to protest against the government in Nairobi.", {"PROTEST"}, id="right"),
    pytest.param(
        "Kurdish refugees in Greece now face the threat of detention and deportation to Turkey.",
        {"COERCE"},
        id="threat-of",
    ),
    pytest.param("Kenyan farmers in Nakuru face the risk of arrest by police.", {"COERCE"}, id="risk-of"),
]


@pytest.mark.parametrize(("text", "types"), NO_SUCH_EVENT)
def test_ordinary_uses_and_acts_not_done_code_no_such_event(
    extract_events: ExtractEvents, text: str, types: set[str]
) -> None:
    assert not [e for e in extract_events(text) if e.type in types], [e.to_dict() for e in extract_events(text)]
