"""The ledger in other formats: CSV, an iCalendar feed of deadlines, an Atom feed of status
changes and SVG badges. Pure functions over rows the selectors chose; the API serves them.

Every format stays valid whatever text is stored (rows may predate the validators): XML and
iCalendar cannot carry most control characters, so `xml_text` drops them; the Atom feed and
the badges escape everything else, never passing stored text through as markup.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import feedgenerator
from icalendar import Calendar, Event

from language.deadlines import format_window

from .links import claim_url, dashboard_url
from .models import Status, StatusEvent

if TYPE_CHECKING:
    from .selectors import ClaimWithMetrics

# Characters XML 1.0 cannot carry at all (C0 controls but tab, newline and carriage return;
# surrogates; U+FFFE and U+FFFF). iCalendar's TEXT refuses the same controls.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: str) -> str:
    """Stored text as XML 1.0 and iCalendar can carry it: forbidden characters dropped."""
    return _NOT_XML.sub("", value)


def _line(value: str) -> str:
    """One line of text: forbidden characters dropped, any run of whitespace a single space."""
    return " ".join(xml_text(value).split())


# --- CSV -------------------------------------------------------------------------------

CSV_COLUMNS = [
    "id",
    "organisation",
    "subject",
    "statement",
    "category",
    "status",
    "stated_on",
    "original_deadline_start",
    "original_deadline_end",
    "deadline_start",
    "deadline_end",
    "current_deadline_text",
    "slipped",
    "slippage_days",
    "days_late",
    "first_deadline_met",
    "restatements",
    "version",
    "outcome",
    "outcome_on",
    "reason",
    "source_title",
    "source_url",
]


def _cell(value: Any) -> str:
    """A CSV cell; text that a spreadsheet would run as a formula is quoted with an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if isinstance(value, str) and text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def claims_csv(claims: Iterable[ClaimWithMetrics]) -> Iterator[str]:
    """CSV lines (header first) for claims annotated by selectors.claims_with_metrics."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush() -> str:
        line = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return line

    writer.writerow(CSV_COLUMNS)
    yield flush()
    for claim in claims:
        revision = claim.current_revision
        writer.writerow(
            [
                _cell(value)
                for value in (
                    claim.pk,
                    claim.promiser.slug,
                    claim.subject,
                    claim.statement,
                    claim.category,
                    claim.status,
                    claim.stated_on,
                    claim.original_deadline_start,
                    claim.original_deadline_end,
                    claim.deadline_start,
                    claim.deadline_end,
                    revision.text if revision else None,
                    claim.slipped,
                    claim.slippage_days,
                    claim.days_late,
                    claim.first_deadline_met,
                    claim.restatements,
                    claim.version,
                    claim.outcome,
                    claim.outcome_on,
                    claim.reason,
                    claim.source.title,
                    claim.source.url,
                )
            ]
        )
        yield flush()


# --- iCalendar -------------------------------------------------------------------------


def site_host() -> str:
    """The host name that makes calendar UIDs and Atom ids globally unique."""
    return urlsplit(settings.SITE_URL).hostname or "pledgewatch"


def deadlines_calendar(claims: Iterable[ClaimWithMetrics], *, now: dt.datetime) -> bytes:
    """One all-day event per claim, on its current deadline's last day.

    The UID is the claim's, so a calendar app updates the event in place when the deadline is
    restated; SEQUENCE is the number of restatements and LAST-MODIFIED the latest statement's
    recording time, which is what tells a subscriber the event changed.
    """
    host = site_host()
    calendar = Calendar()
    calendar.add("prodid", "-//Pledgewatch//Deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Pledgewatch: promised deadlines")
    calendar.add("refresh-interval", dt.timedelta(hours=6), parameters={"VALUE": "DURATION"})
    for claim in claims:
        revision = claim.current_revision
        event = Event()
        event.add("uid", f"claim-{claim.pk}@{host}")
        event.add("sequence", claim.restatements)
        event.add("dtstamp", now)
        if revision is not None:
            event.add("last-modified", revision.recorded_at)
        deadline_end = claim.deadline_end
        if deadline_end is None:  # the selectors list dated claims only
            raise TypeError(f"Claim {claim.pk} has no deadline to put on the calendar.")
        event.add("dtstart", deadline_end)
        event.add("dtend", deadline_end + dt.timedelta(days=1))
        event.add("summary", _line(f"{claim.promiser.name}: {claim.statement}"))
        original = format_window(claim.original_deadline_start, claim.original_deadline_end)
        current = format_window(claim.deadline_start, claim.deadline_end)
        lines = [
            f"Promised on {claim.stated_on:%Y-%m-%d}: {_line(claim.statement)}",
            f"Deadline as stated: {_line(revision.text) if revision else '—'} ({current})",
        ]
        if claim.restatements:
            lines.append(f"Originally: {original}; restated {claim.restatements} time(s).")
        lines.append(f"Status: {Status(claim.status).label if claim.status else 'not yet swept'}")
        lines.append(_line(f"Source: {claim.source.title} {claim.source.url or ''}"))
        event.add("description", xml_text("\n".join(lines)))
        event.add("url", claim_url(claim))
        event.add("categories", [claim.category])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()


# --- Atom ------------------------------------------------------------------------------

FEED_KIND_TITLES = {
    "missed": "Missed",
    "fulfilled": "Kept",
    "withdrawn": "Withdrawn",
    "slipped": "Deadline moved",
}


def status_change_kind(event: StatusEvent) -> str:
    """What a feed reader is told happened (see selectors.status_events_for_feed)."""
    if event.new_status == Status.MISSED:
        return "missed"
    if event.new_status in (Status.FULFILLED_ON_TIME, Status.FULFILLED_LATE):
        return "fulfilled"
    if event.new_status == Status.WITHDRAWN:
        return "withdrawn"
    return "slipped"


class TextAtomFeed(feedgenerator.Atom1Feed):
    """Atom whose entry summaries are plain text (type="text", escaped by the XML writer).

    Django's Atom1Feed marks summaries type="html", telling readers to render them as markup:
    an editor's statement such as `<img src=x onerror=...>` would run in a reader that does not
    sanitise. As text, it is shown as the characters it is.
    """

    def add_item_elements(self, handler, item) -> None:
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


def status_changes_feed(events: Iterable[StatusEvent], *, feed_url: str) -> bytes:
    """An Atom document with one entry per status event, newest first, each linking to its
    claim's page."""
    host = site_host()
    feed = TextAtomFeed(
        title="Pledgewatch: promises missed, kept and slipped",
        link=dashboard_url(),
        feed_url=feed_url,
        description="Status changes of the dated promises Pledgewatch follows.",
        language="en",
        feed_guid=feed_url,
    )
    for event in events:
        claim = event.claim
        kind = status_change_kind(event)
        new = Status(event.new_status).label
        old = Status(event.old_status).label if event.old_status else "recorded"
        summary = (
            f"{claim.promiser.name} promised on {claim.stated_on:%Y-%m-%d}: {claim.statement}. "
        )
        summary += f"Status {old} → {new} (as of {event.as_of:%Y-%m-%d})."
        if event.revision is not None:
            summary += f" Deadline in force: {event.revision.text!r}."
        if event.rationale:
            summary += f" {event.rationale}."
        feed.add_item(
            title=_line(f"{FEED_KIND_TITLES[kind]}: {claim.promiser.name}: {claim.statement}"),
            link=claim_url(claim),
            description=_line(summary),
            unique_id=f"tag:{host},2024:claim-{claim.pk}/event-{event.pk}",
            unique_id_is_permalink=False,
            pubdate=event.happened_at,
            updateddate=event.happened_at,
            categories=[kind, claim.category],
        )
    return feed.writeString("utf-8").encode()


# --- Badges ----------------------------------------------------------------------------

STATUS_COLOURS: dict[str, str] = {
    Status.UNDATED: "#6c757d",
    Status.PENDING: "#1f6feb",
    Status.DUE: "#9a6700",
    Status.OVERDUE: "#bc4c00",
    Status.MISSED: "#b42318",
    Status.FULFILLED_ON_TIME: "#1a7f37",
    Status.FULFILLED_LATE: "#6f7f1a",
    Status.WITHDRAWN: "#57606a",
    Status.UNVERIFIABLE: "#57606a",
}


# The longest label or value a badge shows; longer text ends with an ellipsis.
BADGE_MAX_CHARACTERS = 60
UNKNOWN_COLOUR = "#6c757d"
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def _badge_text(text: str) -> str:
    text = _line(text)
    if len(text) > BADGE_MAX_CHARACTERS:
        text = text[: BADGE_MAX_CHARACTERS - 1] + "…"
    return text


def _text_width(text: str) -> int:
    """Pixels the text takes in Verdana 11px, roughly: about 6.5 a character, twice that for
    the wide characters of East Asian scripts. A badge need not be exact."""
    wide = sum(unicodedata.east_asian_width(character) in "WF" for character in text)
    return int((len(text) + wide) * 6.5) + 10


# Badge shapes, as the badges of other services name them: rounded corners, or square.
BADGE_STYLES = {"flat": 3, "flat-square": 0}


def badge_svg(*, label: str, value: str, colour: str, style: str = "flat") -> str:
    """A two-part badge ("label | value") with a text alternative for screen readers, in one
    of BADGE_STYLES.

    Rendered from claims/badge.svg with autoescaping, as healthchecks does: a name holding
    quotes or angle brackets stays text, in attributes and elements alike. The widths are
    measured on the text the badge shows, once cleaned (the characters a reader sees).
    """
    label, value = _badge_text(label), _badge_text(value)
    label_width, value_width = _text_width(label), _text_width(value)
    return render_to_string(
        "claims/badge.svg",
        {
            "label": label,
            "value": value,
            "colour": colour if _COLOUR.fullmatch(colour) else UNKNOWN_COLOUR,
            # As text: numbers in a template would be localised.
            "width": str(label_width + value_width),
            "label_width": str(label_width),
            "value_width": str(value_width),
            "label_x": f"{label_width / 2:g}",
            "value_x": f"{label_width + value_width / 2:g}",
            "radius": str(BADGE_STYLES.get(style, 0)),
        },
    )


def unknown_badge(*, label: str, style: str = "flat") -> str:
    """The badge of something the ledger does not hold (a wrong id or slug): "unknown"."""
    return badge_svg(label=label, value="unknown", colour=UNKNOWN_COLOUR, style=style)


def claim_badge_value(*, status: str, days_late: int | None) -> str:
    """What a claim's badge says: its status and, when it is late, by how much ("missed ·
    336 d late"); lateness counts from the first deadline, whatever was restated since."""
    label = str(Status(status).label) if status else "not yet swept"
    if days_late:
        return f"{label} · {days_late} d late"
    return label


def on_time_colour(share: float | None) -> str:
    if share is None:
        return "#6c757d"
    if share >= 0.75:
        return "#1a7f37"
    if share >= 0.4:
        return "#9a6700"
    return "#b42318"
