"""`make run`: the web server, one Celery worker and the one beat process, side by side.

Embedded defaults (SQLite, kombu's filesystem broker under var/) need no server; with
DATABASE_URL / REDIS_URL set the same processes use PostgreSQL and Redis. Ctrl-C stops all.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time


def _catch_up(env: dict[str, str]) -> None:
    """Queue one sweep now, so start-up does not wait an hour for the first scheduled one.

    The worker picks it up, moves statuses and sends the alerts they cause (the demo's missed
    qualification among them) within a minute of start-up.
    """
    os.environ.update({key: env[key] for key in ("DJANGO_SETTINGS_MODULE", "DEBUG")})
    import django

    django.setup()
    from tracker.tasks import sweep_deadlines_task

    sweep_deadlines_task.delay()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", default="8000")
    args = parser.parse_args()

    env = {**os.environ}
    env.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    env.setdefault("DEBUG", "true")  # lets runserver serve the admin's static files
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
        f"Pledgewatch: admin at http://{args.host}:{args.port}/admin/ "
        f"(processes: {', '.join(processes)}; Ctrl-C stops them)",
        flush=True,
    )
    _catch_up(env)

    def stop(*_signal_args) -> None:
        for process in processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
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
