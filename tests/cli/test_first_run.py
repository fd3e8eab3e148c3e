"""What a newcomer meets: the examples/ first run, honest exit codes and filters that can match.

None of these tests needs ../shared: they use the illustrative reports in examples/.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from click.testing import Result
from spacy.language import Language

from eventwire import geoparse
from eventwire.store.filters import check_countries, check_types, country_code
from eventwire.store.queries import BadFilter, check_date
from eventwire.store.table import format_table, table_cells

RunCli = Callable[..., Result]
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def cli(run_cli: RunCli, gazetteer_path: Path, nlp: Language) -> RunCli:
    """`eventwire ARGS` with the session's gazetteer and spaCy pipeline (commands that read articles)."""

    def run(args: Sequence[str]) -> Result:
        reading = args[0] in {"ingest", "extract", "places"}
        argv = [args[0], "--gazetteer", str(gazetteer_path), *args[1:]] if reading else list(args)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(geoparse, "build_pipeline", lambda config=None, gazetteer=None: nlp)
            return run_cli(argv)

    return run


@pytest.fixture(scope="module")
def examples_db(cli: RunCli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("first-run") / "eventwire.db"
    result = cli(["ingest", "--db", str(db), str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1].startswith("6 stored, 0 skipped as duplicate, 0 skipped as bad, ")
    return db


def test_the_examples_are_labelled_illustrative_and_cover_the_promised_kinds() -> None:
    about = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert "invented" in about and "illustrative" in about.lower()
    reports = [json.loads(line) for line in (EXAMPLES / "reports.jsonl").read_text("utf-8").splitlines()]
    assert len({r["outlet"] for r in reports}) == 2
    assert all(".example/" in r["url"] for r in reports)


def test_the_first_run_table_shows_the_attack_merged_from_two_outlets(
    cli: RunCli, examples_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The table fits the terminal; the test pins the width it reads, so a narrow terminal (or a
    # test worker's) does not truncate the header it checks.
    monkeypatch.setenv("COLUMNS", "160")
    result = cli(["events", "--db", str(examples_db), "--format", "table"])
    assert result.exit_code == 0, result.output
    header, rule, *rows = result.stdout.splitlines()
    assert header.split() == ["date", "actor", "->", "target", "type/mode", "place", "killed", "l/b/h", "sources"]
    assert set(rule) == {"-", " "}
    attack = [r for r in rows if "ASSAULT/missile" in r]
    assert len(attack) == 1, rows
    assert "2024-05-12" in attack[0] and "Kharkiv, UKR" in attack[0]
    assert "7/7/11 !" in attack[0]  # low / best / high, with the conflict marked
    assert "2: Harbour Wire, Coastal Herald" in attack[0]
    kinds = " ".join(rows)
    for kind in ("PROTEST/demonstration", "COERCE/arrest", "CONSULT/meet"):
        assert kind in kinds
    assert result.stderr.strip() == f"{len(rows)} events"


def test_a_missing_path_is_an_error_after_the_rest_is_processed(cli: RunCli, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    result = cli(["ingest", "--db", str(db), str(tmp_path / "nope.txt"), str(EXAMPLES / "reports.jsonl")])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert f"eventwire: {tmp_path / 'nope.txt'}: No such file or directory" in lines
    assert lines[-1].startswith("6 stored, ")


def test_extract_of_a_missing_path_exits_1_and_still_writes_the_others(cli: RunCli, tmp_path: Path) -> None:
    result = cli(["extract", "missing.txt", str(EXAMPLES / "reports.jsonl")])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) >= 6
    assert "eventwire: missing.txt: No such file or directory" in result.stderr


def test_a_run_where_every_input_was_skipped_exits_non_zero(cli: RunCli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = cli(["ingest", "--db", str(tmp_path / "x.db"), str(empty)])
    assert result.exit_code == 1
    assert "skipped" in result.stderr and "every input was skipped" in result.stderr


def test_reingesting_the_examples_is_a_success(cli: RunCli, examples_db: Path) -> None:
    result = cli(["ingest", "--db", str(examples_db), str(EXAMPLES)])
    assert result.exit_code == 0
    assert result.stderr.splitlines()[-1].startswith("0 stored, 6 skipped as duplicate")


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("--type", "FOO", "use one of ACCUSE, AGREE, AID, ASSAULT"),
        ("--country", "Atlantis", "ISO 3166-1 alpha-3 or alpha-2 code or an English name"),
        ("--since", "2020-13", "'2020-13' is not a date"),
        ("--until", "2021-02-30", "'2021-02-30' is not a date"),
        ("--bbox", "1,2", "is not four numbers"),
    ],
)
def test_a_filter_that_cannot_match_fails_with_one_line_and_exit_2(
    cli: RunCli, examples_db: Path, option: str, value: str, says: str
) -> None:
    result = cli(["events", "--db", str(examples_db), option, value])
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("eventwire: ") and says in line
    assert "Traceback" not in result.output


@pytest.mark.parametrize("country", ["UKR", "UA", "Ukraine", "ukraine"])
def test_countries_filter_by_iso3_iso2_or_name(cli: RunCli, examples_db: Path, country: str) -> None:
    result = cli(["events", "--db", str(examples_db), "--country", country])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all("UKR" in json.dumps(r) for r in rows)


@pytest.mark.parametrize(
    ("value", "iso3"),
    [("IRQ", "IRQ"), ("iq", "IRQ"), ("Iraq", "IRQ"), ("US", "USA"), ("Britain", "GBR"), ("Atlantis", None)],
)
def test_country_names_and_codes_resolve_to_iso3(value: str, iso3: str | None) -> None:
    assert country_code(value) == iso3


def test_type_and_country_checks_normalise_or_refuse() -> None:
    assert check_types(["assault", "PROTEST"]) == ("ASSAULT", "PROTEST")
    assert check_countries(["Kenya", "jp"]) == ("KEN", "JPN")
    with pytest.raises(BadFilter):
        check_types(["RIOT"])


@pytest.mark.parametrize("good", ["2020", "2020-02", "2020-02-29"])
def test_filter_dates_that_exist_pass_unchanged(good: str) -> None:
    assert check_date(good) == good


@pytest.mark.parametrize("bad", ["2020-00", "2019-02-29", "20", "2020-1-1", "last week"])
def test_filter_dates_that_do_not_exist_are_refused(bad: str) -> None:
    with pytest.raises(BadFilter):
        check_date(bad)


def test_table_cells_read_the_event_record() -> None:
    record = {
        "date": {"value": "2024-01-02"},
        "type": "ASSAULT",
        "mode": "firearms",
        "status": "claimed",
        "actor": {"text": "gunmen", "name": None, "country": None},
        "target": None,
        "location": {"name": "Lagos", "country": "NGA"},
        "estimates": {"killed": {"low": 2, "best": 3, "high": 5, "conflict": True}},
        "sources": [{"outlet": "A"}, {"outlet": "B"}, {"outlet": "A"}],
    }
    assert table_cells(record) == (
        "2024-01-02", "gunmen -> ?", "ASSAULT/firearms (claimed)", "Lagos, NGA", "2/3/5 !", "2: A, B",
    )  # fmt: skip


def test_table_cuts_long_cells_to_the_width_and_strips_control_characters() -> None:
    record = {"type": "PROTEST", "actor": {"text": "a\x1b[31m" + "very long name " * 20}, "sources": []}
    lines = list(format_table([record], width=100))
    assert all(len(line) <= 100 for line in lines)
    assert "\x1b" not in "".join(lines) and "…" in lines[2]
    assert lines[2].startswith("undated")


def test_gazetteer_figures_read_as_sentences() -> None:
    from eventwire.resolve.gazetteer import BuildStats

    stats = BuildStats(rows={"city": 170391, "country": 248}, names=467787, seconds=9.36, bytes=61_071_360)
    assert stats.describe() == ("170,639 places (170,391 city, 248 country), 467,787 names, 61 MB, built in 9.4 s")


def test_the_first_use_that_builds_the_gazetteer_says_so(
    tmp_path: Path, gazetteer_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import shutil

    from eventwire.resolve import gazetteer as gazetteer_module

    def copy_build(path: Path) -> gazetteer_module.BuildStats:
        shutil.copyfile(gazetteer_path, path)
        return gazetteer_module.BuildStats(rows={"city": 1}, names=2, seconds=0.5, bytes=3)

    monkeypatch.setattr(gazetteer_module, "build", copy_build)
    fresh = tmp_path / "gazetteer.sqlite"
    with caplog.at_level("INFO", logger="eventwire"), gazetteer_module.Gazetteer.open(fresh):
        pass
    notes = [r.getMessage() for r in caplog.records]
    assert notes[0].startswith(f"building the gazetteer at {fresh} from the installed data packages")
    assert notes[1] == "gazetteer built: 1 places (1 city), 2 names, 0 MB, built in 0.5 s"
