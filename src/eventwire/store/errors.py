"""Errors of the event database; the CLI maps them to messages and exit codes."""

from ..errors import EventwireError


class StoreError(EventwireError):
    """The event database cannot be opened, read or written."""


class SchemaTooNew(StoreError):
    """The database was written by a newer eventwire whose schema this one does not know."""


class ExportError(StoreError):
    """An export format cannot be written (a missing optional package, a bad destination)."""


class NotOurDatabase(StoreError):
    """The file is another application's SQLite database: eventwire will not add its tables to it."""


class DamagedDatabase(StoreError):
    """The database file is damaged (corrupted pages, bytes that are not text where text was written)."""
