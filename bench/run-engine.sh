#!/usr/bin/env bash
# `workbook run 02 03 04 --formats html,svg,png --force` before (the in-process Roslyn-scripting engine) and after (this
# branch: notebooks in kernel processes), optionally a third workbook between them, and the Python peer (Jupyter +
# pandas + plotly through nbconvert), in one interleaved run of whole processes, each into a fresh --out. Every
# workbook is the project's own Release publish (ReadyToRun).
# Usage: bench/run-engine.sh [ROUNDS=5] [BEFORE_REPO=/work/main] [BEFORE_REF=HEAD]
#   BEFORE_PUB=DIR, AFTER_PUB=DIR  reuse a publish of that side (a ReadyToRun publish takes minutes on a busy machine)
#   MIDDLE_REPO=DIR MIDDLE_PUB=DIR  a third workbook (a checkout and its publish), run from its checkout
#   PEER=0                          leave the Python peer out
#   WORKBOOK_BROWSER=PATH           the same browser for every side
# The engine change is 5dbb818 (its first parent, 241173f, is the last in-process engine).
set -euo pipefail
export LC_ALL=C
repo="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-5}"
before_repo="${2:-/work/main}"
before_ref="${3:-HEAD}"
work="$(mktemp -d "${TMPDIR:-/tmp}/workbook-engine-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# Each side finds its browser as a user's would (the headless shell where the side prefers it); WORKBOOK_BROWSER=PATH
# gives every side the same one.

git clone -q "$before_repo" "$work/before"
git -C "$work/before" checkout -q "$before_ref"
# After runs from a fresh clone of this checkout's HEAD too: the runner's write guard watches the folder it runs in,
# and a working tree with build folders (bin/, obj/: 700 folders against 200) costs each notebook 10 to 40 ms more to
# watch than a clean one, which is no part of either engine.
git clone -q "$repo" "$work/after"
publish() { # side, source folder; prints the publish folder
  local side="$1" src="$2"
  echo "publishing $side ($src)" >&2
  dotnet publish "$src/src/Workbook" -c Release -o "$work/pub-$side" --nologo -v q >"$work/publish-$side.log" 2>&1 \
    || { tail -n 30 "$work/publish-$side.log" >&2; exit 1; }
  echo "$work/pub-$side"
}
pub_before="${BEFORE_PUB:-$(publish before "$work/before")}"
pub_after="${AFTER_PUB:-$(publish after "$repo")}"

peer="$(cd "$repo/.." && pwd)/shared/peers/python/run.sh"
job=(notebooks/02-cost-comparison.dib notebooks/03-funding.dib notebooks/04-adoption.dib --formats html,svg,png --force)
timed() { # name, then the command; appends "seconds" to $work/<name>.txt
  local name="$1"; shift
  /usr/bin/time -f '%e' -o "$work/t" "$@" >"$work/$name.out" 2>&1 || { tail -n 20 "$work/$name.out"; echo "$name failed" >&2; exit 1; }
  cat "$work/t" >>"$work/$name.txt"
  cut -d' ' -f1 /proc/loadavg >>"$work/load.txt"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 0 "$rounds"); do
  rm -rf "$work"/out-*
  (cd "$work/before" && timed before "$pub_before/workbook" run "${job[@]}" --out "$work/out-before")
  if [ -n "${MIDDLE_PUB:-}" ]; then (cd "$MIDDLE_REPO" && timed middle "$MIDDLE_PUB/workbook" run "${job[@]}" --out "$work/out-middle"); fi
  (cd "$work/after" && timed after "$pub_after/workbook" run "${job[@]}" --out "$work/out-after")
  if [ "${PEER:-1}" != 0 ] && [ -f "$peer" ]; then timed peer bash "$peer"; fi
  if [ "$i" = 0 ]; then rm -f "$work"/{before,middle,after,peer,load}.txt; fi  # the first round warms the disk cache
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); 1-minute load after each job: min $(sort -n "$work/load.txt" | head -1), max $(sort -n "$work/load.txt" | tail -1)"
for name in before middle after peer; do
  [ -f "$work/$name.txt" ] || continue
  printf '%-8s n=%d median %6.2f s  (min %s, max %s)  runs: %s\n' "$name" "$(wc -l <"$work/$name.txt")" "$(median <"$work/$name.txt")" \
    "$(sort -n "$work/$name.txt" | head -1)" "$(sort -n "$work/$name.txt" | tail -1)" "$(paste -sd' ' "$work/$name.txt")"
done
if [ -f "$work/before.txt" ]; then
  paste "$work/before.txt" "$work/after.txt" | awk '{ printf "%.3f\n", $2 / $1 }' | sort -n >"$work/ratio.txt"
  printf 'after / before, per round: median %.2f (min %s, max %s)\n' "$(median <"$work/ratio.txt")" "$(head -1 "$work/ratio.txt")" "$(tail -1 "$work/ratio.txt")"
fi
