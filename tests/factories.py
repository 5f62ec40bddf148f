"""factory_boy factories. Claims are made through claims.services, like in the service itself."""

from __future__ import annotations

import datetime as dt

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from claims.models import Category, Claim, Evidence, Organisation, Source
from claims.services import claim_create, evidence_add, evidence_review
from tracker.models import AlertEvent, Subscription


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Vendor {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))
    kind = Organisation.Kind.VENDOR


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    url = factory.Sequence(lambda n: f"https://news.example.org/article-{n}")
    title = factory.Sequence(lambda n: f"Article {n}")
    publisher = "Example News"
    published_on = dt.date(2024, 1, 16)


class ClaimFactory(factory.django.DjangoModelFactory):
    """A claim with its first deadline revision; pass deadline_text="" for an undated one."""

    class Meta:
        model = Claim

    subject = "Example Cloud"
    promiser = factory.SubFactory(OrganisationFactory)
    statement = factory.Sequence(lambda n: f"Deliver milestone {n}")
    category = Category.LAUNCH
    source = factory.SubFactory(SourceFactory)
    stated_on = dt.date(2024, 1, 16)
    deadline_text = "in 2025"

    @classmethod
    def _create(cls, model_class, *args, **kwargs) -> Claim:
        return claim_create(**kwargs)


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    claim = factory.SubFactory(ClaimFactory)
    source = factory.SubFactory(SourceFactory)
    observed_on = dt.date(2025, 6, 1)
    kind = Evidence.Kind.PROGRESS
    state = Evidence.State.CANDIDATE
    # Reviewed evidence carries its review's time (the schema asks for it).
    reviewed_at = factory.LazyAttribute(
        lambda evidence: None if evidence.state == Evidence.State.CANDIDATE else timezone.now()
    )


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    is_staff = True
    password = factory.django.Password("a-long-test-password")

    @factory.post_generation
    def groups(self, create: bool, names: list[str] | None, **kwargs) -> None:
        for name in names or []:
            self.groups.add(Group.objects.get(name=name))


def follow(**kwargs) -> Subscription:
    """The tests' analyst: a subscription to every kind of alert about every claim, made now
    (so it follows what happens from now on); `kwargs` change any field."""
    defaults = {"email": "analyst@example.org", **{f"on_{e}": True for e in AlertEvent.values}}
    return Subscription.objects.create(**{**defaults, **kwargs})


def bleu_story() -> dict[str, Claim]:
    """The four-claim Bleu story the first demo told, as of January 2024, through the services:
    a readiness programme promised for end-2022 and kept in January 2024 (late), first
    services "not before the end of 2024" (open-ended), SecNumCloud "in 2025" (missed once the
    clock is past 2025) and Gaia-X membership with no date. Returns the claims by category.

    The sources are fictional (.invalid URLs): tests read this story, the demo reads the real
    ledger. Call it with the clock frozen (the `now` fixture) for stable statuses.
    """
    organisations = {
        slug: OrganisationFactory(slug=slug, name=name, kind=kind)
        for slug, name, kind in [
            ("bleu", "Bleu", Organisation.Kind.VENDOR),
            ("orange", "Orange", Organisation.Kind.PARTNER),
            ("capgemini", "Capgemini", Organisation.Kind.PARTNER),
            ("microsoft", "Microsoft", Organisation.Kind.PARTNER),
        ]
    }
    statement_2022 = SourceFactory(
        url="https://story.pledgewatch.invalid/bleu-2022-readiness",
        kind=Source.Kind.STATEMENT,
        title="Bleu outlines a readiness programme for its first customers",
        published_on=dt.date(2022, 6, 15),
    )
    report_2024 = SourceFactory(
        url="https://story.pledgewatch.invalid/bleu-commercial-launch-2024",
        title="Bleu opens for business; first services not before end-2024",
        published_on=dt.date(2024, 1, 16),
    )
    partners = [organisations["orange"], organisations["capgemini"]]
    common = {"promiser": organisations["bleu"], "subject": "Bleu", "partners": partners}
    claims = {
        "programme": ClaimFactory(
            **common,
            statement="Start a readiness programme and engage first customers by the end of 2022",
            category=Category.PROGRAMME,
            source=statement_2022,
            stated_on=dt.date(2022, 6, 15),
            deadline_text="by the end of 2022",
            keywords="readiness programme, customers",
        ),
        "launch": ClaimFactory(
            **{**common, "partners": [*partners, organisations["microsoft"]]},
            statement="First services (Azure, Microsoft 365) go live, not before the end of 2024",
            category=Category.LAUNCH,
            source=report_2024,
            deadline_text="not before the end of 2024",
            keywords="Azure, Microsoft 365, go-live",
        ),
        "certification": ClaimFactory(
            **common,
            statement="Obtain ANSSI's SecNumCloud 3.2 qualification in 2025",
            category=Category.CERTIFICATION,
            source=report_2024,
            deadline_text="in 2025",
            keywords="SecNumCloud, qualification, ANSSI",
        ),
        "membership": ClaimFactory(
            **common,
            statement="Join Gaia-X (no date given)",
            category=Category.MEMBERSHIP,
            source=report_2024,
            deadline_text="",
            keywords="Gaia-X, membership",
        ),
    }
    # Kept late: the fulfilment goes through the evidence review, like any other.
    evidence = evidence_add(
        claim=claims["programme"],
        source=report_2024,
        observed_on=dt.date(2024, 1, 16),
        kind=Evidence.Kind.FULFILMENT,
        summary="Commercial activities began in January 2024, a year after the promised date.",
    )
    evidence_review(evidence=evidence, state=Evidence.State.CONFIRMED)
    for claim in claims.values():
        claim.refresh_from_db()
    return claims
