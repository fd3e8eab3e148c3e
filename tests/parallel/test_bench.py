"""`eventwire bench` and its helpers: the figures it prints and how stage time is attributed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire import timing
from eventwire.bench import BenchConfig, run_bench
from eventwire.cli import main
from eventwire.memory import current_rss_mib, peak_rss_mib
from eventwire.timing import Stopwatch

GWN_DIR = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "geowebnews-dev"


@pytest.mark.shared
def test_bench_prints_rates_ratio_stages_and_memory_checkpoints(tmp_path: Path) -> None:
    for path in sorted(GWN_DIR.glob("*.txt"))[:3]:
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    lines: list[str] = []
    results = run_bench(BenchConfig([tmp_path], repeat=2, checkpoints=(4,)), lines.append)
    text = "\n".join(lines)
    assert lines[0].startswith("6 articles (3 x 2)")
    assert re.search(r"bare nlp\.pipe +\d+\.\d articles/s +\d+ words/s", text)
    assert re.search(
        r"extract --jobs 1 +\d+\.\d articles/s .* x\d\.\d\d vs bare \(CPU time x\d\.\d\d\) +peak RSS \d+ MiB", text
    )
    assert "RSS after 4 articles: this process" in text
    stages = next(line for line in lines if "stages" in line)
    for stage in ("read", "entities", "prefilter", "parse", "resolve", "extract", "merge", "write"):
        assert f" {stage} " in stages
    assert results["jobs1"].articles == 6 and results["bare"].articles == 6


@pytest.mark.shared
def test_bench_rounds_alternate_the_passes_and_print_the_median_ratio(tmp_path: Path) -> None:
    path = sorted(GWN_DIR.glob("*.txt"))[0]
    (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    lines: list[str] = []
    run_bench(BenchConfig([tmp_path], rounds=3), lines.append)
    rounds = [line for line in lines if line.startswith("round ")]
    assert [line.split(":")[0] for line in rounds] == ["round 2", "round 3"]
    assert all(re.search(r": x\d\.\d\d vs bare \(CPU time x\d\.\d\d\)$", line) for line in rounds)
    summary = re.search(
        r"over 3 rounds: (x\d\.\d\d) (x\d\.\d\d) (x\d\.\d\d); median (x\d\.\d\d) \(CPU time median x\d\.\d\d\)",
        lines[-1],
    )
    assert summary is not None
    ratios = sorted(float(r[1:]) for r in summary.groups()[:3])
    assert float(summary.group(4)[1:]) == ratios[1]


def test_bench_refuses_a_corpus_without_articles(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["bench", str(tmp_path)])
    assert result.exit_code == 2
    assert "no readable articles" in result.output


def test_nested_stages_count_only_for_the_innermost(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([0.0, 1.0, 3.0, 4.0])  # enter parse, enter clean, leave clean, leave parse
    monkeypatch.setattr(timing.time, "perf_counter", lambda: next(clock))
    watch = Stopwatch()
    with watch("parse"), watch("clean"):
        pass
    assert watch.seconds == {"parse": 2.0, "clean": 2.0}


def test_worker_totals_add_up() -> None:
    watch = Stopwatch({"parse": 1.0})
    watch.update({"parse": 0.5, "extract": 2.0})
    assert watch.seconds == {"parse": 1.5, "extract": 2.0}


def test_memory_figures_are_positive_and_peak_is_not_below_current() -> None:
    block = bytearray(64 * 2**20)  # touch 64 MiB so the figures move
    block[::4096] = b"x" * len(block[::4096])
    assert current_rss_mib() >= 64
    assert peak_rss_mib() >= current_rss_mib() - 1
