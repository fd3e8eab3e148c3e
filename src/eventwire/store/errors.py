"""Errors of the event database; the CLI maps them to messages and exit codes."""

from ..errors import EventwireError


class StoreError(EventwireError):
    """The event database cannot be opened, read or written."""


class SchemaTooNew(StoreError):
    """The database was written by a newer eventwire whose schema this one does not know."""


class ExportError(StoreError):
    """An export format cannot be written (a missing optional package, a bad destination)."""
