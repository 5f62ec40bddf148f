"""factory_boy factories. Claims are made through claims.services, like in the service itself."""

from __future__ import annotations

import datetime as dt

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from claims.models import Category, Claim, Evidence, Organisation, Source
from claims.services import claim_create


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
