"""`language` is plain Python: it imports without Django settings and never imports the apps."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

LANGUAGE = Path(__file__).resolve().parents[2] / "language"


def test_the_language_package_imports_without_django_settings() -> None:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    code = (
        "import sys, language.deadlines, language.articles, language.matching, language.text;"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('django', 'rest_framework', 'claims', 'tracker', 'config'));"
        "print(loaded)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=LANGUAGE.parent,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]"


def test_no_module_of_the_language_package_imports_django_or_the_apps() -> None:
    forbidden = re.compile(r"^\s*(from|import) (django|rest_framework|claims|tracker|config)\b")
    offenders = [
        f"{path.relative_to(LANGUAGE.parent)}:{number}"
        for path in LANGUAGE.rglob("*.py")
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if forbidden.match(line)
    ]
    assert offenders == []
