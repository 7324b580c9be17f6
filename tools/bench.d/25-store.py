# tools/bench.d/25-store.py — the document layer on the large organisation
#
# Copyright 2026 The DPP2 Toolkit authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# dpp2-bench-store generates the default large organisation (2,000 people, 20,000 cards with
# history), opens it and times single edits, undo and redo.
# Goals (issue 3): generating ≤ 3 s; one edit (commit + model notification) median ≤ 5 ms.
# Each commit is durable (journal_mode=DELETE, synchronous=FULL), so on disk an edit costs
# the disk's fsync time; the same run on a memory-backed folder (/dev/shm) shows the
# program's own share.
import os
import shutil
import subprocess
import tempfile

import benchlib

RUNS = os.environ.get("DPP2_BENCH_RUNS", "5")
STORE = os.path.join(benchlib.BUILD, "src", "tools", "dpp2-bench-store")
GOALS_MS = {"generate": 3000.0, "edit": 5.0}


def figure(workdir):
    subprocess.run(["ninja", "-C", benchlib.BUILD, "src/tools/dpp2-bench-store"], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not os.access(STORE, os.X_OK):
        print("skipped: %s is not built yet" % STORE)
        return
    print("on disk (%s):" % workdir)
    run(workdir)
    if os.path.isdir("/dev/shm"):
        shm = tempfile.mkdtemp(prefix="dpp2-bench-", dir="/dev/shm")
        try:
            print("in memory (/dev/shm, no fsync cost):")
            run(shm)
        finally:
            shutil.rmtree(shm, ignore_errors=True)


def run(folder):
    done = subprocess.run([STORE, folder, RUNS], capture_output=True, text=True)
    if done.returncode != 0:
        raise benchlib.BenchError("dpp2-bench-store failed:\n%s" % done.stderr[-2000:])
    for line in done.stdout.splitlines():
        name, *fields = line.split()
        values = dict(field.split("=") for field in fields)
        median = float(values["median-ms"])
        text = "  %-10s median %9.2f ms  (min %s, max %s, %s runs)" % (
            name, median, values["min-ms"], values["max-ms"], values["runs"])
        if name in GOALS_MS:
            goal = GOALS_MS[name]
            text += "  ratio to goal %.2f  (goal ≤ %g ms: %s)" % (
                median / goal, goal, "met" if median <= goal else "NOT met")
        print(text, flush=True)


benchlib.main(figure)
