"""The container of "X, Y": the state or country named right after a place, as a place itself.

"Columbia, SC", "GRAND RAPIDS, MI", "Gainesville, Va.", "Kerman, Iran": Y says which X is
meant (resolution reads it through `container_entries`), and Y is a toponym of its own that the
model rarely tags when it is an abbreviation. `container_mentions` adds a place record for Y
when Y agrees with the sense chosen for X. Two-letter postal codes ("MI", "SC") are read from
admin1_postal_codes.tsv only in this position, where they cannot be ordinary words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..datafiles import read_tsv
from ..records import GazetteerEntry, PlaceMention, Precision
from .gazetteer import DataFileRow, Gazetteer

POSTAL_CODES_FILE = "admin1_postal_codes.tsv"
# ", Y" right after a place: a capitalised word or two, or an abbreviation with full stops.
_CONTAINER = re.compile(r",[ \t]*((?:[A-Z]\.){2,3}|[A-Z][A-Za-z]*\.?(?: [A-Z][a-z]+)?)")
_CONTAINED_PRECISIONS = frozenset({"city", "admin2", "facility"})
CONTAINER_KINDS = frozenset({"country", "admin1"})
# What a container may name when a town is scored: an ACLED note's bracket names the town's
# second-level area as often as its first ("Las Navas (Northern Samar)").
AREA_CONTAINER_KINDS = CONTAINER_KINDS | {"admin2"}


@dataclass(frozen=True, slots=True)
class PostalCode:
    """One row of admin1_postal_codes.tsv."""

    code: str
    country_iso2: str
    admin1_name: str


@cache
def postal_codes() -> dict[str, PostalCode]:
    """Postal code or AP abbreviation without its full stop -> the admin1 area (case-sensitive)."""
    out: dict[str, PostalCode] = {}
    for line_no, (code, iso2, admin1) in read_tsv(POSTAL_CODES_FILE, None, ("code", "country_iso2", "admin1_name")):
        row = DataFileRow(POSTAL_CODES_FILE, None, line_no)
        row.check(code.isalpha() and code[:1].isupper(), f"code {code!r} is not a capitalised word")
        row.check(len(iso2) == 2 and iso2.isupper(), f"country {iso2!r} is not ISO alpha-2")
        row.check(code not in out, f"duplicate code {code!r}")
        out[code] = PostalCode(code, iso2, admin1)
    return out


def container_entries(gazetteer: Gazetteer, text: str, kinds: frozenset[str] = CONTAINER_KINDS) -> list[GazetteerEntry]:
    """The countries and admin1 areas a container text names ("Iran", "Va.", "MI"); with
    `AREA_CONTAINER_KINDS`, counties and provinces too ("Las Navas (Northern Samar)")."""
    name = text.strip()
    postal = postal_codes().get(name.rstrip("."))
    if postal is not None:
        iso3 = gazetteer.country_iso3(postal.country_iso2)
        entry = gazetteer.admin1_of(iso3, postal.admin1_name) if iso3 else None
        if entry is not None:
            return [entry]
    return [e for e in gazetteer.lookup(name) if e.kind in kinds]


def _agrees(inner: PlaceMention, outer: GazetteerEntry) -> bool:
    if outer.kind == "country":
        return inner.country == outer.country
    return inner.country == outer.country and inner.admin1 == outer.admin1


def container_mentions(
    doc: str, text: str, mentions: Sequence[PlaceMention], gazetteer: Gazetteer
) -> list[PlaceMention]:
    """Place records for the containers of resolved towns ("SC" in "Columbia, SC"), not yet covered."""
    covered = [(m.start, m.end) for m in mentions]
    added: list[PlaceMention] = []
    for inner in mentions:
        if inner.precision not in _CONTAINED_PRECISIONS:
            continue
        match = _CONTAINER.match(text, inner.end)
        if match is None:
            continue
        start, end = match.span(1)
        if any(s < end and start < e for s, e in covered):
            continue
        outer = next((e for e in container_entries(gazetteer, match.group(1)) if _agrees(inner, e)), None)
        if outer is None:
            continue
        covered.append((start, end))
        precision: Precision = "country" if outer.kind == "country" else "admin1"
        added.append(
            PlaceMention(
                doc=doc,
                text=match.group(1),
                start=start,
                end=end,
                name=outer.name,
                country=outer.country,
                admin1=None if outer.kind == "country" else outer.admin1,
                lat=round(outer.lat, 5),
                lon=round(outer.lon, 5),
                precision=precision,
                gazetteer_id=outer.id,
                kind="toponym",
                score=inner.score,
                evidence=[f"container of {inner.text}"],
            )
        )
    return sorted([*mentions, *added], key=lambda m: m.start)
