"""Development totals over every readable batch, to tell whether a rule helps before keeping it.

One number per set is what a rule is judged by: the right answers summed over `dev` and every
later batch, except the batches kept unread (`real_sets.UNREAD`), whose figures are printed
apart and whose misses are never written. The test halves are never scored here.

    python -m tests.language.totals [--only SET] [--save FILE] [--compare FILE]

`--save` writes every miss of the readable batches, one JSON object per line, sorted; a later
run with `--compare` that file prints the misses gained and lost since, so a rule's cost is
seen item by item (only the misses of the sets it scores: a file saved over every set compares
with a run `--only` one of them). Batches are scored two at a time in separate processes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from tests.language import real_sets

# What each set's figure line counts, as (right, out of) pairs: phrases right of phrases;
# article drafts right of drafts made and of labels; news items right of items, then the new
# deadlines' windows right of those labelled (a rule may keep an item's kind and move its
# window: the claim-and-kind misses alone do not show it).
_COUNTS = {
    "deadlines": re.compile(r"\((\d+)/(\d+)\)"),
    "articles": re.compile(r"precision [\d.]+ \((\d+)/(\d+)\), recall [\d.]+ \(\d+/(\d+)\)"),
    "news": re.compile(r"kind [\d.]+ \((\d+)/(\d+)\); new deadline window right on (\d+)/(\d+)"),
}


@dataclass(frozen=True)
class Job:
    half: str
    name: str
    unread: bool


def jobs(sets: tuple[str, ...]) -> list[Job]:
    """Every (batch, set) pair that exists, development half first, the test half never."""
    halves = ("dev", *real_sets.EXTRAS)
    return [
        Job(half, name, half in real_sets.UNREAD.get(name, ()))
        for half in halves
        for name in sets
        if (real_sets.REAL / f"{name}.json").exists()
        and (half == "dev" or real_sets.has_extra(name, half))
    ]


# Each job's lines once scored in this process. The tools do not change while it runs, so a
# second `main` in the same process (the tests save the misses, then compare with them) scores
# again only the jobs it has not seen.
_SCORED: dict[Job, list[dict[str, str]]] = {}


def run(job: Job) -> tuple[Job, list[dict[str, str]]]:
    lines = real_sets.report(
        job.half, misses=not job.unread, sets=(job.name,), as_json=True
    ).splitlines()
    # Each miss carries its set, so that a run over some sets compares with a file saved over
    # all of them without listing the other sets' misses as gone.
    return job, [
        parsed if "figure" in parsed else {**parsed, "set": job.name}
        for parsed in (json.loads(line) for line in lines if line)
    ]


def counts(name: str, figure: str) -> tuple[int, ...]:
    found = _COUNTS[name].search(figure)
    if found is None:
        raise ValueError(f"cannot read the counts of {name!r} in {figure!r}")
    return tuple(int(number) for number in found.groups())


def summary(name: str, totals: tuple[int, ...]) -> str:
    if name == "articles":
        right, drafts, labels = totals
        return (
            f"articles: {right} right of {drafts} drafts and {labels} labels "
            f"(precision {right / max(drafts, 1):.3f}, recall {right / max(labels, 1):.3f})"
        )
    if name == "news":
        right, out_of, windows_right, windows = totals
        return (
            f"news items: {right}/{out_of} ({right / max(out_of, 1):.3f}); "
            f"new deadline windows right {windows_right}/{windows}"
        )
    right, out_of = totals
    return f"phrases: {right}/{out_of} ({right / max(out_of, 1):.3f})"


def batches(lines: set[str]) -> str:
    """How many batches some misses come from: a rule that mends one batch alone is suspect of
    fitting that batch's sentences rather than the language (the forty-third round's test)."""
    halves = sorted({json.loads(line).get("half", "?") for line in lines})
    return f"{len(halves)} batch{'es' if len(halves) != 1 else ''}" + (
        f" ({', '.join(halves)})" if halves else ""
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=real_sets.SETS, action="append")
    parser.add_argument("--save", type=Path, help="write the readable batches' misses here")
    parser.add_argument("--compare", type=Path, help="print misses gained and lost since")
    parser.add_argument("--workers", type=int, default=2)
    options = parser.parse_args(argv)
    sets = tuple(options.only or real_sets.SETS)

    todo = jobs(sets)
    totals: dict[str, list[int]] = {}
    unread: list[str] = []
    misses: list[str] = []
    with ProcessPoolExecutor(max_workers=options.workers) as pool:
        new = [job for job in todo if job not in _SCORED]
        for done, (job, lines) in enumerate(pool.map(run, new), start=len(todo) - len(new) + 1):
            print(f"\r{done}/{len(todo)} batches scored", end="", file=sys.stderr, flush=True)
            _SCORED[job] = lines
    print(file=sys.stderr)
    for job in todo:
        lines = _SCORED[job]
        figure = next(line["figure"] for line in lines if "figure" in line)
        if job.unread:
            unread.append(f"  {job.half}: {figure}")
            continue
        found = counts(job.name, figure)
        kept = totals.setdefault(job.name, [0] * len(found))
        for index, number in enumerate(found):
            kept[index] += number
        misses.extend(
            json.dumps(line, ensure_ascii=False, sort_keys=True)
            for line in lines
            if "figure" not in line
        )

    print("Readable batches (dev and every batch read):")
    for name in sets:
        if name in totals:
            print("  " + summary(name, tuple(totals[name])))
    if unread:
        print("Unread batches (figures only):")
        print("\n".join(unread))

    misses.sort()
    if options.compare:
        before = {
            line
            for line in options.compare.read_text(encoding="utf-8").splitlines()
            if json.loads(line).get("set", sets[0]) in sets
        }
        now = set(misses)
        print(
            f"Misses since {options.compare.name}: {len(now - before)} new, "
            f"{len(before - now)} gone"
        )
        print(f"  gone from {batches(before - now)}; new in {batches(now - before)}")
        for line in sorted(before - now):
            print(f"  - {line}")
        for line in sorted(now - before):
            print(f"  + {line}")
    if options.save:
        options.save.write_text("".join(f"{line}\n" for line in misses), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
