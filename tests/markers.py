"""Marks shared by test modules."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from django.db import connection

Test = TypeVar("Test", bound=Callable[..., object])


def postgres_marks(reason: str) -> list[pytest.MarkDecorator]:
    """The marks of a test that needs PostgreSQL (CI sets DATABASE_URL to it): `postgres`, and
    skipped with `reason` on another database. For a module's `pytestmark` list."""
    return [
        pytest.mark.postgres,
        pytest.mark.skipif(connection.vendor != "postgresql", reason=reason),
    ]


def postgres_only(reason: str) -> Callable[[Test], Test]:
    """`postgres_marks` as a decorator, for one test or one class of tests."""

    def mark(test: Test) -> Test:
        for marker in postgres_marks(reason):
            test = marker(test)
        return test

    return mark
