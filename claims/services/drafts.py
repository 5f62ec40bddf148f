"""Article import: an article becomes a Source and draft claims that an editor reviews,
approves (a new claim), merges (a restatement of a claim) or discards."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext
from simple_history.utils import bulk_create_with_history

from config.http import FetchError, FetchTimeoutError, ResponseTooLargeError, fetch
from language.articles import (
    ArticleText,
    article_header,
    extract_drafts,
    html_to_article,
    looks_like_html,
)
from language.text import guess_language, normalise_text, single_line

from ..choices import Strength
from ..models import (
    Claim,
    ClaimDraft,
    DeadlineRevision,
    Source,
)
from ..selectors import known_organisations
from .common import User, deadline_parse, saved_user
from .ledger import claim_create, deadline_revision_create

logger = logging.getLogger(__name__)

# A news article is a few tens of kilobytes; a page over 5 MiB is not one (and a 20 MB page
# is refused before it is read in full). Both can be set per deployment.
ARTICLE_MAX_BYTES = 5 * 1024 * 1024
ARTICLE_TIMEOUT = 20.0
# Characters of extracted text the importer reads: a long feature is about 30,000.
ARTICLE_MAX_CHARS = 100_000
_HTML_TYPES = ("text/html", "application/xhtml+xml")


class ArticleImportError(Exception):
    """An article could not be imported; the message says why, for the editor. Nothing stored."""


@dataclass
class ImportResult:
    source: Source
    created: bool
    drafts: list[ClaimDraft]

    @property
    def summary(self) -> str:
        if not self.created:
            return (
                f"Already imported as source #{self.source.pk} ({self.source.title!r}); "
                "nothing was changed."
            )
        return (
            f"Imported {self.source.title!r} ({self.source.published_on:%Y-%m-%d}) as source "
            f"#{self.source.pk}: {len(self.drafts)} draft claim(s) to review."
        )


def article_fetch(*, url: str) -> ArticleText:
    """Fetch an article page with the safe client (config.http) and extract its text."""
    max_bytes = getattr(settings, "ARTICLE_IMPORT_MAX_BYTES", ARTICLE_MAX_BYTES)
    try:
        result = fetch(
            url,
            max_bytes=max_bytes,
            timeout=getattr(settings, "ARTICLE_IMPORT_TIMEOUT", ARTICLE_TIMEOUT),
            accept="text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        )
    except ResponseTooLargeError as error:
        raise ArticleImportError(
            gettext(
                "The page at %(url)s is too large to be an article "
                "(%(reason)s); the importer reads pages of at most "
                "%(max_bytes)s MiB."
            )
            % {"url": url, "reason": error.reason, "max_bytes": max_bytes // (1024 * 1024)}
        ) from error
    except FetchTimeoutError as error:
        raise ArticleImportError(
            gettext("Timed out fetching %(url)s: %(reason)s.")
            % {"url": url, "reason": error.reason}
        ) from error
    except FetchError as error:
        raise ArticleImportError(
            gettext("Could not fetch %(url)s: %(reason)s.") % {"url": url, "reason": error.reason}
        ) from error
    content_type = result.content_type.split(";")[0].strip().lower()
    if content_type not in _HTML_TYPES:
        raise ArticleImportError(
            gettext(
                "%(url)s is not an HTML page (its content type is %(given)s); "
                "paste the article's text instead."
            )
            % {"url": url, "given": content_type or "not given"}
        )
    if b"\x00" in result.content[:65536]:
        raise ArticleImportError(
            gettext("%(url)s says it is HTML but sends binary data.") % {"url": url}
        )
    article = html_to_article(_decode_html(result.content, result.content_type))
    if not article.text.strip():
        raise ArticleImportError(
            gettext("No article text was found on the page at %(url)s.") % {"url": url}
        )
    return article


def _decode_html(content: bytes, content_type: str) -> str:
    """The page's text in the charset its header or <meta> names, UTF-8 otherwise."""
    declared = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.IGNORECASE) or re.search(
        rb"<meta[^>]+charset=[\"']?([\w.:-]+)", content[:4096], re.IGNORECASE
    )
    charset = declared.group(1) if declared else "utf-8"
    if isinstance(charset, bytes):
        charset = charset.decode("ascii", "replace")
    try:
        return content.decode(charset, errors="replace")
    except LookupError:
        return content.decode("utf-8", errors="replace")


def article_import(
    *,
    url: str | None = None,
    text: str | None = None,
    title: str = "",
    published_on: dt.date | None = None,
    publisher: str = "",
    actor: User | None = None,
) -> ImportResult:
    """Record an article (from its URL, or its text or HTML) and the draft claims found in it.

    An article is stored once: by URL, or by its text when it has no URL. Importing it again
    returns the stored source and its drafts and changes nothing (`created` is False). On any
    failure (unreachable, not HTML, too large, empty, no publication date) ArticleImportError
    says why and nothing is stored. The drafts wait for an editor: nothing is published here.
    """
    if url and text:
        raise ArticleImportError(gettext("Give the article's URL or its text, not both."))
    url = (url or "").strip() or None
    if url is not None:
        existing = Source.objects.filter(url=url).first()
        if existing is not None:
            return ImportResult(existing, False, list(existing.drafts.all()))
        article = article_fetch(url=url)
    else:
        if text is None or not text.strip():
            raise ArticleImportError(gettext("The article is empty: there is no text to read."))
        if "\x00" in text:
            raise ArticleImportError(gettext("The article is binary data, not text."))
        article = (
            html_to_article(text)
            if looks_like_html(text)
            else article_header(normalise_text(text), today=timezone.localdate())
        )
    body = normalise_text(article.text)
    if not body:
        raise ArticleImportError(gettext("The article is empty: there is no text to read."))
    if len(body) > ARTICLE_MAX_CHARS:
        raise ArticleImportError(
            gettext(
                "The article's text is %(body)s characters long; the importer reads at most "
                "%(limit)s. Paste the part that holds the promises."
            )
            % {
                "body": number_format(len(body), force_grouping=True),
                "limit": number_format(ARTICLE_MAX_CHARS, force_grouping=True),
            }
        )
    if url is None:
        existing = Source.objects.filter(url__isnull=True, text=body).first()
        if existing is not None:
            return ImportResult(existing, False, list(existing.drafts.all()))
    published_on = published_on or article.published_on
    if published_on is None:
        raise ArticleImportError(
            gettext(
                "The article's publication date is unknown: give it (YYYY-MM-DD). Deadlines such "
                "as 'next year' are read from that date."
            )
        )
    if published_on > timezone.localdate():
        raise ArticleImportError(
            gettext("The publication date %(published_on)s is in the future.")
            % {"published_on": published_on}
        )
    title = single_line(title or article.title or body.split("\n", 1)[0])[:500]
    language = guess_language(body)
    organisations = known_organisations()
    candidates = extract_drafts(
        body,
        published_on=published_on,
        organisations=organisations,
        title=title,
        language=language,
    )
    with transaction.atomic():
        source = Source(
            url=url,
            kind=Source.Kind.ARTICLE,
            title=title,
            publisher=single_line(publisher or article.publisher)[:200],
            author=single_line(article.author)[:200],
            published_on=published_on,
            language=language,
            text=body,
        )
        try:
            source.full_clean()
        except ValidationError as error:
            # Imported meanwhile by someone else (same URL): theirs is the one stored.
            if url is not None and (existing := Source.objects.filter(url=url).first()):
                return ImportResult(existing, False, list(existing.drafts.all()))
            raise ArticleImportError("; ".join(error.messages)) from error
        source._history_user = saved_user(actor)
        source.save()
        drafts = [
            ClaimDraft(
                source=source,
                position=c.position,
                quote=normalise_text(c.quote),
                statement=single_line(c.statement)[:300],
                promiser_id=c.promiser_pk,
                promiser_name=single_line(c.promiser_name)[:200],
                speaker=single_line(c.speaker)[:200],
                subject=single_line(c.subject)[:200],
                category=c.category,
                deadline_text=single_line(c.deadline_text)[:500],
                start=c.start,
                end=c.end,
                precision=c.precision,
                qualifier=c.qualifier,
                stated_on=c.stated_on,
                stated_on_precision=c.stated_on_precision,
                strength=c.strength or Strength.WILL,
                condition=single_line(c.condition)[:300],
                reason=single_line(c.reason)[:500],
            )
            for c in candidates
        ]
        bulk_create_with_history(drafts, ClaimDraft, default_user=saved_user(actor))
    logger.info(
        "article imported: source %s, %d drafts",
        source.pk,
        len(drafts),
        extra={"source": source.pk, "drafts": len(drafts)},
    )
    return ImportResult(source, True, list(source.drafts.all()))


# Fields of a draft an editor may change before approving it; the window follows the text.
DRAFT_EDITABLE_FIELDS = (
    "quote",
    "statement",
    "promiser",
    "promiser_name",
    "subject",
    "category",
    "deadline_text",
    "stated_on",
)


def _draft_open(draft: ClaimDraft) -> None:
    if draft.state != ClaimDraft.State.DRAFT:
        raise ValidationError(
            gettext("This draft was already reviewed (%(state)s).")
            % {"state": draft.get_state_display()}
        )


@transaction.atomic
def draft_update(*, draft: ClaimDraft, data: dict, actor: User | None = None) -> ClaimDraft:
    """Edit a draft before review; a changed deadline text or date is parsed again."""
    _draft_open(draft)
    unknown = set(data) - set(DRAFT_EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(
            {name: gettext("This field cannot be changed in place.") for name in unknown}
        )
    for name, value in data.items():
        setattr(draft, name, value)
    if draft.deadline_text.strip():
        window = deadline_parse(
            text=draft.deadline_text,
            stated_on=draft.stated_on,
            field="deadline_text",
            stated_precision=draft.stated_on_precision,
        )
        draft.start, draft.end = window.start, window.end
        draft.precision, draft.qualifier = window.precision, window.qualifier
    else:
        draft.deadline_text, draft.start, draft.end = "", None, None
        draft.precision = draft.qualifier = ""
    draft.full_clean()
    draft._history_user = saved_user(actor)
    draft.save()
    return draft


def _draft_mark(draft: ClaimDraft, state: str, actor: User | None) -> None:
    """Move a draft out of review exactly once (compare-and-swap on its state)."""
    now = timezone.now()
    changed = ClaimDraft.objects.filter(pk=draft.pk, state=ClaimDraft.State.DRAFT).update(
        state=state, reviewed_by=saved_user(actor), reviewed_at=now
    )
    if changed != 1:
        draft.refresh_from_db()
        _draft_open(draft)
    draft.state, draft.reviewed_by, draft.reviewed_at = state, saved_user(actor), now


@transaction.atomic
def draft_approve(*, draft: ClaimDraft, actor: User | None = None) -> Claim:
    """Record the draft as a claim (with its deadline as the first revision) from its article."""
    _draft_open(draft)
    promiser = draft.promiser
    if promiser is None and not draft.promiser_name:
        # The article never named who promises ("The plant is expected to open in 2027").
        raise ValidationError(
            {
                "promiser": gettext(
                    "Choose the promiser first: the article does not name who promised this."
                )
            }
        )
    if promiser is None:
        raise ValidationError(
            {
                "promiser": gettext(
                    "Choose the promiser first: %(promiser)s is not an organisation of the "
                    "ledger yet (add it, then pick it on the draft)."
                )
                % {"promiser": repr(draft.promiser_name or "the promiser")}
            }
        )
    _draft_mark(draft, ClaimDraft.State.APPROVED, actor)
    claim = claim_create(
        promiser=promiser,
        subject=draft.subject or promiser.name,
        statement=draft.statement,
        category=draft.category,
        source=draft.source,
        stated_on=draft.stated_on,
        stated_on_precision=draft.stated_on_precision,
        # An article reporting an older promise: the claim is dated when it was made.
        reported_after_the_fact=draft.stated_on < draft.source.published_on,
        quote=draft.quote,
        deadline_text=draft.deadline_text,
        actor=actor,
        job="import",
    )
    draft.claim = claim
    draft._history_user = saved_user(actor)
    draft.save()
    return claim


@transaction.atomic
def draft_merge(*, draft: ClaimDraft, claim: Claim, actor: User | None = None) -> DeadlineRevision:
    """The draft restates an existing claim: record its deadline as a new revision of that
    claim, sourced from the draft's article and stated on the draft's date."""
    _draft_open(draft)
    if not draft.deadline_text.strip():
        raise ValidationError(
            gettext(
                "This draft gives no deadline, so there is nothing to restate: approve it as a new "
                "claim or discard it."
            )
        )
    if claim.revisions.filter(
        source=draft.source, stated_on=draft.stated_on, text=draft.deadline_text
    ).exists():
        raise ValidationError(gettext("The claim already records this deadline from this article."))
    _draft_mark(draft, ClaimDraft.State.MERGED, actor)
    revision = deadline_revision_create(
        claim=claim,
        text=draft.deadline_text,
        stated_on=draft.stated_on,
        source=draft.source,
        actor=actor,
        job="import",
    )
    draft.claim = claim
    draft._history_user = saved_user(actor)
    draft.save()
    return revision


@transaction.atomic
def draft_discard(*, draft: ClaimDraft, actor: User | None = None) -> ClaimDraft:
    """Set a draft aside: it is kept, with who discarded it, and never becomes a claim."""
    _draft_open(draft)
    _draft_mark(draft, ClaimDraft.State.DISCARDED, actor)
    draft._history_user = saved_user(actor)
    draft.save()
    return draft
