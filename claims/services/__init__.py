"""Every change to the ledger goes through these functions: admin, API, jobs and commands alike.

One module per concern: `ledger` (claims, deadline revisions, outcomes, sources),
`statuses` (the status sweep and deadline-approaching marks), `evidence` (queueing and
reviewing evidence) and `drafts` (article import and the review of its drafts). Their
public names are importable from here.
"""

from .common import (
    FutureDateError,
    StaleVersion,
    User,
    deadline_parse,
    saved_user,
)
from .common import claim_locked as claim_lock
from .drafts import (
    ARTICLE_MAX_BYTES,
    ARTICLE_MAX_CHARS,
    ARTICLE_TIMEOUT,
    DRAFT_EDITABLE_FIELDS,
    ArticleImportError,
    ImportResult,
    article_fetch,
    article_import,
    draft_approve,
    draft_discard,
    draft_merge,
    draft_update,
)
from .evidence import evidence_add, evidence_review
from .ledger import (
    CLAIM_EDITABLE_FIELDS,
    claim_create,
    claim_record_outcome,
    claim_update,
    deadline_revision_apply_window,
    deadline_revision_correct,
    deadline_revision_create,
    deadline_revision_insert,
    source_create,
    source_save,
    statement_window,
)
from .organisations import drafts_rematch, organisation_save
from .statuses import (
    DUE_SOON_DAYS,
    claim_refresh,
    claim_sync_deadline,
    claims_record_due_soon,
    claims_sweep_statuses,
)

__all__ = [
    "ARTICLE_MAX_BYTES",
    "ARTICLE_MAX_CHARS",
    "ARTICLE_TIMEOUT",
    "CLAIM_EDITABLE_FIELDS",
    "DRAFT_EDITABLE_FIELDS",
    "DUE_SOON_DAYS",
    "FutureDateError",
    "ArticleImportError",
    "ImportResult",
    "StaleVersion",
    "User",
    "article_fetch",
    "article_import",
    "claim_create",
    "claim_lock",
    "claim_record_outcome",
    "claim_refresh",
    "claim_sync_deadline",
    "claim_update",
    "claims_record_due_soon",
    "claims_sweep_statuses",
    "deadline_parse",
    "deadline_revision_apply_window",
    "deadline_revision_correct",
    "deadline_revision_create",
    "deadline_revision_insert",
    "drafts_rematch",
    "draft_approve",
    "draft_discard",
    "draft_merge",
    "draft_update",
    "evidence_add",
    "evidence_review",
    "organisation_save",
    "saved_user",
    "source_create",
    "source_save",
    "statement_window",
]
