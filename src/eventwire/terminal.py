"""Untrusted text made safe for one line of a terminal: every skipped, warning and error line goes through here.

File names, feed guids, HTTP reason phrases and error messages come from outside. Raw, a newline in
one forges a second `skipped` line, a carriage return overwrites the line, and an escape sequence
retitles or reprograms the terminal. `printable` shows each such character as a visible escape.
"""

from __future__ import annotations

import os
import re

# C0 and C1 controls (ESC, CR, LF, BEL...), DEL, the Unicode line and paragraph separators, the bidi
# embeddings, overrides and isolates (which reorder what follows them), and lone surrogates (which
# the file system hands over for bytes that are not UTF-8, and no terminal encoding accepts).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte the file system could not decode (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with control characters, line breaks, bidi controls and lone surrogates as visible escapes."""
    return _UNSAFE.sub(_escape, text)


def path_name(path: str) -> str:
    """A file name as text that every encoder accepts: bytes that are not UTF-8 shown as `\\xNN`.

    Python hands such bytes over as lone surrogates (surrogateescape), which SQLite and the terminal
    refuse; the name keeps its other characters, and the file itself is still opened by `path`.
    """
    if not _SURROGATE.search(path):
        return path
    try:
        raw = os.fsencode(path)
    except UnicodeEncodeError:  # a surrogate that no byte stands for (a JSON "\\ud800")
        return _SURROGATE.sub(_escape, path)
    return raw.decode("utf-8", "backslashreplace")
