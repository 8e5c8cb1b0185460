#!/usr/bin/env bash
# make bench-templates: issue 25, stage A. The procedure detail pages through today's
# TemplateEncoder + swift-mustache and through the compiled engine (Sources/Templates), from the
# same views, on the example site and on the synthetic corpus of ../shared/tools/bench/gen_site.py:
# byte identity (against today's build in memory and against the files `congkhai build` wrote),
# compile time of the theme, and µs per page (paired renders, medians). See bench-templates.
#
#   env: TEMPLATES_N=2000  RUNS=3  WORK=bench-work  GEN=../shared/tools/bench/gen_site.py
#
# bench-templates reads CongKhai's internal views (@testable import), so it is built with
# -enable-testing, in its own scratch folder (the release build of congkhai is not affected).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
N="${TEMPLATES_N:-2000}"
RUNS="${RUNS:-3}"
WORK="${WORK:-$ROOT/bench-work}"
GEN="${GEN:-$ROOT/../shared/tools/bench/gen_site.py}"
AS_OF=2026-11-21
SCRATCH="$ROOT/.build/bench-templates"

[ -f "$GEN" ] || { echo "bench-templates: corpus generator not found at $GEN (set GEN=…)" >&2; exit 2; }
mkdir -p "$WORK/templates"
WORK="$(cd "$WORK" && pwd)/templates"

(cd "$ROOT" && swift build -c release --product congkhai >/dev/null \
  && swift build -c release -Xswiftc -enable-testing --scratch-path "$SCRATCH" --product bench-templates >/dev/null)
CONGKHAI="$ROOT/.build/release/congkhai"
BENCH="$SCRATCH/release/bench-templates"
echo "bench-templates: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), rounds=$RUNS"

status=0
run() {  # $1 label, $2 content folder
  local out="$WORK/$1-public"
  rm -rf "$out" "$WORK/.$1-public.congkhai"
  "$CONGKHAI" build --source "$2" --output "$out" --as-of "$AS_OF" --quiet
  echo "== $1"
  "$BENCH" --content "$2" --as-of "$AS_OF" --rounds "$RUNS" --written "$out" || status=1
}

run example "$ROOT/Content"

corpus="$WORK/corpus-$N"
if [ ! -d "$corpus/content" ]; then
  rm -rf "$corpus"
  python3 "$GEN" "$N" "$corpus/generated" --seed 1 >/dev/null
  python3 "$HERE/neutral_to_content.py" "$corpus/generated/neutral" "$corpus/content" >/dev/null
fi
run "corpus-$N" "$corpus/content"
exit $status
