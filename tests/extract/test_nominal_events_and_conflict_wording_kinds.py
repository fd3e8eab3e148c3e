"""Kinds of wording written for these tests, from wire and conflict copy the lexicon did not code.

Events told as nouns: an expulsion or recall of envoys, a rejection, an endorsement, an apology, a
delivery (triggers.jsonl sanction.expulsion-noun, reject.noun, support.noun,
concede.apology-noun, aid.delivery-noun); an owner who releases or arrests someone "of" (event_words
patient_nouns only without an "of"); forces "of" a withdrawal or a deployment, who move; an
accusation "that" someone acted (rule charge-that-accuses). And an act told in an object relative
clause ("the activist, whom Russian authorities detained") acts on the noun the clause is on; an
event noun that a side expresses or voices is that side's act (event_words light_verbs), and an
understanding reached is an agreement (agree.sign); "they" after a group and a state stands for the
group ("If the Houthis continue ..., Washington will strike their missile sites"); a visit to
one's family is no meeting of sides (role_words kin_nouns); a town a foreign side strikes is its
country (rule struck-property-is-its-country; role_words carried_target_preps "on"); a demonym on
a draft vetoed names its proposer ("vetoed an Algerian draft resolution").

Conflict wording: "neutralised eight bandits" (triggers.jsonl assault.neutralise, casualty_words
verbs); a ruler, a monarch or aides as victims (casualty_words person_nouns); a social leader, no
government's (actor_sectors.json civic_modifiers); "New People's Army rebels" are rebels, not
people or an army (acled.py word codes); a named town taken "from" rebels (rule
taking-a-named-place); a glide bomb is dropped from the air (acled_cues.json air); "sexually
abused" (assault.sexual-abuse); relatives of the "forcibly disappeared" hold a peaceful sit-in
(acled_cues.json intervention)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import counted, country, of_type, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        (
            "Poland's expulsion of three Belarusian diplomats followed the arrest of a Polish citizen in Minsk.",
            "SANCTION",
            "POL",
            "BLR",
        ),
        ("Israel's rejection of the Egyptian ceasefire proposal was announced on Monday.", "REJECT", "ISR", None),
        ("Pakistan's endorsement of Saudi Arabia's bid to host the expo came on Monday.", "SUPPORT", "PAK", "SAU"),
        ("The Dutch prime minister's apology to Indonesia was welcomed in Jakarta.", "CONCEDE", "NLD", "IDN"),
        ("The delivery of 20 F-16 jets to Ukraine by Denmark began on Tuesday.", "AID", "DNK", "UKR"),
        ("Israel's release of 39 Palestinian prisoners came on Saturday.", "CONCEDE", "ISR", "PSE"),
        ("The withdrawal of French troops from Niger was completed on Friday.", "RETREAT", "FRA", "NER"),
        ("The deployment of 1,000 Kenyan police officers to Haiti began on Tuesday.", "MOBILIZE", "KEN", "HTI"),
        ("Beijing's accusation that Manila had rammed its vessel drew a sharp response.", "ACCUSE", "CHN", "PHL"),
        # an object relative acts on its noun
        ("The activist, whom Russian authorities detained in Moscow on Sunday, was released.", "COERCE", "RUS", "RUS"),
        ("Argentina's envoy, whom Caracas expelled last week, returned to Buenos Aires.", "SANCTION", "VEN", "ARG"),
        ("The Greek tanker that Iranian forces seized in the Gulf of Oman was released.", "COERCE", "IRN", "GRC"),
        # light verbs of words, and understandings reached
        ("China expressed strong condemnation of the United States on Monday.", "ACCUSE", "CHN", "USA"),
        ("Armenia and Azerbaijan reached an understanding on border delimitation on Tuesday.", "AGREE", "ARM", "AZE"),
        # a demonym on a vetoed draft names its proposer
        ("The United States vetoed an Algerian draft resolution at the UN Security Council.", "REJECT", "USA", "DZA"),
    ],
)
def test_nouns_relatives_and_light_verbs_code_their_sides(
    extract_events: ExtractEvents, text: str, kind: str, actor: str, target: str | None
) -> None:
    event = only(extract_events(text), kind)
    assert country(event.actor) == actor, event.to_dict()
    if target is not None:
        assert country(event.target) == target, event.to_dict()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The food supply in Gaza is running out, the UN said.", "AID"),  # no delivery
        ("Rejection of the plan by voters surprised analysts.", "SANCTION"),  # no envoy sent home
    ],
)
def test_other_nouns_are_no_such_event(extract_events: ExtractEvents, text: str, kind: str) -> None:
    events = extract_events(text)
    assert not of_type(events, kind), [e.to_dict() for e in events]


def test_a_release_without_of_befell_its_owner(extract_events: ExtractEvents) -> None:
    text = "Iran freed the French aid worker on Monday. Her release was welcomed in Paris."
    event = only(extract_events(text), "CONCEDE")
    assert country(event.actor) == "IRN" and country(event.target) == "FRA", event.to_dict()


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Troops neutralised eight bandits in Katsina State on Thursday.", 8),
        ("Eight bandits were neutralised by troops in Zamfara on Thursday.", 8),
        ("Gunmen have killed a traditional ruler and his two aides in Ekiti State.", 3),
        ("Gunmen shot dead a traditional ruler in Ekiti State on Monday.", 1),
    ],
)
def test_killings_in_the_words_of_nigerian_copy(extract_events: ExtractEvents, text: str, killed: int) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert counted(event, "killed") == killed, event.to_dict()


def test_a_device_neutralised_is_no_killing(extract_events: ExtractEvents) -> None:
    events = extract_events("The army neutralised an improvised explosive device on the road to Gwoza.")
    assert not of_type(events, "ASSAULT") and all(counted(e, "killed") == 0 for e in events), [
        e.to_dict() for e in events
    ]


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Unknown gunmen shot dead a social leader in Cauca on Sunday.", "Attack"),
        ("Soldiers clashed with New People's Army rebels in Northern Samar on Sunday.", "Armed clash"),
        ("Wazalendo fighters captured Kibirizi from M23 rebels on Monday.", "Non-state actor overtakes territory"),
        ("A Russian glide bomb struck a residential building in Kharkiv on Monday, killing two civilians.",
         "Air/drone strike"),
        ("Suspected militants sexually abused a 14-year-old girl in Ituri on Monday.", "Sexual violence"),
        ("Relatives of people forcibly disappeared staged a sit-in outside the prosecutor's office in Bogota.",
         "Peaceful protest"),
        # controls: an office-holder shot is a civilian target, a post attacked a battle
        ("Unknown gunmen shot dead a village chief in Cauca on Sunday.", "Attack"),
        ("Gunmen attacked an army post in Cauca on Sunday, killing two soldiers.", "Armed clash"),
    ],
)  # fmt: skip
def test_conflict_wording_gets_its_acled_sub_type(extract_events: ExtractEvents, text: str, sub_type: str) -> None:
    found = [e.acled["sub_event_type"] for e in extract_events(text) if e.acled]
    assert sub_type in found, [e.to_dict() for e in extract_events(text)]


def test_a_social_leader_is_a_civilian(extract_events: ExtractEvents) -> None:
    event = only(extract_events("Unknown gunmen shot dead a social leader in Cauca on Sunday."), "ASSAULT")
    assert event.target is not None and event.target.sector == "CVL", event.to_dict()
    control = only(extract_events("The opposition leader met President Petro in Bogota on Monday."), "CONSULT")
    assert control.actor is not None and control.actor.sector != "CVL", control.to_dict()


def test_they_after_a_group_and_a_state_is_the_group(extract_events: ExtractEvents) -> None:
    text = (
        "If the Houthis continue attacking shipping, Washington will strike their missile sites, "
        "a senior U.S. official said."
    )
    events = [e for e in extract_events(text) if e.type in {"THREATEN", "ASSAULT"}]
    assert events and all(country(e.target) == "YEM" for e in events), [e.to_dict() for e in events]
    # control: with no group before it, "they" still finds the state
    control = only(extract_events("Iran said they would strike Israel if attacked."), "THREATEN")
    assert country(control.target) == "ISR", control.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "There is a large Zimbabwean diaspora in the UK, and many travel back home to visit with their families.",
        "The president met his family in Lagos on Sunday.",
    ],
)
def test_a_visit_to_ones_family_is_no_meeting_of_sides(extract_events: ExtractEvents, text: str) -> None:
    events = extract_events(text)
    assert not of_type(events, "CONSULT"), [e.to_dict() for e in events]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russia attacked Kharkiv on Monday.", "UKR"),
        ("Russia launched an attack on Kharkiv on Monday.", "UKR"),  # "on" hung on the light verb
        ("Hamas fired 30 rockets at Tel Aviv on Friday.", "ISR"),
        # control: a town struck at home names no side
        ("Boko Haram attacked Maiduguri on Monday.", None),
    ],
)
def test_a_town_a_foreign_side_strikes_is_its_country(
    extract_events: ExtractEvents, text: str, target: str | None
) -> None:
    event = only(extract_events(text), "ASSAULT")
    assert country(event.target) == target, event.to_dict()
