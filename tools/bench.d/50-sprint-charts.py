# tools/bench.d/50-sprint-charts.py — the sprint charts on a sprint with many cards
#
# Copyright 2026 The DPP2 Toolkit authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A document from dpp2-generate with 1,000 cards in one sprint; dpp2-bench-charts times what
# the charts redo after a change: read the history, compute burndown and flow, draw both.
# Goal: "charts after a change" within a frame (16 ms), since it runs in an idle after a move.
import os
import subprocess

import benchlib

RUNS = os.environ.get("DPP2_BENCH_RUNS", "21")
CHARTS = os.path.join(benchlib.BUILD, "src", "tools", "dpp2-bench-charts")


def figure(workdir):
    subprocess.run(["ninja", "-C", benchlib.BUILD, "src/tools/dpp2-bench-charts"], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for program in (benchlib.GENERATE, CHARTS):
        if not os.access(program, os.X_OK):
            print("skipped: %s is not built yet" % program)
            return
    document = os.path.join(workdir, "sprint.dpp2")
    # One team with one sprint of 1,000 cards (the large sprint).
    subprocess.run([benchlib.GENERATE, "--teams=1", "--sprints=1", "--cards=1000",
                    "--people=200", "--goals=4", "--cases=20", document],
                   check=True, stdout=subprocess.DEVNULL)
    done = subprocess.run([CHARTS, document, RUNS], capture_output=True, text=True)
    if done.returncode != 0:
        raise benchlib.BenchError("dpp2-bench-charts failed:\n%s" % done.stderr[-2000:])
    print(done.stdout, end="")


benchlib.main(figure)
