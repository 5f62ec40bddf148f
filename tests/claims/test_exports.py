"""Exports: CSV of any claim list, an iCalendar feed of deadlines, an Atom feed of status
changes and SVG badges, each usable by the tools that read them."""

import csv
import datetime as dt
import io
import xml.etree.ElementTree as ET

import pytest
from icalendar import Calendar

from claims.models import Outcome
from claims.services import claim_record_outcome, deadline_revision_create, evidence_add
from tests.factories import ClaimFactory, OrganisationFactory, SourceFactory

pytestmark = pytest.mark.django_db

D = dt.date
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(autouse=True)
def site(settings):
    settings.SITE_URL = "https://pledgewatch.example.org"


HOST = "pledgewatch.example.org"


def rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


def events(response) -> dict[str, object]:
    calendar = Calendar.from_ical(response.content)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_the_csv_export_applies_the_list_filters_to_every_row(anonymous, now):
    acme = OrganisationFactory(slug="acme")
    ClaimFactory(promiser=acme, statement="Open region", deadline_text="in 2027")
    ClaimFactory(promiser=acme, statement="Certify", deadline_text="in 2025")
    ClaimFactory(statement="Someone else's")
    response = anonymous.get("/api/v1/claims.csv", {"organisation": "acme", "ordering": "deadline"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    exported = rows(response)
    assert [(r["statement"], r["status"], r["deadline_end"]) for r in exported] == [
        ("Certify", "missed", "2025-12-31"),
        ("Open region", "pending", "2027-12-31"),
    ]
    assert exported[0]["current_deadline_text"] == "in 2025"


def test_the_csv_export_defuses_spreadsheet_formulas(anonymous, now):
    ClaimFactory(statement='=HYPERLINK("http://evil.example")')
    assert rows(anonymous.get("/api/v1/claims.csv"))[0]["statement"].startswith("'=")


def test_the_csv_export_refuses_unknown_filters(anonymous, now):
    response = anonymous.get("/api/v1/claims.csv", {"colour": "red"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"


def test_the_calendar_has_one_all_day_event_per_open_dated_claim_from_30_days_ago(anonymous, now):
    upcoming = ClaimFactory(deadline_text="by the end of 2027", statement="Open region")
    just_passed = ClaimFactory(deadline_text="by 15 November 2026", stated_on=D(2026, 1, 5))
    ClaimFactory(deadline_text="in 2025")  # long past
    ClaimFactory(deadline_text="")  # undated
    kept = ClaimFactory(deadline_text="in 2027")
    claim_record_outcome(claim=kept, outcome=Outcome.FULFILLED, on=D(2026, 11, 1))
    response = anonymous.get("/api/v1/deadlines.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    found = events(response)
    assert set(found) == {f"claim-{upcoming.pk}@{HOST}", f"claim-{just_passed.pk}@{HOST}"}
    event = found[f"claim-{upcoming.pk}@{HOST}"]
    assert event.decoded("DTSTART") == D(2027, 12, 31)
    assert event.decoded("DTEND") == D(2028, 1, 1)
    assert "Open region" in str(event["SUMMARY"])


def test_a_restated_deadline_updates_the_same_calendar_event(anonymous, now):
    claim = ClaimFactory(deadline_text="by the end of 2026")
    uid = f"claim-{claim.pk}@{HOST}"
    before = events(anonymous.get("/api/v1/deadlines.ics"))[uid]
    deadline_revision_create(
        claim=claim, text="by the end of 2027", stated_on=D(2026, 11, 20), source=SourceFactory()
    )
    after = events(anonymous.get("/api/v1/deadlines.ics"))[uid]
    assert (before["SEQUENCE"], after["SEQUENCE"]) == (0, 1)
    assert after.decoded("DTSTART") == D(2027, 12, 31)
    assert "restated 1 time" in str(after["DESCRIPTION"])


def test_the_calendar_takes_the_claim_filters(anonymous, now):
    acme = OrganisationFactory(slug="acme")
    mine = ClaimFactory(promiser=acme, deadline_text="in 2027")
    ClaimFactory(deadline_text="in 2027")
    found = events(anonymous.get("/api/v1/deadlines.ics", {"organisation": "acme"}))
    assert list(found) == [f"claim-{mine.pk}@{HOST}"]


def test_the_atom_feed_lists_claims_newly_missed_kept_and_slipped_newest_first(anonymous, now):
    missed = ClaimFactory(statement="Certify", deadline_text="in 2025")
    kept = ClaimFactory(statement="Open office", deadline_text="in 2026")
    claim_record_outcome(claim=kept, outcome=Outcome.FULFILLED, on=D(2026, 6, 1))
    now.shift(dt.timedelta(hours=1))
    deadline_revision_create(
        claim=missed, text="in 2027", stated_on=D(2026, 11, 28), source=SourceFactory()
    )
    ClaimFactory(statement="Quiet pending promise", deadline_text="in 2027")
    response = anonymous.get("/api/v1/feeds/status-changes.atom")
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(response.content)  # noqa: S314 - our own output
    titles = [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")]
    assert titles[0].startswith("Deadline moved: ") and titles[0].endswith("Certify")
    assert {title.split(":")[0] for title in titles} == {"Deadline moved", "Kept", "Missed"}
    assert not any("Quiet pending promise" in title for title in titles)
    ids = [entry.find(f"{ATOM}id").text for entry in feed.iter(f"{ATOM}entry")]
    assert len(ids) == len(set(ids))


def test_evidence_waiting_for_review_stays_out_of_the_feed_and_the_timeline(anonymous, now):
    claim = ClaimFactory(statement="Certify", deadline_text="in 2025")
    evidence_add(
        claim=claim,
        source=SourceFactory(title="Unreviewed rumour"),
        observed_on=D(2026, 11, 1),
        kind="fulfilment",
    )
    feed = anonymous.get("/api/v1/feeds/status-changes.atom").content.decode()
    timeline = anonymous.get(f"/api/v1/claims/{claim.pk}/timeline/").content.decode()
    assert feed.count("<entry>") == 1  # the claim's one status change: missed
    assert "Unreviewed rumour" not in feed
    assert "Unreviewed rumour" not in timeline


def test_a_claim_badge_shows_its_status_as_svg(anonymous, now):
    claim = ClaimFactory(deadline_text="in 2025")
    response = anonymous.get(f"/api/v1/claims/{claim.pk}/badge.svg")
    assert response["Content-Type"] == "image/svg+xml; charset=utf-8"
    assert "max-age=300" in response["Cache-Control"]
    svg = ET.fromstring(response.content)  # noqa: S314 - our own output
    assert svg.find("{http://www.w3.org/2000/svg}title").text == "promise: missed · 332 d late"
    assert anonymous.get("/api/v1/claims/424242/badge.svg").status_code == 404


def test_an_organisation_badge_shows_its_on_time_rate(anonymous, now):
    acme = OrganisationFactory(name="Acme & Sons", slug="acme")
    for on in (D(2024, 6, 1), D(2025, 6, 1)):
        claim = ClaimFactory(promiser=acme, deadline_text="by the end of 2024")
        claim_record_outcome(claim=claim, outcome=Outcome.FULFILLED, on=on)
    svg = ET.fromstring(anonymous.get("/api/v1/organisations/acme/badge.svg").content)  # noqa: S314 - our own output
    assert (
        svg.find("{http://www.w3.org/2000/svg}title").text == "Acme & Sons kept on time: 50% of 2"
    )
    quiet = OrganisationFactory(slug="quiet")
    body = anonymous.get(f"/api/v1/organisations/{quiet.slug}/badge.svg").content
    assert b"no data" in body
