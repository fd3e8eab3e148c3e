"""Kinds of reports of one happening that the merge joins, and the distinct happenings it keeps
apart: each told by two or three short wire reports written for these tests, run through the real
extractor and stored as `eventwire ingest` stores them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store_support import OpenExtractor

from eventwire.records import Article, Event
from eventwire.store import Store

Report = tuple[str, str, date]  # outlet, text, publication day


def extract(open_extractor: OpenExtractor, reports: list[Report]) -> list[tuple[Article, list[Event]]]:
    articles = [
        Article(id=f"r{n}", doc=f"r{n}", text=text, outlet=outlet, url=f"https://{outlet}.example/r{n}", published=day)
        for n, (outlet, text, day) in enumerate(reports)
    ]
    with open_extractor() as ex:
        return [(f.article, f.events) for f in ex.code(articles)]


def stored_events(open_extractor: OpenExtractor, reports: list[Report], db: Path) -> list[tuple[str, int]]:
    """(type, sources) of every stored event, most sources first."""
    with Store.open(db) as store:
        for article, events in extract(open_extractor, reports):
            store.add(article, events)
        rows = store.db.execute("SELECT type, n_sources FROM events ORDER BY n_sources DESC, type").fetchall()
    return [(kind, n) for kind, n in rows]


# One sentence telling one act twice: an air strike that destroyed a building and killed people in it.
DESTROYED_AND_KILLED = [
    (
        "wire-one",
        "KYIV (Wire One) - A Russian missile strike destroyed a school in Zhytomyr on Tuesday, killing three "
        "teachers, the regional governor said.",
        date(2022, 5, 10),
    ),
    (
        "wire-two",
        "Russia fired a cruise missile at a school in Zhytomyr on Tuesday, killing three teachers, Ukrainian "
        "officials said.",
        date(2022, 5, 11),
    ),
]


def test_one_sentence_telling_an_attack_as_destruction_and_killing_is_one_assault(
    open_extractor: OpenExtractor,
) -> None:
    text = "Israeli warplanes destroyed a mosque in Khan Younis on Friday, killing seven worshippers, medics said."
    ((_, events),) = extract(open_extractor, [("wire", text, date(2021, 5, 15))])
    assert len(events) == 1 and events[0].type in ("ASSAULT", "COERCE")
    (event,) = events
    assert event.actor is not None and event.actor.country == "ISR"
    assert [(q.kind, q.value) for q in event.quantities] == [("killed", 7)]  # the killing is in the one event


def test_two_reports_of_a_strike_one_telling_it_twice_in_a_sentence_are_one_event(
    open_extractor: OpenExtractor, tmp_path: Path
) -> None:
    ((kind, sources),) = stored_events(open_extractor, DESTROYED_AND_KILLED, tmp_path / "x.db")
    assert kind in ("ASSAULT", "COERCE") and sources == 2


def test_an_arrest_answering_a_threat_in_one_sentence_stays_two_events(open_extractor: OpenExtractor) -> None:
    # The man is the target of the arrest and the one who threatens: reversed roles, two acts.
    text = "A 41-year-old man is in custody after pointing an air pistol at two police officers in Regina on Sunday."
    ((_, events),) = extract(open_extractor, [("wire", text, date(2022, 5, 9))])
    assert sorted(e.type for e in events) == ["ASSAULT", "COERCE"]


# A long report, whose evidence is several sentences about the attack, and a one-line wire that
# names one side and places it only in the country: the wire's words are mostly the story's, but a
# small share of the story's vocabulary.
LONG_AND_SHORT = [
    (
        "wire-one",
        "ADEN (Wire One) - Houthi rebels fired ballistic missiles at an army camp in Aden on Thursday, killing 19 "
        "soldiers, officials said. The missiles struck the parade ground of the Al-Jalaa camp as hundreds of "
        "recruits gathered for a graduation ceremony. Houthi fighters also flew an explosive-laden drone into the "
        "camp's main gate, security officials said. The assault was the deadliest on government forces in the port "
        "city this year, and it wounded dozens of recruits. Houthi spokesman Yahya Saree said the group had "
        "attacked the camp with a medium-range missile and a drone.",
        date(2022, 5, 5),
    ),
    (
        "wire-two",
        "The Houthi movement launched a missile attack in Yemen on Thursday, a government spokesman said.",
        date(2022, 5, 5),
    ),
]


def test_a_long_report_and_a_one_line_wire_of_one_attack_are_one_event(
    open_extractor: OpenExtractor, tmp_path: Path
) -> None:
    assert stored_events(open_extractor, LONG_AND_SHORT, tmp_path / "x.db") == [("ASSAULT", 2)]


def test_a_side_that_only_names_a_spot_in_the_events_city_is_no_second_event(open_extractor: OpenExtractor) -> None:
    # "at Damascus's Sayyida Zeinab district" is where the strike was, not whom it struck.
    text = (
        "DAMASCUS (Wire) - Israel killed a senior Iranian adviser, Razi Mousavi, in an airstrike at Damascus's "
        "Sayyida Zeinab district on Monday, Iranian state media said."
    )
    ((_, events),) = extract(open_extractor, [("wire", text, date(2023, 12, 25))])
    assert len(events) == 1
    (event,) = events
    assert event.target is not None and event.target.country == "IRN"
    assert event.location is not None and event.location.country == "SYR"


def test_a_spot_in_a_place_is_told_from_the_place_itself() -> None:
    from eventwire.merge.document import _names_a_spot_in

    assert _names_a_spot_in("baghdad's international airport", "baghdad")
    assert _names_a_spot_in("two bases in iraq", "iraq")
    assert not _names_a_spot_in("the united states", "united states")
    assert not _names_a_spot_in("kabul residents", "herat")


def test_weapons_seized_in_a_raid_stay_a_seizure_of_their_own(open_extractor: OpenExtractor) -> None:
    # Weapons not used (ACLED's "Disrupted weapons use") are never one act with an attack.
    text = "Soldiers seized a cache of rifles in a raid on a farmhouse outside Jos on Saturday, the army said."
    ((_, events),) = extract(open_extractor, [("wire", text, date(2022, 5, 8))])
    seizures = [e for e in events if e.type == "COERCE" and e.mode == "disrupt"]
    assert len(seizures) == 1 and len(events) == 2
