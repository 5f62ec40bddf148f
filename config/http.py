"""Fetch a URL from the open internet without letting it reach inside our network.

Used by everything that reads from outside: the news watch (tracker) and the article
importer (claims). The rules:

- only http and https;
- the host is resolved once per connection, by `resolve`, and every address it gives is vetted:
  private, loopback, link-local, shared (100.64/10), multicast, reserved and unspecified
  addresses are refused, including IPv4 addresses embedded in IPv6 ones (IPv4-mapped, NAT64,
  6to4, Teredo). The connection is then opened to the vetted address itself, while the Host
  header and TLS SNI keep the host name, so a DNS answer that changes between a check and the
  connection (DNS rebinding) cannot slip past: there is no second lookup;
- redirects are followed by hand, at most `MAX_REDIRECTS`, and each hop goes through the same
  checks; a host listed in settings.OUTBOUND_ALLOW_PRIVATE_HOSTS (tests, a local demo; the
  production settings refuse it) is exempt;
- https is verified against the system's trusted authorities (`ssl_context`), for the host
  name in the URL: SNI and the certificate check use the name, never the address;
- connect and read timeouts, and a total deadline enforced on every socket read, so a server
  sending one byte a second is cut off;
- the body is streamed and aborted beyond `max_bytes`, counted both as received and as
  decompressed (a gzip bomb stops at the cap, never inflated in memory).

Errors are `FetchError` subclasses carrying a `reason` for people and a `transient` flag.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin

import httpcore
import httpx
from django.conf import settings

__all__ = [
    "MAX_REDIRECTS",
    "BlockedURLError",
    "FetchError",
    "FetchResult",
    "FetchTimeoutError",
    "HTTPStatusError",
    "ProtocolError",
    "ResponseTooLargeError",
    "TooManyRedirectsError",
    "address_refusal",
    "fetch",
    "resolve",
]

MAX_REDIRECTS = 5
CHUNK_SIZE = 64 * 1024

# Carrier-grade NAT space: not "private" for the ipaddress module, but never a public server.
_SHARED = ipaddress.ip_network("100.64.0.0/10")
_IETF_PROTOCOL_ASSIGNMENTS = ipaddress.ip_network("192.0.0.0/24")
# NAT64 well-known prefix: the last 32 bits are an IPv4 address.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchError(Exception):
    """A fetch failed; `reason` says why in words an editor can act on."""

    transient = False

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class BlockedURLError(FetchError):
    """The URL's scheme or host, or an address it resolves to, is not allowed."""


class ResponseTooLargeError(FetchError):
    """The body (as sent, or once decompressed) is larger than allowed."""


class TooManyRedirectsError(FetchError):
    """More than MAX_REDIRECTS redirects, or a redirect without a usable Location."""


class FetchTimeoutError(FetchError):
    """No connection, no answer, or no complete answer in time."""

    transient = True


class ProtocolError(FetchError):
    """The connection failed or the server broke HTTP (e.g. closed before Content-Length)."""

    transient = True


class ContentEncodingError(FetchError):
    """The body is compressed in a way we do not read, or the compressed data is corrupt."""


class HTTPStatusError(FetchError):
    """An answer other than 200 or 304; 5xx, 408 and 429 are worth trying again later."""

    def __init__(self, reason: str, status_code: int) -> None:
        super().__init__(reason)
        self.status_code = status_code
        self.transient = status_code >= 500 or status_code in (408, 429)


@dataclass
class FetchResult:
    url: str  # the final URL, after redirects
    status_code: int
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status_code == 304

    @property
    def etag(self) -> str:
        return self.headers.get("etag", "")

    @property
    def last_modified(self) -> str:
        return self.headers.get("last-modified", "")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


def resolve(host: str, port: int) -> list[str]:
    """The addresses a host name resolves to (tests replace this to simulate public DNS)."""
    try:
        answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise ProtocolError(f"cannot resolve {host}: {error}") from error
    # A host name resolves to IPv4 and IPv6 addresses, given as text (not AF_UNIX and the like).
    return list(dict.fromkeys(str(answer[4][0]) for answer in answers))


def address_refusal(address: IPAddress) -> str | None:
    """Why an address may not be fetched from, or None when it is a public one."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is None and address.teredo:
            embedded = address.teredo[1]
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            reason = address_refusal(embedded)
            if reason:
                return f"{reason} ({embedded} inside {address})"
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_multicast:
        return "a multicast address"
    if address in _SHARED:
        return "a shared (carrier-grade NAT) address"
    if address in _IETF_PROTOCOL_ASSIGNMENTS:
        # Python before 3.11.10 counts parts of 192.0.0.0/24 as global (CVE-2024-4032).
        return "a reserved address"
    if address.is_unspecified:
        return "an unspecified address"
    if address.is_reserved:
        return "a reserved address"
    if address.is_private:
        return "a private address"
    if not address.is_global:
        return "a reserved address"
    return None


def _host_allowed_private(host: str) -> bool:
    allowed = {name.strip().lower().strip("[]") for name in settings.OUTBOUND_ALLOW_PRIVATE_HOSTS}
    return host.lower().strip("[]") in allowed


def _vetted_address(host: str, port: int) -> str:
    """Resolve `host` once and return the address to connect to, or refuse.

    Every answer is checked, not only the one we would use: a name that resolves to both a
    public and a private address is a rebinding attempt or a misconfiguration either way.
    """
    addresses = resolve(host, port)
    if not addresses:
        raise ProtocolError(f"{host} does not resolve to any address")
    if _host_allowed_private(host):
        return addresses[0]
    for text in addresses:
        address = ipaddress.ip_address(text.split("%", 1)[0])
        reason = address_refusal(address)
        if reason:
            raise BlockedURLError(
                f"refused to connect to {host}: it resolves to {address}, {reason}"
            )
    return addresses[0]


def check_url(url: str) -> httpx.URL:
    """Refuse what can be refused before any connection: the scheme, a missing host, and a
    literal private address. Names are vetted when connecting (see `_VettingBackend`)."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as error:
        raise BlockedURLError(f"not a valid URL: {url!r} ({error})") from error
    if parsed.scheme not in ("http", "https"):
        raise BlockedURLError(f"only http and https URLs are fetched, not {parsed.scheme or '?'}:")
    if not parsed.host:
        raise BlockedURLError(f"the URL {url!r} has no host")
    try:
        literal = ipaddress.ip_address(parsed.host)
    except ValueError:
        return parsed
    reason = address_refusal(literal)
    if reason and not _host_allowed_private(parsed.host):
        raise BlockedURLError(f"refused to connect to {parsed.host}: {reason}")
    return parsed


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write also respects the fetch's total deadline."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    def _timeout(self, timeout: float | None) -> float:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise httpcore.ReadTimeout("total time limit reached")
        return remaining if timeout is None else min(timeout, remaining)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._timeout(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._timeout(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        # server_hostname is the URL's host, so SNI and certificate checks use the name,
        # although the socket was opened to the vetted address.
        stream = self._stream.start_tls(ssl_context, server_hostname, self._timeout(timeout))
        return _DeadlineStream(stream, self._deadline)

    def get_extra_info(self, info: str):
        return self._stream.get_extra_info(info)


class _VettingBackend(httpcore.NetworkBackend):
    """Opens every TCP connection to an address vetted at that moment (no second lookup)."""

    def __init__(self, deadline: float) -> None:
        self._backend = httpcore.SyncBackend()
        self._deadline = deadline
        self.connected_to: list[str] = []

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable | None = None,
    ) -> httpcore.NetworkStream:
        address = _vetted_address(host, port)
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise httpcore.ConnectTimeout("total time limit reached")
        timeout = remaining if timeout is None else min(timeout, remaining)
        stream = self._backend.connect_tcp(
            address, port, timeout, local_address=local_address, socket_options=socket_options
        )
        self.connected_to.append(address)
        return _DeadlineStream(stream, self._deadline)

    def connect_unix_socket(self, *args, **kwargs) -> httpcore.NetworkStream:
        raise BlockedURLError("unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


def ssl_context() -> ssl.SSLContext:
    """Certificate checks for https: the default trust store, host names checked (tests
    replace this to trust a certificate authority of their own)."""
    return httpx.create_ssl_context()


class _VettingTransport(httpx.HTTPTransport):
    def __init__(self, backend: _VettingBackend) -> None:
        super().__init__(retries=0, trust_env=False)
        # httpx builds its pool without a way to pass a network backend; replace it with the
        # same pool on ours (httpx is pinned in pyproject.toml; tests cover this).
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context(),
            max_connections=2,
            retries=0,
            network_backend=backend,
        )


class _Decoder:
    """Counts the body as decompressed, refusing to inflate more than `limit` bytes."""

    def __init__(self, encoding: str, limit: int) -> None:
        encoding = encoding.strip().lower()
        self.limit = limit
        self.size = 0
        if encoding in ("", "identity"):
            self._zlib = None
        elif encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS)
        else:
            raise ContentEncodingError(f"the body is compressed as {encoding!r}, which we refuse")

    def feed(self, data: bytes) -> bytes:
        if self._zlib is None:
            out = data
        else:
            try:
                # max_length bounds the memory one chunk may inflate to.
                out = self._zlib.decompress(data, self.limit - self.size + 1)
            except zlib.error as error:
                raise ContentEncodingError(f"corrupt compressed body: {error}") from error
            if self._zlib.unconsumed_tail:
                self._too_large()
        self.size += len(out)
        if self.size > self.limit:
            self._too_large()
        return out

    def _too_large(self) -> None:
        raise ResponseTooLargeError(
            f"the body decompresses to more than {self.limit:,} bytes; aborted"
        )


def fetch(
    url: str,
    *,
    max_bytes: int | None = None,
    timeout: float | None = None,
    connect_timeout: float | None = None,
    etag: str = "",
    last_modified: str = "",
    accept: str = "*/*",
) -> FetchResult:
    """GET `url` under the rules in this module's docstring.

    `timeout` is the total time for the whole fetch (redirects included); `connect_timeout`
    bounds each connection and each wait for data. A 304 answer to the conditional headers
    comes back as a result with `not_modified` and no body.
    """
    max_bytes = max_bytes or settings.FEEDS_MAX_BYTES
    timeout = timeout or settings.FEEDS_TIMEOUT
    connect_timeout = min(connect_timeout or settings.FEEDS_CONNECT_TIMEOUT, timeout)
    deadline = time.monotonic() + timeout
    headers = {
        "User-Agent": settings.FEEDS_USER_AGENT,
        "Accept": accept,
        "Accept-Encoding": "gzip, deflate",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    backend = _VettingBackend(deadline)
    redirects: list[str] = []
    client = httpx.Client(
        transport=_VettingTransport(backend),
        follow_redirects=False,
        trust_env=False,
        timeout=httpx.Timeout(connect_timeout, connect=connect_timeout),
        headers=headers,
    )
    with client:
        while True:
            target = check_url(url)
            result = _get_once(
                client, target, max_bytes=max_bytes, timeout=timeout, deadline=deadline
            )
            if result.status_code not in (301, 302, 303, 307, 308):
                result.redirects = redirects
                return result
            location = result.headers.get("location", "")
            if not location:
                raise TooManyRedirectsError(f"{url} redirects without a Location header")
            if len(redirects) >= MAX_REDIRECTS:
                raise TooManyRedirectsError(
                    f"more than {MAX_REDIRECTS} redirects (last to {location}); "
                    "a redirect loop or a chain too long"
                )
            url = urljoin(str(target), location)
            redirects.append(url)


def _get_once(
    client: httpx.Client, url: httpx.URL, *, max_bytes: int, timeout: float, deadline: float
):
    try:
        with client.stream("GET", url) as response:
            status = response.status_code
            headers = {key.lower(): value for key, value in response.headers.items()}
            if status in (301, 302, 303, 307, 308, 304):
                return FetchResult(url=str(url), status_code=status, headers=headers)
            if status != 200:
                raise HTTPStatusError(
                    f"{url.host} answered {status} {response.reason_phrase}".strip(), status
                )
            declared = headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise ResponseTooLargeError(
                    f"the body announces {int(declared):,} bytes, more than the "
                    f"{max_bytes:,} allowed; not downloaded"
                )
            decoder = _Decoder(headers.get("content-encoding", ""), max_bytes)
            received = 0
            body = bytearray()
            for chunk in response.iter_raw(CHUNK_SIZE):
                received += len(chunk)
                if received > max_bytes:
                    raise ResponseTooLargeError(
                        f"the body is larger than the {max_bytes:,} bytes allowed; aborted"
                    )
                body += decoder.feed(chunk)
            return FetchResult(
                url=str(url), status_code=status, content=bytes(body), headers=headers
            )
    except httpx.TimeoutException as error:
        raise FetchTimeoutError(_timeout_reason(error, url, timeout, deadline)) from error
    except httpx.RemoteProtocolError as error:
        raise ProtocolError(f"{url.host} broke the HTTP exchange: {error}") from error
    except httpx.TransportError as error:
        cause = error.__context__ or error.__cause__
        if isinstance(cause, FetchError):
            raise cause from None
        raise ProtocolError(f"cannot reach {url.host}: {error or type(error).__name__}") from error


def _timeout_reason(
    error: httpx.TimeoutException, url: httpx.URL, timeout: float, deadline: float
) -> str:
    # Reads wait at most until the deadline, so a timeout at the deadline is the total limit.
    if "total time limit" in str(error) or time.monotonic() >= deadline - 0.05:
        return f"{url.host} did not send its answer within the {timeout:g} s allowed"
    if isinstance(error, httpx.ConnectTimeout):
        return f"no connection to {url.host} in time"
    return f"{url.host} stopped answering (timed out waiting for data)"


# ---------------------------------------------------------------------------------------
# POST, for alert webhooks (tracker.services.channels): the same vetting as `fetch` (every
# connection to an address vetted at connect time, no second lookup), a total deadline, and a
# capped read of the answer. Only 307 and 308 redirects are followed (they keep the method and
# body), each hop vetted again; any other answer is returned for the caller to judge.
# ---------------------------------------------------------------------------------------


_post_tls: ssl.SSLContext | None = None


def _post_tls_context() -> ssl.SSLContext:
    """One TLS context for every POST: loading the CA bundle costs more than a delivery."""
    global _post_tls
    if _post_tls is None:
        _post_tls = httpx.create_ssl_context()
    return _post_tls


class _PostTransport(httpx.HTTPTransport):
    """`_VettingTransport` for POSTs, with the shared TLS context."""

    def __init__(self, backend: _VettingBackend) -> None:
        # HTTPTransport.__init__ is skipped on purpose: it would build a pool, and a TLS
        # context, only to be replaced; handle_request and close use nothing but the pool.
        self._pool = httpcore.ConnectionPool(
            ssl_context=_post_tls_context(), max_connections=2, retries=0, network_backend=backend
        )


@dataclass
class PostResult:
    url: str  # the final URL, after redirects
    status_code: int
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes = b""  # the start of the answer, at most `max_bytes`


def post(
    url: str,
    *,
    body: bytes,
    headers: dict[str, str],
    timeout: float,
    connect_timeout: float,
    max_bytes: int,
) -> PostResult:
    """POST `body` to `url` under the rules of `fetch`; returns whatever status came back.

    Raises a `FetchError` when no answer came: a refused address, a timeout, a broken
    exchange, too many redirects.
    """
    connect_timeout = min(connect_timeout, timeout)
    deadline = time.monotonic() + timeout
    backend = _VettingBackend(deadline)
    client = httpx.Client(
        transport=_PostTransport(backend),
        follow_redirects=False,
        trust_env=False,
        timeout=httpx.Timeout(connect_timeout, connect=connect_timeout),
    )
    redirects = 0
    with client:
        while True:
            target = check_url(url)
            result = _post_once(
                client,
                target,
                body,
                headers,
                max_bytes=max_bytes,
                timeout=timeout,
                deadline=deadline,
            )
            if result.status_code not in (307, 308):
                return result
            location = result.headers.get("location", "")
            if not location or redirects >= MAX_REDIRECTS:
                why = "too often" if location else "without a Location header"
                raise TooManyRedirectsError(f"{target.host} redirects {why}")
            redirects += 1
            url = urljoin(str(target), location)


def _post_once(
    client: httpx.Client,
    url: httpx.URL,
    body: bytes,
    headers: dict[str, str],
    *,
    max_bytes: int,
    timeout: float,
    deadline: float,
) -> PostResult:
    try:
        with client.stream("POST", url, content=body, headers=headers) as response:
            content = bytearray()
            for chunk in response.iter_raw(CHUNK_SIZE):
                content += chunk[: max_bytes - len(content)]
                if len(content) >= max_bytes:
                    break  # enough to report; the rest is not read
            return PostResult(
                url=str(url),
                status_code=response.status_code,
                headers={key.lower(): value for key, value in response.headers.items()},
                content=bytes(content),
            )
    except httpx.TimeoutException as error:
        raise FetchTimeoutError(_timeout_reason(error, url, timeout, deadline)) from error
    except httpx.RemoteProtocolError as error:
        raise ProtocolError(f"{url.host} broke the HTTP exchange: {error}") from error
    except httpx.TransportError as error:
        cause = error.__context__ or error.__cause__
        if isinstance(cause, FetchError):
            raise cause from None
        raise ProtocolError(f"cannot reach {url.host}: {error or type(error).__name__}") from error
