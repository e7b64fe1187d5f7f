#!/usr/bin/env python3
"""Whole-process benchmark of the jcm binary, each figure beside its peer measured in the same run.

Usage: Benchmarks/cli_benchmark.py [--jcm PATH] [--batch N] [--items 100,1000,10000] [--runs R]
(default: the release binary, built first with `swift build -c release --product jcm`).

Prints:
- single-project `jcm check` against `jcm --version` (median of R runs each, taken in turn), and the ratio;
- a batch of N generated variations of the blower example checked in one `jcm check DIR` run:
  projects per second, and the ratio to `jcm --version`;
- projects of 100, 1,000 and 10,000 equipment items: `check` and `render` wall time and peak
  memory side by side, and the time per item, to see whether the cost grows linearly.
Nothing is asserted: the figures are for the closing notes and for regressions seen by eye.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(ROOT, "Examples", "haiphong-blower-inverter", "project.yaml")


def timed(command, cwd=None):
    """Wall seconds and peak resident memory (MiB) of one run, from /usr/bin/time."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    peak = int(result.stderr.strip().splitlines()[-1]) / 1024
    if result.returncode not in (0, 1, 3):
        sys.exit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr[-400:]}")
    return elapsed, peak


def median_times(commands, runs):
    """The median wall time of each command, the runs taken in turn (A, B, A, B, …) so that both
    see the same load on a shared machine, where a burst would otherwise fall on one side only."""
    times = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            times[index].append(timed(command)[0])
    return [statistics.median(series) for series in times]


def variations(folder, count):
    """`count` copies of the blower example, each with its own id and operating hours."""
    text = open(EXAMPLE, encoding="utf-8").read()
    for index in range(count):
        project = os.path.join(folder, f"p{index:05d}")
        os.makedirs(project)
        varied = text.replace("id: VN-HP-BLOWER-01", f"id: VN-HP-BLOWER-{index:05d}")
        varied = varied.replace("      EC_PJ: 736 MWh", f"      EC_PJ: {600 + index % 200} MWh")
        with open(os.path.join(project, "project.yaml"), "w", encoding="utf-8") as out:
            out.write(varied)


def many_items(path, count):
    """The blower example with `count` equipment items (B-1 … B-n), monitored values dropped.

    The items keep their measured reference SEC but not the SEC curve (optional under Ver0.1, as
    a lighting or transformer retrofit has none), so that 10,000 of them fit the 8 MiB file limit.
    """
    text = open(EXAMPLE, encoding="utf-8").read()
    head, equipment = text.split("\nequipment:\n")
    item = re.sub(r", curve: \[.*?\]\}", "}", equipment.split("  - id: B-2")[0])
    assert "curve" not in item
    head = re.sub(r"    monitored:\n(      - .*\n)+", "", head)
    items = "".join(item.replace("B-1", f"B-{index}").replace("No. 1", f"No. {index}") for index in range(1, count + 1))
    with open(path, "w", encoding="utf-8") as out:
        out.write(head + "\nequipment:\n" + items)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jcm")
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument("--items", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=15)
    options = parser.parse_args()
    jcm = options.jcm
    if jcm is None:
        subprocess.run(["swift", "build", "-c", "release", "--product", "jcm"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        binary_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                                    capture_output=True, text=True).stdout.strip()
        jcm = os.path.join(binary_dir, "jcm")
    data = ["--methodologies", os.path.join(ROOT, "Methodologies"), "--templates", os.path.join(ROOT, "Templates")]
    work = tempfile.mkdtemp(prefix="jcm-bench-")
    try:
        version, check = median_times([[jcm, "--version"], [jcm, "check", EXAMPLE] + data], options.runs)
        print(f"single project: jcm --version {version * 1000:7.1f} ms, jcm check {check * 1000:7.1f} ms, "
              f"ratio {check / version:5.1f}x (target <= 3x)")

        batch = os.path.join(work, "batch")
        variations(batch, options.batch)
        elapsed, peak = timed([jcm, "check", batch] + data)
        print(f"batch: {options.batch} projects in {elapsed:6.2f} s = {options.batch / elapsed:7.0f} projects/s "
              f"(target >= 5000/s), peak {peak:6.0f} MiB, {elapsed / version:6.0f}x jcm --version")

        print(f"{'items':>7} {'check s':>9} {'check MiB':>10} {'render s':>9} {'render MiB':>11} {'check ms/item':>14}")
        for count in [int(value) for value in options.items.split(",")]:
            project = os.path.join(work, f"items-{count}.yaml")
            many_items(project, count)
            check_time, check_peak = timed([jcm, "check", project] + data)
            render_time, render_peak = timed([jcm, "render", project, "--out", os.path.join(work, f"out-{count}")] + data)
            print(f"{count:7d} {check_time:9.2f} {check_peak:10.0f} {render_time:9.2f} {render_peak:11.0f} {check_time / count * 1000:14.3f}")
        print("targets: 10,000 items checked in < 1 s and rendered in < 5 s, peak < 200 MiB, time per item flat")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
