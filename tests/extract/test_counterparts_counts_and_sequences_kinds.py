"""Wire and crime kinds written for these tests, one construction each:

- A count of munitions fired is the munitions (arguments.py `_counted`): "Hezbollah fired dozens
  of rockets at northern Israel" hit northern Israel, as "fired 40 rockets at" does; the rockets
  are no side.
- A preposition of time the parse hangs on a noun is not part of the side it names (actors.py
  `_time_prep`): "launched rockets at Israeli positions on Sunday" hit "Israeli positions".
- The side met or fought "with" comes before a place or an occasion after "on" or "at"
  (arguments.py `_counterpart`): "met with Wang Yi on the sidelines of the meeting", "clashed with
  protesters at the parliament", "exchanged fire with gunmen at a checkpoint".
- Staff, an office or a delegation a state expels is a diplomatic sanction (frames.jsonl
  `frame.sanction.expel`): "Venezuela expelled the UN human rights office".
- The followers of a faith, which the model tags like a nationality, are a side (actors.py
  `believers`): "Hundreds of Hindus attacked shops".
- A name the model took for a people, followed by a word of administration, is an area
  (nlp/places.py): "in Ituri province" is in Congo.
- An act of another type told in a clause of sequence is no part of the main act (events.py
  `_earlier_act`, role_words.json `sequence_markers`): "A mob set fire to a police station after a
  suspect died in custody" does not make the mob the killer; "two people were killed after a bomb
  exploded" stays one bombing with its dead.
- A record of people is not the people (event_words.json `record_nouns`): "Police released the
  name of a man shot dead" frees nobody.
- Strikes "against" or "on" an armed side's forces or militias are strikes (triggers.jsonl
  `assault.strike-against`, `assault.strike-on`): "carried out strikes against Iran-backed
  militias in Iraq and Syria".
- Worshippers, pilgrims and mourners are people, not premises (role_words.json `gathered_people`,
  out of `attack_sites`): "abducted more than 100 worshippers from a church" took them; a blast
  that killed them is still a bombing.
- A figure standing for people, said to be found or pronounced dead, counts the dead
  (quantities.py): "Two men were shot ... One was pronounced dead at the scene" is one killed and
  one hurt, as "One died at the scene" was.
- A craft shot down is no person hit (casualty_words.json `harmless_particles`): "shot down 30 of
  35 drones launched by Russia" wounds nobody, and the disruption acts on Russia.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.extract.lexicon import load_triggers
from eventwire.extract.role_words import load_role_words
from eventwire.extract.victims import load_casualty_words
from eventwire.extract.words import load_event_words
from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


def _of_type(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.type == event_type]


def _texts(events: list[Event], role: str) -> list[str | None]:
    return [getattr(e, role).text if getattr(e, role) is not None else None for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fired dozens of rockets at northern Israel on Sunday.",
        "Hamas launched hundreds of rockets at southern Israel on Saturday.",
        # control: a number before the munitions already worked
        "Hezbollah fired 40 rockets at northern Israel on Sunday.",
    ],
)
def test_a_count_of_munitions_is_no_side(extract_events: ExtractEvents, text: str) -> None:
    events = _of_type(extract_events(text), "ASSAULT")
    assert events and all(e.target is not None and "rockets" not in e.target.text for e in events), [
        e.to_dict() for e in events
    ]
    assert {e.target.country for e in events if e.target is not None} == {"ISR"}


def test_a_day_is_no_part_of_the_side(extract_events: ExtractEvents) -> None:
    events = _of_type(extract_events("Hezbollah launched rockets at Israeli positions on Sunday."), "ASSAULT")
    assert _texts(events, "target") == ["Israeli positions"], [e.to_dict() for e in events]
    assert events[0].date is not None and events[0].date.text == "Sunday"


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        ("Blinken met with Wang Yi on the sidelines of the meeting in Jakarta.", "CONSULT", "Wang Yi"),
        (
            "South Korea's president met with the Japanese prime minister on the sidelines of the summit.",
            "CONSULT",
            "the Japanese prime minister",
        ),
        ("Police clashed with protesters at the parliament on Monday.", "ASSAULT", "protesters"),
        ("Police clashed with protesters on the streets of the capital.", "ASSAULT", "protesters"),
        ("Soldiers exchanged fire with gunmen at a checkpoint.", "ASSAULT", "gunmen"),
        # control: with no "with", the side after "on" or "at" is the target
        ("Hezbollah fired rockets at an Israeli army post on Sunday.", "ASSAULT", "an Israeli army post"),
    ],
)
def test_the_side_met_or_fought_with_comes_first(
    extract_events: ExtractEvents, text: str, event_type: str, target: str
) -> None:
    events = _of_type(extract_events(text), event_type)
    assert _texts(events, "target") == [target], [e.to_dict() for e in extract_events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela expelled the UN human rights office from the country.",
        "Venezuela expelled UN human rights staff from the country.",
    ],
)
def test_a_foreign_office_expelled_is_a_sanction(extract_events: ExtractEvents, text: str) -> None:
    events = _of_type(extract_events(text), "SANCTION")
    assert [(e.mode, e.actor.country if e.actor else None) for e in events] == [("expel", "VEN")], [
        e.to_dict() for e in extract_events(text)
    ]


def test_the_expel_frame_loads_its_new_objects() -> None:
    entry = next(t for t in load_triggers().triggers if t.id == "frame.sanction.expel")
    assert {"office", "staff", "delegation"} <= entry.objects


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Hundreds of Hindus attacked shops in Haryana on Monday.", "HIN"),
        # control: a people of a country stays its civilians
        ("Hundreds of Iranians marched in Tehran on Monday.", "CVL"),
    ],
)
def test_followers_of_a_faith_are_a_side(extract_events: ExtractEvents, text: str, sector: str) -> None:
    events = [e for e in extract_events(text) if e.actor is not None]
    assert events and events[0].actor is not None and events[0].actor.sector == sector, [
        e.to_dict() for e in extract_events(text)
    ]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Militiamen burned down 50 houses in a village in Ituri province on Tuesday.", "COD"),
        ("Fighting in Ituri province killed 20 people.", "COD"),
    ],
)
def test_a_name_before_a_word_of_administration_is_an_area(
    extract_events: ExtractEvents, text: str, country: str
) -> None:
    events = extract_events(text)
    assert events and all(e.location is not None and e.location.country == country for e in events), [
        e.to_dict() for e in events
    ]


def test_a_death_before_a_riot_is_not_the_rioters(extract_events: ExtractEvents) -> None:
    events = extract_events("A mob set fire to a police station in Karachi after a suspect died in custody.")
    assert not [e for e in events if e.actor is not None and e.actor.text == "A mob" and e.type == "ASSAULT"], [
        e.to_dict() for e in events
    ]
    assert [e.target.text for e in _of_type(events, "COERCE") if e.target is not None] == [
        "a police station in Karachi"
    ]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # controls: one act of one type told with its cause keeps its dead
        ("Two people were killed after a bomb exploded in a market in Maiduguri on Monday.", 2),
        ("Protesters torched cars after police shot dead a demonstrator in Nairobi on Tuesday.", 1),
    ],
)
def test_an_act_in_a_clause_of_sequence_keeps_its_dead(extract_events: ExtractEvents, text: str, killed: int) -> None:
    events = _of_type(extract_events(text), "ASSAULT")
    assert [q.value for e in events for q in e.quantities if q.kind == "killed"] == [killed], [
        e.to_dict() for e in events
    ]


def test_sequence_markers_load() -> None:
    assert {"after", "before"} <= load_role_words().sequence_markers


@pytest.mark.parametrize(
    ("text", "released"),
    [
        ("Police on Thursday released the name of a man shot dead on March 2.", False),
        ("Police released a photo of the suspect on Friday.", False),
        # control: people released
        ("Hamas released three Israeli hostages on Sunday.", True),
    ],
)
def test_a_record_of_people_released_frees_nobody(extract_events: ExtractEvents, text: str, released: bool) -> None:
    assert bool(_of_type(extract_events(text), "CONCEDE")) is released, [e.to_dict() for e in extract_events(text)]


def test_record_nouns_load() -> None:
    assert {"name", "photo", "footage"} <= load_event_words().record_nouns


def test_strikes_against_militias_are_strikes(extract_events: ExtractEvents) -> None:
    text = "The United States carried out strikes against Iran-backed militias in Iraq and Syria on Friday."
    events = _of_type(extract_events(text), "ASSAULT")
    assert [(e.mode, e.actor.country if e.actor else None) for e in events] == [("airstrike", "USA")], [
        e.to_dict() for e in extract_events(text)
    ]
    assert events[0].target is not None and events[0].target.sector == "REB"


def test_the_strike_entries_load_forces_and_militias() -> None:
    entries = {t.id: t for t in load_triggers().triggers}
    for key in ("assault.strike-against", "assault.strike-on"):
        assert {"militia", "force"} <= set().union(*entries[key].prep_objects.values())


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Armed bandits abducted more than 100 worshippers from a church in Kaduna state.",
            "more than 100 worshippers",
        ),
        # guard: pilgrims, never premises, must stay people as the list moves
        ("Gunmen kidnapped 20 pilgrims on the road to Karbala.", "20 pilgrims"),
    ],
)
def test_worshippers_are_people_taken(extract_events: ExtractEvents, text: str, target: str) -> None:
    events = _of_type(extract_events(text), "ASSAULT")
    assert _texts(events, "target") == [target], [e.to_dict() for e in events]


def test_a_blast_that_killed_worshippers_is_a_bombing(extract_events: ExtractEvents) -> None:
    # control: the people who gather still mark the blast
    events = _of_type(extract_events("A blast killed 30 worshippers in Peshawar on Friday."), "ASSAULT")
    assert [e.mode for e in events] == ["bombing"], [e.to_dict() for e in events]


def test_gathered_people_load() -> None:
    words = load_role_words()
    assert "worshipper" in words.gathered_people and "worshipper" not in words.attack_sites


def test_a_craft_shot_down_is_nobody_hurt(extract_events: ExtractEvents) -> None:
    text = "Ukrainian forces shot down 30 of 35 drones launched by Russia overnight, the air force said."
    events = extract_events(text)
    assert not [q for e in events for q in e.quantities if q.kind in ("injured", "killed")], [
        e.to_dict() for e in events
    ]
    disrupted = [e for e in events if e.mode == "disrupt"]
    assert [e.target.country if e.target else None for e in disrupted] == ["RUS"], [e.to_dict() for e in events]


def test_a_man_shot_stays_hurt(extract_events: ExtractEvents) -> None:
    # control: without the particle the verb still hurts
    events = _of_type(extract_events("Police shot a man who pointed a gun at them on Friday."), "ASSAULT")
    assert [(q.kind, q.value) for e in events for q in e.quantities] == [("injured", 1)], [e.to_dict() for e in events]


def test_harmless_particles_load() -> None:
    assert "down" in load_casualty_words().verbs["shoot"].harmless_particles


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Two men were shot on Elm Street on Monday. One was pronounced dead at the scene.",
            [("injured", 1), ("killed", 1)],
        ),
        (
            "Officers found two victims with gunshot wounds. One was pronounced dead at the scene; "
            "the other was taken to the hospital.",
            [("injured", 1), ("killed", 1)],
        ),
        ("Three men were shot outside a bar. Two were found dead inside the car.", [("injured", 1), ("killed", 2)]),
        # controls: a death verb already counted; a figure in hospital is no death
        ("Two men were shot on Elm Street on Monday. One died at the scene.", [("injured", 1), ("killed", 1)]),
        ("Two men were shot on Elm Street on Monday. One remains in hospital.", [("injured", 2)]),
    ],
)
def test_a_figure_found_or_pronounced_dead_counts_the_dead(
    extract_events: ExtractEvents, text: str, counts: list[tuple[str, int]]
) -> None:
    events = _of_type(extract_events(text), "ASSAULT")
    found = sorted((q.kind, q.value) for e in events for q in e.quantities if q.kind in ("injured", "killed"))
    assert found == counts, [e.to_dict() for e in events]
