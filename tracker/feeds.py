"""Read RSS and Atom documents we fetched, and store their items once.

feedparser only ever receives bytes, wrapped in a file object: given a string it would fetch
a URL or open a local path. Before it sees them, the bytes go through `_prepare`:

1. decoded with the encoding the document declares (byte-order mark, then the HTTP
   Content-Type charset, then the XML declaration; UTF-8 when none), strictly: bytes that do
   not match the declared encoding fail the feed with the reason, rather than being guessed;
2. re-encoded as UTF-8 and read once by the standard library's expat parser, which refuses
   any entity declaration (the "billion laughs" expansion and external entities such as
   `<!ENTITY x SYSTEM "file:///etc/passwd">`) and any document that is not well-formed XML;
   the root element must be an RSS, RDF or Atom one (an HTML page is named as such).

Only then does feedparser read the document, for its knowledge of the RSS and Atom dialects.
"""

from __future__ import annotations

import calendar
import codecs
import datetime as dt
import hashlib
import html
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from xml.parsers import expat

import feedparser
from django.db import connection
from django.utils import timezone
from django.utils.html import strip_tags

from language.text import fold_words as fold
from language.text import guess_language

from .models import Feed, NewsItem

MAX_SUMMARY = 10_000
# Items dated before this are treated as undated (a 1970 date is a zero timestamp, not news).
EARLIEST_PLAUSIBLE = dt.datetime(1995, 1, 1, tzinfo=dt.UTC)
# A date further ahead than this (clock skew, time zones) is treated as undated.
FUTURE_TOLERANCE = dt.timedelta(days=1)
FEED_ROOTS = frozenset({"rss", "rdf", "feed"})
_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|xtor)$", re.IGNORECASE)


class FeedError(Exception):
    """A document we cannot read as a feed; `reason` says why."""

    transient = False

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Entry:
    guid: str
    link: str
    title: str
    summary: str
    published_at: dt.datetime | None
    language: str
    date_note: str = ""


@dataclass
class ParsedFeed:
    title: str
    language: str
    entries: list[Entry] = field(default_factory=list)


def parse_feed(
    content: bytes,
    *,
    content_type: str = "",
    url: str = "",
    default_language: str = "",
    now: dt.datetime | None = None,
) -> ParsedFeed:
    """Parse an RSS 0.9x/1.0/2.0 or Atom document; raise FeedError when it is not one."""
    if not isinstance(content, bytes | bytearray):
        raise TypeError("parse_feed reads bytes we fetched, never a URL or a path")
    now = now or timezone.now()
    document = _prepare(bytes(content), content_type)
    parsed = feedparser.parse(
        io.BytesIO(document),
        response_headers={"content-type": "application/xml; charset=utf-8"},
    )
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        raise FeedError(f"not an RSS or Atom feed{f' ({problem})' if problem else ''}")
    channel = parsed.get("feed", {})
    feed_language = _language(channel.get("language")) or default_language
    feed = ParsedFeed(title=_text(channel.get("title", ""))[:300], language=feed_language)
    for raw in parsed.get("entries", []):
        feed.entries.append(_entry(raw, feed_language=feed_language, now=now))
    return feed


def _prepare(content: bytes, content_type: str) -> bytes:
    """Decode strictly with the declared encoding, re-encode as UTF-8, vet the XML."""
    encoding, where = _declared_encoding(content, content_type)
    try:
        codec = codecs.lookup(encoding)
    except LookupError as error:
        raise FeedError(f"the feed declares an unknown encoding {encoding!r} ({where})") from error
    try:
        text = content.decode(codec.name)
    except UnicodeDecodeError as error:
        raise FeedError(
            f"the feed declares its encoding as {encoding} ({where}) but its bytes are not "
            f"{encoding}: byte {error.object[error.start]:#04x} at position {error.start}"
        ) from error
    text = text.lstrip("\ufeff")
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    document = ('<?xml version="1.0" encoding="utf-8"?>' + text).encode("utf-8")
    _vet_xml(document, looks_like_html=_looks_like_html(text, content_type))
    return document


_XML_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _declared_encoding(content: bytes, content_type: str) -> tuple[str, str]:
    for bom, name in _BOMS:
        if content.startswith(bom):
            return name, "byte-order mark"
    charset = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", content_type or "", re.I)
    if charset:
        # RFC 7303: the HTTP charset wins over the XML declaration.
        return charset.group(1).lower(), "in the HTTP Content-Type header"
    declared = _XML_DECLARED.match(content[:512])
    if declared:
        return declared.group(1).decode("ascii").lower(), "in its XML declaration"
    return "utf-8", "by default"


def _looks_like_html(text: str, content_type: str) -> bool:
    head = text[:2048].lower()
    return "html" in (content_type or "").lower() or bool(
        re.search(r"<!doctype\s+html|<html[\s>]", head)
    )


class _Refused(Exception):
    pass


def _vet_xml(document: bytes, *, looks_like_html: bool) -> None:
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    roots: list[str] = []

    def refuse_entity(name, *args):
        raise _Refused(
            f"the document declares the XML entity {name!r}; entity declarations are refused "
            "(they serve entity-expansion bombs and external-entity reads)"
        )

    def refuse_external(*args):
        raise _Refused("the document refers to an external entity; refused")

    def start(name, attributes):
        roots.append(name)
        parser.StartElementHandler = None  # only the root element is of interest

    parser.EntityDeclHandler = refuse_entity
    parser.UnparsedEntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = refuse_external
    parser.StartElementHandler = start
    try:
        parser.Parse(document, True)
    except _Refused as error:
        raise FeedError(str(error)) from None
    except expat.ExpatError as error:
        if looks_like_html or (roots and roots[0].lower() == "html"):
            raise FeedError("an HTML page, not an RSS or Atom feed") from None
        raise FeedError(
            f"not well-formed XML: {expat.errors.messages.get(error.code, error)} "
            f"(line {error.lineno}, column {error.offset})"
        ) from None
    root = roots[0].rsplit(":", 1)[-1].lower() if roots else ""
    if root == "html" or (looks_like_html and root not in FEED_ROOTS):
        raise FeedError("an HTML page, not an RSS or Atom feed")
    if root not in FEED_ROOTS:
        raise FeedError(f"not an RSS or Atom feed: its root element is <{roots[0]}>")


def _text(value: str) -> str:
    """Plain text from feedparser's (sanitised) HTML: tags removed, entities decoded."""
    return re.sub(r"\s+", " ", html.unescape(strip_tags(value or ""))).strip()


def _language(value) -> str:
    code = (value or "").strip().lower()[:2]
    return code if code.isalpha() else ""


def _entry(raw, *, feed_language: str, now: dt.datetime) -> Entry:
    title = _text(raw.get("title", ""))[:500]
    summary = _text(raw.get("summary", "") or raw.get("description", ""))[:MAX_SUMMARY]
    link = raw.get("link") or ""
    link = canonical_url(link) if urlsplit(link).scheme in ("http", "https") else ""
    published_at, note = _published(raw, now)
    language = (
        _language((raw.get("title_detail") or {}).get("language"))
        or feed_language
        or guess_language(f"{title} {summary}")
    )
    guid = (raw.get("id") or "").strip()
    if not guid or len(guid) > 1000:
        guid = link or ("sha256:" + hashlib.sha256(f"{title}\n{summary}".encode()).hexdigest())
    return Entry(
        guid=guid[:1000],
        link=link[:1000],
        title=title,
        summary=summary,
        published_at=published_at,
        language=language,
        date_note=note,
    )


def _published(raw, now: dt.datetime) -> tuple[dt.datetime | None, str]:
    parsed = raw.get("published_parsed") or raw.get("updated_parsed")
    if not parsed:
        return None, "no date"
    when = dt.datetime.fromtimestamp(calendar.timegm(parsed), tz=dt.UTC)
    if when > now + FUTURE_TOLERANCE:
        return None, f"date {when:%Y-%m-%d} is in the future; ignored"
    if when < EARLIEST_PLAUSIBLE:
        return None, f"date {when:%Y-%m-%d} is implausible; ignored"
    return when, ""


def canonical_url(url: str) -> str:
    """The link as stored: lower-case scheme and host, no fragment, no tracking parameters."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and not (
        (parts.scheme == "http" and parts.port == 80)
        or (parts.scheme == "https" and parts.port == 443)
    ):
        host = f"{host}:{parts.port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
         if not _TRACKING_PARAMS.match(k)]
    )  # fmt: skip
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", query, ""))


@dataclass
class IngestReport:
    new_ids: list[int] = field(default_factory=list)
    duplicate_guids: list[str] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)


def items_ingest(*, feed: Feed, entries: list[Entry], now: dt.datetime | None = None):
    """Store the entries not stored yet, set-based, in batches of INGEST_BATCH.

    PostgreSQL: one statement per batch inserts from arrays with ON CONFLICT DO NOTHING and
    returns exactly the rows it inserted (a concurrent poll's rows are not ours). Elsewhere:
    one read of the known GUIDs, one bulk insert ignoring conflicts, one read of the new ids.
    """
    now = now or timezone.now()
    report = IngestReport()
    unique: dict[str, Entry] = {}
    for entry in entries:
        if entry.guid in unique:
            report.duplicate_guids.append(entry.guid)  # twice in the same document
        else:
            unique[entry.guid] = entry
    report.entries = list(unique.values())
    batches = [report.entries[i : i + INGEST_BATCH] for i in range(0, len(unique), INGEST_BATCH)]
    insert = _insert_postgres if connection.vendor == "postgresql" else _insert_orm
    for batch in batches:
        new_guids = insert(feed, batch, now)
        report.new_ids.extend(new_guids.values())
        report.duplicate_guids.extend(e.guid for e in batch if e.guid not in new_guids)
    if report.new_ids and connection.vendor == "postgresql":
        # Until merged, new entries sit in the GIN index's pending list, which every lookup
        # scans in full; the matcher is about to look them up, so merge them now, in bulk.
        with connection.cursor() as cursor:
            cursor.execute("SELECT gin_clean_pending_list('newsitem_search_vector_idx'::regclass)")
    return report


INGEST_BATCH = 2000


def _row(entry: Entry) -> tuple:
    return (
        entry.guid,
        entry.link,
        entry.title,
        entry.summary,
        entry.published_at,
        entry.language,
        fold(f"{entry.title}\n{entry.summary}"),
    )


_INSERT_SQL = """
INSERT INTO tracker_newsitem
    (feed_id, fetched_at, guid, link, title, summary, published_at, language, search_text)
SELECT %s, %s, *
FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[], %s::timestamptz[], %s::text[],
            %s::text[])
ON CONFLICT (feed_id, guid) DO NOTHING
RETURNING guid, id
"""


def _insert_postgres(feed: Feed, batch: list[Entry], now: dt.datetime) -> dict[str, int]:
    columns: list[Sequence[Any]] = list(zip(*map(_row, batch), strict=True)) if batch else [[]] * 7
    with connection.cursor() as cursor:
        cursor.execute(_INSERT_SQL, [feed.pk, now, *map(list, columns)])
        return dict(cursor.fetchall())


def _insert_orm(feed: Feed, batch: list[Entry], now: dt.datetime) -> dict[str, int]:
    guids = [entry.guid for entry in batch]
    known = set(NewsItem.objects.filter(feed=feed, guid__in=guids).values_list("guid", flat=True))
    new = [entry for entry in batch if entry.guid not in known]
    if not new:
        return {}
    fields = ("guid", "link", "title", "summary", "published_at", "language", "search_text")
    NewsItem.objects.bulk_create(
        [
            NewsItem(feed=feed, fetched_at=now, **dict(zip(fields, _row(entry), strict=True)))
            for entry in new
        ],
        ignore_conflicts=True,
        batch_size=500,
    )
    # fetched_at tells our rows from a concurrent poll's (which would own theirs).
    return dict(
        NewsItem.objects.filter(
            feed=feed, guid__in=[e.guid for e in new], fetched_at=now
        ).values_list("guid", "id")
    )
