#!/usr/bin/env python3
"""Deterministic one-year, 1-minute meter data for the blower example (Examples/haiphong-blower-inverter).

Usage:
    scripts/generate-blower-meter-data.py --out FILE [--wide]   # write the data, print the expected figures
    scripts/generate-blower-meter-data.py --meters-yaml         # print the project's `meters:` block

The data is never written to stdout; with --wide the line numbers printed are those of the wide file.

The data follows docs/meter-data.md. Four points, monitoring period MP1 2026-10-01 .. 2027-09-30 local time
(+07:00), i.e. [2026-10-01T00:00:00+07:00, 2027-10-01T00:00:00+07:00), 525,600 minutes:

    EM-B1, EM-B2   electricity of blowers B-1 and B-2: cumulative register readings in kWh (3 decimals)
    FM-B1, FM-B2   air volume of B-1 and B-2: interval values, Nm3 in the minute starting at the timestamp
                   (1 decimal)

Besides the period's rows the file holds three rows per point before the period (2026-09-30T23:57..23:59,
to be counted and ignored) and one closing register reading per cumulative meter at 2027-10-01T00:00:00
(just outside the period, it closes the period's last interval). The events listed under "Injected
events" below are written on purpose, each with its expected effect printed.

Everything is integer arithmetic driven by a self-written linear congruential generator: the same file,
byte for byte, on every machine and at any time of day. The expected figures printed to stdout (YAML)
are computed with `decimal` from the value texts the script writes (the register formulas of
docs/meter-data.md applied to the cumulative readings), never by reading the file back, and are
cross-checked against the simulation's own integer totals.
"""
import argparse
import datetime
import decimal
import sys

# ---------------------------------------------------------------------------------------------------------------------
# The period and the points
# ---------------------------------------------------------------------------------------------------------------------

OFFSET = "+07:00"                                   # Viet Nam; every timestamp is written with it
PERIOD_START = datetime.datetime(2026, 10, 1)       # local time, inclusive
PERIOD_END = datetime.datetime(2027, 10, 1)         # local time, exclusive
MINUTES = int((PERIOD_END - PERIOD_START).total_seconds()) // 60      # 525,600
LEAD_MINUTES = 3                                    # rows at 2026-09-30T23:57..23:59, before the period

POINTS = ["EM-B1", "FM-B1", "EM-B2", "FM-B2"]       # the order of the points within one timestamp
UNITS = {"EM-B1": "kWh", "FM-B1": "Nm3", "EM-B2": "kWh", "FM-B2": "Nm3"}

# Values are simulated in integer units: milli-kWh (Wh) for electricity, deci-Nm3 for air volume.
RATED_POWER_KW = 250                                # motor rating of both blowers
MAX_WH_PER_MINUTE = RATED_POWER_KW * 1000 // 60     # 4,166 Wh: never above 250 kW (4.1666... kWh per minute)
RATED_FLOW_NM3_PER_H = 180_000
MAX_DECI_NM3_PER_MINUTE = RATED_FLOW_NM3_PER_H // 60 * 10     # 30,000 = 3,000.0 Nm3 per minute

# ---------------------------------------------------------------------------------------------------------------------
# Injected events (local times; each one is reported with the line numbers where it shows)
# ---------------------------------------------------------------------------------------------------------------------

# a. GAP: FM-B1 has no rows in [GAP_START, GAP_END): 240 missing 1-minute intervals.
GAP_POINT = "FM-B1"
GAP_START = datetime.datetime(2027, 1, 15, 10, 0)
GAP_END = datetime.datetime(2027, 1, 15, 14, 0)

# b. DUPLICATE: FM-B2's row at DUPLICATE_AT is written twice, the identical line right after itself.
#    In the wide form the whole timestamp row is repeated, so every point has a duplicate there.
DUPLICATE_POINT = "FM-B2"
DUPLICATE_AT = datetime.datetime(2027, 3, 3, 8, 15)

# c. METER REPLACEMENT of EM-B1 at REPLACEMENT_AT. The old register's last reading is the 09:59 row (R);
#    the old meter's final reading at removal is R + the consumption of 09:59-10:00 (old_final_reading);
#    the new meter starts at NEW_INITIAL_READING and its 10:00 row reads exactly that, 0.000.
REPLACEMENT_POINT = "EM-B1"
REPLACEMENT_AT = datetime.datetime(2027, 2, 10, 10, 0)
NEW_INITIAL_READING_WH = 0
EM_B1_START_WH = 6_041_207_125                      # EM-B1's register at the first row: far from any rollover

# d. CALIBRATION LAPSE of EM-B2: the first calibration is valid until 2027-03-31, the next from 2027-04-10,
#    so the intervals starting in [LAPSE_START, LAPSE_END) are uncalibrated (12,960 minutes).
LAPSE_POINT = "EM-B2"
LAPSE_START = datetime.datetime(2027, 4, 1)
LAPSE_END = datetime.datetime(2027, 4, 10)

# e. ROLLOVER of EM-B2: the register returns to 0 at 1,000,000 kWh; it starts at 999,000.000 kWh and so
#    wraps within the first day of the period.
ROLLOVER_POINT = "EM-B2"
EM_B2_ROLLOVER_WH = 1_000_000_000
EM_B2_START_WH = 999_000_000

# The meters as the project declares them (docs/meter-data.md, "What a project declares").
# Certificate numbers and issuers are illustrative.
CALIBRATIONS = {
    "EM-B1": [("VN-CAL-2025-0101", "QUATEST 1", "0.5 %", "2025-04-01", "2028-03-31")],
    "FM-B1": [("VN-CAL-2025-0102", "QUATEST 1", "1 %", "2025-04-01", "2028-03-31")],
    "EM-B2": [("VN-CAL-2025-0103", "QUATEST 1", "0.5 %", "2025-04-01", "2027-03-31"),
              ("VN-CAL-2027-0221", "Hai Phong Metrology Centre", "0.5 %", "2027-04-10", "2028-03-31")],
    "FM-B2": [("VN-CAL-2025-0104", "QUATEST 1", "1 %", "2025-04-01", "2028-03-31")],
}

# ---------------------------------------------------------------------------------------------------------------------
# Operating pattern
# ---------------------------------------------------------------------------------------------------------------------

# Weekly stop on Sundays, local [from hour, to hour), per blower; plus a stop over Tet (Lunar New Year 2027).
WEEKLY_STOP_HOURS = {1: (6, 20), 2: (8, 22)}
TET_STOP = (datetime.datetime(2027, 2, 5, 18, 0), datetime.datetime(2027, 2, 8, 6, 0))

# Air demand per hour of day, per mille of rated flow (night low, day shift high).
HOURLY_LOAD = [520, 520, 515, 515, 520, 535, 580, 640, 655, 660, 660, 650,
               610, 655, 665, 665, 660, 625, 595, 590, 585, 580, 560, 540]
WEEKDAY_LOAD = [1000, 1000, 1000, 1000, 1000, 925, 885]          # Monday .. Sunday, per mille
MONTH_LOAD = [985, 980, 985, 995, 1010, 1020, 1025, 1025, 1020, 1010, 1000, 990]   # January .. December
BLOWER_LOAD = {1: 1025, 2: 1029}                    # B-2 delivers slightly more air
FIXED_WH = 232                                      # the power drawn at any flow, Wh per minute (13.9 kW)


# A 64-bit linear congruential generator (Knuth's MMIX constants), inlined in simulate() for speed:
#     state = (LCG_MULTIPLIER * state + LCG_INCREMENT) mod 2**64;  a draw below n = (state >> 33) * n >> 31
LCG_MULTIPLIER = 6364136223846793005
LCG_INCREMENT = 1442695040888963407
LCG_MASK = 0xFFFF_FFFF_FFFF_FFFF


def minute_index(moment):
    """Minutes from the period's start to a local datetime (negative before the period)."""
    return int((moment - PERIOD_START).total_seconds()) // 60


def simulate(blower):
    """Per-minute (energy Wh, volume deci-Nm3) of one blower, for minutes -LEAD_MINUTES .. MINUTES-1."""
    state = 0x5EED_0000 + blower                    # the LCG's state
    multiplier, increment, mask = LCG_MULTIPLIER, LCG_INCREMENT, LCG_MASK
    stop_from, stop_to = WEEKLY_STOP_HOURS[blower]
    tet_from, tet_to = minute_index(TET_STOP[0]), minute_index(TET_STOP[1])
    top = MAX_DECI_NM3_PER_MINUTE - 600
    energy, volume = [], []
    wander = 0                                      # slow random drift of demand, deci-Nm3
    first_day = PERIOD_START.date() - datetime.timedelta(days=1)
    for day in range(-1, MINUTES // 1440):
        date = first_day + datetime.timedelta(days=day + 1)
        weekday = date.weekday()
        day_load = WEEKDAY_LOAD[weekday] * MONTH_LOAD[date.month - 1] * BLOWER_LOAD[blower]   # per 10^9
        for hour in range(24):
            if day < 0 and hour < 23:
                continue                            # the day before the period: its last minutes only
            first_minute = 60 - LEAD_MINUTES if day < 0 else 0
            # The stops begin and end on the hour (TET_STOP too).
            hour_index = day * 1440 + hour * 60
            stopped = (weekday == 6 and stop_from <= hour < stop_to) or tet_from <= hour_index < tet_to
            base = MAX_DECI_NM3_PER_MINUTE * HOURLY_LOAD[hour] * day_load // 10**12
            for _ in range(first_minute, 60):
                # Three draws in every minute, stopped or not, so that a stop does not shift the sequence.
                state = (multiplier * state + increment) & mask
                wander = (wander * 63 + ((state >> 33) * 4801 >> 31) - 2400) // 64      # -2400 .. 2400, smoothed
                state = (multiplier * state + increment) & mask
                jitter = ((state >> 33) * 301 >> 31) - 150                               # -150 .. 150
                state = (multiplier * state + increment) & mask
                power_jitter = ((state >> 33) * 25 >> 31) - 12                           # -12 .. 12
                if stopped:
                    energy.append(0)
                    volume.append(0)
                    continue
                flow = base + wander + jitter
                flow = 4_500 if flow < 4_500 else top if flow > top else flow
                # Inverter-driven blower: a fixed part plus a linear and a quadratic part of the flow (deci-Nm3).
                watt_hours = FIXED_WH + 35 * flow // 1000 + 22 * flow * flow // 10_000_000 + power_jitter
                energy.append(watt_hours if watt_hours < MAX_WH_PER_MINUTE else MAX_WH_PER_MINUTE)
                volume.append(flow)
    assert len(energy) == MINUTES + LEAD_MINUTES
    return energy, volume


def registers(energy, start, replacement=None, rollover=None):
    """Register readings (Wh) at minutes -LEAD_MINUTES .. MINUTES (one more than `energy`).

    `replacement`: the minute index at which a new meter, starting at NEW_INITIAL_READING_WH, is read.
    Returns the readings and, with a replacement, the old meter's final reading.
    """
    readings, value, old_final = [], start, None
    for index, watt_hours in enumerate(energy, -LEAD_MINUTES):
        if index == replacement:
            old_final = value
            value = NEW_INITIAL_READING_WH
        readings.append(value if rollover is None else value % rollover)
        value += watt_hours
    readings.append(value if rollover is None else value % rollover)
    return readings, old_final


def kwh(watt_hours):
    """Wh as the kWh text of a reading: 3 decimals."""
    return f"{watt_hours // 1000}.{watt_hours % 1000:03d}"


def grouped(value):
    """A Decimal with thousands separators, as a jcm quantity is written (`6,301,115.25`)."""
    return f"{value:,}"


class Year:
    """The simulated year: per point the text of every row value, by minute index."""

    def __init__(self):
        energy1, self.volume1 = simulate(1)
        energy2, self.volume2 = simulate(2)
        self.energy = {"EM-B1": energy1, "EM-B2": energy2}
        self.replacement = minute_index(REPLACEMENT_AT)
        self.readings1, self.old_final = registers(energy1, EM_B1_START_WH, replacement=self.replacement)
        self.readings2, _ = registers(energy2, EM_B2_START_WH, rollover=EM_B2_ROLLOVER_WH)
        self.gap = range(minute_index(GAP_START), minute_index(GAP_END))
        self.duplicate = minute_index(DUPLICATE_AT)
        # The row where the rollover shows: the first EM-B2 reading below its predecessor.
        drops = (i for i in range(1, len(self.readings2)) if self.readings2[i] < self.readings2[i - 1])
        self.rollover_row = next(drops) - LEAD_MINUTES
        # Value texts by point, index 0 = minute -LEAD_MINUTES; None where the point has no row
        # (kwh() and nm3() written out inline: this runs two million times).
        gap = range(self.gap.start + LEAD_MINUTES, self.gap.stop + LEAD_MINUTES)
        self.texts = {
            "EM-B1": [f"{v // 1000}.{v % 1000:03d}" for v in self.readings1],
            "FM-B1": [None if i in gap else f"{v // 10}.{v % 10}" for i, v in enumerate(self.volume1)] + [None],
            "EM-B2": [f"{v // 1000}.{v % 1000:03d}" for v in self.readings2],
            "FM-B2": [f"{v // 10}.{v % 10}" for v in self.volume2] + [None],
        }


def timestamps():
    """The timestamp text of every minute index -LEAD_MINUTES .. MINUTES, in order."""
    times = [f"T{hour:02d}:{minute:02d}:00{OFFSET}" for hour in range(24) for minute in range(60)]
    first = PERIOD_START - datetime.timedelta(minutes=LEAD_MINUTES)
    yield from (first.strftime("%Y-%m-%d") + times[1440 - LEAD_MINUTES + k] for k in range(LEAD_MINUTES))
    for day in range(MINUTES // 1440):
        date = (PERIOD_START + datetime.timedelta(days=day)).strftime("%Y-%m-%d")
        yield from (date + time for time in times)
    yield PERIOD_END.strftime("%Y-%m-%dT%H:%M:%S") + OFFSET


def write(year, path, wide):
    """Write the file; return its line count and the line numbers (header = 1) of the watched rows.

    The line numbers are kept as marks[(point, minute index, copy)], copy 1 being a duplicate's repetition.
    """
    marks = {}
    watched = {(GAP_POINT, year.gap.stop), (REPLACEMENT_POINT, year.replacement),
               (DUPLICATE_POINT, year.duplicate), (ROLLOVER_POINT, year.rollover_row)}
    watched_minutes = {index for _, index in watched}
    columns = [(point, year.texts[point], UNITS[point]) for point in POINTS]
    line = 1
    chunk = []
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        if wide:
            out.write("timestamp," + ",".join(f"{p} [{UNITS[p]}]" for p in POINTS) + "\n")
        else:
            out.write("timestamp,point,value,unit\n")
        for position, stamp in enumerate(timestamps()):
            index = position - LEAD_MINUTES
            if wide:
                row = stamp + "," + ",".join(texts[position] or "" for _, texts, _ in columns) + "\n"
                rows = [(row, {p for p, texts, _ in columns if texts[position] is not None})]
                if index == year.duplicate:
                    rows.append(rows[0])
            else:
                rows = [(f"{stamp},{p},{texts[position]},{unit}\n", (p,))
                        for p, texts, unit in columns if texts[position] is not None]
                if index == year.duplicate:
                    repeated = next(k for k, (_, points) in enumerate(rows) if DUPLICATE_POINT in points)
                    rows.insert(repeated + 1, rows[repeated])
            if index in watched_minutes:
                seen = {}
                for offset, (_, points) in enumerate(rows, 1):
                    for point in points:
                        if (point, index) in watched:
                            copy = seen[point] = seen.get(point, -1) + 1
                            marks[(point, index, copy)] = line + offset
            line += len(rows)
            chunk.extend(row for row, _ in rows)
            if len(chunk) >= 100_000:
                out.write("".join(chunk))
                chunk.clear()
        out.write("".join(chunk))
    return line, marks


def expected(year, path, wide, lines, marks):
    """The figures the file must give, by construction, as a YAML text."""
    D = decimal.Decimal
    decimal.getcontext().prec = 40
    first, last = LEAD_MINUTES, LEAD_MINUTES + MINUTES          # text positions of the period's minutes
    lapse = range(minute_index(LAPSE_START) + LEAD_MINUTES, minute_index(LAPSE_END) + LEAD_MINUTES)
    rollover = D(EM_B2_ROLLOVER_WH) / 1000
    old_final = D(year.old_final) / 1000
    new_initial = D(NEW_INITIAL_READING_WH) / 1000
    replacement_position = year.replacement + LEAD_MINUTES

    figures = {}
    lapse_sum = None
    for point in POINTS:
        texts = year.texts[point]
        rows = sum(1 for t in texts if t is not None) + (1 if wide or point == DUPLICATE_POINT else 0)
        before = sum(1 for t in texts[:first] if t is not None)
        after = sum(1 for t in texts[last:] if t is not None)
        if point.startswith("EM"):
            # docs/meter-data.md: the increment of each pair of consecutive readings, stamped with the earlier one.
            values = [D(t) for t in texts]
            total = D(0)
            in_lapse = D(0)
            for position in range(first, last):
                previous, current = values[position], values[position + 1]
                if current >= previous:
                    increment = current - previous
                elif point == REPLACEMENT_POINT and position + 1 == replacement_position:
                    increment = old_final - previous + current - new_initial
                elif point == ROLLOVER_POINT:
                    increment = rollover - previous + current
                else:
                    raise AssertionError(f"{point}: unexpected register drop at text position {position}")
                total += increment
                if point == LAPSE_POINT and position in lapse:
                    in_lapse += increment
            truth = sum(year.energy[point][first:last])
            if point == LAPSE_POINT:
                lapse_sum = in_lapse
                assert in_lapse == D(sum(year.energy[point][lapse.start:lapse.stop])) / 1000
        else:
            total = sum((D(t) for t in texts[first:last] if t is not None), D(0))
            volume = year.volume1 if point == "FM-B1" else year.volume2
            truth = sum(volume[first:last])
            if point == GAP_POINT:
                truth -= sum(volume[i + LEAD_MINUTES] for i in year.gap)
        scale = 1000 if point.startswith("EM") else 10
        assert total == D(truth) / scale, (point, total, truth)   # the Decimal figure equals the simulation's
        figures[point] = (rows, before, after, total)

    def line_of(point, index, copy=0):
        return marks[(point, index, copy)]

    stopped1 = sum(1 for v in year.volume1[first:last] if v == 0)
    stopped2 = sum(1 for v in year.volume2[first:last] if v == 0)
    gap_volume = D(sum(year.volume1[i + LEAD_MINUTES] for i in year.gap)) / 10
    previous_reading = year.texts["EM-B2"][year.rollover_row + LEAD_MINUTES - 1]
    rollover_reading = year.texts["EM-B2"][year.rollover_row + LEAD_MINUTES]
    local = lambda moment: moment.strftime("%Y-%m-%dT%H:%M:%S") + OFFSET   # noqa: E731

    out = [
        "# Expected figures by construction (scripts/generate-blower-meter-data.py), decimal arithmetic.",
        f"file: {path}",
        f"form: {'wide' if wide else 'long'}",
        f"lines: {lines}                      # header included",
        f"period: {{start: \"{local(PERIOD_START)}\", end: \"{local(PERIOD_END)}\", intervals: {MINUTES}}}",
        "points:",
    ]
    for point in POINTS:
        rows, before, after, total = figures[point]
        reading = "cumulative" if point.startswith("EM") else "interval"
        out += [
            f"  {point}:",
            f"    reading: {reading}",
            f"    unit: {UNITS[point]}",
            f"    rows: {rows}",
            f"    rows_before_period: {before}",
            f"    rows_after_period: {after}",
            f"    sum_in_period: \"{total}\"      # {UNITS[point]}, usable intervals starting in the period",
        ]
        if point == GAP_POINT:
            out.append(f"    missing_intervals: {len(year.gap)}")
        if point == LAPSE_POINT:
            out.append(f"    sum_in_calibration_lapse: \"{lapse_sum}\"   # kWh, {len(lapse)} intervals")
    out += [
        "events:",
        "  gap:",
        f"    point: {GAP_POINT}",
        f"    from: \"{local(GAP_START)}\"",
        f"    until: \"{local(GAP_END)}\"          # exclusive",
        f"    missing_intervals: {len(year.gap)}",
        f"    first_line_after: {line_of(GAP_POINT, year.gap.stop)}",
        f"    volume_not_written: \"{gap_volume}\"   # Nm3 the simulation delivered in the gap (for gap-rule checks)",
        "  duplicate:",
        f"    point: {'all' if wide else DUPLICATE_POINT}",
        f"    timestamp: \"{local(DUPLICATE_AT)}\"",
        f"    first_line: {line_of(DUPLICATE_POINT, year.duplicate, 0)}",
        f"    line: {line_of(DUPLICATE_POINT, year.duplicate, 1)}                 # the repeated line, not used",
        "  replacement:",
        f"    point: {REPLACEMENT_POINT}",
        f"    at: \"{local(REPLACEMENT_AT)}\"",
        f"    old_last_reading: \"{year.texts['EM-B1'][replacement_position - 1]}\"   # kWh, the 09:59 row",
        f"    old_final_reading: \"{kwh(year.old_final)}\"",
        f"    new_initial_reading: \"{kwh(NEW_INITIAL_READING_WH)}\"",
        f"    first_line_at_or_after: {line_of(REPLACEMENT_POINT, year.replacement)}",
        "  rollover:",
        f"    point: {ROLLOVER_POINT}",
        f"    rollover: \"{kwh(EM_B2_ROLLOVER_WH)}\"",
        f"    timestamp: \"{local(PERIOD_START + datetime.timedelta(minutes=year.rollover_row))}\"",
        f"    previous_reading: \"{previous_reading}\"",
        f"    reading: \"{rollover_reading}\"",
        f"    line: {line_of(ROLLOVER_POINT, year.rollover_row)}",
        "  calibration_lapse:",
        f"    point: {LAPSE_POINT}",
        f"    from: \"{local(LAPSE_START)}\"",
        f"    until: \"{local(LAPSE_END)}\"          # exclusive",
        f"    intervals: {len(lapse)}",
        f"    sum: \"{lapse_sum}\"                  # kWh",
        "operation:                            # informative",
        f"  B-1: {{running_hours: \"{D(MINUTES - stopped1) / 60:.1f}\", "
        f"average_power_kW: \"{figures['EM-B1'][3] / MINUTES * 60:.2f}\"}}",
        f"  B-2: {{running_hours: \"{D(MINUTES - stopped2) / 60:.1f}\", "
        f"average_power_kW: \"{figures['EM-B2'][3] / MINUTES * 60:.2f}\"}}",
    ]
    return "\n".join(out) + "\n"


def meters_yaml(year):
    """The `meters:` block of the project (docs/meter-data.md, "What a project declares")."""
    out = ['local_time_offset: "+07:00"', "meters:"]
    for point in POINTS:
        blower = point[-1]
        electricity = point.startswith("EM")
        out += [
            f"  - id: {point}",
            f"    equipment: B-{blower}",
            f"    parameter: {'EC_PJ' if electricity else 'V_PJ'}",
            f"    reading: {'cumulative' if electricity else 'interval'}",
            f"    unit: {UNITS[point]}",
            "    interval: 1 min",
        ]
        if point == ROLLOVER_POINT:
            out.append(f"    rollover: {grouped(decimal.Decimal(EM_B2_ROLLOVER_WH) / 1000)} kWh")
        if point == REPLACEMENT_POINT:
            # Block style: a comma inside a YAML flow mapping would split the quantity.
            out += [
                "    replacements:",
                f"      - at: \"{REPLACEMENT_AT.strftime('%Y-%m-%dT%H:%M:%S')}{OFFSET}\"",
                f"        old_final_reading: {grouped(decimal.Decimal(year.old_final) / 1000)} kWh",
                f"        new_initial_reading: {kwh(NEW_INITIAL_READING_WH)} kWh",
            ]
        out.append("    calibrations:")
        for certificate, issuer, accuracy, valid_from, valid_until in CALIBRATIONS[point]:
            out += [
                f"      - {{certificate: {certificate}, issuer: {issuer}, accredited: true,",
                f"         accuracy_class: {accuracy}, valid_from: {valid_from}, valid_until: {valid_until}}}",
            ]
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", metavar="FILE", help="the CSV file to write (required unless --meters-yaml)")
    parser.add_argument("--wide", action="store_true", help="write the wide form instead of the long form")
    parser.add_argument("--meters-yaml", action="store_true",
                        help="print the project's meters: block instead of the expected figures")
    options = parser.parse_args()
    if options.out is None and not options.meters_yaml:
        parser.error("--out FILE is required (the data is never written to stdout)")
    year = Year()
    if options.out is not None:
        lines, marks = write(year, options.out, options.wide)
        if not options.meters_yaml:
            sys.stdout.write(expected(year, options.out, options.wide, lines, marks))
    if options.meters_yaml:
        sys.stdout.write(meters_yaml(year))


if __name__ == "__main__":
    main()
