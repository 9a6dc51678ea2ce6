"""Safe by default: against a host other than loopback only GET operations run unless --allow-writes.

No test here sends traffic off the machine: the runner drives the in-process mock under a
non-loopback name, and the CLI test runs with all network access refused.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from rstapi.contract import (
    ContractSettings,
    is_loopback,
    plan_operations,
    report_json,
    run_contract,
    schemathesis_config,
)
from rstapi.mock import make_app
from tests.conftest import SPEC

REMOTE = "http://api.example.invalid"


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:4010", True),
        ("http://127.8.9.10", True),
        ("http://localhost:8000/api", True),
        ("http://[::1]:4010", True),
        (REMOTE, False),
        ("https://api.edx.org", False),
        ("http://10.0.0.1", False),
        ("http://127.0.0.1.example.com", False),
    ],
)
def test_loopback_hosts(url: str, loopback: bool) -> None:
    assert is_loopback(url) is loopback


def test_a_remote_plan_runs_only_gets_and_says_why_it_skips_the_rest(spec: dict[str, Any]) -> None:
    plan = plan_operations(spec, ContractSettings(REMOTE, token="t"))
    assert plan.selected and {op.method for op in plan.selected} == {"GET"}
    assert {op.method for op in plan.skipped} == {"POST"}
    assert all("--allow-writes" in (op.skip_reason or "") for op in plan.skipped)


def test_allow_writes_selects_everything(spec: dict[str, Any]) -> None:
    plan = plan_operations(spec, ContractSettings(REMOTE, token="t", allow_writes=True))
    assert not plan.skipped


def test_a_remote_run_sends_only_gets(spec: dict[str, Any]) -> None:
    methods: set[str] = set()
    app = make_app(spec, static_token="t")

    async def recording(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            methods.add(scope["method"])
        await app(scope, receive, send)

    settings = ContractSettings(REMOTE, token="t", max_examples=3)
    report = run_contract(spec, settings, app=recording)
    assert methods == {"GET"}
    assert report.operation("create_access_token").status == "skipped"
    assert schemathesis_config(settings)["phases"]["coverage"]["unexpected-methods"] == []


@pytest.mark.usefixtures("no_network")
def test_the_cli_lists_what_it_skips_on_a_remote_host() -> None:
    """--include names only a write, which a remote host without --allow-writes is not sent: the run
    tested nothing, so it is not green (exit 2, as a run that reached nothing), and says why."""
    args = ["contract", "--spec", str(SPEC), "--base-url", REMOTE, "--token", "t"]
    result = CliRunner().invoke(main, [*args, "--include", "allocate_policy_allocation"])
    assert result.exit_code == 2, result.output
    assert "skip POST /enterprise/v1/policy-allocation/{policy_uuid}/allocate/" in result.output
    assert "pass --allow-writes" in result.output
    (reason,) = [line for line in result.output.splitlines() if line.startswith("nothing was tested")]
    assert reason.startswith("nothing was tested: 1 operation skipped because POST may change data"), reason


def test_a_report_of_skipped_operations_only_is_not_ok(spec: dict[str, Any]) -> None:
    """Every operation skipped (here: the only one named is a write, the host is remote) is not a pass."""
    settings = ContractSettings(REMOTE, token="t", include=("allocate_policy_allocation",))
    report = run_contract(spec, settings, app=make_app(spec, static_token="t"))
    assert report.counts["skipped"] == 1 and report.cases == 0
    assert not report.ok
    assert report.untested.startswith("nothing was tested: 1 operation skipped because ")
    assert "--allow-writes" in report.untested
    assert json.loads(report_json(report))["untested"] == report.untested


def test_unknown_operation_names_are_a_usage_error() -> None:
    args = ["contract", "--spec", str(SPEC), "--base-url", REMOTE, "--include", "no_such_operation"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and "no_such_operation" in result.output
