"""debris_patterns.json: versioned, validated when loaded; a malformed file raises DataFileError."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import DataFileError
from eventwire.ingest import clean, load_debris_rules
from eventwire.ingest.clean import MAX_DEBRIS_LINE

GOOD_RULE = {"name": "ad", "scope": "line", "regex": "^Advertisement$", "flags": []}


def write_patterns(tmp_path: Path, document: Any) -> Path:
    path = tmp_path / "debris_patterns.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_packaged_rules_load_with_unique_names_and_known_scopes() -> None:
    rules = load_debris_rules()
    assert len(rules) >= 20
    assert len({rule.name for rule in rules}) == len(rules)
    assert {rule.scope for rule in rules} == {"line", "trailing", "span"}
    assert all(rule.max_line <= MAX_DEBRIS_LINE for rule in rules)


def test_rules_from_a_file_drive_clean(tmp_path: Path) -> None:
    rules = load_debris_rules(write_patterns(tmp_path, {"version": 1, "patterns": [GOOD_RULE]}))
    result = clean("Advertisement\nPHOTO: REUTERS\n", rules)
    assert result.removed == [(0, 13, "ad")]


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ([GOOD_RULE], 'exactly "version" and "patterns"'),
        ({"version": 2, "patterns": [GOOD_RULE]}, "version 2 is not 1"),
        ({"version": 1, "patterns": []}, "non-empty list"),
        ({"version": 1, "patterns": [GOOD_RULE, GOOD_RULE]}, "duplicate name 'ad'"),
        ({"version": 1, "patterns": [{**GOOD_RULE, "scope": "page"}]}, "scope 'page' is not one of"),
        ({"version": 1, "patterns": [{**GOOD_RULE, "regex": "(unclosed"}]}, "bad regex"),
        ({"version": 1, "patterns": [{**GOOD_RULE, "flags": ["DOTALL"]}]}, '"flags" must be a list'),
        ({"version": 1, "patterns": [{**GOOD_RULE, "regx": "x"}]}, "unknown keys ['regx']"),
        ({"version": 1, "patterns": [{**GOOD_RULE, "name": ""}]}, '"name" must be a non-empty string'),
        ({"version": 1, "patterns": [{**GOOD_RULE, "max_line": 0}]}, '"max_line" must be a positive integer'),
        (
            {"version": 1, "patterns": [{**GOOD_RULE, "regex": "PHOTO", "max_line": 2000}]},
            "needs a whole-line",
        ),
    ],
)
def test_malformed_patterns_file_raises_data_file_error(tmp_path: Path, document: Any, message: str) -> None:
    with pytest.raises(DataFileError, match=re.escape(message)):
        load_debris_rules(write_patterns(tmp_path, document))


def test_whole_line_rule_may_mask_long_lines(tmp_path: Path) -> None:
    rule = {**GOOD_RULE, "regex": "^(?:x )+x$", "max_line": 5000}
    rules = load_debris_rules(write_patterns(tmp_path, {"version": 1, "patterns": [rule]}))
    line = "x " * 400 + "x"
    assert clean(line, rules).removed == [(0, len(line), "ad")]


def test_invalid_json_raises_data_file_error(tmp_path: Path) -> None:
    path = tmp_path / "debris_patterns.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataFileError, match="not valid JSON"):
        load_debris_rules(path)


def test_missing_file_raises_data_file_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read"):
        load_debris_rules(tmp_path / "absent.json")
