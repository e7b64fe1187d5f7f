"""What the peers of `jcm monitor` (meter_pandas.py, meter_polars.py) share: their bound arguments."""
from fractions import Fraction


def parse_bounds(items):
    """`P01=25/6` … as {point: bound}: the most one interval of the point may hold."""
    bounds = {}
    for item in items:
        point, _, bound = item.partition("=")
        bounds[point] = float(Fraction(bound))
    return bounds
