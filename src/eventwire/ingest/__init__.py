"""Reading news reports (text, HTML, feeds, JSON Lines, stdin) and masking page debris."""

from eventwire.ingest.clean import CleanText, DebrisRule, clean, load_debris_rules
from eventwire.ingest.encoding import decode_bytes
from eventwire.ingest.language import english_stopwords, is_english
from eventwire.ingest.readers import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_CHARS,
    DEFAULT_SUFFIXES,
    STDIN,
    content_id,
    iter_inputs,
    read_feed,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_CHARS",
    "DEFAULT_SUFFIXES",
    "STDIN",
    "CleanText",
    "DebrisRule",
    "clean",
    "content_id",
    "decode_bytes",
    "english_stopwords",
    "is_english",
    "iter_inputs",
    "load_debris_rules",
    "read_feed",
]
