"""Every development set scored again with its text written in other typographies.

Real text reaches the readers in many typographies: no-break spaces (French puts one before
":" and inside "1 000"), doubled spaces, accents written as a letter and a combining mark
(NFD, as some systems store them), Windows line endings, zero-width spaces, no-break hyphens,
and paragraphs wrapped at a fixed width (e-mails, PDFs). The words are the same, so every
figure should be too. Each typography is applied to the text the tools read (the phrase; a
news item's title and summary, its title kept on one line; an article's excerpt, and the
labelled quotes with it, which are compared with spaces and line breaks evened out).

Run `python -m tests.language.typographies` from the repository root; it prints, per tool,
the right answers of every development set together, as written and in each typography.
"""

from __future__ import annotations

import copy
import textwrap
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from unittest import mock

from . import real_sets

Change = Callable[[str], str]

TYPOGRAPHIES: dict[str, Change] = {
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "narrow no-break spaces (French)": lambda t: t.replace(" :", "\u202f:").replace(
        " %", "\u202f%"
    ),
    "doubled spaces": lambda t: t.replace(" ", "  "),
    "decomposed accents (NFD)": lambda t: unicodedata.normalize("NFD", t),
    "Windows line endings": lambda t: t.replace("\n", "\r\n"),
    "zero-width spaces after hyphens": lambda t: t.replace("-", "-\u200b"),
    "no-break hyphens": lambda t: t.replace("-", "\u2011"),
    "paragraphs wrapped at 72 characters": lambda t: "\n\n".join(
        textwrap.fill(line, 72) for line in t.split("\n") if line.strip()
    ),
}

# The development sets of each kind (the held-out halves and never-read batches stay out).
_FIRST = ("dev", "dev-extra", "dev-fresh")
DEADLINE_SETS = (*_FIRST, *(f"dev-blind{n}" for n in (2, 3, 4, 5, 6, 8, 9, 11, 12, 14, 15, 16)))
NEWS_SETS = (*_FIRST, "dev-blind", *(f"dev-blind{n}" for n in (3, 4, 7, 9, 10, 11, 12, 15, 16, 17)))
ARTICLE_SETS = (*_FIRST, "dev-blind", *(f"dev-blind{n}" for n in (2, 3, 4, 5, 6, 8, 9, 11, 12)))
ARTICLE_SETS += ("dev-blind15", "dev-blind16", "dev-blind17")


def _even(text: str) -> str:
    """Text with its spaces and line breaks evened out, to compare quotes across typographies."""
    text = unicodedata.normalize("NFC", text).replace("\u200b", "")
    return " ".join(text.replace("\u2011", "-").split())


@contextmanager
def written(change: Change | None, wrap_titles: bool = False) -> Iterator[None]:
    """The real sets, while inside, as `change` writes their text."""
    if change is None:
        yield
        return
    load = real_sets.load

    def changed(name: str, split: str = "all") -> dict[str, Any]:
        data = copy.deepcopy(load(name, split))
        for phrase in data.get("phrases", ()):
            phrase["phrase"] = change(phrase["phrase"])
        for item in data.get("items", ()):
            item["title"] = " ".join(change(item["title"]).split("\n"))  # a title is one line
            item["summary"] = change(item["summary"])
        for article in data.get("articles", ()):
            article["excerpt"] = change(article["excerpt"])
            for draft in article["drafts"]:
                draft["quote"] = change(draft["quote"])
        return data

    def same_quote(draft: Any, label: dict[str, Any]) -> bool:
        return _even(label["quote"]) in _even(draft.quote)

    with (
        mock.patch.object(real_sets, "load", changed),
        mock.patch.object(real_sets, "_same_quote", same_quote),
    ):
        yield


def right_answers(change: Change | None) -> dict[str, tuple[int, int]]:
    """Per tool, the right answers of every development set together and how many there are
    (for articles: right drafts and drafts made)."""
    with written(change):
        phrases = [real_sets.score_deadlines(s) for s in DEADLINE_SETS]
        news = [real_sets.score_news(s) for s in NEWS_SETS]
        articles = [real_sets.score_articles(s) for s in ARTICLE_SETS]
    return {
        "deadline phrases": (sum(s.right for s in phrases), sum(s.total for s in phrases)),
        "news items": (sum(s.right for s in news), sum(s.total for s in news)),
        "article drafts": (sum(s.right for s in articles), sum(s.drafts for s in articles)),
    }


def report() -> str:
    plain = right_answers(None)
    lines = [
        "right answers as written, then the change in each typography: "
        + ", ".join(f"{tool} {right}/{total}" for tool, (right, total) in plain.items())
    ]
    for name, change in TYPOGRAPHIES.items():
        changed = right_answers(change)
        deltas = ", ".join(
            f"{tool} {changed[tool][0] - right:+d}" for tool, (right, _) in plain.items()
        )
        lines.append(f"  {name}: {deltas}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report())
