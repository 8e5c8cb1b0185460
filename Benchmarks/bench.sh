#!/usr/bin/env bash
# make bench: CongKhai against Hugo on the synthetic corpus of ../shared/tools/bench/gen_site.py.
#
# For each N: generate the corpus (N procedures, ~3 KB Vietnamese Markdown bodies, and the same
# site for Hugo), convert the neutral copy into a CongKhai Content/ (not timed), time the Markdown
# floor (cmark-gfm alone on every body), then build both in alternation after one warm-up each,
# from an empty output folder every time, with /usr/bin/time -v. CongKhai builds with its QR codes
# on (every procedure page, sheet and poster). Then three incremental rebuilds: nothing changed, one
# procedure body edited, one catalog row edited.
#
#   env: BENCH_SIZES="2000 10000"  RUNS=3  WORK=bench-work  GEN=../shared/tools/bench/gen_site.py
# Ends with one line per N:
#   bench N=… congkhai_s=… hugo_s=… time_ratio=… congkhai_rss_mib=… hugo_rss_mib=… rss_ratio=… floor_s=… floor_ratio=…
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
SIZES="${BENCH_SIZES:-2000 10000}"
RUNS="${RUNS:-3}"
WORK="${WORK:-$ROOT/bench-work}"
GEN="${GEN:-$ROOT/../shared/tools/bench/gen_site.py}"
AS_OF=2026-11-21
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

need=()
command -v hugo >/dev/null || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
if [ "${#need[@]}" -gt 0 ]; then
  echo "bench: installing ${need[*]} from Debian"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
[ -f "$GEN" ] || { echo "bench: corpus generator not found at $GEN (set GEN=…)" >&2; exit 2; }

(cd "$ROOT" && swift build -c release --product congkhai >/dev/null && swift build -c release --product markdown-floor >/dev/null)
CONGKHAI="$ROOT/.build/release/congkhai"
FLOOR="$ROOT/.build/release/markdown-floor"
echo "bench: $("$CONGKHAI" --version 2>/dev/null || echo congkhai) vs $(hugo version | cut -d' ' -f1-2); $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, runs=$RUNS"

# /usr/bin/time -v output → "seconds rss_kib"
measure() {
  local file=$1
  awk -F': ' '/Elapsed \(wall clock\)/{ n=split($2,t,":"); s=(n==3)? t[1]*3600+t[2]*60+t[3] : t[1]*60+t[2] }
              /Maximum resident set size/{ r=$2 } END { printf "%.3f %d\n", s, r }' "$file"
}
median() { sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
settle() { sync; sleep 2; }   # let the deleted tree's writeback settle outside the timing

run_congkhai() {  # $1 dir, $2 time file
  rm -rf "$1/out"; settle
  /usr/bin/time -v -o "$2" "$CONGKHAI" build --source "$1/content" --output "$1/out" --as-of "$AS_OF" --quiet
}
run_hugo() {
  rm -rf "$1/hugo-public" "$1/hugo/resources" "$1/hugo/.hugo_build.lock"; settle
  (cd "$1/hugo" && /usr/bin/time -v -o "$2" hugo --quiet -d "$1/hugo-public")
}

lines=()
for N in $SIZES; do
  dir="$WORK/$N"
  mkdir -p "$dir"
  python3 "$GEN" "$N" "$dir" --seed 1 >/dev/null
  python3 "$HERE/neutral_to_content.py" "$dir/neutral" "$dir/content" >/dev/null
  floor=$("$FLOOR" "$dir/neutral/bodies" | sed -n 's/^floor_s=\([0-9.]*\).*/\1/p')

  run_congkhai "$dir" "$dir/warmup-c.txt" >/dev/null
  run_hugo "$dir" "$dir/warmup-h.txt" >/dev/null
  c_times=(); c_rss=(); h_times=(); h_rss=()
  for run in $(seq 1 "$RUNS"); do
    run_congkhai "$dir" "$dir/c-$run.txt"
    read -r s r < <(measure "$dir/c-$run.txt"); c_times+=("$s"); c_rss+=("$r")
    run_hugo "$dir" "$dir/h-$run.txt"
    read -r hs hr < <(measure "$dir/h-$run.txt"); h_times+=("$hs"); h_rss+=("$hr")
    printf 'bench: N=%-6s run %s: congkhai %6.2f s %6.0f MiB | hugo %6.2f s %6.0f MiB\n' "$N" "$run" \
      "$s" "$(awk -v k="$r" 'BEGIN{print k/1024}')" "$hs" "$(awk -v k="$hr" 'BEGIN{print k/1024}')"
  done
  c_pages=$(find "$dir/out" -name '*.html' | wc -l); c_files=$(find "$dir/out" -type f ! -name '.*' | wc -l)
  h_pages=$(find "$dir/hugo-public" -name '*.html' | wc -l)
  cs=$(printf '%s\n' "${c_times[@]}" | median); hs=$(printf '%s\n' "${h_times[@]}" | median)
  cr=$(printf '%s\n' "${c_rss[@]}" | sort -g | tail -1); hr=$(printf '%s\n' "${h_rss[@]}" | sort -g | tail -1)

  # Incremental: the output of the last timed run is current.
  /usr/bin/time -v -o "$dir/inc-none.txt" "$CONGKHAI" build --source "$dir/content" --output "$dir/out" --as-of "$AS_OF" --quiet
  body=$(ls "$dir/content/data/thu-tuc" | sed -n '1p')
  printf '\nMột dòng sửa để đo lần tạo lại.\n' >> "$dir/content/data/thu-tuc/$body"
  /usr/bin/time -v -o "$dir/inc-one.txt" "$CONGKHAI" build --source "$dir/content" --output "$dir/out" --as-of "$AS_OF" --quiet
  python3 - "$dir/content/data/thu-tuc.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
rows[1][1] += " (sửa)"
csv.writer(open(sys.argv[1], "w", encoding="utf-8", newline=""), lineterminator="\n").writerows(rows)
PY
  /usr/bin/time -v -o "$dir/inc-row.txt" "$CONGKHAI" build --source "$dir/content" --output "$dir/out" --as-of "$AS_OF" --quiet
  read -r inc_none _ < <(measure "$dir/inc-none.txt"); read -r inc_one _ < <(measure "$dir/inc-one.txt")
  read -r inc_row _ < <(measure "$dir/inc-row.txt")

  awk -v n="$N" -v cs="$cs" -v hs="$hs" -v cr="$cr" -v hr="$hr" -v fl="$floor" -v cp="$c_pages" -v cf="$c_files" \
      -v hp="$h_pages" -v i0="$inc_none" -v i1="$inc_one" -v i2="$inc_row" 'BEGIN {
    printf "bench: N=%d  CongKhai median %.2f s, peak %.0f MiB, %d pages (%d files), %.0f pages/s\n", n, cs, cr/1024, cp, cf, cp/cs
    printf "bench: N=%d  Hugo     median %.2f s, peak %.0f MiB, %d pages, %.0f pages/s\n", n, hs, hr/1024, hp, hp/hs
    printf "bench: N=%d  time ratio %.3f, memory ratio %.3f; Markdown floor %.3f s (full build = %.1fx floor)\n", n, cs/hs, cr/hr, fl, cs/fl
    printf "bench: N=%d  CongKhai per page %.1f us; incremental: unchanged %.2f s, one body edited %.2f s (%.0f%% of full), one row edited %.2f s (%.0f%%)\n", n, cs/cp*1e6, i0, i1, i1/cs*100, i2, i2/cs*100
  }'
  lines+=("$(awk -v n="$N" -v cs="$cs" -v hs="$hs" -v cr="$cr" -v hr="$hr" -v fl="$floor" 'BEGIN {
    printf "bench N=%d congkhai_s=%.2f hugo_s=%.2f time_ratio=%.3f congkhai_rss_mib=%.0f hugo_rss_mib=%.0f rss_ratio=%.3f floor_s=%.2f floor_ratio=%.2f",
      n, cs, hs, cs/hs, cr/1024, hr/1024, cr/hr, fl, cs/fl }')")
done
for line in "${lines[@]}"; do echo "$line"; done
