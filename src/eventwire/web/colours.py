"""The colours of event types, a data file shared by the server's pages and the map's script."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from ..errors import EventwireError

COLOURS_FILE = "type-colours.json"  # in static/, so the browser reads the same file


class ColoursError(EventwireError):
    """The colours file is malformed."""


@dataclass(frozen=True, slots=True)
class TypeColours:
    """A colour per event type and a few for types the file does not name."""

    types: dict[str, str]
    fallback: tuple[str, ...]


@lru_cache(maxsize=1)
def type_colours() -> TypeColours:
    """Load static/type-colours.json once."""
    data = json.loads((files("eventwire.web") / "static" / COLOURS_FILE).read_text(encoding="utf-8"))
    types, fallback = data.get("types"), data.get("fallback")
    if not isinstance(types, dict) or not isinstance(fallback, list) or not fallback:
        raise ColoursError(f"{COLOURS_FILE}: needs a 'types' object and a non-empty 'fallback' list")
    return TypeColours({str(k): str(v) for k, v in types.items()}, tuple(str(c) for c in fallback))
