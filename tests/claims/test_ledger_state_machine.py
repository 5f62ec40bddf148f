"""Random histories through the services, checked after every step (hypothesis stateful).

Claims are created, restated, corrected, fulfilled (on any day since they were made, so also
back-dated), withdrawn, reopened, given evidence that is reviewed, and swept, while the clock
moves forward. After each step, for every claim:

- the stored status is the status rule applied to its data today;
- replaying its status events gives its status, each event starting where the last ended;
- days late is never negative;
- a first deadline missed stays missed: the verdict leaves `false` only when the step was a
  fulfilment dated on or before the first deadline (the ledger learned late of an on-time
  delivery) or a correction of the first statement itself, both recorded in the timeline;
- every change of status produced exactly one status event, every restatement, correction and
  piece of evidence exactly one event of its kind, and a refused step changed nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
import time_machine
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    initialize,
    invariant,
    multiple,
    rule,
)

from claims.models import (
    Claim,
    DeadlineRevision,
    Evidence,
    Organisation,
    Source,
    StatusEvent,
    today_in,
)
from claims.selectors import claim_status_on, claims_with_metrics
from claims.services import (
    claim_create,
    claim_record_outcome,
    claims_record_due_soon,
    claims_sweep_statuses,
    deadline_revision_correct,
    deadline_revision_create,
    evidence_add,
    evidence_review,
)

pytestmark = pytest.mark.django_db

START = dt.datetime(2024, 1, 10, 12, 0, tzinfo=dt.UTC)
PHRASES = [
    "",
    "by the end of 2024",
    "in 2025",
    "by the end of 2025",
    "within 6 months",
    "within 18 months",
    "not before the end of 2025",
    "by mid-2026",
    "in Q3 2026",
    "by the end of 2027",
    "in 1999",
]
days = st.integers(min_value=0, max_value=400)
vendor_numbers = itertools.count()


class LedgerMachine(RuleBasedStateMachine):
    claims = Bundle("claims")
    evidence = Bundle("evidence")

    def __init__(self) -> None:
        super().__init__()
        self.traveller = time_machine.travel(START, tick=False)
        self.clock = self.traveller.start()
        self.now = START
        number = next(vendor_numbers)
        self.promiser = Organisation.objects.create(name=f"Vendor {number}", slug=f"v-{number}")
        self.source = Source.objects.create(title="Announcement", published_on=START.date())
        self.verdicts: dict[int, bool | None] = {}
        self.statuses: dict[int, str] = {}
        self.events: dict[int, dict[str, int]] = {}
        # Set by a step that may rightly turn a missed first deadline into a met one.
        self.may_unmiss: set[int] = set()
        self.expected_events: dict[int, dict[str, int]] = {}

    def teardown(self) -> None:
        self.traveller.stop()

    # --- helpers ------------------------------------------------------------------------

    def today(self) -> dt.date:
        return today_in("Europe/Paris")

    def tracked(self) -> list[Claim]:
        return list(claims_with_metrics(Claim.objects.filter(promiser=self.promiser)))

    def event_counts(self, claim_id: int) -> dict[str, int]:
        counts = {kind: 0 for kind in StatusEvent.Kind.values}
        for kind in StatusEvent.objects.filter(claim_id=claim_id).values_list("kind", flat=True):
            counts[kind] += 1
        return counts

    def expect(self, claim_id: int, kind: str) -> None:
        self.expected_events.setdefault(claim_id, {})
        self.expected_events[claim_id][kind] = self.expected_events[claim_id].get(kind, 0) + 1

    def snapshot(self) -> list[tuple]:
        return [
            (c.pk, c.status, c.outcome, c.outcome_on, c.deadline_end, c.version)
            for c in Claim.objects.filter(promiser=self.promiser).order_by("pk")
        ] + [(DeadlineRevision.objects.count(), Evidence.objects.count())]

    def refused(self, operation) -> bool:
        """Run a write; when the services refuse it, nothing may have changed."""
        before = self.snapshot()
        events = StatusEvent.objects.count()
        try:
            operation()
        except ValidationError:
            assert self.snapshot() == before
            assert StatusEvent.objects.count() == events
            return True
        return False

    # --- the steps ----------------------------------------------------------------------

    @initialize(target=claims, phrase=st.sampled_from(PHRASES[1:4]))
    def first_claim(self, phrase: str) -> Claim:
        claim = claim_create(
            promiser=self.promiser,
            subject="Cloud",
            statement="Go live",
            category="launch",
            source=self.source,
            stated_on=self.today(),
            deadline_text=phrase,
        )
        return claim

    @rule(target=claims, phrase=st.sampled_from(PHRASES), back=st.integers(0, 90))
    def create(self, phrase: str, back: int):
        stated_on = max(self.source.published_on, self.today() - dt.timedelta(days=back))
        created: list[Claim] = []

        def create() -> None:
            created.append(
                claim_create(
                    promiser=self.promiser,
                    subject="Cloud",
                    statement=f"Promise {Claim.objects.count()}",
                    category="certification",
                    source=self.source,
                    stated_on=stated_on,
                    deadline_text=phrase,
                )
            )

        if self.refused(create):
            return multiple()  # nothing to add to the bundle
        return created[0]

    @rule(claim=claims, phrase=st.sampled_from(PHRASES[1:]), back=st.integers(0, 60))
    def restate(self, claim: Claim, phrase: str, back: int) -> None:
        claim.refresh_from_db()
        stated_on = max(claim.stated_on, self.today() - dt.timedelta(days=back))

        def restate() -> None:
            deadline_revision_create(
                claim=claim, text=phrase, stated_on=stated_on, source=self.source
            )

        if not self.refused(restate):
            self.expect(claim.pk, StatusEvent.Kind.RESTATED)

    @rule(claim=claims, phrase=st.sampled_from(PHRASES[1:]), first=st.booleans())
    def correct(self, claim: Claim, phrase: str, first: bool) -> None:
        statements = list(claim.revisions.filter(corrects__isnull=True).order_by("stated_on", "id"))
        if not statements:
            return
        target = statements[0] if first else statements[-1]

        def correct() -> None:
            deadline_revision_correct(revision=target, text=phrase, reason="recorded wrongly")

        if not self.refused(correct):
            self.expect(claim.pk, StatusEvent.Kind.CORRECTED)
            if target == statements[0]:
                self.may_unmiss.add(claim.pk)

    @rule(claim=claims, back=days)
    def fulfil(self, claim: Claim, back: int) -> None:
        claim.refresh_from_db()
        on = max(claim.stated_on, self.today() - dt.timedelta(days=back))

        def fulfil() -> None:
            claim_record_outcome(claim=claim, outcome="fulfilled", on=on)

        first_end = claim.original_deadline_end
        if not self.refused(fulfil) and first_end and on <= first_end:
            self.may_unmiss.add(claim.pk)

    @rule(claim=claims, back=days)
    def withdraw(self, claim: Claim, back: int) -> None:
        claim.refresh_from_db()
        on = max(claim.stated_on, self.today() - dt.timedelta(days=back))
        self.refused(lambda: claim_record_outcome(claim=claim, outcome="withdrawn", on=on))

    @rule(claim=claims)
    def reopen(self, claim: Claim) -> None:
        self.refused(lambda: claim_record_outcome(claim=claim, outcome="", on=None))

    @rule(target=evidence, claim=claims, kind=st.sampled_from(Evidence.Kind.values))
    def add_evidence(self, claim: Claim, kind: str):
        added: list[Evidence] = []
        source = Source.objects.create(title="News", published_on=self.today())

        def add() -> None:
            added.append(
                evidence_add(
                    claim=claim,
                    source=source,
                    observed_on=self.today(),
                    kind=kind,
                    deadline_text="by the end of 2028" if kind == Evidence.Kind.DELAY else "",
                )
            )

        if self.refused(add):
            return multiple()
        self.expect(claim.pk, StatusEvent.Kind.EVIDENCE)
        return added[0]

    @rule(item=consumes(evidence), confirm=st.booleans())
    def review(self, item: Evidence, confirm: bool) -> None:
        item.refresh_from_db()
        state = Evidence.State.CONFIRMED if confirm else Evidence.State.REJECTED

        def review() -> None:
            evidence_review(evidence=item, state=state, fulfilled_on=item.observed_on)

        if self.refused(review) or not confirm:
            return
        if item.kind == Evidence.Kind.DELAY:
            self.expect(item.claim_id, StatusEvent.Kind.RESTATED)
        claim = Claim.objects.get(pk=item.claim_id)
        first_end = claim.original_deadline_end
        if item.kind == Evidence.Kind.FULFILMENT and first_end and item.observed_on <= first_end:
            self.may_unmiss.add(claim.pk)

    @rule(by=st.integers(min_value=1, max_value=200))
    def time_passes_and_the_sweep_runs(self, by: int) -> None:
        self.now += dt.timedelta(days=by)
        self.clock.move_to(self.now)
        claims_sweep_statuses()
        claims_record_due_soon()

    # --- what must hold after every step --------------------------------------------------

    @invariant()
    def the_record_holds(self) -> None:
        today = self.today()
        for claim in self.tracked():
            assert claim.status == claim_status_on(claim, today=today)
            events = list(
                StatusEvent.objects.filter(claim=claim, kind=StatusEvent.Kind.STATUS).order_by(
                    "happened_at", "id"
                )
            )
            assert events and events[-1].new_status == claim.status
            for before, after in zip(events, events[1:], strict=False):
                assert after.old_status == before.new_status
            assert claim.days_late is None or claim.days_late >= 0
            previous = self.verdicts.get(claim.pk)
            if previous is False and claim.pk not in self.may_unmiss:
                assert claim.first_deadline_met is False
            self.verdicts[claim.pk] = claim.first_deadline_met

            counts = self.event_counts(claim.pk)
            status_changed = self.statuses.get(claim.pk) != claim.status
            expected = self.expected_events.get(claim.pk, {})
            previous_counts = self.events.get(claim.pk, {kind: 0 for kind in counts})
            new_status_events = counts["status"] - previous_counts["status"]
            assert new_status_events == (1 if status_changed else 0)
            for kind in ("restated", "corrected", "evidence"):
                assert counts[kind] - previous_counts[kind] == expected.get(kind, 0)
            self.statuses[claim.pk] = claim.status
            self.events[claim.pk] = counts
        self.expected_events = {}
        self.may_unmiss = set()


LedgerMachine.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=12,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def test_random_histories_keep_the_record_true(db):
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(LedgerMachine, settings=LedgerMachine.TestCase.settings)
