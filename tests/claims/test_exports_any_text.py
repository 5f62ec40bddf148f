"""Every export stays valid whatever text is stored.

Rows may predate the validators (or come from a path that skipped them), so the text here is
stored with bulk inserts and queryset updates, bypassing every check, then read back through
each export: the CSV parses back to the same cells, the iCalendar document and the Atom feed
parse, and the badge is well-formed SVG that shows the name as text. Regression tests for the
Atom feed answering 500 for everyone once a statement held a control character, and for editor
text sent to feed readers as HTML.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from claims.models import Claim, DeadlineRevision, Organisation, Source, Status, StatusEvent
from tests.conftest import NOW

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SVG = "{http://www.w3.org/2000/svg}"
DEADLINE = NOW.date() - dt.timedelta(days=10)  # missed, and still on the calendar
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_sequence = itertools.count(1)


@pytest.fixture(autouse=True)
def open_rates(settings):
    # Hundreds of requests from one test client: far below no real rate limit, above the test's.
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100000/minute", "user": "100000/minute"},
    }


def any_text(max_size: int) -> st.SearchStrategy[str]:
    """Arbitrary Unicode, control characters included, and often the characters formats care
    about. PostgreSQL cannot store NUL in text, so it is left out there (SQLite stores it)."""
    excluded = "\x00" if connection.vendor == "postgresql" else ""
    anything = st.characters(exclude_categories=("Cs",), exclude_characters=excluded)
    formats_care = "\x00\x01\x08\x0b\x0c\x1b\x1f\x7f\x85\u2028\ufeff\ufffe\uffff\r\n\t"
    formats_care += "\"'<>&]]>=+-@;,\\"
    special = st.sampled_from([c for c in formats_care if c not in excluded])
    return st.text(st.one_of(anything, special), min_size=1, max_size=max_size)


def stored_claim(*, name: str, subject: str, statement: str, title: str, phrase: str) -> Claim:
    """A missed claim and its status event, inserted as they are (no validation, no save())."""
    n = next(_sequence)
    organisation = Organisation.objects.bulk_create(
        [Organisation(name=f"{name} #{n}", slug=f"any-text-{n}")]
    )[0]
    source = Source.objects.bulk_create(
        [
            Source(
                title=title, url=f"https://news.example.org/{n}", published_on=dt.date(2024, 1, 16)
            )
        ]
    )[0]
    claim = Claim.objects.bulk_create(
        [
            Claim(
                promiser=organisation,
                subject=subject,
                statement=statement,
                source=source,
                stated_on=dt.date(2024, 1, 16),
                deadline_end=DEADLINE,
                original_deadline_end=DEADLINE,
                status=Status.MISSED,
            )
        ]
    )[0]
    revision = DeadlineRevision.objects.bulk_create(
        [
            DeadlineRevision(
                claim=claim,
                source=source,
                stated_on=dt.date(2024, 1, 16),
                text=phrase,
                end=DEADLINE,
                precision="day",
                qualifier="by",
            )
        ]
    )[0]
    Claim.objects.filter(pk=claim.pk).update(current_revision=revision)
    StatusEvent.objects.bulk_create(
        [
            StatusEvent(
                claim=claim,
                as_of=NOW.date(),
                old_status=Status.OVERDUE,
                new_status=Status.MISSED,
                revision=revision,
                rationale=statement[:500],
                happened_at=NOW,
            )
        ]
    )
    return Claim.objects.select_related("promiser").get(pk=claim.pk)


def shown(text: str) -> str:
    """What a one-line field becomes in XML and iCalendar: characters XML 1.0 cannot carry
    dropped, whitespace runs made one space."""
    return " ".join(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text).split())


def csv_cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def check_every_export(client, claim: Claim) -> None:
    slug, name = claim.promiser.slug, claim.promiser.name

    # CSV: parses back to the very cells stored (formulas defused with an apostrophe).
    response = client.get("/api/v1/claims.csv", {"organisation": slug})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    (row,) = list(csv.DictReader(io.StringIO(text, newline="")))
    assert row["subject"] == csv_cell(claim.subject)
    assert row["statement"] == csv_cell(claim.statement)
    assert row["source_title"] == csv_cell(claim.source.title)
    assert row["current_deadline_text"] == csv_cell(claim.current_revision.text)

    # iCalendar: parses, one event, its summary the text shown.
    response = client.get("/api/v1/deadlines.ics", {"organisation": slug})
    assert response.status_code == 200
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["SUMMARY"]) == shown(f"{name}: {claim.statement}")

    # Atom: well-formed, the entry's summary plain text.
    response = client.get("/api/v1/feeds/status-changes.atom", {"organisation": slug})
    assert response.status_code == 200
    feed = ET.fromstring(response.content)  # noqa: S314 - our own output
    (entry,) = feed.iter(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == shown(f"Missed: {name}: {claim.statement}")
    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "text"
    assert shown(claim.statement) in summary.text

    # Badge: well-formed SVG, no attribute from the name, the name shown as text.
    response = client.get(f"/api/v1/organisations/{slug}/badge.svg")
    assert response.status_code == 200
    badge = ET.fromstring(response.content)  # noqa: S314 - our own output
    assert not [a for e in badge.iter() for a in e.attrib if a.lower().startswith("on")]
    label = next(badge.iter(f"{SVG}text")).text
    full = shown(f"{name} kept on time")
    assert label == (full if len(full) <= 60 else full[:59] + "…")


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    name=any_text(150),
    subject=any_text(200),
    statement=any_text(300),
    title=any_text(500),
    phrase=any_text(500),
)
def test_every_export_stays_valid_whatever_text_is_stored(
    anonymous, now, name, subject, statement, title, phrase
):
    claim = stored_claim(
        name=name, subject=subject, statement=statement, title=title, phrase=phrase
    )

    check_every_export(anonymous, claim)


@pytest.mark.parametrize("character", ["\x00", "\x01", "\x0b", "\x1b", "\x1f", "\ufffe"])
def test_the_atom_feed_is_well_formed_after_a_control_character_is_stored(
    anonymous, now, character
):
    if character == "\x00" and connection.vendor == "postgresql":
        pytest.skip("PostgreSQL cannot store NUL in text")
    claim = stored_claim(
        name="Bleu",
        subject="Bleu",
        statement=f"Open{character} the region",
        title="t",
        phrase="in 2026",
    )

    response = anonymous.get("/api/v1/feeds/status-changes.atom")

    assert response.status_code == 200
    feed = ET.fromstring(response.content)  # noqa: S314 - our own output
    titles = [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")]
    assert titles == [f"Missed: {claim.promiser.name}: Open the region"]


def test_atom_summaries_are_text_so_editor_markup_is_never_run_by_a_reader(anonymous, now):
    markup = '<img src=x onerror="alert(document.domain)"> & <b>bold</b>'
    stored_claim(name="Bleu", subject="Bleu", statement=markup, title="t", phrase="in 2026")

    response = anonymous.get("/api/v1/feeds/status-changes.atom")

    body = response.content.decode()
    assert "<img" not in body and "&lt;img" in body
    feed = ET.fromstring(response.content)  # noqa: S314 - our own output
    (entry,) = feed.iter(f"{ATOM}entry")
    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "text"
    assert markup in summary.text  # the characters themselves, for the reader to show as text
    assert list(summary) == []  # no child elements: nothing to render
