"""`language` is plain Python: it imports without Django settings and never imports the apps."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

LANGUAGE = Path(__file__).resolve().parents[2] / "language"


def fresh_python(code: str, env: dict[str, str] | None = None) -> str:
    """What `code` prints, run by a new interpreter from the repository root."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=LANGUAGE.parent,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_the_language_package_imports_without_django_settings() -> None:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    code = (
        "import sys, language.deadlines, language.articles, language.matching, language.text;"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('django', 'rest_framework', 'claims', 'tracker', 'config'));"
        "print(loaded)"
    )
    assert fresh_python(code, env=env) == "[]"


def test_no_module_of_the_language_package_imports_django_or_the_apps() -> None:
    forbidden = re.compile(r"^\s*(from|import) (django|rest_framework|claims|tracker|config)\b")
    offenders = [
        f"{path.relative_to(LANGUAGE.parent)}:{number}"
        for path in LANGUAGE.rglob("*.py")
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if forbidden.match(line)
    ]
    assert offenders == []


def test_importing_the_matcher_compiles_none_of_its_word_lists() -> None:
    # They take about half a second to compile: each manage.py command and web worker paid it
    # at start, whether it matched news or not.
    code = (
        "from language.matching import lexicon as L;"
        "patterns = [*L.SIGNAL_RX.values(), *L.CATEGORY_RX.values(), L.FIRST_RX];"
        "print(len(patterns), sum('_compiled' in vars(p) for p in patterns))"
    )
    count, compiled = map(int, fresh_python(code).split())
    assert count > 10 and compiled == 0


def test_a_word_list_compiled_on_first_use_finds_what_the_compiled_pattern_finds() -> None:
    from language.matching.lexicon import SIGNAL_RX, words_regex

    text = "le chantier a finalement ete mis en service; the plant is up and running, delayed"
    for words in (["mis en service", "up and running"], ["delayed", "chantier"]):
        lazy = words_regex(words, adverbs=True)
        compiled = re.compile(lazy.pattern)
        found = [m.span() for m in lazy.finditer(text)]
        assert found and found == [m.span() for m in compiled.finditer(text)]
    assert SIGNAL_RX["delay"].search("the launch was delayed again")


def test_grouping_a_word_lists_first_words_by_letter_changes_no_match() -> None:
    # words_regex groups the first words' alternatives by their first letter, for speed
    # (lexicon.words_source): each list must find the same spans and words as ungrouped, on
    # the development sets' news and articles.
    import json

    from language.matching import lexicon as L
    from language.text import fold

    real = Path(__file__).parent / "data" / "real"
    texts = ["la fusee a reussi jeudi son premier vol; the launch was delayed again, today"]
    for path in sorted(real.glob("*.dev-*.json")):
        if "blind13" in path.name:
            continue  # kept unseen
        data = json.loads(path.read_text())
        for entry in data.get("items", []) + data.get("articles", []):
            texts.append(fold(f"{entry['title']}\n{entry.get('summary') or entry.get('excerpt')}"))
    fixed = (L.FULFILMENT_FIXED, L.DELAY_FIXED, L.LATE_RISK_FIXED, L.DENIAL_FIXED, L.ON_TRACK_FIXED)
    for words in (
        L.FULFILMENT,
        L.DELAY,
        L.LATE_RISK,
        L.DENIAL,
        L.ENDED,
        L.STEP,
        L.ON_TRACK,
        *fixed,
    ):
        grouped, plain = (
            re.compile(L.words_source(words, adverbs=True, by_first_letter=grouping))
            for grouping in (True, False)
        )
        assert grouped.pattern != plain.pattern
        for text in texts:
            found = [(m.span(), m.group(0)) for m in grouped.finditer(text)]
            assert found == [(m.span(), m.group(0)) for m in plain.finditer(text)], text


def test_a_word_list_narrowed_to_a_batch_finds_what_the_whole_list_finds() -> None:
    # reading.scan_items reads each signal list without the phrases no text of the batch can
    # start (lexicon.narrowed), for speed: on the batch's texts it must find the same spans
    # and words as the whole list, batch after batch, and the whole list once narrowed often.
    import json

    from language.matching import lexicon as L
    from language.text import fold

    real = Path(__file__).parent / "data" / "real"
    texts = [
        "la fusee a reussi jeudi son premier vol; the launch was delayed again, today",
        "l'ouverture a ete reportee; (re)launch postponed-again, _delayed",
    ]
    # Batches read long ago (dev-blind13 is kept unseen).
    for number in (10, 11, 12, 15, 16, 17, 18, 19, 20):
        path = real / f"news.dev-blind{number}.json"
        data = json.loads(path.read_text())
        for entry in data.get("items", []):
            texts.append(fold(f"{entry['title']}\n{entry.get('summary') or ''}"))
    batches = [texts[:2], texts[2:40], texts[40:41], texts[:300], texts[300:], texts]
    for name in ("fulfilment", "delay", "denial", "ended"):
        whole = re.compile(L.SIGNAL_RX[name].pattern)
        rx = L._CompiledOnFirstUse(L.SIGNAL_RX[name].pattern, L.SIGNAL_RX[name]._lists)
        for batch in batches:
            narrow = L.narrowed(rx, L.FirstWords(batch))
            if batch is batches[0]:
                assert len(narrow.pattern) < len(whole.pattern) / 2  # narrowed indeed
            for text in batch:
                found = [(m.span(), m.group(0)) for m in narrow.finditer(text)]
                assert found == [(m.span(), m.group(0)) for m in whole.finditer(text)], text
        assert "_compiled" in rx.__dict__  # narrowed three times at most, then whole


def test_the_signal_lists_read_over_a_batch_find_what_each_item_read_alone_finds() -> None:
    # rank_matches reads the signal and category lists over all its items first
    # (reading.scan_items), for speed: each item's analysis must be the one it gets read alone,
    # whether the item is known by its original text or only by its folded text.
    import datetime as dt

    from language.matching.reading import read_item, scan_items
    from language.text import fold_words

    launch = "Kestrel delays its launch to mid-2027\nThe first flight was postponed again."
    items = [  # (original, folded, language)
        (
            "Harbourline : le ferry a finalement été livré\nLa livraison, repoussée deux fois, a"
            " eu lieu jeudi.",
            "",
            "fr",
        ),
        (launch, "", "en"),
        (launch, "", "en"),
        # Only the folded text known: the batch is keyed by it.
        ("", fold_words("Le tram de Lissac retardé\nSa mise en service repoussée à 2027."), "fr"),
    ]
    scans = scan_items([original or folded for original, folded, _ in items])
    assert len(scans) == 3
    for original, folded, language in items:
        alone, batched = (
            read_item(
                original=original,
                folded=folded,
                language=language,
                published_on=dt.date(2026, 3, 1),
                scans=batch,
            )
            for batch in (None, scans)
        )
        assert batched.text is scans[original or folded].text  # the batch's scan was used
        assert alone.signals and alone.signals == batched.signals
        assert alone.category_words == batched.category_words
        assert alone.category_words or "ferry" in original  # the others name a launch
        assert (alone.kind, alone.cue, alone.text) == (batched.kind, batched.cue, batched.text)


def _top_level_bindings(tree: ast.Module) -> list[tuple[str, int, ast.AST]]:
    bound = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.append((node.name, node.lineno, node))
        elif isinstance(node, ast.Assign):
            bound += [
                (t.id, node.lineno, node.value) for t in node.targets if isinstance(t, ast.Name)
            ]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound.append((node.target.id, node.lineno, node.value or node))
    return bound


def test_no_module_of_the_language_package_rebinds_a_top_level_name_unawares() -> None:
    # A second `_KICKER_RX = ...` further down a long module silently replaced the first and
    # changed what the code above it did; ruff and mypy see nothing wrong. A rebinding that
    # builds on the name itself (`_POST = _rx(_POST)`) is meant.
    offenders = []
    for path in LANGUAGE.rglob("*.py"):
        seen: dict[str, int] = {}
        for name, line, value in _top_level_bindings(ast.parse(path.read_text())):
            uses_itself = any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))
            if name in seen and not uses_itself and name != "__all__":
                offenders.append(f"{path.relative_to(LANGUAGE.parent)}:{line} {name}")
            seen[name] = line
    assert offenders == []
