"""Organisations: recorded and renamed through here, so that drafts waiting for them find them."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from language.text import fold_words

from ..models import ClaimDraft, Organisation, split_terms
from .common import User, saved_user


@transaction.atomic
def organisation_save(
    *,
    organisation: Organisation,
    parents: Iterable[Organisation] | None = None,
    actor: User | None = None,
) -> Organisation:
    """Record a new organisation or the changes to one (validated by the model), then give
    the drafts that named it, and found no organisation then, their promiser."""
    organisation._history_user = saved_user(actor)
    organisation.full_clean()
    organisation.save()
    if parents is not None:
        organisation.parents.set(parents)
    drafts_rematch(organisation=organisation)
    return organisation


def drafts_rematch(*, organisation: Organisation) -> int:
    """Drafts still waiting for review whose promiser the article named as this organisation
    (its name or an alias) but the ledger did not hold: they get it now. Returns how many."""
    names = {fold_words(name) for name in (organisation.name, *split_terms(organisation.aliases))}
    waiting = ClaimDraft.objects.filter(state=ClaimDraft.State.DRAFT, promiser__isnull=True)
    matching = [
        pk
        for pk, named in waiting.values_list("pk", "promiser_name")
        if named and fold_words(named) in names
    ]
    return ClaimDraft.objects.filter(pk__in=matching).update(promiser=organisation)
