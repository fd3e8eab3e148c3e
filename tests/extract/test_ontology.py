"""The ontology table: PLOVER types and CAMEO roots as data (ACLED coding: test_acled_coder.py)."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.extract import ontology as ontology_module
from eventwire.extract.ontology import PLOVER_TYPES, load_ontology


def test_ontology_has_plover_sixteen_plus_other_each_with_modes() -> None:
    onto = load_ontology()
    assert set(onto.types) == set(PLOVER_TYPES) and len(PLOVER_TYPES) == 17
    assert all(t.modes for t in onto.types.values())


@pytest.mark.parametrize(
    ("event_type", "mode", "cameo"),
    [("ASSAULT", "missile", "19"), ("ASSAULT", "bombing", "18"), ("ASSAULT", "mass_killing", "20"),
     ("THREATEN", None, "13"), ("REQUEST", "demand", "10"), ("PROTEST", "riot", "14"), ("OTHER", "stampede", None)],
)  # fmt: skip
def test_cameo_root_follows_type_and_mode(event_type: str, mode: str | None, cameo: str | None) -> None:
    assert load_ontology().cameo(event_type, mode) == cameo


def test_ontology_missing_a_type_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ontology_module, "read_json", lambda name: {"version": 1, "types": {"ASSAULT": {"modes": {}}}})
    load_ontology.cache_clear()
    try:
        with pytest.raises(DataFileError, match="PLOVER"):
            load_ontology()
    finally:
        load_ontology.cache_clear()


def test_bad_cameo_code_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    types = {t: {"cameo": "19", "modes": {"x": {}}} for t in PLOVER_TYPES}
    types["ASSAULT"]["cameo"] = "nineteen"
    monkeypatch.setattr(ontology_module, "read_json", lambda name: {"version": 1, "types": types})
    load_ontology.cache_clear()
    try:
        with pytest.raises(DataFileError, match="CAMEO"):
            load_ontology()
    finally:
        load_ontology.cache_clear()
