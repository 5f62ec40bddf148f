"""Matching stored news items to open claims: the database side of language.matching.

`language.matching` scores an item against a claim (pure Python, the same everywhere). This
module gives it its inputs from the ledger: claim profiles from Claim rows, and candidate
pairs found on PostgreSQL by full-text search (items carry a generated tsvector, english +
french configurations, GIN index, migration 0003; stemming reads "launches" as "launch" and
"reportée" as "report"). Elsewhere (SQLite) the candidate pairs come from regular
expressions (`language.matching.candidates_python`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from django.db import connection, transaction
from django.db.models import QuerySet

from claims.models import Claim, Organisation, split_terms
from language.matching import (
    Candidate,
    ClaimProfile,
    ItemText,
    Match,
    TermHits,
    candidates_python,
    claim_profile,
    ledger_profiles,
    loose_term_spans,
    phrase_candidates,
    promiser_names,
    rank_matches,
    spellings,
)
from language.text import fold_words as fold

_PROFILE_FIELDS = (
    "pk",
    "promiser_id",
    "promiser__name",
    "promiser__aliases",
    "subject",
    "keywords",
    "category",
    "statement",
    "stated_on",
    "deadline_start",
    "deadline_end",
)


def claim_profiles(claims: QuerySet[Claim] | None = None) -> list[ClaimProfile]:
    """Profiles of the given claims (default: every open claim), with their deadline in force
    and what only the whole ledger tells (see language.matching.ledger_profiles): two
    queries, the claims and the organisations' names."""
    if claims is None:
        claims = Claim.objects.filter(outcome="").order_by("id")
    # Plain rows, not model instances: ten thousand claims load in a fraction of the time.
    rows = claims.values_list(*_PROFILE_FIELDS)
    profiles = [
        claim_profile(
            claim_id=pk,
            promiser_id=promiser_id,
            promiser=promiser,
            aliases=split_terms(aliases),
            subject=subject,
            keywords=split_terms(keywords),
            category=category,
            statement=statement,
            stated_on=stated_on,
            deadline_start=deadline_start,
            deadline_end=deadline_end,
        )
        for (
            pk,
            promiser_id,
            promiser,
            aliases,
            subject,
            keywords,
            category,
            statement,
            stated_on,
            deadline_start,
            deadline_end,
        ) in rows
    ]
    organisations = {
        name: split_terms(aliases)
        for name, aliases in Organisation.objects.values_list("name", "aliases")
    }
    return ledger_profiles(profiles, organisations=organisations)


_CANDIDATES_SQL = """
WITH name AS MATERIALIZED (
    -- Materialized: each name's query is built once, not again at each recheck of a row
    -- its index scan found.
    SELECT t.org_id, t.name,
           phraseto_tsquery('english', t.name) || phraseto_tsquery('french', t.name) AS q
    FROM unnest(%(name_org)s::bigint[], %(name_text)s::text[]) AS t(org_id, name)
),
named AS (
    -- Each (item, organisation) pair once, with the names the item holds. Grouped by
    -- sorting (an ordered aggregate is never hashed): the planner counts 8 kB for each array
    -- of a hash table, a hundred megabytes for its guess of the pairs, and spilled the
    -- table to disk; the sort of the few thousand rows found fits in memory.
    SELECT g.item_id, g.org_id,
           array_agg(g.name ORDER BY g.name) FILTER (WHERE g.name IS NOT NULL) AS names
    FROM (
        SELECT item.id AS item_id, name.org_id, name.name
        FROM name
        CROSS JOIN LATERAL (
            SELECT n.id FROM tracker_newsitem n
            WHERE n.search_vector @@ name.q AND n.id = ANY(%(item_ids)s::bigint[])
        ) AS item
        UNION ALL
        SELECT item_id, org_id, NULL
        FROM unnest(%(feed_item)s::bigint[], %(feed_org)s::bigint[]) AS f(item_id, org_id)
    ) AS g
    GROUP BY g.item_id, g.org_id
),
spelling AS MATERIALIZED (
    -- The full-text query of each spelling, once.
    SELECT s.id, phraseto_tsquery('english', s.text) || phraseto_tsquery('french', s.text) AS q
    FROM unnest(%(spelling_text)s::text[]) WITH ORDINALITY AS s(text, id)
),
org_spelling AS (
    -- Each promiser's spellings, numbers and queries side by side (grouped by sorting, as
    -- above), read in order below. Not one array of every query looked up by number: the
    -- n-th element of an array is found by walking to it, and with 20,000 spellings the
    -- lookups took seconds.
    SELECT o.org_id, array_agg(s.id ORDER BY s.id) AS ids, array_agg(s.q ORDER BY s.id) AS qs
    FROM unnest(%(spelling_org)s::bigint[], %(spelling_id)s::bigint[]) AS o(org_id, id)
    JOIN spelling s ON s.id = o.id
    GROUP BY o.org_id
)
-- One row per (item, promiser of an open claim), with the spellings of its claims' terms
-- the item holds: each checked once per pair, not once per claim and term, and no sort
-- spills to disk (one row per claim and spelling was 101,100 rows, sorted thrice).
SELECT named.item_id, named.org_id, named.names,
       ARRAY(SELECT s.id FROM unnest(o.ids, o.qs) AS s(id, q) WHERE n.search_vector @@ s.q)
FROM named
LEFT JOIN org_spelling o ON o.org_id = named.org_id
JOIN tracker_newsitem n ON n.id = named.item_id
WHERE named.org_id = ANY(%(org)s::bigint[])
"""


def candidates_postgres(items: list[ItemText], profiles: list[ClaimProfile]) -> Iterator[Candidate]:
    """Candidate pairs by PostgreSQL full-text search on the items' stored tsvector.

    The items must be stored (their ids index `tracker_newsitem`). Names (a promiser's
    name and aliases, and the names of its promised things) are looked up through the GIN
    index, one index scan per distinct name; the spellings of the terms of a promiser's
    claims (subjects and keywords, each distinct spelling once per promiser) are then checked
    against the few items that named it, one row per (item, promiser), and each claim takes
    the terms whose spellings were found. An item that names no organisation goes through
    the regex path's own check for claims named by two of their phrases
    (`phrase_candidates`), so both paths find the same candidates.
    """
    by_id = {item.item_id: item for item in items}
    claims_by_org: dict[int, list[ClaimProfile]] = {}
    for profile in profiles:
        claims_by_org.setdefault(profile.promiser_id, []).append(profile)
    name_org, name_text = [], []
    for org_id, names in promiser_names(profiles).items():
        for folded in sorted({fold(name) for name in names}):
            name_org.append(org_id)
            name_text.append(folded)
    # Each distinct spelling of a subject or keyword gets a number, from 1 ("data centres"
    # and "data centers" are two: the stemmers do not join -re and -er, the regex path finds
    # both); each subject or keyword, once, the numbers of its spellings.
    spelling_ids: dict[str, int] = {}
    term_spellings: dict[str, frozenset[int]] = {}
    org_spellings: dict[int, set[int]] = {}
    for profile in profiles:
        found_in = org_spellings.setdefault(profile.promiser_id, set())
        for term in (profile.subject, *profile.terms):
            if term not in term_spellings:
                term_spellings[term] = frozenset(
                    spelling_ids.setdefault(spelling, len(spelling_ids) + 1)
                    for spelling in (spellings(term) if term else ())
                    if spelling
                )
            found_in |= term_spellings[term]
    feed_item, feed_org = [], []
    for item in items:
        for org_id in item.feed_organisation_ids:
            feed_item.append(item.item_id)
            feed_org.append(org_id)
    # Each list as the text of an array, which the query casts (see `_ints` and `_texts`).
    params = {
        "name_org": _ints(name_org),
        "name_text": _texts(name_text),
        "item_ids": _ints(by_id),
        "feed_item": _ints(feed_item),
        "feed_org": _ints(feed_org),
        "spelling_text": _texts(spelling_ids),
        "spelling_org": _ints(org for org, ids in org_spellings.items() for _ in ids),
        "spelling_id": _ints(n for ids in org_spellings.values() for n in ids),
        "org": _ints(org_spellings),
    }
    with transaction.atomic(), connection.cursor() as cursor:
        # An empty query (a name made only of stop words) matches nothing: no notice about it.
        # JIT compilation costs more than it saves on this many small function calls.
        cursor.execute("SET LOCAL client_min_messages = warning")
        cursor.execute("SET LOCAL jit = off")
        cursor.execute(_CANDIDATES_SQL, params)
        rows = cursor.fetchall()
    # An item with no row names no organisation of the ledger: the claims it names by their
    # keywords of several words come from the same check as on the regex path.
    named_items = {row[0] for row in rows}
    yield from phrase_candidates([i for i in items if i.item_id not in named_items], profiles)
    # Each claim's names folded once, not once per item that names its promiser.
    folded_names: dict[int, list[tuple[str, str]]] = {}
    for item_id, org_id, names, found_spellings in rows:
        item = by_id[item_id]
        found_names = set(names or ())
        found = set(found_spellings or ())
        # Whether the item holds a keyword, once per keyword: a promiser's claims share them.
        held: dict[str, bool] = {}
        for profile in claims_by_org[org_id]:
            if profile.claim_id not in folded_names:
                folded_names[profile.claim_id] = [(name, fold(name)) for name in profile.names]
            for term in profile.terms:
                if term not in held:
                    # A keyword's words in another order: the same check as the regex path's.
                    held[term] = not term_spellings[term].isdisjoint(found) or bool(
                        loose_term_spans(term, item.text)
                    )
            hits = TermHits(
                # The promiser's own names; a thing's name is one of the claim's terms.
                names=[n for n, folded in folded_names[profile.claim_id] if folded in found_names],
                terms=[term for term in profile.terms if held[term]],
                subject=bool(profile.subject)
                and not term_spellings[profile.subject].isdisjoint(found),
            )
            yield item, profile, hits


def _ints(values: Iterable[int | None]) -> str:
    """Whole numbers as PostgreSQL's text for an array ("{1,-1,NULL}"), cast by the query
    (`::bigint[]`). Passed as one string: the driver would write each of the query's 100,000
    numbers and strings itself, a regular expression or two per string, 0.13 s of the
    call's CPU for 10,000 items against 10,000 claims (0.03 s this way)."""
    return "{" + ",".join("NULL" if v is None else str(v) for v in values) + "}"


def _texts(values: Iterable[str]) -> str:
    """Strings as PostgreSQL's text for an array ('{"data centres",""}'), cast by the query
    (`::text[]`): each quoted, its backslashes and double quotes escaped."""
    quoted = (v.replace("\\", "\\\\").replace('"', '\\"') for v in values)
    return "{" + ",".join(f'"{v}"' for v in quoted) + "}"


def match_items(
    items: list[ItemText],
    profiles: list[ClaimProfile],
    *,
    threshold: float,
    use_postgres: bool | None = None,
) -> dict[int | None, list[Match]]:
    """Matches at or above `threshold` per item, best first (see language.matching.MARGIN)."""
    if use_postgres is None:
        use_postgres = connection.vendor == "postgresql"
    pairs = (
        candidates_postgres(items, profiles)
        if use_postgres and all(item.item_id for item in items)
        else candidates_python(items, profiles)
    )
    return rank_matches(pairs, threshold=threshold)
