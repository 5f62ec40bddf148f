"""The ledger's enumerations, as Django choices: what a status, an outcome or a window may be.

Values that the language readers produce (categories, evidence kinds, precisions and
qualifiers of a deadline) are taken from `language`, so the two never disagree; the labels
are the ledger's.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from language.deadlines import Precision as WindowPrecision
from language.deadlines import Qualifier as WindowQualifier
from language.kinds import Category as PromiseCategory
from language.kinds import EvidenceKind as NewsKind


class Category(models.TextChoices):
    PROGRAMME = PromiseCategory.PROGRAMME.value, _("programme")
    LAUNCH = PromiseCategory.LAUNCH.value, _("launch / go-live")
    AVAILABILITY = PromiseCategory.AVAILABILITY.value, _("availability")
    CERTIFICATION = PromiseCategory.CERTIFICATION.value, _("certification / qualification")
    MEMBERSHIP = PromiseCategory.MEMBERSHIP.value, _("membership / partnership")
    OTHER = PromiseCategory.OTHER.value, _("other")


class Status(models.TextChoices):
    UNDATED = "undated", _("undated")
    PENDING = "pending", _("pending")
    DUE = "due", _("due")
    OVERDUE = "overdue", _("overdue")
    MISSED = "missed", _("missed")
    FULFILLED_ON_TIME = "fulfilled_on_time", _("fulfilled on time")
    FULFILLED_LATE = "fulfilled_late", _("fulfilled late")
    WITHDRAWN = "withdrawn", _("withdrawn")
    UNVERIFIABLE = "unverifiable", _("unverifiable")


class Outcome(models.TextChoices):
    OPEN = "", _("open")
    FULFILLED = "fulfilled", _("fulfilled")
    WITHDRAWN = "withdrawn", _("withdrawn")
    UNVERIFIABLE = "unverifiable", _("unverifiable")


class ReasonCode(models.TextChoices):
    NONE = "", "—"
    DELAYED_BY_VENDOR = "delayed_by_vendor", _("delayed by the vendor")
    REGULATORY_HOLD = "regulatory_hold", _("regulatory hold")
    ABANDONED = "abandoned", _("abandoned")
    SUPERSEDED = "superseded", _("superseded")
    OTHER = "other", _("other")


class Precision(models.TextChoices):
    DAY = WindowPrecision.DAY.value, _("day")
    MONTH = WindowPrecision.MONTH.value, _("month")
    QUARTER = WindowPrecision.QUARTER.value, _("quarter")
    HALF = WindowPrecision.HALF.value, _("half-year")
    SEASON = WindowPrecision.SEASON.value, _("season")
    PART_OF_YEAR = WindowPrecision.PART_OF_YEAR.value, _("part of year")
    YEAR = WindowPrecision.YEAR.value, _("year")
    RELATIVE = WindowPrecision.RELATIVE.value, _("relative span")


class Qualifier(models.TextChoices):
    BY = WindowQualifier.BY.value, _("by")
    IN = WindowQualifier.IN.value, _("in / during")
    BEFORE = WindowQualifier.BEFORE.value, _("before")
    NOT_BEFORE = WindowQualifier.NOT_BEFORE.value, _("not before")
    WITHIN = WindowQualifier.WITHIN.value, _("within")
    ON = WindowQualifier.ON.value, _("on")


class EvidenceKind(models.TextChoices):
    FULFILMENT = NewsKind.FULFILMENT.value, _("fulfilment")
    PROGRESS = NewsKind.PROGRESS.value, _("progress")
    DELAY = NewsKind.DELAY.value, _("delay")
    DENIAL = NewsKind.DENIAL.value, _("denial")


class EvidenceState(models.TextChoices):
    CANDIDATE = "candidate", _("candidate")
    CONFIRMED = "confirmed", _("confirmed")
    REJECTED = "rejected", _("rejected")


class DatePrecision(models.TextChoices):
    """How much of a date is known: a month-only date is stored as its first day."""

    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


class Strength(models.TextChoices):
    """How firmly a promise was made, as its words say."""

    WILL = "will", _("will (a commitment)")
    PLANS = "plans", _("plans / intends")
    EXPECTS = "expects", _("expects")
    AIMS = "aims", _("aims / targets")
    HOPES = "hopes", _("hopes")


class EventKind(models.TextChoices):
    """What a ledger event records: most are status changes."""

    STATUS = "status", _("status changed")
    DUE_SOON = "due_soon", _("deadline approaching")
    RESTATED = "restated", _("deadline restated")
    CORRECTED = "corrected", _("deadline corrected")
    EVIDENCE = "evidence", _("evidence to review")
