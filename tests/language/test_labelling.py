"""The labelling kit: a new batch only adds development pages nobody has used, in a shape the
scorer reads (docs/labelling.md)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tests.language.labelling import FILES, address_key, check, claim, example, used_addresses
from tests.language.real_sets import (
    BLIND90,
    BLIND91,
    BLIND92,
    BLIND93,
    BLIND94,
    BLIND95,
    BLIND96,
    BLIND97,
    BLIND98,
    BLIND99,
    BLIND100,
    BLIND101,
    BLIND102,
    BLIND103,
    REAL,
    split_of,
)


def _address(half: str, *spellings: str) -> list[str]:
    """The first example.org page whose every spelling the split rule sends to `half`."""
    for n in range(1000):
        urls = [spelling.format(n=n) for spelling in spellings]
        if all(split_of(url) == half for url in urls):
            return urls
    raise AssertionError("no such address in a thousand tries")


def test_a_page_the_split_rule_sends_to_the_test_half_is_refused_and_not_recorded(
    tmp_path: Path,
) -> None:
    (url,) = _address("test", "https://example.org/test-page-{n}")
    book = tmp_path / "claims.tsv"
    (verdict,) = claim("lab1", [url], book, used={})
    assert verdict.startswith("TEST")
    assert not book.read_text()


@pytest.mark.parametrize(
    "respelling",
    [
        "http://example.org/used-{n}/",
        "https://example.org/used-{n}?ref=home",
        "https://m.example.org/used-{n}/amp",
        "https://example.org/used-{n}/index.html#top",
    ],
)
def test_a_page_a_labelled_file_holds_is_refused_in_any_spelling(
    tmp_path: Path, respelling: str
) -> None:
    # The stored page is a test-half one: respelling it into an address the split rule sends
    # to the development half must not let its text into a development batch.
    stored, respelled = next(
        (f"https://www.example.org/used-{n}", respelling.format(n=n))
        for n in range(1000)
        if split_of(f"https://www.example.org/used-{n}") == "test"
        and split_of(respelling.format(n=n)) == "dev"
    )
    real = tmp_path / "real"
    real.mkdir()
    (real / "news.dev-blind1.json").write_text(json.dumps({"items": [{"url": stored}]}))
    (verdict,) = claim("lab1", [respelled], tmp_path / "claims.tsv", used_addresses(real))
    assert verdict.startswith("USED") and "news.dev-blind1.json" in verdict


def test_a_page_is_one_labellers_once_claimed(tmp_path: Path) -> None:
    (url,) = _address("dev", "https://example.org/free-{n}")
    book = tmp_path / "claims.tsv"
    assert claim("lab1", [url], book, used={})[0].startswith("OK")
    assert claim("lab1", [url], book, used={})[0].startswith("OK")
    assert claim("lab2", [url], book, used={})[0].startswith("TAKEN")
    assert book.read_text() == f"{address_key(url)}\tlab1\n"


@pytest.mark.parametrize("kind", sorted(FILES))
def test_the_format_example_has_the_shape_the_checker_asks_for(kind: str) -> None:
    faults, summary = check(kind, example(kind))
    assert not faults
    assert summary


def _fault_after(kind: str, change: Any) -> list[str]:
    data = copy.deepcopy(example(kind))
    change(data)
    faults, _ = check(kind, data)
    return list(faults)


def _first_draft(data: dict[str, Any]) -> dict[str, Any]:
    return next(draft for article in data["articles"] for draft in article["drafts"])


def _first_window(data: dict[str, Any]) -> dict[str, Any]:
    return next(row for row in data["phrases"] if "qualifier" in row["expected"])


def _delay_text(data: dict[str, Any]) -> None:
    item = next(item for item in data["items"] if item["kind"] == "progress")
    item["new_deadline"] = "in 2030"


@pytest.mark.parametrize(
    ("kind", "change", "fault"),
    [
        (
            "articles",
            lambda data: _first_draft(data).update(quote="words the excerpt does not hold"),
            "the quote is not a verbatim part of the excerpt",
        ),
        (
            "articles",
            lambda data: _first_draft(data).update(promiser="Nobody Incorporated"),
            "is not a name in the ledger",
        ),
        (
            "phrases",
            lambda data: _first_window(data)["expected"].update(qualifier="by", start="2020-01-01"),
            "a 'by' window has no start",
        ),
        (
            "phrases",
            lambda data: data["phrases"][0].update(
                stated_on="2024-07-12", stated_precision="month"
            ),
            "a date known to the month is written as the month's first day",
        ),
        (
            "phrases",
            lambda data: data["phrases"][0].update(stated_on="12/07/2024"),
            "is not a YYYY-MM-DD date",
        ),
        ("news", _delay_text, "only a delay has a new date"),
        (
            "news",
            lambda data: next(item for item in data["items"] if item["claims"]).update(kind=None),
            "an item about a claim has a kind",
        ),
        (
            "news",
            lambda data: data["items"][0].update(
                url=_address("test", "https://example.org/moved-{n}")[0]
            ),
            "the split rule sends this address to the test half",
        ),
        ("news", lambda data: data.pop("about"), "no 'about'"),
    ],
)
def test_the_checker_names_each_fault_of_shape(kind: str, change: Any, fault: str) -> None:
    assert any(fault in found for found in _fault_after(kind, change))


@pytest.mark.parametrize(
    "batch",
    [
        BLIND90,
        BLIND91,
        BLIND92,
        BLIND93,
        BLIND94,
        BLIND95,
        BLIND96,
        BLIND97,
        BLIND98,
        BLIND99,
        BLIND100,
        BLIND101,
        BLIND102,
        BLIND103,
    ],
)
@pytest.mark.parametrize("kind", sorted(FILES))
def test_the_batches_labelled_with_the_kit_pass_its_check(kind: str, batch: str) -> None:
    # Shape only: the faults name ids and rules, never an item's text or how a tool reads it,
    # so checking a batch kept unread gives nothing of it away.
    data = json.loads((REAL / f"{FILES[kind]}.{batch}.json").read_text(encoding="utf-8"))
    faults, _ = check(kind, data)
    assert not faults, "\n".join(faults)
