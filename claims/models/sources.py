"""Who promises, and where it was said: organisations and sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import models
from simple_history.models import HistoricalRecords

if TYPE_CHECKING:
    from django.contrib.auth.models import User

from ..validators import multiline, single_line
from .common import split_terms


class Organisation(models.Model):
    class Kind(models.TextChoices):
        VENDOR = "vendor", "vendor"
        PARTNER = "partner", "partner"
        AUTHORITY = "authority", "authority"
        CUSTOMER = "customer", "customer"
        CONSORTIUM = "consortium", "consortium"
        OTHER = "other", "other"

    name = models.CharField(max_length=200, unique=True, validators=[single_line])
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.VENDOR)
    website = models.URLField(blank=True)
    aliases = models.TextField(
        blank=True,
        validators=[multiline],
        help_text="Other names the news uses, one per line or comma-separated.",
    )
    # A joint venture is often named by its parents ("the Orange-Capgemini venture"): the
    # article importer finds the venture from them.
    parents = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="ventures",
        help_text="For a joint venture: the organisations that own it.",
    )

    history = HistoricalRecords()
    # Who makes the change being saved, set by claims.services; simple_history records it.
    _history_user: User | None

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def alias_list(self) -> list[str]:
        return split_terms(self.aliases)


class Source(models.Model):
    class Kind(models.TextChoices):
        ARTICLE = "article", "article"
        PRESS_RELEASE = "press_release", "press release"
        FILING = "filing", "filing"
        STATEMENT = "statement", "public statement"
        OTHER = "other", "other"

    # NULL, not "", when absent: unique=True then allows any number of sources without a URL.
    url = models.URLField(
        "URL",
        max_length=1000,
        unique=True,
        null=True,
        blank=True,
        error_messages={"unique": "A source with this URL is already recorded."},
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ARTICLE)
    title = models.CharField(max_length=500, validators=[single_line])
    publisher = models.CharField(max_length=200, blank=True, validators=[single_line])
    author = models.CharField(max_length=200, blank=True, validators=[single_line])
    published_on = models.DateField()
    language = models.CharField(
        max_length=8, default="en", help_text="ISO 639-1 code, e.g. en, fr."
    )
    text = models.TextField(
        blank=True, validators=[multiline], help_text="Snapshot of the text, as read when recorded."
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()
    # Who makes the change being saved, set by claims.services; simple_history records it.
    _history_user: User | None

    class Meta:
        ordering = ["-published_on", "title"]

    def __str__(self) -> str:
        return f"{self.title} ({self.publisher or 'unknown publisher'}, {self.published_on})"

    def save(self, *args, **kwargs) -> None:
        self.clean()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        # Stored as NULL so that any number of sources may have no URL.
        if self.url == "":
            self.url = None
