"""Scoring a news item against a claim (language.matching): pure, no database."""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from language.matching import (
    ClaimProfile,
    ItemText,
    TermHits,
    analyse_item,
    candidates_python,
    python_term_hits,
    rank_matches,
    score,
)
from language.text import fold_words as fold

D = dt.date


SECNUMCLOUD = ClaimProfile(
    claim_id=1,
    promiser_id=10,
    promiser="Bleu",
    names=("Bleu", "Bleu Cloud"),
    subject="",
    terms=("SecNumCloud", "SecNumCloud 3.2", "qualification", "qualifié", "ANSSI"),
    category="certification",
    statement="Obtain ANSSI's SecNumCloud 3.2 qualification in 2025",
    stated_on=D(2024, 1, 16),
)
LAUNCH = ClaimProfile(
    claim_id=2,
    promiser_id=10,
    promiser="Bleu",
    names=("Bleu", "Bleu Cloud"),
    subject="",
    terms=("Azure", "Microsoft 365", "go-live", "general availability"),
    category="launch",
    statement="First services (Azure, Microsoft 365) go live",
    stated_on=D(2024, 1, 16),
)


JUNE = D(2025, 6, 1)


def item(text: str, *, on=JUNE, language="en", **kwargs) -> ItemText:
    return ItemText(
        item_id=None, text=fold(text), published_on=on, language=language, original=text, **kwargs
    )


def scored(text: str, profile=SECNUMCLOUD, **kwargs):
    news = item(text, **kwargs)
    return score(news, profile, python_term_hits(news, profile), analyse_item(news))


# --- Scoring ---------------------------------------------------------------------------


def test_a_fulfilment_report_scores_high_and_explains_every_part():
    match = scored("Bleu obtains its SecNumCloud qualification after a long audit")
    assert match.kind == EvidenceKind.FULFILMENT
    assert match.score == 0.95
    assert match.why == (
        "score 0.95: +0.25 names the promiser: Bleu; +0.35 claim keywords: SecNumCloud, "
        "qualification; +0.15 certification words: secnumcloud, qualification, audit; "
        "+0.10 fulfilment wording: 'obtains'; +0.10 next to the claim's own words. "
        "Kind guessed: fulfilment (from 'obtains')"
    )


def test_the_promiser_must_be_named():
    assert scored("Nuvola obtains SecNumCloud qualification from ANSSI") is None


def test_an_alias_counts_as_the_name():
    assert scored("Bleu Cloud obtains its SecNumCloud qualification").score >= 0.6


def test_one_of_the_claims_own_terms_is_required():
    assert scored("Bleu launches a new training programme, available from March 2026") is None


def test_a_delay_keeps_the_new_deadline_in_the_items_words():
    match = scored("Bleu's SecNumCloud qualification slips to mid-2026", on=D(2025, 6, 18))
    assert (match.kind, match.deadline_text) == (EvidenceKind.DELAY, "mid-2026")
    assert "+0.10 deadline expression: 'mid-2026'" in match.why


def test_french_wording_is_read():
    match = scored(
        "Bleu repousse sa qualification SecNumCloud : désormais attendue d'ici juin 2026",
        language="fr",
    )
    assert (match.kind, match.deadline_text) == (EvidenceKind.DELAY, "d'ici juin 2026")
    match = scored("Bleu obtient la qualification SecNumCloud", language="fr")
    assert match.kind == EvidenceKind.FULFILMENT


def test_report_is_a_delay_only_in_french():
    english = scored("Report: Bleu's SecNumCloud qualification audit continues")
    french = scored("Bleu : report de la qualification SecNumCloud", language="fr")
    assert (english.kind, french.kind) == (EvidenceKind.PROGRESS, EvidenceKind.DELAY)


def test_negated_or_future_wording_is_not_a_fulfilment():
    # Nothing happened, nothing moved: the item reports nothing about the claim.
    assert scored("Bleu has not obtained SecNumCloud qualification yet") is None
    assert scored("Bleu hopes to obtain SecNumCloud qualification") is None


def test_a_completion_denied_in_time_is_a_delay():
    match = scored("Bleu has not obtained its SecNumCloud qualification in time")
    assert match.kind == EvidenceKind.DELAY
    assert "delay wording (not in time): 'obtained'" in match.why


def test_a_denial_is_recognised():
    assert scored("Bleu abandons SecNumCloud qualification plans").kind == EvidenceKind.DENIAL


def test_news_older_than_the_promise_is_not_evidence():
    assert scored("Bleu obtains SecNumCloud qualification", on=D(2023, 12, 1)) is None


def test_a_feed_about_the_promiser_stands_in_for_its_name():
    news = item(
        "Our SecNumCloud qualification: the audit is complete",
        feed_organisation_ids=frozenset({10}),
        feed_keywords=("audit",),
    )
    match = score(news, SECNUMCLOUD, python_term_hits(news, SECNUMCLOUD), analyse_item(news))
    assert match is not None and "+0.15 the feed is about Bleu" in match.why
    assert "claim keywords: SecNumCloud, qualification, audit" in match.why


def test_a_passing_mention_of_another_claims_keyword_is_dropped_for_the_better_match():
    news = item(
        "Bleu obtains SecNumCloud 3.2 qualification from ANSSI for its Azure-based cloud",
        on=D(2025, 11, 20),
    )
    matches = rank_matches(candidates_python([news], [SECNUMCLOUD, LAUNCH]), threshold=0.6)
    assert [m.claim_id for m in matches[None]] == [SECNUMCLOUD.claim_id]


def test_scoring_is_the_same_whatever_found_the_terms():
    news = item("Bleu obtains SecNumCloud qualification")
    hits = TermHits(names=["Bleu"], terms=["SecNumCloud", "qualification"])
    assert score(news, SECNUMCLOUD, hits, analyse_item(news)) == scored(news.original)
