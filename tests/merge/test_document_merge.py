"""In-document merging on hand-built mentions: which mentions are one event, and what it keeps."""

from __future__ import annotations

from itertools import count

import pytest

from eventwire.merge.document import cluster_mentions, merge_document
from eventwire.records import EventDate, EventMention, Evidence, Party, QuantityClaim, Status

IRAN = Party("Iran", "Iran", "IRN", "GOV", "country")
IRAN_GUARDS = Party("Iran's Revolutionary Guards", "Islamic Revolutionary Guard Corps", "IRN", "MIL", "organisation")
IRAQ = Party("Iraq", "Iraq", "IRQ", "GOV", "country")
US_BASES = Party("US bases", None, "USA", "MIL", "group")
NATO = Party("NATO", "NATO", None, "IGO", "organisation")
CANADA = Party("Canada", "Canada", "CAN", "GOV", "country")
GUNMEN = Party("gunmen", None, None, "REB", "group")
STATE_TV = Party("state TV", None, None, "GOV", "unknown")
PENTAGON = Party("the Pentagon", "Pentagon", "USA", "MIL", "organisation")

PUBLISHED = EventDate("2020-01-08", "", "day", default=True)
_sentence_starts = count(0, 100)


def day(value: str, text: str = "", approximate: bool = False) -> EventDate:
    precision = {10: "day", 7: "month", 4: "year"}[len(value)]
    return EventDate(value, text or value, precision, approximate=approximate)  # type: ignore[arg-type]


def claim(kind: str, value: int, source: Party | None = None, low: int | None = None) -> QuantityClaim:
    return QuantityClaim(kind, value, low, None, str(value), 0, len(str(value)), source)


def mention(
    event_type: str = "ASSAULT",
    actor: Party | None = None,
    target: Party | None = None,
    when: EventDate | None = PUBLISHED,
    status: Status = "asserted",
    quantities: list[QuantityClaim] | None = None,
    mode: str | None = "missile",
) -> EventMention:
    """A mention in its own sentence; one with neither actor nor target is anaphoric ("the attack")."""
    start = next(_sentence_starts)
    sentence = f"sentence at {start}"
    return EventMention(
        type=event_type,
        mode=mode,
        trigger="attack",
        trigger_start=start,
        sentence_index=start // 100,
        actor=actor,
        target=target,
        location=None,
        date=when,
        status=status,
        source=None,
        quantities=quantities or [],
        evidence=Evidence(sentence, start, start + len(sentence)),
        anaphoric=actor is None and target is None,
        confidence=0.7,
    )


def merged(*mentions: EventMention) -> list[list[int]]:
    """Each event's mentions, by sentence start: which mentions became one event (dropped ones in none)."""
    return [[m.evidence.start for m in group] for group in cluster_mentions(list(mentions))]


# --- which mentions are one event ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ((IRAN, US_BASES), (IRAN_GUARDS, US_BASES)),  # same country, different sector
        ((IRAN, US_BASES), (IRAN, None)),  # target unknown in one
        ((IRAN, None), (None, US_BASES)),  # actor in one, target in the other
        ((GUNMEN, US_BASES), (IRAN, US_BASES)),  # unnamed group without country is unknown, not different
    ],
)
def test_compatible_mentions_merge_into_one_event(
    first: tuple[Party | None, Party | None], second: tuple[Party | None, Party | None]
) -> None:
    a, b = mention(actor=first[0], target=first[1]), mention(actor=second[0], target=second[1])
    events = merge_document("doc", [a, b])
    assert len(events) == 1
    assert [e.start for e in events[0].evidence] == [a.evidence.start, b.evidence.start]


def test_unnamed_group_joins_named_organisation_with_country() -> None:
    taliban = Party("the Taliban", "Taliban", "AFG", "REB", "organisation")
    assert len(merged(mention(actor=GUNMEN, target=US_BASES), mention(actor=taliban, target=US_BASES))) == 1


def test_merged_event_prefers_named_party_of_the_common_country() -> None:
    iranian_forces = Party("Iranian forces", None, "IRN", "MIL", "group")
    mentions = [mention(actor=iranian_forces), mention(actor=IRAN_GUARDS), mention(actor=iranian_forces)]
    (event,) = merge_document("doc", mentions)
    assert event.actor == IRAN_GUARDS


def test_merged_event_prefers_a_named_side_to_an_implied_one() -> None:
    """ "An aide ... has been indicted. ... a federal grand jury indicted the Rev. Mitzi Bickers":
    the jury the report names beats the authorities a rule supplied for the passive."""
    implied = Party("authorities (implied)", None, "USA", "COP", "group", implied=True)
    jury = Party("a federal grand jury", None, "USA", "JUD", "group")
    aide = Party("an aide", None, "USA", "CVL", "person")
    mentions = [mention("COERCE", implied, aide, mode="sentence"), mention("COERCE", jury, aide, mode="sentence")]
    (event,) = merge_document("doc", mentions)
    assert event.actor == jury
    # a victim a rule marks implied without the mark in its text is still a side the report names
    farmer = Party("a farmer", None, None, "CVL", "person", implied=True)
    (alone,) = merge_document("doc", [mention(actor=GUNMEN, target=farmer)])
    assert alone.target == farmer


def test_different_actor_countries_stay_apart() -> None:
    assert len(merged(mention(actor=IRAN, target=US_BASES), mention(actor=IRAQ, target=US_BASES))) == 2


def test_different_target_countries_stay_apart() -> None:
    assert len(merged(mention(actor=IRAN, target=US_BASES), mention(actor=IRAN, target=IRAQ))) == 2


@pytest.mark.parametrize("order", ["org first", "country first"])
def test_organisation_without_country_and_country_actor_stay_apart(order: str) -> None:
    pair = [mention("RETREAT", actor=NATO, target=IRAQ), mention("RETREAT", actor=CANADA, target=IRAQ)]
    if order == "country first":
        pair.reverse()
    assert len(merged(*pair)) == 2


def test_different_types_stay_apart() -> None:
    assert len(merged(mention("ASSAULT", actor=IRAN), mention("THREATEN", actor=IRAN))) == 2


def test_happened_and_threatened_stay_apart() -> None:
    assert len(merged(mention(actor=IRAN, status="asserted"), mention(actor=IRAN, status="planned"))) == 2


def test_explicit_dates_two_days_apart_stay_apart() -> None:
    a = mention(actor=IRAN, when=day("2020-01-06", "Monday"))
    b = mention(actor=IRAN, when=day("2020-01-08", "Wednesday"))
    assert len(merged(a, b)) == 2


def test_explicit_dates_a_day_apart_merge() -> None:
    # Local time and wire time differ: "early Wednesday" in Iraq is Tuesday in Washington.
    a = mention(actor=IRAN, when=day("2020-01-07", "Tuesday"))
    b = mention(actor=IRAN, when=day("2020-01-08", "Wednesday"))
    assert len(merged(a, b)) == 1


@pytest.mark.parametrize("approximate_first", [True, False])
def test_approximate_date_joins_a_date_within_the_week(approximate_first: bool) -> None:
    last_week = mention(actor=IRAN, when=day("2020-01-01", "last week", approximate=True))
    monday = mention(actor=IRAN, when=day("2019-12-30", "Monday"))
    pair = [last_week, monday] if approximate_first else [monday, last_week]
    assert len(merged(*pair)) == 1


def test_publication_default_date_is_compatible_with_any_date() -> None:
    a = mention(actor=IRAN, when=day("2019-12-20", "Dec 20"))
    b = mention(actor=IRAN, when=PUBLISHED)
    assert len(merged(a, b)) == 1


# --- anaphoric mentions ("the attack") -------------------------------------------------------------


def test_anaphoric_mention_joins_most_mentioned_cluster_of_its_type() -> None:
    iran = mention(actor=IRAN, target=US_BASES)
    iraq_1 = mention(actor=IRAQ, target=US_BASES)
    iraq_2 = mention(actor=IRAQ)
    the_attack = mention()
    groups = merged(iran, iraq_1, iraq_2, the_attack)
    assert groups == [[iran.evidence.start], [iraq_1.evidence.start, iraq_2.evidence.start, the_attack.evidence.start]]


def test_anaphoric_mention_joins_the_first_cluster_among_equals() -> None:
    iran, iraq, the_attack = mention(actor=IRAN), mention(actor=IRAQ), mention()
    assert merged(iran, iraq, the_attack) == [[iran.evidence.start, the_attack.evidence.start], [iraq.evidence.start]]


def test_anaphoric_mention_joins_a_cluster_of_its_own_mode_first() -> None:
    # a round-up: a beating told twice, then a shooting, then "a motive in the shooting"
    beating_1 = mention(actor=CANADA, mode="beating")
    beating_2 = mention(actor=CANADA, target=IRAQ, mode="beating")
    shooting = mention(actor=IRAN, mode="firearms")
    the_shooting = mention(mode="firearms")
    groups = merged(beating_1, beating_2, shooting, the_shooting)
    assert groups == [
        [beating_1.evidence.start, beating_2.evidence.start],
        [shooting.evidence.start, the_shooting.evidence.start],
    ]
    # control: a reference of no mode ("the attack") joins the most-mentioned one
    the_attack = mention(mode=None)
    assert merged(beating_1, beating_2, shooting, the_attack)[0][-1] == the_attack.evidence.start


def test_anaphoric_mention_ignores_clusters_of_other_types() -> None:
    protest = mention("PROTEST", actor=IRAQ, mode="demonstration")
    the_attack = mention("ASSAULT")
    assert merged(protest, the_attack) == [[protest.evidence.start]]


def test_bare_reference_without_cluster_is_dropped() -> None:
    # "After the attack, markets fell": no side, no place, no number, nothing it refers to.
    assert merge_document("doc", [mention()]) == []


def test_one_sided_report_with_a_number_is_an_event_of_its_own() -> None:
    # "Three people were killed" and then "the attack": no named side, but a report of an event.
    killed = mention(quantities=[claim("killed", 3)])
    the_attack = mention()
    (event,) = merge_document("doc", [killed, the_attack])
    assert event.actor is None and event.target is None
    assert [q.value for q in event.quantities] == [3]
    # The later bare reference joins it but adds no evidence sentence of its own.
    assert [e.start for e in event.evidence] == [killed.evidence.start]


def test_anaphoric_mention_lends_its_claims_not_its_status() -> None:
    the_attack = mention(status="claimed", quantities=[claim("killed", 0, STATE_TV)])
    (event,) = merge_document("doc", [mention(actor=IRAN, target=US_BASES), the_attack])
    assert event.status == "asserted"
    assert [(q.kind, q.value) for q in event.quantities] == [("killed", 0)]


# --- claims and conflicts --------------------------------------------------------------------------


def test_same_claim_from_the_same_source_is_kept_once() -> None:
    a = mention(actor=IRAN, quantities=[claim("killed", 80, STATE_TV, low=80)])
    b = mention(actor=IRAN, quantities=[claim("killed", 80, STATE_TV, low=80)])
    (event,) = merge_document("doc", [a, b])
    assert [(q.kind, q.value, q.source) for q in event.quantities] == [("killed", 80, STATE_TV)]
    assert event.conflicts == []


def test_same_value_from_two_sources_is_two_claims_without_conflict() -> None:
    a = mention(actor=IRAN, quantities=[claim("killed", 80, STATE_TV)])
    b = mention(actor=IRAN, quantities=[claim("killed", 80, PENTAGON), claim("killed", 80)])
    (event,) = merge_document("doc", [a, b])
    assert [q.source for q in event.quantities] == [STATE_TV, PENTAGON, None]
    assert event.conflicts == []


def test_kind_with_two_values_is_in_conflicts_and_both_are_kept() -> None:
    a = mention(actor=IRAN, quantities=[claim("weapons", 22, Party("the Iraqi military", None, "IRQ", "MIL"))])
    b = mention(actor=IRAN, quantities=[claim("weapons", 15, PENTAGON), claim("injured", 0, PENTAGON)])
    (event,) = merge_document("doc", [a, b])
    assert event.conflicts == ["weapons"]
    assert sorted(q.value for q in event.quantities if q.kind == "weapons") == [15, 22]  # never averaged


def test_conflicts_are_listed_in_kind_order() -> None:
    a = mention(actor=IRAN, quantities=[claim("weapons", 22), claim("killed", 0)])
    b = mention(actor=IRAN, quantities=[claim("weapons", 15), claim("killed", 80)])
    (event,) = merge_document("doc", [a, b])
    assert event.conflicts == ["killed", "weapons"]
    assert event.to_dict()["conflicts"] == ["killed", "weapons"]


# --- dates of the merged event ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ([PUBLISHED, day("2020-01"), day("2020-01-07", "Tuesday")], "2020-01-07"),
        ([day("2020-01-07", "Tuesday"), PUBLISHED], "2020-01-07"),
        ([PUBLISHED, day("2020")], "2020"),
        ([day("2020"), day("2020-01")], "2020-01"),
        ([day("2020-01-01", "last week", approximate=True), day("2019-12-30", "Monday")], "2019-12-30"),
        ([PUBLISHED, PUBLISHED], "2020-01-08"),
    ],
)
def test_most_precise_stated_date_wins_over_publication_default(dates: list[EventDate], expected: str) -> None:
    (event,) = merge_document("doc", [mention(actor=IRAN, when=when) for when in dates])
    assert event.date is not None and event.date.value == expected
    assert event.date.default == (expected == PUBLISHED.value and all(d.default for d in dates))


def test_evidence_is_in_text_order() -> None:
    earlier, later = mention(actor=IRAN), mention(actor=IRAN)
    (event,) = merge_document("doc", [later, earlier])
    assert [e.start for e in event.evidence] == [earlier.evidence.start, later.evidence.start]


# --- round-ups: mentions that carry another incident's victims -------------------------------------

POLICE = Party("police", None, "USA", "COP", "group")
RESIDENT = Party("a resident", None, "USA", None, "person")


def victims(kind: str, value: int, start: int) -> QuantityClaim:
    """One incident's victim count, as the incident tally gives it to each mention of it (same offset)."""
    return QuantityClaim(kind, value, None, None, str(value), start, start + 1, None)


def told(m: EventMention, sentence: str) -> EventMention:
    """The mention with its sentence's words."""
    m.evidence = Evidence(sentence, m.evidence.start, m.evidence.start + len(sentence))
    return m


def test_a_reference_carrying_another_incidents_victims_stays_with_that_incident() -> None:
    # "A man was shot Tuesday ... Less than two weeks ago, a woman was shot and killed at the same
    # complex. She died at the scene.": the reference is the earlier killing's.
    shot = mention(target=RESIDENT, mode="firearms", quantities=[victims("injured", 1, 5)])
    again = mention(target=RESIDENT, mode="firearms", quantities=[victims("injured", 1, 5)])
    earlier = told(
        mention(target=RESIDENT, mode="firearms", quantities=[victims("killed", 1, 250)]),
        "Less than two weeks ago, a woman was shot and killed at the same complex.",
    )
    died = mention(mode="firearms", quantities=[victims("killed", 1, 250)])
    groups = merged(shot, again, earlier, died)
    assert groups == [[shot.evidence.start, again.evidence.start], [earlier.evidence.start, died.evidence.start]]


@pytest.mark.parametrize(
    "sentence",
    [
        "In a separate shooting, two men were wounded on Grant Avenue.",
        "On Dec. 14, another man was shot on the same block.",
        "In 2017, a teenager was killed at the same corner.",
    ],
)
def test_a_mention_the_text_marks_as_another_incident_starts_its_own_event(sentence: str) -> None:
    first = mention(actor=POLICE, target=RESIDENT, mode="firearms", quantities=[victims("injured", 1, 5)])
    other = told(mention(target=RESIDENT, mode="firearms", quantities=[victims("injured", 2, 140)]), sentence)
    groups = merged(first, other)
    assert groups == [[first.evidence.start], [other.evidence.start]]


def test_an_unmarked_mention_of_another_tally_still_joins() -> None:
    # A round-up's shootings told block by block carry tallies of their own, but nothing in the
    # sentence says "another": they stay one event (which of them the report is about is unclear).
    first = mention(target=RESIDENT, mode="firearms", quantities=[victims("injured", 1, 5)])
    second = told(
        mention(target=RESIDENT, mode="firearms", quantities=[victims("injured", 1, 140)]),
        "About 9:30 p.m., a man was shot in the 5200 block of Iowa Street.",
    )
    groups = merged(first, second)
    assert groups == [[first.evidence.start, second.evidence.start]]


def test_mentions_of_one_tally_join() -> None:
    first = told(
        mention(target=RESIDENT, mode="firearms", quantities=[victims("killed", 1, 5)]),
        "In a separate shooting, a man was killed on Elm Street.",
    )
    second = mention(target=RESIDENT, mode="firearms", quantities=[victims("killed", 1, 5)])
    assert merged(first, second) == [[first.evidence.start, second.evidence.start]]


def test_another_incident_does_not_take_an_event_with_no_victims_yet() -> None:
    # "Police are investigating the shooting. Less than two weeks ago, a man was killed on the same
    # block. Three men were shot Tuesday.": the opening is the Tuesday shooting's.
    opening = mention(target=RESIDENT, mode="firearms")
    earlier = told(
        mention(
            target=RESIDENT,
            mode="firearms",
            when=day("2019-12-25", "less than two weeks ago", approximate=True),
            quantities=[victims("killed", 1, 150)],
        ),
        "Less than two weeks ago, a man was shot and killed on the same block.",
    )
    tuesday = mention(
        target=RESIDENT, mode="firearms", when=day("2020-01-07", "Tuesday"), quantities=[victims("injured", 3, 250)]
    )
    groups = merged(opening, earlier, tuesday)
    assert groups == [[opening.evidence.start, tuesday.evidence.start], [earlier.evidence.start]]


def test_a_dated_report_of_the_events_own_victim_joins_it() -> None:
    # "A man was charged in the stabbing death of a neighbor. He is accused of stabbing the man
    # on March 3.": a date alone does not make another incident.
    charged = mention(target=RESIDENT, mode="stabbing")
    stabbed = told(
        mention(target=RESIDENT, mode="stabbing", quantities=[victims("killed", 1, 150)]),
        "He is accused of stabbing the man on March 3 outside a bar.",
    )
    assert merged(charged, stabbed) == [[charged.evidence.start, stabbed.evidence.start]]


def test_a_side_told_as_actor_in_one_mention_and_target_in_another_is_not_its_own_counterpart() -> None:
    """ "Somali troops and al-Shabaab clashed ... after al-Shabaab fighters attacked the troops'
    base": the event keeps the other side as its target, not al-Shabaab twice."""
    troops = Party("Somali troops", None, "SOM", "MIL", "group")
    shabaab = Party("al-Shabaab fighters", "al-Shabaab", "SOM", "REB", "organisation")
    clash = mention(actor=troops, target=shabaab, mode="clash")
    attack = mention(actor=shabaab, target=Party("the troops' base", None, "SOM", "MIL", "group"), mode="clash")
    again = mention(actor=shabaab, target=None, mode="clash")
    (event,) = merge_document("t", [clash, attack, again])
    assert event.actor is not None and event.target is not None, event.to_dict()
    assert event.actor.name != event.target.name, event.to_dict()
