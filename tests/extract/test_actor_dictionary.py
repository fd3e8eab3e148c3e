"""Names that carry no title, resolved through the actor dictionary (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from eventwire.extract.actors import ActorResolver
from eventwire.extract.lexicon import load_actor_lexicon
from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


def _one(events: list[Event], event_type: str) -> Event:
    found = [e for e in events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.actor) for e in events]
    return found[0]


def test_a_person_without_title_gets_country_and_sector(extract_events: ExtractEvents) -> None:
    events = extract_events("Rouhani accused Washington of economic terrorism on Monday.", date(2018, 11, 6))
    actor = _one(events, "ACCUSE").actor
    assert actor is not None
    assert (actor.country, actor.sector, actor.kind) == ("IRN", "GOV", "person")
    assert (actor.actor_id, actor.role, actor.name) == ("hassan-rouhani", "IRNGOV", "Hassan Rouhani")


@pytest.mark.parametrize(
    ("published", "sector", "role"), [(date(2009, 5, 4), "GOV", "IRNGOV"), (date(2017, 5, 4), "ELI", "IRNELI")]
)
def test_a_role_changes_with_the_publication_date(nlp: Language, published: date, sector: str, role: str) -> None:
    doc = nlp("Ahmadinejad accused Israel of lying about the talks.")
    resolver = ActorResolver(doc, load_actor_lexicon(), {}, lambda _: None, lambda _: None, published=published)
    actor = resolver.resolve(doc[0])
    assert actor is not None and (actor.country, actor.sector, actor.role) == ("IRN", sector, role)


def test_the_extractor_chooses_the_role_by_publication_date(extract_events: ExtractEvents) -> None:
    events = extract_events("Ahmadinejad accused Israel of lying about the talks.", date(2009, 5, 4))
    actor = _one(events, "ACCUSE").actor
    assert actor is not None and (actor.country, actor.sector, actor.role) == ("IRN", "GOV", "IRNGOV")


def test_an_igo_official_is_not_given_the_country_of_the_event(extract_events: ExtractEvents) -> None:
    events = extract_events("Ban Ki-moon urged Syria to end the shelling of Homs.", date(2012, 2, 4))
    actor = _one(events, "REQUEST").actor
    assert actor is not None and actor.actor_id is not None and actor.country is None


@pytest.mark.parametrize(
    "text",
    [
        "UN Secretary-General Antonio Guterres urged Sudan's warring parties to agree a ceasefire.",
        "NATO Secretary General Jens Stoltenberg met Ukrainian President Volodymyr Zelensky in Kyiv.",
    ],
)
def test_a_body_of_no_country_named_before_its_official_outranks_his_old_office(
    extract_events: ExtractEvents, text: str
) -> None:
    # The dictionary ends in 2014 and knows these men by their offices at home (Portugal, Norway).
    events = extract_events(text, date(2023, 5, 4))
    actor = next(e.actor for e in events if e.type in {"REQUEST", "CONSULT"})
    assert actor is not None and (actor.country, actor.sector) == (None, "IGO"), actor


def test_an_official_without_the_body_named_takes_the_role_of_the_day(extract_events: ExtractEvents) -> None:
    # with no body named, the role the dictionaries give for the day stands: the UN's since 2017
    # (actors_recent.tsv), Portugal's government when he led it
    events = extract_events("Antonio Guterres met Chinese President Xi Jinping in Beijing.", date(2023, 5, 4))
    actor = _one(events, "CONSULT").actor
    assert actor is not None and (actor.country, actor.sector) == (None, "IGO"), actor
    events = extract_events("Antonio Guterres met Chinese President Jiang Zemin in Beijing.", date(1999, 5, 4))
    actor = _one(events, "CONSULT").actor
    assert actor is not None and actor.country == "PRT", actor


def test_the_event_date_chooses_the_role(nlp: Language) -> None:
    """`resolve(..., when=)`: the event's own date beats the publication date."""
    doc = nlp("Ahmadinejad accused Israel of lying.")
    resolver = ActorResolver(doc, load_actor_lexicon(), {}, lambda _: None, lambda _: None, published=date(2019, 1, 1))
    head = next(t for t in doc if t.text == "Ahmadinejad")
    by_event = resolver.resolve(head, when=date(2008, 3, 1))
    by_publication = resolver.resolve(head)
    assert by_event is not None and by_event.role == "IRNGOV"
    assert by_publication is not None and by_publication.role == "IRNELI"


def test_an_igo_has_no_country(extract_events: ExtractEvents) -> None:
    events = extract_events("The African Development Bank urged Kenya to cut public spending.", date(2016, 3, 2))
    actor = _one(events, "REQUEST").actor
    assert actor is not None
    assert (actor.name, actor.country, actor.sector) == ("African Development Bank", None, "IGO")
    assert actor.actor_id == "african-development-bank"


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters attacked an army checkpoint near Mosul on Friday.",
        "Daesh fighters attacked an army checkpoint near Mosul on Friday.",
    ],
)
def test_an_armed_group_is_non_state(extract_events: ExtractEvents, text: str) -> None:
    actor = _one(extract_events(text, date(2016, 10, 21)), "ASSAULT").actor
    assert actor is not None
    assert (actor.name, actor.country, actor.sector) == ("Islamic State", None, "REB")


def test_an_armed_group_of_a_country(extract_events: ExtractEvents) -> None:
    text = "Nusra Front militants attacked government troops near Idlib on Tuesday."
    actor = _one(extract_events(text, date(2015, 4, 7)), "ASSAULT").actor
    assert actor is not None and (actor.country, actor.sector, actor.actor_id) == ("SYR", "REB", "jabhat-al-nusra")


def test_an_agent_noun_gives_the_sector(extract_events: ExtractEvents) -> None:
    actor = _one(
        extract_events("Iraqi clerics accused the government of corruption.", date(2019, 10, 3)), "ACCUSE"
    ).actor
    assert actor is not None and (actor.country, actor.sector) == ("IRQ", "REL")


def test_a_title_wins_for_someone_the_dictionary_lacks(extract_events: ExtractEvents) -> None:
    text = "Kenyan President Amos Wekesa accused Somalia of harbouring gunmen."
    actor = _one(extract_events(text, date(2019, 2, 1)), "ACCUSE").actor
    assert actor is not None and (actor.country, actor.sector, actor.actor_id) == ("KEN", "GOV", None)


def test_a_listed_organisation_also_records_the_dictionary_id(extract_events: ExtractEvents) -> None:
    """organisations.jsonl names the party; the dictionary lends its id and role when it agrees."""
    text = "Hezbollah fighters fired rockets at an army post near the border on Saturday."
    actor = _one(extract_events(text, date(2012, 7, 14)), "ASSAULT").actor
    assert actor is not None
    assert (actor.name, actor.country, actor.sector, actor.actor_id) == ("Hezbollah", "LBN", "REB", "hezbollah")


def test_the_european_unions_predecessor_is_the_union(extract_events: ExtractEvents) -> None:
    events = extract_events("The Arab League urged the European Economic Community to lift its tariffs on dates.")
    target = _one(events, "REQUEST").target
    assert target is not None
    assert (target.name, target.kind, target.sector) == ("European Union", "organisation", "IGO")


def test_an_unlisted_official_of_a_named_body_is_its_official(extract_events: ExtractEvents) -> None:
    # "chief" alone would guess a government; the body in the phrase says whose official it is,
    # and an international body's official takes no country from where the event happened.
    events = extract_events("Arab League chief Farid Mansour urged Iraq to hold talks in Baghdad.", date(2019, 6, 5))
    actor = _one(events, "REQUEST").actor
    assert actor is not None
    assert (actor.sector, actor.country, actor.kind) == ("IGO", None, "person")
