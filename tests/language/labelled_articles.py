"""The labelled article set (tests/language/data/articles) and how the importer is scored on it.

A draft is right when its quote holds the labelled promise (the label's quote is a substring
of the draft's) and its window (start, end) is the labelled one; each label is matched at most
once. Precision = right drafts / drafts; recall = matched labels / labels.

Run `python -m tests.language.labelled_articles` (from the repository root) for the report
that docs/article-import.md quotes.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

ARTICLES = Path(__file__).parent / "data" / "articles"

# The ledger the set is scored against: the demo organisations and a few more. Nordvik Cloud,
# Altanuage, Helvion and Cumulo are deliberately absent: they must be found by name.
LEDGER = [
    ("Bleu", ("Bleu Cloud",)),
    ("Orange", ("Orange Business", "Orange Business Services")),
    ("Capgemini", ()),
    ("Microsoft", ()),
    ("ANSSI", ("Agence nationale de la sécurité des systèmes d'information",)),
    ("Gaia-X", ("GAIA-X", "Gaia X")),
    ("S3NS", ()),
    ("OVHcloud", ("OVH",)),
    ("Scaleway", ()),
    ("Thales", ()),
    ("Google", ("Google Cloud",)),
]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass
class Score:
    drafts: int = 0
    labels: int = 0
    right: int = 0
    promiser_right: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.drafts if self.drafts else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.labels if self.labels else 1.0

    def add(self, other: Score) -> None:
        self.drafts += other.drafts
        self.labels += other.labels
        self.right += other.right
        self.promiser_right += other.promiser_right
        self.misses += other.misses
        self.extras += other.extras


def labelled_set() -> dict[str, dict]:
    return json.loads((ARTICLES / "labels.json").read_text(encoding="utf-8"))["articles"]


def score_article(name: str, label: dict, drafts: list) -> Score:
    """Match one article's drafts (objects with quote, start, end, promiser_name) to labels."""
    expected = list(label["drafts"])
    score = Score(drafts=len(drafts), labels=len(expected))
    unmatched = list(range(len(expected)))
    for draft in drafts:
        hit = next(
            (
                i
                for i in unmatched
                if expected[i]["quote"] in draft.quote
                and _date(expected[i]["start"]) == draft.start
                and _date(expected[i]["end"]) == draft.end
            ),
            None,
        )
        if hit is None:
            score.extras.append(
                f"{name}: {draft.quote[:90]!r} {draft.start}..{draft.end} ({draft.promiser_name})"
            )
            continue
        unmatched.remove(hit)
        score.right += 1
        score.promiser_right += draft.promiser_name == expected[hit]["promiser"]
    for i in unmatched:
        score.misses.append(
            f"{name}: {expected[i]['quote']!r} {expected[i]['start']}..{expected[i]['end']}"
        )
    return score


def evaluate(*, held_out: bool | None = None) -> Score:
    """Score the importer's extraction on the set (or only its held-out / tuning part)."""
    from language.articles import KnownOrganisation, extract_drafts

    ledger = [KnownOrganisation(n, name, aliases) for n, (name, aliases) in enumerate(LEDGER)]
    total = Score()
    for name, label in sorted(labelled_set().items()):
        if held_out is not None and label["held_out"] != held_out:
            continue
        text = (ARTICLES / name).read_text(encoding="utf-8")
        drafts = extract_drafts(text, published_on=_date(label["published"]), organisations=ledger)
        total.add(score_article(name, label, drafts))
    return total


def report() -> str:
    lines = []
    for title, part in (("all", None), ("tuning", False), ("held out", True)):
        score = evaluate(held_out=part)
        lines.append(
            f"{title:9} drafts={score.drafts:3} labels={score.labels:3} right={score.right:3} "
            f"precision={score.precision:.2f} recall={score.recall:.2f} "
            f"promiser right={score.promiser_right}/{score.right}"
        )
    score = evaluate()
    lines += ["", "missed:", *score.misses, "", "wrong or extra:", *score.extras]
    return "\n".join(lines)


if __name__ == "__main__":
    print(report())
