"""No public page carries code or styling inline: the Content-Security-Policy would block it
(silently breaking the page), and stored text turned into markup must never run. Each page is
parsed as rendered; a style attribute, an event-handler attribute or a script body fails it.
The one exception is the claim page's JSON-LD data block, which carries the page's nonce."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from django.core import mail
from django.urls import reverse

from tracker.models import Subscription
from tracker.services import follow_confirm_url, unsubscribe_token

pytestmark = pytest.mark.django_db


class InlineCode(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._script: dict[str, str | None] | None = None
        self._body = ""

    def handle_starttag(self, tag, attrs) -> None:
        attributes = dict(attrs)
        for name in attributes:
            if name == "style" or name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
        for name in ("href", "src", "action"):
            if (attributes.get(name) or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}=javascript:...>")
        if tag == "style":
            self.found.append("<style> element")
        if tag == "script":
            self._script, self._body = attributes, ""

    def handle_data(self, data) -> None:
        if self._script is not None:
            self._body += data

    def handle_endtag(self, tag) -> None:
        if tag != "script" or self._script is None:
            return
        script, self._script = self._script, None
        if script.get("type") == "application/ld+json" and script.get("nonce"):
            return  # a data block, never run, with the page's nonce
        if self._body.strip():
            self.found.append(f"inline script: {self._body.strip()[:40]!r}")


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    return parser.found


def test_the_checker_finds_what_it_looks_for():
    bad = (
        '<p style="color:red" onclick="x()"><a href="javascript:x()">x</a></p>'
        "<script>alert(1)</script><style>p{}</style>"
        '<script type="application/ld+json">{}</script>'
    )
    assert len(inline_code(bad)) == 6
    good = (
        '<script src="/static/a.js"></script>'
        '<script type="application/ld+json" nonce="n">{}</script>'
    )
    assert inline_code(good) == []


@pytest.fixture
def pages(client, restated):
    """Every public page as a reader can reach it, rendered."""
    client.post(f"/alerts/follow/{restated.pk}/", {"email": "reader@example.org"})
    subscription = Subscription.objects.get(email="reader@example.org")
    confirm = follow_confirm_url(subscription).removeprefix("http://testserver")
    Subscription.objects.filter(pk=subscription.pk).update(
        active=True, confirmed_at=subscription.confirmation_requested_at, confirmation_nonce=""
    )
    unsubscribe = reverse("tracker:unsubscribe", args=[unsubscribe_token(subscription)])
    mail.outbox.clear()
    return {
        "dashboard": client.get("/"),
        "claim": client.get(f"/claims/{restated.pk}/"),
        "organisation": client.get("/organisations/nimbus/"),
        "organisation, unknown filter": client.get("/organisations/nimbus/?status=nope"),
        "follow answer": client.post(f"/alerts/follow/{restated.pk}/", {"email": "x@example.org"}),
        "follow, bad address": client.post(f"/alerts/follow/{restated.pk}/", {"email": "nope"}),
        "follow confirmation, used link": client.get(confirm),
        "unsubscribe": client.get(unsubscribe),
        "unsubscribe, bad link": client.get("/alerts/unsubscribe/forged/"),
    }


def test_no_public_page_carries_inline_code(pages):
    found = {name: inline_code(response.content.decode()) for name, response in pages.items()}

    assert all(response["Content-Type"].startswith("text/html") for response in pages.values())
    assert found == {name: [] for name in pages}


def test_the_claim_page_has_exactly_one_json_ld_block_with_a_nonce(pages):
    html = pages["claim"].content.decode()

    blocks = re.findall(r"<script[^>]*>", html)
    assert [b for b in blocks if "src=" not in b] == [
        re.search(r'<script type="application/ld\+json" nonce="[^"]+">', html).group(0)
    ]
