#!/usr/bin/env bash
# Times the published `workbook run` as a whole process: one cold run, N full runs into fresh output folders, and N
# no-change reruns into an output folder that is already up to date. Reports median, min and max wall time, the
# median peak RSS and the range of the 1-minute load average seen before the runs. The publish is the project's own
# (ReadyToRun for this machine, see src/Workbook/Workbook.csproj). Usage: bench/run-workbook.sh [N=5] [extra arguments
# for `workbook run`...], e.g. the three-notebook job:
#   bench/run-workbook.sh 5 notebooks/01-claims-overview.dib notebooks/02-cost-comparison.dib notebooks/03-funding.dib --formats html,svg,png
# WORKBOOK_TIMINGS=1 makes each run print its phases; the last full run's are shown at the end.
set -euo pipefail
export LC_ALL=C

repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
shift || true
extra=("$@")
work="$(mktemp -d "${TMPDIR:-/tmp}/workbook-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
pub="$work/publish"

echo "publishing src/Workbook (Release) to $pub"
dotnet publish "$repo/src/Workbook" -c Release -o "$pub" --nologo -v quiet >"$work/publish.log" 2>&1 \
  || { tail -n 30 "$work/publish.log"; echo "publish failed" >&2; exit 1; }
if ! "$pub/workbook" run --help >/dev/null 2>&1; then
  echo "the published workbook has no 'run' command yet; nothing to time" >&2
  exit 3
fi

# The workbook resolves data/ and notebooks/ against the current folder, which is the repository root.
cd "$repo"

# One timed run: wall seconds and peak RSS (KiB) from GNU time, appended to the named results file.
timed() {
  local results="$1"; shift
  local log="$work/time.log"
  cut -d' ' -f1 /proc/loadavg >>"$work/load.txt"
  if ! /usr/bin/time -f '%e %M' -o "$log" "$pub/workbook" run "$@" "${extra[@]}" >"$work/run.out" 2>&1; then
    tail -n 20 "$work/run.out"; echo "workbook run failed" >&2; exit 1
  fi
  tail -n 1 "$log" >>"$results"
}

# Median of a column of numbers read from stdin (plain awk, no gawk extensions).
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Median, min and max wall seconds (column 1) and median peak RSS (column 2, KiB) of a results file.
summary() {
  local name="$1" file="$2"
  local n med min max rss
  n=$(wc -l <"$file")
  med=$(cut -d' ' -f1 "$file" | median)
  min=$(cut -d' ' -f1 "$file" | sort -n | head -n 1)
  max=$(cut -d' ' -f1 "$file" | sort -n | tail -n 1)
  rss=$(cut -d' ' -f2 "$file" | median)
  printf '%-32s n=%-3d median %6.2f s   min %6.2f s   max %6.2f s   peak RSS median %5.0f MB\n' \
    "$name" "$n" "$med" "$min" "$max" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
timed "$work/cold.txt" --out "$work/out-cold"
for i in $(seq 1 "$runs"); do timed "$work/full.txt" --out "$work/out-full-$i"; cp "$work/run.out" "$work/full-last.out"; done
timed "$work/prime.txt" --out "$work/out-rerun"
for i in $(seq 1 "$runs"); do timed "$work/rerun.txt" --out "$work/out-rerun"; done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); 1-minute load before each run: $(sort -n "$work/load.txt" | head -n 1) to $(sort -n "$work/load.txt" | tail -n 1)"

summary "cold (first run after publish)" "$work/cold.txt"
summary "full run, fresh --out" "$work/full.txt"
summary "no-change rerun, same --out" "$work/rerun.txt"
if [ "${WORKBOOK_TIMINGS:-}" = 1 ]; then
  echo "phases of the last full run:"
  grep '^\[timing\]' "$work/full-last.out" || true
fi
