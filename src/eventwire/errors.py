"""Exceptions eventwire raises; the CLI maps them to messages and exit codes."""


class EventwireError(Exception):
    """Base class of eventwire's own errors."""


class BadInput(EventwireError):
    """An input cannot be processed; the message is the one-line reason shown to the user."""


class DataFileError(EventwireError):
    """A packaged rule, lexicon or mapping file is missing or fails its schema check."""


class GazetteerError(EventwireError):
    """The gazetteer cannot be built or opened."""


class ModelNotFound(EventwireError):
    """The configured spaCy pipeline is not installed."""


class SparkNotInstalled(EventwireError):
    """A Spark command ran without PySpark installed (pip install eventwire[spark])."""


class FetchRefused(BadInput):
    """A URL eventwire will not fetch: not http(s), or its host is a loopback, private or other non-public address."""


class FetchFailed(BadInput):
    """A URL could not be fetched: network error, HTTP error, too many redirects, over the size or time limit."""


class StateFileError(EventwireError):
    """The feed state file of `eventwire watch` cannot be used (a directory, an unwritable place)."""
