"""Reads that feed the language readers: the ledger's organisations as the article reader
matches them."""

from __future__ import annotations

from collections import defaultdict

from language.articles import KnownOrganisation

from ..models import Organisation


def known_organisations() -> list[KnownOrganisation]:
    """Every organisation with its aliases and, for a joint venture, its parents' names (two
    queries), so an article naming "the Orange-Capgemini venture" finds the venture."""
    parents: dict[int, list[str]] = defaultdict(list)
    for venture_id, parent_name in Organisation.parents.through.objects.values_list(
        "from_organisation_id", "to_organisation__name"
    ):
        parents[venture_id].append(parent_name)
    return [
        KnownOrganisation(
            pk, name, tuple(Organisation(aliases=aliases).alias_list), tuple(parents.get(pk, ()))
        )
        for pk, name, aliases in Organisation.objects.values_list("pk", "name", "aliases")
    ]
