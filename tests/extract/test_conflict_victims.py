"""Victims named by what they do: the farmers, herders, protesters, journalists and pilgrims of
conflict and world news, counted as crime copy's "man" and "woman" are; and accidental shootings,
which stay shootings with their casualties but get no ACLED code.

Every sentence here is written for these tests (none is taken from an evaluation set).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import counted, main_assault, tally_of
from spacy.language import Language

from eventwire.extract.victims import is_statistics, load_casualty_words
from eventwire.records import Event, EventMention

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py
CodedMentions = Callable[..., list[EventMention]]


def test_occupations_and_roles_are_person_nouns() -> None:
    nouns = load_casualty_words().person_nouns
    for word in ("farmer", "herdsmen", "journalist", "protester", "pilgrim", "hostage", "villager"):
        assert word in nouns
    assert nouns["fishermen"] == "m" and nouns["nun"] == "f"
    for thing in ("army", "hospital", "warplane", "village", "government"):
        assert thing not in nouns  # institutions, places and machines are no people to count


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Gunmen shot dead a farmer and two herders near the market on Monday.", 3, 0),
        ("A protester was shot dead by riot police outside parliament.", 1, 0),
        ("A journalist was killed and a priest was wounded when soldiers opened fire on the crowd.", 1, 1),
        ("A villager was badly injured in a grenade attack on the town square.", 0, 1),
        ("The hostage was found dead two days after the raid.", 1, 0),
        ("Two fishermen were wounded when the patrol boat fired on their canoe.", 0, 2),
        # a role the report's speaker holds is no victim: nobody is hurt here
        ("A local official said the militants had fled into the forest.", 0, 0),
    ],
)
def test_people_named_by_their_work_are_counted(nlp: Language, text: str, killed: int, injured: int) -> None:
    assert tally_of(nlp, text) == {"killed": killed, "injured": injured}


def test_a_herder_killed_in_a_raid_is_a_fatality_of_the_event(extract_events: ExtractEvents) -> None:
    events = extract_events("Armed bandits killed a herder and abducted his two sons near Birnin Gwari on Sunday.")
    assault = main_assault(events)
    assert counted(assault, "killed") == 1


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A hunter was accidentally shot and killed by a member of his hunting party on Saturday.", 1, 0),
        ("A 12-year-old boy accidentally shot himself in the leg with his father's rifle on Tuesday.", 0, 1),
        ("A woman was wounded in an accidental shooting at a gun range on Friday afternoon.", 0, 1),
    ],
)
def test_an_accidental_shooting_keeps_its_casualties_and_gets_no_acled_code(
    extract_events: ExtractEvents, text: str, killed: int, injured: int
) -> None:
    assault = main_assault(extract_events(text))
    assert (counted(assault, "killed"), counted(assault, "injured")) == (killed, injured)
    assert assault.acled is None  # ACLED records no accident


def test_a_deliberate_shooting_beside_it_is_still_coded(extract_events: ExtractEvents) -> None:
    assault = main_assault(extract_events("A gunman shot and killed a shopkeeper in his store on Saturday."))
    assert assault.acled is not None and assault.acled["event_type"] == "Violence against civilians"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Dozens of people were wounded when police fired rubber bullets at protesters on Friday.", "injured", 12),
        ("Scores of villagers were killed when gunmen stormed the market.", "killed", 20),
    ],
)
def test_a_vague_crowd_of_victims_is_counted_at_its_floor(
    extract_events: ExtractEvents, text: str, kind: str, value: int
) -> None:
    claim = next(q for q in main_assault(extract_events(text)).quantities if q.kind == kind)
    assert (claim.value, claim.low) == (value, value)


def test_two_of_the_men_is_a_share_not_a_crowd(nlp: Language) -> None:
    text = "Four men were shot on the porch. Two of the men died at the hospital."
    assert tally_of(nlp, text) == {"killed": 2, "injured": 2}


def test_a_bare_figure_of_dead_names_nobody_s_side(extract_events: ExtractEvents) -> None:
    text = "Clashes between rival militias in Tripoli left 32 dead and 159 wounded, the health ministry said."
    clash = main_assault(extract_events(text))
    # not "32", civilians: both sides, the militias named after "between", or nobody
    assert clash.target is None or clash.target.text == "rival militias in Tripoli", clash.to_dict()
    assert (counted(clash, "killed"), counted(clash, "injured")) == (32, 159)
    assert clash.acled is not None and clash.acled["sub_event_type"] == "Armed clash"


def test_one_act_told_with_its_month_is_no_monthly_tally(nlp: Language, extract_events: ExtractEvents) -> None:
    act = next(iter(nlp("Militants stormed a police station in Cabo Delgado last month, killing 12 officers.").sents))
    tally = next(iter(nlp("Twelve people were killed in shootings in the city last month.").sents))
    month = next(iter(nlp("Police said 40 people were shot in the county last month.").sents))
    assert not is_statistics(act)
    assert is_statistics(tally) and is_statistics(month)
    events = extract_events("Militants stormed a police station in Cabo Delgado last month, killing 12 officers.")
    assert counted(main_assault(events), "killed") == 12


@pytest.mark.parametrize(
    "text",
    [
        "A shooting outside a Dallas nightclub early Saturday left three people wounded.",
        "A bombing at a market in Maiduguri on Friday left three traders wounded.",
    ],
)
def test_people_an_attack_left_wounded_are_its_victims_not_its_doers(extract_events: ExtractEvents, text: str) -> None:
    assault = main_assault(extract_events(text))
    assert assault is not None and assault.actor is None
    assert assault.target is not None and assault.target.sector == "CVL"
    assert counted(assault, "injured") == 3


# --- victims counted by their nation, and leaders among the counted -----------------------------


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Two Palestinians were shot dead by Israeli troops during a raid in Jenin on Monday.", "killed", 2),
        ("Three Afghans were wounded when a bomb exploded near a mosque in Kabul on Friday.", "injured", 3),
        ("French troops killed an Islamic State leader near Menaka on Monday.", "killed", 1),
    ],
)
def test_people_counted_by_nation_or_role_are_victims(
    extract_events: ExtractEvents, text: str, kind: str, count: int
) -> None:
    attacks = [e for e in extract_events(text) if e.type == "ASSAULT"]
    assert attacks and counted(attacks[0], kind) == count, [e.to_dict() for e in attacks]


def test_a_nation_named_without_a_number_is_no_victim_count(extract_events: ExtractEvents) -> None:
    events = extract_events("The Palestinians rejected the plan on Monday.")
    assert not [q for e in events for q in e.quantities if q.kind in {"killed", "injured"}], events


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("French troops killed an Islamic State leader near Menaka on Monday.", "REB"),
        ("A senior commander of Hezbollah was killed in Beirut on Monday.", "REB"),
    ],
)
def test_a_state_role_in_an_armed_group_is_the_groups(extract_events: ExtractEvents, text: str, sector: str) -> None:
    attacks = [e for e in extract_events(text) if e.type == "ASSAULT"]
    assert attacks and attacks[0].target is not None and attacks[0].target.sector == sector, [
        e.to_dict() for e in attacks
    ]


def test_a_group_named_in_a_phrase_hung_on_forces_is_not_theirs(coded_mentions: CodedMentions) -> None:
    text = "Afghan security forces in a crackdown on Taliban militants recaptured the district on Monday."
    sectors = {m.actor.sector for m in coded_mentions(text) if m.actor is not None}
    assert sectors == {"COP"}, sectors
