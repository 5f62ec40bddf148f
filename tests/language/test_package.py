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
