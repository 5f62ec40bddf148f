"""Scoring a news item against a claim, and explaining the score. Pure: the same on every
backend; the database-side search for candidate pairs lives in tracker.matching.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from language.deadlines import DeadlineParseError, FoundDeadline, find_deadlines
from language.kinds import EvidenceKind
from language.text import fold_words as fold

from .lexicon import (
    _CATEGORY_RX,
    _CUE_RX,
    _FR_DELAY_OUTSIDE_FRENCH,
    _KIND_ORDER,
    _NEGATOR_PHRASES,
    _NEGATORS,
    _STOP,
    MARGIN,
    W_CATEGORY,
    W_DEADLINE,
    W_FIRST_TERM,
    W_MORE_TERMS,
    W_NAME,
    W_NAME_VIA_FEED,
    W_OUTCOME,
    W_SUBJECT,
    term_regex,
)


@dataclass(frozen=True)
class ClaimProfile:
    """What the matcher needs to know about an open claim."""

    claim_id: int
    promiser_id: int
    promiser: str
    names: tuple[str, ...]  # the promiser's name and aliases, as written
    subject: str  # empty when it is just the promiser's name
    terms: tuple[str, ...]  # keywords; the statement's words when there are none
    category: str
    statement: str
    stated_on: dt.date


def claim_profile(
    *,
    claim_id: int,
    promiser_id: int,
    promiser: str,
    aliases: Iterable[str],
    subject: str,
    keywords: Iterable[str],
    category: str,
    statement: str,
    stated_on: dt.date,
) -> ClaimProfile:
    """What the matcher reads of a claim: the promiser's names, the subject when it says more
    than the promiser's name, and its keywords (the statement's words when it has none)."""
    names = (promiser, *aliases)
    folded_names = {fold(name) for name in names}
    return ClaimProfile(
        claim_id=claim_id,
        promiser_id=promiser_id,
        promiser=promiser,
        names=names,
        subject="" if fold(subject) in folded_names else subject,
        terms=tuple(keywords) or _statement_terms(statement, folded_names),
        category=category,
        statement=statement,
        stated_on=stated_on,
    )


def _statement_terms(statement: str, names: set[str]) -> tuple[str, ...]:
    # A claim without keywords is matched on the distinctive words of its statement.
    words = re.findall(r"[\w][\w.+-]*", statement)
    return tuple(
        dict.fromkeys(
            w
            for w in words
            if len(w) >= 4 and fold(w) not in _STOP and fold(w) not in names and not w.isdigit()
        )
    )


@dataclass
class ItemText:
    """A news item as the matcher reads it."""

    item_id: int | None
    text: str  # title and summary, folded
    published_on: dt.date
    language: str = "en"
    feed_organisation_ids: frozenset[int] = frozenset()
    feed_keywords: tuple[str, ...] = ()
    original: str = ""  # title and summary as written, for deadline phrases


@dataclass
class TermHits:
    names: list[str] = field(default_factory=list)
    via_feed: bool = False
    terms: list[str] = field(default_factory=list)
    subject: bool = False


@dataclass
class ItemAnalysis:
    """What an item says whatever the claim: category words, kind cues, deadlines."""

    category_words: dict[str, list[str]]
    kind: str
    cue: str
    deadline: FoundDeadline | None


@dataclass
class Match:
    claim_id: int
    score: float
    kind: str
    why: str
    deadline_text: str = ""


def analyse_item(item: ItemText) -> ItemAnalysis:
    """Category words, the evidence kind the item's wording suggests, and its latest deadline."""
    categories = {}
    for category, rx in _CATEGORY_RX.items():
        found = list(dict.fromkeys(m.group(0) for m in rx.finditer(item.text)))
        if found:
            categories[category] = found
    kind, cue = EvidenceKind.PROGRESS, ""
    for candidate in _KIND_ORDER:
        candidate_cue = _cue(item.text, candidate, item.language)
        if candidate_cue:
            kind, cue = candidate, candidate_cue
            break
    return ItemAnalysis(
        category_words=categories, kind=kind, cue=cue, deadline=_latest_deadline(item)
    )


def _cue(text: str, kind: str, language: str) -> str:
    for lang, rx in _CUE_RX[kind].items():
        if lang == "fr" and language != "fr" and kind == EvidenceKind.DELAY:
            rx = _FR_DELAY_OUTSIDE_FRENCH
        for m in rx.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            preceding = re.findall(r"[a-z']+", before)[-3:]
            if _NEGATORS.intersection(preceding) or any(p in before for p in _NEGATOR_PHRASES):
                continue
            return m.group(0)
    return ""


def _latest_deadline(item: ItemText) -> FoundDeadline | None:
    """The deadline ending last among those ending after the item was published."""
    text = (item.original or item.text)[:20_000]
    try:
        found = find_deadlines(text, stated_on=item.published_on)
    except DeadlineParseError:
        return None
    future = [
        d
        for d in found
        if (d.window.end or d.window.start or dt.date.min) > item.published_on
        # a bare year naming the current year ("in 2025" said in 2025) is kept too
    ]
    if not future:
        return None
    return max(future, key=lambda d: d.window.end or d.window.start or dt.date.min)


def python_term_hits(item: ItemText, profile: ClaimProfile) -> TermHits:
    """Which of the claim's names and terms the item mentions (the regex path)."""
    hits = TermHits()
    hits.names = [name for name in profile.names if term_regex(name).search(item.text)]
    hits.terms = [term for term in profile.terms if term_regex(term).search(item.text)]
    hits.subject = bool(profile.subject) and bool(term_regex(profile.subject).search(item.text))
    return hits


def gated_terms(item: ItemText, profile: ClaimProfile, hits: TermHits) -> list[str] | None:
    """The claim's terms the item mentions, or None when a required part is missing: the
    promiser (named, or the feed's subject), an item not older than the promise, and at
    least one of the claim's own terms or its subject."""
    hits.via_feed = profile.promiser_id in item.feed_organisation_ids
    if not hits.names and not hits.via_feed:
        return None
    if item.published_on < profile.stated_on:
        return None  # news from before the promise cannot be evidence about it
    terms = list(dict.fromkeys(hits.terms))
    if hits.via_feed:
        terms += [
            kw for kw in item.feed_keywords if kw not in terms and term_regex(kw).search(item.text)
        ]
    # Overlapping keywords ("SecNumCloud" inside "SecNumCloud 3.2") count once.
    terms = [t for t in terms if not any(t != o and fold(t) in fold(o) for o in terms)]
    if not terms and not hits.subject:
        return None
    return terms


def score(
    item: ItemText, profile: ClaimProfile, hits: TermHits, analysis: ItemAnalysis
) -> Match | None:
    """Score one item against one claim; None when a required part is missing.

    Pure: the same inputs give the same score and explanation on every backend.
    """
    terms = gated_terms(item, profile, hits)
    if terms is None:
        return None
    parts: list[tuple[float, str]] = []
    if hits.names:
        parts.append((W_NAME, f"names the promiser: {', '.join(hits.names)}"))
    else:
        parts.append((W_NAME_VIA_FEED, f"the feed is about {profile.promiser}"))
    if terms:
        weight = W_FIRST_TERM + W_MORE_TERMS * min(len(terms) - 1, 2)
        parts.append((weight, f"claim keywords: {', '.join(terms)}"))
    if hits.subject:
        parts.append((W_SUBJECT, f"claim subject: {profile.subject}"))
    category_words = analysis.category_words.get(profile.category, [])
    if category_words:
        parts.append((W_CATEGORY, f"{profile.category} words: {', '.join(category_words[:4])}"))
    if analysis.cue:
        parts.append((W_OUTCOME, f"{analysis.kind} wording: {analysis.cue!r}"))
    if analysis.deadline:
        parts.append((W_DEADLINE, f"deadline expression: {analysis.deadline.text!r}"))
    total = round(min(1.0, sum(weight for weight, _ in parts)), 3)
    why = "; ".join(f"+{weight:.2f} {label}" for weight, label in parts)
    deadline_text = (
        analysis.deadline.text if analysis.deadline and analysis.kind == EvidenceKind.DELAY else ""
    )
    return Match(
        claim_id=profile.claim_id,
        score=total,
        kind=analysis.kind,
        why=f"score {total:.2f}: {why}. Kind guessed: {analysis.kind}"
        + (f" (from {analysis.cue!r})" if analysis.cue else " (no outcome wording)"),
        deadline_text=deadline_text,
    )


# ---------------------------------------------------------------------------------------
# Candidate pairs: which claims an item may be about, with their term hits.
# ---------------------------------------------------------------------------------------

Candidate = tuple[ItemText, ClaimProfile, TermHits]


class _NameIndex:
    """Every promiser name and alias in one regex, to find the organisations an item names."""

    def __init__(self, profiles: list[ClaimProfile]) -> None:
        self.claims_by_org: dict[int, list[ClaimProfile]] = defaultdict(list)
        names: dict[str, set[int]] = defaultdict(set)
        for profile in profiles:
            self.claims_by_org[profile.promiser_id].append(profile)
            for name in profile.names:
                names[fold(name)].add(profile.promiser_id)
        # Keyed on the name with spaces and dashes squashed, as a match is looked up.
        self.orgs_by_key = {_squash(name): orgs for name, orgs in names.items()}
        if names:
            body = "|".join(
                r"[\s-]*".join(map(re.escape, re.split(r"[\s-]+", name)))
                for name in sorted(names, key=len, reverse=True)
            )
            self.rx: re.Pattern[str] | None = re.compile(rf"(?<![\w])(?:{body})(?:s)?(?![\w])")
        else:
            self.rx = None

    def organisations(self, item: ItemText) -> set[int]:
        found = set(item.feed_organisation_ids) & set(self.claims_by_org)
        if self.rx is not None:
            for m in self.rx.finditer(item.text):
                key = _squash(m.group(0))
                orgs = self.orgs_by_key.get(key) or self.orgs_by_key.get(key[:-1], set())
                found |= orgs
        return found


def _squash(text: str) -> str:
    return re.sub(r"[\s-]+", "", text)


def candidates_python(items: list[ItemText], profiles: list[ClaimProfile]) -> Iterator[Candidate]:
    """Candidate pairs by regular expressions on the folded text (any backend)."""
    index = _NameIndex(profiles)
    for item in items:
        for org_id in index.organisations(item):
            for profile in index.claims_by_org[org_id]:
                yield item, profile, python_term_hits(item, profile)


_CANDIDATES_SQL = """
WITH name AS (
    SELECT t.org_id, t.name,
           phraseto_tsquery('english', t.name) || phraseto_tsquery('french', t.name) AS q
    FROM unnest(%(name_org)s::bigint[], %(name_text)s::text[]) AS t(org_id, name)
),
named AS (
    SELECT g.item_id, g.org_id, array_agg(g.name) FILTER (WHERE g.name IS NOT NULL) AS names
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
term AS (
    SELECT t.claim_id, t.org_id, t.idx,
           phraseto_tsquery('english', t.text) || phraseto_tsquery('french', t.text) AS q
    FROM unnest(%(term_claim)s::bigint[], %(term_org)s::bigint[], %(term_idx)s::int[],
                %(term_text)s::text[]) AS t(claim_id, org_id, idx, text)
)
SELECT named.item_id, term.claim_id, named.names,
       array_agg(term.idx ORDER BY term.idx) FILTER (WHERE n.search_vector @@ term.q)
FROM named
JOIN term ON term.org_id = named.org_id
JOIN tracker_newsitem n ON n.id = named.item_id
GROUP BY named.item_id, term.claim_id, named.names
"""


def rank_matches(pairs: Iterable[Candidate], *, threshold: float) -> dict[int | None, list[Match]]:
    """Score candidate pairs; keep, per item, the matches at or above `threshold`, best first.

    Of the claims of one promiser, only those within MARGIN of the item's best are kept.
    """
    analyses: dict[int, ItemAnalysis] = {}
    scored: dict[int | None, list[tuple[Match, int]]] = defaultdict(list)
    for item, profile, hits in pairs:
        if gated_terms(item, profile, hits) is None:
            continue  # before the item's analysis, which reads it for deadlines
        key = id(item)
        if key not in analyses:
            analyses[key] = analyse_item(item)
        match = score(item, profile, hits, analyses[key])
        if match is not None and match.score >= threshold:
            scored[item.item_id].append((match, profile.promiser_id))
    result: dict[int | None, list[Match]] = {}
    for item_id, matches in scored.items():
        best_by_org: dict[int, float] = {}
        for match, org_id in matches:
            best_by_org[org_id] = max(best_by_org.get(org_id, 0.0), match.score)
        kept = [m for m, org_id in matches if m.score >= best_by_org[org_id] - MARGIN]
        result[item_id] = sorted(kept, key=lambda m: (-m.score, m.claim_id))
    return result
