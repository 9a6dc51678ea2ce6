"""The tracker service (tests/contract/drf_services/tracker.py, a real Django REST framework server
on 127.0.0.1) behind its gateway prefix `/gw`, with its reference (drf_services_docs) as written and
as a writer gets it wrong: paths without the trailing slash Django routes (APPEND_SLASH answers 301).
The run says what is wrong in the terms the QA engineer can act on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rstapi.contract import ContractSettings, run_contract, summary_text
from tests.conftest import build_rst
from tests.contract.conftest import drf_server
from tests.contract.drf_services import ALICE_TOKEN
from tests.contract.drf_services_docs import tracker_reference

GET = "get_tracker_projects"


@pytest.fixture(scope="module")
def tracker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with drf_server(tmp_path_factory.mktemp("tracker"), "tracker") as base_url:
        yield f"{base_url}/gw"


def _spec(folder: Path, text: str) -> dict[str, Any]:
    result = build_rst(folder, text, name="tracker.rst")
    assert result.spec is not None, result.diagnostics
    return result.spec


def test_paths_without_their_slash_are_blamed_on_the_redirect_not_on_a_path_not_served(
    tracker: str, tmp_path: Path
) -> None:
    """The coverage phase's invalid ids (`AAA` for an integer) match no Django route, an HTML 404,
    while every valid request got APPEND_SLASH's 301: the reason said the most frequent status, the
    404, 'the service does not serve this path', hiding the redirect that --trailing-slash fixes."""
    written = tracker_reference().replace("(int:project_id)/", "(int:project_id)")
    spec = _spec(tmp_path, written)
    assert "/tracker/projects/{project_id}" in spec["paths"]
    settings = ContractSettings(
        tracker,
        token=f"Token {ALICE_TOKEN}",
        include=(GET,),
        path_params=(("project_id", "1"),),
        phases=("documented", "coverage"),
        max_examples=3,
        shrink_requests=0,
        preflight=False,
    )
    report = run_contract(spec, settings)
    reason = report.operation(GET).not_reached
    assert "301" in reason and "the service redirects these paths" in reason, summary_text(report)
    assert "--trailing-slash" in reason
    assert not report.ok


def test_the_same_reference_behind_the_gateway_prefix_is_green(tracker: str, tmp_path: Path) -> None:
    """The reference's paths under the base URL's `/gw`: every GET reached, nothing blamed."""
    settings = ContractSettings(
        tracker,
        token=f"Token {ALICE_TOKEN}",
        include=(GET, "list_tracker_projects", "list_tracker_projects_tasks"),
        path_params=(("project_id", "1"),),
        phases=("documented", "examples"),
        max_examples=3,
        shrink_requests=0,
    )
    report = run_contract(_spec(tmp_path, tracker_reference()), settings)
    assert report.ok, summary_text(report)
    assert not [f for op in report.operations for f in op.findings if f.kind == "failure"], summary_text(
        report
    )
