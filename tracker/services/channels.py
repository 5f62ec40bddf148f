"""Delivering alerts beyond e-mail: signed webhooks (Standard Webhooks) and Apprise URLs.

Both go through the outbound guard: webhooks through config.http.post (addresses vetted at
connect time, redirects re-vetted, time and size limits); Apprise through a guard on urllib3's
connections while a notification runs (the library's HTTP plugins call requests, which has no
session to inject), plus an allow-list of URL schemes whose plugins make HTTP requests. Hosts in
settings.OUTBOUND_ALLOW_PRIVATE_HOSTS (development and tests only) skip the address check.

A delivery returns a `Delivery`: sent, or failed with a reason, whether trying again may help,
and how long the receiver asked us to wait. An Apprise URL is never logged or returned.
"""

from __future__ import annotations

import base64
import contextlib
import contextvars
import datetime as dt
import email.utils
import ipaddress
import json
import logging
import os
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import apprise
import urllib3.util.connection
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext
from standardwebhooks import Webhook

from config import http

from ..models import AppriseTarget, WebhookEndpoint
from .alert_content import AlertContent, EventFacts, single_line
from .secrets import unseal

logger = logging.getLogger(__name__)
# Apprise logs URLs (with their tokens) and payloads at DEBUG, and urllib3 logs each request's
# path and query at DEBUG: never let those through, whatever LOG_LEVEL says.
for _name in ("apprise", "urllib3"):
    logging.getLogger(_name).setLevel(logging.WARNING)

# A receiver's Retry-After is honoured up to this long; longer asks are capped.
RETRY_AFTER_MAX = 24 * 60 * 60
TRANSIENT_STATUSES = frozenset({408, 429})


@dataclass(frozen=True)
class Delivery:
    """What became of one delivery attempt."""

    sent: bool
    reason: str = ""
    transient: bool = False  # worth trying again later
    retry_after: float | None = None  # seconds the receiver asked us to wait

    @classmethod
    def ok(cls) -> Delivery:
        return cls(sent=True)


def allowed_private_hosts() -> set[str]:
    """Hosts reached even though they resolve to private or loopback addresses."""
    names = getattr(settings, "OUTBOUND_ALLOW_PRIVATE_HOSTS", []) or []
    return {name.strip().lower().strip("[]") for name in names if name.strip()}


# ---------------------------------------------------------------------------------------
# Webhooks
# ---------------------------------------------------------------------------------------


def webhook_secret_new() -> str:
    """A new signing secret in the Standard Webhooks form: whsec_ + base64 of 32 random bytes."""
    return "whsec_" + base64.b64encode(os.urandom(32)).decode()


def webhook_secret_check(secret: str) -> str:
    """The secret if the standardwebhooks library can sign with it; a ValidationError if not."""
    secret = secret.strip()
    if not secret.startswith("whsec_"):
        raise ValidationError({"secret": "A webhook secret starts with whsec_ (or leave it out)."})
    try:
        raw = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
    except ValueError as error:
        raise ValidationError(
            {"secret": "After whsec_, a webhook secret is base64, e.g. 32 random bytes."}
        ) from error
    if not 24 <= len(raw) <= 64:
        raise ValidationError(
            {"secret": f"A webhook secret holds 24 to 64 random bytes, not {len(raw)}."}
        )
    return secret


def webhook_url_check(url: str) -> str:
    """An http(s) URL with a host; private addresses are refused at delivery time."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError({"webhook_url": "A webhook URL is http:// or https:// with a host."})
    return url.strip()


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _event_data(event: EventFacts) -> dict[str, Any]:
    source = event.source
    evidence = event.evidence
    return {
        "event": event.event,
        "happened_at": _iso(event.happened_at),
        "happened_on": _iso(event.happened_on),
        "old_status": event.old_status or None,
        "new_status": event.new_status,
        "days_late": event.days_late,
        "days_past_deadline_in_force": event.days_past_deadline,
        "deadline_in_force": {
            "window": event.deadline,
            "end": _iso(event.deadline_end),
            "text": event.deadline_text or None,
            "stated_on": _iso(event.deadline_stated_on),
        },
        "first_deadline": event.first_deadline,
        "source": None
        if source is None
        else {
            "title": source.title,
            "url": source.url or None,
            "publisher": source.publisher or None,
            "published_on": _iso(source.published_on),
        },
        "evidence": None
        if evidence is None
        else {
            "kind": evidence.kind,
            "title": evidence.title,
            "url": evidence.url or None,
            "observed_on": _iso(evidence.observed_on),
            "summary": evidence.summary or None,
            "new_deadline": evidence.new_deadline or None,
        },
    }


def webhook_payload(content: AlertContent) -> dict[str, Any]:
    """The JSON body: Standard Webhooks' {type, timestamp, data} with the event as it was."""
    event = content.first
    claim = content.claim
    return {
        "type": f"claim.{event.event}",
        "timestamp": _iso(event.happened_at),
        "data": {
            "alert_id": event.alert_id,
            **_event_data(event),
            "claim": {
                "id": claim.pk,
                # The API resource, as before; the public page beside it.
                "url": content.api_url,
                "page_url": content.claim_url,
                "statement": single_line(claim.statement),
                "subject": single_line(claim.subject),
                "promiser": single_line(claim.promiser.name),
                "category": claim.category,
                "status_now": content.status_now or None,
            },
        },
    }


def webhook_message_id(alert_id: int) -> str:
    """The alert's stable id, sent as webhook-id: the same on every attempt, so a receiver can
    drop a delivery it has already seen."""
    return f"msg_pledgewatch_alert_{alert_id}"


def webhook_signing_secrets(endpoint: WebhookEndpoint, now: dt.datetime) -> list[str]:
    """The current secret, and the previous one while its grace period lasts."""
    secrets = [unseal(endpoint.secret_sealed)]
    if (
        endpoint.previous_secret_sealed
        and endpoint.previous_secret_until
        and endpoint.previous_secret_until > now
    ):
        secrets.append(unseal(endpoint.previous_secret_sealed))
    return secrets


def webhook_deliver(
    endpoint: WebhookEndpoint, *, message_id: str, payload: dict[str, Any]
) -> Delivery:
    """POST one signed payload; 2xx is sent, 408/429/5xx and no answer are worth retrying,
    any other answer fails for good."""
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
    # standardwebhooks signs the instant as UTC: a local time would sign the wrong instant.
    now = dt.datetime.now(dt.UTC)
    signatures = [
        Webhook(secret).sign(message_id, now, body)
        for secret in webhook_signing_secrets(endpoint, timezone.now())
    ]
    headers = {
        "content-type": "application/json",
        "user-agent": settings.ALERT_USER_AGENT,
        "webhook-id": message_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": " ".join(signatures),
    }
    try:
        answer = http.post(
            endpoint.url,
            body=body.encode(),
            headers=headers,
            timeout=settings.ALERT_WEBHOOK_TIMEOUT,
            connect_timeout=settings.ALERT_WEBHOOK_CONNECT_TIMEOUT,
            max_bytes=settings.ALERT_WEBHOOK_MAX_RESPONSE_BYTES,
        )
    except http.FetchError as error:
        return Delivery(sent=False, reason=error.reason, transient=error.transient)
    status = answer.status_code
    if 200 <= status < 300:
        return Delivery.ok()
    host = urlsplit(answer.url).hostname or "the receiver"
    reason = f"{host} answered {status}"
    if status >= 500 or status in TRANSIENT_STATUSES:
        return Delivery(
            sent=False,
            reason=reason,
            transient=True,
            retry_after=retry_after_seconds(answer.headers.get("retry-after", "")),
        )
    return Delivery(sent=False, reason=f"{reason}; not retried (a {status} will not change)")


def retry_after_seconds(value: str, *, now: dt.datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for (a number, or an HTTP date), capped; None if absent
    or unreadable."""
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(min(int(value), RETRY_AFTER_MAX))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    seconds = (when - (now or timezone.now())).total_seconds()
    return max(0.0, min(seconds, RETRY_AFTER_MAX))


# ---------------------------------------------------------------------------------------
# Apprise
# ---------------------------------------------------------------------------------------


def apprise_url_check(url: str) -> str:
    """The URL if Apprise understands it and its scheme is one we allow; else a ValidationError
    that does not repeat the URL (it holds credentials)."""
    url = url.strip()
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    allowed = [name.lower() for name in settings.ALERT_APPRISE_SCHEMES]
    if scheme not in allowed:
        raise ValidationError(
            {
                "apprise_url": (
                    f"Apprise URLs starting {scheme or '(no scheme)'}:// are not allowed here; "
                    f"use one of: {', '.join(sorted(allowed))}."
                )
            }
        )
    if apprise.Apprise.instantiate(url) is None:
        raise ValidationError(
            {"apprise_url": f"Apprise does not understand this {scheme}:// URL; check its form."}
        )
    return url


# Schemes whose host is a server of the subscriber's choosing; for the others (slack://,
# tgram://, ...) the host position holds a token, so only the scheme is shown.
PLAIN_HOST_SCHEMES = frozenset(
    {"json", "jsons", "xml", "xmls", "form", "forms", "ntfy", "ntfys", "gotify", "gotifys"}
)


def apprise_url_hint(url: str) -> str:
    """What may be shown of an Apprise URL once saved: its scheme, and the host of a server
    the subscriber chose (never a user, password, path or token)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in PLAIN_HOST_SCHEMES and parts.hostname:
        return f"{scheme}://{parts.hostname}/…"
    return f"{scheme}://…"


def apprise_text(content: AlertContent) -> tuple[str, str]:
    """A short plain-text (title, body) for a chat service, with the claim's link."""
    claim = content.claim
    title = single_line(f"Pledgewatch: {claim.promiser.name}: {content.headline}", limit=250)
    lines = [single_line(claim.statement, limit=300)]
    lines += [f"- {event.happened_on:%Y-%m-%d}: {event.summary}" for event in content.events]
    if content.status_changed_since:
        lines.append(gettext("Status now: %(status)s") % {"status": content.status_now_label})
    lines.append(content.claim_url)
    return title, "\n".join(lines)


def apprise_deliver(target: AppriseTarget, *, title: str, body: str) -> Delivery:
    """Notify through the Apprise URL, with every HTTP connection vetted."""
    url = unseal(target.url_sealed)
    scheme = url.split("://", 1)[0].lower()
    if scheme not in [name.lower() for name in settings.ALERT_APPRISE_SCHEMES]:
        return Delivery(sent=False, reason=f"{scheme}:// is no longer an allowed Apprise scheme")
    plugin = apprise.Apprise.instantiate(url)
    if plugin is None:
        return Delivery(sent=False, reason=f"Apprise no longer understands this {scheme}:// URL")
    # The URL's own options may not loosen our limits: certificates are checked, and no wait
    # exceeds ours.
    limit = settings.ALERT_APPRISE_TIMEOUT
    plugin.verify_certificate = True
    plugin.socket_connect_timeout = min(plugin.socket_connect_timeout or limit, limit)
    plugin.socket_read_timeout = min(plugin.socket_read_timeout or limit, limit)
    host = str(getattr(plugin, "host", "") or "")
    refusal = _address_refusal_of(host, int(getattr(plugin, "port", 0) or 0)) if host else None
    if refusal:
        # Said plainly here; the guard below would refuse the connection all the same.
        return Delivery(sent=False, reason=refusal)
    notifier = apprise.Apprise()
    notifier.add(plugin)
    with outbound_vetting():
        result = notifier.notify(body=body, title=title, timeout=limit)
    if result:
        return Delivery.ok()
    reasons = [single_line(entry.message, limit=200) for entry in result.logs()]
    reason = "; ".join(r for r in reasons if r) or "the service did not accept the message"
    # Apprise does not tell a refusal from an outage: treat every failure as one worth retrying
    # (repeated failures pause the endpoint).
    return Delivery(sent=False, reason=f"{scheme}:// {reason}"[:500], transient=True)


_guard_lock = threading.Lock()
_guard_installed = False
# Whether urllib3 connections made in this context are vetted. Apprise runs each service in a
# copy of the caller's context (contextvars), its worker threads and abandoned calls included,
# so a notification stays vetted to its end while the rest of the process is left alone.
_vetting: contextvars.ContextVar[bool] = contextvars.ContextVar("outbound_vetting", default=False)


@contextlib.contextmanager
def outbound_vetting() -> Iterator[None]:
    """Vet every urllib3 connection opened in this context (Apprise's plugins use requests,
    hence urllib3): each address the host resolves to must be public unless the host is
    allowed private, and the connection goes to the vetted address, with no second lookup."""
    install_outbound_guard()
    token = _vetting.set(True)
    try:
        yield
    finally:
        _vetting.reset(token)


def install_outbound_guard() -> None:
    """Wrap urllib3's create_connection once; the wrapper vets only inside outbound_vetting()."""
    global _guard_installed
    with _guard_lock:
        if _guard_installed:
            return
        original = urllib3.util.connection.create_connection
        urllib3.util.connection.create_connection = _guarded(original)
        _guard_installed = True


def _address_refusal_of(host: str, port: int) -> str | None:
    """Why `host` may not be connected to (a non-public address), or None."""
    if host.lower().strip("[]") in allowed_private_hosts():
        return None
    try:
        addresses = http.resolve(host, port or 443)
    except http.FetchError as error:
        return error.reason
    for text in addresses:
        reason = http.address_refusal(ipaddress.ip_address(text.split("%", 1)[0]))
        if reason:
            return f"refused to connect to {host}: it resolves to {text}, {reason}"
    return None


def _guarded(original: Callable[..., socket.socket]) -> Callable[..., socket.socket]:
    def create_connection(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        if not _vetting.get():
            return original(address, *args, **kwargs)
        host, port = address
        try:
            addresses = http.resolve(host, port)
        except http.FetchError as error:
            raise OSError(error.reason) from error
        if not addresses:
            raise OSError(f"{host} does not resolve to any address")
        if host.lower().strip("[]") not in allowed_private_hosts():
            for text in addresses:
                reason = http.address_refusal(ipaddress.ip_address(text.split("%", 1)[0]))
                if reason:
                    raise OSError(f"refused to connect to {host}: it resolves to {text}, {reason}")
        return original((addresses[0], port), *args, **kwargs)

    return create_connection
