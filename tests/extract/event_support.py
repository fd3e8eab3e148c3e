"""Small readers of extracted events that the rule tests share."""

from __future__ import annotations

from spacy.language import Language

from eventwire.extract.casualties import IncidentTally, sentence_statements
from eventwire.extract.quantities import sentence_quantities
from eventwire.records import Event, Party


def of_type(events: list[Event], event_type: str) -> list[Event]:
    """The events of one type."""
    return [e for e in events if e.type == event_type]


def only(events: list[Event], event_type: str) -> Event:
    """The one event of a type; fails, showing every event, when there is none or several."""
    found = of_type(events, event_type)
    assert len(found) == 1, [e.to_dict() for e in events]
    return found[0]


def country(party: Party | None) -> str | None:
    """A party's country, None for no party."""
    return party.country if party is not None else None


def main_assault(events: list[Event]) -> Event:
    """The report's main ASSAULT as the GVA scoring picks it: the one with most evidence sentences."""
    assaults = [e for e in events if e.type == "ASSAULT" and e.status not in {"threatened", "planned", "negated"}]
    assert assaults, [(e.type, e.status) for e in events]
    return max(assaults, key=lambda e: len(e.evidence))


def assault_day(events: list[Event]) -> str | None:
    """The day of the report's main ASSAULT (`main_assault`), None when it has no date."""
    when = main_assault(events).date
    return when.value if when is not None else None


def counted(event: Event, kind: str) -> int:
    """The highest count of a kind ("killed") the event claims, 0 without one."""
    values = [q.value for q in event.quantities if q.kind == kind and isinstance(q.value, int | float)]
    return int(max(values)) if values else 0


def tally_of(nlp: Language, text: str) -> dict[str, int]:
    """Killed and injured of a text as the incident tally counts them, sentence by sentence."""
    tally = IncidentTally()
    for index, sent in enumerate(nlp(text).sents):
        tally.add(sentence_statements(sent, sentence_quantities(sent)), index, None)
    return tally.totals()
