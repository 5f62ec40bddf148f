"""A reader opens the dashboard in a real browser (Debian's Chromium, driven by Playwright):
the scorecards and the timeline chart render from the API, on a desktop and on a phone."""

from __future__ import annotations

import pytest
from django.conf import settings

from tests.browser import SCREENSHOTS, require_chromium
from tests.factories import bleu_story

sync_api = require_chromium()

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def demo(now):
    """The four-claim Bleu story (tests.factories.bleu_story). Made before the browser starts:
    Playwright's event loop makes the ORM refuse to run in this thread once it is up."""
    bleu_story()


def open_dashboard(context, url: str, *, width: int, height: int):
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": height})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(url)
    page.wait_for_selector("body[data-ready]", timeout=15_000)
    return page, errors


def chart_state(page) -> dict:
    return page.evaluate("""() => {
        const chart = Chart.getChart('timeline-chart');
        const canvas = document.getElementById('timeline-chart');
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
        return {rows: chart.data.labels.length, painted: painted, width: canvas.clientWidth,
                datasets: chart.data.datasets.map(d => [d.label, d.data.length])};
    }""")


def test_the_dashboard_draws_scorecards_and_the_timeline_from_the_ledger(
    live_server, demo, browser
):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page, errors = open_dashboard(browser, live_server.url + "/", width=1280, height=900)
    assert page.evaluate("document.body.dataset.ready") == "true"
    assert errors == []

    card = page.locator(".scorecard[data-slug=bleu]")
    assert card.locator("h3").inner_text() == "Bleu"
    # Bleu, as of 2026-11-28: the 2022 promise kept 381 days late, SecNumCloud (end of 2025)
    # missed 332 days ago: neither first deadline met, a median of 357 days late.
    text = card.inner_text()
    assert "Promises\n4" in text
    assert "Kept late\n1" in text
    assert "First deadline met\n0% (n = 2)" in text
    assert "Days late, median\n357 d (n = 2)" in text
    assert "Missed their first deadline\n2" in text
    assert "Open and past deadline\n1" in text
    assert card.locator(".shares").get_attribute("aria-label") == (
        "0% kept on time, 50% kept late, 50% missed, of 2 settled"
    )

    chart = chart_state(page)
    # The three Bleu promises with a window; "not before the end of 2024" runs to the edge.
    # Gaia-X, with no date at all, is not on the timeline.
    assert chart["rows"] == 3
    # The 2022 promise was kept a year late: an amber triangle, not the kept-on-time dot.
    assert dict(chart["datasets"])["Kept late"] == 1
    assert dict(chart["datasets"])["Kept on time"] == 0
    assert dict(chart["datasets"])["Missed"] == 1
    assert chart["painted"] > 10_000  # the canvas is drawn, not blank

    overdue = page.locator("#overdue-list li").all_inner_texts()
    assert any("SecNumCloud" in item and "missed" in item for item in overdue)
    page.screenshot(path=SCREENSHOTS / "dashboard.png", full_page=True)


@pytest.fixture
def demo_ledger(now):
    """The real demo ledger (claims.demo), loaded before the browser starts."""
    from claims.demo import demo_load

    demo_load()


def test_the_dashboard_draws_the_demo_ledger_without_errors(live_server, demo_ledger, browser):
    page, errors = open_dashboard(browser, live_server.url + "/", width=1280, height=900)
    assert errors == []
    slugs = page.locator(".scorecard").evaluate_all("cards => cards.map(c => c.dataset.slug)")
    assert len(slugs) == 13 and {"bleu", "aws", "microsoft", "gaia-x"} <= set(slugs)
    chart = chart_state(page)
    # Every claim with a deadline has a row; the two undated promises have none.
    assert chart["rows"] == 26
    assert chart["painted"] > 10_000


def test_the_dashboard_is_readable_on_a_phone(live_server, demo, browser):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page, errors = open_dashboard(browser, live_server.url + "/", width=390, height=844)
    assert errors == []
    # No sideways scrolling: the page fits the phone's width, and so does the chart.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert chart_state(page)["width"] <= 390
    page.screenshot(path=SCREENSHOTS / "dashboard-phone.png", full_page=True)


def test_the_dashboard_script_speaks_french_on_the_french_page(live_server, demo, browser):
    # The words the script writes (scorecards, overdue list) come from the JavaScript
    # catalogue in the page's language, like the words of the page around them.
    browser.add_cookies([{"name": settings.LANGUAGE_COOKIE_NAME, "value": "fr",
                          "url": live_server.url}])  # fmt: skip
    page, errors = open_dashboard(browser, live_server.url + "/", width=1280, height=900)
    assert errors == []
    card = page.locator(".scorecard[data-slug=bleu]").inner_text()
    assert "Première échéance tenue" in card and "First deadline met" not in card
    overdue = page.locator("#overdue-list").inner_text()
    assert "Échéance" in overdue and "Deadline" not in overdue


# --- Under the Content-Security-Policy ---------------------------------------------------

RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation',
    (event) => window.__violations.push(event.effectiveDirective + ' ' + event.blockedURI));
"""


def open_with_policy(context, url: str, ready: str):
    page = context.new_page()
    page.add_init_script(RECORD_VIOLATIONS)  # injected by the browser: not subject to the policy
    response = page.goto(url)
    page.wait_for_selector(ready, timeout=15_000)
    page.wait_for_timeout(200)  # violation events are queued as tasks
    return page, response.headers["content-security-policy"]


def test_the_dashboard_works_under_its_content_security_policy(live_server, demo, browser):
    page, policy = open_with_policy(browser, live_server.url + "/", "body[data-ready]")

    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    assert page.evaluate("window.__violations") == []
    assert chart_state(page)["painted"] > 10_000

    # The policy is enforced: an inline script, as stored text might smuggle in, does not run.
    page.evaluate("""() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.body.appendChild(script);
    }""")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__inlineRan === true") is False
    assert any(v.startswith("script-src") for v in page.evaluate("window.__violations"))


def test_the_api_docs_and_the_admin_sign_in_work_under_their_policies(live_server, browser):
    docs, docs_policy = open_with_policy(
        browser, live_server.url + "/api/docs/", ".swagger-ui .info .title"
    )
    login, _ = open_with_policy(browser, live_server.url + "/admin/login/", "#id_username")

    assert "script-src 'self'" in docs_policy
    assert docs.evaluate("window.__violations") == []
    assert login.evaluate("window.__violations") == []
