# tools/bench.d/60-sprint-board.py — the Sprint Board on a sprint with 1,000 cards
#
# Copyright 2026 The DPP2 Toolkit authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A document from dpp2-generate with 1,000 cards in one planned sprint, all in its first
# column (of 1,245 cards the generator plans 1,000 into the sprint for the default seed).
# dpp2-bench-board shows the board page and times switching to the sprint, each frame
# while scrolling its fullest column, and moving a card (commit + redraw). Goals (issue 5):
# switch ≤ 150 ms, scroll frame p95 ≤ 16 ms, move median ≤ 16 ms; the figures print their
# ratio to these goals.
import os
import subprocess

import benchlib

RUNS = os.environ.get("DPP2_BENCH_RUNS", "21")
BOARD = os.path.join(benchlib.BUILD, "src", "tools", "dpp2-bench-board")


def figure(workdir):
    subprocess.run(["ninja", "-C", benchlib.BUILD, "src/tools/dpp2-bench-board"], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for program in (benchlib.GENERATE, BOARD):
        if not os.access(program, os.X_OK):
            print("skipped: %s is not built yet" % program)
            return
    document = os.path.join(workdir, "sprint.dpp2")
    subprocess.run([benchlib.GENERATE, "--teams=1", "--sprints=1", "--cards=1245",
                    "--people=200", "--goals=4", "--cases=20", document],
                   check=True, stdout=subprocess.DEVNULL)
    env = benchlib.scratch_env(os.path.join(workdir, "home"))
    done = subprocess.run([BOARD, document, RUNS], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise benchlib.BenchError("dpp2-bench-board failed:\n%s" % done.stderr[-2000:])
    print(done.stdout, end="")


benchlib.main(figure)
