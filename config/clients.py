"""Who is asking: the client's address, as far as the proxies we trust let us know it.

One answer for everything that counts per client: the API throttles (claims.api.throttles),
failed token authentication, and the admin login lockout (django-axes). X-Forwarded-For is
written by whoever sends the request, so it is believed only as far as settings.NUM_PROXIES
says: with 0 (the default, no proxy in front) it is ignored and REMOTE_ADDR is the client;
with N, the N-th address from the right is the one our outermost trusted proxy saw.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """The client's IP address as text (empty when the server did not give one)."""
    remote = request.META.get("REMOTE_ADDR", "") or ""
    proxies = settings.NUM_PROXIES
    if proxies <= 0:
        return remote
    forwarded = [
        address.strip()
        for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if address.strip()
    ]
    if not forwarded:
        return remote
    # Each trusted proxy appends the address it received the request from; anything to the
    # left of what the outermost trusted proxy wrote is the client's own claim.
    return forwarded[-min(proxies, len(forwarded))]
