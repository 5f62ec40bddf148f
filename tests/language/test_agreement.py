"""The second labels are a full, well-formed second reading of the sets they cover."""

import pytest

from .agreement import NEWS_SETS, article_agreement, second_labels
from .real_sets import _in, deadline_phrases, load

KINDS = {"fulfilment", "progress", "delay", "denial"}
REFUSALS = {"past", "not_a_date", "vague", "negated"}


@pytest.mark.parametrize("split", NEWS_SETS)
def test_every_news_item_is_labelled_again_with_a_claim_of_its_own_ledger(split) -> None:
    data = load("news", split)
    first = {item["id"] for item in data["items"] if _in(split, item)}
    second = second_labels("news", split)
    claims = {claim["key"] for claim in data["claims"]}
    assert set(second) == first
    for label in second.values():
        assert set(label["claims"]) <= claims, label["id"]
        assert len(label["claims"]) <= 1, label["id"]
        assert (label["kind"] in KINDS) if label["claims"] else label["kind"] is None, label["id"]


def test_every_development_phrase_is_labelled_again_with_a_window_or_a_reason() -> None:
    second = second_labels("deadlines")
    assert set(second) == {phrase["id"] for phrase in deadline_phrases("dev")}
    for label in second.values():
        expected = label["expected"]
        if "refused" in expected:
            assert expected["refused"] in REFUSALS, label["id"]
        else:
            assert expected["start"] or expected["end"], label["id"]
            if expected["start"] and expected["end"]:
                assert expected["start"] <= expected["end"], label["id"]


def test_every_second_draft_quotes_its_own_article() -> None:
    articles = {a["id"]: a for a in load("articles", "dev")["articles"] if _in("dev", a)}
    second = second_labels("articles")
    assert set(second) == set(articles)
    for article_id, entry in second.items():
        for draft in entry["drafts"]:
            assert draft["quote"] in articles[article_id]["excerpt"], (article_id, draft["quote"])


def test_drafts_pair_up_only_with_the_same_window_and_day_stated() -> None:
    counts = article_agreement()
    # Each side pairs at most every draft it holds, and the pairing is not vacuous.
    assert 0 < counts.second_with_first <= min(counts.first, counts.second)
    assert 0 < counts.importer_with_second <= min(counts.importer, counts.second)
