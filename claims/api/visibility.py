"""What the public may see of the sources: only reviewed material.

Sources are recorded before anyone has reviewed what they say: the news watch makes one for
each item that becomes an evidence candidate, the article importer one for each article whose
drafts wait for an editor. Such a source becomes public once the ledger cites it: as the
source of a claim, of a deadline revision or of a recorded status change, or of confirmed
evidence. The stored article text is never public; staff who may view sources see it all.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, QuerySet

from ..models import Claim, DeadlineRevision, Evidence, Source, StatusEvent
from .serializers import SourceSerializer


def sources_public() -> QuerySet[Source]:
    """Sources cited by the reviewed ledger (one query; each test an indexed EXISTS)."""
    by_claim = Exists(Claim.objects.filter(source=OuterRef("pk")))
    by_revision = Exists(DeadlineRevision.objects.filter(source=OuterRef("pk")))
    by_confirmed_evidence = Exists(
        Evidence.objects.filter(source=OuterRef("pk"), state=Evidence.State.CONFIRMED)
    )
    # An outcome's source; the other event kinds include evidence still under review.
    by_status_change = Exists(
        StatusEvent.objects.filter(source=OuterRef("pk"), kind=StatusEvent.Kind.STATUS)
    )
    condition = by_claim | by_revision | by_confirmed_evidence | by_status_change
    return Source.objects.filter(condition)


def sees_every_source(user: object) -> bool:
    """Staff with the view permission (editors, viewers) see unreviewed sources and texts."""
    has_perm = getattr(user, "has_perm", None)
    return bool(has_perm and has_perm("claims.view_source"))


class PublicSourceSerializer(SourceSerializer):
    """A source as the public sees it: everything but the stored text."""

    class Meta(SourceSerializer.Meta):
        fields = [name for name in SourceSerializer.Meta.fields if name != "text"]
