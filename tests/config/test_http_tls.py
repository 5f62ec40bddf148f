"""The fetcher over https, against a real TLS server on loopback with a certificate made for
the test (trustme): the TLS handshake names the host (SNI) although the socket is opened to
the vetted address, and a certificate for another name, or from an authority we do not
trust, is refused."""

from __future__ import annotations

import ssl

import httpx
import pytest
import trustme
from pytest_httpserver import HTTPServer

from config import http as fetch_module
from config.http import ProtocolError, fetch
from tests.tracker.news_fixtures import LOOPBACK

HOST = "feeds.example.org"


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def tls_server(authority):
    """An https server on loopback whose certificate names HOST only; it records the server
    name each client asked for in its TLS handshake."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert(HOST).configure_cert(context)
    server_names: list[str | None] = []
    context.sni_callback = lambda connection, name, context_: server_names.append(name)
    server = HTTPServer(host=LOOPBACK, port=0, ssl_context=context)
    server.server_names = server_names
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.fixture
def https_server(tls_server):
    tls_server.clear()
    tls_server.server_names.clear()
    yield tls_server
    tls_server.clear()


@pytest.fixture
def trust_test_authority(authority, monkeypatch):
    """The fetcher's usual checks (httpx's default context), trusting the test's authority."""

    def ssl_context() -> ssl.SSLContext:
        context = httpx.create_ssl_context()
        authority.configure_trust(context)
        return context

    monkeypatch.setattr(fetch_module, "ssl_context", ssl_context)


@pytest.fixture
def names(dns, settings):
    """HOST and a second name both resolve to the loopback server, both allowed to."""
    dns.answers[HOST] = [[LOOPBACK]]
    dns.answers["other.example.org"] = [[LOOPBACK]]
    settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = [HOST, "other.example.org", LOOPBACK]
    return dns


def test_https_sends_the_host_name_in_the_handshake_and_checks_the_certificate_against_it(
    https_server, trust_test_authority, names, connections
):
    https_server.expect_request("/feed.xml").respond_with_data("<rss>over tls</rss>")

    result = fetch(f"https://{HOST}:{https_server.port}/feed.xml")

    assert result.content == b"<rss>over tls</rss>"
    assert https_server.server_names == [HOST]  # SNI names the host, not the address
    assert connections.addresses == [LOOPBACK]  # while the socket went to the vetted address
    request, _ = https_server.log[0]
    assert request.headers["Host"] == f"{HOST}:{https_server.port}"


def test_a_certificate_for_another_name_is_refused(
    https_server, trust_test_authority, names, connections
):
    https_server.expect_request("/feed.xml").respond_with_data("<rss>impostor</rss>")

    with pytest.raises(ProtocolError, match="certificate verify failed") as error:
        fetch(f"https://other.example.org:{https_server.port}/feed.xml")

    assert "other.example.org" in error.value.reason
    assert https_server.server_names == ["other.example.org"]
    assert https_server.log == []  # no request was sent over the refused connection


def test_an_address_in_the_url_does_not_match_a_certificate_for_a_name(
    https_server, trust_test_authority, names
):
    https_server.expect_request("/feed.xml").respond_with_data("<rss/>")

    with pytest.raises(ProtocolError, match="certificate verify failed"):
        fetch(f"https://{LOOPBACK}:{https_server.port}/feed.xml")

    assert https_server.log == []


def test_a_certificate_from_an_authority_we_do_not_trust_is_refused(https_server, names):
    https_server.expect_request("/feed.xml").respond_with_data("<rss/>")

    with pytest.raises(ProtocolError, match="certificate verify failed"):
        fetch(f"https://{HOST}:{https_server.port}/feed.xml")

    assert https_server.log == []
