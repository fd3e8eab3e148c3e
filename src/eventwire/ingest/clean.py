"""Masking page debris (captions, promo lines, share buttons) without moving any offset.

Debris is not deleted but overwritten with spaces, so `CleanText.text` has the same length as
the original and every kept character sits at its original index: an offset into the clean
text IS the offset into the original. That identity is the offset map; there is no table.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, cast

from eventwire.errors import DataFileError

PATTERNS_FILE = "debris_patterns.json"
PATTERNS_VERSION = 1

Scope = Literal["line", "trailing", "span"]
SCOPES: frozenset[str] = frozenset({"line", "trailing", "span"})

# A line longer than this is a paragraph of prose, which a line rule that matches only part
# of it (a marker at its start or end) must not wipe out; only a rule written to match the
# whole line (anchored ^...$) may raise its `max_line` above this.
MAX_DEBRIS_LINE = 400

_FLAGS = {"IGNORECASE": re.IGNORECASE, "ASCII": re.ASCII, "VERBOSE": re.VERBOSE}
_RULE_KEYS = frozenset({"name", "scope", "regex", "flags", "max_line", "note"})


@dataclass(frozen=True, slots=True)
class DebrisRule:
    """One debris pattern: masks a whole line, a line's tail from the match on, or just the match."""

    name: str
    scope: Scope
    pattern: re.Pattern[str]
    max_line: int = MAX_DEBRIS_LINE


@dataclass(slots=True)
class CleanText:
    """A text with its debris masked by spaces; `text` and `original` have equal lengths.

    Offsets need no mapping: index i of `text` is index i of `original`. Line breaks are
    never masked. `removed` lists the masked ranges as (start, end, rule name), in order.
    """

    original: str
    text: str
    removed: list[tuple[int, int, str]] = field(default_factory=list)


def clean(text: str, rules: tuple[DebrisRule, ...] | None = None) -> CleanText:
    """Mask the page debris of a text line by line, keeping its length and every offset."""
    active = load_debris_rules() if rules is None else rules
    removed: list[tuple[int, int, str]] = []
    position = 0
    for line in text.splitlines(keepends=True):
        content = line.splitlines()[0] if line.splitlines() else ""
        removed.extend(_line_debris(content, position, active))
        position += len(line)
    return CleanText(original=text, text=_mask(text, removed), removed=removed)


def _line_debris(content: str, offset: int, rules: tuple[DebrisRule, ...]) -> list[tuple[int, int, str]]:
    """Masked ranges of one line (without its line break), as absolute offsets."""
    stripped = content.strip()
    if not stripped:
        return []
    start = offset + len(content) - len(content.lstrip())
    end = start + len(stripped)
    for rule in rules:
        if rule.scope == "line" and len(stripped) <= rule.max_line and rule.pattern.search(stripped):
            return [(start, end, rule.name)]
    ranges: list[tuple[int, int, str]] = []
    tail = len(stripped)
    for rule in rules:
        if rule.scope == "trailing":
            match = rule.pattern.search(stripped)
            if match is not None and match.start() < tail:
                tail = match.start()
                ranges = [(start + tail, end, rule.name)]
    for rule in rules:
        if rule.scope == "span":
            for match in rule.pattern.finditer(stripped, 0, tail):
                if match.end() > match.start():
                    ranges.append((start + match.start(), start + match.end(), rule.name))
    return _merged(ranges)


def _merged(ranges: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sorted ranges with overlaps resolved in favour of the earlier range."""
    result: list[tuple[int, int, str]] = []
    for begin, finish, name in sorted(ranges):
        if result and begin < result[-1][1]:
            previous = result[-1]
            if finish > previous[1]:
                result[-1] = (previous[0], finish, previous[2])
            continue
        result.append((begin, finish, name))
    return result


def _mask(text: str, removed: list[tuple[int, int, str]]) -> str:
    pieces: list[str] = []
    cursor = 0
    for begin, finish, _name in removed:
        pieces.append(text[cursor:begin])
        pieces.append(" " * (finish - begin))
        cursor = finish
    pieces.append(text[cursor:])
    return "".join(pieces)


@cache
def load_debris_rules(path: Path | None = None) -> tuple[DebrisRule, ...]:
    """The debris rules of debris_patterns.json (the packaged file unless `path`), validated."""
    label = str(path) if path is not None else PATTERNS_FILE
    try:
        if path is None:
            raw = resources.files("eventwire").joinpath("data", PATTERNS_FILE).read_text("utf-8")
        else:
            raw = path.read_text("utf-8")
        document = json.loads(raw)
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(f"cannot read {label}: {error}") from error
    except json.JSONDecodeError as error:
        raise DataFileError(f"{label}: not valid JSON: {error}") from error
    return _validated(document, label)


def _validated(document: Any, label: str) -> tuple[DebrisRule, ...]:
    if not isinstance(document, dict) or set(document) != {"version", "patterns"}:
        raise DataFileError(f'{label}: expected an object with exactly "version" and "patterns"')
    if document["version"] != PATTERNS_VERSION:
        raise DataFileError(f"{label}: version {document['version']!r} is not {PATTERNS_VERSION}")
    entries = document["patterns"]
    if not isinstance(entries, list) or not entries:
        raise DataFileError(f'{label}: "patterns" must be a non-empty list')
    rules: list[DebrisRule] = []
    names: set[str] = set()
    for index, entry in enumerate(entries):
        rule = _validated_rule(entry, f"{label}: pattern {index}")
        if rule.name in names:
            raise DataFileError(f"{label}: pattern {index}: duplicate name {rule.name!r}")
        names.add(rule.name)
        rules.append(rule)
    return tuple(rules)


def _validated_rule(entry: Any, where: str) -> DebrisRule:
    if not isinstance(entry, dict):
        raise DataFileError(f"{where}: expected an object")
    unknown = set(entry) - _RULE_KEYS
    if unknown:
        raise DataFileError(f"{where}: unknown keys {sorted(unknown)}")
    name, scope, regex = entry.get("name"), entry.get("scope"), entry.get("regex")
    if not isinstance(name, str) or not name:
        raise DataFileError(f'{where}: "name" must be a non-empty string')
    if scope not in SCOPES:
        raise DataFileError(f"{where} ({name}): scope {scope!r} is not one of {sorted(SCOPES)}")
    if not isinstance(regex, str) or not regex:
        raise DataFileError(f'{where} ({name}): "regex" must be a non-empty string')
    flag_names = entry.get("flags", [])
    if not isinstance(flag_names, list) or not all(flag in _FLAGS for flag in flag_names):
        raise DataFileError(f'{where} ({name}): "flags" must be a list drawn from {sorted(_FLAGS)}')
    flags = 0
    for flag in flag_names:
        flags |= _FLAGS[flag]
    try:
        pattern = re.compile(regex, flags)
    except re.error as error:
        raise DataFileError(f"{where} ({name}): bad regex: {error}") from error
    max_line = entry.get("max_line", MAX_DEBRIS_LINE)
    if isinstance(max_line, bool) or not isinstance(max_line, int) or max_line <= 0:
        raise DataFileError(f'{where} ({name}): "max_line" must be a positive integer')
    if max_line > MAX_DEBRIS_LINE and not (scope == "line" and regex.startswith("^") and regex.endswith("$")):
        raise DataFileError(
            f'{where} ({name}): "max_line" above {MAX_DEBRIS_LINE} needs a whole-line ("^...$") line rule'
        )
    return DebrisRule(name=name, scope=cast(Scope, scope), pattern=pattern, max_line=max_line)


INVISIBLE_FILE = "invisible_characters.tsv"


@cache
def invisible_characters() -> frozenset[str]:
    """The packaged list of invisible format characters ingest drops (invisible_characters.tsv), validated."""
    try:
        content = resources.files("eventwire").joinpath("data", INVISIBLE_FILE).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(f"cannot read {INVISIBLE_FILE}: {error}") from error
    found: set[str] = set()
    rows = [line for line in content.splitlines() if line.strip() and not line.startswith("#")]
    if not rows or rows[0].split("\t") != ["codepoint", "name"]:
        raise DataFileError(f"{INVISIBLE_FILE}: the header must be 'codepoint<TAB>name'")
    for line in rows[1:]:
        code, _, name = line.partition("\t")
        try:
            char = chr(int(code, 16))
        except ValueError as error:
            raise DataFileError(f"{INVISIBLE_FILE}: bad code point {code!r}") from error
        if unicodedata.category(char) != "Cf" or unicodedata.name(char, "") != name.strip():
            raise DataFileError(f"{INVISIBLE_FILE}: {code} is not the format character {name.strip()!r}")
        found.add(char)
    return frozenset(found)


@cache
def _invisible_pattern() -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted(invisible_characters())) + "]")


def drop_invisible(text: str) -> str:
    """The text without the invisible format characters of invisible_characters.tsv.

    Ingest stores the text this returns, so every offset an event or place reports is into the
    stored text and slices it exactly; a soft hyphen, zero-width space or bidi override inside a
    word no longer splits it.
    """
    pattern = _invisible_pattern()
    return pattern.sub("", text) if pattern.search(text) else text
