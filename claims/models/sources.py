"""Who promises, and where it was said: organisations and sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

if TYPE_CHECKING:
    from django.contrib.auth.models import User

from ..validators import multiline, single_line
from .common import split_terms


class Organisation(models.Model):
    class Kind(models.TextChoices):
        VENDOR = "vendor", _("vendor")
        PARTNER = "partner", _("partner")
        AUTHORITY = "authority", _("authority")
        CUSTOMER = "customer", _("customer")
        CONSORTIUM = "consortium", _("consortium")
        OTHER = "other", _("other")

    name = models.CharField(
        max_length=200, unique=True, validators=[single_line], verbose_name=_("name")
    )
    slug = models.SlugField(max_length=200, unique=True, verbose_name=_("slug"))
    kind = models.CharField(
        max_length=20, choices=Kind.choices, default=Kind.VENDOR, verbose_name=_("kind")
    )
    website = models.URLField(blank=True, verbose_name=_("website"))
    aliases = models.TextField(
        blank=True,
        validators=[multiline],
        help_text=_("Other names the news uses, one per line or comma-separated."),
        verbose_name=_("aliases"),
    )
    # A joint venture is often named by its parents ("the Orange-Capgemini venture"): the
    # article importer finds the venture from them.
    parents = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="ventures",
        help_text=_("For a joint venture: the organisations that own it."),
        verbose_name=_("parents"),
    )

    history = HistoricalRecords()
    # Who makes the change being saved, set by claims.services; simple_history records it.
    _history_user: User | None

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def alias_list(self) -> list[str]:
        return split_terms(self.aliases)


class Source(models.Model):
    class Kind(models.TextChoices):
        ARTICLE = "article", _("article")
        PRESS_RELEASE = "press_release", _("press release")
        FILING = "filing", _("filing")
        STATEMENT = "statement", _("public statement")
        OTHER = "other", _("other")

    # NULL, not "", when absent: unique=True then allows any number of sources without a URL.
    url = models.URLField(
        _("URL"),
        max_length=1000,
        unique=True,
        null=True,
        blank=True,
        error_messages={"unique": "A source with this URL is already recorded."},
    )
    kind = models.CharField(
        max_length=20, choices=Kind.choices, default=Kind.ARTICLE, verbose_name=_("kind")
    )
    title = models.CharField(max_length=500, validators=[single_line], verbose_name=_("title"))
    publisher = models.CharField(
        max_length=200, blank=True, validators=[single_line], verbose_name=_("publisher")
    )
    author = models.CharField(
        max_length=200, blank=True, validators=[single_line], verbose_name=_("author")
    )
    published_on = models.DateField(verbose_name=_("published on"))
    language = models.CharField(
        max_length=8,
        default="en",
        help_text=_("ISO 639-1 code, e.g. en, fr."),
        verbose_name=_("language"),
    )
    text = models.TextField(
        blank=True,
        validators=[multiline],
        help_text=_("Snapshot of the text, as read when recorded."),
        verbose_name=_("text"),
    )
    recorded_at = models.DateTimeField(auto_now_add=True, verbose_name=_("recorded at"))

    history = HistoricalRecords()
    # Who makes the change being saved, set by claims.services; simple_history records it.
    _history_user: User | None

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
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
