"""The event ontology as data: PLOVER types, their modes and CAMEO root codes (ACLED: extract.acled)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..datafiles import read_json
from ..errors import DataFileError

DATA_FILE = "ontology.json"
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ModeInfo:
    """What a mode overrides of its type's codes (None: inherit)."""

    cameo: str | None


@dataclass(frozen=True, slots=True)
class EventType:
    """One PLOVER type with its codes and modes."""

    name: str
    description: str
    cameo: str | None
    modes: dict[str, ModeInfo]


def _cameo(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not (isinstance(value, str) and value.isdigit() and len(value) == 2):
        raise DataFileError(f"{DATA_FILE}: {where}: CAMEO root must be a two-digit string")
    return value


@dataclass(frozen=True, slots=True)
class Ontology:
    """Lookups from (type, mode) to CAMEO codes."""

    types: dict[str, EventType]

    def cameo(self, event_type: str, mode: str | None) -> str | None:
        """CAMEO root code of a type, refined by mode."""
        info = self.types[event_type]
        m = info.modes.get(mode or "")
        return m.cameo if m is not None and m.cameo is not None else info.cameo

    def is_mode(self, event_type: str, mode: str) -> bool:
        """Whether `mode` is one of the type's modes."""
        return mode in self.types[event_type].modes


@cache
def load_ontology() -> Ontology:
    """Load and schema-check ontology.json."""
    raw = read_json(DATA_FILE)
    types_raw = raw.get("types")
    if not isinstance(types_raw, dict):
        raise DataFileError(f"{DATA_FILE}: 'types' must be an object")
    if set(types_raw) != set(PLOVER_TYPES):
        missing, extra = set(PLOVER_TYPES) - set(types_raw), set(types_raw) - set(PLOVER_TYPES)
        raise DataFileError(f"{DATA_FILE}: types must be PLOVER's 16 plus OTHER (missing {missing}, extra {extra})")
    types: dict[str, EventType] = {}
    for name, spec in types_raw.items():
        if not isinstance(spec, dict) or not isinstance(spec.get("modes"), dict):
            raise DataFileError(f"{DATA_FILE}: {name}: needs an object of 'modes'")
        modes = {
            mode: ModeInfo(
                cameo=_cameo(m.get("cameo"), f"{name}.{mode}"),
            )
            for mode, m in spec["modes"].items()
        }
        types[name] = EventType(
            name=name,
            description=str(spec.get("description", "")),
            cameo=_cameo(spec.get("cameo"), name),
            modes=modes,
        )
    return Ontology(types)
