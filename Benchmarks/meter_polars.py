#!/usr/bin/env python3
"""The polars peer of `jcm monitor` in Benchmarks/meter_benchmark.py: one long-form meter file, per point.

Usage: meter_polars.py FILE START END [POINT=BOUND ...] [--interval SECONDS]

Arguments and output as meter_pandas.py (see its docstring for the figures and their definitions):
one JSON object per point, in the order the points first appear; the sum is a float (float64 values).
Every timestamp must have the form YYYY-MM-DDTHH:MM:SS+HH:MM (the benchmark's file does): another form
(`Z`, a space for the `T`) stops the query with a parse error rather than being guessed.

The work is done the way polars does it fastest: one lazy query over `scan_csv` with an explicit schema,
the fixed-width timestamp text parsed with an explicit format (offset included) straight to epoch
seconds, the per-point steps as window expressions (`over("point")`) and one grouped aggregation; the
optimiser runs the scan once for both branches of the plan.
"""
import argparse
import json
import math

import polars as pl

from meter_arguments import parse_bounds

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S%:z"
SCHEMA = {"timestamp": pl.String, "point": pl.Categorical, "value": pl.Float64, "unit": pl.String}


def epoch_seconds(text):
    """A timestamp text as seconds since 1970 UTC (int)."""
    frame = pl.DataFrame({"t": [text]})
    return frame.select(pl.col("t").str.to_datetime(TIMESTAMP_FORMAT, time_unit="ms").dt.epoch("s")).item()


def query(path, start, end, interval, bounds):
    t = pl.col("t")
    rows = (
        pl.scan_csv(path, schema=SCHEMA)
        .select(
            pl.col("point"),
            pl.col("value"),
            pl.col("timestamp").str.to_datetime(TIMESTAMP_FORMAT, time_unit="ms").dt.epoch("s").alias("t"),
        )
        # The latest earlier timestamp of the same point, in file order: a repeat of it is a duplicate, an
        # earlier one is out of order; the row is then unused.
        .with_columns((t - t.cum_max().shift(1).over("point")).alias("step"))
        .with_columns(
            (pl.col("step") == 0).fill_null(False).alias("duplicate"),
            (pl.col("step") < 0).fill_null(False).alias("out_of_order"),
            ((t >= start) & (t < end)).alias("in_period"),
        )
    )
    counts = rows.group_by("point", maintain_order=True).agg(
        pl.len().alias("rows"),
        pl.col("in_period").sum().alias("rows_in_period"),
        pl.col("duplicate").sum().alias("duplicates"),
        pl.col("out_of_order").sum().alias("out_of_order"),
    )
    bound = pl.col("point").replace_strict(bounds, default=math.inf, return_dtype=pl.Float64)
    used = (
        rows.filter(pl.col("in_period") & ~pl.col("duplicate") & ~pl.col("out_of_order"))
        .with_columns(
            # Gaps between consecutive used readings in the period, the period's end closing the last one.
            ((t.shift(-1).over("point").fill_null(end) - t + interval - 1) // interval - 1).clip(0).alias("missing"),
            (pl.col("value") < 0).alias("negative"),
            (pl.col("value") > bound).alias("above_bound"),
        )
    )
    lead = (t.min() - start + interval - 1) // interval                      # intervals before the first reading
    usable = ~pl.col("negative") & ~pl.col("above_bound")
    figures = used.group_by("point", maintain_order=True).agg(
        ((pl.col("missing") > 0).sum() + (lead > 0).cast(pl.UInt32)).alias("gaps"),
        (pl.col("missing").sum() + lead).alias("missing_intervals"),
        pl.col("negative").sum(),
        pl.col("above_bound").sum(),
        pl.col("value").filter(usable).sum().alias("sum"),
    )
    return counts.join(figures, on="point", how="left", maintain_order="left").fill_null(0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("start")
    parser.add_argument("end")
    parser.add_argument("bounds", nargs="*", metavar="POINT=BOUND")
    parser.add_argument("--interval", type=int, default=60, help="the logging interval in seconds (60)")
    options = parser.parse_args()
    summary = query(options.file, epoch_seconds(options.start), epoch_seconds(options.end), options.interval,
                    parse_bounds(options.bounds)).collect()
    out = []
    for record in summary.iter_rows(named=True):
        record = {key: (float(value) if key == "sum" else value if key == "point" else int(value))
                  for key, value in record.items()}
        out.append(json.dumps(record))
    print("\n".join(out))


if __name__ == "__main__":
    main()
