"""The test settings under pytest-xdist: each worker process its own Redis database."""

from config.settings.test import redis_url_for_worker


def test_each_worker_takes_the_next_redis_database_after_the_one_named():
    assert redis_url_for_worker("redis://127.0.0.1:6379/0", "gw0") == "redis://127.0.0.1:6379/0"
    assert redis_url_for_worker("redis://127.0.0.1:6379/0", "gw1") == "redis://127.0.0.1:6379/1"
    assert redis_url_for_worker("redis://:pw@cache:6380/3", "gw2") == "redis://:pw@cache:6380/5"


def test_a_url_without_a_database_counts_from_database_0():
    assert redis_url_for_worker("redis://127.0.0.1:6379", "gw1") == "redis://127.0.0.1:6379/1"


def test_outside_xdist_or_without_redis_nothing_changes():
    assert redis_url_for_worker("redis://127.0.0.1:6379/4", "") == "redis://127.0.0.1:6379/4"
    assert redis_url_for_worker("", "gw1") == ""
