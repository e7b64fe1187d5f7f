#!/usr/bin/env python3
"""Exact per-point sums of a long-form meter file, the reference of Benchmarks/meter_benchmark.py.

Usage: meter_decimal.py FILE [START END [POINT=BOUND ...]]

Streams FILE (`timestamp,point,value,unit`, docs/meter-data.md) with the csv module and adds the values
with `decimal`, every addition exact (the Inexact signal is trapped). Prints {point: "sum"} as one JSON
object, the points in the order they first appear, each sum a decimal string in the file's unit.

The sum is that of meter_pandas.py and meter_polars.py: the values of the rows of the period
[START, END) (by default 2026-10-01T00:00:00+07:00 .. 2027-10-01T00:00:00+07:00, the blower example's MP1)
that are neither a duplicate nor out of order (a timestamp equal to or before the latest earlier one of
the same point), neither negative nor above the point's BOUND (a number or a fraction such as `25/6`; a
point without one is not checked). Units are taken as written: the file is expected in one unit a point.
"""
import argparse
import csv
import datetime
import decimal
import json
import sys
from fractions import Fraction

DEFAULT_START = "2026-10-01T00:00:00+07:00"
DEFAULT_END = "2027-10-01T00:00:00+07:00"


def epoch_seconds(text):
    moment = datetime.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        sys.exit(f"meter_decimal: a timestamp without an offset: {text!r}")
    return int(moment.timestamp())


def comparable_bound(bound):
    """A Decimal b such that, for any value of at most 9 decimals, value > bound exactly when value > b.

    The bound rounded down to 9 decimals does it: docs/meter-data.md allows at most 9 decimals a value.
    """
    nine = Fraction(1, 10**9)
    return decimal.Decimal((bound // nine).numerator) / decimal.Decimal(10**9)


def sums(path, start, end, bounds):
    context = decimal.getcontext()
    context.prec = 60
    context.traps[decimal.Inexact] = True
    Decimal = decimal.Decimal
    totals, latest = {}, {}
    zero = Decimal(0)
    last_text, moment, inside = None, None, False
    with open(path, newline="", encoding="utf-8-sig") as data:
        reader = csv.reader(data)
        header = next(reader)
        if header[:3] != ["timestamp", "point", "value"]:
            sys.exit(f"meter_decimal: {path} is not in long form (header {header})")
        for row in reader:
            if not row:
                continue
            text, point, value = row[0], row[1], row[2]
            if text != last_text:                   # rows come grouped by timestamp: parse each text once
                last_text = text
                moment = epoch_seconds(text)
                inside = start <= moment < end
            if point not in totals:
                totals[point] = zero
            previous = latest.get(point)
            if previous is not None and moment <= previous:
                continue                            # duplicate or out of order: the row is not used
            latest[point] = moment
            if not inside:
                continue
            amount = Decimal(value)
            bound = bounds.get(point)
            if amount < zero or (bound is not None and amount > bound):
                continue
            totals[point] += amount
    return totals


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("start", nargs="?", default=DEFAULT_START)
    parser.add_argument("end", nargs="?", default=DEFAULT_END)
    parser.add_argument("bounds", nargs="*", metavar="POINT=BOUND")
    options = parser.parse_args()
    bounds = {}
    for item in options.bounds:
        point, _, bound = item.partition("=")
        bounds[point] = comparable_bound(Fraction(bound))
    totals = sums(options.file, epoch_seconds(options.start), epoch_seconds(options.end), bounds)
    print(json.dumps({point: str(total) for point, total in totals.items()}))


if __name__ == "__main__":
    main()
