"""Pictures drawn on the server as SVG geometry: a claim's deadline history, an organisation's
status meter and its days-late dots. Templates turn these into <svg> elements; nothing here
needs a script, so the pictures show under the strict Content-Security-Policy and in feeds.

Each chart is computed for a given width in pixels: pages draw a wide and a narrow copy and
the stylesheet shows the one that fits, so text stays readable on a phone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from language.deadlines import format_window

from .models import Claim, DeadlineRevision, Outcome, Status

ROW = 38  # px per statement row
TOP = 28  # room for the year ticks
CHAR_WIDTH = 6.6  # px, about, of a 12 px label's character


@dataclass
class Bar:
    x1: float
    x2: float
    y: float
    label: str
    in_force: bool
    open_ended: bool = False

    @property
    def width(self) -> float:
        return round(self.x2 - self.x1, 1)

    @property
    def top(self) -> float:
        return self.y - 7

    @property
    def label_y(self) -> float:
        return self.y - 10

    label_x: float = 0.0
    label_anchor: str = "start"

    def place_label(self, left: float, right: float) -> None:
        """Put the label where it fits: from the bar's start, else ending at the bar's end,
        else from the picture's left edge (12 px text is about 6.6 px a character)."""
        width = len(self.label) * CHAR_WIDTH
        if self.x1 + width <= right:
            self.label_x, self.label_anchor = self.x1, "start"
        elif self.x2 - width >= left:
            self.label_x, self.label_anchor = self.x2, "end"
        else:
            self.label_x, self.label_anchor = left, "start"


@dataclass
class Diamond:
    """A restatement: on the day it was stated, on the row of the statement it replaced."""

    x: float
    y: float
    arrow_to_x: float
    arrow_to_y: float
    label: str


@dataclass
class Mark:
    x: float
    y: float
    kind: str  # kept_on_time, kept_late, missed, withdrawn
    label: str


@dataclass
class Band:
    """The forecast: from even odds (P50) to four in five (P80) that it has happened."""

    x: float
    top: float
    width: float
    label: str


@dataclass
class Tick:
    x: float
    label: str
    label_x: float | None = None


@dataclass
class HistoryChart:
    width: int
    height: int
    left: int
    right: int
    bars: list[Bar] = field(default_factory=list)
    diamonds: list[Diamond] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    today_x: float | None = None
    band: Band | None = None
    title: str = ""


def _window(statement: DeadlineRevision, horizon: dt.date) -> tuple[dt.date, dt.date, bool]:
    """A statement's window as [first day, last day]; a "by" deadline runs from the day it was
    stated; "not before" (no end) runs to the horizon."""
    start = statement.start or statement.stated_on
    if statement.end is None:
        return start, max(start, horizon), True
    return min(start, statement.end), statement.end, False


def deadline_history(
    *,
    claim: Claim,
    statements: list[DeadlineRevision],
    today: dt.date,
    width: int,
    forecast: tuple[dt.date, dt.date] | None = None,
) -> HistoryChart | None:
    """The deadline history at `width` px: one row per statement (the first promise on top),
    each restatement a diamond on the day it was stated on the row it replaced with an arrow
    to its new window, the window in force darker, today's line and the outcome's mark; an
    open claim's forecast (P50 and P80 dates) as a shaded band on the row in force.
    None when the claim has no dated statement."""
    dated = [s for s in statements if s.start or s.end]
    if not dated:
        return None
    horizon = today + dt.timedelta(days=365)
    days = [claim.stated_on, today]
    for statement in dated:
        start, end, _open = _window(statement, horizon)
        days += [start, end, statement.stated_on]
    if claim.outcome_on:
        days.append(claim.outcome_on)
    if forecast is not None:
        days += list(forecast)
    first_day = min(days) - dt.timedelta(days=30)
    last_day = max(days) + dt.timedelta(days=30)
    left, right = 8, width - 8
    span = (last_day - first_day).days or 1

    def x(day: dt.date) -> float:
        return round(left + (right - left) * (day - first_day).days / span, 1)

    chart = HistoryChart(width=width, height=TOP + ROW * len(dated) + 8, left=left, right=right)
    for year in range(first_day.year + 1, last_day.year + 1):
        # The label is centred on 1 January, kept inside the picture.
        tick_x = x(dt.date(year, 1, 1))
        chart.ticks.append(Tick(tick_x, str(year), min(max(tick_x, left + 14), right - 14)))
    for row, statement in enumerate(dated):
        start, end, open_ended = _window(statement, horizon)
        y = TOP + ROW * row + ROW / 2
        chart.bars.append(
            Bar(
                x1=x(start),
                # The last day is inclusive: the bar covers it.
                x2=max(x(end + dt.timedelta(days=1)), x(start) + 3),
                y=y,
                label=f"{statement.text} ({format_window(statement.start, statement.end)})",
                in_force=row == len(dated) - 1,
                open_ended=open_ended,
            )
        )
        chart.bars[-1].place_label(left, right)
        if row:
            chart.diamonds.append(
                Diamond(
                    x=x(statement.stated_on),
                    y=y - ROW,
                    arrow_to_x=x(start),
                    arrow_to_y=y,
                    label=_("Restated on %(day)s") % {"day": statement.stated_on.isoformat()},
                )
            )
    if first_day <= today <= last_day:
        chart.today_x = x(today)
    last_y = TOP + ROW * (len(dated) - 1) + ROW / 2
    if forecast is not None:
        p50, p80 = forecast
        chart.band = Band(
            x=x(p50),
            top=last_y - 9,
            width=round(max(x(p80 + dt.timedelta(days=1)) - x(p50), 3), 1),
            label=_("Forecast: even odds by %(p50)s, four in five by %(p80)s")
            % {"p50": p50.isoformat(), "p80": p80.isoformat()},
        )
    if claim.outcome == Outcome.FULFILLED and claim.outcome_on:
        kind = "kept_late" if claim.status == Status.FULFILLED_LATE else "kept_on_time"
        chart.marks.append(
            Mark(x(claim.outcome_on), last_y, kind, _("Kept on %s") % claim.outcome_on)
        )
    elif claim.outcome == Outcome.WITHDRAWN and claim.outcome_on:
        chart.marks.append(
            Mark(x(claim.outcome_on), last_y, "withdrawn", _("Withdrawn on %s") % claim.outcome_on)
        )
    elif claim.status == Status.MISSED and claim.deadline_end:
        chart.marks.append(
            Mark(x(claim.deadline_end), last_y, "missed", _("Missed on %s") % claim.deadline_end)
        )
    return chart


@dataclass
class MeterPart:
    group: str
    label: str
    count: int
    x: float
    width: float


def status_meter(
    groups: dict[str, int], labels: Mapping[str, object], *, width: int
) -> list[MeterPart]:
    """One part per status group, as wide as its share of the claims (zero-width parts kept
    out: nothing to click)."""
    total = sum(groups.values()) or 1
    parts, x = [], 0.0
    for group, label in labels.items():
        count = groups.get(group, 0)
        part_width = round(width * count / total, 1)
        if count:
            parts.append(MeterPart(group, str(label), count, round(x, 1), part_width))
        x += part_width
    return parts


@dataclass
class Dot:
    x: float
    y: float
    days: int
    claim: Claim
    label: str


@dataclass
class DotChart:
    width: int
    height: int
    dots: list[Dot]
    ticks: list[Tick]


def days_late_dots(claims: list, *, width: int) -> DotChart:
    """Each claim whose days late is known as a dot at its days late; dots on the same spot
    stack upwards."""
    known = [c for c in claims if c.days_late is not None]
    most = max([c.days_late for c in known] + [30])
    step = 100 if most <= 800 else 365
    left, right = 12, width - 12

    def x(days: int) -> float:
        return round(left + (right - left) * days / most, 1)

    stacks: dict[int, int] = {}
    dots = []
    for claim in sorted(known, key=lambda c: (c.days_late, c.pk)):
        bucket = round(x(claim.days_late) / 12)
        level = stacks.get(bucket, 0)
        stacks[bucket] = level + 1
        label = _("%(statement)s: %(days)d days late") % {
            "statement": claim.statement,
            "days": claim.days_late,
        }
        dots.append(Dot(x(claim.days_late), -12 * level, claim.days_late, claim, label))
    height = 40 + 12 * max(stacks.values(), default=1)
    for dot in dots:
        dot.y += height - 28
    ticks = [Tick(x(d), str(d)) for d in range(0, most + 1, step)]
    return DotChart(width=width, height=height, dots=dots, ticks=ticks)
