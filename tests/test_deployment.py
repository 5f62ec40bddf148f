"""The deployment files: docker-compose.yml is valid Compose, and every process it starts works.

Each command the compose file runs is run here too, the same argv (bind address aside), under the
production settings, against throwaway SQLite files and broker folders. A typo in a command, or a
setting only production reads, then fails here rather than on the server.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shlex
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPOSE_FILE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
ENV_EXAMPLE = ROOT / ".env.example"
BIN = Path(sys.executable).parent

# The commands this module runs. Every `command` in docker-compose.yml (and the Dockerfile's CMD)
# must be one of them, once the bind address is normalised.
MIGRATE_COMMAND = ["python", "manage.py", "migrate", "--no-input"]
WEB_COMMAND = [
    "gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000",
    "--workers", "3", "--access-logfile", "-",
]  # fmt: skip
WORKER_COMMAND = ["celery", "-A", "config", "worker", "--loglevel", "INFO"]
BEAT_COMMAND = ["celery", "-A", "config", "beat", "--loglevel", "INFO"]
EXERCISED_COMMANDS = [MIGRATE_COMMAND, WEB_COMMAND, WORKER_COMMAND, BEAT_COMMAND]

# Variables a test sets itself; inherited values (pytest-django's DJANGO_SETTINGS_MODULE, CI's
# DATABASE_URL) must not leak into the processes under test.
CONTROLLED_VARIABLES = {
    "DJANGO_SETTINGS_MODULE", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL",
    "EMAIL_URL", "SECURE_SSL_REDIRECT", "DEBUG", "PYTHONPATH", "CELERY_BROKER_URL",
}  # fmt: skip
STARTUP_TIMEOUT = 20.0


def normalise(command: str | list[str]) -> list[str]:
    """The argv with the value of gunicorn's --bind/-b replaced by a placeholder."""
    argv = shlex.split(command) if isinstance(command, str) else list(command)
    normalised: list[str] = []
    skip_next = False
    for arg in argv:
        if skip_next:
            normalised.append("<bind>")
            skip_next = False
        elif arg in ("--bind", "-b"):
            normalised.append("--bind")
            skip_next = True
        elif arg.startswith("--bind="):
            normalised.extend(["--bind", "<bind>"])
        else:
            normalised.append(arg)
    return normalised


def with_bind(command: list[str], address: str) -> list[str]:
    previous = ["", *command[:-1]]
    return [
        address if before == "--bind" else arg
        for before, arg in zip(previous, command, strict=True)
    ]


def load_compose() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text())


def check_jsonschema(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.compose-spec", str(path)],
        capture_output=True,
        text=True,
        timeout=30,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_env(database: Path, settings_module: str = "config.settings.production",
                   pythonpath: Path | None = None, **extra: str) -> dict[str, str]:  # fmt: skip
    """A production environment: strong random key, one allowed host, the given SQLite file."""
    env = {key: value for key, value in os.environ.items() if key not in CONTROLLED_VARIABLES}
    env.update(
        PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        DJANGO_SETTINGS_MODULE=settings_module,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"sqlite:///{database}",
        PYTHONUNBUFFERED="1",
        PYTHONPATH=os.pathsep.join(str(p) for p in (pythonpath, ROOT) if p),
        # Set, even empty, so a developer's .env (read by base.py for unset names only) cannot
        # point these processes at a real broker.
        REDIS_URL="",
        CELERY_BROKER_URL="filesystem://",
        # Production refuses to start without a mail server; nothing here sends mail.
        EMAIL_URL="smtp://127.0.0.1:25",
    )
    env.update(extra)
    return env


def run(
    command: list[str], env: dict[str, str], timeout: float = 60
) -> subprocess.CompletedProcess:
    argv = [shutil.which(command[0], path=env["PATH"]) or command[0], *command[1:]]
    return subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


@contextlib.contextmanager
def started(command: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen]:
    """Run a long-lived command in its own process group; always stopped on the way out."""
    argv = [shutil.which(command[0], path=env["PATH"]) or command[0], *command[1:]]
    with log.open("wb") as output:
        process = subprocess.Popen(
            argv, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)  # warm shutdown: the parent stops its children
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)


def wait_for_log(process: subprocess.Popen, log: Path, pattern: str) -> str:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace")
        if re.search(pattern, text):
            return text
        if process.poll() is not None:
            pytest.fail(f"exited with {process.returncode} before logging {pattern!r}:\n{text}")
        time.sleep(0.1)
    pytest.fail(f"no {pattern!r} within {STARTUP_TIMEOUT}s:\n{log.read_text(errors='replace')}")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("deployment")


@pytest.fixture(scope="module")
def migration(workdir: Path) -> tuple[Path, subprocess.CompletedProcess]:
    """The compose `migrate` command, run once on a fresh SQLite file that later tests reuse."""
    database = workdir / "db.sqlite3"
    result = run(MIGRATE_COMMAND, production_env(database))
    return database, result


@pytest.fixture
def database(migration: tuple[Path, subprocess.CompletedProcess]) -> Path:
    database, result = migration
    assert result.returncode == 0, result.stderr
    return database


@pytest.fixture(scope="module")
def isolated_settings(workdir: Path) -> tuple[Path, str]:
    """Production settings with every path under var/ moved into the temporary folder.

    Static files, the file cache and the filesystem broker's folders live under the repository's
    var/, which no environment variable moves; a worker started there could take tasks another
    developer's `make run` queued. This module changes only those paths and the default queue
    (unique per run, so even on a shared Redis nothing else's tasks are consumed).
    """
    folder = workdir / "settings"
    folder.mkdir()
    queue = f"deployment-test-{uuid.uuid4().hex[:12]}"
    (folder / "deployment_test_settings.py").write_text(
        "from config.settings.production import *  # noqa: F403\n"
        "from config.settings.production import CACHES, CELERY_BROKER_TRANSPORT_OPTIONS, VAR_DIR\n"
        "\n"
        "def _moved(value):\n"
        f"    moved = str(VAR_DIR), {str(workdir / 'var')!r}\n"
        "    return value.replace(*moved) if isinstance(value, str) else value\n"
        "\n"
        f"STATIC_ROOT = {str(workdir / 'var' / 'static')!r}\n"
        "CACHES = {name: {k: _moved(v) for k, v in c.items()} for name, c in CACHES.items()}\n"
        "CELERY_BROKER_TRANSPORT_OPTIONS = {\n"
        "    key: _moved(value) for key, value in CELERY_BROKER_TRANSPORT_OPTIONS.items()\n"
        "}\n"
        f"CELERY_TASK_DEFAULT_QUEUE = {queue!r}\n"
    )
    return folder, queue


def isolated_env(database: Path, isolated_settings: tuple[Path, str], **extra: str) -> dict:
    folder, _queue = isolated_settings
    return production_env(database, "deployment_test_settings", folder, **extra)


# --- The compose file itself -------------------------------------------------------------------


def test_compose_file_is_valid_against_the_compose_specification():
    result = check_jsonschema(COMPOSE_FILE)

    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("service", "key", "value", "reported"),
    [
        ("web", "restart_policy", "always", "restart_policy"),  # no such service key
        ("worker", "depends_on", {"migrate": {"condition": "service_done"}}, "service_done"),
    ],
)
def test_compose_validation_rejects_a_broken_file(tmp_path, service, key, value, reported):
    compose = load_compose()
    compose["services"][service][key] = value
    broken = tmp_path / "docker-compose.yml"
    broken.write_text(yaml.safe_dump(compose))

    result = check_jsonschema(broken)

    assert result.returncode != 0
    assert reported in result.stdout + result.stderr


def test_every_compose_command_is_one_this_module_runs():
    exercised = [normalise(command) for command in EXERCISED_COMMANDS]
    services = load_compose()["services"]

    for name, service in services.items():
        if "build" in service:
            # Built from our image: an unset command would run the Dockerfile's CMD untested here.
            assert "command" in service, f"{name} has no command"
        if "command" in service:
            assert normalise(service["command"]) in exercised, f"{name}: {service['command']}"
    dockerfile_cmd = re.search(r"^CMD (.+)$", DOCKERFILE.read_text(), re.MULTILINE)
    assert dockerfile_cmd and normalise(yaml.safe_load(dockerfile_cmd[1])) in exercised


def test_app_services_share_one_definition_and_wait_for_migrations():
    services = load_compose()["services"]
    app = [services[name] for name in ("migrate", "web", "worker", "beat")]

    assert all(
        s["build"] == app[0]["build"] and s["environment"] == app[0]["environment"] for s in app
    )
    assert app[0]["environment"]["DJANGO_SETTINGS_MODULE"] == "config.settings.production"
    for name in ("web", "worker", "beat"):
        depends_on = services[name]["depends_on"]
        assert depends_on["migrate"] == {"condition": "service_completed_successfully"}
        assert depends_on["postgres"] == depends_on["redis"] == {"condition": "service_healthy"}
    assert services["migrate"]["restart"] == "no"  # one-shot, or it would re-run forever
    assert services["beat"]["deploy"]["replicas"] == 1  # two would enqueue every job twice


def test_compose_holds_no_secret_and_env_example_documents_every_variable():
    compose_text = COMPOSE_FILE.read_text()
    settings_text = "".join(p.read_text() for p in (ROOT / "config" / "settings").glob("*.py"))
    example = ENV_EXAMPLE.read_text()
    documented = set(re.findall(r"^#? ?([A-Z][A-Z0-9_]*)=", example, re.MULTILINE))

    assert re.search(r"SECRET_KEY: \$\{SECRET_KEY:\?", compose_text)
    interpolated = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", compose_text))
    read_by_settings = set(re.findall(r"env(?:\.\w+)?\(\s*\"([A-Z][A-Z0-9_]*)\"", settings_text))
    assert interpolated | read_by_settings <= documented
    for secret in ("SECRET_KEY", "POSTGRES_PASSWORD"):
        assert re.search(rf"^{secret}=$", example, re.MULTILINE), f"{secret} must ship empty"


# --- The commands, run -------------------------------------------------------------------------


def test_migrate_command_builds_a_fresh_database(migration):
    database, result = migration

    assert result.returncode == 0, result.stderr
    with contextlib.closing(sqlite3.connect(database)) as connection:
        tables = {row[0] for row in connection.execute("select name from sqlite_master")}
    assert {"django_migrations", "django_celery_beat_periodictask", "auth_user"} <= tables


def test_web_command_serves_the_admin_login_and_passes_its_healthcheck(
    database, isolated_settings, workdir
):
    env = isolated_env(database, isolated_settings)
    collected = run(["python", "manage.py", "collectstatic", "--no-input"], env)
    assert collected.returncode == 0, collected.stderr
    port = free_port()
    log = workdir / "gunicorn.log"

    with started(with_bind(WEB_COMMAND, f"127.0.0.1:{port}"), env, log) as server:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        status = None
        while status is None:
            assert server.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            with contextlib.suppress(OSError):
                url = f"http://127.0.0.1:{port}/admin/login/"
                with urllib.request.urlopen(url, timeout=5) as response:
                    status = response.status
            time.sleep(0.1)
        healthcheck = load_compose()["services"]["web"]["healthcheck"]["test"]
        assert healthcheck[0] == "CMD"
        probe = [arg.replace("127.0.0.1:8000", f"127.0.0.1:{port}") for arg in healthcheck[1:]]
        probed = run(probe, env, timeout=15)

    assert status == 200
    assert probed.returncode == 0, probed.stderr
    assert re.search(r'"GET /admin/login/ HTTP/1.1" 200', log.read_text())  # access log on stdout


def test_worker_command_starts_and_runs_a_task(database, isolated_settings, workdir):
    _folder, queue = isolated_settings
    # Redis when the environment names one (CI), else the filesystem broker in a temp folder.
    redis_url = os.environ.get("REDIS_URL", "")
    broker_url = redis_url or "filesystem://"
    env = isolated_env(
        database, isolated_settings, REDIS_URL=redis_url, CELERY_BROKER_URL=broker_url
    )
    log = workdir / "worker.log"

    try:
        with started(WORKER_COMMAND, env, log) as worker:
            wait_for_log(worker, log, r"celery@\S+ ready")
            call = ["celery", "-A", "config", "call", "celery.accumulate", "--args", "[42]"]
            sent = run(call, env)
            assert sent.returncode == 0, sent.stderr
            wait_for_log(worker, log, r"Task celery\.accumulate\[.+\] succeeded in .*: \(42,\)")
    finally:
        if redis_url:
            import redis

            with contextlib.closing(redis.Redis.from_url(redis_url)) as client:
                # The queue and kombu's binding keys, all named after the queue.
                client.delete(queue, *client.scan_iter(match=f"*{queue}*"))


def test_beat_command_reads_its_schedule_from_the_database(database, isolated_settings, workdir):
    env = isolated_env(database, isolated_settings)
    # A one-second job, so the DatabaseScheduler has something due within the test.
    created = run(["python", "manage.py", "shell", "-c", (
        "from django_celery_beat.models import IntervalSchedule, PeriodicTask\n"
        "every, _ = IntervalSchedule.objects.get_or_create(every=1, period='seconds')\n"
        "PeriodicTask.objects.create(name='deployment-probe', task='celery.accumulate',"
        " args='[1]', interval=every)\n"
    )], env)  # fmt: skip
    assert created.returncode == 0, created.stderr
    log = workdir / "beat.log"
    broker = workdir / "var" / "broker"  # the isolated settings' filesystem broker
    before = set(broker.glob("*.msg"))

    with started(BEAT_COMMAND, env, log) as beat:
        text = wait_for_log(beat, log, r"Sending due task deployment-probe \(celery\.accumulate\)")
        # The log line comes just before the publish; give the message a moment to land.
        deadline = time.monotonic() + 5
        while not set(broker.glob("*.msg")) - before and time.monotonic() < deadline:
            time.sleep(0.1)

    assert "scheduler -> django_celery_beat.schedulers.DatabaseScheduler" in text
    assert "Traceback" not in text
    assert set(broker.glob("*.msg")) - before, "the due task did not reach the test's broker"


# --- Production settings -----------------------------------------------------------------------


def test_check_deploy_passes_with_production_settings(workdir):
    env = production_env(workdir / "check.sqlite3", ALLOWED_HOSTS="pledgewatch.example.org")
    env.pop("SECURE_SSL_REDIRECT")  # the production default, on

    result = run(["python", "manage.py", "check", "--deploy", "--fail-level", "WARNING"], env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["python", "manage.py", "check"],
        # What gunicorn loads: config/wsgi.py defaults to the production settings.
        ["python", "-c", "import config.wsgi"],
    ],
)
def test_production_settings_refuse_to_start_without_a_secret_key(workdir, command):
    dotenv = ROOT / ".env"
    if dotenv.exists() and re.search(r"^\s*SECRET_KEY=\S", dotenv.read_text(), re.MULTILINE):
        pytest.skip(".env supplies SECRET_KEY, which base.py reads as a default")
    env = production_env(workdir / "nokey.sqlite3")
    del env["SECRET_KEY"]
    if command[1] == "-c":
        del env["DJANGO_SETTINGS_MODULE"]

    result = run(command, env)

    assert result.returncode != 0
    assert "ImproperlyConfigured: Set the SECRET_KEY environment variable" in result.stderr
