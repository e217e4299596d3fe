#!/usr/bin/env bash
# Every figure of issue 11's targets, one benchmark after the other, on a quiet machine.
#
#   bench/run_all.sh [--quick] [LOGDIR]
#
# 1. bench_match.py --no-scale: accuracy of 480 labelled quotations, then ms per quotation
#    against brute-force rapidfuzz partial_ratio_alignment over War and Peace, with recall.
# 2. bench_verify.py --repeat 3 --dask: 1,000 quotations x 100 MB in 20 texts and in 2,000;
#    import (s per 100 MB), verify and verify --anywhere with --workers 1 and 2 (3 runs each,
#    the median counts), on a Dask scheduler with 1 and 2 workers; peak memory of every process.
# 3. bench_report.py --rebuild: every report format for 20,000 verified claims.
#
# Each step's output goes to LOGDIR/<step>.log (and its figures to LOGDIR/*.json), with the
# load average and the commit; the tables printed are Markdown, for bench/RESULTS.md.
# --quick runs the smallest sizes (1 MB, 100 quotations, 500 claims: about 1 minute), to
# check that everything runs; its figures mean nothing. The texts come from ../shared/sources.
set -euo pipefail

quick=0
if [[ "${1:-}" == "--quick" ]]; then
  quick=1
  shift
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
logdir="${1:-$root/bench/out/run-$(date -u +%Y%m%d-%H%M)}"
py="$root/.venv/bin/python"
mkdir -p "$logdir"

if ((quick)); then
  workdir="$logdir/work"  # small corpora, apart from the full run's
  match=(--quick --no-scale)
  verify=(--quick --dask)
  report=(--quick --rebuild)
  echo "run_all --quick: expected about 1 minute (56 s at load 2)"
else
  workdir=/tmp/benchwork  # the 100 MB corpus is built once there and reused
  match=(--no-scale)
  verify=(--repeat 3 --dask)
  report=(--rebuild)
  # From the runs in bench/RESULTS.md (the shared 2-core VM, load 2-5): bench_match
  # --no-scale about 1 min; bench_verify about 9 min (per layout: import 35-72 s for 20 texts,
  # 80-114 s for 2,000; 12 local verify runs of 3-9 s; 4 on Dask of 7-17 s), plus about 2 min
  # if /tmp/benchwork holds no 100 MB corpus yet; bench_report about 3 min (20,000 claims
  # verified once, then 6 formats of 3-6 s).
  echo "run_all: expected about 15 minutes (13-17), logs in $logdir"
fi

{
  echo "commit: $(git -C "$root" rev-parse --short HEAD) ($(git -C "$root" status --porcelain \
    | wc -l) uncommitted changes)"
  echo "start: $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$logdir/run.log"

step() {
  local name="$1"
  shift
  local t0=$SECONDS
  echo "== $name: $*" | tee -a "$logdir/run.log"
  (cd "$root" && "$py" "$@") 2>&1 | tee "$logdir/$name.log"
  echo "== $name: $((SECONDS - t0)) s, load average $(cut -d' ' -f1-3 /proc/loadavg)" \
    | tee -a "$logdir/run.log"
}

step match bench/bench_match.py "${match[@]}" --workdir "$workdir" --out "$logdir"
step verify bench/bench_verify.py "${verify[@]}" --workdir "$workdir" --out "$logdir"
step report bench/bench_report.py "${report[@]}" --workdir "$workdir" --out "$logdir"

echo "end: $(date -u +%FT%TZ), total $SECONDS s; logs and figures in $logdir" \
  | tee -a "$logdir/run.log"
