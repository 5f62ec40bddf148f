"""Find the dated promises in a news article: pure functions, no database, no network.

`extract_drafts(text, published_on=..., organisations=...)` splits an article into sentences
and keeps those that hold a commitment: a forward-looking phrase ("will", "plans to",
"prévoit", a French future tense...), an organisation (known to the ledger, or named in
the sentence) and, usually, a deadline read by `language.deadlines.find_deadlines`. Dates
that are not promises are dropped: bylines and datelines, past events ("launched in 2021",
"a nommé en 2023"), dates before the day the promise was made, scheduled events ("will
take place", "se tiendra"). The rules, their limits and the measured precision and recall
are in docs/article-import.md.

`html_to_article(html)` extracts an HTML page's main text and metadata with trafilatura.
"""

from language.text import normalise_text

from .extract import extract_drafts
from .page import article_header, html_to_article, looks_like_html, split_sentences
from .records import ArticleText, DraftCandidate, KnownOrganisation, Sentence

__all__ = [
    "ArticleText",
    "DraftCandidate",
    "KnownOrganisation",
    "Sentence",
    "article_header",
    "extract_drafts",
    "html_to_article",
    "looks_like_html",
    "normalise_text",
    "split_sentences",
]
