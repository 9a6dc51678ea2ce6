"""A rule the reference states in prose ("A request must either provide ``a`` or ``b``, but not
both") is in the spec (`not`/`anyOf` of `required`), so the generated requests that break it are the
reference's expected refusals, not "stricter input rules than documented". Against the Django REST
framework service, whose serializer refuses both and neither with 400: before the rule was read,
a default run reported 21 such refusals of bulk revoke as stricter input rules."""

from __future__ import annotations

from typing import Any

from rstapi.contract import summary_text
from tests.contract.conftest import drf_report

OPERATION = "bulk_revoke_subscriptions_licenses"


def test_requests_breaking_a_prose_rule_are_expected_refusals(spec: dict[str, Any], drf_url: str) -> None:
    report = drf_report(spec, drf_url, OPERATION, phases=("coverage", "fuzzing"))
    result = report.operation(OPERATION)
    assert dict(result.statuses).get(400, 0) > 0, summary_text(report)  # the service refused some
    stricter = [f for f in result.findings if f.drift_class == "stricter input rules than documented"]
    assert not stricter, summary_text(report)
    assert any(200 <= status < 300 for status, _ in result.statuses)


def test_the_documented_phase_sends_both_fields_and_takes_the_refusal_as_expected(
    spec: dict[str, Any], drf_url: str
) -> None:
    """The documented body (user_emails) gains the other field of the pair (filters, from the
    reference's other example): the service's 400 is what the rule says, not a finding."""
    report = drf_report(spec, drf_url, OPERATION, phases=("documented",))
    result = report.operation(OPERATION)
    assert dict(result.statuses).get(400, 0) >= 2, summary_text(report)  # "both", and "not an array"
    assert not [f for f in result.findings if "both" in f.expected or f.status == 400], summary_text(report)
