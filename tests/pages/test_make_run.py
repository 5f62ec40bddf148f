"""`make run`: links point at the address actually served, and the admin login is given
again once start-up has settled, from a file only its owner can read."""

from __future__ import annotations

import stat
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from config.run import login_message, site_url_for, wait_until_settled

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("host", "port", "url"),
    [
        ("127.0.0.1", "8765", "http://127.0.0.1:8765"),
        ("localhost", "9000", "http://localhost:9000"),
        ("0.0.0.0", "8000", "http://127.0.0.1:8000"),  # noqa: S104 - served on every address
        ("::1", "8001", "http://[::1]:8001"),
    ],
)
def test_site_url_is_the_host_and_port_served(host, port, url):
    assert site_url_for(host, port) == url


def test_the_login_file_is_owner_only_and_holds_a_working_login(tmp_path):
    login_file = tmp_path / "var" / "admin-login.txt"

    call_command("ensure_admin", login_file=str(login_file), stdout=StringIO())

    assert stat.S_IMODE(login_file.stat().st_mode) == 0o600
    password = login_file.read_text().split("Password: ")[1].strip()
    assert get_user_model().objects.get(username="admin").check_password(password)
    message = login_message("http://127.0.0.1:8765", login_file)
    assert "admin: http://127.0.0.1:8765/admin/" in message
    assert f"Password: {password}" in message


def test_an_existing_file_is_made_owner_only_again(tmp_path):
    login_file = tmp_path / "admin-login.txt"
    login_file.write_text("old")
    login_file.chmod(0o644)

    call_command("ensure_admin", login_file=str(login_file), stdout=StringIO())

    assert stat.S_IMODE(login_file.stat().st_mode) == 0o600


def test_the_login_waits_for_the_start_up_alerts(now):
    from claims.services import claims_sweep_statuses
    from tests.factories import ClaimFactory
    from tracker.services import alerts_fan_out

    ClaimFactory(deadline_text="in 2025")
    claims_sweep_statuses()
    # Events not yet turned into alerts: not settled (times out at once here).
    assert wait_until_settled(alive=lambda: True, timeout=0.01, first=0) is False
    alerts_fan_out()
    assert wait_until_settled(alive=lambda: True, timeout=2, first=0) is True
