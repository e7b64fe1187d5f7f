#!/usr/bin/env python3
"""The pandas peer of `jcm monitor` in Benchmarks/meter_benchmark.py: one long-form meter file, per point.

Usage: meter_pandas.py FILE START END [POINT=BOUND ...] [--interval SECONDS] [--engine c|pyarrow|auto]

FILE is a long-form CSV (`timestamp,point,value,unit`, docs/meter-data.md) whose timestamps all have the
form YYYY-MM-DDTHH:MM:SS+HH:MM. START and END bound the period [START, END), in the same form. A BOUND is
the largest quantity one interval may hold for that point (a number or a fraction, `25/6`); a point
without one is not checked. Prints one JSON object per point, in the order the points first appear:

    rows              rows of the point in the file
    rows_in_period    rows whose timestamp lies in [START, END)
    duplicates        rows whose timestamp equals the latest earlier one of the point (the later row unused)
    out_of_order      rows whose timestamp is before the latest earlier one of the point (unused)
    gaps, missing_intervals
                      among the used rows in the period, with the period's start and end as edges: the
                      stretches longer than one interval without a reading, and the intervals they miss
    negative          used rows in the period with a value below zero
    above_bound       used rows in the period with a value above the point's bound
    sum               the values of the used rows in the period that are neither negative nor above the bound

The same definitions as meter_polars.py and meter_decimal.py. Values are read as float64 (pandas has no
exact decimal column type): the sum is a float.

The work is done the way pandas does it fastest: read_csv with dtype hints and only the columns needed
(the pyarrow engine when pyarrow is installed and --engine is auto), the timestamp column read as a
category so that to_datetime, with an explicit format, converts each distinct text once, and every
per-point step a grouped, vectorised operation.
"""
import argparse
import json
import sys

import numpy as np
import pandas as pd

from meter_arguments import parse_bounds

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


def epoch_seconds(text):
    """A timestamp text as seconds since 1970 UTC (int)."""
    return int(pd.Timestamp(text).timestamp())


def read(path, engine):
    """The file as columns point (category), value (float64) and t (epoch seconds, int64)."""
    if engine == "auto":
        try:
            import pyarrow  # noqa: F401
            engine = "pyarrow"
        except ImportError:
            engine = "c"
    # The timestamp read as a category: each distinct text (one a minute, shared by all the points of that
    # minute) is parsed once, the rows take their value by category code.
    dtypes = {"timestamp": "category", "point": "category", "value": "float64"}
    frame = pd.read_csv(path, dtype=dtypes, usecols=["timestamp", "point", "value"], engine=engine)
    print(f"meter_pandas: pandas {pd.__version__}, read_csv engine {engine}", file=sys.stderr)
    stamps = frame["timestamp"].cat
    moments = pd.to_datetime(pd.Series(stamps.categories), format=TIMESTAMP_FORMAT, utc=True)
    seconds = ((moments - pd.Timestamp(0, tz="UTC")) // pd.Timedelta(seconds=1)).to_numpy(dtype="int64")
    frame["t"] = seconds[stamps.codes.to_numpy()]
    return frame.drop(columns=["timestamp"])


def summarise(frame, start, end, interval, bounds):
    """The per-point figures (see the docstring), one row a point, in the order the points first appear."""
    def by_point(table):
        return table.groupby("point", observed=True, sort=False)

    # The latest earlier timestamp of the same point, in file order: a repeat of it is a duplicate, an
    # earlier one is out of order; either row is unused.
    latest = by_point(frame)["t"].cummax()
    previous = latest.groupby(frame["point"], observed=True, sort=False).shift()
    step = frame["t"] - previous                    # NaN on a point's first row
    frame = frame.assign(duplicate=step.eq(0), out_of_order=step.lt(0),
                         in_period=frame["t"].ge(start) & frame["t"].lt(end))
    counts = by_point(frame).agg(rows=("t", "size"), rows_in_period=("in_period", "sum"),
                                 duplicates=("duplicate", "sum"), out_of_order=("out_of_order", "sum"))

    used = frame.loc[frame["in_period"] & ~frame["duplicate"] & ~frame["out_of_order"], ["point", "t", "value"]]
    bound = used["point"].map(bounds).astype("float64").fillna(np.inf)
    # Gaps between consecutive used readings in the period, the period's end closing the last one.
    following = by_point(used)["t"].shift(-1).fillna(end).astype("int64")
    missing = (-((used["t"] - following) // interval) - 1).clip(lower=0)  # ceil(span / interval) - 1
    negative = used["value"].lt(0)
    above = used["value"].gt(bound)
    used = used.assign(missing=missing, gap=missing.gt(0), negative=negative, above_bound=above,
                       good=used["value"].where(~negative & ~above, 0.0))
    figures = by_point(used).agg(first=("t", "min"), gaps=("gap", "sum"), missing_intervals=("missing", "sum"),
                                 negative=("negative", "sum"), above_bound=("above_bound", "sum"), sum=("good", "sum"))
    lead = -((start - figures.pop("first")) // interval)          # intervals before the first reading
    figures["gaps"] += lead.gt(0)
    figures["missing_intervals"] += lead
    return counts.join(figures, how="left").fillna(0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("start")
    parser.add_argument("end")
    parser.add_argument("bounds", nargs="*", metavar="POINT=BOUND")
    parser.add_argument("--interval", type=int, default=60, help="the logging interval in seconds (60)")
    parser.add_argument("--engine", choices=["auto", "c", "pyarrow"], default="auto")
    options = parser.parse_args()
    frame = read(options.file, options.engine)
    summary = summarise(frame, epoch_seconds(options.start), epoch_seconds(options.end), options.interval,
                        parse_bounds(options.bounds))
    out = []
    for point, row in summary.iterrows():
        record = {"point": str(point)}
        record.update({key: int(row[key]) for key in summary.columns if key != "sum"})
        record["sum"] = float(row["sum"])
        out.append(json.dumps(record))
    print("\n".join(out))


if __name__ == "__main__":
    main()
