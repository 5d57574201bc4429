#!/usr/bin/env bash
# The loader against the pandas peer, as whole processes run in turn (A B A B ...): the bench's one-load process
# (`peak --rows N --method claims`: ClaimsDataset.Load of N generated claims, every schema and claim check) and
# `../shared/peers/python/scale.py time` (pandas read_csv of N claims of its own generator, plus its checks). Each
# run is timed by GNU time: wall seconds, CPU seconds (user + sys) and peak RSS. Prints every run, then the medians
# and the ratios of ours to pandas'. Data is generated once, before any run is timed.
# Usage: bench/vs-pandas.sh [PAIRS=5] [ROWS=1000000]
set -euo pipefail
export LC_ALL=C

repo="$(cd "$(dirname "$0")/.." && pwd)"
pairs="${1:-5}"
rows="${2:-1000000}"
peer="$repo/../shared/peers/python/scale.py"
python=/usr/bin/python3
[ -f "$peer" ] || { echo "the pandas peer is not beside the repository ($peer); nothing to compare" >&2; exit 3; }
"$python" -c 'import pandas' 2>/dev/null || { echo "$python has no pandas (apt-get install python3-pandas)" >&2; exit 3; }

work="$(mktemp -d "${TMPDIR:-/tmp}/vs-pandas.XXXXXX")"
trap 'rm -rf "$work"' EXIT
scratch="${ANALYSISHELPERS_BENCH_DATA:-${TMPDIR:-/tmp}/analysishelpers-bench}"
mkdir -p "$scratch"
pandas_csv="$scratch/pandas-claims-$rows.csv"

echo "building bench/AnalysisHelpers.Bench (Release)"
dotnet build "$repo/bench/AnalysisHelpers.Bench" -c Release --nologo -v quiet >"$work/build.log" 2>&1 \
  || { tail -n 30 "$work/build.log"; echo "build failed" >&2; exit 1; }
bench=(dotnet "$repo/bench/AnalysisHelpers.Bench/bin/Release/net10.0/AnalysisHelpers.Bench.dll")

# Data first, untimed: the bench generates its folder on first use; the peer's file is made by its own generator.
"${bench[@]}" peak --rows "$rows" --method baseline >/dev/null
[ -f "$pandas_csv" ] || "$python" "$peer" gen "$rows" "$pandas_csv" >/dev/null

run() {
  local name="$1"; shift
  cut -d' ' -f1 /proc/loadavg >>"$work/load.txt"
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" >"$work/out.txt" 2>&1 \
    || { cat "$work/out.txt"; echo "$name failed" >&2; exit 1; }
  read -r wall user sys rss <"$work/time.txt"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  echo "$wall $cpu $rss" >>"$work/$name.txt"
  printf '%-8s wall %6.2f s  CPU %6.2f s  peak RSS %5d MB\n' "$name" "$wall" "$cpu" "$((rss / 1024))"
}

for i in $(seq 1 "$pairs"); do
  run loader "${bench[@]}" peak --rows "$rows" --method claims
  run pandas "$python" "$peer" time "$pandas_csv"
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { cut -d' ' -f"$2" "$work/$1.txt" | median; }
lw=$(col loader 1); lc=$(col loader 2); lm=$(col loader 3)
pw=$(col pandas 1); pc=$(col pandas 2); pm=$(col pandas 3)
echo
echo "rows: $rows, pairs: $pairs, 1-minute load average before the runs: $(sort -n "$work/load.txt" | head -n1) to $(sort -n "$work/load.txt" | tail -n1)"
printf '| process | wall s (median) | CPU s (median) | peak RSS MB (median) |\n|---|---:|---:|---:|\n'
printf '| loader (ClaimsDataset.Load) | %.2f | %.2f | %d |\n' "$lw" "$lc" "$((${lm%.*} / 1024))"
printf '| pandas (scale.py time) | %.2f | %.2f | %d |\n' "$pw" "$pc" "$((${pm%.*} / 1024))"
awk -v a="$lw" -v b="$pw" -v c="$lc" -v d="$pc" -v e="$lm" -v f="$pm" \
  'BEGIN { printf "| loader / pandas | %.2f | %.2f | %.2f |\n", a / b, c / d, e / f }'
