"""An editor works in the admin on a 1280 px screen (Debian's Chromium, driven by Playwright):
lists and forms fit the window, and a source is found by typing part of its title."""

from __future__ import annotations

import datetime as dt

import pytest
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore

from claims.demo import demo_load
from claims.models import Claim, Evidence, Source
from claims.services import evidence_add
from tests.browser import SCREENSHOTS, chromium, require_chromium

require_chromium()

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WIDTH = 1280


@pytest.fixture
def ledger(now, editor):
    """The demo ledger, a delay the news watch proposes a new deadline for, and a signed-in
    editor's session cookie. All made before the browser starts: Playwright's event loop
    makes the ORM refuse to run in this thread once it is up."""
    demo_load()
    claim = Claim.objects.filter(outcome="", deadline_end__isnull=False).order_by("id").first()
    assert claim is not None
    source = Source.objects.create(
        url="https://news.example.org/zephyrine-delay",
        title="Zephyrine region slips to the summer",
        publisher="Example News",
        published_on=dt.date(2026, 11, 20),
    )
    evidence_add(
        claim=claim,
        source=source,
        observed_on=dt.date(2026, 11, 20),
        kind=Evidence.Kind.DELAY,
        summary="First services are now expected in the summer of 2027, later than promised.",
        why="score 0.80: +0.30 names the promiser; +0.20 new deadline",
        score=0.8,
        deadline_text="in the summer of 2027",
        proposed_start=dt.date(2027, 6, 1),
        proposed_end=dt.date(2027, 8, 31),
    )
    session = SessionStore()
    session[SESSION_KEY] = str(editor.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = editor.get_session_auth_hash()
    session.save()
    return {"claim": claim.pk, "session": session.session_key}


@pytest.fixture
def admin_page(live_server, ledger):
    with chromium(width=WIDTH) as context:
        context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": ledger["session"],
                    "url": live_server.url,
                }
            ]
        )
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))

        def open_page(path: str, *, name: str):
            page.goto(live_server.url + path)
            page.wait_for_load_state("load")
            assert "/admin/login/" not in page.url, "the editor's session was not accepted"
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / f"admin-{name}-{WIDTH}.png"), full_page=True)
            return page

        yield open_page, ledger, errors


def overflow(page) -> dict:
    """How far the page, its widest element and any scrolled box (the admin lists its
    results in one) reach past what is shown, in CSS pixels."""
    return page.evaluate("""() => {
        const width = document.documentElement.clientWidth;
        let widest = null, right = 0, hidden = 0, scroller = '';
        for (const element of document.querySelectorAll('#content *')) {
            const box = element.getBoundingClientRect();
            if (box.width && box.right > right) { right = box.right; widest = element; }
            const cut = element.scrollWidth - element.clientWidth;
            const style = getComputedStyle(element).overflowX;
            if (style !== 'visible' && element.clientWidth > 10 && cut > hidden) {
                hidden = cut; scroller = element.tagName + '.' + element.className;
            }
        }
        return {
            page: document.documentElement.scrollWidth - width,
            element: Math.round(right - width),
            widest: widest ? widest.tagName + '.' + widest.className + '#' + widest.id : '',
            scrolled: hidden,
            scroller: scroller,
        };
    }""")


def assert_fits(page) -> None:
    reach = overflow(page)
    assert reach["page"] <= 0, str(reach)
    assert reach["element"] <= 0, str(reach)
    assert reach["scrolled"] <= 1, str(reach)


def test_the_claim_list_fits_and_its_link_is_the_statement(admin_page):
    open_page, _, errors = admin_page
    page = open_page("/admin/claims/claim/", name="claim-list")

    assert_fits(page)
    headers = page.locator("#result_list thead th").all_inner_texts()
    assert any("promise" in header.lower() for header in headers)
    assert any("moved" in header.lower() for header in headers)  # the right-hand column shows
    first_link = page.locator("#result_list tbody tr th a").first
    assert first_link.inner_text() != ""
    assert page.locator("#result_list tbody tr td.field-promiser").first.inner_text() != ""
    assert errors == []


def test_the_claim_form_fits_and_its_statement_is_a_multi_line_box(admin_page):
    open_page, ledger, errors = admin_page
    page = open_page(f"/admin/claims/claim/{ledger['claim']}/change/", name="claim-form")

    assert_fits(page)
    assert page.locator("textarea#id_statement").count() == 1
    assert errors == []


def test_the_evidence_queue_shows_its_useful_columns_and_the_proposed_window(admin_page):
    open_page, _, errors = admin_page
    page = open_page("/admin/tracker/evidencereview/", name="evidence-queue")

    assert_fits(page)
    for column in ("claim", "kind", "proposed new deadline", "source", "why"):
        header = page.locator(f"#result_list thead th:has-text('{column}')").first
        box = header.bounding_box()
        assert box is not None and box["width"] > 30, column
        assert box["x"] + box["width"] <= WIDTH, column
    assert "1 June 2027 to 31 August 2027" in page.locator("#result_list").inner_text()
    assert errors == []


def test_the_outcome_form_fits_and_finds_a_source_by_typing(admin_page):
    open_page, ledger, errors = admin_page
    page = open_page(
        f"/admin/claims/claim/{ledger['claim']}/outcome/fulfilled/", name="outcome-form"
    )

    assert_fits(page)
    # The admin's "add another" link sits next to the source picker.
    assert page.locator("#add_id_source").count() == 1
    page.locator(".field-source .select2-selection").click()
    page.locator(".select2-search__field").fill("Zephyrine")
    option = page.locator(".select2-results__option", has_text="Zephyrine region")
    option.wait_for(timeout=10_000)
    option.click()
    assert page.locator("#id_source").input_value() != ""
    assert errors == []


def test_the_restatement_source_is_marked_required(admin_page):
    open_page, ledger, errors = admin_page
    page = open_page(f"/admin/claims/claim/{ledger['claim']}/change/", name="claim-form-rows")

    page.locator(".add-row a").first.click()
    header = page.locator("#revisions-group thead th", has_text="Source")
    assert "required" in (header.first.get_attribute("class") or "")
    assert errors == []


@pytest.mark.parametrize(
    "path",
    [
        "/admin/claims/claim/add/",
        "/admin/claims/evidence/",
        "/admin/claims/claimdraft/",
        "/admin/claims/claimdraft/import/",
        "/admin/claims/source/",
        "/admin/claims/deadlinerevision/",
        "/admin/claims/statusevent/",
    ],
)
def test_the_other_ledger_pages_fit(admin_page, path):
    open_page, _, errors = admin_page
    page = open_page(path, name=path.strip("/").replace("/", "-"))

    assert_fits(page)
    assert errors == []


def test_the_import_form_is_laid_out_like_the_admins_forms(admin_page):
    open_page, _, _ = admin_page
    page = open_page("/admin/claims/claimdraft/import/", name="import")

    assert page.locator("fieldset.module.aligned .form-row.field-url").count() == 1
    # The admin's form stylesheet is applied: labels sit beside their fields.
    label = page.locator(".field-url label").bounding_box()
    field = page.locator("#id_url").bounding_box()
    assert label is not None and field is not None
    assert abs(label["y"] - field["y"]) < 20 and field["x"] > label["x"] + label["width"] - 1
