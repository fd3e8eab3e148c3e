"""Every command and every option of the `eventwire` CLI is documented in README.md."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from eventwire.cli import main

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "eventwire") -> Iterator[tuple[str, click.Command]]:
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            yield from _commands(command, path)
        else:
            yield path, command


COMMANDS = list(_commands(main))


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[p for p, _ in COMMANDS])
def test_command_and_its_options_are_in_the_readme(path: str, command: click.Command) -> None:
    assert path in README, f"{path} is not in README.md"
    for param in command.params:
        if isinstance(param, click.Option):
            for flag in param.opts:
                if flag.startswith("--") and flag != "--help":
                    assert flag in README, f"{path} {flag} is not in README.md"


ROOT = Path(__file__).resolve().parents[2]


def _fenced_commands(section: str) -> list[str]:
    """The one-line commands in ```bash fences of a README section."""
    body = README.split(section, 1)[1].split("\n## ", 1)[0]
    return [block.split("```", 1)[0].strip() for block in body.split("```bash\n")[1:]]


def test_the_readme_synopsis_is_what_the_cli_says() -> None:
    from eventwire.cli_docs import synopsis

    expected = synopsis(main)
    assert expected in README, "README.md's synopsis is stale: run python scripts/readme_synopsis.py"


def test_ci_runs_exactly_the_readme_test_command() -> None:
    first, tests = _fenced_commands("## Set-up: the two commands")[:2]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines()
    # Both commands create the virtualenv the same way, pip upgraded from its hashed pin first.
    install = "python3 -m venv .venv && .venv/bin/python -m pip install -q --require-hashes -r requirements-pip.lock"
    assert install in first and install in tests
    assert "examples/" in first and "../shared" not in first


def test_every_option_has_help_text() -> None:
    missing = [
        f"{path} {param.opts[0]}"
        for path, command in COMMANDS
        for param in command.params
        if isinstance(param, click.Option) and not param.help
    ]
    assert not missing, f"options without help: {missing}"
