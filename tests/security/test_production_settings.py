"""Production refuses settings that would quietly weaken it, and the compose files expose little.

Regression tests for the findings that the private-host allow-list of the fetcher worked under
production settings (fetching localhost succeeded, `check --deploy` said nothing), that
production fell back to console e-mail without EMAIL_URL (alerts "sent" nowhere), and that the
compose file defaulted EMAIL_URL to Mailpit and published the web port on all interfaces.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.test_deployment import (
    COMPOSE_FILE,
    ROOT,
    check_jsonschema,
    load_compose,
    production_env,
    run,
)

DEV_OVERRIDE = ROOT / "docker-compose.dev.yml"
LOAD_SETTINGS = ["python", "manage.py", "check"]


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "settings.sqlite3"


def test_production_starts_with_a_mail_server_and_no_allow_list(database):
    result = run(LOAD_SETTINGS, production_env(database))

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("variable", ["OUTBOUND_ALLOW_PRIVATE_HOSTS", "FEEDS_ALLOW_PRIVATE_HOSTS"])
def test_production_refuses_to_start_with_the_private_host_allow_list(database, variable):
    result = run(LOAD_SETTINGS, production_env(database, **{variable: "localhost,127.0.0.1"}))

    assert result.returncode != 0
    assert f"ImproperlyConfigured: {variable} is set" in result.stderr


@pytest.mark.parametrize(
    ("email_url", "reason"),
    [
        (None, "it is not set"),
        ("", "it is not set"),  # what compose passes for an unset variable
        ("consolemail://", "consolemail:// delivers nothing"),
        ("filemail:///tmp/mail", "filemail:// delivers nothing"),
    ],
)
def test_production_refuses_to_start_without_a_real_mail_server(database, email_url, reason):
    env = production_env(database)
    if email_url is None:
        dotenv = ROOT / ".env"
        if dotenv.exists() and re.search(r"^\s*EMAIL_URL=\S", dotenv.read_text(), re.MULTILINE):
            pytest.skip(".env supplies EMAIL_URL, which base.py reads as a default")
        del env["EMAIL_URL"]
    else:
        env["EMAIL_URL"] = email_url

    result = run(LOAD_SETTINGS, env)

    assert result.returncode != 0
    assert "ImproperlyConfigured: Set EMAIL_URL" in result.stderr
    assert reason in result.stderr


def test_the_allow_list_is_read_under_its_new_name_and_its_old_one(database):
    show = ["python", "-c", (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.OUTBOUND_ALLOW_PRIVATE_HOSTS)"
    )]  # fmt: skip
    env = production_env(database, DJANGO_SETTINGS_MODULE="config.settings.test")

    new = run(show, {**env, "OUTBOUND_ALLOW_PRIVATE_HOSTS": "a.test"})
    old = run(show, {**env, "FEEDS_ALLOW_PRIVATE_HOSTS": "b.test"})

    assert new.stdout.strip() == "['a.test']", new.stderr
    assert old.stdout.strip() == "['b.test']", old.stderr


# --- Compose ------------------------------------------------------------------------------


def test_the_web_port_is_published_on_loopback_by_default():
    (published,) = load_compose()["services"]["web"]["ports"]

    assert published == "${WEB_BIND:-127.0.0.1}:${WEB_PORT:-8000}:8000"


def test_the_production_compose_file_has_no_mail_catcher_and_no_mail_default():
    compose = load_compose()
    text = COMPOSE_FILE.read_text()

    assert "mailpit" not in compose["services"]
    assert compose["x-app"]["environment"]["EMAIL_URL"] == "${EMAIL_URL:-}"
    assert "mailpit" not in text.split("services:")[1]


def test_the_development_override_is_valid_compose():
    result = check_jsonschema(DEV_OVERRIDE)

    assert result.returncode == 0, result.stdout + result.stderr


def test_the_development_override_sends_every_apps_mail_to_its_mailpit_on_loopback():
    override = yaml.safe_load(DEV_OVERRIDE.read_text())["services"]
    apps = [name for name, service in load_compose()["services"].items() if "build" in service]

    assert sorted(apps) == ["beat", "migrate", "web", "worker"]
    for name in apps:
        assert override[name]["environment"]["EMAIL_URL"] == "smtp://mailpit:1025", name
    assert override["mailpit"]["ports"] == ["127.0.0.1:8025:8025"]
    assert override["mailpit"]["expose"] == ["1025"]  # SMTP: on the compose network only
