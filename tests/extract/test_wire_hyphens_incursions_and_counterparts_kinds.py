"""Kinds of wire wording written for these tests.

- A hyphenated modifier the tokenizer splits ("live-fire drills" as "live", "-", "fire") is
  matched by the whole word an entry's objects name (triggers.py `object_words`): "Chinese
  warships conducted live-fire drills near Taiwan" is a military exercise; "fire drills" at a
  school are not.
- A protest one state lodges with another ("lodged a formal protest with China", "a protest
  note") is a complaint, no demonstration: acled_cues.json `ignore`.
- The "of" of an incursion names who intrudes, its "into" where (role_words.json
  `intruding_nouns`): "the incursion of coast guard vessels" is the vessels' act.
- A country one deals "with" is a side, not a scene (events.py `_counterpart_not_scene`): "freed
  five activists after talks with the United States" did not happen in the United States; nor
  does one that does a passive's act ("a ceasefire brokered by Saudi Arabia").
- "the United Nations Security Council" is the organisation the names list as "UN Security
  Council" (lexicon.py `ActorLexicon.organisation`).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.extract.acled import load_acled_coder
from eventwire.extract.role_words import load_role_words
from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    "text",
    [
        "Chinese warships conducted live-fire drills near Taiwan on Monday.",
        "Russian forces held live-fire exercises in Belarus on Monday.",
    ],
)
def test_a_hyphenated_modifier_matches_the_whole_word(extract_events: ExtractEvents, text: str) -> None:
    assert any(e.type == "MOBILIZE" and e.mode == "exercise" for e in extract_events(text))


def test_a_fire_drill_is_no_exercise_of_forces(extract_events: ExtractEvents) -> None:
    assert not [e for e in extract_events("The school held fire drills on Monday.") if e.type == "MOBILIZE"]


@pytest.mark.parametrize(
    ("sentence", "protest"),
    [
        ("Japan lodged a formal protest with China over the incursion.", False),
        ("The ministry handed the ambassador a protest note on Monday.", False),
        # control: a demonstration
        ("Hundreds joined a protest outside the embassy on Monday.", True),
    ],
)
def test_diplomatic_protests_are_no_protest_cue(sentence: str, protest: bool) -> None:
    assert ("protest_core" in load_acled_coder().cues_in([sentence])) is protest


@pytest.mark.parametrize(
    "text",
    [
        "Japan lodged a formal protest with China over the incursion of coast guard vessels near the Senkaku Islands.",
        "Manila lodged a protest with Beijing on Monday over the water cannon attack on its supply boat.",
    ],
)
def test_a_protest_lodged_by_a_state_codes_no_demonstration(extract_events: ExtractEvents, text: str) -> None:
    for event in extract_events(text):
        code = (event.acled or {}).get("event_type")
        assert code not in {"Protests", "Riots"}, (event.type, event.acled)


def test_intruding_nouns_load() -> None:
    assert {"incursion", "intrusion"} <= load_role_words().intruding_nouns


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Japan lodged a formal protest with China over the incursion of coast guard vessels near the "
            "Senkaku Islands.",
            "coast guard vessels",
        ),
        ("The army repelled an incursion of militants into Kashmir on Monday.", "militants"),
    ],
)
def test_the_of_of_an_incursion_is_the_intruder(extract_events: ExtractEvents, text: str, actor: str) -> None:
    incursions = [e for e in extract_events(text) if e.type == "ASSAULT"]
    assert incursions
    assert all(e.actor is not None and e.actor.text.startswith(actor) for e in incursions)
    assert all(e.target is None or not e.target.text.startswith(actor) for e in incursions)


def test_an_incursion_into_a_place_keeps_its_target(extract_events: ExtractEvents) -> None:
    event = next(e for e in extract_events("Israel launched an incursion into Gaza on Monday.") if e.type == "ASSAULT")
    assert event.actor is not None and event.actor.country == "ISR"
    assert event.target is not None and event.target.country == "PSE"


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela freed five jailed opposition activists after talks with the United States.",
        "Armenia signed a trade deal with Iran on Monday.",
    ],
)
def test_a_country_dealt_with_is_no_scene(extract_events: ExtractEvents, text: str) -> None:
    for event in extract_events(text):
        assert event.location is None or event.location.country not in {"USA", "IRN"}, event.location
        assert event.target is None or event.target.country != "USA"


def test_a_country_fought_in_stays_the_scene(extract_events: ExtractEvents) -> None:
    text = "Eritrean troops clashed with Ethiopian forces in Tigray on Monday."
    event = next(e for e in extract_events(text) if e.type == "ASSAULT")
    assert event.location is not None and event.location.country == "ETH"


def test_a_border_with_a_country_is_near_it(extract_events: ExtractEvents) -> None:
    text = "Chlorine munitions were dropped on a village in fighting at the border with Turkmenistan in June."
    event = next(e for e in extract_events(text) if e.type == "ASSAULT")
    assert event.location is not None and event.location.country == "TKM"


def test_a_country_that_brokers_a_deal_is_no_scene(extract_events: ExtractEvents) -> None:
    text = "Sudan's army and the RSF agreed to a 72-hour ceasefire brokered by Saudi Arabia."
    event = next(e for e in extract_events(text) if e.type == "AGREE")
    assert event.location is None or event.location.country != "SAU"
    assert event.acled is not None and event.acled["sub_event_type"] == "Agreement"


@pytest.mark.parametrize(
    "name", ["The United Nations Security Council", "The UN Security Council", "The Security Council"]
)
def test_the_un_spelled_out_is_the_un(extract_events: ExtractEvents, name: str) -> None:
    event = next(e for e in extract_events(f"{name} condemned the coup in Niger.") if e.type == "ACCUSE")
    assert event.actor is not None and event.actor.sector == "IGO" and event.actor.country is None
