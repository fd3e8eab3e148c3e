#!/usr/bin/env bash
# Every quality figure the README reports, from the commands it names (run from the repository root,
# with ../shared beside it). Writes intermediate outputs to a temporary directory.
#
#     scripts/quality_figures.sh [--fast]      # --fast: leave out the GVA set (about 3 minutes)
set -uo pipefail
cd "$(dirname "$0")/.."
EW=.venv/bin/eventwire
S=../shared
out=$(mktemp -d)
[ -d "$S" ] || { echo "needs ../shared beside the repository" >&2; exit 1; }
$EW extract --published 2020-01-08 "$S/corpus/seed/000_773db53a13bc0aed.txt" >"$out/seed.jsonl" 2>/dev/null
echo "seed events: $(python3 "$S/eval/score.py" events "$S/eval/seed_gold.json" "$out/seed.jsonl" | tail -1)"
$EW places "$S/corpus/seed/000_773db53a13bc0aed.txt" >"$out/seed_places.jsonl" 2>/dev/null
echo "seed places: $(python3 "$S/eval/score.py" places "$S/eval/seed_gold.json" "$out/seed_places.jsonl" | tail -1)"
$EW places "$S/corpus/geowebnews-dev/" >"$out/gwn.jsonl" 2>/dev/null
echo "GeoWebNews dev places: $($EW evaluate places "$S/eval/geowebnews_dev_gold.json" "$out/gwn.jsonl" | tail -2 | tr '\n' ' ')"
for gold in dev holdout; do
  files=$(python3 -c "import json; print(' '.join('$S/corpus/geowebnews-dev/' + d['doc'] for d in json.load(open('tests/gold/${gold}_gold.json'))))")
  # shellcheck disable=SC2086
  $EW extract $files >"$out/$gold.jsonl" 2>/dev/null
  echo "$gold gold events: $($EW evaluate events "tests/gold/${gold}_gold.json" "$out/$gold.jsonl" | tail -1)"
done
python3 "$S/eval/external.py" plover | tail -2
python3 "$S/eval/external.py" acled | tail -2
[ "${1:-}" = "--fast" ] || python3 "$S/eval/external.py" gva | tail -2
.venv/bin/python scripts/eval_merge_gold.py 2>/dev/null | tail -4
