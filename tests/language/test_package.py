"""`language` is plain Python: it imports without Django settings and never imports the apps."""

from __future__ import annotations

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


def test_a_word_list_with_adverbs_fitted_to_a_text_finds_what_the_full_pattern_finds() -> None:
    # Each text gets the pattern with only the adverbs it holds (lexicon._AdverbsAsFound):
    # every signal list must find the same spans and words as with all of them, on the
    # development sets' news and articles and on phrases with adverbs between their words.
    import json

    from language.matching import lexicon as L
    from language.text import fold

    real = Path(__file__).parent / "data" / "real"
    texts = [
        "the plant has now officially launched; le satellite a finalement ete mis en service",
        "the service has now officially launched",
        "le satellite a finalement ete mis en service",
        "la fusee a reussi jeudi son premier vol",
        "the launch was delayed again, today",
        "it has already been delayed again",
        "a ete encore repousse; est desormais disponible",
        "known snow: nowhere thus enthusiasm, bienvenue; a ete donc reporte hier",
    ]
    for path in sorted(real.glob("*.dev-*.json")):
        if "blind13" in path.name:
            continue  # kept unseen
        data = json.loads(path.read_text())
        for entry in data.get("items", []) + data.get("articles", []):
            texts.append(fold(f"{entry['title']}\n{entry.get('summary') or entry.get('excerpt')}"))
    words = {
        "fulfilment": L.FULFILMENT,
        "delay": L.DELAY,
        "late risk": L.LATE_RISK,
        "denial": L.DENIAL,
        "ended": L.ENDED,
        "hedged denial": L.HEDGED_DENIAL,
        "on track": L.ON_TRACK,
    }
    fitted_texts = [t for t in texts if len(L._gap_words_in(t)) <= L._AdverbsAsFound._MOST_ADVERBS]
    assert len(fitted_texts) > 100
    for name, listed in words.items():
        fitted = L.words_regex(listed, adverbs=True)
        assert isinstance(fitted, L._AdverbsAsFound)
        fitted._MOST_PATTERNS = 10_000  # fit every text here, however many patterns it takes
        full = re.compile(fitted.pattern)
        assert full.pattern == L.SIGNAL_RX[name].pattern
        for text in texts:
            found = [(m.span(), m.group(0)) for m in fitted.finditer(text)]
            assert found == [(m.span(), m.group(0)) for m in full.finditer(text)], (name, text)
            assert bool(fitted.search(text, 5)) == bool(full.search(text, 5))
        assert len(fitted._fitted) > 1
