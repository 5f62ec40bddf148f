"""`manage.py import_article`: a file, stdin or a URL (a real HTTP server on loopback).

Every bad input ends with a clear message and no Source stored.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import time
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from werkzeug import Response

from claims.models import ClaimDraft, Organisation, Source
from claims.services import ArticleImportError, article_import
from tests.language.labelled_articles import ARTICLES

pytestmark = pytest.mark.django_db

BLEU_ARTICLE = ARTICLES / "01-bleu-opens.txt"
JSON_KEYS = {
    "quote",
    "promiser",
    "subject",
    "category",
    "deadline_text",
    "start",
    "end",
    "stated_on",
    "reason",
}
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Bleu sets its dates | Cloud Wire</title>
<meta name="author" content="Jeanne Martin">
<meta property="article:published_time" content="2024-01-16T08:00:00+00:00">
</head><body><nav><a href="/">Home</a> | <a href="/cloud">Cloud</a></nav>
<article><h1>Bleu sets its dates</h1>
<p>Bleu, the cloud company set up in 2021 by Orange and Capgemini, started commercial
activities this January. Its first services will not go live before the end of 2024.</p>
<p>Bleu aims to obtain ANSSI's SecNumCloud 3.2 qualification in 2025, its managers said.
The company says it will ultimately join Gaia-X.</p></article>
<footer>© 2024 Cloud Wire. All rights reserved.</footer></body></html>"""


@pytest.fixture(autouse=True)
def ledger(db):
    for name in ("Bleu", "Orange", "Capgemini", "ANSSI", "Gaia-X"):
        Organisation.objects.create(name=name, slug=name.lower())


@pytest.fixture
def loopback(settings, httpserver):
    """The loopback test server, which the safe client refuses unless told otherwise."""
    settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = ["localhost", "127.0.0.1"]
    return httpserver


def run(*args: str, stdin: bytes | None = None, monkeypatch=None) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": io.BytesIO(stdin)})())
    call_command("import_article", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def refused(*args: str, **kwargs) -> str:
    with pytest.raises(CommandError) as caught:
        run(*args, **kwargs)
    assert Source.objects.count() == 0
    assert ClaimDraft.objects.count() == 0
    return str(caught.value)


# --- Files and stdin -------------------------------------------------------------------


def test_it_imports_a_text_file_as_a_source_with_drafts():
    out, _ = run(str(BLEU_ARTICLE), "--publisher", "Trade press")
    source = Source.objects.get()
    assert source.title == "Bleu opens for business, but its first cloud services will have to wait"
    assert (source.author, source.publisher) == ("Claire Dubois", "Trade press")
    assert (source.published_on, source.language, source.url) == (dt.date(2024, 1, 16), "en", None)
    assert source.text.startswith("Bleu opens for business")
    assert f"as source #{source.pk}: 4 draft claim(s) to review" in out
    drafts = list(source.drafts.all())
    assert [(d.start, d.end) for d in drafts] == [
        (None, dt.date(2022, 12, 31)),
        (dt.date(2024, 12, 31), None),
        (dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        (None, None),
    ]
    assert {d.state for d in drafts} == {ClaimDraft.State.DRAFT}
    assert {d.promiser.name for d in drafts} == {"Bleu"}
    assert "will ultimately join Gaia-X" in out


def test_it_reads_the_article_from_stdin(monkeypatch):
    text = (ARTICLES / "05-bleu-secnumcloud-fr.txt").read_bytes()
    run("-", stdin=text, monkeypatch=monkeypatch)
    source = Source.objects.get()
    assert (source.language, source.published_on) == ("fr", dt.date(2024, 3, 12))
    assert source.drafts.count() == 4


def test_the_published_option_overrides_the_byline():
    run(str(BLEU_ARTICLE), "--published", "2024-01-20")
    assert Source.objects.get().published_on == dt.date(2024, 1, 20)


def test_json_prints_one_object_per_draft_with_the_documented_keys():
    out, err = run(str(BLEU_ARTICLE), "--json")
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 4
    assert all(set(record) == JSON_KEYS for record in records)
    assert records[2] == {
        "quote": "Bleu aims to obtain ANSSI's SecNumCloud 3.2 qualification in 2025.",
        "promiser": "Bleu",
        "subject": "Bleu",
        "category": "certification",
        "deadline_text": "in 2025",
        "start": "2025-01-01",
        "end": "2025-12-31",
        "stated_on": "2024-01-16",
        "reason": records[2]["reason"],
    }
    assert records[0]["stated_on"] == "2022-01-01"  # "In 2022 it had said ..."
    assert records[3]["deadline_text"] is None and records[3]["end"] is None
    assert "draft claim(s) to review" in err  # the summary stays out of the JSON lines


def test_importing_the_same_article_again_changes_nothing_and_says_so():
    run(str(BLEU_ARTICLE))
    before = list(ClaimDraft.objects.values_list("pk", "statement", "state"))
    out, _ = run(str(BLEU_ARTICLE), "--publisher", "Someone else")
    assert "Already imported as source" in out and "nothing was changed" in out
    assert Source.objects.count() == 1
    assert Source.objects.get().publisher == ""
    assert list(ClaimDraft.objects.values_list("pk", "statement", "state")) == before


def test_an_html_file_is_read_like_a_page(tmp_path: Path):
    page = tmp_path / "article.html"
    page.write_text(PAGE, encoding="utf-8")
    run(str(page))
    source = Source.objects.get()
    assert (source.title, source.author) == ("Bleu sets its dates", "Jeanne Martin")
    assert "All rights reserved" not in source.text
    assert source.drafts.count() == 3


# --- Bad input -------------------------------------------------------------------------


def test_an_empty_file_is_refused(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n ", encoding="utf-8")
    assert "The article is empty" in refused(str(empty))


def test_empty_stdin_is_refused(monkeypatch):
    assert "The article is empty" in refused("-", stdin=b"", monkeypatch=monkeypatch)


def test_a_binary_file_is_refused(tmp_path: Path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 8)
    assert "is a binary file, not an article's text" in refused(str(binary))


def test_a_missing_file_is_refused():
    assert "no such file" in refused("/nonexistent/article.txt")


def test_an_article_without_a_publication_date_is_refused(tmp_path: Path):
    undated = tmp_path / "undated.txt"
    undated.write_text("Bleu will open its services by the end of 2024.", encoding="utf-8")
    message = refused(str(undated))
    assert "publication date is unknown" in message and "Nothing was stored" in message


def test_a_malformed_published_date_is_a_usage_error():
    with pytest.raises(CommandError, match="is not a date"):
        run(str(BLEU_ARTICLE), "--published", "16/01/2024")


# --- URLs, on a real HTTP server on loopback -------------------------------------------


def test_it_imports_a_page_with_its_metadata(loopback):
    loopback.expect_request("/news/bleu").respond_with_data(
        PAGE, content_type="text/html; charset=utf-8"
    )
    url = loopback.url_for("/news/bleu")
    out, _ = run(url, "--publisher", "Cloud Wire")
    source = Source.objects.get()
    assert (source.url, source.title, source.author) == (
        url,
        "Bleu sets its dates",
        "Jeanne Martin",
    )
    assert (source.published_on, source.publisher) == (dt.date(2024, 1, 16), "Cloud Wire")
    assert "Home | Cloud" not in source.text and "All rights reserved" not in source.text
    assert [(d.start, d.end) for d in source.drafts.all()] == [
        (dt.date(2024, 12, 31), None),
        (dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        (None, None),
    ]
    assert "3 draft claim(s)" in out


def test_a_url_imported_again_is_not_fetched_again(loopback):
    loopback.expect_request("/news/bleu").respond_with_data(PAGE, content_type="text/html")
    url = loopback.url_for("/news/bleu")
    run(url)
    out, _ = run(url)
    assert "Already imported" in out
    assert len(loopback.log) == 1
    assert Source.objects.count() == 1


def refused_url(loopback, path: str) -> str:
    message = refused(loopback.url_for(path))
    assert "Nothing was stored" in message
    return message


def test_a_url_that_is_not_html_is_refused(loopback):
    loopback.expect_request("/report.pdf").respond_with_data(
        b"%PDF-1.7\n" + bytes(range(256)), content_type="application/pdf"
    )
    assert "is not an HTML page (its content type is application/pdf)" in refused_url(
        loopback, "/report.pdf"
    )


def test_a_page_that_times_out_is_refused(loopback, settings):
    settings.ARTICLE_IMPORT_TIMEOUT = 0.5

    def slow(request):
        time.sleep(1.5)
        return Response(PAGE, content_type="text/html")

    loopback.expect_request("/slow").respond_with_handler(slow)
    message = refused_url(loopback, "/slow")
    assert message.startswith("Timed out fetching")


def test_a_20_mb_page_is_refused_without_reading_it(loopback):
    loopback.expect_request("/huge").respond_with_data(
        b"<html><body><p>" + b"a" * (20 * 1024 * 1024) + b"</p></body></html>",
        content_type="text/html",
    )
    message = refused_url(loopback, "/huge")
    assert "too large to be an article" in message and "at most 5 MiB" in message


def test_a_large_page_sent_without_its_length_is_cut_off(loopback):
    def endless(request):
        def chunks():
            yield b"<html><body><p>"
            for _ in range(320):  # 20 MiB in 64 KiB chunks
                yield b"a" * 65536

        return Response(chunks(), content_type="text/html")

    loopback.expect_request("/stream").respond_with_handler(endless)
    assert "too large to be an article" in refused_url(loopback, "/stream")


def test_a_page_without_article_text_is_refused(loopback):
    loopback.expect_request("/blank").respond_with_data(
        "<html><head><title>Menu</title></head><body></body></html>", content_type="text/html"
    )
    assert "No article text was found" in refused_url(loopback, "/blank")


def test_a_server_error_is_refused_with_its_status(loopback):
    loopback.expect_request("/gone").respond_with_data("gone", status=404)
    assert "answered 404" in refused_url(loopback, "/gone")


def test_private_hosts_are_refused_unless_allowed(httpserver, settings):
    settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = []
    message = refused(httpserver.url_for("/news/bleu"))
    assert "Could not fetch" in message and "loopback" in message
    assert len(httpserver.log) == 0


# --- The service directly --------------------------------------------------------------


def test_a_url_and_a_text_together_are_refused():
    with pytest.raises(ArticleImportError, match="not both"):
        article_import(url="https://example.org/a", text="Bleu will open by 2026.")
    assert Source.objects.count() == 0


def test_a_publication_date_in_the_future_is_refused(now):
    with pytest.raises(ArticleImportError, match="in the future"):
        article_import(text="Bleu will open by 2030.", published_on=dt.date(2027, 1, 1))
    assert Source.objects.count() == 0
