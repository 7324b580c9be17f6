# tools/bench.d/benchlib.py — what the figures of tools/bench share
#
# Copyright 2026 The DPP2 Toolkit authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run by tools/bench inside Xvfb and a session bus, with the environment it sets up.
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BUILD = os.environ.get("DPP2_BUILD_ROOT", os.path.join(os.path.dirname(__file__), "..", "..", "_build"))
APP = os.path.join(BUILD, "src", "dpp2-toolkit")
BARE = os.path.join(BUILD, "src", "tools", "dpp2-bare-window")
GENERATE = os.path.join(BUILD, "src", "tools", "dpp2-generate")


class BenchError(Exception):
    pass


def scratch_env(home):
    """The environment for one program run: a throwaway data home, so no run sees another's
    recent documents or example files."""
    env = dict(os.environ)
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache")):
        env[var] = os.path.join(home, sub)
        os.makedirs(env[var], exist_ok=True)
    return env


def first_frame_ms(argv, env, timeout=120):
    """Starts argv and returns the milliseconds from just before the spawn to the first frame
    it reports as "first-frame-us=N" (g_get_monotonic_time, CLOCK_MONOTONIC, the same clock
    as time.monotonic_ns)."""
    env = dict(env, DPP2_BENCH_FIRST_FRAME="1")
    start_us = time.monotonic_ns() // 1000
    try:
        done = subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise BenchError("%s showed no first frame in %d s" % (argv[0], timeout))
    # A window built with criticals is not the window the figure is about.
    criticals = [line for line in done.stderr.splitlines() if "-CRITICAL **" in line]
    if criticals:
        raise BenchError("%s logged %d critical(s), the first:\n%s"
                         % (argv[0], len(criticals), criticals[0]))
    for line in done.stdout.splitlines():
        if line.startswith("first-frame-us="):
            return (int(line.split("=", 1)[1]) - start_us) / 1000.0
    raise BenchError("%s exited with %d and no first-frame-us line:\n%s%s"
                     % (argv[0], done.returncode, done.stdout, done.stderr[-2000:]))


def alternate(runs, programs):
    """Runs each of programs {name: fn() -> ms} once per round, alternating so that drift of
    the machine hits all alike; one warm-up round fills the disk and font caches first.
    Returns {name: [ms, ...]}."""
    results = {name: [] for name in programs}
    for round_no in range(runs + 1):
        for name, fn in programs.items():
            ms = fn()
            if round_no > 0:
                results[name].append(ms)
    return results


def report(results, baseline, goals=None):
    """Prints the median, min and max of each program, and its ratio to the baseline."""
    goals = goals or {}
    base = statistics.median(results[baseline])
    width = max(len(name) for name in results)
    for name, values in results.items():
        med = statistics.median(values)
        line = "%-*s  median %8.1f ms  (min %7.1f, max %7.1f, %d runs)" % (
            width, name, med, min(values), max(values), len(values))
        if name != baseline:
            ratio = med / base
            line += "  ratio %.2f" % ratio
            if name in goals:
                line += "  (goal ≤ %.1f: %s)" % (goals[name], "met" if ratio <= goals[name] else "NOT met")
        print(line, flush=True)


def example_document(workdir):
    """Makes a fresh example organisation the way the app does (--example), and returns its
    path."""
    home = os.path.join(workdir, "example-home")
    env = scratch_env(home)
    first_frame_ms([APP, "--example"], env)
    found = glob.glob(os.path.join(env["XDG_DATA_HOME"], "dpp2-toolkit", "**", "*.dpp2"),
                      recursive=True)
    if not found:
        raise BenchError("dpp2-toolkit --example wrote no .dpp2 file under %s" % home)
    return found[0]


def open_copy_ms(document, workdir, env):
    """First frame of dpp2-toolkit opening a fresh copy of document (a copy, so no lock or
    change from an earlier run counts)."""
    run_dir = tempfile.mkdtemp(dir=workdir)
    copy = os.path.join(run_dir, os.path.basename(document))
    shutil.copyfile(document, copy)
    try:
        return first_frame_ms([APP, copy], env)
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)


def main(figure):
    """Runs figure(workdir) in a scratch folder and turns a BenchError into a message and
    exit status 1."""
    workdir = tempfile.mkdtemp(prefix="dpp2-bench-")
    try:
        figure(workdir)
    except BenchError as error:
        print("error: %s" % error, file=sys.stderr)
        sys.exit(1)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
