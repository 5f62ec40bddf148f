"""Forecasts from the track record as the ledger stores and shows them: the refresh, the API's
fields, the commands, the calibration page. The engine has its own tests (test_forecasting)."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction

from claims.models import ClaimForecast, ForecastRun, Outcome
from claims.services import claim_record_outcome
from claims.services.forecasts import NO_DEADLINE, NO_REFERENCE, forecasts_refresh
from tests.factories import ClaimFactory, OrganisationFactory
from tests.markers import postgres_only

pytestmark = pytest.mark.django_db


def settle(claim, *, on: dt.date, outcome: str = Outcome.FULFILLED):
    return claim_record_outcome(claim=claim, outcome=outcome, on=on)


@pytest.fixture
def record(now):
    """Acme's record: six dated promises of 2022-2024, three kept on time, three late."""
    acme = OrganisationFactory(name="Acme", slug="acme")
    for n in range(6):
        claim = ClaimFactory(
            promiser=acme,
            stated_on=dt.date(2022, 1, 10) + dt.timedelta(days=60 * n),
            deadline_text=f"by the end of {2022 + n % 3}",
        )
        end = claim.original_deadline_end
        settle(claim, on=end - dt.timedelta(days=20) if n % 2 else end + dt.timedelta(days=90))
    return acme


def command(*args) -> tuple[str, dict]:
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    text = out.getvalue()
    return text, json.loads(text.strip().splitlines()[-1])


class TestClaimForecastInTheApi:
    def test_a_new_open_claim_due_next_year_gets_a_forecast_after_the_refresh(
        self, record, anonymous
    ):
        claim = ClaimFactory(
            promiser=record, stated_on=dt.date(2026, 11, 1), deadline_text="by the end of 2027"
        )
        call_command("refresh_forecasts", stdout=io.StringIO())
        body = anonymous.get(f"/api/v1/claims/{claim.pk}/").json()
        forecast = body["forecast"]
        assert 0 <= forecast["p_on_time"] <= 1
        assert forecast["p50_date"] <= forecast["p80_date"]
        assert forecast["n_reference"]["organisation"] == 6
        assert forecast["organisation"] == {"held": 3, "n": 6}
        assert forecast["sentence"].startswith("Dates Acme announces have held 3 of 6 times")
        assert body["forecast_reason"] == ""
        # The list gives the same object as the detail.
        listed = anonymous.get("/api/v1/claims/?page_size=50").json()["results"]
        assert next(c for c in listed if c["id"] == claim.pk)["forecast"] == forecast

    def test_a_claim_with_no_deadline_gets_null_and_the_reason(self, record, anonymous):
        claim = ClaimFactory(promiser=record, stated_on=dt.date(2026, 11, 1), deadline_text="")
        forecasts_refresh()
        body = anonymous.get(f"/api/v1/claims/{claim.pk}/").json()
        assert body["forecast"] is None
        assert body["forecast_reason"] == NO_DEADLINE

    def test_with_nothing_resolved_there_is_no_invented_number(self, now, anonymous):
        claim = ClaimFactory(stated_on=dt.date(2026, 11, 1), deadline_text="by the end of 2027")
        forecasts_refresh()
        body = anonymous.get(f"/api/v1/claims/{claim.pk}/").json()
        assert body["forecast"] is None
        assert body["forecast_reason"] == NO_REFERENCE

    def test_a_settled_claim_has_no_forecast(self, record, anonymous):
        forecasts_refresh()
        settled = record.claims.first()
        body = anonymous.get(f"/api/v1/claims/{settled.pk}/").json()
        assert body["forecast"] is None
        assert "settled" in body["forecast_reason"]

    def test_the_scorecard_carries_the_organisations_rate_with_its_n(self, record, anonymous):
        forecasts_refresh()
        card = anonymous.get("/api/v1/organisations/acme/scorecard/").json()["scorecard"]
        assert card["forecast_on_time"]["n"] == 6
        assert card["forecast_on_time"]["held"] == 3
        assert 0 < card["forecast_on_time"]["p_on_time"] < 1
        assert "Acme announces hold" in card["forecast_on_time"]["sentence"]


class TestRefresh:
    def test_each_refresh_is_a_new_snapshot_and_only_the_latest_is_read(self, record):
        ClaimFactory(promiser=record, stated_on=dt.date(2026, 11, 1), deadline_text="in 2027")
        first = forecasts_refresh()
        second = forecasts_refresh()
        assert ForecastRun.objects.count() == 2
        assert ClaimForecast.objects.count() == 2
        assert list(ClaimForecast.objects.filter(is_latest=True).values_list("run", flat=True)) == [
            second.run_id
        ]
        assert first.run_id != second.run_id

    def test_only_if_changed_does_nothing_until_a_claim_changes(self, record):
        claim = ClaimFactory(
            promiser=record, stated_on=dt.date(2026, 11, 1), deadline_text="in 2027"
        )
        forecasts_refresh()
        assert forecasts_refresh(only_if_changed=True).skipped
        assert ForecastRun.objects.count() == 1
        settle(claim, on=dt.date(2026, 11, 20))
        assert not forecasts_refresh(only_if_changed=True).skipped
        assert ForecastRun.objects.count() == 2

    def test_a_write_to_the_ledger_does_not_wait_for_forecasts(self, record):
        # No refresh has run: recording a claim still works and its forecast is simply absent.
        claim = ClaimFactory(
            promiser=record, stated_on=dt.date(2026, 11, 1), deadline_text="in 2027"
        )
        assert not ForecastRun.objects.exists()
        assert claim.pk


class TestCommands:
    def test_refresh_forecasts_prints_progress_then_one_json_object(self, record):
        text, result = command("refresh_forecasts", "--json")
        assert result["run_id"] == ForecastRun.objects.get().pk
        assert result["resolved"] == 6 and result["method"] == "published-prior"
        _, again = command("refresh_forecasts", "--if-changed", "--json")
        assert again["skipped"] is True

    def test_forecast_backtest_on_the_ledger_reports_its_n(self, record):
        text, result = command("forecast_backtest", "--json")
        assert result["ledger"] == "real"
        assert result["n"] == 6
        assert {"brier", "brier_skill", "p50_coverage", "p80_coverage", "bins"} <= set(result)
        assert len(result["bins"]) == 5
        assert "Brier" in text

    def test_forecast_backtest_refuses_a_silly_size(self):
        from django.core.management.base import CommandError

        with pytest.raises(CommandError, match="10 to 100000"):
            call_command("forecast_backtest", "--synthetic", "3")


class TestCalibrationPage:
    def test_before_any_refresh_it_says_so(self, client, now):
        response = client.get("/calibration/")
        assert response.status_code == 200
        assert b"No forecasts have been computed yet." in response.content

    def test_it_shows_the_diagram_and_the_n(self, client, record):
        forecasts_refresh()
        page = client.get("/calibration/").content.decode()
        assert '<svg class="diagram" id="reliability"' in page
        assert '<td id="n">6</td>' in page
        assert "They rest on 6 promises" in page
        assert 'id="stale"' not in page

    def test_figures_two_days_old_are_flagged(self, client, record, now):
        forecasts_refresh()
        now.shift(dt.timedelta(days=2, hours=1))
        page = client.get("/calibration/").content.decode()
        assert 'id="stale"' in page and "2 days ago" in page


@postgres_only("database triggers: PostgreSQL only")
class TestSnapshotsAreKept:
    def refused(self, sql: str, params: list) -> str:
        with pytest.raises(DatabaseError) as error, transaction.atomic(), connection.cursor() as c:
            c.execute(sql, params)
        return str(error.value)

    def test_a_forecast_cannot_be_rewritten_or_deleted(self, record):
        ClaimFactory(promiser=record, stated_on=dt.date(2026, 11, 1), deadline_text="in 2027")
        forecasts_refresh()
        row = ClaimForecast.objects.get()
        assert "Cannot update" in self.refused(
            "UPDATE claims_claimforecast SET p_on_time = 0.99 WHERE id = %s", [row.pk]
        )
        assert "Cannot delete" in self.refused(
            "DELETE FROM claims_claimforecast WHERE id = %s", [row.pk]
        )
        assert "Cannot update" in self.refused(
            "UPDATE claims_forecastrun SET as_of = '2020-01-01' WHERE id = %s", [row.run_id]
        )

    def test_a_retired_forecast_cannot_become_the_latest_again(self, record):
        ClaimFactory(promiser=record, stated_on=dt.date(2026, 11, 1), deadline_text="in 2027")
        forecasts_refresh()
        forecasts_refresh()
        old = ClaimForecast.objects.get(is_latest=False)
        assert "Cannot update" in self.refused(
            "UPDATE claims_claimforecast SET is_latest = true WHERE id = %s", [old.pk]
        )
