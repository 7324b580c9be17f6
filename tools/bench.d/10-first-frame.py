# tools/bench.d/10-first-frame.py — process start to the first frame showing a document
#
# Copyright 2026 The DPP2 Toolkit authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# dpp2-toolkit opening the example organisation, against a bare AdwApplicationWindow with a
# header bar built in the same tree: the ratio is what the app's own start costs.
# Goal (issue 2): ratio ≤ 1.3.
import os

import benchlib

# Start-up times on a shared machine scatter by ±20 ms: 15 alternating runs keep the
# medians steady.
RUNS = int(os.environ.get("DPP2_BENCH_RUNS", "15"))


def figure(workdir):
    document = benchlib.example_document(workdir)
    env = benchlib.scratch_env(os.path.join(workdir, "home"))
    results = benchlib.alternate(RUNS, {
        "bare window": lambda: benchlib.first_frame_ms([benchlib.BARE], env),
        "dpp2-toolkit example": lambda: benchlib.open_copy_ms(document, workdir, env),
    })
    benchlib.report(results, "bare window", goals={"dpp2-toolkit example": 1.3})


benchlib.main(figure)
