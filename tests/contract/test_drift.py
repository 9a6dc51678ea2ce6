"""A default contract run against a deliberately drifted service (tests/contract/drifted_service.py)
reports each class of drift as its own finding, with the RST line of the fact it contradicts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from rstapi.contract import ContractReport, ContractSettings, run_contract, summary_text
from rstapi.contract.results import DRIFT, FAILURE, CheckFailure
from rstapi.openapi.sourcemap import load_sourcemap
from tests.conftest import SPEC
from tests.contract.drifted_service import TOKEN, make_drifted_app

SOURCE = re.compile(r"^rst_sources/.+\.rst:\d+$")


@pytest.fixture(scope="module")
def report(spec: dict[str, Any]) -> ContractReport:
    """The default run: every phase and check, default examples, the token the service accepts."""
    settings = ContractSettings("http://127.0.0.1", token=TOKEN)
    return run_contract(spec, settings, app=make_drifted_app(), sourcemap=load_sourcemap(SPEC, spec))


def _findings(report: ContractReport, operation_id: str, drift_class: str) -> list[CheckFailure]:
    return [f for f in report.operation(operation_id).findings if f.drift_class == drift_class]


def _one(report: ContractReport, operation_id: str, drift_class: str) -> CheckFailure:
    found = _findings(report, operation_id, drift_class)
    assert found, f"{operation_id}: no {drift_class!r} finding\n{summary_text(report)}"
    return found[0]


def _rst_line(source: str | None) -> str:
    assert source is not None and SOURCE.match(source), source
    path, line = source.rsplit(":", 1)
    return Path(SPEC.parent.parent / path).read_text(encoding="utf-8").splitlines()[int(line) - 1]


def test_a_documented_status_that_never_comes(report: ContractReport) -> None:
    finding = _one(report, "bulk_revoke_subscriptions_licenses", "documented status never came")
    assert (finding.kind, finding.expected, finding.observed) == (FAILURE, "status 204", "status 200")
    assert _rst_line(finding.source).strip().startswith("204 No Content")  # the status's own line


@pytest.mark.parametrize(
    ("operation_id", "status"),
    [
        ("assign_subscriptions_licenses", 207),  # partial success
        ("get_enterprise_catalogs", 403),  # 404 is documented
        ("bulk_revoke_subscriptions_licenses", 200),  # 204 is documented
    ],
)
def test_an_undocumented_status(report: ContractReport, operation_id: str, status: int) -> None:
    findings = _findings(report, operation_id, "undocumented status")
    assert f"status {status}" in [f.observed for f in findings], summary_text(report)
    assert all(f.kind == FAILURE and f.status == status for f in findings if f.observed == f"status {status}")


def test_a_server_error_is_its_own_finding_with_the_html_page_shortened(report: ContractReport) -> None:
    finding = _one(report, "get_enterprise_catalogs_courses", "server error")
    assert finding.response_excerpt.startswith("[HTML page 'Server Error (500)'")
    assert "<style>" not in finding.response_excerpt
    # Said once: the 500 is not also an "undocumented status".
    statuses = [f.status for f in _findings(report, "get_enterprise_catalogs_courses", "undocumented status")]
    assert 500 not in statuses


def test_undocumented_fields_are_drift_not_failures(report: ContractReport) -> None:
    finding = _one(report, "list_subscriptions", "undocumented field (not in the reference)")
    assert finding.kind == DRIFT
    assert "plan_type" in finding.observed
    assert not any("plan_type" in f.observed for f in report.operation("list_subscriptions").failures)


def test_a_nested_object_of_another_shape(report: ContractReport) -> None:
    finding = _one(report, "list_subscriptions", "object of another shape than documented")
    assert finding.kind == FAILURE
    assert "applied" in finding.observed and "total" in finding.expected and "used" in finding.expected
    assert "revocations" in _rst_line(finding.source)


def test_a_null_object_breaks_the_documented_schema(report: ContractReport) -> None:
    finding = _one(report, "list_subscriptions", "response does not match the documented schema")
    assert finding.observed.endswith("/licenses = null")
    assert "licenses" in _rst_line(finding.source)


def test_an_undocumented_body_is_drift(report: ContractReport) -> None:
    finding = _one(
        report,
        "remind_assignment_configurations_admin_assignments",
        "undocumented body (not in the reference)",
    )
    assert finding.kind == DRIFT and "reminded" in finding.observed
    remind = report.operation("remind_assignment_configurations_admin_assignments")
    assert "undocumented_body" not in remind.failed_check_names  # drift does not fail the operation


def test_a_documented_request_example_rejected(report: ContractReport) -> None:
    finding = _one(report, "bulk_revoke_subscriptions_licenses", "documented request example rejected")
    assert finding.status == 400 and finding.phase == "examples"
    assert "user_email" in finding.curl
    # The source is the example's own line in the RST, not the operation's.
    operation_source = _one(report, "bulk_revoke_subscriptions_licenses", "undocumented status").source
    assert finding.source != operation_source


def test_stricter_input_rules_than_documented(report: ContractReport) -> None:
    finding = _one(report, "assign_subscriptions_licenses", "stricter input rules than documented")
    assert finding.status == 400
    assert "user_sfids" in _rst_line(finding.source)  # the field the service's 400 names


def test_a_string_the_service_requires_to_be_a_uuid(report: ContractReport) -> None:
    """`enterprise_customer_uuid` is documented as a plain string; the service answers 400 to any
    other text. The run keeps sending what the reference allows (it does not learn the service's
    rule from its 400s) and names the parameter and its RST line."""
    findings = _findings(report, "list_subscriptions", "stricter input rules than documented")
    named = [f for f in findings if "enterprise_customer_uuid" in f.observed]
    assert named, summary_text(report)
    assert named[0].status == 400 and named[0].kind == FAILURE
    assert "enterprise_customer_uuid" in _rst_line(named[0].source)


def test_the_uuid_rule_is_found_by_every_run_not_only_the_first(spec: dict[str, Any]) -> None:
    """What one run learnt from the service's 400s must not hide the drift from the next one in the
    same process (a test session, a watch loop): each run reports it."""
    settings = ContractSettings("http://127.0.0.1", token=TOKEN, include=("list_subscriptions",))
    for _ in range(2):
        report = run_contract(spec, settings, app=make_drifted_app())
        findings = _findings(report, "list_subscriptions", "stricter input rules than documented")
        assert any("enterprise_customer_uuid" in f.observed for f in findings), summary_text(report)


def test_error_bodies_are_not_checked_against_an_invented_shape(report: ContractReport) -> None:
    """The service answers errors in its own shape ({"detail": ...}, HTML); the reference documents
    the statuses, the overlay's `Error` schema only describes the mock."""
    checks = {name for op in report.operations for name in op.failed_check_names}
    statuses = {status for op in report.operations for status, _ in op.statuses}
    assert {400, 401, 404, 405} <= statuses
    assert "content_type_conformance" not in checks
    for op in report.operations:
        for finding in op.findings:
            if finding.check == "response_schema_conformance":
                assert finding.status is not None and finding.status < 400, finding


def test_every_class_is_reported_and_the_curl_hides_the_token(report: ContractReport) -> None:
    assert report.drift_classes >= {
        "documented status never came",
        "undocumented status",
        "server error",
        "undocumented field (not in the reference)",
        "undocumented body (not in the reference)",
        "object of another shape than documented",
        "response does not match the documented schema",
        "documented request example rejected",
        "stricter input rules than documented",
    }
    text = summary_text(report)
    assert TOKEN not in text and "[Filtered]" not in text
    assert '-H "Authorization: JWT $TOKEN"' in text


def test_strict_drift_makes_undocumented_fields_failures(spec: dict[str, Any]) -> None:
    settings = ContractSettings(
        "http://127.0.0.1",
        token=TOKEN,
        strict_drift=True,
        include=("remind_assignment_configurations_admin_assignments",),
        phases=("examples",),
    )
    report = run_contract(spec, settings, app=make_drifted_app())
    assert report.operation("remind_assignment_configurations_admin_assignments").status == "failed"
    assert not report.ok


def test_including_a_single_operation_runs_without_links(spec: dict[str, Any]) -> None:
    """Every phase on, one operation: the stateful phase has nothing to chain, which is not an error."""
    settings = ContractSettings(
        "http://127.0.0.1", token=TOKEN, include=("get_enterprise_catalogs",), max_examples=3
    )
    report = run_contract(spec, settings, app=make_drifted_app())
    text = summary_text(report)
    assert not report.errors and "Missing Open API links" not in text, text
    assert [op.operation_id for op in report.operations] == ["get_enterprise_catalogs"]
    assert report.operation("get_enterprise_catalogs").cases > 0
    assert f"{len(spec_operations(spec)) - 1} operations not named by --include were left out" in text


def spec_operations(spec: dict[str, Any]) -> list[str]:
    return [op["operationId"] for item in spec["paths"].values() for op in item.values()]


def test_a_multi_step_failure_is_reproduced_in_numbered_steps(spec: dict[str, Any]) -> None:
    """assign -> bulk-revoke (a declared link) on a service whose revoke answers its drifted 200
    only for emails assigned before: the reproduction keeps both requests (shrinking drops a step
    the failure does not need, so on the default service, where any revoke answers 200, it is one)."""
    settings = ContractSettings(
        "http://127.0.0.1",
        token=TOKEN,
        include=("assign_subscriptions_licenses", "bulk_revoke_subscriptions_licenses"),
        phases=("stateful",),
        # enough chains that a revoke with user_emails alone follows an assign: with the reference's
        # "either ... or ..., not both" rule in the spec, a revoke may carry filters instead, which
        # this service refuses (400) whatever came before; 5 examples left it to the process's history
        max_examples=15,
    )
    report = run_contract(spec, settings, app=make_drifted_app(revoke_needs_assign=True))
    finding = _one(report, "bulk_revoke_subscriptions_licenses", "undocumented status")
    assert len(finding.steps) >= 2 and finding.phase == "stateful"
    assert "/licenses/assign" in finding.steps[0] and "/licenses/bulk-revoke" in finding.steps[-1]
    text = summary_text(report)
    assert "        1. curl -X POST" in text and "        2. curl -X POST" in text
