"""Checking event filters before they run: a value that cannot match is an error naming valid ones.

`--type FOO` or `--country Atlantis` would otherwise select nothing and look like an empty
database. Countries are accepted as ISO 3166-1 alpha-3, alpha-2 or English names (official,
common and the short forms in `data/country_short_forms.tsv`: "US", "Britain").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from .queries import BadFilter


def check_types(values: Iterable[str]) -> tuple[str, ...]:
    """Event types in upper case; BadFilter listing the valid ones for an unknown type."""
    from ..extract.ontology import load_ontology

    known = sorted(load_ontology().types)
    chosen = tuple(v.strip().upper() for v in values)
    unknown = [v for v in chosen if v not in known]
    if unknown:
        raise BadFilter(f"unknown event type {', '.join(map(repr, unknown))}: use one of {', '.join(known)}")
    return chosen


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Lower-cased ISO3, ISO2 and English names -> ISO3."""
    import pycountry

    from ..resolve.gazetteer import load_country_short_forms

    codes: dict[str, str] = {}
    for country in pycountry.countries:
        iso3 = country.alpha_3
        for name in (iso3, country.alpha_2, country.name, getattr(country, "common_name", None),
                     getattr(country, "official_name", None)):  # fmt: skip
            if name:
                codes.setdefault(name.lower(), iso3)
    for form in load_country_short_forms():
        if form.type == "name":
            codes.setdefault(form.form.lower(), form.country_iso3)
    return codes


def country_code(value: str) -> str | None:
    """The ISO3 code of a country given as ISO3, ISO2 or English name, else None."""
    return _country_codes().get(value.strip().lower())


def check_countries(values: Iterable[str]) -> tuple[str, ...]:
    """ISO3 codes of the given countries; BadFilter naming the accepted forms for an unknown one."""
    chosen: list[str] = []
    for value in values:
        code = country_code(value)
        if code is None:
            raise BadFilter(
                f"unknown country {value!r}: give an ISO 3166-1 alpha-3 or alpha-2 code or an English name "
                "(e.g. IRQ, IQ or Iraq)"
            )
        chosen.append(code)
    return tuple(chosen)
