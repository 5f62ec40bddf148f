"""The forecasting engine (claims.forecasting), plain Python: no database."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import approx_fprime

from claims.forecasting import ClaimRecord, Revision, fit, forecast
from claims.forecasting.backtest import Scored, bounds, reliability, summarise, wilson
from claims.forecasting.model import (
    MIN_RESOLVED_FOR_FIT,
    PRIOR_ON_TIME,
    PUBLISHED_PRIOR,
    _hierarchy_objective,
    deadline_met,
    fit_rates,
)
from claims.forecasting.survival import Observation, kaplan_meier, turnbull

TODAY = dt.date(2026, 11, 28)


def record(
    n: int,
    *,
    organisation: str = "acme",
    category: str = "launch",
    stated: dt.date = dt.date(2022, 1, 1),
    horizon: int = 365,
    fulfilled_after: int | None = None,
    withdrawn_after: int | None = None,
) -> ClaimRecord:
    """A claim stated on `stated`, due `horizon` days later, fulfilled (or withdrawn) some
    days after it was stated, or still open."""
    fulfilled = None if fulfilled_after is None else stated + dt.timedelta(days=fulfilled_after)
    withdrawn = None if withdrawn_after is None else stated + dt.timedelta(days=withdrawn_after)
    return ClaimRecord(
        id=n,
        organisation=organisation,
        category=category,
        stated_on=stated,
        revisions=(Revision(stated, stated + dt.timedelta(days=horizon)),),
        outcome="fulfilled" if fulfilled else ("withdrawn" if withdrawn else ""),
        fulfilled_from=fulfilled,
        fulfilled_to=fulfilled,
        outcome_on=fulfilled or withdrawn,
    )


class TestSurvival:
    def test_kaplan_meier_matches_the_textbook_example(self):
        # Events at 1, 3; censored at 2: S(1) = 2/3, then one at risk at 3: S(3) = 0.
        estimate = kaplan_meier(
            [Observation.exact(1), Observation.censored(2), Observation.exact(3)]
        )
        assert estimate.cdf(1) == pytest.approx(1 / 3)
        assert estimate.cdf(3) == pytest.approx(1.0)

    def test_a_withdrawn_claim_keeps_its_mass_beyond_every_date(self):
        estimate = kaplan_meier([Observation.exact(1), Observation.never()])
        assert estimate.cdf(1) == pytest.approx(0.5)
        assert estimate.beyond == pytest.approx(0.5)

    def test_turnbull_spreads_an_interval_over_the_points_inside_it(self):
        # One event known only to lie in [1, 3], two exact at 1 and 3: the NPMLE puts half
        # the mass on each.
        estimate = turnbull(
            [Observation.exact(1), Observation.exact(3), Observation(1, 3)], tolerance=1e-12
        )
        assert estimate.cdf(1) == pytest.approx(0.5, abs=1e-3)
        assert estimate.cdf(3) == pytest.approx(1.0)

    @settings(max_examples=60, deadline=None)
    @given(
        st.lists(
            st.tuples(
                st.floats(0, 5), st.floats(0, 2), st.sampled_from(["exact", "interval", "open"])
            ),
            min_size=1,
            max_size=40,
        )
    )
    def test_turnbull_is_a_distribution(self, draws):
        observations = [
            Observation.exact(a)
            if kind == "exact"
            else Observation(a, a + b)
            if kind == "interval"
            else Observation.censored(a)
            for a, b, kind in draws
        ]
        estimate = turnbull(observations)
        assert np.all(estimate.mass >= -1e-12)
        assert float(estimate.mass.sum()) + estimate.beyond == pytest.approx(1.0)


class TestRates:
    def test_fewer_resolved_than_the_threshold_falls_back_to_the_published_prior(self):
        model = fit_rates([("acme", "launch", True)] * (MIN_RESOLVED_FOR_FIT - 1))
        assert not model.fitted
        fitted = fit_rates([("acme", "launch", True)] * MIN_RESOLVED_FOR_FIT)
        assert fitted.fitted

    def test_with_no_data_the_forecast_is_the_published_base_rate(self):
        assert fit_rates([]).probability("acme", "launch") == pytest.approx(PRIOR_ON_TIME)

    @settings(max_examples=80, deadline=None)
    @given(
        st.lists(
            st.tuples(
                st.sampled_from(["a", "b", "c"]),
                st.sampled_from(["launch", "programme"]),
                st.booleans(),
            ),
            max_size=80,
        )
    )
    def test_probabilities_lie_between_0_and_1(self, outcomes):
        model = fit_rates(outcomes)
        for organisation in "abcz":
            for category in ("launch", "programme", "other"):
                assert 0 <= model.probability(organisation, category) <= 1

    @settings(max_examples=40, deadline=None)
    @given(st.integers(0, 3), st.integers(1, 3))
    def test_an_organisation_with_few_data_is_pulled_toward_its_category(self, met, n):
        # Many claims in the category hold 80% of the time, for each of ten organisations
        # (each holds 4 dates of 5); one organisation has a handful.
        outcomes = [(f"other{i % 10}", "launch", (i // 10) % 5 != 0) for i in range(200)]
        met = min(met, n)
        outcomes += [("acme", "launch", i < met) for i in range(n)]
        model = fit_rates(outcomes)
        own = met / n
        p = model.probability("acme", "launch")
        category = model.category_mean("launch")
        # Between its own share and the category's, nearer the category with this little data.
        assert min(own, category) - 1e-9 <= p <= max(own, category) + 1e-9
        assert abs(p - category) <= abs(own - category) + 1e-9

    def test_more_data_moves_the_organisation_further_from_its_category(self):
        background = [(f"other{i % 10}", "launch", (i // 10) % 2 == 0) for i in range(200)]
        few = fit_rates(background + [("acme", "launch", True)] * 2)
        many = fit_rates(background + [("acme", "launch", True)] * 30)
        assert many.probability("acme", "launch") > few.probability("acme", "launch")

    @settings(max_examples=25, deadline=None)
    @given(
        st.lists(
            st.tuples(st.integers(0, 7), st.integers(0, 3), st.booleans()),
            min_size=MIN_RESOLVED_FOR_FIT,
            max_size=120,
        ),
        st.lists(st.floats(-3, 3), min_size=6, max_size=6),
    )
    def test_the_fits_gradient_is_the_derivative_of_its_objective(self, outcomes, point):
        # The fit hands L-BFGS-B its own gradient; a wrong one would stop it early or astray.
        model = fit_rates([(f"o{o}", f"c{c}", met) for o, c, met in outcomes])
        names = sorted(model.categories)
        objective = _hierarchy_objective(model, names)
        theta = np.asarray(point[: len(names)] + [point[-2] / 3, 3 + point[-1]])
        _, gradient = objective(theta)
        numerical = approx_fprime(theta, lambda t: objective(t)[0], 1e-6)
        assert gradient == pytest.approx(numerical, rel=1e-3, abs=1e-3)


class TestForecast:
    def history(self) -> list[ClaimRecord]:
        """Forty resolved claims of two organisations, on time about half the time."""
        records = []
        for n in range(40):
            stated = dt.date(2020, 1, 1) + dt.timedelta(days=20 * n)
            late = n % 2 == 0
            records.append(
                record(
                    n + 1,
                    organisation="acme" if n % 4 < 2 else "globex",
                    stated=stated,
                    fulfilled_after=300 if not late else 365 + 30 * (n % 7) + 10,
                )
            )
        return records

    def test_a_new_claim_due_next_year_gets_a_probability_and_ordered_dates(self):
        records = self.history()
        new = record(999, stated=TODAY - dt.timedelta(days=10), horizon=400)
        prediction = forecast(fit([*records, new], as_of=TODAY), new, today=TODAY)
        assert prediction is not None
        assert 0 <= prediction.p_on_time <= 1
        assert prediction.p50_date is not None and prediction.p80_date is not None
        assert TODAY <= prediction.p50_date <= prediction.p80_date
        assert prediction.method == "empirical-bayes"
        assert prediction.n_all == 40

    def test_a_claim_without_a_deadline_gets_no_forecast(self):
        undated = ClaimRecord(1, "acme", "launch", dt.date(2025, 1, 1), (), "")
        assert forecast(fit(self.history(), as_of=TODAY), undated, today=TODAY) is None

    def test_a_claim_past_its_deadline_cannot_hold_it_but_still_gets_dates(self):
        records = self.history()
        overdue = record(999, stated=TODAY - dt.timedelta(days=400), horizon=365)
        prediction = forecast(fit(records, as_of=TODAY), overdue, today=TODAY)
        assert prediction is not None
        assert prediction.p_on_time == 0
        assert prediction.p50_date is None or prediction.p50_date >= TODAY

    def test_the_fit_uses_nothing_recorded_on_or_after_its_day(self):
        records = self.history()
        as_of = dt.date(2021, 1, 1)
        later = [r for r in records if r.stated_on >= as_of]
        changed = [
            record(r.id, organisation=r.organisation, stated=r.stated_on, fulfilled_after=1)
            for r in later
        ]
        earlier = [r for r in records if r.stated_on < as_of]
        a = fit(records, as_of=as_of).first
        b = fit(earlier + changed, as_of=as_of).first
        assert (a.n_all, a.mu0) == (b.n_all, b.mu0)

    @settings(max_examples=40, deadline=None)
    @given(st.integers(0, 2000), st.integers(30, 1500))
    def test_p50_never_after_p80(self, elapsed, horizon):
        records = self.history()
        claim = record(999, stated=TODAY - dt.timedelta(days=elapsed), horizon=horizon)
        prediction = forecast(fit(records, as_of=TODAY), claim, today=TODAY)
        assert prediction is not None
        assert 0 <= prediction.p_on_time <= 1 and 0 <= prediction.p_on_time_first <= 1
        if prediction.p50_date and prediction.p80_date:
            assert prediction.p50_date <= prediction.p80_date


class TestDeadlineMet:
    """The ledger's rule (claims.selectors.rules) replayed on a past day."""

    def test_met_when_fulfilled_on_the_last_day(self):
        claim = record(1, horizon=100, fulfilled_after=100)
        assert deadline_met(claim, claim.first_end(), as_of=TODAY) is True

    def test_missed_when_fulfilled_the_day_after(self):
        claim = record(1, horizon=100, fulfilled_after=101)
        assert deadline_met(claim, claim.first_end(), as_of=TODAY) is False

    def test_open_is_undecided_until_the_end_passes_then_missed(self):
        claim = record(1, stated=dt.date(2026, 1, 1), horizon=100)
        end = claim.first_end()
        assert end is not None
        assert deadline_met(claim, end, as_of=end) is None
        assert deadline_met(claim, end, as_of=end + dt.timedelta(days=1)) is False

    def test_a_fulfilment_not_yet_recorded_is_not_known(self):
        claim = record(1, stated=dt.date(2026, 1, 1), horizon=100, fulfilled_after=50)
        assert deadline_met(claim, claim.first_end(), as_of=dt.date(2026, 1, 30)) is None

    def test_withdrawn_is_missed_once_the_end_passed(self):
        claim = record(1, horizon=100, withdrawn_after=10)
        assert deadline_met(claim, claim.first_end(), as_of=TODAY) is False


class TestScores:
    def test_wilson_interval_contains_the_share_and_narrows_with_n(self):
        low, high = wilson(30, 100)
        assert low < 0.3 < high
        narrow = wilson(300, 1000)
        assert narrow[1] - narrow[0] < high - low

    def test_a_bin_holds_when_its_mean_forecast_lies_in_the_interval(self):
        table = reliability([(0.5, True), (0.5, False)] * 20)
        assert table[2]["count"] == 40 and table[2]["holds"] is True
        table = reliability([(0.9, False)] * 40)
        assert table[4]["holds"] is False

    def test_the_published_priors_forecasts_are_scored_but_kept_out_of_the_bins(self):
        # Forecasts made before the record could teach test the published figures, not the
        # method: a row of their own, still in n and the Brier score.
        record = ClaimRecord(
            1, "acme", "launch", dt.date(2020, 1, 1), (Revision(dt.date(2020, 1, 1), None),)
        )
        learned = [Scored(record, 0.3, met, None, None, "empirical-bayes") for met in [True] * 3]
        prior = [Scored(record, 0.5, False, None, None, PUBLISHED_PRIOR)] * 2
        summary = summarise(learned + prior, today=dt.date(2026, 1, 1))
        assert summary["n"] == 5
        assert summary["brier"] == round((3 * 0.7**2 + 2 * 0.5**2) / 5, 4)
        assert [row["count"] for row in summary["bins"]] == [0, 3, 0, 0, 0]
        assert summary["prior_period"]["count"] == 2
        assert summary["prior_period"]["mean_forecast"] == 0.5
        assert summary["prior_period"]["observed"] == 0.0

    def test_bounds_name_the_bins_that_miss(self):
        summary = {
            "brier_skill": 0.1,
            "p50_coverage": 0.5,
            "p80_coverage": 0.8,
            "bins": reliability([(0.9, False)] * 40 + [(0.5, True), (0.5, False)] * 20),
        }
        result = bounds(summary)
        assert result["bins_missing"] == ["0.8-1.0"]
        assert not result["all_hold"] and result["p50_within"] and result["p80_within"]


def test_the_engine_imports_without_django():
    import subprocess
    import sys

    code = (
        "import sys, claims.forecasting, claims.forecasting.backtest, "
        "claims.forecasting.synthetic; assert 'django' not in sys.modules, 'django imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": "."})
