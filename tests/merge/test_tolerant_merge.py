"""Tolerant cross-article merge: sides known only by their place, meetings without direction,
and the distinct events that must stay apart (other targets, an event and the response to it)."""

from __future__ import annotations

from eventwire.merge.cross import MERGE_THRESHOLD, MergeInput, cluster, same_event_score


def report(
    mid: str,
    article: str,
    kind: str,
    actor: tuple[str | None, str | None, str | None],
    target: tuple[str | None, str | None, str | None],
    place: tuple[str, str | None],
    text: str,
    day: str = "2020-01-08",
) -> MergeInput:
    """actor / target: (country, name, sector); place: (country, admin1)."""
    return MergeInput(
        id=mid,
        article_id=article,
        type=kind,
        actor_country=actor[0],
        actor_name=actor[1],
        target_country=target[0],
        target_name=target[1],
        country=place[0],
        admin1=place[1],
        lat=None,
        lon=None,
        date=day,
        text=text,
        actor_sector=actor[2],
        target_sector=target[2],
    )


IRAN = ("IRN", "Iran", "GOV")


def test_a_side_given_only_as_a_place_agrees_with_the_forces_stationed_there() -> None:
    bases = report(
        "m1",
        "a1",
        "ASSAULT",
        IRAN,
        ("IRQ", None, "MIL"),
        ("IRQ", None),
        "Iran fired more than a dozen ballistic missiles at two bases in Iraq that host American troops.",
    )
    forces = report(
        "m2",
        "a2",
        "ASSAULT",
        IRAN,
        ("USA", None, "MIL"),
        ("IRQ", "Anbar"),
        "Iran fired 22 ballistic missiles against US-led forces at the Ain al-Asad airbase in Iraq.",
    )
    assert same_event_score(bases, forces) >= MERGE_THRESHOLD
    assert cluster([bases, forces]) == [["m1", "m2"]]


def test_a_named_side_of_another_country_is_still_another_party() -> None:
    iraqi = report(
        "m1",
        "a1",
        "ASSAULT",
        IRAN,
        ("IRQ", "Iraqi army", "MIL"),
        ("IRQ", None),
        "Iran fired missiles at Iraqi army bases.",
    )
    us = report("m2", "a2", "ASSAULT", IRAN, ("USA", None, "MIL"), ("IRQ", None), "Iran fired missiles at US forces.")
    assert same_event_score(iraqi, us) == 0.0


def test_a_meeting_reported_from_either_side_is_one_meeting() -> None:
    blinken = ("USA", "Antony Blinken", "GOV")
    marsudi = ("IDN", "Retno Marsudi", "GOV")
    one = report(
        "m1",
        "a1",
        "CONSULT",
        blinken,
        marsudi,
        ("IDN", "Jakarta"),
        "Blinken met Marsudi in Jakarta to discuss security.",
    )
    two = report(
        "m2", "a2", "CONSULT", marsudi, blinken, ("IDN", "Jakarta"), "Marsudi held talks with Blinken in Jakarta."
    )
    assert cluster([one, two]) == [["m1", "m2"]]


def test_an_attack_and_the_strike_answering_it_stay_apart() -> None:
    rsf = ("SDN", "Rapid Support Forces", "MIL")
    shelling = report(
        "m1", "a1", "ASSAULT", rsf, ("SDN", None, "CVL"), ("SDN", "Khartoum"), "RSF shelling hit a market in Omdurman."
    )
    reply = report(
        "m2",
        "a2",
        "ASSAULT",
        ("SDN", None, "MIL"),
        rsf,
        ("SDN", "Khartoum"),
        "Army jets struck RSF positions in Khartoum.",
    )
    assert same_event_score(shelling, reply) == 0.0


def test_two_attacks_on_different_kinds_of_target_in_one_city_and_day_stay_apart() -> None:
    wedding = report(
        "m1",
        "a1",
        "ASSAULT",
        ("AFG", None, "REB"),
        ("AFG", None, "CVL"),
        ("AFG", "Kabul"),
        "A suicide bomber killed guests at a wedding hall in Kabul.",
    )
    patrol = report(
        "m2",
        "a2",
        "ASSAULT",
        ("AFG", None, "REB"),
        ("AFG", None, "COP"),
        ("AFG", "Kabul"),
        "A bomb hit a police patrol in Kabul, wounding officers.",
    )
    assert cluster([wedding, patrol]) == [["m1"], ["m2"]]


def test_one_arrest_by_police_soldiers_or_a_junta_as_reports_call_them_is_one_event() -> None:
    by_police = report(
        "m1",
        "a1",
        "COERCE",
        ("GIN", None, "COP"),
        ("GIN", None, "GOV"),
        ("GIN", "Conakry"),
        "Guinean police detained a former finance minister at his home in Conakry on Thursday.",
    )
    by_junta = report(
        "m2",
        "a2",
        "COERCE",
        ("GIN", None, "GOV"),
        ("GIN", None, "GOV"),
        ("GIN", "Conakry"),
        "Guinea's military rulers arrested the former finance minister in Conakry on Thursday, his lawyer said.",
    )
    assert same_event_score(by_police, by_junta) >= MERGE_THRESHOLD
    assert cluster([by_police, by_junta]) == [["m1", "m2"]]
    # A state's agent is still not the civilians: soldiers arresting, civilians arresting apart.
    by_villagers = report(
        "m3",
        "a3",
        "COERCE",
        ("GIN", None, "CVL"),
        ("GIN", None, "GOV"),
        ("GIN", "Conakry"),
        "Residents in Conakry seized a former finance minister and handed him over on Thursday.",
    )
    assert same_event_score(by_police, by_villagers) == 0.0


def test_protesters_and_people_detained_at_one_protest_are_one_crowd_but_not_rebels() -> None:
    protesters = report(
        "m1",
        "a1",
        "COERCE",
        ("SEN", None, "COP"),
        ("SEN", None, "OPP"),
        ("SEN", "Dakar"),
        "Senegalese police arrested dozens of protesters in Dakar on Friday during a march over fuel prices.",
    )
    people = report(
        "m2",
        "a2",
        "COERCE",
        ("SEN", None, "COP"),
        ("SEN", None, "CVL"),
        ("SEN", "Dakar"),
        "Police in Dakar detained 60 people on Friday after a march against fuel prices, a rights group said.",
    )
    assert cluster([protesters, people]) == [["m1", "m2"]]
    rebels = report(
        "m3",
        "a3",
        "COERCE",
        ("SEN", None, "COP"),
        ("SEN", None, "REB"),
        ("SEN", "Dakar"),
        "Police in Dakar detained 60 suspected separatist fighters on Friday, the army said.",
    )
    assert same_event_score(people, rebels) == 0.0


def test_text_overlap_does_not_punish_the_longer_report() -> None:
    from eventwire.merge.cross import content_words, text_overlap

    wire = content_words("Rebels shelled the airport of Goma on Sunday.")
    story = content_words(
        "Rebels shelled the airport of Goma on Sunday. Flights were suspended, traders closed their shops, "
        "and aid agencies moved staff across the border to Gisenyi while the army reinforced its positions."
    )
    other = content_words("Protesters marched to the governor's office in Bukavu on Sunday.")
    assert text_overlap(wire, story) > 0.5 > len(wire & story) / len(wire | story)  # Jaccard: under a half
    assert text_overlap(wire, other) < 0.2
    assert text_overlap(wire, frozenset()) == 0.0 and text_overlap(wire, wire) == 1.0
