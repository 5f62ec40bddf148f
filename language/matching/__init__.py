"""Score news items against open claims, and explain each score.

Three steps:

1. **Profiles** (`claim_profile`, then `ledger_profiles` over the whole ledger): what the
   matcher reads of a claim: its promiser's names, its own keywords, its deadline in force,
   the names of its promised thing (which stand for the promiser's name) and, for a claim
   that is itself a step, the words naming the step.
2. **Term hits**: which of a claim's names and terms an item mentions. Here it is asked with
   word-boundary regular expressions on the folded text (`candidates_python`); on
   PostgreSQL, tracker.matching asks the same question with full-text search. An item
   that names no organisation is asked, on both, which claims two of whose keywords of
   several words it holds (`phrase_candidates`).
3. **Reading and scoring** (`analyse_item`, `score`, `rank_matches`, the same on every
   backend): the item is read sentence by sentence for signals (reading.py), the kind is
   decided claim by claim from the signal next to the claim's own words (or a new date
   later than its deadline in force), and the parts of the score add up. An item that
   reports nothing about a claim is not evidence for it. The explanation lists each part
   with its weight.

The rules, weights and word lists are documented in docs/news-watch.md.
"""

from .lexicon import MARGIN, loose_term_spans, spellings, term_regex
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
    phrase_candidates,
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
    "phrase_candidates",
    "promiser_names",
    "python_term_hits",
    "read_item",
    "rank_matches",
    "score",
    "loose_term_spans",
    "spellings",
    "term_regex",
]
