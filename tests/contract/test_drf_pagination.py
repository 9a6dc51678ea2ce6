"""Documented query bounds against DRF's own pagination (a real service on 127.0.0.1): the
reference gives the learner summary's ``page`` and ``page_size`` a minimum of 1. DRF refuses
``page=0`` ("Invalid page.", 404: a refusal, as documented) but serves ``page_size=0`` with its
default size, which the documented phase reports as a bound the service does not keep."""

from __future__ import annotations

from typing import Any

import pytest

from rstapi.contract import ContractReport, summary_text
from tests.contract.conftest import drf_report

OPERATION = "list_enterprise_customer_learner_summary"


@pytest.fixture(scope="module")
def report(spec: dict[str, Any], drf_url: str) -> ContractReport:
    return drf_report(spec, drf_url, OPERATION, phases=("documented",))


def _about(report: ContractReport, what: str) -> list[Any]:
    return [f for f in report.operation(OPERATION).findings if what in f.expected or what in f.observed]


def test_a_page_below_1_is_refused_as_documented(report: ContractReport) -> None:
    result = report.operation(OPERATION)
    assert result.not_reached == "", summary_text(report)
    # two 404s: the unknown customer id, and page=0 ("Invalid page."), a refusal as documented
    assert dict(result.statuses).get(404) == 2, summary_text(report)
    assert _about(report, "page below its minimum (1)") == [], summary_text(report)


def test_a_page_size_below_1_served_anyway_is_a_finding(report: ContractReport) -> None:
    [finding] = _about(report, "page_size below its minimum (1)")
    assert finding.status == 200 and finding.phase == "documented"
    assert "page_size=0" in finding.curl
