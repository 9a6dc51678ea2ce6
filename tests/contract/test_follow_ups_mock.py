"""The documented phase's follow-ups against the project's mocks, in-process: the stateful mock
keeps each item's state, so the links' follow-ups succeed on a fresh item and a second revoke is
refused as the reference's bulk-revoke rule says; a service without state answering every request
with its example is found answering the revoke of a revoked license with 204, while the static
mock, which says in its Server header that it keeps no state, is not judged on it."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from rstapi.contract import ContractReport, ContractSettings, run_contract, summary_text
from rstapi.mock import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from rstapi.openapi.sourcemap import load_sourcemap
from tests.conftest import SPEC
from tests.contract.conftest import mock_app, not_the_mock

REVOKE = "bulk_revoke_subscriptions_licenses"
LINKED = (
    "assign_subscriptions_licenses",
    REVOKE,
    "allocate_policy_allocation",
    "remind_assignment_configurations_admin_assignments",
    "cancel_assignment_configurations_admin_assignments",
)


def _run(spec: dict[str, Any], flavour: str, app: Any = None) -> ContractReport:
    settings = ContractSettings(
        "http://127.0.0.1",
        client_id=DEMO_CLIENT_ID,
        client_secret=DEMO_CLIENT_SECRET,
        include=LINKED,
        phases=("documented",),
    )
    chosen = app or mock_app(spec, flavour)
    return run_contract(spec, settings, app=chosen, sourcemap=load_sourcemap(SPEC, spec))


def _passed(report: ContractReport, operation: str) -> dict[str, int]:
    return dict(report.operation(operation).passed_checks)


@pytest.fixture(scope="module")
def refusing(spec: dict[str, Any]) -> ContractReport:
    return _run(spec, "stateful")


def test_the_spec_says_which_state_bulk_revoke_is_refused_in(spec: dict[str, Any]) -> None:
    revoke = next(
        op for item in spec["paths"].values() for op in item.values() if op["operationId"] == REVOKE
    )
    rules = revoke["x-rstapi-refused-when"]
    assert [(rule["state"], rule["operationId"], rule["status"]) for rule in rules] == [
        ("revoked", REVOKE, "404")
    ]


def test_each_link_is_followed_on_a_fresh_item(refusing: ContractReport) -> None:
    for follow_up in LINKED[1:2] + LINKED[3:]:  # assign -> revoke, allocate -> remind and cancel
        assert _passed(refusing, follow_up).get("follow_up") == 1, summary_text(refusing)


def test_the_stateful_mock_refuses_the_revoke_of_a_revoked_license(refusing: ContractReport) -> None:
    assert _passed(refusing, REVOKE).get("refused_state") == 1, summary_text(refusing)
    assert not [f for f in refusing.operation(REVOKE).findings if f.check == "refused_state"]


def test_a_service_without_state_is_found_answering_2xx(spec: dict[str, Any]) -> None:
    report = _run(spec, "static", app=not_the_mock(mock_app(spec, "static")))
    found = [f for f in report.operation(REVOKE).findings if f.check == "refused_state"]
    assert len(found) == 1, summary_text(report)
    assert found[0].status == 204 and found[0].expected.startswith("404 for ")
    assert found[0].source is not None and found[0].source.startswith("rst_sources/")
    path, line = found[0].source.rsplit(":", 1)
    cited = (SPEC.parent.parent / path).read_text(encoding="utf-8").splitlines()[int(line) - 1]
    assert "not in an assigned or activated state" in cited  # the line a writer reads
    assert "not in an assigned or activated state" in found[0].message


def test_the_static_mock_which_keeps_no_state_is_not_judged_on_a_refused_state(spec: dict[str, Any]) -> None:
    """`rstapi contract` against `rstapi mock` is green: the static mock names itself in its Server
    header, in process as served, and the run says why the rule was not judged."""
    report = _run(spec, "static")
    assert report.ok, summary_text(report)
    assert not [f for f in report.operation(REVOKE).findings if f.check == "refused_state"]
    assert (
        f"{REVOKE} on an item {REVOKE} left 'revoked' not judged: the static rstapi mock keeps no state"
        in _notes(report)
    ), _notes(report)


def _changed(spec: dict[str, Any], change: Any) -> dict[str, Any]:
    changed = copy.deepcopy(spec)
    for item in changed["paths"].values():
        for operation in item.values():
            change(operation)
    return changed


def _notes(report: ContractReport) -> str:
    return " ".join(report.operation(REVOKE).skip_reasons)


def test_a_link_that_finds_no_value_is_said_not_followed(spec: dict[str, Any]) -> None:
    def unlink(operation: dict[str, Any]) -> None:
        for response in operation["responses"].values():
            for link in (response.get("links") or {}).values():
                if link["operationId"] == REVOKE:
                    link["requestBody"] = {"user_emails": "$response.body#/no_such_field"}

    report = _run(_changed(spec, unlink), "stateful")
    assert "not followed: the link gave no value from assign_subscriptions_licenses's answer" in _notes(
        report
    )
    assert "follow_up" not in _passed(report, REVOKE)


def test_a_rule_whose_setter_is_not_linked_is_said_not_tested(spec: dict[str, Any]) -> None:
    def reassign(operation: dict[str, Any]) -> None:
        for rule in operation.get("x-rstapi-refused-when", ()):
            rule["operationId"] = "allocate_policy_allocation"

    report = _run(_changed(spec, reassign), "stateful")
    assert "the refused-state rule is not tested: allocate_policy_allocation" in _notes(report)
    assert "refused_state" not in _passed(report, REVOKE)
