"""A reader opens /calibration/ in a real browser (Debian's Chromium): the reliability diagram
is drawn by the server, and the page runs under the site's Content-Security-Policy with no
violation (no inline script or style)."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.models import Outcome
from claims.services import claim_record_outcome
from claims.services.forecasts import forecasts_refresh
from tests.claims.test_dashboard_browser import open_with_policy
from tests.factories import ClaimFactory, OrganisationFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def refreshed(now):
    """A small record and one refresh, before the browser starts (see test_dashboard_browser)."""
    acme = OrganisationFactory(name="Acme", slug="acme")
    for n in range(8):
        claim = ClaimFactory(
            promiser=acme,
            stated_on=dt.date(2021, 1, 10) + dt.timedelta(days=30 * n),
            deadline_text=f"by the end of {2021 + n % 4}",
        )
        end = claim.original_deadline_end
        on = end - dt.timedelta(days=10) if n % 3 else end + dt.timedelta(days=120)
        claim_record_outcome(claim=claim, outcome=Outcome.FULFILLED, on=on)
    forecasts_refresh()


def test_the_calibration_page_draws_its_diagram_under_the_policy(live_server, refreshed, browser):  # noqa: F811
    page, policy = open_with_policy(browser, live_server.url + "/calibration/", "#reliability")
    directives = {part.strip() for part in policy.split(";")}
    assert {"script-src 'self'", "style-src 'self'"} <= directives
    assert page.evaluate("window.__violations") == []
    # The diagram is painted: its frame has a size on screen. Eight settled dates are too
    # few to fit the model, so every forecast was the published prior: one square of its
    # own, with its row and a note that it tests the published figures, not the model.
    box = page.locator("#reliability").bounding_box()
    assert box is not None and box["width"] > 200
    assert page.locator("#reliability circle").count() == 0
    square = page.locator("#reliability rect.prior").bounding_box()
    assert square is not None and square["width"] > 0
    assert page.locator("#prior-row td").nth(1).inner_text() == "8"
    assert "published figures" in page.locator("#prior-note").inner_text()
    assert page.locator("#n").inner_text() == "8"
    # Its stylesheet applied (a class rule, not an inline style): the diagonal is dashed.
    dash = page.evaluate(
        "getComputedStyle(document.querySelector('#reliability .diagonal')).strokeDasharray"
    )
    assert dash not in ("", "none")
