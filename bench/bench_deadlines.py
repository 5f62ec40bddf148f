"""Benchmark the deadline parser against raw dateparser, on phrases never seen before first.

Run from the project root:

    .venv/bin/python bench/bench_deadlines.py [--no-assert] [--size N]

What a user meets first is a phrase the parser has never seen, stated on a day it has never
seen: every claim has its own. So the headline is one pass over a stream of generated phrases
that never repeat (random days, months, years and spans, English and French forms, each with
its own random stated date), timed for `parse_deadline` and for
`dateparser.parse(phrase, languages=["en", "fr"], settings={"RELATIVE_BASE": stated date})`
on the same phrases in the same run; both get the same warm-up on other phrases first, so
neither pays for loading its locale data in the timed pass. The warm figure (the same 1,200
phrases parsed five times, behind the parser's caches) follows, labelled as such. Cold start
(import and first call in a fresh interpreter) is measured in subprocesses.

It exits with status 1 when a target is missed, unless --no-assert is given. The targets
apply to the never-seen stream. No Django setup is needed: language.deadlines is plain Python.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))
STATED_ON = dt.date(2024, 7, 2)
TARGET_RATE = 5_000  # phrases per second on the never-seen stream, one core
TARGET_P99_MS = 5.0
TARGET_RATIO = 3.0
TARGET_COLD_S = 1.0

EN_MONTHS = "January February March April May June July August September October November December"
FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
EN_NUMBERS = ["two", "three", "six", "nine", "twelve", "18", "24", "a", "a couple of"]
FR_NUMBERS = ["deux", "trois", "six", "neuf", "douze", "18", "24", "un"]

# Each template is filled from the slots below; "{y}" is a year, "{q}" 1-4, "{h}" 1-2...
TEMPLATES = [
    "in {y}", "by {y}", "by the end of {y}", "end of {y}", "early {y}", "mid-{y}", "late {y}",
    "Q{q} {y}", "in Q{q} {y}", "by Q{q} {y}", "H{h} {y}", "in the second half of {y}",
    "{mon} {y}", "by {mon} {y}", "on {d} {mon} {y}", "{mon} {d}, {y}", "before {d} {mon} {y}",
    "summer {y}", "winter {y}", "not before the end of {y}", "{y} at the latest",
    "within {n} months", "in {n} years", "next year", "next quarter", "this summer",
    "later this year", "by year-end", "by the end of Q{q}", "in Q{q}",
    "The company said it would go live by the end of {y}.",
    "SecNumCloud qualification expected in H{h} {y}, the vendor said.",
    "soon", "in the coming months", "as soon as possible", "eventually",
    "en {y}", "d'ici {y}", "d’ici la fin de {y}", "fin {y}", "début {y}", "mi-{y}",
    "T{q} {y}", "au T{q} {y}", "S{h} {y}", "au premier semestre {y}", "en {mois} {y}",
    "d'ici {mois} {y}", "fin {mois} {y}", "le {d} {mois} {y}", "avant le {d} {mois} {y}",
    "l'été {y}", "hiver {y}", "pas avant fin {y}", "au plus tard en {y}",
    "dans les {nfr} prochains mois", "d'ici {nfr} ans", "l'année prochaine",
    "d’ici la fin de l’année", "cet été", "Le service sera disponible au second semestre {y}.",
    "prochainement", "dans les mois à venir", "dès que possible", "à terme",
]  # fmt: skip


def build_corpus(size: int, seed: int = 2024) -> list[str]:
    """A deterministic mix of phrases from the templates, EN and FR, vague ones included."""
    rng = random.Random(seed)
    corpus = []
    for i in range(size):
        template = TEMPLATES[i % len(TEMPLATES)]
        month = rng.randrange(12)
        corpus.append(
            template.format(
                y=rng.randint(2024, 2032),
                q=rng.randint(1, 4),
                h=rng.randint(1, 2),
                mon=EN_MONTHS.split()[month],
                mois=FR_MONTHS.split()[month],
                d=rng.randint(1, 28),
                n=rng.choice(EN_NUMBERS),
                nfr=rng.choice(FR_NUMBERS),
            )
        )
    return corpus


def build_unique_stream(size: int, seed: int = 7) -> list[tuple[str, dt.date]]:
    """`size` (phrase, stated date) pairs, none repeated: every template with a slot, filled
    from wide ranges, each with a random stated date between 2000 and 2035."""
    rng = random.Random(seed)
    templates = [t for t in TEMPLATES if "{" in t]
    first_day = dt.date(2000, 1, 1).toordinal()
    seen: set[tuple[str, dt.date]] = set()
    stream = []
    while len(stream) < size:
        stated_on = dt.date.fromordinal(first_day + rng.randrange(36 * 365))
        month = rng.randrange(12)
        phrase = rng.choice(templates).format(
            y=rng.randint(stated_on.year - 5, stated_on.year + 20),
            q=rng.randint(1, 4),
            h=rng.randint(1, 2),
            mon=EN_MONTHS.split()[month],
            mois=FR_MONTHS.split()[month],
            d=rng.randint(1, 28),
            n=rng.choice([*EN_NUMBERS, str(rng.randint(2, 99))]),
            nfr=rng.choice([*FR_NUMBERS, str(rng.randint(2, 99))]),
        )
        if (phrase, stated_on) not in seen:
            seen.add((phrase, stated_on))
            stream.append((phrase, stated_on))
    return stream


def time_each(func: Callable[[str], object], corpus: list[str]) -> list[float]:
    """Seconds per call, one call per phrase."""
    timings = []
    clock = time.perf_counter
    for phrase in corpus:
        started = clock()
        func(phrase)
        timings.append(clock() - started)
    return timings


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


COLD_START_SCRIPT = """
import datetime as dt, json, os, sys, time
sys.path.insert(0, sys.argv[1])
started = time.perf_counter()
from language.deadlines import parse_deadline
imported = time.perf_counter()
parse_deadline("le 1er juillet 2025", stated_on=dt.date(2024, 7, 2))
done = time.perf_counter()
print(json.dumps({"import": imported - started, "first_call": done - imported}))
"""


def cold_start(runs: int = 3) -> list[dict[str, float]]:
    """Import + first call in fresh interpreters (interpreter start-up itself excluded)."""
    results = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", COLD_START_SCRIPT, str(PROJECT_ROOT)],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        results.append(json.loads(done.stdout))
    return results


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--no-assert", action="store_true", help="report only, never fail")
    arguments.add_argument("--size", type=int, default=1_200, help="corpus size (>= 1000)")
    arguments.add_argument("--passes", type=int, default=5, help="timed passes of the parser")
    options = arguments.parse_args()

    cold = cold_start()  # first, before this process has loaded anything

    import dateparser

    from language.deadlines import DeadlineParseError, parse_deadline

    corpus = build_corpus(options.size)
    stream = build_unique_stream(options.size)
    warm_up = build_unique_stream(200, seed=99)  # other phrases, other dates

    def ours(phrase: str, stated_on: dt.date = STATED_ON) -> object:
        try:
            return parse_deadline(phrase, stated_on=stated_on)
        except DeadlineParseError as exc:
            return exc

    def raw(phrase: str, stated_on: dt.date = STATED_ON) -> object:
        return dateparser.parse(
            phrase, languages=["en", "fr"], settings={"RELATIVE_BASE": _midnight(stated_on)}
        )

    cpu: dict[str, float] = {}

    def time_stream(func: Callable[[str, dt.date], object]) -> list[float]:
        timings = []
        clock = time.perf_counter
        cpu_started = time.process_time()
        for phrase, stated_on in stream:
            started = clock()
            func(phrase, stated_on)
            timings.append(clock() - started)
        # CPU time as well: on a shared machine the wall clock also counts other processes.
        cpu[func.__name__] = time.process_time() - cpu_started
        return timings

    for phrase, stated_on in warm_up:  # the same warm-up for both, on phrases not timed
        ours(phrase, stated_on)
        raw(phrase, stated_on)
    new_timings = time_stream(ours)
    raw_new_timings = time_stream(raw)

    first_pass = time_each(ours, corpus)  # fills the caches for the repeated passes
    timings: list[float] = []
    for _ in range(options.passes):
        timings += time_each(ours, corpus)
    raw_timings = time_each(raw, corpus)

    new_rate = len(new_timings) / sum(new_timings)
    raw_new_rate = len(raw_new_timings) / sum(raw_new_timings)
    new_ratio = new_rate / raw_new_rate
    new_p50, new_p99 = percentile(new_timings, 0.5) * 1e3, percentile(new_timings, 0.99) * 1e3
    parsed = sum(1 for phrase in corpus if not isinstance(ours(phrase), DeadlineParseError))
    rate = len(timings) / sum(timings)
    first_rate = len(first_pass) / sum(first_pass)
    raw_rate = len(raw_timings) / sum(raw_timings)
    ratio = rate / raw_rate
    p50, p99 = percentile(timings, 0.50) * 1e3, percentile(timings, 0.99) * 1e3
    cold_total = max(r["import"] + r["first_call"] for r in cold)

    rows = [
        ("NEVER SEEN: one pass, no phrase or date repeated", f"{len(stream)} phrases", ""),
        ("  parse_deadline", f"{new_rate:,.0f} phrases/s", f">= {TARGET_RATE:,}"),
        (
            "  parse_deadline p50 / p99",
            f"{new_p50:.3f} / {new_p99:.3f} ms",
            f"< {TARGET_P99_MS} ms",
        ),
        ("  dateparser.parse, same phrases", f"{raw_new_rate:,.0f} phrases/s", ""),
        ("  ratio (ours / dateparser)", f"{new_ratio:.1f}x", f">= {TARGET_RATIO}x"),
        (
            "  CPU time: ours / dateparser",
            f"{len(stream) / cpu['ours']:,.0f} / {len(stream) / cpu['raw']:,.0f} phrases/s",
            "(not counting other processes)",
        ),
        (
            "WARM: the same phrases again and again (cached)",
            f"{len(corpus)} phrases ({parsed} dated)",
            "",
        ),
        ("  parse_deadline, first pass", f"{first_rate:,.0f} phrases/s", ""),
        (f"  parse_deadline, next {options.passes} passes", f"{rate:,.0f} phrases/s", "(warm)"),
        ("  parse_deadline p50 / p99", f"{p50:.3f} / {p99:.3f} ms", "(warm)"),
        ("  dateparser.parse, one pass", f"{raw_rate:,.0f} phrases/s", ""),
        ("  ratio (ours warm / dateparser)", f"{ratio:.1f}x", "(warm)"),
        (
            "cold start: import + first call",
            " / ".join(f"{r['import'] + r['first_call']:.3f}" for r in cold) + " s",
            f"< {TARGET_COLD_S} s (worst of {len(cold)})",
        ),
        ("  of which first call", " / ".join(f"{r['first_call']:.3f}" for r in cold) + " s", ""),
    ]
    print(f"Deadline parser benchmark — Python {platform.python_version()}, one core")
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    for name, value, target in rows:
        print(f"  {name:<{width}}  {value:>{value_width}}  {target}")

    missed = [
        name
        for name, ok in [
            ("rate on never-seen phrases", new_rate >= TARGET_RATE),
            ("p99 on never-seen phrases", new_p99 < TARGET_P99_MS),
            ("ratio on never-seen phrases", new_ratio >= TARGET_RATIO),
            ("cold start", cold_total < TARGET_COLD_S),
            ("corpus size", len(corpus) >= 1_000),
        ]
        if not ok
    ]
    if missed:
        print(f"MISSED: {', '.join(missed)}")
        return 0 if options.no_assert else 1
    print("All targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
