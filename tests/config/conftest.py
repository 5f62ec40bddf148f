"""Fixtures of the fetcher's tests: loopback servers, simulated DNS, and a guard that no test
connects anywhere but loopback."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from config import http as fetch_module

# The loopback HTTP servers the fetcher is tested against (tests/tracker/news_fixtures.py).
from tests.tracker.news_fixtures import (  # noqa: F401
    _module_server,
    allow_loopback,
    feed_server,
    raw_server,
)


@pytest.fixture
def dns(monkeypatch):
    """Simulated DNS (the only thing mocked: public names cannot be resolved here).

    answers[host] is a list of successive answers, each a list of addresses; the last one
    repeats.
    """
    answers: dict[str, list[list[str]]] = {}
    calls: list[str] = []
    real = fetch_module.resolve

    def resolve(host: str, port: int) -> list[str]:
        calls.append(host)
        if host in answers:
            queue = answers[host]
            return queue.pop(0) if len(queue) > 1 else queue[0]
        return real(host, port)

    monkeypatch.setattr(fetch_module, "resolve", resolve)
    resolve.answers, resolve.calls = answers, calls
    return resolve


class Connections:
    """Every TCP connection opened through socket.create_connection (httpcore's way), by the
    address given to it. Loopback goes through; a public address goes to the stand-in server
    a test names for it (`stand_ins`), never out; anything else is refused."""

    def __init__(self, real) -> None:
        self.real = real
        self.addresses: list[str] = []
        self.stand_ins: dict[str, tuple[str, int]] = {}

    def __call__(self, address, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None, **kw):
        host, port = address[0], address[1]
        self.addresses.append(host)
        if host in self.stand_ins:
            return self.real(self.stand_ins[host], timeout, source_address, **kw)
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False  # a name: the fetcher connects to addresses it vetted, never names
        if not loopback:
            raise OSError(f"tests connect to loopback only, not to {host}:{port}")
        return self.real(address, timeout, source_address, **kw)


@pytest.fixture(autouse=True)
def connections(monkeypatch) -> Connections:
    recorder = Connections(socket.create_connection)
    monkeypatch.setattr(socket, "create_connection", recorder)
    return recorder
