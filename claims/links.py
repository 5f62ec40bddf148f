"""Every public link to the ledger, built from one setting (settings.SITE_URL).

E-mails, the Atom feed, the calendar, JSON-LD, Open Graph tags and badge embed code all link
through these functions, so a site served on another host or port (`make run` sets SITE_URL
from the address it serves) never sends a reader to the wrong place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.urls import reverse
from django.utils.text import slugify

if TYPE_CHECKING:
    from .models import Claim, Organisation

# Long enough to read in an address bar, short enough to paste.
SLUG_MAX = 60


def absolute(path: str) -> str:
    """A path on this site as a full URL on SITE_URL."""
    return f"{settings.SITE_URL}{path}"


def claim_slug(claim: Claim) -> str:
    """The words after the id in a claim page's address (its statement, slugified)."""
    slug = slugify(claim.statement)[:SLUG_MAX].strip("-")
    return slug or "claim"


def claim_path(claim: Claim) -> str:
    """The canonical path of a claim's page: /claims/<id>/<slug>/."""
    return reverse("claim-page-slug", kwargs={"pk": claim.pk, "slug": claim_slug(claim)})


def claim_url(claim: Claim) -> str:
    return absolute(claim_path(claim))


def organisation_path(organisation: Organisation) -> str:
    return reverse("organisation-page", kwargs={"slug": organisation.slug})


def organisation_url(organisation: Organisation) -> str:
    return absolute(organisation_path(organisation))


def claim_badge_url(claim: Claim) -> str:
    return absolute(reverse("v1:claim-badge", kwargs={"pk": claim.pk}))


def organisation_badge_url(organisation: Organisation) -> str:
    return absolute(reverse("v1:organisation-badge", kwargs={"slug": organisation.slug}))


def dashboard_url() -> str:
    return absolute(reverse("dashboard"))
