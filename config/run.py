"""`make run`: the web server, one Celery worker and the one beat process, side by side.

Embedded defaults (SQLite, kombu's filesystem broker under var/) need no server; with
DATABASE_URL / REDIS_URL set the same processes use PostgreSQL and Redis. Ctrl-C stops all.

SITE_URL (the base of every link in e-mails, feeds and pages) defaults to the address served,
so links work on whatever HOST and PORT `make run` was given. Once the start-up sweep's alerts
have gone out (they fill the terminal), the admin URL and login are printed; the login is also
in var/admin-login.txt, readable by its owner only.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

LOGIN_FILE = Path("var") / "admin-login.txt"
SETTLE_TIMEOUT = 120  # seconds to wait for the start-up alerts before printing the login


def site_url_for(host: str, port: str) -> str:
    """The URL a browser on this machine reaches the server at."""
    if host in ("0.0.0.0", "", "::"):  # noqa: S104 - served on every address: name loopback
        host = "127.0.0.1"
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}"


def _setup_django(env: dict[str, str]) -> None:
    os.environ.update(
        {key: env[key] for key in ("DJANGO_SETTINGS_MODULE", "DEBUG", "SITE_URL") if key in env}
    )
    import django

    django.setup()


def _catch_up() -> None:
    """Queue one sweep now, so start-up does not wait an hour for the first scheduled one.

    The worker picks it up, moves statuses and sends the alerts they cause (the demo's missed
    qualification among them) within a minute of start-up.
    """
    from tracker.tasks import sweep_deadlines_task

    sweep_deadlines_task.delay()


def _settled() -> bool:
    """Nothing left to send now: every event turned into alerts, no immediate alert pending."""
    from tracker.models import Alert, Subscription
    from tracker.selectors import events_awaiting_fan_out

    return not (
        events_awaiting_fan_out()
        or Alert.objects.filter(
            state=Alert.State.PENDING,
            subscription__delivery=Subscription.Delivery.IMMEDIATE,
            subscription__active=True,
        ).exists()
    )


def wait_until_settled(
    *, alive: Callable[[], bool], timeout: float = SETTLE_TIMEOUT, first: float = 5.0
) -> bool:
    """Give the worker time to pick the sweep up, then wait for its alerts to go out (or for
    the processes to stop, on Ctrl-C)."""
    time.sleep(first)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and alive():
        if _settled():
            time.sleep(1.0)  # the last message's lines reach the terminal
            return True
        time.sleep(1.0)
    return False


def login_message(site_url: str, login_file: Path = LOGIN_FILE) -> str:
    lines = [f"Pledgewatch is ready: {site_url}/  admin: {site_url}/admin/"]
    if login_file.exists():
        login = " ".join(login_file.read_text().split())
        lines.append(f"Admin login ({login_file}): {login}")
    else:
        lines.append(
            "Admin login: the one created earlier (reset it with "
            ".venv/bin/python manage.py changepassword admin)."
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", default="8000")
    args = parser.parse_args()

    env = {**os.environ}
    env.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    env.setdefault("DEBUG", "true")  # lets runserver serve the admin's static files
    # Links in e-mails, feeds and pages point where this server actually answers.
    env["SITE_URL"] = env.get("SITE_URL") or site_url_for(args.host, args.port)
    python = sys.executable
    commands = {
        "web": [python, "manage.py", "runserver", f"{args.host}:{args.port}", "--noreload"],
        "worker": [
            python,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--loglevel",
            "INFO",
            "--concurrency",
            "2",
            "--hostname",
            "worker@%h",
        ],
        # Exactly one beat process: it is the only one that enqueues periodic tasks.
        "beat": [
            python,
            "-m",
            "celery",
            "-A",
            "config",
            "beat",
            "--loglevel",
            "INFO",
            "--schedule",
            os.path.join("var", "celerybeat-schedule"),
        ],
    }
    os.makedirs("var", exist_ok=True)
    processes = {
        name: subprocess.Popen(command, env=env)  # noqa: S603 - our own fixed commands
        for name, command in commands.items()
    }
    print(
        f"Pledgewatch: starting on {env['SITE_URL']}/ (processes: {', '.join(processes)}; "
        "Ctrl-C stops them). The admin login follows once the start-up alerts are sent.",
        flush=True,
    )
    _setup_django(env)
    _catch_up()

    def stop(*_signal_args) -> None:
        for process in processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        wait_until_settled(
            alive=lambda: all(process.poll() is None for process in processes.values())
        )
        print("\n" + login_message(env["SITE_URL"]) + "\n", flush=True)
        while all(process.poll() is None for process in processes.values()):
            time.sleep(0.5)
    finally:
        stop()
        for process in processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
    failed = [name for name, process in processes.items() if process.returncode not in (0, -15)]
    if failed:
        print(f"Pledgewatch stopped: {', '.join(failed)} exited with an error.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
