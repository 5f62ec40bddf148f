"""The safe fetcher, against real HTTP servers on loopback: address checks, limits, timeouts."""

import gzip
import ipaddress
import time

import pytest
from werkzeug import Response

from config.http import (
    BlockedURLError,
    ContentEncodingError,
    FetchTimeoutError,
    HTTPStatusError,
    ProtocolError,
    ResponseTooLargeError,
    TooManyRedirectsError,
    address_refusal,
    fetch,
)
from tests.tracker.news_fixtures import LOOPBACK

MiB = 1024 * 1024


# --- Which addresses are refused ------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("100.64.0.1", "shared"),
        ("192.0.0.8", "reserved"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("0.0.0.0", "unspecified"),  # noqa: S104
        ("192.0.2.10", "private"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("64:ff9b::a00:1", "private"),
        ("2002:a00:1::", "private"),
    ],
)
def test_private_and_special_addresses_are_refused(address, reason):
    assert reason in address_refusal(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1::1", "1.1.1.1"])
def test_public_addresses_are_allowed(address):
    assert address_refusal(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/feed.xml", "gopher://example.org/", "/etc/x"]
)
def test_only_http_and_https_are_fetched(url):
    with pytest.raises(BlockedURLError, match="http and https|no host|valid URL"):
        fetch(url)


def test_the_loopback_server_is_refused_without_the_setting(feed_server, settings):
    settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = []
    feed_server.expect_request("/feed.xml").respond_with_data("<rss/>")
    with pytest.raises(BlockedURLError, match="127.0.0.1: a loopback address"):
        fetch(feed_server.url_for("/feed.xml"))
    assert feed_server.log == []  # no connection was made


def test_the_loopback_server_is_fetched_when_the_setting_lists_it(feed_server, allow_loopback):
    feed_server.expect_request("/feed.xml").respond_with_data("<rss/>")
    result = fetch(feed_server.url_for("/feed.xml"))
    assert (result.status_code, result.content) == (200, b"<rss/>")


def test_a_name_resolving_to_a_private_address_is_refused_at_connection(feed_server, settings, dns):
    settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = []
    dns.answers["intranet.example.org"] = [[LOOPBACK]]
    feed_server.expect_request("/feed.xml").respond_with_data("<rss/>")
    url = f"http://intranet.example.org:{feed_server.port}/feed.xml"
    with pytest.raises(BlockedURLError, match="intranet.example.org: it resolves to 127.0.0.1"):
        fetch(url)
    assert feed_server.log == []


def test_a_name_with_a_private_address_among_public_ones_is_refused(settings, dns):
    settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = []
    dns.answers["mixed.example.org"] = [["93.184.216.34", "10.0.0.7"]]
    with pytest.raises(BlockedURLError, match="10.0.0.7, a private address"):
        fetch("http://mixed.example.org/feed.xml")


def test_the_connection_goes_to_the_vetted_address_with_the_host_name_kept(
    feed_server, settings, dns
):
    # The name is resolved once, by us; the socket is opened to that address and the Host
    # header still names the host, as it would for a public server.
    settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = ["feeds.example.org"]
    dns.answers["feeds.example.org"] = [[LOOPBACK]]
    feed_server.expect_request("/feed.xml").respond_with_data("<rss/>")
    result = fetch(f"http://feeds.example.org:{feed_server.port}/feed.xml")
    assert result.content == b"<rss/>"
    request, _ = feed_server.log[0]
    assert request.headers["Host"] == f"feeds.example.org:{feed_server.port}"
    assert dns.calls == ["feeds.example.org"]


def test_a_redirect_to_a_private_address_is_refused(feed_server, allow_loopback):
    feed_server.expect_request("/feed.xml").respond_with_data(
        "", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}
    )
    with pytest.raises(BlockedURLError, match="169.254.169.254: a link-local address"):
        fetch(feed_server.url_for("/feed.xml"))


def test_a_redirect_to_a_loopback_name_not_listed_is_refused(feed_server, allow_loopback):
    # 127.0.0.1 is allowed by name; "localhost" is not, though it is the same machine.
    feed_server.expect_request("/feed.xml").respond_with_data(
        "", status=301, headers={"Location": f"http://localhost:{feed_server.port}/other"}
    )
    with pytest.raises(BlockedURLError, match="localhost"):
        fetch(feed_server.url_for("/feed.xml"))


# --- Redirects ---------------------------------------------------------------------------


def test_up_to_five_redirects_are_followed(feed_server, allow_loopback):
    for hop in range(5):
        feed_server.expect_request(f"/r{hop}").respond_with_data(
            "", status=307, headers={"Location": f"/r{hop + 1}"}
        )
    feed_server.expect_request("/r5").respond_with_data("<rss/>")
    result = fetch(feed_server.url_for("/r0"))
    assert result.content == b"<rss/>"
    assert result.url.endswith("/r5") and len(result.redirects) == 5


def test_a_sixth_redirect_is_refused(feed_server, allow_loopback):
    for hop in range(6):
        feed_server.expect_request(f"/r{hop}").respond_with_data(
            "", status=302, headers={"Location": f"/r{hop + 1}"}
        )
    with pytest.raises(TooManyRedirectsError, match="more than 5 redirects"):
        fetch(feed_server.url_for("/r0"))


def test_a_redirect_loop_is_refused(feed_server, allow_loopback):
    feed_server.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    feed_server.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    with pytest.raises(TooManyRedirectsError, match="redirect loop"):
        fetch(feed_server.url_for("/a"))
    assert len(feed_server.log) == 6


# --- Conditional GET, headers and status codes -------------------------------------------


def test_conditional_get_sends_the_validators_and_a_304_has_no_body(feed_server, allow_loopback):
    feed_server.expect_request(
        "/feed.xml",
        headers={"If-None-Match": '"v1"', "If-Modified-Since": "Wed, 05 Feb 2025 08:00:00 GMT"},
    ).respond_with_data("", status=304)
    result = fetch(
        feed_server.url_for("/feed.xml"),
        etag='"v1"',
        last_modified="Wed, 05 Feb 2025 08:00:00 GMT",
    )
    assert result.not_modified and result.content == b""


def test_the_answer_carries_the_validators_for_next_time(feed_server, allow_loopback):
    feed_server.expect_request("/feed.xml").respond_with_data(
        "<rss/>", headers={"ETag": '"v2"', "Last-Modified": "Thu, 06 Feb 2025 08:00:00 GMT"}
    )
    result = fetch(feed_server.url_for("/feed.xml"))
    assert (result.etag, result.last_modified) == ('"v2"', "Thu, 06 Feb 2025 08:00:00 GMT")


def test_requests_say_who_we_are(feed_server, allow_loopback, settings):
    feed_server.expect_request("/feed.xml").respond_with_data("<rss/>")
    fetch(feed_server.url_for("/feed.xml"), accept="application/rss+xml")
    request, _ = feed_server.log[0]
    assert request.headers["User-Agent"] == settings.FEEDS_USER_AGENT
    assert "Pledgewatch" in request.headers["User-Agent"]
    assert request.headers["Accept"] == "application/rss+xml"


@pytest.mark.parametrize(("status", "transient"), [(404, False), (410, False), (503, True)])
def test_error_statuses_say_whether_to_try_again(feed_server, allow_loopback, status, transient):
    feed_server.expect_request("/feed.xml").respond_with_data("no", status=status)
    with pytest.raises(HTTPStatusError, match=str(status)) as error:
        fetch(feed_server.url_for("/feed.xml"))
    assert error.value.transient is transient


# --- Size limits ---------------------------------------------------------------------------


def test_a_body_announced_larger_than_the_limit_is_not_downloaded(feed_server, allow_loopback):
    feed_server.expect_request("/feed.xml").respond_with_data("x" * (2 * MiB))
    with pytest.raises(ResponseTooLargeError, match="announces 2,097,152 bytes"):
        fetch(feed_server.url_for("/feed.xml"), max_bytes=MiB)


def test_a_streamed_body_is_aborted_at_the_limit(feed_server, allow_loopback):
    sent = []

    def endless(request):
        def body():
            for _ in range(50 * 16):  # 50 MiB in 64 KiB chunks, unless we hang up first
                sent.append(1)
                yield b"x" * 65536

        return Response(body(), mimetype="application/rss+xml")  # chunked: no length

    feed_server.expect_request("/feed.xml").respond_with_handler(endless)
    with pytest.raises(ResponseTooLargeError, match="larger than the 5,242,880 bytes"):
        fetch(feed_server.url_for("/feed.xml"))
    assert len(sent) < 50 * 16  # it stopped well before 50 MiB


def test_a_gzip_bomb_stops_at_the_limit_once_decompressed(feed_server, allow_loopback):
    bomb = gzip.compress(b"\0" * (50 * MiB), compresslevel=9)
    assert len(bomb) < 100_000
    feed_server.expect_request("/feed.xml").respond_with_data(
        bomb, headers={"Content-Encoding": "gzip"}, content_type="application/rss+xml"
    )
    with pytest.raises(ResponseTooLargeError, match="decompresses to more than"):
        fetch(feed_server.url_for("/feed.xml"))


def test_a_gzipped_feed_within_the_limit_is_decompressed(feed_server, allow_loopback):
    feed_server.expect_request("/feed.xml").respond_with_data(
        gzip.compress(b"<rss>ok</rss>"), headers={"Content-Encoding": "gzip"}
    )
    assert fetch(feed_server.url_for("/feed.xml")).content == b"<rss>ok</rss>"


def test_an_unknown_content_encoding_is_refused(feed_server, allow_loopback):
    feed_server.expect_request("/feed.xml").respond_with_data(
        b"\x00\x01", headers={"Content-Encoding": "compress"}
    )
    with pytest.raises(ContentEncodingError, match="compress"):
        fetch(feed_server.url_for("/feed.xml"))


# --- Servers that misbehave below HTTP ----------------------------------------------------


def test_a_server_that_never_answers_times_out(raw_server, allow_loopback):
    server = raw_server(lambda conn: time.sleep(5))
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError, match="stopped answering|did not send") as error:
        fetch(server.url, timeout=3, connect_timeout=1)
    assert error.value.transient
    assert time.monotonic() - started < 2.5


def test_a_server_dripping_its_answer_is_cut_off_at_the_total_timeout(raw_server, allow_loopback):
    # A byte every quarter second, far inside the 1.5 s wait for each read, so that only the
    # total timeout can stop it, however loaded the machine.
    def drip(conn):
        head = b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n"
        conn.sendall(head)
        for _ in range(1000):
            conn.sendall(b"x")
            time.sleep(0.25)

    server = raw_server(drip)
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError, match="within the 2 s allowed"):
        fetch(server.url, timeout=2, connect_timeout=1.5)
    assert time.monotonic() - started < 3


def test_a_content_length_that_lies_is_an_error(raw_server, allow_loopback):
    def liar(conn):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n<rss>short</rss>")

    server = raw_server(liar)
    with pytest.raises(ProtocolError, match="broke the HTTP exchange"):
        fetch(server.url)


def test_a_content_length_shorter_than_the_body_keeps_only_what_it_announced(
    raw_server, allow_loopback
):
    def liar(conn):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n<rss>and much more</rss>")

    server = raw_server(liar)
    assert fetch(server.url).content == b"<rss>"


def test_a_closed_port_is_a_transient_error(allow_loopback):
    import socket

    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        port = probe.getsockname()[1]
    with pytest.raises(ProtocolError, match="cannot reach") as error:
        fetch(f"http://{LOOPBACK}:{port}/feed.xml")
    assert error.value.transient


# --- DNS rebinding -----------------------------------------------------------------------

# A public address, standing for the site a feed's name first resolves to. No test connects
# to it: the `connections` fixture sends a connection for it to a loopback stand-in.
PUBLIC = "93.184.216.34"


def test_the_fetch_connects_to_the_address_it_vetted_when_dns_answers_public_then_private(
    feed_server, raw_server, settings, dns, connections
):
    # The rebinding attack: the name resolves to a public address when checked, then to a
    # private one (here the loopback "internal" server on the URL's port). A fetcher that
    # resolves again to connect reaches the internal server; ours connects to what it vetted.
    settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = []
    internal = raw_server(lambda conn: conn.sendall(b"HTTP/1.1 200 OK\r\n\r\nsecret"))
    feed_server.expect_request("/feed.xml").respond_with_data("<rss>public</rss>")
    connections.stand_ins[PUBLIC] = (LOOPBACK, feed_server.port)  # the public site, simulated
    dns.answers["rebind.example.org"] = [[PUBLIC], [LOOPBACK]]

    result = fetch(f"http://rebind.example.org:{internal.port}/feed.xml")

    assert connections.addresses == [PUBLIC]  # the socket went to the vetted address only
    assert internal.connections == 0
    assert result.content == b"<rss>public</rss>"
    request, _ = feed_server.log[0]
    assert request.headers["Host"] == f"rebind.example.org:{internal.port}"
    assert dns.calls == ["rebind.example.org"]


def test_each_redirect_hop_connects_to_the_address_vetted_for_it(
    feed_server, raw_server, settings, dns, connections
):
    settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = []
    internal = raw_server(lambda conn: conn.sendall(b"HTTP/1.1 200 OK\r\n\r\nsecret"))
    feed_server.expect_request("/start").respond_with_data(
        "", status=302, headers={"Location": f"http://hop.example.org:{internal.port}/feed.xml"}
    )
    feed_server.expect_request("/feed.xml").respond_with_data("<rss>public</rss>")
    connections.stand_ins[PUBLIC] = (LOOPBACK, feed_server.port)
    dns.answers["first.example.org"] = [[PUBLIC]]
    dns.answers["hop.example.org"] = [[PUBLIC], [LOOPBACK]]

    result = fetch(f"http://first.example.org:{internal.port}/start")

    assert result.content == b"<rss>public</rss>"
    assert connections.addresses == [PUBLIC, PUBLIC]
    assert internal.connections == 0
