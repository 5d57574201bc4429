#!/usr/bin/env bash
# `workbook run 02 03 04 --formats html,svg,png --force` before (main: in-process Roslyn scripting) and after (this
# branch: notebooks in kernel processes), and the Python peer (Jupyter + pandas + plotly through nbconvert), in one
# interleaved run of whole processes. Both workbooks are the project's own Release publish (ReadyToRun).
# Usage: bench/run-engine.sh [ROUNDS=5] [BEFORE_REPO=/work/main]
set -euo pipefail
export LC_ALL=C
repo="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-5}"
before_repo="${2:-/work/main}"
work="$(mktemp -d "${TMPDIR:-/tmp}/workbook-engine-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export WORKBOOK_BROWSER="${WORKBOOK_BROWSER:-$(command -v chromium)}"

git clone -q "$before_repo" "$work/before"
for side in before after; do
  src="$repo"; [ "$side" = before ] && src="$work/before"
  echo "publishing $side ($src)"
  dotnet publish "$src/src/Workbook" -c Release -o "$work/pub-$side" --nologo -v q >"$work/publish-$side.log" 2>&1 \
    || { tail -n 30 "$work/publish-$side.log"; exit 1; }
done

peer="$(cd "$repo/.." && pwd)/shared/peers/python/run.sh"
job=(notebooks/02-cost-comparison.dib notebooks/03-funding.dib notebooks/04-adoption.dib --formats html,svg,png --force)
timed() { # name, then the command; appends "seconds" to $work/<name>.txt
  local name="$1"; shift
  /usr/bin/time -f '%e' -o "$work/t" "$@" >"$work/$name.out" 2>&1 || { tail -n 20 "$work/$name.out"; echo "$name failed" >&2; exit 1; }
  cat "$work/t" >>"$work/$name.txt"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 0 "$rounds"); do
  (cd "$work/before" && timed before "$work/pub-before/workbook" run "${job[@]}" --out "$work/out-before")
  (cd "$repo" && timed after "$work/pub-after/workbook" run "${job[@]}" --out "$work/out-after")
  if [ -x "$peer" ] || [ -f "$peer" ]; then timed peer bash "$peer"; fi
  if [ "$i" = 0 ]; then rm -f "$work"/{before,after,peer}.txt; fi  # the first round warms the disk cache
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in before after peer; do
  [ -f "$work/$name.txt" ] || continue
  printf '%-8s n=%d median %6.2f s  (min %s, max %s)\n' "$name" "$(wc -l <"$work/$name.txt")" "$(median <"$work/$name.txt")" \
    "$(sort -n "$work/$name.txt" | head -1)" "$(sort -n "$work/$name.txt" | tail -1)"
done
