"""The editors' admin. Every change goes through claims.services, like the API and the jobs.

One module per group of pages: `claim` (claims, their statements, evidence and outcomes),
`ledger` (organisations, sources, statements, evidence, the status log), `drafts` (the
article importer's drafts). Importing this package registers them all.
"""

from . import claim, drafts, ledger
from .common import (
    STATUS_COLOURS,
    URL_FIELDS_ASSUME_HTTPS,
    LedgerHistoryAdmin,
    ReadOnlyAdminMixin,
)

__all__ = [
    "STATUS_COLOURS",
    "URL_FIELDS_ASSUME_HTTPS",
    "LedgerHistoryAdmin",
    "ReadOnlyAdminMixin",
    "claim",
    "drafts",
    "ledger",
]
