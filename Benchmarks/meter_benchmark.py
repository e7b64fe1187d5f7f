#!/usr/bin/env python3
"""`jcm monitor` on one year of 1-minute meter data, beside `wc -l`, pandas and polars on the same file.

Usage:
    pip install -r Benchmarks/requirements-meter.txt
    Benchmarks/meter_benchmark.py [--jcm PATH] [--runs N] [--skip-jcm] [--work DIR] [--anomalies]
    Benchmarks/meter_benchmark.py --generate-only --work DIR      # write the data and the project, stop

--jcm defaults to .build/release/jcm of this repository (build it first: swift build -c release).

1. Generates, deterministically (a self-written LCG, no `random`), a long-form file (docs/meter-data.md) of
   one year of 1-minute interval readings for 20 points P01..P20: the period 2026-10-01T00:00:00+07:00 ..
   2027-10-01T00:00:00+07:00, 525,600 minutes x 20 = 10,512,000 rows, sorted by timestamp then point,
   values 0.000..4.166 (3 decimals). Odd points are kWh, even points Nm3 (the same kind of numbers).
   With --anomalies, P03 misses an hour (60 intervals) and one P05 row is repeated; by default the data is
   clean, so every tool must find the same totals. Also writes a project: the blower example
   (Examples/haiphong-blower-inverter) with ten blowers B-1..B-10 and a `meters:` block, P(2k-1) the
   EC_PJ meter (kWh) and P(2k) the V_PJ meter (Nm3) of blower B-k, each calibrated 2025-01-01..2028-12-31.
   With --work DIR the files are kept there and reused by the next run; otherwise a temporary folder.
2. Reads the file once (page cache warm), then runs each tool as a child process, best wall time of
   --runs runs (default 3) and the largest peak RSS of those runs (ru_maxrss of that child, os.wait4):
       wc -l FILE
       jcm monitor PROJECT --period MP1 --data FILE --format json
       python3 Benchmarks/meter_pandas.py FILE START END POINT=BOUND...
       python3 Benchmarks/meter_polars.py FILE START END POINT=BOUND...
       jcm --version
   and once Benchmarks/meter_decimal.py, the exact reference sums (decimal, streaming csv).
3. Compares the per-point sums: jcm's (`meters[i].id`, `meters[i].measured`, a decimal string in the
   meter's unit) must equal the reference exactly; pandas' and polars' floats within 1e-6 relative.
4. Prints the table and checks the targets: jcm >= 10x faster than pandas, >= 3x faster than polars, peak
   RSS <= 64 MB, totals identical. Exit status 1 when one is missed (or jcm is missing or fails) - after
   printing everything. --skip-jcm times the peers only and checks no target.

Peak RSS: Linux charges a child, at exec, with the peak RSS of the process it was spawned from. This
script therefore generates the data in a child of its own, stays small, and resets its own peak before
each spawn (/proc/self/clear_refs); what it still carries is measured as the floor (`true`) and printed:
a figure at the floor means "at most the floor".
"""
import argparse
import datetime
import decimal
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.join(ROOT, "Benchmarks")
EXAMPLE = os.path.join(ROOT, "Examples", "haiphong-blower-inverter", "project.yaml")

START = "2026-10-01T00:00:00+07:00"
END = "2027-10-01T00:00:00+07:00"
FIRST_DAY = datetime.date(2026, 10, 1)
DAYS = 365
POINTS = [f"P{k:02d}" for k in range(1, 21)]
BLOWERS = 10
# The largest quantity of one 1-minute interval: rated power 250 kW x 1 min, rated flow 180,000 Nm3/h x 1 min.
BOUNDS = {point: ("25/6" if k % 2 == 0 else "3000") for k, point in enumerate(POINTS)}
MAX_MILLI = 4166                                    # values 0.000 .. 4.166

# --anomalies: P03 misses [GAP_FROM, GAP_UNTIL); P05's row at DUPLICATE_AT is written twice.
GAP_POINT, GAP_FROM, GAP_UNTIL = "P03", "2027-01-15T10:00", "2027-01-15T11:00"
DUPLICATE_POINT, DUPLICATE_AT = "P05", "2027-03-03T08:15"

DATA_NAME, PROJECT_NAME, MARKER_NAME = "meter-data.csv", "project.yaml", "generated.txt"

# Targets of `jcm monitor` on this file.
PANDAS_RATIO, POLARS_RATIO, RSS_LIMIT_MB = 10, 3, 64


# ---------------------------------------------------------------------------------------------------------------------
# The data and the project
# ---------------------------------------------------------------------------------------------------------------------

def generate(path, anomalies):
    """Write the long-form data file: per minute the 20 points' rows, joined a day at a time."""
    texts = [f"{v // 1000}.{v % 1000:03d}" for v in range(MAX_MILLI + 1)]
    # Per point the tail of each possible row, `P01,1.234,kWh`, so a row is the timestamp plus a lookup.
    tails = [[f"{point},{text},{'kWh' if k % 2 == 0 else 'Nm3'}" for text in texts] for k, point in enumerate(POINTS)]
    # Per point and hour a level (Wh a minute): a daily shape, shifted a little from point to point.
    shape = [0, 0, 0, 0, 40, 120, 300, 520, 620, 660, 660, 600,
             540, 620, 660, 660, 620, 520, 400, 300, 220, 140, 80, 20]
    levels = [[1100 + 15 * k + 3 * shape[(hour + k // 4) % 24] for hour in range(24)] for k in range(len(POINTS))]
    clock = [f"T{hour:02d}:{minute:02d}:00+07:00" for hour in range(24) for minute in range(60)]
    state, multiplier, increment, mask = 20261001, 6364136223846793005, 1442695040888963407, (1 << 64) - 1
    spread = 1601                                   # noise -800 .. +800 Wh around the level: always 0 .. 4,166
    assert all(200 <= level - 800 and level + 800 <= MAX_MILLI for row in levels for level in row)
    points = range(len(POINTS))
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("timestamp,point,value,unit\n")
        for day in range(DAYS):
            date = (FIRST_DAY + datetime.timedelta(days=day)).isoformat()
            chunk = []
            for minute in range(1440):
                stamp = date + clock[minute]
                hour = minute // 60
                tails_now = []
                for k in points:
                    state = (multiplier * state + increment) & mask
                    tails_now.append(tails[k][levels[k][hour] + ((state >> 33) * spread >> 31) - 800])
                if anomalies:
                    tails_now = inject(stamp, tails_now)
                joint = "\n" + stamp + ","
                chunk.append(stamp + "," + joint.join(tails_now) + "\n")
            out.write("".join(chunk))


def inject(stamp, tails_now):
    """The --anomalies: drop GAP_POINT's row in the gap, repeat DUPLICATE_POINT's row once."""
    local = stamp[:16]
    if GAP_FROM <= local < GAP_UNTIL:
        tails_now = [tail for tail in tails_now if not tail.startswith(GAP_POINT + ",")]
    if local == DUPLICATE_AT:
        index = next(i for i, tail in enumerate(tails_now) if tail.startswith(DUPLICATE_POINT + ","))
        tails_now.insert(index + 1, tails_now[index])
    return tails_now


def project_text():
    """The blower example with ten blowers, no typed-in monitored values, and the 20 meters declared."""
    text = open(EXAMPLE, encoding="utf-8").read()
    head, equipment = text.split("\nequipment:\n")
    lines, skipping = [], False
    for line in head.split("\n"):
        # Drop the typed-in `monitored:` values of the periods and any project-level meter declarations.
        if line.startswith("    monitored:") or line.startswith("local_time_offset:"):
            skipping = line.startswith("    monitored:")
            if skipping and lines and lines[-1].strip().startswith("#"):
                lines.pop()                         # the comment introducing the monitored values
            continue
        if skipping and (line.startswith("      ") or line.strip().startswith("#")):
            continue
        skipping = False
        lines.append(line)
    head = "\n".join(lines)
    head = head.replace("id: VN-HP-BLOWER-01", "id: VN-HP-BLOWER-BENCH")
    head = head.replace("Two 250 kW blowers", "Ten 250 kW blowers").replace("on two 250 kW", "on ten 250 kW")
    item = equipment.split("  - id: B-2")[0].split("\nmeters:")[0]
    items = []
    for number in range(1, BLOWERS + 1):
        copy = item.replace("id: B-1", f"id: B-{number}").replace("No. 1", f"No. {number}")
        copy = copy.replace('"VN-CAL-2026-0412"', f'"BENCH-CAL-E{number:02d}"')
        copy = copy.replace('"VN-CAL-2026-0413"', f'"BENCH-CAL-V{number:02d}"')
        items.append(copy.rstrip("\n") + "\n")
    meters = ['local_time_offset: "+07:00"', "meters:"]
    for k, point in enumerate(POINTS):
        electricity = k % 2 == 0
        meters += [
            f"  - id: {point}",
            f"    equipment: B-{k // 2 + 1}",
            f"    parameter: {'EC_PJ' if electricity else 'V_PJ'}",
            "    reading: interval",
            f"    unit: {'kWh' if electricity else 'Nm3'}",
            "    interval: 1 min",
            "    calibrations:",
            f"      - {{certificate: BENCH-CAL-{point}, issuer: QUATEST 1, accredited: true,",
            f"         accuracy_class: {'0.5 %' if electricity else '1 %'}, valid_from: 2025-01-01, "
            "valid_until: 2028-12-31}",
        ]
    return head.rstrip("\n") + "\n\nequipment:\n" + "".join(items) + "\n" + "\n".join(meters) + "\n"


def prepare(work, anomalies):
    """The data file and the project in `work`; the data generated in a child process unless already there."""
    data, project, marker = (os.path.join(work, name) for name in (DATA_NAME, PROJECT_NAME, MARKER_NAME))
    wanted = f"anomalies={int(anomalies)}\n"
    if os.path.exists(marker) and open(marker).read() == wanted and os.path.exists(data):
        print(f"data: reusing {data}")
    else:
        command = [sys.executable, os.path.abspath(__file__), "--generate-only", "--work", work]
        start = time.perf_counter()
        subprocess.run(command + (["--anomalies"] if anomalies else []), check=True)
        print(f"data: generated {data} in {time.perf_counter() - start:.1f} s "
              f"({os.path.getsize(data) / 1e6:.0f} MB)")
    with open(project, "w", encoding="utf-8") as out:     # always from the current example
        out.write(project_text())
    return data, project


# ---------------------------------------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------------------------------------

def reset_peak():
    """Set this process's peak RSS back to its current RSS (Linux), so a child is not charged with it."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        pass


def run_once(command, out_path, env=None):
    """Wall seconds, peak RSS (KiB) and exit status of one run of `command`, stdout to `out_path`."""
    reset_peak()
    with open(out_path, "wb") as out:
        start = time.perf_counter()
        try:
            child = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE, env=env)
        except OSError as error:
            return None, None, f"cannot start: {error}"
        # Read stderr while waiting, so a chatty child cannot block on a full pipe.
        errors = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)       # reaped here: tell Popen
    child.stderr.close()
    peak = usage.ru_maxrss / (1024 if sys.platform == "darwin" else 1)     # macOS reports bytes
    return elapsed, peak, (child.returncode, errors.decode("utf-8", "replace"))


def best_of(name, command, runs, work, env=None, accept=(0,)):
    """Best wall time and largest peak RSS over `runs` runs; None when the command fails."""
    out_path = os.path.join(work, "out-" + "".join(c if c.isalnum() else "-" for c in name).strip("-") + ".txt")
    times, peaks = [], []
    for _ in range(runs):
        elapsed, peak, outcome = run_once(command, out_path, env)
        if elapsed is None:
            return {"name": name, "error": outcome}
        code, errors = outcome
        if code not in accept:
            return {"name": name, "error": f"exit status {code}: {errors.strip()[-600:]}", "out": out_path}
        times.append(elapsed)
        peaks.append(peak)
    return {"name": name, "wall": min(times), "peak": max(peaks), "out": out_path}


def warm(path):
    """Read the file once, so every tool finds it in the page cache."""
    buffer = bytearray(8 << 20)
    with open(path, "rb", buffering=0) as data:
        while data.readinto(buffer):
            pass


# ---------------------------------------------------------------------------------------------------------------------
# Comparing
# ---------------------------------------------------------------------------------------------------------------------

def jcm_sums(path):
    """{meter id: measured} from jcm's JSON: the first `meters` list whose items have id and measured."""
    def find(node):
        if isinstance(node, dict):
            meters = node.get("meters")
            if isinstance(meters, list) and meters and all(isinstance(m, dict) and "id" in m for m in meters):
                if any("measured" in m for m in meters):
                    return {m["id"]: m.get("measured") for m in meters}
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            return None
        for child in children:
            found = find(child)
            if found is not None:
                return found
        return None
    with open(path, encoding="utf-8") as handle:
        return find(json.load(handle))


def peer_summaries(path):
    with open(path, encoding="utf-8") as handle:
        return {record["point"]: record for record in map(json.loads, filter(str.strip, handle))}


def compare_exact(measured, reference):
    """Mismatches of jcm's decimal strings against the reference sums (exact, as Decimal)."""
    problems = []
    for point in POINTS:
        value = measured.get(point)
        if value is None:
            problems.append(f"{point}: no measured value (reference {reference[point]})")
            continue
        try:
            equal = decimal.Decimal(str(value)) == decimal.Decimal(reference[point])
        except decimal.InvalidOperation:
            equal = False
        if not equal or not isinstance(value, str):
            kind = "" if isinstance(value, str) else " (not a decimal string)"
            problems.append(f"{point}: {value!r}{kind} != {reference[point]}")
    return problems


def compare_float(summaries, reference):
    problems = []
    for point in POINTS:
        exact = float(decimal.Decimal(reference[point]))
        got = summaries.get(point, {}).get("sum")
        if got is None or abs(got - exact) > 1e-6 * max(abs(exact), 1e-300):
            problems.append(f"{point}: {got!r} vs {reference[point]}")
    return problems


# ---------------------------------------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jcm", default=os.path.join(ROOT, ".build", "release", "jcm"), help="the jcm binary")
    parser.add_argument("--runs", type=int, default=3, help="runs per tool; the best wall time counts (3)")
    parser.add_argument("--skip-jcm", action="store_true", help="time the peers only; check no target")
    parser.add_argument("--work", help="folder for the data and the project, kept and reused (default: temporary)")
    parser.add_argument("--anomalies", action="store_true", help="a gap in P03 and a duplicate row of P05")
    parser.add_argument("--generate-only", action="store_true", help="write the data and the project into --work")
    options = parser.parse_args()

    if options.generate_only:
        if not options.work:
            parser.error("--generate-only needs --work DIR")
        os.makedirs(options.work, exist_ok=True)
        data, project, marker = (os.path.join(options.work, n) for n in (DATA_NAME, PROJECT_NAME, MARKER_NAME))
        if os.path.exists(marker):
            os.remove(marker)
        generate(data, options.anomalies)
        with open(project, "w", encoding="utf-8") as out:
            out.write(project_text())
        with open(marker, "w") as out:
            out.write(f"anomalies={int(options.anomalies)}\n")
        return 0

    work = options.work or tempfile.mkdtemp(prefix="jcm-meter-bench-")
    os.makedirs(work, exist_ok=True)
    try:
        return benchmark(options, work)
    finally:
        if not options.work:
            shutil.rmtree(work, ignore_errors=True)


def benchmark(options, work):
    data, project = prepare(work, options.anomalies)
    warm(data)
    bounds = [f"{point}={BOUNDS[point]}" for point in POINTS]
    env = dict(os.environ, JCM_METHODOLOGIES=os.path.join(ROOT, "Methodologies"),
               JCM_TEMPLATES=os.path.join(ROOT, "Templates"))
    runs = max(1, options.runs)

    floor = best_of("true", ["true"], 1, work)
    results = {"wc": best_of("wc -l", ["wc", "-l", data], runs, work)}
    jcm_problem = None
    if not options.skip_jcm:
        if not (os.path.isfile(options.jcm) and os.access(options.jcm, os.X_OK)):
            jcm_problem = f"jcm not found at {options.jcm} (build it: swift build -c release, or pass --jcm)"
        else:
            monitor = [options.jcm, "monitor", project, "--period", "MP1", "--data", data, "--format", "json"]
            # jcm reports findings with exit status 1 and undetermined values with 3: the run still counts.
            results["jcm"] = best_of("jcm monitor", monitor, runs, work, env, accept=(0, 1, 3))
            results["version"] = best_of("jcm --version", [options.jcm, "--version"], runs, work, env)
            if "error" in results["jcm"]:
                jcm_problem = f"jcm monitor failed: {results['jcm']['error']}"
    python = sys.executable
    results["pandas"] = best_of("pandas", [python, os.path.join(HERE, "meter_pandas.py"), data, START, END] + bounds,
                                runs, work)
    results["polars"] = best_of("polars", [python, os.path.join(HERE, "meter_polars.py"), data, START, END] + bounds,
                                runs, work)
    reference_run = best_of("decimal", [python, os.path.join(HERE, "meter_decimal.py"), data, START, END] + bounds,
                            1, work)
    if "error" in reference_run:
        sys.exit(f"meter_decimal.py failed: {reference_run['error']}")
    reference = json.load(open(reference_run["out"], encoding="utf-8"))

    # The table.
    wc = results["wc"]
    floor_mb = floor["peak"] / 1024 if "peak" in floor else 0.0
    print(f"\n{'tool':<16} {'best wall s':>11} {'peak RSS MB':>12} {'x wc -l':>8}")
    rows = [("wc -l", "wc"), ("jcm monitor", "jcm"), ("pandas", "pandas"), ("polars", "polars"),
            ("jcm --version", "version")]
    for label, key in rows + [("decimal (ref.)", None)]:
        result = reference_run if key is None else results.get(key)
        if result is None:
            continue
        if "error" in result:
            print(f"{label:<16} failed: {result['error'][:200]}")
            continue
        peak_mb = result["peak"] / 1024
        shown = f"<={floor_mb:.1f}" if peak_mb <= floor_mb + 0.5 else f"{peak_mb:.1f}"
        ratio = f"{result['wall'] / wc['wall']:.1f}" if "wall" in wc else "-"
        print(f"{label:<16} {result['wall']:>11.3f} {shown:>12} {ratio:>8}")
    print(f"(runs: best of {runs}, decimal once; peak RSS the largest of the runs; floor of this script "
          f"{floor_mb:.1f} MB)")

    # The peers' totals against the exact reference.
    for key in ("pandas", "polars"):
        result = results[key]
        if "error" in result:
            continue
        problems = compare_float(peer_summaries(result["out"]), reference)
        print(f"{key} totals within 1e-6 of the exact sums: {'yes' if not problems else 'no'}")
        for problem in problems[:5]:
            print(f"  {problem}")
    if "error" not in results["pandas"] and "error" not in results["polars"]:
        pandas_rows, polars_rows = peer_summaries(results["pandas"]["out"]), peer_summaries(results["polars"]["out"])
        counts = [k for k in next(iter(pandas_rows.values())) if k not in ("point", "sum")]
        differ = [(p, k) for p in POINTS for k in counts
                  if pandas_rows.get(p, {}).get(k) != polars_rows.get(p, {}).get(k)]
        print(f"pandas and polars agree on the counts ({', '.join(counts)}): {'yes' if not differ else 'no'}")
        for point, key in differ[:5]:
            print(f"  {point} {key}: pandas {pandas_rows[point].get(key)}, polars {polars_rows[point].get(key)}")

    if options.skip_jcm:
        print("jcm: skipped (--skip-jcm); no target checked")
        return 0

    # The targets.
    missed = []
    if jcm_problem:
        print(f"\njcm: {jcm_problem}")
        missed.append("jcm did not run")
    else:
        jcm = results["jcm"]
        try:
            measured = jcm_sums(jcm["out"])
        except (OSError, ValueError) as error:
            measured, why = None, f"output is not JSON ({error})"
        else:
            why = "no meters[i].id / meters[i].measured in its JSON output"
        problems = compare_exact(measured, reference) if measured is not None else [why]
        print(f"\ntotals identical: {'yes' if not problems else 'no'}")
        for problem in problems[:10]:
            print(f"  {problem}")
        if problems:
            missed.append("totals identical")
        for peer, target in (("pandas", PANDAS_RATIO), ("polars", POLARS_RATIO)):
            if "error" in results[peer]:
                print(f"jcm vs {peer}: {peer} failed, not compared")
                missed.append(f"jcm vs {peer}")
                continue
            speedup = results[peer]["wall"] / jcm["wall"]
            met = speedup >= target
            print(f"jcm vs {peer}: {speedup:.1f}x faster (target >= {target}x): {'met' if met else 'MISSED'}")
            if not met:
                missed.append(f"jcm vs {peer}")
        peak_mb = jcm["peak"] / 1024
        met = peak_mb <= RSS_LIMIT_MB
        print(f"jcm peak RSS: {peak_mb:.1f} MB (target <= {RSS_LIMIT_MB} MB): {'met' if met else 'MISSED'}")
        if not met:
            missed.append("peak RSS")
    if missed:
        print(f"targets missed: {', '.join(missed)}")
        return 1
    print("all targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
