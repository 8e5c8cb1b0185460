#!/usr/bin/env python3
"""Save-to-served of `congkhai serve`: edits a page of a site again and again and times how long
until the preview serves it (status generation moved on and the page shows the new text), and until
the terminal says it noticed ("Đã sửa"). Restores the page at the end.

Usage: Benchmarks/save_to_served.py BINARY SITE_DIR [TRIALS]   (SITE_DIR from `congkhai new`;
the output goes to SITE_DIR/out)
"""
import json, os, signal, subprocess, sys, time, urllib.request, re, statistics
bin_, site = sys.argv[1], sys.argv[2]
trials = int(sys.argv[3]) if len(sys.argv) > 3 else 15
content = os.path.join(site, "Content")
out = os.path.join(site, "out")
proc = subprocess.Popen([bin_, "serve", "--source", content, "--output", out, "--port", "0", "--as-of", "2026-11-21", "-q"],
                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
line = ""
while "127.0.0.1" not in line:
    line = proc.stdout.readline()
port = re.search(r"127\.0\.0\.1:(\d+)", line).group(1)
import threading
seen = []
def reader():
    for l in proc.stdout:
        if "Đã sửa" in l: seen.append(time.monotonic())
threading.Thread(target=reader, daemon=True).start()
detect = []
def get(path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}") as r:
        return r.read().decode()
page = os.path.join(content, "pages", "gioi-thieu.md")
original = open(page, encoding="utf-8").read()
times = []
time.sleep(1.0)
try:
    for i in range(trials):
        gen = json.loads(get("/__congkhai/status"))["generation"]
        marker = f"Đo lần {i} {time.time()}"
        start = time.monotonic()
        with open(page, "w", encoding="utf-8") as f:
            f.write(original + "\n\n" + marker + "\n")
        while True:
            if json.loads(get("/__congkhai/status"))["generation"] != gen and marker in get("/gioi-thieu/"):
                break
            time.sleep(0.005)
        times.append(time.monotonic() - start)
        later = [t for t in seen if t >= start]
        if later: detect.append(later[0] - start)
        time.sleep(0.7)
finally:
    open(page, "w", encoding="utf-8").write(original)
    time.sleep(0.8)
    proc.send_signal(signal.SIGTERM)
    proc.wait()
times_ms = sorted(round(t * 1000) for t in times)
print("save-to-detected ms:", sorted(round(t*1000) for t in detect), "median", statistics.median(sorted(round(t*1000) for t in detect)) if detect else None)
print("save-to-served ms:", times_ms, "median", statistics.median(times_ms))
