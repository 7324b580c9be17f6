# tools/bench.d/40-people.py — filtering 2,000 people and importing 10,000 from CSV
#
# Copyright 2026 The DPP2 Toolkit authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A document from dpp2-generate (2,000 people). dpp2-bench-people types words into the
# Teams and People page's search and times until the filtered list has settled (with the
# column view showing it, and once without, to tell the model from the rows), then reads,
# parses, checks and imports a generated CSV of 10,000 people as one change, on fresh copies.
# Goals: filtering ≤ 50 ms, importing ≤ 1 s.
import os
import subprocess

import benchlib

RUNS = os.environ.get("DPP2_BENCH_RUNS", "9")
PEOPLE = os.path.join(benchlib.BUILD, "src", "tools", "dpp2-bench-people")


def figure(workdir):
    subprocess.run(["ninja", "-C", benchlib.BUILD, "src/tools/dpp2-bench-people"], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for program in (benchlib.GENERATE, PEOPLE):
        if not os.access(program, os.X_OK):
            print("skipped: %s is not built yet" % program)
            return
    document = os.path.join(workdir, "large.dpp2")
    subprocess.run([benchlib.GENERATE, "--cards", "0", document], check=True,
                   stdout=subprocess.DEVNULL)
    env = benchlib.scratch_env(os.path.join(workdir, "home"))
    done = subprocess.run([PEOPLE, document, RUNS], capture_output=True, text=True, env=env,
                          timeout=600)
    criticals = [line for line in done.stderr.splitlines() if "-CRITICAL **" in line]
    if done.returncode != 0 or criticals:
        raise benchlib.BenchError("dpp2-bench-people failed:\n%s" % done.stderr[-2000:])
    print(done.stdout, end="", flush=True)


benchlib.main(figure)
