#!/usr/bin/env python3
"""The attack run of issue 26, repeatable: real `congkhai` processes against the example site.

    python3 Tests/attack/attack_run.py .build/release/congkhai [--seed 26] [--trials 40] [--quick]

Kills at random instants (full, incremental and package runs, half of them with the slow-rename
shim so that kills land inside the writes and the switch), a package beside a build, files the
webmaster drops, replaces or deletes in the output during a build, a battery of personal data
written by this script (independently of the Swift scanners) and planted in every published field,
a full disk under builds and packages, and the preview under a flood, a trickle and foreign Hosts.
Prints one line per part with its counts and what held; exits 1 when anything did not.
It needs root only for the tmpfs of the full-disk part (skipped with a note otherwise).
"""
import argparse
import hashlib
import os
import random
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
AS_OF = "2026-11-21"
failures = []


def note(part, ok, text):
    print(f"attack: {part}: {text}{'' if ok else '  <-- FAILED'}", flush=True)
    if not ok:
        failures.append(part)


def tree(folder):
    """Every regular file under folder with its bytes, without CongKhai's own record."""
    result = {}
    for base, dirs, files in os.walk(folder):
        rel = os.path.relpath(base, folder)
        if rel == ".congkhai" or rel.startswith(".congkhai/"):
            continue
        for name in files:
            path = os.path.normpath(os.path.join(rel, name))
            if path.startswith(".congkhai/"):
                continue
            full = os.path.join(base, name)
            if os.path.islink(full):
                continue
            with open(full, "rb") as f:
                result[path] = f.read()
    return result


class Project:
    """The example site in two versions, built clean once each, and an output to attack."""

    def __init__(self, binary, work):
        self.binary, self.work = binary, work
        self.versions = []
        for index in range(2):
            content = os.path.join(work, f"v{index}", "Content")
            shutil.copytree(os.path.join(ROOT, "Content"), content)
            self.versions.append(content)
        # Version 1 changes most pages: a renamed commune, a new page, a notice gone, a procedure renamed.
        v1 = self.versions[1]
        with open(os.path.join(v1, "site.yaml"), encoding="utf-8") as f:
            config = f.read()
        with open(os.path.join(v1, "site.yaml"), "w", encoding="utf-8") as f:
            f.write(config.replace("title:", "title: Bản mới -", 1) if "title:" in config else config + "\ndescription: Bản mới\n")
        with open(os.path.join(v1, "pages", "moi.md"), "w", encoding="utf-8") as f:
            f.write("---\ntitle: Trang mới\n---\nMới.\n")
        os.remove(os.path.join(v1, "notices", "2026-11-16-nghi-ngay-van-hoa.md"))
        for index, content in enumerate(self.versions):
            subprocess.run(self.args("build", index, output=os.path.join(work, f"clean{index}")), check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.clean = [tree(os.path.join(work, f"clean{i}")) for i in range(2)]
        self.output = os.path.join(work, "site", "public")
        os.makedirs(os.path.dirname(self.output), exist_ok=True)

    def args(self, command, version, output=None):
        return [self.binary, command, "--quiet", "--source", self.versions[version], "--output", output or self.output, "--as-of", AS_OF]

    def served(self):
        current = tree(self.output) if os.path.isdir(self.output) else None
        for index, clean in enumerate(self.clean):
            if current == clean:
                return index
        return None

    def run(self, command, version, env=None):
        return subprocess.run(self.args(command, version), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def compile_shim(work):
    library = os.path.join(work, "slow-rename.so")
    source = os.path.join(ROOT, "Tests/CongKhaiTests/Fixtures/crash/slow-rename.c")
    result = subprocess.run(["cc", "-shared", "-fPIC", "-O1", "-o", library, source, "-ldl"], stderr=subprocess.DEVNULL)
    return library if result.returncode == 0 else None


def zip_state(zip_path):
    """None without a ZIP; else the version it holds whole, or 'mixed'."""
    if not os.path.exists(zip_path):
        return None
    try:
        with zipfile.ZipFile(zip_path) as archive:
            entries = {name: archive.read(name) for name in archive.namelist()}
    except Exception:
        return "broken"
    sums = entries.pop("SHA256SUMS", b"").decode()
    digests = dict(reversed(line.split("  ", 1)) for line in sums.splitlines() if "  " in line)
    if digests != {path: hashlib.sha256(data).hexdigest() for path, data in entries.items()}:
        return "sums-mismatch"
    return entries


def kills(project, rng, trials, shim):
    duration = {}
    for kind in ("full", "incremental", "package"):
        start = time.time()
        if kind == "full":
            shutil.rmtree(project.output, ignore_errors=True)
            shutil.rmtree(os.path.join(os.path.dirname(project.output), ".public.congkhai"), ignore_errors=True)
        project.run("package" if kind == "package" else "build", 1 if kind == "incremental" else 0)
        duration[kind] = time.time() - start
    counts = {}
    broken = []
    zip_path = project.output + ".zip"
    for trial in range(trials * 3):
        kind = ("full", "incremental", "package")[trial % 3]
        slow = shim is not None and trial % 2 == 1
        before = project.served()
        target = 1 - before if before is not None else 0
        if kind == "full":
            shutil.rmtree(project.output, ignore_errors=True)
            shutil.rmtree(os.path.join(os.path.dirname(project.output), ".public.congkhai"), ignore_errors=True)
            before = None
        zip_before = zip_state(zip_path)
        env = dict(os.environ, LD_PRELOAD=shim) if slow else None
        process = subprocess.Popen(project.args("package" if kind == "package" else "build", target), env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, duration[kind] * (3.0 if slow else 1.2)))
        process.send_signal(signal.SIGKILL)
        process.wait()
        served = project.served()
        allowed = {target} | ({before} if before is not None else set())
        whole = served in allowed or (served is None and before is None and not os.path.isdir(project.output))
        if not whole:
            broken.append(f"{kind} trial {trial}: output is no version whole")
        if kind == "package":
            state = zip_state(zip_path)
            if state in ("broken", "sums-mismatch"):
                broken.append(f"package trial {trial}: ZIP {state}")
            elif state is not None and state != zip_before and state not in project.clean:
                broken.append(f"package trial {trial}: ZIP mixes versions")
        counts[(kind, slow)] = counts.get((kind, slow), 0) + 1
        # The next run repairs whatever the kill left.
        repaired = project.run("package" if kind == "package" else "build", target)
        if repaired.returncode != 0 or project.served() != target:
            broken.append(f"{kind} trial {trial}: the next run did not repair ({repaired.stderr.strip()[:120]})")
    summary = ", ".join(f"{kind}{' (slowed)' if slow else ''} {n}" for (kind, slow), n in sorted(counts.items()))
    note("kills", not broken, f"{sum(counts.values())} kills ({summary}); whole after every kill and repaired by the next run: "
         f"{'yes' if not broken else '; '.join(broken[:5])}")


def package_beside_build(project, rng, trials):
    zip_path = project.output + ".zip"
    bad = []
    for trial in range(trials):
        packaged, built = trial % 2, 1 - trial % 2
        package = subprocess.Popen(project.args("package", packaged), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, 0.3))
        build = subprocess.Popen(project.args("build", built), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        package.wait(); build.wait()
        state = zip_state(zip_path)
        if package.returncode != 0 or build.returncode != 0:
            bad.append(f"trial {trial}: exit {package.returncode}/{build.returncode}")
        elif state != project.clean[packaged]:
            bad.append(f"trial {trial}: ZIP is {'mixed' if isinstance(state, dict) else state}")
    note("package beside build", not bad, f"{trials} trials, ZIP exactly the packaged version with matching SHA256SUMS: "
         f"{trials - len(bad)}/{trials}{'' if not bad else ' ' + '; '.join(bad[:4])}")


def drops(project, rng, trials, shim):
    """Files the webmaster drops, replaces or deletes in the output while a build runs."""
    state = os.path.join(os.path.dirname(project.output), ".public.congkhai")
    kept, set_aside, lost = 0, 0, []
    replaced_ok, deleted_ok, actions = 0, 0, {"drop": 0, "replace": 0, "delete": 0}
    project.run("build", 0)
    carried = os.path.join(project.output, "xac-minh-cu.html")
    for trial in range(trials):
        action = ("drop", "drop", "replace", "delete")[trial % 4]
        actions[action] += 1
        target = 1 - (project.served() or 0)
        if action != "drop":
            with open(carried, "w") as f:
                f.write("cũ")
            project.run("build", 1 - target)
        folder = rng.choice(["", "thong-bao/", "thu-tuc-hanh-chinh/", "tai-lieu/"])
        name = f"{folder}tha-{trial}.pdf"
        payload = f"tệp {trial} {rng.random()}".encode()
        env = dict(os.environ, LD_PRELOAD=shim) if shim else None
        process = subprocess.Popen(project.args("build", target), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.02, 0.6))
        if action == "drop":
            path = os.path.join(project.output, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(payload)
        elif action == "replace":
            temporary = carried + ".tmp"
            with open(temporary, "w") as f:
                f.write("mới")
            os.rename(temporary, carried)
        else:
            try:
                os.remove(carried)
            except FileNotFoundError:
                pass
        process.wait()
        for _ in range(2):
            project.run("build", rng.randrange(2))
        if action == "drop":
            here = os.path.join(project.output, name)
            aside = [os.path.join(b, f) for b, _, fs in os.walk(os.path.join(state, "giu-lai")) for f in fs
                     if f.startswith(f"tha-{trial}.pdf")]
            if os.path.exists(here) and open(here, "rb").read() == payload:
                kept += 1
            elif any(open(p, "rb").read() == payload for p in aside):
                set_aside += 1
            else:
                lost.append(name)
        elif action == "replace":
            replaced_ok += os.path.exists(carried) and open(carried).read() == "mới"
        else:
            deleted_ok += not os.path.exists(carried)
    ok = not lost and replaced_ok == actions["replace"] and deleted_ok == actions["delete"]
    note("drops during builds", ok,
         f"{trials} trials ({actions['drop']} drops: {kept} served, {set_aside} set aside, {len(lost)} lost; "
         f"{actions['replace']} replacements served as replaced: {replaced_ok}; {actions['delete']} deletions kept deleted: {deleted_ok})")


def personal_data(binary, work, rng):
    """An independent battery: forms written here, not by the Swift corpus."""
    mobiles = [f"0{p}{rng.randrange(10**7):07d}" for p in ("86", "96", "97", "98", "32", "33", "70", "76", "77", "81", "83", "88", "91", "94", "56", "58")]
    cccds = [f"{rng.choice(['001', '031', '048', '051', '079', '092'])}{rng.randrange(4)}{rng.randrange(10**8):08d}" for _ in range(8)]
    def fw(s):
        return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)
    forms = []
    for m in mobiles:
        n = m[1:]
        forms += [(m, n), (f"{m[:4]} {m[4:7]} {m[7:]}", n), (f"{m[:4]}.{m[4:7]}.{m[7:]}", n), (f"+84 {n[:3]} {n[3:6]} {n[6:]}", n),
                  (f"(+84) {n[:3]}-{n[3:6]}-{n[6:]}", n), (f"0084{n}", n), (f"{m[:4]}/{m[4:7]}/{m[7:]}", n), (fw(m), n),
                  ("\u200b".join(m), n), (f"SĐT: {n}", n)]
    for c in cccds:
        forms += [(f"CCCD {c}", c[1:]), (f"{c[:3]} {c[3:6]} {c[6:9]} {c[9:]}", c[1:]), (f"{c},ông Ba", c[1:]), (fw(c), c[1:]),
                  (f"số định danh {c[1:]}", c[1:])]
    for i in range(10):
        local = f"congdan.thu{i}{rng.randrange(100)}"
        forms += [(f"{local}@gmail.com", local), (f"{local} @yahoo.com.vn", local), (f"{local}＠outlook.com", local), (f"{local}@gmail", local)]
    for i in range(8):
        forms += [(f"số {10 + i} đường Lê Lợi", f"so{10 + i}duongleloi"), (f"K{20 + i}/{i + 3} Hùng Vương", f"k{20 + i}{i + 3}"),
                  (f"trú tại tổ {i + 2}, khu phố {i + 1}, phường Trần Phú", f"to{i + 2}khupho{i + 1}phuongtranphu")]
    site = os.path.join(work, "pd")
    content = os.path.join(site, "Content")
    shutil.copytree(os.path.join(ROOT, "Content"), content)
    fields = {}
    slots = iter(forms)
    def take(field):
        text, needle = next(slots)
        fields.setdefault(field, []).append(needle)
        return text
    # Notices (title and body reach feed.xml), a page, detail files, catalog names and fees, a score note, register reasons.
    for day in range(10, 24):
        with open(os.path.join(content, "notices", f"2026-11-{day}-pd.md"), "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: \"Thông báo {take('notice title')}\"\ndate: {day}/11/2026\n---\nNội dung {take('notice body')}.\n")
    with open(os.path.join(content, "pages", "pd.md"), "w", encoding="utf-8") as f:
        f.write("---\ntitle: Liên hệ\n---\n" + "\n".join(f"- {take('page')}" for _ in range(20)) + "\n")
    details = sorted(os.listdir(os.path.join(content, "data", "thu-tuc")))
    for name in details:
        with open(os.path.join(content, "data", "thu-tuc", name), "a", encoding="utf-8") as f:
            f.write(f"\n\nLiên hệ: {take('detail file')}\n")
    import csv
    path = os.path.join(content, "data", "thu-tuc.csv")
    with open(path, encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    for row in rows[1:]:
        row[1] += " " + take("procedure name")
        row[4] += " " + take("procedure fee")
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    path = os.path.join(content, "data", "ho-so.csv")
    with open(path, encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    reason = rows[0].index("Lý do")
    for row in rows[1:]:
        try:
            row[reason] = take("register reason")
        except StopIteration:
            break
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    planted = sum(len(v) for v in fields.values())
    output = os.path.join(site, "public")
    result = subprocess.run([binary, "build", "--source", content, "--output", output, "--as-of", AS_OF],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    found = []
    texts = []
    for base, _, files in os.walk(output):
        for name in files:
            if name.rsplit(".", 1)[-1] in ("html", "htm", "xml", "json", "txt", "svg"):
                raw = open(os.path.join(base, name), encoding="utf-8", errors="replace").read()
                normalized = unicodedata.normalize("NFKC", raw).replace("\u200b", "").replace("\u2060", "")
                digits = re.findall(r"[0-9][0-9 .\-/()+,]*[0-9]", normalized)
                folded = "".join(ch for ch in unicodedata.normalize("NFKD", normalized.lower().replace("đ", "d"))
                                 if ch.isalnum() and ord(ch) < 128)
                texts.append((os.path.relpath(os.path.join(base, name), output), [re.sub(r"\D", "", d) for d in digits], folded))
    for field, needles in fields.items():
        for needle in needles:
            for path, numbers, folded in texts:
                if (needle.isdigit() and any(needle in n for n in numbers)) or (not needle.isdigit() and needle.lower() in folded):
                    found.append(f"{field}: {needle} in {path}")
    grouped = re.search(r"CK120 \((\d+) lần\)", result.stderr)
    warnings = int(grouped.group(1)) if grouped else result.stderr.count("CK120")
    note("personal data", result.returncode == 0 and not found,
         f"{planted} variants ({len(forms)} forms written by this script) planted in {len(fields)} kinds of field; "
         f"{len(texts)} output files read; published: {len(found)}{'' if not found else ' ' + '; '.join(found[:5])}; CK120 warnings: {warnings}")


def disk_full(binary, work, trials):
    if os.geteuid() != 0:
        note("disk full", True, "skipped: mounting a small tmpfs needs root")
        return
    mount = os.path.join(work, "small")
    os.makedirs(mount)
    bad, failed_cleanly, messages = [], 0, set()
    content = os.path.join(ROOT, "Content")
    for trial in range(trials):
        size = [3, 4, 5, 6, 7, 8][trial % 6]
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}m", "tmpfs", mount], check=True)
        try:
            output = os.path.join(mount, "public")
            first = subprocess.run([binary, "build", "--quiet", "--source", content, "--output", output, "--as-of", AS_OF],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            before = tree(output) if os.path.isdir(output) else None
            # A second build with another address changes every page, so it needs room for a whole
            # second copy and a ZIP: it fails on the full disk, half of the time as a package.
            command = "package" if trial % 2 else "build"
            second = subprocess.run([binary, command, "--quiet", "--source", content, "--output", output, "--as-of", AS_OF,
                                     "--base-url", "https://khac.example.vn/"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            after = tree(output) if os.path.isdir(output) else None
            english = re.search(r"No space|Error Domain|errno|The file", second.stderr + first.stderr)
            messages.add(second.stderr.strip().splitlines()[-1][:160] if second.stderr.strip() else "")
            if second.returncode != 0:
                failed_cleanly += 1
                if after != before or english:
                    bad.append(f"{size} MB: output changed or English ({(second.stderr.strip() or '')[:100]})")
            elif after is None:
                bad.append(f"{size} MB: no output")
        finally:
            subprocess.run(["umount", mount])
    note("disk full", not bad, f"{trials} runs on tmpfs of 3–8 MB ({failed_cleanly} failed for want of space): "
         f"output unchanged and message Vietnamese every time: {'yes' if not bad else '; '.join(bad[:3])}; "
         f"messages: {sorted(m for m in messages if m)[:2]}")


def preview(binary, work):
    site = os.path.join(work, "serve")
    shutil.copytree(os.path.join(ROOT, "Content"), os.path.join(site, "Content"))
    process = subprocess.Popen(["/bin/sh", "-c", 'ulimit -n 1024 && exec "$0" "$@"', binary, "serve", "--source",
                                os.path.join(site, "Content"), "--output", os.path.join(site, "public"), "--port", "0", "--as-of", AS_OF],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = ""
    while "Ctrl-C" not in line:
        line = process.stdout.readline()
        if not line:
            break
    port = int(re.search(r"127\.0\.0\.1:(\d+)", line).group(1))

    def get(host="127.0.0.1"):
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            s.sendall(f"GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
            return s.recv(64).decode(errors="replace")
    resource.setrlimit(resource.RLIMIT_NOFILE, (4096, max(4096, resource.getrlimit(resource.RLIMIT_NOFILE)[1])))
    flood = []
    for _ in range(1100):
        try:
            flood.append(socket.create_connection(("127.0.0.1", port), timeout=2))
        except OSError:
            break
    time.sleep(0.5)
    alive = process.poll() is None
    answered = False
    for _ in range(50):
        try:
            answered = get().startswith("HTTP/1.1 200")
        except OSError:
            pass
        if answered:
            break
        time.sleep(0.1)
    for s in flood:
        s.close()
    foreign = get("evil.example:%d" % port)
    trickle = socket.create_connection(("127.0.0.1", port))
    start, cut = time.time(), False
    for byte in b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX: " + b"a" * 400:
        try:
            trickle.send(bytes([byte]))
            trickle.settimeout(0.2)
            if trickle.recv(16) == b"":
                cut = True
                break
        except socket.timeout:
            continue
        except OSError:
            cut = True
            break
    waited = time.time() - start
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=20)
    ok = alive and answered and foreign.startswith("HTTP/1.1 421") and cut and process.returncode == 0
    note("preview", ok, f"1,100 connections under ulimit -n 1024 ({len(flood)} opened): still running {alive}, answering {answered}; "
         f"foreign Host → {foreign[:12]!r}; trickled request cut after {waited:.0f} s: {cut}; clean stop: {process.returncode == 0}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--seed", type=int, default=26)
    parser.add_argument("--trials", type=int, default=40)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    work = tempfile.mkdtemp(prefix="congkhai-attack-")
    binary = os.path.abspath(arguments.binary)
    try:
        shim = compile_shim(work)
        project = Project(binary, work)
        kills(project, rng, arguments.trials, shim)
        package_beside_build(project, rng, max(6, arguments.trials // 2))
        drops(project, rng, arguments.trials, shim)
        personal_data(binary, work, rng)
        disk_full(binary, work, 12)
        preview(binary, work)
    finally:
        subprocess.run(["umount", os.path.join(work, "small")], stderr=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)
    print(f"attack: {'all held' if not failures else 'FAILED: ' + ', '.join(failures)}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
