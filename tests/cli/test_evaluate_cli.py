"""`eventwire evaluate` reports the same figures as the shared scorer, `shared/eval/score.py`."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

SHARED = Path(__file__).resolve().parents[3] / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
SEED_GOLD = SHARED / "eval" / "seed_gold.json"
SEED_DOC = "000_773db53a13bc0aed.txt"
RunCli = Callable[..., Result]

pytestmark = pytest.mark.skipif(not SCORE_PY.is_file(), reason=f"shared scorer not found at {SCORE_PY}")


def _party(text: str, country: str | None, name: str | None = None) -> dict[str, Any]:
    return {"text": text, "name": name, "country": country, "sector": None}


def _event(
    doc: str, type_: str, actor: dict[str, Any], target: dict[str, Any], country: str | None, day: str
) -> dict[str, Any]:
    """A system event row as `eventwire extract` writes it, with only what scoring reads filled in."""
    return {
        "doc": doc,
        "type": type_,
        "mode": None,
        "cameo": None,
        "acled": None,
        "actor": actor,
        "target": target,
        "location": None if country is None else {"text": country, "name": country, "country": country},
        "date": {"value": day, "text": "", "precision": "day" if len(day) == 10 else "year"},
        "status": "asserted",
        "source": None,
        "quantities": [],
        "conflicts": [],
        "evidence": [],
        "confidence": 0.5,
    }


# Against seed_gold.json (10 required events):
SYSTEM_EVENTS = [
    # E1 in full: Iran's strike on US forces in Iraq on the 8th.
    _event(SEED_DOC, "ASSAULT", _party("Iran", "IRN"), _party("US-led forces", "USA"), "IRQ", "2020-01-08"),
    # E2's dyad, but the 6th is three days off the strike on the 3rd: a miss at full level.
    _event(SEED_DOC, "ASSAULT", _party("the US", "USA"), _party("Soleimani", "IRN"), "IRQ", "2020-01-06"),
    # A REQUEST by Britain: right type, nobody's dyad.
    _event(SEED_DOC, "REQUEST", _party("Britain", "GBR"), _party("Iran", "IRN"), None, "2020-01-08"),
    # Optional E15 (2018 sanctions): matched, yet neither a hit nor a false positive.
    _event(SEED_DOC, "SANCTION", _party("the US", "USA"), _party("Iran", "IRN"), None, "2018"),
    # Another article: no gold document, not scored.
    _event("other.txt", "PROTEST", _party("crowds", None), _party("Iran", "IRN"), None, "2020-01-08"),
]


def score_py(kind: str, gold: Path, output: Path) -> tuple[dict[str, Any], str]:
    """The JSON report and the summary line of `python3 score.py KIND GOLD OUTPUT`."""
    done = subprocess.run(
        [sys.executable, str(SCORE_PY), kind, str(gold), str(output)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.rsplit("\n", 2)[0]), done.stdout.splitlines()[-1]


def eventwire_evaluate(run_cli: RunCli, kind: str, gold: Path, output: Path) -> tuple[dict[str, Any], str]:
    """The JSON report and the summary line of `eventwire evaluate KIND GOLD OUTPUT`."""
    result = run_cli(["evaluate", kind, str(gold), str(output)])
    assert result.exit_code == 0, result.output
    report, _ = json.JSONDecoder().raw_decode(result.stdout)
    return report, result.stdout.splitlines()[-1]


def test_evaluate_places_prints_the_figures_score_py_prints(
    run_cli: RunCli, seed_places: Result, tmp_path: Path
) -> None:
    output = tmp_path / "places.jsonl"
    output.write_text(seed_places.stdout, encoding="utf-8")
    ours, our_line = eventwire_evaluate(run_cli, "places", SEED_GOLD, output)
    theirs, their_line = score_py("places", SEED_GOLD, output)
    assert our_line == their_line
    assert our_line.startswith("places: recall ")
    assert ours == theirs
    assert ours["proper"]["gold"] == 102


def test_evaluate_events_prints_the_figures_score_py_prints(run_cli: RunCli, tmp_path: Path) -> None:
    output = tmp_path / "events.jsonl"
    output.write_text("".join(json.dumps(e) + "\n" for e in SYSTEM_EVENTS), encoding="utf-8")
    ours, our_line = eventwire_evaluate(run_cli, "events", SEED_GOLD, output)
    theirs, their_line = score_py("events", SEED_GOLD, output)
    assert our_line == their_line == "events: type F1 0.462 | dyad F1 0.308 (P 0.667 R 0.2) | full F1 0.154"
    assert ours == theirs
    assert ours["type"] == {"tp": 3, "fp": 0, "fn": 7, "p": 1.0, "r": 0.3, "f1": 0.462}
    assert ours["dyad"] == {"tp": 2, "fp": 1, "fn": 8, "p": 0.667, "r": 0.2, "f1": 0.308}
    assert ours["full"] == {"tp": 1, "fp": 2, "fn": 9, "p": 0.333, "r": 0.1, "f1": 0.154}
    assert "000_773db53a13bc0aed.txt:E1" not in ours["missed_required_full"]
    assert "000_773db53a13bc0aed.txt:E2" in ours["missed_required_full"]


def test_evaluate_events_prints_per_type_lines_before_the_summary(run_cli: RunCli, tmp_path: Path) -> None:
    output = tmp_path / "events.jsonl"
    output.write_text("".join(json.dumps(e) + "\n" for e in SYSTEM_EVENTS), encoding="utf-8")
    result = run_cli(["evaluate", "events", str(SEED_GOLD), str(output)])
    type_lines = [line for line in result.stdout.splitlines() if line.startswith("type ")]
    assert "type ASSAULT    P 1.000 R 1.000 F1 1.000 (tp 2 fp 0 fn 0)" in type_lines
    assert "type REQUEST    P 1.000 R 0.333 F1 0.500 (tp 1 fp 0 fn 2)" in type_lines
    assert result.stdout.splitlines()[-1].startswith("events: ")


def test_evaluate_reports_a_malformed_system_file_in_one_line(run_cli: RunCli, tmp_path: Path) -> None:
    output = tmp_path / "broken.jsonl"
    output.write_text('{"doc": "a.txt", "type": "ASSAULT"}\n{"doc": \n', encoding="utf-8")
    result = run_cli(["evaluate", "events", str(SEED_GOLD), str(output)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"eventwire: {output}:2: invalid JSON: Expecting value"]
    assert "Traceback" not in result.output
