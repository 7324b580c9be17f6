# tools/bench.d/20-large-organisation.py — opening a large organisation to the first frame
#
# Copyright 2026 The DPP2 Toolkit authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A large organisation made by dpp2-generate, against the bare window. Skipped until the
# store's generator exists. Goal: ratio ≤ 1.5.
import os
import subprocess

import benchlib

# Start-up times on a shared machine scatter by ±20 ms: 15 alternating runs keep the
# medians steady.
RUNS = int(os.environ.get("DPP2_BENCH_RUNS", "15"))


def figure(workdir):
    if not os.access(benchlib.GENERATE, os.X_OK):
        print("skipped: %s is not built yet" % benchlib.GENERATE)
        return
    document = os.path.join(workdir, "large.dpp2")
    subprocess.run([benchlib.GENERATE, document], check=True, stdout=subprocess.DEVNULL)
    print("document: %.1f MiB" % (os.path.getsize(document) / 1048576.0))
    env = benchlib.scratch_env(os.path.join(workdir, "home"))
    results = benchlib.alternate(RUNS, {
        "bare window": lambda: benchlib.first_frame_ms([benchlib.BARE], env),
        "dpp2-toolkit large": lambda: benchlib.open_copy_ms(document, workdir, env),
    })
    benchlib.report(results, "bare window", goals={"dpp2-toolkit large": 1.5})


benchlib.main(figure)
