"""The development totals: summed over readable batches, never over the test half or an
unread batch's misses."""

from __future__ import annotations

import json

import pytest

from tests.language import real_sets, totals


def test_the_totals_never_score_the_test_half() -> None:
    halves = {job.half for job in totals.jobs(real_sets.SETS)}

    assert "test" not in halves
    assert "dev" in halves


def test_every_unread_batch_exists_and_is_scored_for_its_figure_alone() -> None:
    unread = {(job.half, job.name) for job in totals.jobs(real_sets.SETS) if job.unread}

    assert unread == {(half, name) for name, halves in real_sets.UNREAD.items() for half in halves}
    job = next(job for job in totals.jobs(("news",)) if job.unread)
    _, lines = totals.run(job)
    assert [list(line) for line in lines] == [["half", "figure"]]


def test_a_figure_line_is_read_into_its_counts() -> None:
    assert totals.counts("deadlines", "deadline phrases: 0.926 (75/81)") == (75, 81)
    assert totals.counts(
        "articles", "articles: precision 0.709 (39/55), recall 0.609 (39/64), promiser right"
    ) == (39, 55, 64)
    assert totals.counts(
        "news",
        "news items: right claim and kind 0.710 (49/69); new deadline window right on 11/15 "
        "delays found with one",
    ) == (49, 69, 11, 15)
    with pytest.raises(ValueError, match="cannot read"):
        totals.counts("news", "news items: nothing")


def test_the_news_summary_shows_the_new_deadlines_windows() -> None:
    # A rule may keep an item's claim and kind and move its new window: the summary shows it.
    assert totals.summary("news", (49, 69, 11, 15)) == (
        "news items: 49/69 (0.710); new deadline windows right 11/15"
    )


def test_saved_misses_compare_item_by_item(tmp_path, capsys) -> None:
    saved = tmp_path / "before.misses"
    totals.main(["--only", "deadlines", "--save", str(saved)])
    lines = saved.read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["half"] != "test" for line in lines)
    saved.write_text("".join(f"{line}\n" for line in lines[1:]) + '{"gone": 1}\n')

    totals.main(["--only", "deadlines", "--compare", str(saved)])

    out = capsys.readouterr().out
    assert "1 new, 1 gone" in out
    assert f"  + {lines[0]}" in out
    # The batches line is printed too (what it counts is tested on lines directly below).
    half = json.loads(lines[0])["half"]
    assert f"gone from 1 batch (?); new in 1 batch ({half})" in out


def test_a_run_over_one_set_compares_with_misses_saved_over_every_set(tmp_path, capsys) -> None:
    saved = tmp_path / "every-set.misses"
    totals.main(["--only", "deadlines", "--save", str(saved)])
    lines = saved.read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line)["set"] == "deadlines" for line in lines)
    news_miss = json.dumps({"half": "dev", "id": "n001", "list": "news misses", "set": "news"})
    saved.write_text("".join(f"{line}\n" for line in [*lines, news_miss]), encoding="utf-8")
    capsys.readouterr()

    totals.main(["--only", "deadlines", "--compare", str(saved)])

    out = capsys.readouterr().out
    assert "0 new, 0 gone" in out
    assert "n001" not in out


def test_misses_are_counted_by_the_batches_they_come_from() -> None:
    # A comparison says how many batches the mended misses come from (the round's test of a
    # rule's generality), each batch once, named in order.
    lines = {
        json.dumps({"half": half, "id": f"x{number}", "set": "deadlines"})
        for number, half in enumerate(("dev-blind60", "dev", "dev-blind12", "dev-blind12"))
    }
    assert totals.batches(lines) == "3 batches (dev, dev-blind12, dev-blind60)"
    one = {json.dumps({"half": "dev-blind12", "id": f"x{n}", "set": "news"}) for n in range(2)}
    assert totals.batches(one) == "1 batch (dev-blind12)"
    assert totals.batches(set()) == "0 batches"
