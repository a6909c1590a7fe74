"""Readiness with the checklist, and what blocks the next phase of a reversibility plan."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.models.enums import ChecklistStatus, MilestoneStatus, ReversibilityPhase
from app.services.rules import (
    Blocker,
    BlockerKind,
    ChecklistFacts,
    MilestoneFacts,
    checklist_share,
    milestones_share,
    next_milestone_index,
    next_phase_blockers,
    plan_readiness,
)

D = dt.date
DONE, RUNNING, PLANNED, CANCELLED = (MilestoneStatus.DONE, MilestoneStatus.IN_PROGRESS,
                                     MilestoneStatus.PLANNED, MilestoneStatus.CANCELLED)
P = ReversibilityPhase


def m(status=PLANNED, pv=False, phase=P.PREPARATION, owner=True) -> MilestoneFacts:
    return MilestoneFacts(D(2026, 11, 1), status, None, pv, phase, owner)


def item(status=ChecklistStatus.TODO, evidence=False) -> ChecklistFacts:
    return ChecklistFacts(status, evidence)


def test_readiness_is_the_mean_of_the_milestones_and_the_checklist() -> None:
    # Milestones: done with PV 1, done without PV ½, in progress 0, planned 0, cancelled
    # left out: 1.5 / 4 = 37.5 %.
    milestones = [m(DONE, pv=True), m(DONE), m(RUNNING), m(PLANNED), m(CANCELLED)]
    # Checklist: done with evidence 1 (twice), done without ½, in progress 0, to do 0,
    # « sans objet » left out: 2.5 / 5 = 50 %.
    checklist = [item(ChecklistStatus.DONE, True), item(ChecklistStatus.DONE),
                 item(ChecklistStatus.IN_PROGRESS), item(), item(ChecklistStatus.DONE, True),
                 item(ChecklistStatus.NOT_APPLICABLE)]
    assert milestones_share(milestones) == pytest.approx(37.5)
    assert checklist_share(checklist) == pytest.approx(50.0)
    assert plan_readiness(milestones, checklist) == pytest.approx((37.5 + 50) / 2)


def test_a_part_with_nothing_to_count_is_left_out() -> None:
    assert plan_readiness([m(DONE, pv=True), m()]) == 50  # no checklist: milestones only
    assert plan_readiness([], [item(ChecklistStatus.DONE, True)]) == 100  # checklist only
    assert plan_readiness([m(CANCELLED)], [item(ChecklistStatus.NOT_APPLICABLE)]) == 0
    assert checklist_share([]) is None and milestones_share([m(CANCELLED)]) is None


def test_the_next_phase_is_the_first_milestone_not_started() -> None:
    assert next_milestone_index([m(DONE), m(RUNNING), m(PLANNED), m(PLANNED)]) == 2
    assert next_milestone_index([m(DONE), m(CANCELLED)]) is None
    assert next_milestone_index([]) is None


def test_earlier_unfinished_milestones_and_missing_pv_block_the_next_phase() -> None:
    plan = [m(DONE, pv=True), m(DONE), m(RUNNING), m(CANCELLED), m(PLANNED, owner=False),
            m(PLANNED)]
    assert next_phase_blockers(plan) == [
        Blocker(BlockerKind.PV_MISSING, 1),
        Blocker(BlockerKind.UNFINISHED, 2),
        Blocker(BlockerKind.NO_OWNER, 4),
    ]


def test_the_switch_over_needs_the_whole_checklist() -> None:
    checklist = [item(ChecklistStatus.DONE, True), item(), item(ChecklistStatus.IN_PROGRESS),
                 item(ChecklistStatus.NOT_APPLICABLE)]
    before_cutover = [m(DONE, pv=True), m(PLANNED, phase=P.DOCUMENTATION)]
    at_cutover = [m(DONE, pv=True), m(PLANNED, phase=P.CUTOVER)]
    assert next_phase_blockers(before_cutover, checklist) == []
    assert next_phase_blockers(at_cutover, checklist) == [
        Blocker(BlockerKind.CHECKLIST, items=(1, 2))]
    done = [item(ChecklistStatus.DONE)] * 3
    assert next_phase_blockers(at_cutover, done) == []


def test_nothing_blocks_a_finished_plan() -> None:
    assert next_phase_blockers([m(DONE), m(RUNNING)], [item()]) == []


milestones = st.builds(m, st.sampled_from(list(MilestoneStatus)), st.booleans(),
                       st.sampled_from(list(ReversibilityPhase)), st.booleans())
items = st.builds(item, st.sampled_from(list(ChecklistStatus)), st.booleans())


@given(st.lists(milestones, max_size=12), st.lists(items, max_size=12))
def test_readiness_stays_between_its_two_shares(plan, checklist) -> None:
    readiness = plan_readiness(plan, checklist)
    shares = [s for s in (milestones_share(plan), checklist_share(checklist)) if s is not None]
    assert 0 <= readiness <= 100
    if shares:
        assert min(shares) <= readiness + 1e-9 and readiness <= max(shares) + 1e-9
