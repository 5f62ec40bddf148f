"""Real receivers on loopback for the alert channels' tests.

`Receiver` is a threaded Werkzeug server (pytest-httpserver) that verifies every webhook
delivery with the standardwebhooks reference library, records what arrived (Apprise's json://
messages too), and answers as a test scripts it: a status per request, a Retry-After, a hang.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from standardwebhooks import Webhook, WebhookVerificationError
from werkzeug import Request, Response

LOOPBACK = "127.0.0.1"


@dataclass
class Delivery:
    path: str
    headers: dict[str, str]
    body: bytes
    verified_with: list[str]  # the secrets whose signature matched
    answered: int = 0

    @property
    def webhook_id(self) -> str:
        return self.headers.get("webhook-id", "")

    @property
    def payload(self) -> Any:
        return json.loads(self.body)


@dataclass
class Receiver:
    server: HTTPServer
    secrets: list[str] = field(default_factory=list)
    # Answers to give in turn, then 200: a status, "hang" (answer 200 after hang_seconds) or
    # "stall" (never answer; the sender gives up or dies: recorded as answered 0).
    answers: list[int | str] = field(default_factory=list)
    retry_after: str = ""
    hang_seconds: float = 5.0
    deliveries: list[Delivery] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stalled: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str = "/hook") -> str:
        return f"http://{LOOPBACK}:{self.server.port}{path}"

    @property
    def port(self) -> int:
        return self.server.port

    def handle(self, request: Request) -> Response:
        body = request.get_data()
        headers = {key.lower(): value for key, value in request.headers.items()}
        verified = []
        for secret in self.secrets:
            try:
                Webhook(secret).verify(body, headers)
            except (WebhookVerificationError, ValueError):
                continue
            verified.append(secret)
        delivery = Delivery(request.path, headers, body, verified)
        with self.lock:
            self.deliveries.append(delivery)
            answer = self.answers.pop(0) if self.answers else 200
        if answer == "stall":
            self.stalled.set()
            self.release.wait(timeout=120)
            return Response("too late", status=503)
        if answer == "hang":
            time.sleep(self.hang_seconds)
            answer = 200
        assert isinstance(answer, int)
        delivery.answered = answer
        response_headers = {"Retry-After": self.retry_after} if self.retry_after else {}
        return Response("ok" if answer < 300 else "no", status=answer, headers=response_headers)

    def hooks(self) -> list[Delivery]:
        with self.lock:
            return [d for d in self.deliveries if d.path == "/hook"]

    def delivered(self) -> list[Delivery]:
        """Webhook deliveries answered 2xx."""
        return [d for d in self.hooks() if 200 <= d.answered < 300]

    def apprise_messages(self) -> list[dict[str, Any]]:
        with self.lock:
            return [d.payload for d in self.deliveries if d.path == "/apprise"]


@pytest.fixture
def allow_outbound(settings):
    """Loopback receivers are private addresses: allow them (development and tests only).
    config.http still reads FEEDS_ALLOW_PRIVATE_HOSTS until it is renamed OUTBOUND_..."""
    settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = [LOOPBACK]
    settings.FEEDS_ALLOW_PRIVATE_HOSTS = [LOOPBACK]
    settings.ALERT_WEBHOOK_TIMEOUT = 2.0
    settings.ALERT_WEBHOOK_CONNECT_TIMEOUT = 1.0
    settings.ALERT_APPRISE_TIMEOUT = 3.0
    return settings


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = HTTPServer(host=LOOPBACK, port=0, threaded=True)
    server.start()
    state = Receiver(server)
    server.expect_request(r"/hook").respond_with_handler(state.handle)
    server.expect_request(r"/apprise").respond_with_handler(state.handle)
    yield state
    state.release.set()
    server.clear()
    if server.is_running():
        server.stop()
