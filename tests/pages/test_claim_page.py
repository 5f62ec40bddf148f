"""A reader opens a claim's page: what was promised, by whom, how late, its deadline history,
its timeline with sources and roles, evidence, a badge to embed, a follow form, and the same
facts for machines (JSON-LD, Open Graph)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from django.test import override_settings

from claims.links import claim_path, claim_url
from claims.models import Outcome
from claims.services import claim_record_outcome
from claims.services.forecasts import forecasts_refresh
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def jsonld(response) -> dict:
    [block] = re.findall(
        r'<script type="application/ld\+json" nonce="[^"]+">(.*?)</script>',
        response.content.decode(),
        re.S,
    )
    return json.loads(block)


def test_it_answers_at_the_id_alone_and_at_its_canonical_address(client, restated):
    plain = client.get(f"/claims/{restated.pk}/")
    canonical = client.get(claim_path(restated))

    assert plain.status_code == canonical.status_code == 200
    slug = "open-the-sovereign-region-to-all-customers"
    assert claim_path(restated) == f"/claims/{restated.pk}/{slug}/"
    assert f'<link rel="canonical" href="{claim_url(restated)}">' in plain.content.decode()


def test_a_wrong_slug_moves_permanently_to_the_canonical_one(client, restated):
    response = client.get(f"/claims/{restated.pk}/an-old-statement/")

    assert response.status_code == 301
    assert response["Location"] == claim_path(restated)


def test_a_missing_claim_is_a_404(client, db):
    assert client.get("/claims/999999/").status_code == 404


def test_it_shows_the_promise_its_promiser_partners_quote_and_sources(client, restated):
    page = client.get(claim_path(restated)).content.decode()

    assert "<h1>Open the sovereign region to all customers</h1>" in page
    assert 'href="/organisations/nimbus/">Nimbus Cloud</a>' in page
    assert 'href="/organisations/partner-telecom/">Partner Telecom</a>' in page
    assert "We will open the region to every customer by the end of 2024." in page
    assert "Region delayed to 2025" in page  # the restatement's source


def test_the_verdict_days_late_and_slippage_come_from_the_ledger(client, restated):
    page = client.get(claim_path(restated)).content.decode()

    # 2024-12-31 to 2026-11-28; the restatement moved the deadline by 365 days.
    assert "Missed its first deadline, 697 days late" in page
    assert re.search(r'class="days-late">697<', page)
    assert "365 days" in page and "restated once" in page


def test_the_timeline_names_roles_never_people(client, restated, named_editor):
    page = client.get(claim_path(restated)).content.decode()

    assert "(by: editor)" in page
    assert "(by: job: import)" in page
    for name in ("jeanne", "Jeanne", "Dupont"):
        assert name not in page


def test_only_confirmed_evidence_is_shown(client, restated):
    page = client.get(claim_path(restated)).content.decode()

    assert "The vendor confirms the region slips a year" in page
    assert "An unreviewed rumour" not in page


def test_the_deadline_history_marks_the_restatement_on_the_day_it_was_stated(client, restated):
    from claims.charts import deadline_history
    from claims.selectors.pages import claim_page

    page = claim_page(claim_id=restated.pk, today=dt.date(2026, 11, 28))
    chart = deadline_history(
        claim=page.claim, statements=page.statements, today=dt.date(2026, 11, 28), width=720
    )

    first, in_force = chart.bars
    [diamond] = chart.diamonds
    # On the row of the statement it replaced, on the day it was stated (1 March 2025, after
    # the first deadline had passed), its arrow pointing at the new window's row; a "by"
    # window runs from the day it was stated, so the new bar starts under the diamond.
    assert diamond.y == first.y and diamond.arrow_to_y == in_force.y
    assert diamond.x > first.x2
    assert diamond.x == in_force.x1 == diamond.arrow_to_x
    assert in_force.in_force and not first.in_force
    assert [tick.label for tick in chart.ticks] == ["2024", "2025", "2026"]  # on 1 January
    assert chart.marks[0].kind == "missed"
    html = client.get(claim_path(restated)).content.decode()
    assert html.count('class="history history-wide"') == html.count("history history-narrow") == 1


def test_the_json_ld_is_a_claim_about_a_postponed_event_with_its_previous_start(client, restated):
    document = jsonld(client.get(claim_path(restated)))

    assert document["@type"] == "Claim"
    assert document["url"] == claim_url(restated)
    event = document["about"]
    assert event["@type"] == "Event"
    # A "by" deadline has no start: both dates are its end.
    assert (event["startDate"], event["endDate"]) == ("2025-12-31", "2025-12-31")
    assert event["eventStatus"] == "https://schema.org/EventPostponed"
    assert event["previousStartDate"] == ["2024-12-31"]


@pytest.mark.parametrize(
    ("setup", "status"),
    [
        ("withdrawn", "EventCancelled"),
        ("kept", "EventScheduled"),
    ],
)
def test_the_event_status_follows_what_became_of_the_promise(client, now, setup, status):
    claim = ClaimFactory(deadline_text="by the end of 2027")
    outcome = Outcome.WITHDRAWN if setup == "withdrawn" else Outcome.FULFILLED
    claim_record_outcome(claim=claim, outcome=outcome, on=dt.date(2026, 6, 1))

    event = jsonld(client.get(f"/claims/{claim.pk}/"))["about"]

    assert event["eventStatus"] == f"https://schema.org/{status}"
    assert "previousStartDate" not in event


def test_stored_text_cannot_close_the_json_ld_script(client, now):
    claim = ClaimFactory(statement="Ship it </script><script>alert(1)</script> & more")

    page = client.get(f"/claims/{claim.pk}/").content.decode()
    block = re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', page, re.S)

    assert "</script" not in block.group(1) and "<script" not in block.group(1)
    assert json.loads(block.group(1))["name"].startswith("Ship it </script>")


def test_the_json_ld_carries_the_nonce_the_policy_allows(client, restated):
    response = client.get(claim_path(restated))

    nonce = re.search(r'nonce="([^"]+)"', response.content.decode()).group(1)
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]


def test_open_graph_and_badge_embed_code_use_the_site_url(client, restated):
    with override_settings(SITE_URL="https://watch.example.net"):
        page = client.get(claim_path(restated)).content.decode()
        url = claim_url(restated)

    assert url.startswith("https://watch.example.net/claims/")
    assert f'<meta property="og:url" content="{url}">' in page
    badge = f"https://watch.example.net/api/v1/claims/{restated.pk}/badge.svg"
    assert f"]({badge})]({url})" in page  # Markdown
    assert f"&lt;a href=&quot;{url}&quot;&gt;&lt;img src=&quot;{badge}&quot;" in page  # HTML


def test_without_a_refresh_the_forecast_slot_says_why_there_is_none(client, restated):
    page = client.get(claim_path(restated)).content.decode()
    assert "No forecast." in page
    assert 'class="forecast-band"' not in page


def test_after_a_refresh_the_page_shows_the_forecast_in_words_and_as_a_band(client, vendor):
    # Nimbus's record: six dates, three kept on time, three late; then an open promise.
    for n in range(6):
        claim = ClaimFactory(
            promiser=vendor,
            stated_on=dt.date(2022, 1, 10) + dt.timedelta(days=60 * n),
            deadline_text=f"by the end of {2022 + n % 3}",
        )
        end = claim.original_deadline_end
        claim_record_outcome(
            claim=claim,
            outcome=Outcome.FULFILLED,
            on=end - dt.timedelta(days=20) if n % 2 else end + dt.timedelta(days=90),
        )
    open_claim = ClaimFactory(
        promiser=vendor, stated_on=dt.date(2026, 11, 1), deadline_text="by the end of 2027"
    )
    forecasts_refresh()

    page = client.get(claim_path(open_claim)).content.decode()

    assert "Dates Nimbus Cloud announces have held 3 of 6 times" in page
    assert page.count('class="forecast-band"') == 2  # the wide and the narrow picture
    assert "No forecast." not in page


def test_the_page_costs_a_fixed_number_of_queries(client, restated, django_assert_max_num_queries):
    with django_assert_max_num_queries(16):
        client.get(claim_path(restated))


def test_the_claim_and_organisation_pages_come_in_french(client, restated):
    claim_page = client.get(claim_path(restated), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    organisation = client.get("/organisations/nimbus/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()

    assert '<html lang="fr">' in claim_page and '<html lang="fr">' in organisation
    assert "Première échéance manquée, 697 jours de retard" in claim_page
    assert "Jauge des statuts" in organisation
