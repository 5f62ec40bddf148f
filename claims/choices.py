"""The ledger's enumerations, as Django choices: what a status, an outcome or a window may be.

Values that the language readers produce (categories, evidence kinds, precisions and
qualifiers of a deadline) are taken from `language`, so the two never disagree; the labels
are the ledger's.
"""

from __future__ import annotations

from django.db import models

from language.deadlines import Precision as WindowPrecision
from language.deadlines import Qualifier as WindowQualifier
from language.kinds import Category as PromiseCategory
from language.kinds import EvidenceKind as NewsKind


class Category(models.TextChoices):
    PROGRAMME = PromiseCategory.PROGRAMME.value, "programme"
    LAUNCH = PromiseCategory.LAUNCH.value, "launch / go-live"
    AVAILABILITY = PromiseCategory.AVAILABILITY.value, "availability"
    CERTIFICATION = PromiseCategory.CERTIFICATION.value, "certification / qualification"
    MEMBERSHIP = PromiseCategory.MEMBERSHIP.value, "membership / partnership"
    OTHER = PromiseCategory.OTHER.value, "other"


class Status(models.TextChoices):
    UNDATED = "undated", "undated"
    PENDING = "pending", "pending"
    DUE = "due", "due"
    OVERDUE = "overdue", "overdue"
    MISSED = "missed", "missed"
    FULFILLED_ON_TIME = "fulfilled_on_time", "fulfilled on time"
    FULFILLED_LATE = "fulfilled_late", "fulfilled late"
    WITHDRAWN = "withdrawn", "withdrawn"
    UNVERIFIABLE = "unverifiable", "unverifiable"


class Outcome(models.TextChoices):
    OPEN = "", "open"
    FULFILLED = "fulfilled", "fulfilled"
    WITHDRAWN = "withdrawn", "withdrawn"
    UNVERIFIABLE = "unverifiable", "unverifiable"


class ReasonCode(models.TextChoices):
    NONE = "", "—"
    DELAYED_BY_VENDOR = "delayed_by_vendor", "delayed by the vendor"
    REGULATORY_HOLD = "regulatory_hold", "regulatory hold"
    ABANDONED = "abandoned", "abandoned"
    SUPERSEDED = "superseded", "superseded"
    OTHER = "other", "other"


class Precision(models.TextChoices):
    DAY = WindowPrecision.DAY.value, "day"
    MONTH = WindowPrecision.MONTH.value, "month"
    QUARTER = WindowPrecision.QUARTER.value, "quarter"
    HALF = WindowPrecision.HALF.value, "half-year"
    SEASON = WindowPrecision.SEASON.value, "season"
    PART_OF_YEAR = WindowPrecision.PART_OF_YEAR.value, "part of year"
    YEAR = WindowPrecision.YEAR.value, "year"
    RELATIVE = WindowPrecision.RELATIVE.value, "relative span"


class Qualifier(models.TextChoices):
    BY = WindowQualifier.BY.value, "by"
    IN = WindowQualifier.IN.value, "in / during"
    BEFORE = WindowQualifier.BEFORE.value, "before"
    NOT_BEFORE = WindowQualifier.NOT_BEFORE.value, "not before"
    WITHIN = WindowQualifier.WITHIN.value, "within"
    ON = WindowQualifier.ON.value, "on"


class EvidenceKind(models.TextChoices):
    FULFILMENT = NewsKind.FULFILMENT.value, "fulfilment"
    PROGRESS = NewsKind.PROGRESS.value, "progress"
    DELAY = NewsKind.DELAY.value, "delay"
    DENIAL = NewsKind.DENIAL.value, "denial"


class EvidenceState(models.TextChoices):
    CANDIDATE = "candidate", "candidate"
    CONFIRMED = "confirmed", "confirmed"
    REJECTED = "rejected", "rejected"


class DatePrecision(models.TextChoices):
    """How much of a date is known: a month-only date is stored as its first day."""

    DAY = "day", "day"
    MONTH = "month", "month"
    YEAR = "year", "year"


class Strength(models.TextChoices):
    """How firmly a promise was made, as its words say."""

    WILL = "will", "will (a commitment)"
    PLANS = "plans", "plans / intends"
    EXPECTS = "expects", "expects"
    AIMS = "aims", "aims / targets"
    HOPES = "hopes", "hopes"


class EventKind(models.TextChoices):
    """What a ledger event records: most are status changes."""

    STATUS = "status", "status changed"
    DUE_SOON = "due_soon", "deadline approaching"
    RESTATED = "restated", "deadline restated"
    CORRECTED = "corrected", "deadline corrected"
    EVIDENCE = "evidence", "evidence to review"
