# tools/bench.d/30-pages.py — showing each page of a large organisation
#
# Copyright 2026 The DPP2 Toolkit authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A document from dpp2-generate (2,000 people, 20,000 cards) open in a document window;
# dpp2-bench-pages switches to each registered page and times until the frame that shows it
# has been painted, and once times constructing each page with the document.
# Goal: showing a page ≤ 100 ms.
import os
import shutil
import subprocess

import benchlib

RUNS = os.environ.get("DPP2_BENCH_RUNS", "11")
PAGES = os.path.join(benchlib.BUILD, "src", "tools", "dpp2-bench-pages")
GOAL_MS = 100.0


def figure(workdir):
    subprocess.run(["ninja", "-C", benchlib.BUILD, "src/tools/dpp2-bench-pages"], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for program in (benchlib.GENERATE, PAGES):
        if not os.access(program, os.X_OK):
            print("skipped: %s is not built yet" % program)
            return
    document = os.path.join(workdir, "large.dpp2")
    subprocess.run([benchlib.GENERATE, document], check=True, stdout=subprocess.DEVNULL)
    copy = os.path.join(workdir, "large-copy.dpp2")
    shutil.copyfile(document, copy)
    env = benchlib.scratch_env(os.path.join(workdir, "home"))
    done = subprocess.run([PAGES, copy, RUNS], capture_output=True, text=True, env=env,
                          timeout=600)
    criticals = [line for line in done.stderr.splitlines() if "-CRITICAL **" in line]
    if done.returncode != 0 or criticals:
        raise benchlib.BenchError("dpp2-bench-pages failed:\n%s" % done.stderr[-2000:])
    for line in done.stdout.splitlines():
        if " show " in line:
            median = float(line.split("median", 1)[1].split()[0])
            line += "  (goal ≤ %.0f ms: %s)" % (GOAL_MS, "met" if median <= GOAL_MS else "NOT met")
        print(line, flush=True)


benchlib.main(figure)
