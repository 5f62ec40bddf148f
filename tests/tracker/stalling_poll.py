"""A poll run in its own process that stalls in the middle of matching, for a test to kill.

    python -m tests.tracker.stalling_poll FEED_ID MARKER_PATH STALL_AT

Polls the feed as `manage.py poll_feeds --feed` does, except that the STALL_AT-th evidence
candidate, once written inside its batch's open transaction, writes MARKER_PATH and waits:
the test (tests/tracker/test_news_resume.py) then kills this process with SIGKILL.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import django


def main(feed_id: int, marker: Path, stall_at: int) -> None:
    django.setup()
    from django.core.management import call_command

    from tracker.services import news

    real_evidence_add = news.evidence_add
    written = 0

    def evidence_add(**kwargs):
        nonlocal written
        evidence = real_evidence_add(**kwargs)
        written += 1
        if written == stall_at:
            marker.write_text(str(evidence.pk))
            time.sleep(600)  # killed long before this ends
        return evidence

    news.evidence_add = evidence_add
    call_command("poll_feeds", feed=feed_id)


if __name__ == "__main__":
    main(int(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
