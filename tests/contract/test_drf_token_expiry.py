"""A token that expires mid-run: the tracker service (tests/contract/drf_services/tracker.py, a real
Django REST framework server on 127.0.0.1, behind its gateway prefix `/gw`) started with
$DRF_SERVICES_TOKEN_USES, so its tokens are refused ("Token is invalid or expired", 401) after that
many authenticated requests. The requests refused so were never judged: the operation's results are
partial, and the run is never green."""

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

GET = "get_tracker_projects"


@pytest.fixture
def spec(tmp_path: Path) -> dict[str, Any]:
    result = build_rst(tmp_path, tracker_reference(), name="tracker.rst")
    assert result.spec is not None, result.diagnostics
    return result.spec


def _tracker(folder: Path, monkeypatch: pytest.MonkeyPatch, uses: int) -> Any:
    """The tracker behind `/gw`, its tokens good for `uses` authenticated requests."""
    monkeypatch.setenv("DRF_SERVICES_TOKEN_USES", str(uses))
    (folder / "service").mkdir()
    return drf_server(folder / "service", "tracker")


def _run(base_url: str, spec: dict[str, Any], *phases: str) -> ContractReport:
    chosen = ContractSettings(
        f"{base_url}/gw",
        token=f"Token {ALICE_TOKEN}",
        include=(GET,),
        path_params=(("project_id", "1"),),
        phases=phases,
        max_examples=3,
        shrink_requests=0,
    )
    return run_contract(spec, chosen)


@pytest.fixture
def expiring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Good for the preflight's probe and the documented phase's two authenticated requests (an
    unknown id, the documented one): the fuzzing phase's requests all meet an expired token."""
    with _tracker(tmp_path, monkeypatch, 3) as base_url:
        yield base_url


def test_an_operation_reached_before_its_token_expired_is_partial_never_green(
    expiring: str, spec: dict[str, Any]
) -> None:
    """The documented request got 200 before the token expired; every request of the fuzzing phase
    after got 401 "Token is invalid or expired", which the reference documents: the run was green."""
    report = _run(expiring, spec, "documented", "fuzzing")
    result = report.operation(GET)
    assert not report.ok, summary_text(report)
    (error,) = [error for error in result.errors if error.startswith("the token was refused mid-run")]
    assert '401 ("Token is invalid or expired")' in error
    assert "not judged, so this operation's results are partial" in error


def test_a_token_that_lasts_the_run_gives_no_such_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spec: dict[str, Any]
) -> None:
    with _tracker(tmp_path, monkeypatch, 1000) as base_url:
        report = _run(base_url, spec, "documented", "fuzzing")
    assert report.ok, summary_text(report)
    assert report.operation(GET).errors == ()
