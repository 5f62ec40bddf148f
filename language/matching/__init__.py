"""Score news items against open claims, and explain each score.

Two steps:

1. **Term hits**: which of a claim's names and terms an item mentions. Here it is asked with
   word-boundary regular expressions on the folded text, plural endings allowed
   (`candidates_python`); on PostgreSQL, tracker.matching asks the same question with
   full-text search on the stored items.
2. **Scoring** (`score`, the same on every backend): the promiser's name or an alias is
   required (or the feed concerns the promiser), and at least one of the claim's own terms
   (a keyword, its subject); then keywords, the claim's category words in English and
   French, words saying something happened, was delayed or denied, and a deadline expression
   (language.deadlines.find_deadlines) add up. The explanation lists each part with its
   weight.

The weights and word lists are documented in docs/news-watch.md.
"""

from .lexicon import MARGIN, term_regex
from .reading import Reading, read_item
from .score import (
    Candidate,
    ClaimProfile,
    ItemAnalysis,
    ItemText,
    Match,
    TermHits,
    analyse_item,
    candidates_python,
    claim_profile,
    gated_terms,
    ledger_profiles,
    promiser_names,
    python_term_hits,
    rank_matches,
    score,
)

__all__ = [
    "MARGIN",
    "Candidate",
    "ClaimProfile",
    "ItemAnalysis",
    "ItemText",
    "Match",
    "Reading",
    "TermHits",
    "analyse_item",
    "candidates_python",
    "claim_profile",
    "gated_terms",
    "ledger_profiles",
    "promiser_names",
    "python_term_hits",
    "read_item",
    "rank_matches",
    "score",
    "term_regex",
]
