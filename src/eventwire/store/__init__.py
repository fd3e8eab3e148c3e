"""The event database: articles, mentions, merged events, claims, estimates and places in SQLite.

`eventwire.store.ingest` (which loads spaCy) is imported on its own: reading and exporting do not need it.
"""

from .errors import ExportError, SchemaTooNew, StoreError
from .exports import EXPORT_FORMATS, ExportCounts, write_events
from .ids import article_id, normalise_url
from .migrations import MIGRATIONS, SCHEMA_VERSION, migrate
from .queries import BadFilter, BBox, EventFilter, event_records, select_events
from .store import DEFAULT_DB, Store, Stored

__all__ = [
    "DEFAULT_DB",
    "EXPORT_FORMATS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "BBox",
    "BadFilter",
    "EventFilter",
    "ExportCounts",
    "ExportError",
    "SchemaTooNew",
    "Store",
    "StoreError",
    "Stored",
    "article_id",
    "event_records",
    "migrate",
    "normalise_url",
    "select_events",
    "write_events",
]
