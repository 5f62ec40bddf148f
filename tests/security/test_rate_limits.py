"""Rate limits a client cannot talk its way out of: the API throttles, wrong API tokens, and
wrong admin passwords.

Regression tests for three findings: 340 anonymous requests each with its own X-Forwarded-For
all got 200 (DRF took the whole header as the client's identity); tokens could be guessed at
the full request rate (django-axes does not see DRF's token lookups); and the admin login let
40 wrong passwords through, then the right one.
"""

from __future__ import annotations

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from config.clients import client_address

pytestmark = pytest.mark.django_db

PRODUCTION_ANON_RATE = "300/minute"  # the default of API_THROTTLE_ANON


@pytest.fixture
def production_rates(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "anon": PRODUCTION_ANON_RATE,
        },
    }


# --- Who the client is --------------------------------------------------------------------


def test_x_forwarded_for_is_ignored_without_a_trusted_proxy(rf, settings):
    settings.NUM_PROXIES = 0
    request = rf.get("/", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="198.51.100.1")

    assert client_address(request) == "203.0.113.9"


def test_behind_one_proxy_the_address_it_saw_is_the_client(rf, settings):
    settings.NUM_PROXIES = 1
    # The client wrote "1.2.3.4" itself; our proxy appended the address it connected from.
    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7")

    assert client_address(request) == "198.51.100.7"


def test_360_anonymous_requests_with_varying_x_forwarded_for_hit_the_throttle(
    anonymous, now, production_rates
):
    statuses = [
        anonymous.get(
            "/api/v1/slippage/",
            REMOTE_ADDR="203.0.113.9",
            HTTP_X_FORWARDED_FOR=f"198.51.{n // 250}.{n % 250}",
        ).status_code
        for n in range(360)
    ]

    assert statuses[:300] == [200] * 300
    assert set(statuses[300:]) == {429}


def test_behind_a_proxy_each_client_has_its_own_quota_and_cannot_forge_another(
    anonymous, now, settings
):
    settings.NUM_PROXIES = 1
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute", "user": "1000/minute"},
    }

    def get(forwarded: str) -> int:
        return anonymous.get(
            "/api/v1/slippage/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded
        ).status_code

    first = [get(f"forged-{n}, 198.51.100.7") for n in range(4)]
    other = get("198.51.100.8")

    assert first == [200, 200, 200, 429]
    assert other == 200


# --- Wrong API tokens -------------------------------------------------------------------


@pytest.fixture
def auth_failure_rate(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "auth_failure": "5/hour",
        },
    }


def test_wrong_tokens_are_throttled_per_address_even_the_right_one_after(
    editor, fresh_cache, now, auth_failure_rate
):
    good = Token.objects.create(user=editor).key
    guesser = APIClient(REMOTE_ADDR="203.0.113.9")

    wrong = [
        guesser.get(
            "/api/v1/claims/",
            HTTP_AUTHORIZATION=f"Token {n:040x}",
            HTTP_X_FORWARDED_FOR=f"1.1.1.{n}",
        ).status_code
        for n in range(5)
    ]
    locked = guesser.get("/api/v1/claims/", HTTP_AUTHORIZATION=f"Token {good}")

    assert wrong == [401] * 5
    assert locked.status_code == 429
    assert int(locked["Retry-After"]) > 0
    assert "wrong token" in locked.json()["detail"]
    # Another address, and the same address without a token, are not affected.
    elsewhere = APIClient(REMOTE_ADDR="203.0.113.10")
    assert elsewhere.get("/api/v1/claims/", HTTP_AUTHORIZATION=f"Token {good}").status_code == 200
    assert guesser.get("/api/v1/claims/").status_code == 200


def test_right_tokens_are_never_counted_as_failures(editor, fresh_cache, now, auth_failure_rate):
    good = Token.objects.create(user=editor).key
    client = APIClient(REMOTE_ADDR="203.0.113.9")

    statuses = [
        client.get("/api/v1/claims/", HTTP_AUTHORIZATION=f"Token {good}").status_code
        for _ in range(8)
    ]

    assert statuses == [200] * 8


def test_the_wrong_token_window_passes(editor, fresh_cache, now, auth_failure_rate):
    client = APIClient(REMOTE_ADDR="203.0.113.9")
    for n in range(5):
        client.get("/api/v1/claims/", HTTP_AUTHORIZATION=f"Token {n:040x}")
    assert client.get("/api/v1/claims/", HTTP_AUTHORIZATION="Token x").status_code == 429

    now.shift(3601)

    assert client.get("/api/v1/claims/", HTTP_AUTHORIZATION="Token x").status_code == 401


# --- Admin sign-in (django-axes) ----------------------------------------------------------


def sign_in(client: Client, username: str, password: str, **extra):
    return client.post(
        "/admin/login/?next=/admin/", {"username": username, "password": password}, **extra
    )


def signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def test_repeated_wrong_admin_passwords_lock_the_sign_in_with_a_clear_message(editor, settings):
    client = Client(REMOTE_ADDR="203.0.113.9")
    failures = [
        sign_in(client, "editor", f"wrong-{n}", HTTP_X_FORWARDED_FOR=f"1.1.1.{n}")
        for n in range(settings.AXES_FAILURE_LIMIT)
    ]

    right = sign_in(client, "editor", "a-long-test-password")

    assert [response.status_code for response in failures[:-1]] == [200] * (
        settings.AXES_FAILURE_LIMIT - 1
    )  # the form again, with its error
    assert failures[-1].status_code == 429
    assert right.status_code == 429
    assert not signed_in(client)
    page = right.content.decode()
    assert "Sign-in locked" in page
    assert "for 30 minutes" in page
    assert "manage.py axes_reset_username editor" in page
    assert "default-src 'none'" in right["Content-Security-Policy"]


def test_the_lockout_is_per_user_name_and_address(editor, viewer, settings):
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(attacker, "editor", f"wrong-{n}")

    # The same user from elsewhere, and another user from the same address, still sign in.
    elsewhere = Client(REMOTE_ADDR="198.51.100.20")
    assert sign_in(elsewhere, "editor", "a-long-test-password").status_code == 302
    assert signed_in(elsewhere)
    colleague = Client(REMOTE_ADDR="203.0.113.9")
    assert sign_in(colleague, "viewer", "a-long-test-password").status_code == 302


def test_an_administrator_unlocks_a_locked_sign_in_with_a_command(editor, settings):
    client = Client(REMOTE_ADDR="203.0.113.9")
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "editor", f"wrong-{n}")
    assert sign_in(client, "editor", "a-long-test-password").status_code == 429

    call_command("axes_reset_username", "editor")

    assert sign_in(client, "editor", "a-long-test-password").status_code == 302
    assert signed_in(client)
    assert AccessAttempt.objects.filter(username="editor").count() == 0


def test_the_lockout_ends_after_the_cool_off(editor, settings, now):
    client = Client(REMOTE_ADDR="203.0.113.9")
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "editor", f"wrong-{n}")

    now.shift(settings.AXES_COOLOFF_TIME.total_seconds() + 1)

    assert sign_in(client, "editor", "a-long-test-password").status_code == 302
