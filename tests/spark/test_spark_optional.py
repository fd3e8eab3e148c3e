"""PySpark stays optional: the base package never imports it, and the spark commands say how to get it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.errors import BadInput
from eventwire.spark.extract import expand_inputs


def test_loading_the_cli_and_the_spark_modules_does_not_import_pyspark() -> None:
    code = (
        "import sys, eventwire.cli, eventwire.spark, eventwire.spark.extract, eventwire.spark.merge; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyspark', 'py4j')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_spark_command_without_pyspark_says_to_install_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("Police arrested 12 protesters in Lagos on Monday.", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)  # makes `import pyspark.sql` fail
    result = CliRunner().invoke(
        main, ["spark", "extract", "--input", str(tmp_path / "*.txt"), "--output", str(tmp_path / "o")]
    )
    assert result.exit_code == 2
    assert "install eventwire[spark]" in result.output


def test_inputs_expand_globs_in_sorted_order_once_each(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.html"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = expand_inputs([str(tmp_path / "*.txt"), str(tmp_path / "a.txt"), str(tmp_path / "*.html")])
    assert found == [str(tmp_path / n) for n in ("a.txt", "b.txt", "c.html")]


def test_a_glob_matching_nothing_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="no input matches"):
        expand_inputs([str(tmp_path / "*.txt")])


def test_an_article_read_twice_keeps_its_first_reading_in_input_order() -> None:
    from eventwire.spark.extract import _later_readings

    # Read out of order across partitions: article "b" first at path 1 item 0, again at path 2; "a" twice in path 0.
    read = [("b", 2, 0), ("a", 0, 3), ("b", 1, 0), ("a", 0, 1), ("c", 1, 1)]
    assert _later_readings(read) == {(0, 3), (2, 0)}
