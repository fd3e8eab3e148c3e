"""Shared helper of the place tests: the place mentions of one hand-written article."""

from __future__ import annotations

from eventwire.geoparse import Geoparser
from eventwire.records import Article, PlaceMention


def places_of(geo: Geoparser, text: str) -> list[PlaceMention]:
    """The place mentions `geo` finds in `text`, read as one article."""
    [(_, mentions)] = list(geo.places([Article(id="test", doc="test.txt", text=text)]))
    return mentions
