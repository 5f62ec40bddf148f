"""Marks shared by test modules."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from django.db import connection

Test = TypeVar("Test", bound=Callable[..., object])


def postgres_only(reason: str) -> Callable[[Test], Test]:
    """A test that needs PostgreSQL (CI sets DATABASE_URL to it): marked `postgres`, and
    skipped with `reason` on another database."""

    def mark(test: Test) -> Test:
        skip = pytest.mark.skipif(connection.vendor != "postgresql", reason=reason)
        return pytest.mark.postgres(skip(test))

    return mark
