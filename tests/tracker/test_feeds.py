"""Polling feeds from a real loopback HTTP server: parsing, storing once, and bad input.

Every bad input marks the feed failing with its reason and leaves other feeds, and the
items already stored, as they were.
"""

import datetime as dt
import gzip
import json
import time
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from werkzeug import Response

from tests.tracker.news_fixtures import day, rss
from tracker.feeds import FeedError, canonical_url, items_ingest, parse_feed
from tracker.models import Feed, NewsItem
from tracker.services import (
    FEED_LEASE,
    feed_backoff,
    feed_poll,
    feeds_claim_due,
)

pytestmark = pytest.mark.django_db

MiB = 1024 * 1024
GOOD = rss(
    [
        {"title": "First", "guid": "g-1", "link": "https://news.example.org/1",
         "description": "One.", "date": day(2025, 3, 1)},
        {"title": "Second", "guid": "g-2", "link": "https://news.example.org/2",
         "description": "Two.", "date": day(2025, 3, 2)},
    ]
)  # fmt: skip
ATOM_FR = """<?xml version="1.0" encoding="iso-8859-1"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>Veille</title><id>urn:veille</id><updated>2025-03-01T10:00:00Z</updated>
  <entry><title>Qualification obtenue, été réussi</title><id>urn:veille:1</id>
    <link href="https://veille.example.org/1?utm_source=rss#top"/>
    <updated>2025-03-01T10:00:00Z</updated><summary>Résumé &amp; détails</summary></entry>
</feed>""".encode("iso-8859-1")


@pytest.fixture
def serve(feed_server, allow_loopback):
    """Serve `body` at /feed.xml and return a feed pointing at it."""

    def serve(body: bytes | str = GOOD, path: str = "/feed.xml", **kwargs) -> Feed:
        feed_server.expect_request(path).respond_with_data(body, **kwargs)
        return Feed.objects.get_or_create(url=feed_server.url_for(path))[0]

    return serve


@pytest.fixture
def bystander(now):
    """Another feed with stored items, which a broken feed must not touch."""
    feed = Feed.objects.create(url="https://elsewhere.example.org/feed.xml", title="Elsewhere")
    items_ingest(
        feed=feed,
        entries=parse_feed(
            rss([{"title": "Kept", "guid": "k-1", "date": day(2025, 1, 1)}])
        ).entries,
    )
    return feed


def snapshot(feed: Feed) -> tuple:
    feed.refresh_from_db()
    items = list(feed.items.order_by("id").values_list("guid", "title", "matched_at"))
    return (feed.consecutive_failures, feed.last_error, feed.next_poll_at, feed.etag, items)


def poll(feed: Feed):
    return feed_poll(feed_id=feed.pk)


# --- Parsing -------------------------------------------------------------------------


def test_rss_items_are_read_with_their_dates_links_and_language(now):
    feed = parse_feed(GOOD)
    assert [(e.guid, e.title, e.link, e.language) for e in feed.entries] == [
        ("g-1", "First", "https://news.example.org/1", "en"),
        ("g-2", "Second", "https://news.example.org/2", "en"),
    ]
    assert feed.entries[0].published_at == day(2025, 3, 1)


def test_atom_in_french_in_a_declared_legacy_encoding_is_read(now):
    feed = parse_feed(ATOM_FR)
    (entry,) = feed.entries
    assert (feed.title, entry.title) == ("Veille", "Qualification obtenue, été réussi")
    assert entry.summary == "Résumé & détails"
    assert entry.language == "fr"
    assert entry.link == "https://veille.example.org/1"  # tracking and fragment dropped


def test_rss_1_0_and_0_91_are_read(now):
    rdf = b"""<?xml version="1.0"?>
    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel rdf:about="https://x.example.org/"><title>R</title><link>https://x.example.org/</link>
      <description>d</description></channel>
      <item rdf:about="https://x.example.org/a"><title>RDF item</title><link>https://x.example.org/a</link></item>
    </rdf:RDF>"""  # noqa: E501
    old = b"""<?xml version="1.0"?>
    <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
    "http://my.netscape.com/publish/formats/rss-0.91.dtd">
    <rss version="0.91"><channel><title>Old</title><link>https://o.example.org/</link>
    <description>d</description><language>en</language>
    <item><title>Old item</title><link>https://o.example.org/a</link></item></channel></rss>"""
    assert [e.title for e in parse_feed(rdf).entries] == ["RDF item"]
    assert [e.title for e in parse_feed(old).entries] == ["Old item"]


def test_the_http_charset_wins_over_the_xml_declaration(now):
    body = GOOD.replace(b"First", "Première".encode("latin-1"))
    feed = parse_feed(body, content_type="application/rss+xml; charset=ISO-8859-1")
    assert feed.entries[0].title == "Première"


def test_feedparser_never_gets_a_path_or_a_url(now):
    with pytest.raises(TypeError, match="bytes"):
        parse_feed("/etc/passwd")


def test_canonical_urls_drop_fragments_tracking_and_default_ports():
    assert (
        canonical_url("HTTPS://News.Example.org:443/a?id=3&utm_medium=rss&fbclid=x#frag")
        == "https://news.example.org/a?id=3"
    )


# --- Polling and storing --------------------------------------------------------------


def test_a_poll_stores_new_items_once_and_records_success(serve, now):
    feed = serve(GOOD, headers={"ETag": '"v1"', "Last-Modified": "Sat, 01 Mar 2025 09:00:00 GMT"})
    report = poll(feed)
    assert (report.status, report.new_items, report.duplicates) == ("ok", 2, 0)
    feed.refresh_from_db()
    assert feed.items.count() == 2
    assert (feed.etag, feed.last_modified) == ('"v1"', "Sat, 01 Mar 2025 09:00:00 GMT")
    assert feed.last_success_at == timezone.now() and feed.consecutive_failures == 0
    assert feed.next_poll_at == timezone.now() + dt.timedelta(minutes=60)
    assert feed.title == "Test feed"
    again = poll(feed)
    assert (again.new_items, again.duplicates) == (0, 2)
    assert feed.items.count() == 2


def test_a_304_costs_nothing_and_keeps_the_items(feed_server, allow_loopback, now):
    feed_server.expect_request("/feed.xml").respond_with_data(GOOD, headers={"ETag": '"v1"'})
    feed = Feed.objects.create(url=feed_server.url_for("/feed.xml"))
    poll(feed)
    feed_server.clear()
    feed_server.expect_request("/feed.xml", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304
    )
    report = poll(feed)
    assert report.status == "not_modified" and report.new_items == 0
    feed.refresh_from_db()
    assert feed.etag == '"v1"' and feed.items.count() == 2 and not feed.failing


def test_duplicate_and_guid_less_items_are_stored_once(serve, now):
    body = rss(
        [
            {"title": "Same", "guid": "dup", "date": day(2025, 3, 1)},
            {"title": "Same again", "guid": "dup", "date": day(2025, 3, 1)},
            {"title": "No guid", "link": "https://news.example.org/n?utm_source=x",
             "date": day(2025, 3, 2)},
            {"title": "No guid", "link": "https://news.example.org/n", "date": day(2025, 3, 2)},
            {"title": "Nothing at all", "description": "just text"},
        ]
    )  # fmt: skip
    feed = serve(body)
    report = poll(feed)
    assert (report.status, report.new_items, report.duplicates) == ("ok", 3, 2)
    guids = sorted(feed.items.values_list("guid", flat=True))
    assert guids[0] == "dup" and guids[1] == "https://news.example.org/n"
    assert guids[2].startswith("sha256:")
    assert poll(feed).new_items == 0


def test_items_dated_in_the_future_or_in_1970_are_kept_undated(serve, now):
    body = rss(
        [
            {"title": "From the future", "guid": "f", "date": day(2031, 1, 1)},
            {"title": "Epoch", "guid": "e", "date": dt.datetime(1970, 1, 1, tzinfo=dt.UTC)},
            {"title": "Tomorrow morning", "guid": "t",
             "date": timezone.now() + dt.timedelta(hours=10)},
        ]
    )  # fmt: skip
    poll(serve(body))
    items = {item.guid: item for item in NewsItem.objects.all()}
    assert items["f"].published_at is None and items["e"].published_at is None
    assert items["f"].observed_on == timezone.localdate()  # the day it was fetched
    assert items["t"].published_at is not None  # within a day: clocks and time zones differ


def test_a_gzipped_feed_is_read(serve, now):
    feed = serve(gzip.compress(GOOD), headers={"Content-Encoding": "gzip"})
    assert poll(feed).new_items == 2


def test_an_empty_feed_is_a_success(serve, now):
    assert poll(serve(rss([]))).status == "ok"


# --- Bad input -------------------------------------------------------------------------


def assert_failed_cleanly(feed, bystander, before, reason, bystander_before=None):
    feed.refresh_from_db()
    assert feed.failing and feed.consecutive_failures == 1
    assert reason in feed.last_error, feed.last_error
    assert feed.last_error_at == timezone.now()
    assert feed.next_poll_at > timezone.now()
    assert feed.polling_since is None
    assert list(feed.items.values_list("guid", flat=True)) == before
    other = snapshot(bystander)
    if bystander_before is not None:  # an earlier, good poll matched its items: as they were
        assert other == bystander_before
    else:
        assert other[0] == 0 and other[4] == [("k-1", "Kept", None)]


BAD_DOCUMENTS = {
    "malformed XML": (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item>'
        b"<title>unclosed</item></channel></rss>",
        "not well-formed XML",
    ),
    "entity expansion bomb": (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
        b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">'
        b'<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
        b'<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]>'
        b'<rss version="2.0"><channel><title>&g;</title><item><title>&g;</title></item>'
        b"</channel></rss>",
        "declares the XML entity 'a'",
    ),
    "external entity reading a local file": (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title>'
        b"<guid>x</guid></item></channel></rss>",
        "entity declarations are refused",
    ),
    "HTML page": (
        b"<!DOCTYPE html><html><head><title>Not a feed</title></head><body><p>Hello<br>"
        b"</body></html>",
        "an HTML page, not an RSS or Atom feed",
    ),
    "well-formed XML that is not a feed": (
        b'<?xml version="1.0"?><sitemap><url>https://x.example.org/</url></sitemap>',
        "its root element is <sitemap>",
    ),
    "wrong declared encoding": (
        GOOD.replace(b"First", "Entrée".encode("latin-1")),  # declares utf-8
        "declares its encoding as utf-8 (in its XML declaration) but its bytes are not utf-8",
    ),
}


@pytest.mark.parametrize("case", BAD_DOCUMENTS, ids=list(BAD_DOCUMENTS))
def test_a_bad_document_marks_the_feed_failing_and_touches_nothing_else(
    case, feed_server, allow_loopback, bystander, now
):
    feed_server.expect_request("/feed.xml").respond_with_data(GOOD)
    feed = Feed.objects.create(url=feed_server.url_for("/feed.xml"))
    poll(feed)
    before = list(feed.items.values_list("guid", flat=True))
    bystander_before = snapshot(bystander)
    body, reason = BAD_DOCUMENTS[case]
    feed_server.clear()
    feed_server.expect_request("/feed.xml").respond_with_data(body, content_type="application/xml")
    report = poll(feed)
    assert report.status == "failed" and reason in report.error
    assert_failed_cleanly(feed, bystander, before, reason, bystander_before)
    assert not NewsItem.objects.filter(title__contains="root:").exists()  # /etc/passwd unread


def test_a_50_mb_body_is_aborted_at_the_limit(feed_server, allow_loopback, bystander, now):
    def fifty_megabytes(request):
        return Response((b"x" * 65536 for _ in range(800)), mimetype="application/rss+xml")

    feed_server.expect_request("/feed.xml").respond_with_handler(fifty_megabytes)
    feed = Feed.objects.create(url=feed_server.url_for("/feed.xml"))
    poll(feed)
    assert_failed_cleanly(feed, bystander, [], "larger than the 5,242,880 bytes allowed")


def test_a_gzip_bomb_is_aborted_at_the_limit(serve, bystander, now):
    bomb = gzip.compress(b" " * (60 * MiB), compresslevel=9)
    feed = serve(bomb, headers={"Content-Encoding": "gzip"})
    poll(feed)
    assert_failed_cleanly(feed, bystander, [], "decompresses to more than 5,242,880 bytes")


def test_a_server_dripping_its_answer_is_cut_off_at_the_total_limit(
    raw_server, allow_loopback, bystander, now
):
    allow_loopback.FEEDS_TIMEOUT = 2.0
    # A byte every quarter second: well inside the 1 s wait for each read (allow_loopback), so
    # only the total limit can stop it. At one byte a second, a loaded machine let a gap
    # reach the per-read wait and the fetch failed for the other reason.
    gap = allow_loopback.FEEDS_CONNECT_TIMEOUT / 4

    def drip(conn):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n")
        for byte in GOOD:
            conn.sendall(bytes([byte]))
            time.sleep(gap)

    feed = Feed.objects.create(url=raw_server(drip).url)
    poll(feed)
    assert_failed_cleanly(feed, bystander, [], "did not send its answer within the 2 s allowed")


def test_a_content_length_that_lies_fails_the_feed(raw_server, allow_loopback, bystander, now):
    def liar(conn):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + GOOD)

    feed = Feed.objects.create(url=raw_server(liar).url)
    report = poll(feed)
    assert report.transient
    assert_failed_cleanly(feed, bystander, [], "broke the HTTP exchange")


def test_a_redirect_loop_fails_the_feed(feed_server, allow_loopback, bystander, now):
    feed_server.expect_request("/feed.xml").respond_with_data(
        "", status=301, headers={"Location": "/feed.xml"}
    )
    feed = Feed.objects.create(url=feed_server.url_for("/feed.xml"))
    poll(feed)
    assert_failed_cleanly(feed, bystander, [], "more than 5 redirects")


def test_a_redirect_to_a_private_address_fails_the_feed(serve, bystander, now):
    feed = serve("", status=302, headers={"Location": "http://10.0.0.8/feed.xml"})
    poll(feed)
    assert_failed_cleanly(feed, bystander, [], "10.0.0.8: a private address")


def test_a_server_that_never_answers_fails_the_feed(raw_server, allow_loopback, bystander, now):
    feed = Feed.objects.create(url=raw_server(lambda conn: time.sleep(4)).url)
    poll(feed)
    assert_failed_cleanly(feed, bystander, [], "stopped answering")


def test_a_private_feed_url_is_refused_without_the_setting(serve, settings, bystander, now):
    feed = serve(GOOD)
    settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = []
    poll(feed)
    assert_failed_cleanly(feed, bystander, [], "127.0.0.1: a loopback address")


def test_failures_back_off_exponentially_and_a_success_resets(serve, now):
    feed = serve("gone", path="/gone.xml", status=404)
    for expected_minutes in (60, 60, 60, 120, 240):
        poll(feed)
        feed.refresh_from_db()
        assert feed.next_poll_at - timezone.now() == dt.timedelta(minutes=expected_minutes)
        now.shift(dt.timedelta(days=1))
    assert feed.consecutive_failures == 5 and "404" in feed.last_error
    assert feed_backoff(failures=30, interval=dt.timedelta(minutes=60)) == dt.timedelta(hours=24)


def test_a_feed_back_to_normal_forgets_its_failures(feed_server, allow_loopback, now):
    feed_server.expect_request("/feed.xml").respond_with_data("down", status=503)
    feed = Feed.objects.create(url=feed_server.url_for("/feed.xml"))
    assert poll(feed).transient
    feed_server.clear()
    feed_server.expect_request("/feed.xml").respond_with_data(GOOD)
    poll(feed)
    feed.refresh_from_db()
    assert (feed.consecutive_failures, feed.last_error) == (0, "")


# --- Scheduling ----------------------------------------------------------------------------


def test_due_feeds_are_leased_once_and_disabled_ones_never(now):
    due = Feed.objects.create(url="https://a.example.org/feed", next_poll_at=timezone.now())
    Feed.objects.create(url="https://b.example.org/feed", enabled=False)
    Feed.objects.create(
        url="https://c.example.org/feed", next_poll_at=timezone.now() + dt.timedelta(minutes=5)
    )
    assert feeds_claim_due() == [due.pk]
    assert feeds_claim_due() == []  # leased
    due.refresh_from_db()
    assert due.next_poll_at == timezone.now() + FEED_LEASE


def test_a_feed_being_polled_is_not_polled_twice(serve, now):
    feed = serve(GOOD)
    Feed.objects.filter(pk=feed.pk).update(polling_since=timezone.now())
    assert poll(feed).status == "skipped"
    assert feed.items.count() == 0


def test_the_schedule_polls_every_15_minutes():
    from django_celery_beat.models import PeriodicTask

    task = PeriodicTask.objects.get(name="Poll news feeds (every 15 minutes)")
    assert task.task == "tracker.tasks.poll_feeds_task"
    assert (task.interval.every, task.interval.period, task.expire_seconds) == (
        15,
        "minutes",
        14 * 60,
    )


# --- Commands --------------------------------------------------------------------------


def test_poll_feeds_polls_one_feed_and_reports_it_as_json(serve, now):
    feed = serve(GOOD)
    out = StringIO()
    call_command("poll_feeds", "--feed", str(feed.pk), "--json", stdout=out)
    assert json.loads(out.getvalue()) | {"error": ""} == {
        "feed": feed.pk,
        "status": "ok",
        "new_items": 2,
        "duplicates": 0,
        "evidence": 0,
        "collapsed": 0,
        "held_back": 0,
        "error": "",
    }


def test_poll_feeds_polls_the_due_feeds(serve, now):
    serve(GOOD)
    out = StringIO()
    call_command("poll_feeds", stdout=out)
    assert "ok, 2 new item(s)" in out.getvalue()
    out = StringIO()
    call_command("poll_feeds", stdout=out)
    assert out.getvalue().strip() == "No feed is due."


def test_poll_feeds_refuses_an_unknown_feed(db):
    with pytest.raises(CommandError, match="no feed with id 999"):
        call_command("poll_feeds", "--feed", "999")


def test_import_feed_file_reads_a_saved_feed_twice_without_storing_twice(tmp_path, now):
    path = tmp_path / "saved.xml"
    path.write_bytes(GOOD)
    out = StringIO()
    call_command("import_feed_file", str(path), "--json", stdout=out)
    first = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(i["guid"], i["duplicate"], i["matches"]) for i in first] == [
        ("g-1", False, []),
        ("g-2", False, []),
    ]
    assert first[0]["published"] == "2025-03-01T09:00:00+00:00"
    out = StringIO()
    call_command("import_feed_file", str(path), "--json", stdout=out)
    assert all(json.loads(line)["duplicate"] for line in out.getvalue().splitlines())
    feed = Feed.objects.get(url=Path(path).resolve().as_uri())
    assert not feed.enabled and feed.items.count() == 2


def test_import_feed_file_reports_bad_files_plainly(tmp_path, db):
    path = tmp_path / "page.html"
    path.write_bytes(BAD_DOCUMENTS["HTML page"][0])
    with pytest.raises(CommandError, match="an HTML page, not an RSS or Atom feed"):
        call_command("import_feed_file", str(path))
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_feed_file", str(tmp_path / "missing.xml"))
    assert not NewsItem.objects.exists()


def test_parse_errors_are_feed_errors(now):
    with pytest.raises(FeedError):
        parse_feed(b"")
