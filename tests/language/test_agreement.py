"""The second labels are a full, well-formed second reading of the sets they cover."""

import pytest

from .agreement import ARTICLE_SETS, NEWS_SETS, PHRASE_SETS, article_agreement, second_labels
from .real_sets import _in, deadline_phrases, load

KINDS = {"fulfilment", "progress", "delay", "denial"}
# Rule 16's refusals: a year in an event's name, words that point to a date given elsewhere.
REFUSALS = {"past", "not_a_date", "vague", "negated", "event", "refers_elsewhere"}


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


@pytest.mark.parametrize("split", PHRASE_SETS)
def test_every_phrase_of_a_half_is_labelled_again_with_a_window_or_a_reason(split) -> None:
    second = second_labels("deadlines", split)
    assert set(second) == {phrase["id"] for phrase in deadline_phrases(split)}
    for label in second.values():
        expected = label["expected"]
        if "refused" in expected:
            assert expected["refused"] in REFUSALS, label["id"]
        else:
            assert expected["start"] or expected["end"], label["id"]
            if expected["start"] and expected["end"]:
                assert expected["start"] <= expected["end"], label["id"]


@pytest.mark.parametrize("split", ARTICLE_SETS)
def test_every_second_draft_quotes_its_own_article(split) -> None:
    articles = {a["id"]: a for a in load("articles", split)["articles"] if _in(split, a)}
    second = second_labels("articles", split)
    assert set(second) == set(articles)
    for article_id, entry in second.items():
        for draft in entry["drafts"]:
            assert draft["quote"] in articles[article_id]["excerpt"], (article_id, draft["quote"])


@pytest.mark.parametrize("split", ARTICLE_SETS)
def test_drafts_pair_up_only_with_the_same_window_and_day_stated(split) -> None:
    counts = article_agreement(split)
    # Each side pairs at most every draft it holds, and the pairing is not vacuous.
    assert 0 < counts.second_with_first <= min(counts.first, counts.second)
    assert 0 < counts.importer_with_second <= min(counts.importer, counts.second)
    # Pairing by quote alone holds every full pairing, and says where the rest part.
    assert counts.second_with_first <= counts.by_quote <= min(counts.first, counts.second)
    assert counts.by_quote - counts.second_with_first <= counts.other_day + counts.other_window
