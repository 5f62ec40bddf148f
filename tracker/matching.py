"""Score news items against open claims, and explain each score.

Two steps:

1. **Term hits**: which of a claim's names and terms an item mentions. On PostgreSQL this is
   full-text search: items carry a generated tsvector (english + french configurations, GIN
   index, migration 0003) and the claim side is built on the fly as tsqueries, so stemming
   reads "launches" as "launch" and "reportée" as "report". Elsewhere (SQLite) it is the same
   question asked with word-boundary regular expressions on the folded text, plural endings
   allowed. See `candidates_postgres` and `candidates_python`.
2. **Scoring** (`score`, pure Python, the same on every backend): the promiser's name or an
   alias is required (or the feed concerns the promiser), and at least one of the claim's own
   terms (a keyword, its subject); then keywords, the claim's category words in English and
   French, words saying something happened, was delayed or denied, and a deadline expression
   (claims.deadlines.find_deadlines) add up. The explanation lists each part with its weight.

The weights and word lists are documented in docs/news-watch.md.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.db import connection, transaction

from claims.deadlines import DeadlineParseError, FoundDeadline, find_deadlines
from claims.models import Claim, Evidence

# Weights of the parts of a score (the total is capped at 1.0).
W_NAME = 0.25  # the promiser's name or an alias is in the item
W_NAME_VIA_FEED = 0.15  # the feed is about the promiser, the item does not name it
W_FIRST_TERM = 0.25  # one of the claim's keywords (or the feed's)
W_MORE_TERMS = 0.10  # each further keyword, up to two
W_SUBJECT = 0.15  # the claim's subject, when it is not just the promiser's name
W_CATEGORY = 0.15  # words of the claim's category, in English or French
W_OUTCOME = 0.10  # words saying it happened, was delayed or was denied
W_DEADLINE = 0.10  # a deadline expression dated after the item
# A claim is kept for an item only if it scores within this of the item's best claim of the
# same promiser: an item about the SecNumCloud qualification that mentions Azure in passing
# should not also become evidence for the Azure launch.
MARGIN = 0.15

_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc\u0060\u00b4"})


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_DASH = re.compile("[\u2010-\u2015\u2212]")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case, no accents, plain apostrophes and dashes, single spaces."""
    text = text.lower()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
        text = _DASH.sub("-", _COMBINING.sub("", text))
    return _SPACE.sub(" ", text).strip()


@functools.lru_cache(maxsize=8192)
def term_regex(term: str) -> re.Pattern[str]:
    """A folded term as a whole-word pattern: spaces or dashes between words, plural allowed."""
    words = [re.escape(word) for word in re.split(r"[\s-]+", fold(term)) if word]
    return re.compile(r"(?<![\w])" + r"[\s-]*".join(words) + r"(?:s|es|x)?(?![\w])")


def _words_regex(words: Iterable[str]) -> re.Pattern[str]:
    alternatives = sorted({fold(w) for w in words}, key=len, reverse=True)
    body = "|".join(r"[\s-]*".join(map(re.escape, w.split())) for w in alternatives)
    return re.compile(rf"(?<![\w])(?:{body})(?:s|es)?(?![\w])")


def _wordset(text: str) -> frozenset[str]:
    """A word list written as one string, easier to read and extend than a list literal."""
    return frozenset(text.split())


def _phrases(text: str) -> tuple[str, ...]:
    """Phrases written as one comma-separated string (folded: no accents, lower case)."""
    return tuple(phrase.strip() for phrase in text.split(",") if phrase.strip())


# Words of each category, English and French, folded. "availability" shares launch's.
_LAUNCH = _phrases(
    "launch, launched, go-live, go live, goes live, went live, live, general availability, "
    "generally available, available, availability, opening, opens, opened, rollout, roll out, "
    "rolls out, lancement, lance, lancee, disponible, disponibilite, mise en service, "
    "ouverture, ouvre, commercialisation, mise en production, deploiement"
)
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "certification": _phrases(
        "qualification, qualified, qualify, certification, certified, certificate, "
        "accreditation, accredited, secnumcloud, label, labelled, audit, auditor, qualifie, "
        "qualifiee, certifie, certifiee, homologation, homologue, visa"
    ),
    "launch": _LAUNCH,
    "availability": _LAUNCH,
    "membership": _phrases(
        "member, membership, join, joins, joined, adhesion, adhere, membre, rejoint, rejoindre, "
        "partner, partenaire"
    ),
    "programme": _phrases(
        "programme, program, pilot, early access, first customers, readiness, pilote, "
        "premiers clients, accompagnement"
    ),
    "other": (),
}

# Words saying what the item reports, by the evidence kind they suggest. Folded, whole words.
# "report" means a postponement only in French.
KIND_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    Evidence.Kind.DENIAL: {
        "en": _phrases(
            "denies, denied, deny, no plans to, no longer plans, abandons, abandoned, drops plans, "
            "scraps, scrapped, cancels, cancelled, canceled, will not seek, gives up, gave up, "
            "shelves, shelved"
        ),
        "fr": _phrases(
            "dement, dementi, renonce, abandonne, abandon, n'a pas l'intention, annule, "
            "annulation, pas de projet"
        ),
    },
    Evidence.Kind.FULFILMENT: {
        "en": _phrases(
            "obtained, obtains, has obtained, secured, secures, achieved, achieves, awarded, "
            "granted, receives, received, now qualified, is qualified, has been qualified, "
            "been certified, went live, goes live, is live, now live, now available, "
            "generally available, launched, launches, opened, opens, became a member, "
            "becomes a member, has joined, joins, joined, completed, completes, delivered, "
            "delivers"
        ),
        "fr": _phrases(
            "obtient, a obtenu, obtenu, decroche, a decroche, est qualifie, desormais qualifie, "
            "a ete qualifie, lance, a lance, est disponible, sont disponibles, "
            "desormais disponible, desormais disponibles, ouvre, a ouvert, rejoint, adhere, "
            "devient membre, est devenu membre, accorde, delivre"
        ),
    },
    Evidence.Kind.DELAY: {
        "en": _phrases(
            "delay, delays, delayed, postpone, postponed, postpones, pushed back, pushes back, "
            "push back, slip, slips, slipped, later than planned, behind schedule, rescheduled, "
            "now expects, now expected, now targets, deferred, defers, setback"
        ),
        "fr": _phrases(
            "retard, retarde, retardee, reporte, reportee, report, repousse, repoussee, decale, "
            "decalee, glisse, desormais attendu, desormais attendue, desormais prevu, "
            "desormais prevue, plus tard que prevu"
        ),
    },
}
# A cue right after one of these words says it has not happened (yet), or only will.
_NEGATORS = _wordset(
    "not no never yet will would to could may might should pas plus jamais va vont devrait "
    "devraient pourrait compte vise espere prevoit doit doivent encore"
)
_NEGATOR_PHRASES = ("still awaits", "still waiting", "en attente")
_KIND_ORDER = (Evidence.Kind.DENIAL, Evidence.Kind.FULFILMENT, Evidence.Kind.DELAY)

_CATEGORY_RX = {
    category: _words_regex(words) for category, words in CATEGORY_WORDS.items() if words
}
_CUE_RX = {
    kind: {lang: _words_regex(words) for lang, words in by_language.items()}
    for kind, by_language in KIND_CUES.items()
}
# In English text "report" is a news report: French delay words without it.
_FR_DELAY_OUTSIDE_FRENCH = _words_regex(
    w for w in KIND_CUES[Evidence.Kind.DELAY]["fr"] if w != "report"
)

_FR_MARKERS = _wordset("le la les des du une est pour dans sur avec qui que d'ici sera au aux")
_EN_MARKERS = _wordset("the and is are of for with that this will has have by its from")
_STOP = (
    _EN_MARKERS
    | _FR_MARKERS
    | _wordset("first services service obtain start get make new go a an in on to de et en")
)


def guess_language(text: str, default: str = "en") -> str:
    """English or French, by counting common words (enough for news items)."""
    words = re.findall(r"[a-z']+", fold(text))
    fr = sum(w in _FR_MARKERS for w in words)
    en = sum(w in _EN_MARKERS for w in words)
    if fr == en:
        return default if default in ("en", "fr") else "en"
    return "fr" if fr > en else "en"


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


def claim_profiles(claims: Iterable[Claim] | None = None) -> list[ClaimProfile]:
    """Profiles of the given claims (default: every open claim), in one query."""
    if claims is None:
        claims = Claim.objects.filter(outcome="").select_related("promiser").order_by("id")
    profiles = []
    for claim in claims:
        names = (claim.promiser.name, *claim.promiser.alias_list)
        folded_names = {fold(name) for name in names}
        subject = "" if fold(claim.subject) in folded_names else claim.subject
        terms = tuple(claim.keyword_list) or _statement_terms(claim.statement, folded_names)
        profiles.append(
            ClaimProfile(
                claim_id=claim.pk,
                promiser_id=claim.promiser_id,
                promiser=claim.promiser.name,
                names=names,
                subject=subject,
                terms=terms,
                category=claim.category,
                statement=claim.statement,
                stated_on=claim.stated_on,
            )
        )
    return profiles


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
    kind, cue = Evidence.Kind.PROGRESS, ""
    for candidate in _KIND_ORDER:
        found = _cue(item.text, candidate, item.language)
        if found:
            kind, cue = candidate, found
            break
    return ItemAnalysis(
        category_words=categories, kind=kind, cue=cue, deadline=_latest_deadline(item)
    )


def _cue(text: str, kind: str, language: str) -> str:
    for lang, rx in _CUE_RX[kind].items():
        if lang == "fr" and language != "fr" and kind == Evidence.Kind.DELAY:
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
        analysis.deadline.text if analysis.deadline and analysis.kind == Evidence.Kind.DELAY else ""
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


def candidates_postgres(items: list[ItemText], profiles: list[ClaimProfile]) -> Iterator[Candidate]:
    """Candidate pairs by PostgreSQL full-text search on the items' stored tsvector.

    The items must be stored (their ids index `tracker_newsitem`). Names are looked up
    through the GIN index, one index scan per distinct name; each claim's terms are then
    checked against the few items that named its promiser. Term -1 is the subject.
    """
    by_id = {item.item_id: item for item in items}
    by_claim = {profile.claim_id: profile for profile in profiles}
    name_org, name_text = [], []
    seen_names: set[tuple[int, str]] = set()
    term_claim, term_org, term_idx, term_text = [], [], [], []
    for profile in profiles:
        for name in profile.names:
            key = (profile.promiser_id, fold(name))
            if key not in seen_names:
                seen_names.add(key)
                name_org.append(profile.promiser_id)
                name_text.append(fold(name))
        # Every claim gets a row (term 0 may not match), so feed-implied pairs come back too.
        for idx, term in enumerate((profile.subject, *profile.terms), start=-1):
            if term or idx == -1:
                term_claim.append(profile.claim_id)
                term_org.append(profile.promiser_id)
                term_idx.append(idx)
                term_text.append(fold(term))
    feed_item, feed_org = [], []
    for item in items:
        for org_id in item.feed_organisation_ids:
            feed_item.append(item.item_id)
            feed_org.append(org_id)
    params = {
        "name_org": name_org,
        "name_text": name_text,
        "item_ids": list(by_id),
        "feed_item": feed_item,
        "feed_org": feed_org,
        "term_claim": term_claim,
        "term_org": term_org,
        "term_idx": term_idx,
        "term_text": term_text,
    }
    with transaction.atomic(), connection.cursor() as cursor:
        # An empty query (a name made only of stop words) matches nothing: no notice about it.
        # JIT compilation costs more than it saves on this many small function calls.
        cursor.execute("SET LOCAL client_min_messages = warning")
        cursor.execute("SET LOCAL jit = off")
        cursor.execute(_CANDIDATES_SQL, params)
        rows = cursor.fetchall()
    name_by_fold = {fold(n): n for p in profiles for n in p.names}
    for item_id, claim_id, names, term_indexes in rows:
        profile = by_claim[claim_id]
        matched = set(term_indexes or ())
        hits = TermHits(
            names=[name_by_fold.get(n, n) for n in (names or ())],
            terms=[term for i, term in enumerate(profile.terms) if i in matched],
            subject=bool(profile.subject) and -1 in matched,
        )
        yield by_id[item_id], profile, hits


def match_items(
    items: list[ItemText],
    profiles: list[ClaimProfile],
    *,
    threshold: float,
    use_postgres: bool | None = None,
) -> dict[int | None, list[Match]]:
    """Matches at or above `threshold` per item, best first (see MARGIN for close calls)."""
    if use_postgres is None:
        use_postgres = connection.vendor == "postgresql"
    pairs = (
        candidates_postgres(items, profiles)
        if use_postgres and all(item.item_id for item in items)
        else candidates_python(items, profiles)
    )
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
