"""What the browser tests share: Debian's Chromium driven by Playwright, a fresh profile for
each test, and where screenshots go (CI keeps them as artifacts).

A browser test module starts with `sync_api = require_chromium()`: without Chromium it is
skipped, except in CI, where a skip would hide it (scripts/ensure-chromium.sh installs it).
Data is made before the browser starts: once Playwright's event loop is up, the ORM refuses to
run in the test's thread."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(settings.VAR_DIR) / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require_chromium() -> Any:
    """Playwright's sync API; skips the calling module when Chromium is missing (fails in CI)."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            raise RuntimeError(f"{CHROMIUM} is missing: run scripts/ensure-chromium.sh")
        pytest.skip(
            f"{CHROMIUM} is not installed (scripts/ensure-chromium.sh)", allow_module_level=True
        )
    return pytest.importorskip("playwright.sync_api")


@contextmanager
def chromium(*, width: int = 1280, height: int = 900) -> Iterator[Any]:
    """A browser context on a fresh profile, closed and removed afterwards."""
    sync_api = require_chromium()
    profile = tempfile.mkdtemp(prefix="pw-chromium-")
    with sync_api.sync_playwright() as playwright:
        # A fresh profile per run; launch_persistent_context is how Playwright takes one.
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": width, "height": height},
        )
        try:
            yield context
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def browser() -> Iterator[Any]:
    with chromium() as context:
        yield context
