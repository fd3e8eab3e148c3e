"""Rewrite README.md's command synopsis from the CLI itself (run after changing a command or option).

    python scripts/readme_synopsis.py [--check]

With --check, exit 1 when the README's synopsis differs from the CLI's (what the docs test checks).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eventwire.cli import main as cli_main
from eventwire.cli_docs import replace_synopsis, synopsis

README = Path(__file__).resolve().parents[1] / "README.md"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the README is current")
    args = parser.parse_args()
    text = README.read_text(encoding="utf-8")
    updated = replace_synopsis(text, synopsis(cli_main))
    if args.check:
        print("README synopsis is current" if updated == text else "README synopsis differs from the CLI")
        return 0 if updated == text else 1
    README.write_text(updated, encoding="utf-8")
    print(f"wrote the synopsis of {updated.count(chr(10) + 'eventwire ')} commands to {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
