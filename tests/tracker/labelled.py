"""The matcher's labelled set (tests/tracker/data/matcher_labelled.json) and its scoring.

`evaluate()` records the set's organisations and claims, stores its items as one feed's
news items, runs the matcher through the database (full-text search on PostgreSQL, regular
expressions elsewhere) and compares its matches with the labels.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from claims.models import Organisation
from tests.factories import ClaimFactory, OrganisationFactory, SourceFactory
from tracker.feeds import Entry, items_ingest
from tracker.models import Feed
from tracker.selectors import news_items_score

LABELLED = Path(__file__).parent / "data" / "matcher_labelled.json"


@dataclass
class Evaluation:
    precision: float
    recall: float
    kind_accuracy: float
    predicted: int
    expected: int
    correct: int
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)
    wrong_kinds: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"precision {self.precision:.3f} ({self.correct}/{self.predicted}), "
            f"recall {self.recall:.3f} ({self.correct}/{self.expected}), "
            f"kind accuracy {self.kind_accuracy:.3f}"
        )


def load() -> dict:
    return json.loads(LABELLED.read_text(encoding="utf-8"))


def evaluate(threshold: float | None = None) -> Evaluation:
    data = load()
    organisations: dict[str, Organisation] = {
        org["key"]: OrganisationFactory(name=org["name"], slug=org["key"], aliases=org["aliases"])
        for org in data["organisations"]
    }
    claims = {}
    for spec in data["claims"]:
        stated_on = dt.date.fromisoformat(spec["stated_on"])
        claims[spec["key"]] = ClaimFactory(
            promiser=organisations[spec["promiser"]],
            subject=spec["subject"],
            statement=spec["statement"],
            category=spec["category"],
            keywords=spec["keywords"],
            stated_on=stated_on,
            deadline_text=spec["deadline"],
            source=SourceFactory(published_on=stated_on),
        )
    key_of_claim = {claim.pk: key for key, claim in claims.items()}
    feed = Feed.objects.create(url="https://news.example.org/labelled.xml")
    entries = [
        Entry(
            guid=f"labelled-{item['id']}",
            link=f"https://news.example.org/labelled/{item['id']}",
            title=item["title"],
            summary=item["summary"],
            published_at=dt.datetime.fromisoformat(item["published"] + "T09:00:00+00:00"),
            language=item["lang"],
        )
        for item in data["items"]
    ]
    ingested = items_ingest(feed=feed, entries=entries)
    by_guid = dict(feed.items.values_list("id", "guid"))
    matches = news_items_score(item_ids=ingested.new_ids, threshold=threshold)
    predicted = {
        (int(by_guid[item_id].split("-")[1]), key_of_claim[m.claim_id]): m.kind
        for item_id, item_matches in matches.items()
        for m in item_matches
    }
    expected = {
        (item["id"], claim): item["kind"] for item in data["items"] for claim in item["claims"]
    }
    correct = set(predicted) & set(expected)
    titles = {item["id"]: item["title"] for item in data["items"]}
    return Evaluation(
        precision=len(correct) / len(predicted) if predicted else 1.0,
        recall=len(correct) / len(expected),
        kind_accuracy=(
            sum(predicted[pair] == expected[pair] for pair in correct) / len(correct)
            if correct
            else 0.0
        ),
        predicted=len(predicted),
        expected=len(expected),
        correct=len(correct),
        false_positives=[f"{i} {titles[i]!r} -> {c}" for i, c in sorted(set(predicted) - correct)],
        false_negatives=[f"{i} {titles[i]!r} -> {c}" for i, c in sorted(set(expected) - correct)],
        wrong_kinds=[
            f"{pair[0]} {titles[pair[0]]!r}: {predicted[pair]} instead of {expected[pair]}"
            for pair in sorted(correct)
            if predicted[pair] != expected[pair]
        ],
    )
