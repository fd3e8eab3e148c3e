"""The ACLED export codes inter codes with the extraction coder's table, so the two agree."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.extract.acled import code_event, load_inter_table
from eventwire.records import Party
from eventwire.store.acled import acled_row, inter_code

GUNMEN = Party("unknown gunmen", sector="REB", kind="group")
VILLAGERS = Party("villagers", sector="CVL", country="NGA", kind="group")


@pytest.mark.parametrize(
    ("party", "event_type", "actor"),
    [
        (GUNMEN, "Violence against civilians", True),
        (VILLAGERS, "Violence against civilians", False),
        (Party("riot police", sector="COP", country="NGA"), "Protests", True),
        (Party("protesters", sector="OPP", country="NGA"), "Riots", False),
        # a rebel group whose name ends in "Army" is coded by its sector in both
        (Party("Arakan Army fighters", name="Arakan Army", sector="REB", country="MMR"), "Battles", True),
    ],
)
def test_export_and_extraction_give_a_party_the_same_inter_code(party: Party, event_type: str, actor: bool) -> None:
    extracted = load_inter_table().code(party, "NGA", event_type, actor=actor)
    exported = inter_code(party.sector, party.country, "NGA", event_type, party.text, actor, party.name)
    assert extracted == exported is not None


def _record_and_row(acled: dict[str, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    record = {
        "acled": acled,
        "actor": {"name": None, "text": "unknown gunmen"},
        "target": {"name": None, "text": "villagers"},
        "estimates": {"killed": {"best": 4}},
        "sources": [{"outlet": "Daily Trust", "url": None, "doc": "a", "ingested_at": "2024-05-02T10:00:00"}],
        "evidence": [{"sentence": "Unknown gunmen shot dead four villagers near Zaria."}],
    }
    row = {
        "id": "e1", "country": "NGA", "actor_sector": "REB", "actor_country": None, "actor_text": "unknown gunmen",
        "actor_name": None, "target_sector": "CVL", "target_country": "NGA", "target_text": "villagers",
        "target_name": None, "date": "2024-05-01", "date_precision": "day", "admin1": "Kaduna",
        "location_name": "Zaria", "location_text": "Zaria", "lat": 11.1, "lon": 7.7, "precision": "city",
    }  # fmt: skip
    return record, row


def test_acled_row_fills_types_actors_inter_codes_interaction_and_fatalities() -> None:
    code = code_event("ASSAULT", "firearms", GUNMEN, VILLAGERS, ["Unknown gunmen shot dead four villagers."], "NGA")
    assert code is not None
    record, row = _record_and_row(code.as_dict())
    out = acled_row(record, row)
    assert out is not None
    assert (out["event_type"], out["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert (out["actor1"], out["actor2"]) == ("unknown gunmen", "villagers")
    assert (
        (out["inter1"], out["inter2"], out["interaction"]) == (code.inter1, code.inter2, code.interaction) == (3, 7, 37)
    )
    assert out["fatalities"] == 4 and out["civilian_targeting"] == "Civilian targeting"


def test_a_crowds_implied_addressee_is_no_actor2() -> None:
    # "Teachers marched to Parliament": the government a rule supplies as the protest's target
    # is no side ACLED codes; a peaceful protest's actor2 stays blank in extraction and export
    teachers = Party("Teachers in Nairobi", sector="EDU", country="KEN", kind="group")
    government = Party("government (implied)", sector="GOV", country="KEN", kind="group", implied=True)
    code = code_event("PROTEST", "demonstration", teachers, government, ["Teachers marched to Parliament."], "KEN")
    assert code is not None and code.sub_event_type == "Peaceful protest"
    assert (code.inter1, code.inter2, code.interaction) == (6, None, 60)
    record, row = _record_and_row(code.as_dict())
    record["actor"], record["target"] = {"name": None, "text": teachers.text}, {"name": None, "text": government.text}
    row.update(actor_sector="EDU", actor_country="KEN", actor_text=teachers.text, target_sector="GOV",
               target_country="KEN", target_text=government.text)  # fmt: skip
    out = acled_row(record, row)
    assert out is not None and (out["actor2"], out["inter2"], out["interaction"]) == ("", "", 60)
    # control: a named government the crowd addresses is no implied side
    named = Party("the Kenyan government", sector="GOV", country="KEN", kind="group")
    assert load_inter_table().code(named, "KEN", "Protests", actor=False) == 1
