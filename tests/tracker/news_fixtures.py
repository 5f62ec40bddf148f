"""Real HTTP servers on loopback for the news watch's tests, and small feed builders.

`feed_server` is pytest-httpserver (a real Werkzeug server on 127.0.0.1); `raw_server`
runs a function on each accepted TCP connection, for servers that misbehave below HTTP
(drip bytes, lie about Content-Length, never answer). Tests import the fixtures they use.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
from collections.abc import Callable, Iterator
from email.utils import format_datetime
from xml.sax.saxutils import escape

import pytest
from pytest_httpserver import HTTPServer

LOOPBACK = "127.0.0.1"


@pytest.fixture
def allow_loopback(settings):
    """The loopback servers below are private addresses: allow them, as the demo does."""
    settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = [LOOPBACK]
    settings.FEEDS_TIMEOUT = 3.0
    settings.FEEDS_CONNECT_TIMEOUT = 1.0
    return settings


@pytest.fixture(scope="module")
def _module_server() -> Iterator[HTTPServer]:
    server = HTTPServer(host=LOOPBACK, port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.fixture
def feed_server(_module_server: HTTPServer) -> Iterator[HTTPServer]:
    _module_server.clear()
    yield _module_server
    _module_server.clear()


class RawServer:
    """A TCP server on loopback that hands each connection to `handle(conn)` in a thread."""

    def __init__(self, handle: Callable[[socket.socket], None]) -> None:
        self.handle = handle
        self.sock = socket.socket()
        self.sock.bind((LOOPBACK, 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}/feed.xml"

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._run, args=(conn,), daemon=True).start()

    def _run(self, conn: socket.socket) -> None:
        try:
            conn.recv(65536)  # the request; its content does not matter here
            self.handle(conn)
        except OSError:
            pass
        finally:
            conn.close()

    def stop(self) -> None:
        self._stop.set()
        self.sock.close()
        self._thread.join(timeout=2)


@pytest.fixture
def raw_server():
    servers: list[RawServer] = []

    def start(handle: Callable[[socket.socket], None]) -> RawServer:
        server = RawServer(handle)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def rss(items: list[dict], *, title: str = "Test feed", language: str = "en") -> bytes:
    """An RSS 2.0 document; each item may give title, link, guid, description, date."""
    parts = []
    for item in items:
        fields = []
        if "title" in item:
            fields.append(f"<title>{escape(item['title'])}</title>")
        if "link" in item:
            fields.append(f"<link>{escape(item['link'])}</link>")
        if "guid" in item:
            fields.append(f'<guid isPermaLink="false">{escape(item["guid"])}</guid>')
        if "description" in item:
            fields.append(f"<description>{escape(item['description'])}</description>")
        if "date" in item:
            fields.append(f"<pubDate>{format_datetime(item['date'])}</pubDate>")
        parts.append(f"<item>{''.join(fields)}</item>")
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>https://news.example.org/</link>"
        f"<description>t</description><language>{language}</language>"
        f"{''.join(parts)}</channel></rss>"
    ).encode()


def day(year: int, month: int, day_: int) -> dt.datetime:
    return dt.datetime(year, month, day_, 9, 0, tzinfo=dt.UTC)
