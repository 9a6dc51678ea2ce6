"""The item `--path-param` names, deleted by the run's own DELETE: the tracker service
(tests/contract/drf_services/tracker.py, a real Django REST framework server on 127.0.0.1, behind
its gateway prefix `/gw`) and its httpdomain reference (drf_services_docs.tracker_reference), with a
project's DELETE and its tasks' DELETE (a nested collection) both naming `project_id`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rstapi.contract import ContractReport, ContractSettings, run_contract, summary_text
from tests.conftest import build_rst
from tests.contract.conftest import drf_server
from tests.contract.drf_services import ALICE_TOKEN
from tests.contract.drf_services_docs import tracker_reference

GET, DELETE, TASKS, CLEAR = (
    "get_tracker_projects",
    "delete_tracker_projects",
    "list_tracker_projects_tasks",
    "delete_tracker_projects_tasks",
)
DELETED = "DELETE /tracker/projects/{project_id}/ answered 204 to project_id=1"


@pytest.fixture
def tracker(tmp_path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """A fresh tracker (the runs delete its project 1) behind `/gw`, and its reference's spec."""
    result = build_rst(tmp_path, tracker_reference(), name="tracker.rst")
    assert result.spec is not None, result.diagnostics
    (tmp_path / "service").mkdir()
    with drf_server(tmp_path / "service", "tracker") as base_url:
        yield f"{base_url}/gw", result.spec


def _run(tracker: tuple[str, dict[str, Any]], *phases: str, **settings: Any) -> ContractReport:
    base_url, spec = tracker
    chosen = ContractSettings(
        base_url,
        token=f"Token {ALICE_TOKEN}",
        include=(GET, DELETE, TASKS, CLEAR),
        path_params=(("project_id", "1"),),
        phases=phases,
        max_examples=3,
        shrink_requests=0,
        **settings,
    )
    return run_contract(spec, chosen)


def test_the_documented_phase_clears_the_nested_collection_before_deleting_its_item(
    tracker: tuple[str, dict[str, Any]],
) -> None:
    """The project's DELETE came before its tasks' DELETE, which then got 404 for every request:
    'not reached ... give --path-param', which the user had given."""
    report = _run(tracker, "documented")
    for operation in (GET, DELETE, TASKS, CLEAR):
        assert report.operation(operation).not_reached == "", summary_text(report)
    assert report.ok, summary_text(report)


def test_an_operation_the_runs_own_delete_left_nothing_to_reach_says_so(
    tracker: tuple[str, dict[str, Any]],
) -> None:
    """schemathesis' phase sends the operations in the reference's order: the project's DELETE
    deletes project 1, the tasks' DELETE then gets 404. The reason said 'the ids sent do not exist
    on the service: seed the reference's example ids or give --path-param'."""
    report = _run(tracker, "fuzzing")
    reason = report.operation(CLEAR).not_reached
    assert reason.startswith('every response was 404 ("Not found."): the run itself deleted project_id=1'), (
        summary_text(report)
    )
    assert f"{DELETED} (fuzzing phase)" in reason
    assert "--exclude" in reason and "--reset-command" in reason
    assert "give --path-param" not in reason
    assert not report.ok


def test_the_phases_after_the_documented_delete_are_said_to_meet_a_deleted_item(
    tracker: tuple[str, dict[str, Any]],
) -> None:
    """After the documented phase deleted project 1, the fuzzing phase's requests with it all got
    404, and the run was green without a word that those phases had tested only a missing item."""
    report = _run(tracker, "documented", "fuzzing")
    assert report.ok, summary_text(report)
    (note,) = report.notes
    assert note.startswith(f"{DELETED} (documented phase): ")
    assert "later requests with project_id=1 got 404 (DELETE /tracker/projects/{project_id}/" in note
    assert "testing only the unknown-item case there" in note
    assert "--reset-command" in note
    assert f"note: {note}" in summary_text(report)


def test_after_a_reset_between_phases_the_item_counts_as_restored(
    tracker: tuple[str, dict[str, Any]],
) -> None:
    """A reset between phases (--reset-command, or `reset` here) restores what the run deleted:
    the later phases' 404s are the service's own, not the run's deletion's."""
    resets: list[int] = []
    base_url, spec = tracker
    chosen = ContractSettings(
        base_url,
        token=f"Token {ALICE_TOKEN}",
        include=(GET, DELETE),
        path_params=(("project_id", "1"),),
        phases=("documented", "fuzzing"),
        max_examples=3,
        shrink_requests=0,
    )
    report = run_contract(spec, chosen, reset=lambda: resets.append(1))
    assert resets and report.notes == (), summary_text(report)
