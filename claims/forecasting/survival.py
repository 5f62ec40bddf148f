"""Nonparametric distribution of a lateness ratio under censoring (Turnbull's NPMLE).

An observation is an interval of the ratio scale in which the event (fulfilment) happened:
- exact, `[x, x]`: fulfilled on a known day;
- interval, `[a, b]`: fulfilled on a day known only to the month (a fuzzy date);
- right-censored, `(c, inf)`: still open when last seen;
- never, `[inf, inf]`: withdrawn; it will not be fulfilled, so it keeps mass beyond every date.

With exact and right-censored data only the estimate is Kaplan-Meier's, computed in closed
form; with intervals it is Turnbull's self-consistency (EM) algorithm, started from
Kaplan-Meier on the interval midpoints. Mass that the data cannot place (beyond the largest
observed event, or on withdrawn claims) sits on an "infinity" atom, reported as the
probability beyond the data rather than invented.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

INF = math.inf
FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Observation:
    """The event happened in [low, high]; high = inf and low < inf means right-censored at low."""

    low: float
    high: float

    @classmethod
    def exact(cls, ratio: float) -> Observation:
        return cls(ratio, ratio)

    @classmethod
    def censored(cls, ratio: float) -> Observation:
        return cls(ratio, INF)

    @classmethod
    def never(cls) -> Observation:
        return cls(INF, INF)

    @property
    def is_censored(self) -> bool:
        return self.high == INF and self.low < INF


@dataclass(frozen=True)
class Distribution:
    """A step distribution: probability `mass[i]` at `points[i]` (sorted), plus `beyond`, the
    mass the data cannot place (after the last point, or never)."""

    points: FloatArray
    mass: FloatArray
    beyond: float
    n: int

    def cdf(self, ratio: float) -> float:
        """P(R <= ratio)."""
        return float(self.mass[self.points <= ratio].sum())

    def survival(self, ratio: float) -> float:
        """P(R > ratio), the unplaced mass included."""
        return 1.0 - self.cdf(ratio)


EMPTY = Distribution(np.zeros(0), np.zeros(0), 1.0, 0)


def kaplan_meier(observations: list[Observation]) -> Distribution:
    """Kaplan-Meier for exact and right-censored observations (withdrawn ones never happen)."""
    if not observations:
        return EMPTY
    events = sorted(o.low for o in observations if o.low == o.high and o.low < INF)
    censored = sorted(o.low for o in observations if o.is_censored)
    points = np.unique(np.asarray(events, dtype=float))
    event_array = np.asarray(events, dtype=float)
    censored_array = np.asarray(censored, dtype=float)
    n = len(observations)
    # At risk at a point: events at or after it, censored at or after it (censoring at a tie
    # comes after the event, the usual convention), and the withdrawn (never). Each point is
    # an event, so at least one is at risk.
    before = np.searchsorted(event_array, points, side="left")
    at_risk = n - before - np.searchsorted(censored_array, points, side="left")
    deaths = np.searchsorted(event_array, points, side="right") - before
    surviving = np.cumprod(1.0 - deaths / at_risk)
    mass = np.concatenate(([1.0], surviving[:-1])) - surviving
    survival = float(surviving[-1]) if len(surviving) else 1.0
    return Distribution(points, mass, max(survival, 0.0), n)


def turnbull(
    observations: list[Observation], *, max_iterations: int = 2000, tolerance: float = 1e-9
) -> Distribution:
    """The nonparametric maximum-likelihood estimate under interval and right censoring."""
    if not any(o.low < o.high < INF for o in observations):
        return kaplan_meier(observations)
    finite = sorted({v for o in observations for v in (o.low, o.high) if v < INF})
    points = np.asarray(finite, dtype=float)
    m = len(points)  # index m is the "beyond the data" atom
    low = np.asarray([o.low for o in observations], dtype=float)
    high = np.asarray([o.high for o in observations], dtype=float)
    never, censored = low == INF, (high == INF) & (low < INF)
    # An interval [low, high] covers the points from the first at or after low to the last at
    # or before high; censored at c means fulfilled strictly after c (later points or beyond).
    lows = np.where(
        censored,
        np.searchsorted(points, low, side="right"),
        np.searchsorted(points, low, side="left"),
    )
    highs = np.searchsorted(points, high, side="right") - 1
    lows[never] = m
    highs[never | censored] = m
    # Start from Kaplan-Meier on the midpoints of the intervals.
    start = kaplan_meier(
        [
            Observation.exact((o.low + o.high) / 2) if o.low < o.high < INF else o
            for o in observations
        ]
    )
    p = np.full(m + 1, 1e-6)
    np.add.at(p, np.minimum(np.searchsorted(points, start.points), m - 1), start.mass)
    p[m] += start.beyond
    p /= p.sum()
    n = len(observations)
    ends = highs + 1
    cumulative = np.zeros(m + 2)
    for _ in range(max_iterations):
        np.cumsum(p, out=cumulative[1:])
        weight = 1.0 / np.maximum(cumulative[ends] - cumulative[lows], 1e-300)
        # How much of each point's mass the observations covering it ask for: a sum over
        # intervals, taken as a difference array (bincount is the fast np.add.at).
        difference = np.bincount(lows, weight, m + 2) - np.bincount(ends, weight, m + 2)
        updated = p * np.cumsum(difference[: m + 1])
        updated /= updated.sum()
        if np.abs(updated - p).max() < tolerance:
            p = updated
            break
        p = updated
    return Distribution(points, p[:m], float(p[m]), n)


def mixture(parts: list[tuple[float, Distribution]]) -> Distribution:
    """A weighted mixture of distributions (weights summing to 1): shrinkage of one group's
    distribution toward its parent's."""
    parts = [(w, d) for w, d in parts if w > 0]
    if not parts:
        return EMPTY
    points = np.unique(np.concatenate([d.points for _, d in parts]))
    mass = np.zeros(len(points))
    beyond = 0.0
    for weight, distribution in parts:
        index = np.searchsorted(points, distribution.points)
        np.add.at(mass, index, weight * distribution.mass)
        beyond += weight * distribution.beyond
    return Distribution(points, mass, beyond, sum(d.n for _, d in parts))


def conditional_quantile(distribution: Distribution, *, after: float, q: float) -> float | None:
    """The smallest ratio r with P(R <= r | R > after) >= q; None when the answer lies beyond
    the data (the estimate cannot place that much mass)."""
    above = distribution.points > after
    remaining = float(distribution.mass[above].sum()) + distribution.beyond
    if remaining <= 0:
        return None
    cumulative = np.cumsum(distribution.mass[above]) / remaining
    reached = np.nonzero(cumulative >= q - 1e-12)[0]
    if len(reached) == 0:
        return None
    return float(distribution.points[above][reached[0]])
