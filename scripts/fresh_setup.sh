#!/usr/bin/env bash
# Try the README's first command as a newcomer would: a fresh clone of this repository (without
# ../shared beside it), a fresh virtualenv made by the given pyenv Python, an empty gazetteer cache.
# Prints the install time, then the time of the whole first command, and its exit code.
#
#     scripts/fresh_setup.sh 3.11.7 [WORKDIR]
set -uo pipefail
version=${1:?usage: scripts/fresh_setup.sh PYTHON_VERSION [WORKDIR]}
work=${2:-$(mktemp -d)}
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
git clone -q "$repo" "$work/eventwire" && cd "$work/eventwire" || exit 2
export PYENV_VERSION=$version EVENTWIRE_CACHE_DIR=$work/cache
first=$(python3 -c 'import sys; s = open("README.md").read().split("**1. Install", 1)[1]; print(s.split("```bash\n", 1)[1].split("\n```", 1)[0])')
install=${first%% && .venv/bin/eventwire ingest*}
echo "$(python3 --version) in $work/eventwire"
start=$(date +%s.%N); bash -c "$install" >install.log 2>&1; rc=$?
echo "install: exit $rc, $(python3 -c "print(round($(date +%s.%N) - $start))") s (log: install.log)"
start=$(date +%s.%N); bash -c "$first" >first.out 2>first.err; rc=$?
echo "first command: exit $rc, $(python3 -c "print(round($(date +%s.%N) - $start))") s"
grep -v "^Looking in\|^Requirement already" first.err | tail -n 4
tail -n +1 first.out | grep -A 12 "^date "
