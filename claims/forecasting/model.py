"""Forecasts from the track record: will a dated promise hold, and when will it really happen?

Two estimates, both from the reference class of resolved promises (docs/forecasts.md):

1. `p_on_time`, an empirical-Bayes hierarchical beta-binomial: all claims -> category ->
   organisation -> organisation-in-category. Each category has a baseline log-odds b_c for a
   typical organisation (its prior centred on mu0, the all-claims share, with strength
   kappa_category); each organisation has its own tendency delta_o ~ N(0, spread^2), shared by
   all its categories (a vendor late with launches tends to be late with certifications);
   each organisation-in-category share is Beta around expit(b_c + delta_o) with strength
   kappa_cell. The baselines, the spread and kappa_cell maximise the marginal likelihood
   (delta_o integrated out by Gauss-Hermite quadrature) under weak hyperpriors; a forecast is
   the posterior predictive probability, delta_o integrated again. While fewer than
   MIN_RESOLVED_FOR_FIT dates are resolved, every forecast is the published prior
   PRIOR_ON_TIME; mu0 always carries PRIOR_WEIGHT pseudo-claims at it.
2. `p50_date` and `p80_date`, from the distribution of the lateness ratio
   R = (fulfilled - stated) / (first deadline - stated), estimated by Turnbull/Kaplan-Meier
   with open claims right-censored, fuzzy dates interval-censored and withdrawn claims never
   fulfilled; the organisation's distribution is a mixture with its category's (and that with
   all claims'), weighted by how many claims each rests on.

A claim still open part-way through its horizon is forecast given that it is still open.
Pure Python (numpy, scipy): no Django here; claims.services.forecasts feeds it records.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import minimize, minimize_scalar
from scipy.special import betaln, digamma

from .survival import Distribution, FloatArray, Observation, conditional_quantile, mixture, turnbull

MODEL_VERSION = "eb-crossed-betabinom-turnbull-2"

# Fewer resolved claims than this and nothing is fitted: every forecast is the published
# prior. With a handful of claims the fit follows their noise (docs/forecasts.md).
MIN_RESOLVED_FOR_FIT = 20
# The published base rate (docs/forecasts.md): Bayus, Jain and Rao (2001) found 47% of 123
# pre-announced software products slipped by more than three months; large IT projects run
# late far more often than not (McKinsey-Oxford 2012, Flyvbjerg-Budzier 2011). We take an
# even chance of holding the date, worth PRIOR_WEIGHT claims: a weak prior the data soon
# outweighs.
PRIOR_ON_TIME = 0.5
PRIOR_WEIGHT = 4.0
# The method of a forecast made from that prior alone (the record too short to fit).
PUBLISHED_PRIOR = "published-prior"
EMPIRICAL_BAYES = "empirical-bayes"
# The defaults below centre the weak log-normal hyperpriors (sd KAPPA_HYPERPRIOR_SD).
DEFAULT_KAPPA_CATEGORY = 10.0
# An organisation's tendency delta_o in log-odds: organisations one spread apart hold their
# dates with odds e (2.7) times apart. Within an organisation, its categories vary around it
# as a Beta with strength DEFAULT_KAPPA_CELL (sd about 0.1 near a share of one half).
DEFAULT_SPREAD = 1.0
DEFAULT_KAPPA_CELL = 20.0
KAPPA_BOUNDS = (1.0, 500.0)
SPREAD_BOUNDS = (0.05, 5.0)
GH_POINTS = 21
KAPPA_HYPERPRIOR_SD = 1.0
# Before any claim is resolved, dates come from a documented prior lateness-ratio distribution
# read off the published figures (docs/forecasts.md): about half of announced dates hold
# (R <= 1); Bayus et al.'s 47% more than three months late, on horizons of about a year, puts
# some 40% beyond R = 1.25; Flyvbjerg and Budzier's one project in six with a ~70% overrun
# puts about a sixth beyond R = 1.7; a tail of "black swans" beyond three times the horizon is
# left unplaced. As (ratio, cumulative probability) pairs:
PRIOR_RATIO_CDF = (
    (0.7, 0.15),
    (0.9, 0.35),
    (1.0, 0.5),
    (1.25, 0.6),
    (1.5, 0.72),
    (1.7, 0.83),
    (2.0, 0.88),
    (3.0, 0.95),
)
# The prior distribution weighs as much as this many claims against all claims' record.
PRIOR_RATIO_WEIGHT = 4.0
# The organisation's lateness distribution weighs n / (n + RATIO_SHRINKAGE) against its
# category's; a category's weighs the same against all claims'.
RATIO_SHRINKAGE = 10.0


@dataclass(frozen=True)
class Revision:
    """A deadline statement: when it was stated and the end of its window (None: undated)."""

    stated_on: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class ClaimRecord:
    """What the engine knows of a claim. `fulfilled_from`/`fulfilled_to` bound the fulfilment
    date (equal when known to the day); `outcome_on` dates a withdrawal. Unverifiable claims
    are left out before they reach the engine."""

    id: int
    organisation: str
    category: str
    stated_on: dt.date
    revisions: tuple[Revision, ...]
    outcome: str = ""  # "", "fulfilled", "withdrawn"
    fulfilled_from: dt.date | None = None
    fulfilled_to: dt.date | None = None
    outcome_on: dt.date | None = None

    def first_end(self) -> dt.date | None:
        return self.revisions[0].end if self.revisions else None

    def end_in_force(self, as_of: dt.date) -> dt.date | None:
        """The end of the latest statement made before `as_of` (the first if none was)."""
        ends = [r.end for r in self.revisions if r.stated_on < as_of]
        return ends[-1] if ends else self.first_end()

    def horizon_days(self) -> int:
        first = self.first_end()
        assert first is not None
        # A deadline on the day it was stated would make every ratio infinite.
        return max((first - self.stated_on).days, 1)

    def fulfilled_known(self, as_of: dt.date) -> bool:
        """Fulfilled, and known to be by `as_of` (the whole fuzzy window has passed)."""
        return (
            self.outcome == "fulfilled"
            and self.fulfilled_to is not None
            and (self.fulfilled_to < as_of)
        )

    def withdrawn_known(self, as_of: dt.date) -> bool:
        return (
            self.outcome == "withdrawn"
            and self.outcome_on is not None
            and (self.outcome_on < as_of)
        )


def deadline_met(record: ClaimRecord, end: dt.date | None, *, as_of: dt.date) -> bool | None:
    """Was this deadline met, as known on `as_of`? The ledger's rule
    (claims.selectors.rules._deadline_met_expression) replayed on a past day: True when
    fulfilled on or before the end, False when fulfilled after it or when the end passed
    without fulfilment, None while undecided (a fuzzy fulfilment straddling the end too)."""
    if end is None:
        return None
    if record.fulfilled_known(as_of):
        assert record.fulfilled_from is not None and record.fulfilled_to is not None
        if record.fulfilled_to <= end:
            return True
        if record.fulfilled_from > end:
            return False
        return None
    if end < as_of:
        # Past the end with no fulfilment known by as_of: not met (a withdrawal too). A fuzzy
        # fulfilment that may fall inside the deadline but is not yet fully known is undecided.
        if (
            record.outcome == "fulfilled"
            and record.fulfilled_from is not None
            and record.fulfilled_from <= end
        ):
            return None
        return False
    return None


def ratio_observation(record: ClaimRecord, *, as_of: dt.date) -> Observation | None:
    """The lateness ratio as known on `as_of`, against the first deadline's horizon."""
    if record.first_end() is None or record.stated_on >= as_of:
        return None
    horizon = record.horizon_days()
    if record.fulfilled_known(as_of):
        assert record.fulfilled_from is not None and record.fulfilled_to is not None
        low = (record.fulfilled_from - record.stated_on).days / horizon
        high = (record.fulfilled_to - record.stated_on).days / horizon
        return Observation(low, high)
    if record.withdrawn_known(as_of):
        return Observation.never()
    return Observation.censored((as_of - record.stated_on).days / horizon)


@dataclass
class _Counts:
    met: int = 0
    n: int = 0

    def add(self, met: bool) -> None:
        self.met += int(met)
        self.n += 1


def _beta_binomial_loglik(kappa: float, cells: list[tuple[int, int, float]]) -> float:
    """log P(k | n, Beta(kappa m, kappa (1-m))) summed over cells (k, n, m), constants dropped."""
    total = 0.0
    for k, n, m in cells:
        a, b = kappa * m, kappa * (1 - m)
        total += float(betaln(k + a, n - k + b) - betaln(a, b))
    return total


def fit_kappa(cells: list[tuple[int, int, float]], default: float) -> float:
    """The prior strength with the highest posterior: the beta-binomial marginal likelihood of
    the cells' counts times a weak log-normal hyperprior centred on the documented default
    (sd KAPPA_HYPERPRIOR_SD on the log scale). With few cells the likelihood is flat and
    plain maximum likelihood runs to a bound (a tiny strength: overconfident forecasts, as the
    backtest showed in a ledger's first years); the hyperprior keeps it near the default
    until the data say otherwise."""
    cells = [(k, n, min(max(m, 1e-3), 1 - 1e-3)) for k, n, m in cells if n > 0]
    if len(cells) < 2:
        return default
    centre = math.log(default)

    def negative_log_posterior(log_kappa: float) -> float:
        prior = 0.5 * ((log_kappa - centre) / KAPPA_HYPERPRIOR_SD) ** 2
        return prior - _beta_binomial_loglik(math.exp(log_kappa), cells)

    result = minimize_scalar(
        negative_log_posterior,
        bounds=tuple(math.log(v) for v in KAPPA_BOUNDS),
        method="bounded",
        options={"xatol": 1e-3},
    )
    return float(math.exp(result.x))


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


@dataclass
class RateModel:
    """A fitted hierarchical beta-binomial for one deadline (first, or in force).

    An organisation's propensity to hold a date in category c is Beta-distributed around
    expit(b_c + delta_o) with strength kappa_cell: b_c the category's log-odds for a typical
    organisation (its prior centred on all claims' share mu0 with strength kappa_category),
    delta_o ~ N(0, spread^2) the organisation's own tendency, shared by all its categories.
    delta_o is integrated out by Gauss-Hermite quadrature, so a forecast is a posterior
    predictive probability, not a plug-in estimate of the organisation's rate."""

    mu0: float
    kappa_category: float
    spread: float
    kappa_cell: float
    fitted: bool
    n_all: int
    categories: dict[str, _Counts]
    cells: dict[tuple[str, str], _Counts]
    organisations: dict[str, _Counts]
    baselines: dict[str, float] = field(default_factory=dict)
    _posteriors: dict[str, FloatArray] = field(default_factory=dict, repr=False)

    def category_mean(self, category: str) -> float:
        """The category's share of dates held, shrunk toward all claims'."""
        counts = self.categories.get(category, _Counts())
        return (counts.met + self.kappa_category * self.mu0) / (counts.n + self.kappa_category)

    def _baseline(self, category: str) -> float:
        return self.baselines.get(category, _logit(self.mu0))

    def _posterior(self, organisation: str) -> FloatArray:
        """Weights over the quadrature nodes of delta_o, given all the organisation's cells."""
        if organisation not in self._posteriors:
            log_weight = np.log(_GH_WEIGHTS).copy()
            for (owner, category), counts in self.cells.items():
                if owner == organisation:
                    log_weight += _cell_loglik(
                        counts.met,
                        counts.n,
                        self._baseline(category) + self.spread * _GH_NODES,
                        self.kappa_cell,
                    )
            weights = np.exp(log_weight - log_weight.max())
            self._posteriors[organisation] = weights / weights.sum()
        return self._posteriors[organisation]

    def probability(self, organisation: str, category: str) -> float:
        """P(the next date this organisation announces in this category holds), integrated
        over the organisation's tendency: sum over nodes of w_j (k + kappa m_j) / (n + kappa)."""
        if not self.fitted:
            # Too few resolved dates to learn from: the documented prior, for everyone. Fitted
            # on a handful of claims, the first forecasts followed their noise (the backtest's
            # first year: forecasts of 0.65 came true less than half the time).
            return PRIOR_ON_TIME
        counts = self.cells.get((organisation, category), _Counts())
        means = _expit(self._baseline(category) + self.spread * _GH_NODES)
        predictive = (counts.met + self.kappa_cell * means) / (counts.n + self.kappa_cell)
        return float(np.dot(self._posterior(organisation), predictive))

    def organisation_rate(self, organisation: str) -> tuple[float, int, int]:
        """The organisation's expected share over its own mix of categories (over all claims'
        if it has none): (p, held, n)."""
        counts = self.organisations.get(organisation, _Counts())
        mix = [(c.n, category) for (o, category), c in self.cells.items() if o == organisation]
        if not mix:
            return self.probability(organisation, ""), counts.met, counts.n
        p = sum(n * self.probability(organisation, category) for n, category in mix) / sum(
            n for n, _ in mix
        )
        return p, counts.met, counts.n


# Gauss-Hermite nodes and weights for a standard normal (probabilists' Hermite polynomials).
_GH_NODES, _GH_WEIGHTS = np.polynomial.hermite_e.hermegauss(GH_POINTS)
_GH_WEIGHTS = _GH_WEIGHTS / _GH_WEIGHTS.sum()


def _expit(x: FloatArray) -> FloatArray:
    return np.asarray(1.0 / (1.0 + np.exp(-x)))


def _cell_loglik(met: FloatArray | int, n: FloatArray | int, logit: FloatArray, kappa: float):
    """Beta-binomial log-likelihood of `met` of `n` around mean expit(logit), broadcast."""
    m = np.clip(_expit(logit), 1e-6, 1 - 1e-6)
    a, b = kappa * m, kappa * (1 - m)
    return betaln(met + a, n - met + b) - betaln(a, b)


def fit_rates(outcomes: list[tuple[str, str, bool]]) -> RateModel:
    """Fit from resolved claims given as (organisation, category, met)."""
    categories: dict[str, _Counts] = defaultdict(_Counts)
    cells: dict[tuple[str, str], _Counts] = defaultdict(_Counts)
    organisations: dict[str, _Counts] = defaultdict(_Counts)
    met_all = 0
    for organisation, category, met in outcomes:
        categories[category].add(met)
        cells[(organisation, category)].add(met)
        organisations[organisation].add(met)
        met_all += int(met)
    n = len(outcomes)
    mu0 = (met_all + PRIOR_WEIGHT * PRIOR_ON_TIME) / (n + PRIOR_WEIGHT)
    fitted = n >= MIN_RESOLVED_FOR_FIT
    model = RateModel(
        mu0,
        DEFAULT_KAPPA_CATEGORY,
        DEFAULT_SPREAD,
        DEFAULT_KAPPA_CELL,
        fitted,
        n,
        categories,
        cells,
        organisations,
    )
    if fitted:
        model.kappa_category = fit_kappa(
            [(c.met, c.n, mu0) for c in categories.values()], DEFAULT_KAPPA_CATEGORY
        )
        model.baselines = {
            category: _logit(model.category_mean(category)) for category in categories
        }
        _fit_hierarchy(model)
    return model


def _fit_hierarchy(model: RateModel) -> None:
    """The category baselines, the organisations' spread and the cells' strength with the
    highest posterior: the marginal likelihood of every organisation's counts (delta_o
    integrated out by quadrature) times each baseline's Beta(kappa_category mu0, ...) prior
    and weak log-normal hyperpriors on the spread and the strength (sd 1 on the log scale,
    centred on the defaults; they matter only while the record is short)."""
    names = sorted(model.categories)
    objective = _hierarchy_objective(model, names)
    spread_centre, kappa_centre = math.log(DEFAULT_SPREAD), math.log(DEFAULT_KAPPA_CELL)
    start = np.asarray(
        [model.baselines[name] for name in names] + [spread_centre, kappa_centre], dtype=float
    )
    limits = [(-6.0, 6.0)] * len(names) + [
        tuple(math.log(v) for v in SPREAD_BOUNDS),
        tuple(math.log(v) for v in KAPPA_BOUNDS),
    ]
    # The objective returns its gradient too: a numerical one costs a call per parameter, and
    # the fit runs once a month of a backtest.
    result = minimize(objective, start, jac=True, method="L-BFGS-B", bounds=limits)
    model.baselines = {name: float(result.x[j]) for j, name in enumerate(names)}
    model.spread = float(math.exp(result.x[-2]))
    model.kappa_cell = float(math.exp(result.x[-1]))


def _hierarchy_objective(model: RateModel, names: list[str]):
    """The fit's negative log posterior over theta = (baselines..., log spread, log kappa_cell),
    returning (value, gradient). Only the cells with claims enter: an empty cell's likelihood
    is one whatever theta is."""
    owners = sorted(model.organisations)
    cells = [(o, c, counts) for (o, c), counts in model.cells.items() if counts.n]
    owner = np.asarray([owners.index(o) for o, _, _ in cells])
    category = np.asarray([names.index(c) for _, c, _ in cells])
    met = np.asarray([counts.met for _, _, counts in cells], dtype=float)[:, None]
    total = np.asarray([counts.n for _, _, counts in cells], dtype=float)[:, None]
    # Sums a cells x nodes array into organisations x nodes.
    by_owner = np.zeros((len(owners), len(cells)))
    by_owner[owner, np.arange(len(cells))] = 1.0
    a0 = model.kappa_category * model.mu0
    b0 = model.kappa_category * (1 - model.mu0)
    log_weights = np.log(_GH_WEIGHTS)
    spread_centre, kappa_centre = math.log(DEFAULT_SPREAD), math.log(DEFAULT_KAPPA_CELL)
    sd2 = KAPPA_HYPERPRIOR_SD**2

    def negative_log_posterior(theta: FloatArray) -> tuple[float, FloatArray]:
        baselines, log_spread, log_kappa = theta[:-2], theta[-2], theta[-1]
        spread, kappa = math.exp(log_spread), math.exp(log_kappa)
        logits = baselines[category][:, None] + spread * _GH_NODES[None, :]  # cells x nodes
        raw = _expit(logits)
        m = np.clip(raw, 1e-6, 1 - 1e-6)
        a, b = kappa * m, kappa * (1 - m)
        per_cell = betaln(met + a, total - met + b) - betaln(a, b)
        joint = by_owner @ per_cell + log_weights[None, :]  # organisations x nodes
        per_owner = np.logaddexp.reduce(joint, axis=1)
        # Each organisation's posterior over the nodes weighs its cells' derivatives.
        posterior = np.exp(joint - per_owner[:, None])[owner]  # cells x nodes
        psi_a, psi_b = digamma(met + a) - digamma(a), digamma(total - met + b) - digamma(b)
        d_mean = kappa * (psi_a - psi_b) * np.where(raw == m, m * (1 - m), 0.0)
        d_kappa = kappa * (m * psi_a + (1 - m) * psi_b - digamma(total + kappa) + digamma(kappa))
        mean = _expit(baselines)
        prior = float(np.sum(a0 * np.log(mean) + b0 * np.log1p(-mean)))
        hyper = 0.5 * ((log_spread - spread_centre) ** 2 + (log_kappa - kappa_centre) ** 2) / sd2
        gradient = np.empty_like(theta)
        gradient[:-2] = -(a0 * (1 - mean) - b0 * mean) - np.bincount(
            category, (posterior * d_mean).sum(axis=1), len(baselines)
        )
        gradient[-2] = (log_spread - spread_centre) / sd2 - float(
            np.sum(posterior * d_mean * spread * _GH_NODES[None, :])
        )
        gradient[-1] = (log_kappa - kappa_centre) / sd2 - float(np.sum(posterior * d_kappa))
        return hyper - prior - float(per_owner.sum()), gradient

    return negative_log_posterior


@dataclass
class LatenessModel:
    """Lateness-ratio observations for all claims, each category and each (organisation,
    category); distributions are estimated when first asked for, as a backtest asks for a few."""

    all_claims: list[Observation]
    categories: dict[str, list[Observation]]
    cells: dict[tuple[str, str], list[Observation]]
    _fits: dict[object, Distribution] = field(default_factory=dict)
    _mixtures: dict[tuple[str, str], Distribution] = field(default_factory=dict)

    def _fitted(self, key: object, observations: list[Observation]) -> Distribution:
        if key not in self._fits:
            self._fits[key] = turnbull(observations)
        return self._fits[key]

    def for_claim(self, organisation: str, category: str) -> Distribution:
        """The organisation's distribution in this category, shrunk toward the category's,
        itself shrunk toward all claims', and that toward the published prior: mixtures
        weighted r / (r + strength), r the observations that are not merely still open."""
        key = (organisation, category)
        if key not in self._mixtures:
            resolved = _resolved(self.all_claims)
            parent = mixture(
                [
                    (
                        resolved / (resolved + PRIOR_RATIO_WEIGHT),
                        self._fitted("all", self.all_claims),
                    ),
                    (
                        PRIOR_RATIO_WEIGHT / (resolved + PRIOR_RATIO_WEIGHT),
                        prior_ratio_distribution(),
                    ),
                ]
            )
            for group_key, observations in (
                (("category", category), self.categories.get(category, [])),
                (key, self.cells.get(key, [])),
            ):
                resolved = _resolved(observations)
                if resolved:
                    w = resolved / (resolved + RATIO_SHRINKAGE)
                    parent = mixture([(w, self._fitted(group_key, observations)), (1 - w, parent)])
            self._mixtures[key] = parent
        return self._mixtures[key]


def _resolved(observations: list[Observation]) -> int:
    """Observations that place mass (fulfilled or withdrawn): a claim merely still open says
    only that its ratio is above some value, so it earns its group no weight of its own."""
    return sum(not o.is_censored for o in observations)


def prior_ratio_distribution() -> Distribution:
    """The published-figures prior as a distribution, its last 5% left beyond the data."""
    points = np.asarray([ratio for ratio, _ in PRIOR_RATIO_CDF])
    cumulative = np.asarray([p for _, p in PRIOR_RATIO_CDF])
    mass = np.diff(np.concatenate(([0.0], cumulative)))
    return Distribution(points, mass, float(1 - cumulative[-1]), 0)


def fit_lateness(observations: list[tuple[str, str, Observation]]) -> LatenessModel:
    by_category: dict[str, list[Observation]] = defaultdict(list)
    by_cell: dict[tuple[str, str], list[Observation]] = defaultdict(list)
    everything = []
    for organisation, category, observation in observations:
        everything.append(observation)
        by_category[category].append(observation)
        by_cell[(organisation, category)].append(observation)
    return LatenessModel(everything, dict(by_category), dict(by_cell))


@dataclass
class FittedModel:
    """Everything fitted from the record as of one day."""

    as_of: dt.date
    first: RateModel  # first statements: was the date first announced kept?
    restated: RateModel  # restatements: was a date announced again kept?
    lateness: LatenessModel


def fit(records: list[ClaimRecord], *, as_of: dt.date) -> FittedModel:
    """Fit every part of the model from what was known on `as_of` (strictly before it)."""
    first: list[tuple[str, str, bool]] = []
    restated: list[tuple[str, str, bool]] = []
    ratios: list[tuple[str, str, Observation]] = []
    for record in records:
        if record.stated_on >= as_of or record.first_end() is None:
            continue
        # A date joins the reference class once its end has passed, met or not. Counting
        # early fulfilments before then would see the kept promises first and the broken
        # ones only later: a sample leaning toward "on time" (the backtest showed it).
        for index, revision in enumerate(record.revisions):
            if revision.end is not None and revision.stated_on < as_of and revision.end < as_of:
                met = deadline_met(record, revision.end, as_of=as_of)
                if met is not None:
                    (restated if index else first).append(
                        (record.organisation, record.category, met)
                    )
        observation = ratio_observation(record, as_of=as_of)
        if observation is not None:
            ratios.append((record.organisation, record.category, observation))
    return FittedModel(as_of, fit_rates(first), fit_rates(restated), fit_lateness(ratios))


@dataclass(frozen=True)
class Forecast:
    claim_id: int
    p_on_time: float
    p_on_time_first: float
    p50_date: dt.date | None
    p80_date: dt.date | None
    p_beyond_data: float
    n_organisation: int
    n_category: int
    n_all: int
    organisation_held: int
    organisation_n: int
    organisation_p: float
    method: str


def _given_open(p_by_end: float, distribution: Distribution, *, now: float, end: float) -> float:
    """P(met by `end` | still open at `now`), with P(met by end) from the beta-binomial and the
    shape of the ratio distribution below `end` telling how much of it has already passed."""
    if now <= 0:
        return p_by_end
    if now >= end:
        return 0.0
    below_end = distribution.cdf(end)
    if below_end <= 0:
        return p_by_end
    passed = p_by_end * min(distribution.cdf(now) / below_end, 1.0)
    return max(0.0, min(1.0, (p_by_end - passed) / (1.0 - passed)))


def forecast(model: FittedModel, record: ClaimRecord, *, today: dt.date) -> Forecast | None:
    """The forecast for an open dated claim on `today`; None without a deadline."""
    first_end, end = record.first_end(), record.end_in_force(today + dt.timedelta(days=1))
    if first_end is None or end is None:
        return None
    horizon = record.horizon_days()
    now = max((today - record.stated_on).days, 0) / horizon
    end_ratio = ((end - record.stated_on).days + 1) / horizon
    first_ratio = ((first_end - record.stated_on).days + 1) / horizon
    key = (record.organisation, record.category)
    distribution = model.lateness.for_claim(*key)
    p_first = _given_open(model.first.probability(*key), distribution, now=now, end=first_ratio)
    if end == first_end:
        p_in_force = p_first
    else:
        # Restated: a date announced again has its own record (restatements' reference class).
        p_in_force = _given_open(
            model.restated.probability(*key), distribution, now=now, end=end_ratio
        )
    dates: list[dt.date | None] = []
    for q in (0.5, 0.8):
        # A claim forecast on the day it is stated may be fulfilled that very day (ratio 0).
        ratio = conditional_quantile(distribution, after=now if now > 0 else -math.inf, q=q)
        dates.append(
            None
            if ratio is None
            else max(record.stated_on + dt.timedelta(days=math.ceil(ratio * horizon)), today)
        )
    remaining = distribution.survival(now) if now > 0 else 1.0
    beyond = distribution.beyond / remaining if remaining > 0 else 1.0
    rates = model.first if end == first_end else model.restated
    organisation_p, held, organisation_n = model.first.organisation_rate(record.organisation)
    cell = rates.cells.get(key, _Counts())
    return Forecast(
        claim_id=record.id,
        p_on_time=round(p_in_force, 4),
        p_on_time_first=round(p_first, 4),
        p50_date=dates[0],
        p80_date=dates[1],
        p_beyond_data=round(min(max(beyond, 0.0), 1.0), 4),
        n_organisation=cell.n,
        n_category=rates.categories.get(record.category, _Counts()).n,
        n_all=rates.n_all,
        organisation_held=held,
        organisation_n=organisation_n,
        organisation_p=round(organisation_p, 4),
        # Too few resolved claims to fit the shrinkage: the published prior.
        method=EMPIRICAL_BAYES if rates.fitted else PUBLISHED_PRIOR,
    )


def quantile_array(values: list[float], q: float) -> float:
    """A plain quantile, for summaries."""
    return float(np.quantile(np.asarray(values, dtype=float), q))
