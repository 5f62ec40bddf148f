"""Benchmark the deadline parser against raw dateparser on the same corpus.

Run from the project root:

    .venv/bin/python bench/bench_deadlines.py [--no-assert] [--size N]

It builds a deterministic corpus of English and French phrases (vague ones included),
times `parse_deadline` on one core after a warm-up pass, times
`dateparser.parse(phrase, languages=["en", "fr"])` on the same corpus, and measures the
cold start (importing the parser and the first call, which loads dateparser's locale
data) in fresh subprocesses. It exits with status 1 when a target is missed, unless
--no-assert is given. No Django setup is needed: claims.deadlines only uses TextChoices.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

STATED_ON = dt.date(2024, 7, 2)
TARGET_RATE = 2_000  # phrases per second, warm, one core
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


def time_each(func: Callable[[str], object], corpus: list[str]) -> list[float]:
    """Seconds per call, one call per phrase."""
    timings = []
    clock = time.perf_counter
    for phrase in corpus:
        started = clock()
        func(phrase)
        timings.append(clock() - started)
    return timings


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


COLD_START_SCRIPT = """
import datetime as dt, json, os, sys, time
sys.path.insert(0, sys.argv[1])
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
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

    def ours(phrase: str) -> object:
        try:
            return parse_deadline(phrase, stated_on=STATED_ON)
        except DeadlineParseError as exc:
            return exc

    def raw(phrase: str) -> object:
        return dateparser.parse(phrase, languages=["en", "fr"])

    first_pass = time_each(ours, corpus)  # warm-up: fills the dateparser cache
    timings: list[float] = []
    for _ in range(options.passes):
        timings += time_each(ours, corpus)
    raw(corpus[0])  # raw dateparser gets its warm-up too
    raw_timings = time_each(raw, corpus)

    parsed = sum(1 for phrase in corpus if not isinstance(ours(phrase), DeadlineParseError))
    rate = len(timings) / sum(timings)
    first_rate = len(first_pass) / sum(first_pass)
    raw_rate = len(raw_timings) / sum(raw_timings)
    ratio = rate / raw_rate
    p50, p99 = percentile(timings, 0.50) * 1e3, percentile(timings, 0.99) * 1e3
    cold_total = max(r["import"] + r["first_call"] for r in cold)

    rows = [
        ("corpus", f"{len(corpus)} phrases ({parsed} with a deadline)", ""),
        ("parse_deadline, warm", f"{rate:,.0f} phrases/s", f">= {TARGET_RATE:,}"),
        ("parse_deadline, first pass", f"{first_rate:,.0f} phrases/s", "(cache cold)"),
        ("parse_deadline p50", f"{p50:.3f} ms", ""),
        ("parse_deadline p99", f"{p99:.3f} ms", f"< {TARGET_P99_MS} ms"),
        ('dateparser.parse(languages=["en","fr"])', f"{raw_rate:,.0f} phrases/s", ""),
        (
            "dateparser p50 / p99",
            f"{percentile(raw_timings, 0.5) * 1e3:.3f} / "
            f"{percentile(raw_timings, 0.99) * 1e3:.3f} ms",
            "",
        ),  # fmt: skip
        ("ratio (ours / dateparser)", f"{ratio:.1f}x", f">= {TARGET_RATIO}x"),
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
            ("rate", rate >= TARGET_RATE),
            ("p99", p99 < TARGET_P99_MS),
            ("ratio", ratio >= TARGET_RATIO),
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
