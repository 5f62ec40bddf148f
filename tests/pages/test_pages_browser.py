"""The public pages in a real browser (Debian's Chromium, driven by Playwright), at 1280 and
390 px: they render without errors or sideways scrolling, their links, tooltips and filters do
what they say, and axe-core finds no serious or critical accessibility violation."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.browser import SCREENSHOTS, require_chromium

SIZES = {"desktop": (1280, 900), "phone": (390, 844)}

sync_api = require_chromium()
axe_playwright = pytest.importorskip("axe_playwright_python.sync_playwright")

# Serialized rollback restores what the flush at the end removes (content types, the groups
# made by data migrations), as the other browser tests do.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def ledger(now):
    """Two vendors whose promises read alike (a tooltip naming the wrong one would show), made
    through the services before the browser starts (the ORM refuses to run in Playwright's
    thread once its event loop is up)."""
    from claims.models import Evidence, Outcome
    from claims.services import (
        claim_record_outcome,
        claims_sweep_statuses,
        deadline_revision_create,
        evidence_review,
    )
    from tests.factories import (
        ClaimFactory,
        EvidenceFactory,
        OrganisationFactory,
        SourceFactory,
    )

    nimbus = OrganisationFactory(name="Nimbus Cloud", slug="nimbus")
    stratus = OrganisationFactory(name="Stratus Ops", slug="stratus")
    restated = ClaimFactory(
        promiser=nimbus,
        statement="Open the sovereign region to all customers",
        quote="We will open the region to every customer by the end of 2024.",
        deadline_text="by the end of 2024",
    )
    deadline_revision_create(
        claim=restated,
        text="by the end of 2025",
        stated_on=dt.date(2025, 3, 1),
        source=SourceFactory(title="Region delayed"),
    )
    evidence = EvidenceFactory(claim=restated, kind=Evidence.Kind.DELAY, summary="Delay confirmed")
    evidence_review(evidence=evidence, state=Evidence.State.CONFIRMED)
    late = ClaimFactory(promiser=nimbus, statement="Certify the platform", deadline_text="in 2024")
    claim_record_outcome(claim=late, outcome=Outcome.FULFILLED, on=dt.date(2025, 3, 1))
    on_time = ClaimFactory(promiser=nimbus, statement="Launch the beta", deadline_text="in 2025")
    claim_record_outcome(claim=on_time, outcome=Outcome.FULFILLED, on=dt.date(2025, 6, 1))
    twin = ClaimFactory(
        promiser=stratus,
        statement="Open the sovereign region to all customers",
        deadline_text="by the end of 2027",
    )
    claims_sweep_statuses()
    return {"restated": restated, "late": late, "on_time": on_time, "twin": twin}


def open_page(context, url: str, *, size: str = "desktop", ready: str = "body"):
    width, height = SIZES[size]
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": height})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(url)
    page.wait_for_selector(ready, timeout=15_000)
    return page, errors


def fits(page, width: int) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= width


def serious_violations(page) -> list[str]:
    results = axe_playwright.Axe().run(page)
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])})"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


# --- Each page, at each width -------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
def test_the_dashboard_renders_at_each_width(live_server, ledger, browser, size):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page, errors = open_page(browser, live_server.url + "/", size=size, ready="body[data-ready]")

    assert page.evaluate("document.body.dataset.ready") == "true"
    assert errors == []
    assert fits(page, SIZES[size][0])
    assert page.locator("#timeline-rows a").count() == 4
    page.screenshot(path=SCREENSHOTS / f"pages-dashboard-{size}.png", full_page=True)


@pytest.mark.parametrize("size", SIZES)
def test_a_claim_page_renders_at_each_width(live_server, ledger, browser, size):
    claim = ledger["restated"]
    page, errors = open_page(browser, f"{live_server.url}/claims/{claim.pk}/", size=size)

    assert errors == []
    assert fits(page, SIZES[size][0])
    assert "697 days late" in page.locator(".verdict").inner_text()
    # The picture drawn for the width: readable text, not a shrunken desktop copy.
    wide, narrow = page.locator("svg.history-wide"), page.locator("svg.history-narrow")
    assert (wide.is_visible(), narrow.is_visible()) == (size == "desktop", size == "phone")
    page.screenshot(path=SCREENSHOTS / f"pages-claim-{size}.png", full_page=True)


@pytest.mark.parametrize("size", SIZES)
def test_an_organisation_page_renders_at_each_width(live_server, ledger, browser, size):
    page, errors = open_page(browser, f"{live_server.url}/organisations/nimbus/", size=size)

    assert errors == []
    assert fits(page, SIZES[size][0])
    assert page.locator(f"svg.dots-{'wide' if size == 'desktop' else 'narrow'} a").count() == 3
    page.screenshot(path=SCREENSHOTS / f"pages-organisation-{size}.png", full_page=True)


# --- What the dashboard's marks, links, tooltips and filter do -----------------------------


def test_a_focused_row_link_shows_the_tooltip_of_its_own_claim(live_server, ledger, browser):
    page, _ = open_page(browser, live_server.url + "/", ready="body[data-ready]")
    twin = ledger["twin"]

    link = page.locator(f'#timeline-rows li[data-claim="{twin.pk}"] a')
    # The whole text is the link's, for screen readers, however the label is cut on screen.
    assert link.inner_text() == "Stratus Ops: Open the sovereign region to all customers"
    link.focus()
    title = page.evaluate("Chart.getChart('timeline-chart').tooltip.title")

    assert title == ["Stratus Ops: Open the sovereign region to all customers"]


def test_tab_reaches_the_row_links(live_server, ledger, browser):
    page, _ = open_page(browser, live_server.url + "/", ready="body[data-ready]")

    reached: list[str] = []
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('#timeline-rows')"):
            reached.append(page.evaluate("document.activeElement.getAttribute('href')"))
        elif reached:
            break  # past the last row
    assert len(reached) == 4 and all(re.fullmatch(r"/claims/\d+/", h) for h in reached)


def test_a_bar_a_mark_and_a_row_open_their_claim_page(live_server, ledger, browser):
    page, _ = open_page(browser, live_server.url + "/", ready="body[data-ready]")
    late = ledger["late"]
    # The kept-late triangle of "Certify the platform".
    point = page.evaluate("""(id) => {
        const chart = Chart.getChart('timeline-chart');
        chart.canvas.scrollIntoView({block: 'center'});
        const d = chart.data.datasets.findIndex(s => s.label === 'Kept late');
        const i = chart.data.datasets[d].data.findIndex(p => p.y === String(id));
        const box = chart.canvas.getBoundingClientRect();
        const e = chart.getDatasetMeta(d).data[i];
        return {x: box.left + e.x, y: box.top + e.y};
    }""", late.pk)  # fmt: skip
    page.mouse.click(point["x"], point["y"])
    page.wait_for_url(f"**/claims/{late.pk}/")

    page.goto(live_server.url + "/")
    page.wait_for_selector("body[data-ready]")
    twin = ledger["twin"]
    bar = page.evaluate("""(id) => {
        const chart = Chart.getChart('timeline-chart');
        chart.canvas.scrollIntoView({block: 'center'});
        const i = chart.data.datasets[1].data.findIndex(p => p.y === String(id));
        const e = chart.getDatasetMeta(1).data[i];
        const box = chart.canvas.getBoundingClientRect();
        return {x: box.left + e.x - 3, y: box.top + e.y};
    }""", twin.pk)  # fmt: skip
    page.mouse.click(bar["x"], bar["y"])
    page.wait_for_url(f"**/claims/{twin.pk}/")


def test_kept_late_is_an_amber_triangle_and_the_legend_uses_the_marks_colours(
    live_server, ledger, browser
):
    page, _ = open_page(browser, live_server.url + "/", ready="body[data-ready]")

    marks = page.evaluate("""() => {
        const chart = Chart.getChart('timeline-chart');
        const items = chart.legend.legendItems;
        return chart.data.datasets.map((d, i) => ({
            label: d.label, style: d.pointStyle || 'bar', colour: d.backgroundColor,
            count: d.data.length, legendFill: items[i].fillStyle,
            legendStyle: items[i].pointStyle || 'bar'}));
    }""")
    by_label = {m["label"]: m for m in marks}

    assert (by_label["Kept late"]["style"], by_label["Kept late"]["count"]) == ("triangle", 1)
    assert (by_label["Kept on time"]["style"], by_label["Kept on time"]["count"]) == ("circle", 1)
    assert by_label["Kept late"]["colour"] != by_label["Kept on time"]["colour"]
    for mark in marks:
        assert mark["legendFill"] == mark["colour"]
        if mark["style"] != "bar":
            assert mark["legendStyle"] == mark["style"]


def test_restatements_sit_on_the_day_stated_and_ticks_on_1_january(live_server, ledger, browser):
    page, _ = open_page(browser, live_server.url + "/", ready="body[data-ready]")

    found = page.evaluate("""() => {
        const chart = Chart.getChart('timeline-chart');
        const restated = chart.data.datasets.find(d => d.label.startsWith('Restatement'));
        return {days: restated.data.map(p => new Date(p.x).toISOString().slice(0, 10)),
                ticks: chart.scales.x.ticks.map(t => new Date(t.value).toISOString().slice(5, 10))};
    }""")

    assert found["days"] == ["2025-03-01"]
    assert found["ticks"] and set(found["ticks"]) == {"01-01"}


def test_the_organisation_filter_narrows_the_whole_page_and_stays_in_the_address(
    live_server, ledger, browser
):
    page, _ = open_page(browser, live_server.url + "/", ready="body[data-ready]")

    page.select_option("#organisation-filter", "stratus")
    page.wait_for_selector("body[data-ready=true]")

    assert page.url.endswith("/?organisation=stratus")
    assert page.locator(".scorecard").evaluate_all("c => c.map(e => e.dataset.slug)") == ["stratus"]
    assert page.locator("#timeline-rows a").all_inner_texts() == [
        "Stratus Ops: Open the sovereign region to all customers"
    ]
    assert "Nimbus" not in page.locator("#overdue-list").inner_text()

    # Opened from the address, the page starts filtered.
    again, _ = open_page(
        browser, live_server.url + "/?organisation=nimbus", ready="body[data-ready]"
    )
    assert again.locator("#organisation-filter").input_value() == "nimbus"
    assert again.locator("#timeline-rows a").count() == 3
    assert "Nimbus Cloud" in again.locator("#overdue-list").inner_text()


# --- The organisation page's meter and dots ------------------------------------------------


def test_the_meter_and_the_dots_open_what_they_show(live_server, ledger, browser):
    page, _ = open_page(browser, f"{live_server.url}/organisations/nimbus/")

    page.locator("svg.meter-wide a.group-kept_late").click()
    page.wait_for_url("**/organisations/nimbus/?status=kept_late*")
    assert page.locator(".claim-list li").all_inner_texts()[0].startswith("Certify the platform")

    page.goto(f"{live_server.url}/organisations/nimbus/")
    late = ledger["late"]
    page.locator(f'svg.dots-wide a[href="/claims/{late.pk}/"]').click()
    page.wait_for_url(f"**/claims/{late.pk}/")


# --- Accessibility ------------------------------------------------------------------------


def test_axe_finds_no_serious_violation_on_the_public_pages(live_server, ledger, browser):
    claim = ledger["restated"]
    pages = {
        "dashboard": ("/", "body[data-ready]"),
        "claim": (f"/claims/{claim.pk}/", "body"),
        "organisation": ("/organisations/nimbus/", "body"),
    }
    found = {}
    for name, (path, ready) in pages.items():
        page, _ = open_page(browser, live_server.url + path, ready=ready)
        found[name] = serious_violations(page)

    assert found == {name: [] for name in pages}
