"""The documented phase against the drifted Django REST framework service: the reference's own
requests changed one thing at a time find what generated data misses (every generated id was either
the seeded one or malformed): a well-formed unknown id refused with 403 before the lookup, a partial
success, a plain string refused where the reference allows one, a type the service does not check."""

from __future__ import annotations

from typing import Any

import pytest

from rstapi.contract import ContractReport, summary_text
from rstapi.contract.results import CheckFailure
from tests.conftest import SPEC
from tests.contract.conftest import drf_report

OPERATIONS = (
    "list_subscriptions",
    "assign_subscriptions_licenses",
    "bulk_revoke_subscriptions_licenses",
    "get_enterprise_catalogs",
)


@pytest.fixture(scope="module")
def report(spec: dict[str, Any], drf_url: str) -> ContractReport:
    return drf_report(spec, drf_url, *OPERATIONS, phases=("documented",))


def _found(report: ContractReport, operation: str, what: str) -> CheckFailure:
    found = [f for f in report.operation(operation).findings if what in f.expected or what in f.observed]
    assert len(found) == 1, summary_text(report)
    assert found[0].phase == "documented"
    return found[0]


def _rst_line(source: str | None) -> str:
    assert source is not None and source.startswith("rst_sources/"), source
    path, line = source.rsplit(":", 1)
    return (SPEC.parent.parent / path).read_text(encoding="utf-8").splitlines()[int(line) - 1]


def test_a_well_formed_unknown_id_answered_403_where_404_is_documented(report: ContractReport) -> None:
    finding = _found(report, "bulk_revoke_subscriptions_licenses", "for an unknown subscription_plan_uuid")
    assert finding.status == 403 and finding.drift_class == "undocumented status"
    assert finding.expected.startswith("404 for an unknown subscription_plan_uuid")
    assert finding.message.startswith("403 where the reference documents 404 for an unknown")
    assert finding.message.endswith(f"({finding.source})")
    assert f"in words: {finding.message}" in summary_text(report)
    assert _rst_line(finding.source).strip().startswith("404 Not Found")  # the line to edit
    assert "You do not have permission" in finding.response_excerpt


def test_a_partial_success_for_one_unknown_email(report: ContractReport) -> None:
    finding = _found(report, "bulk_revoke_subscriptions_licenses", "one known and one unknown item")
    assert finding.status == 207 and finding.drift_class == "undocumented status"
    assert "@example.com" in finding.curl and "no license" in finding.response_excerpt
    assert "a writer adds it beside" in finding.add_at


def test_a_single_field_the_service_reads_stricter_than_documented(report: ContractReport) -> None:
    """One change per request: a plain string for `enterprise_customer_uuid` alone, so the 400 can
    only be about it."""
    finding = _found(report, "list_subscriptions", "enterprise_customer_uuid as another plain string")
    assert finding.status == 400 and finding.drift_class == "stricter input rules than documented"
    assert "enterprise_customer_uuid" in _rst_line(finding.source)


def test_a_field_of_another_type_accepted(report: ContractReport) -> None:
    finding = _found(report, "assign_subscriptions_licenses", "greeting of another type than string")
    assert finding.status == 200 and finding.drift_class == "laxer input rules than documented"
    assert '"greeting": 12345' in finding.curl


def test_what_the_service_does_as_documented_is_not_a_finding(report: ContractReport) -> None:
    """The catalog answers the documented 404 for an unknown catalog id, 200 for the seeded one and
    the documented 401 for the documented request sent without credentials."""
    catalog = report.operation("get_enterprise_catalogs")
    assert dict(catalog.statuses) == {200: 1, 401: 1, 404: 1}, summary_text(report)
    assert not catalog.findings, summary_text(report)


def test_a_status_only_the_overlay_states_is_labelled_the_overlays(report: ContractReport) -> None:
    """The reference documents no 404 for assign; the overlay adds it. The finding cites the overlay
    action's line and says the rule is the overlay's, so nobody edits the reference for it."""
    finding = _found(report, "assign_subscriptions_licenses", "for an unknown subscription_plan_uuid")
    assert finding.overlay and finding.source is not None
    path, line = finding.source.rsplit(":", 1)
    assert path == "rst_sources/overlay.yaml"
    lines = (SPEC.parent.parent / path).read_text(encoding="utf-8").splitlines()[int(line) - 1 :]
    assert lines[0].lstrip().startswith("- target:")
    action = lines[: next(i for i, text in enumerate(lines[1:], 1) if "- target:" in text)]
    assert any(text.strip().strip('"').startswith("404") for text in action)  # the action adds the 404
    assert "where the overlay, not the reference, states 404" in finding.message
    assert f"(the overlay's rule, {finding.source})" in summary_text(report)
