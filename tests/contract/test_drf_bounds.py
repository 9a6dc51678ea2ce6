"""A documented bound is tried against a real Django REST framework service: the documented phase
sends the reference's example with one field just past its documented minimum ("content_price_cents
... Must be >= 0" -> -1). The service whose serializer has ``min_value=0`` refuses it, as documented:
no finding; the one under /lax/v1, whose field has no bound, accepts it: a finding that cites the
rule and the field's row in the reference."""

from __future__ import annotations

import copy
from typing import Any

from rstapi.contract import ContractReport, summary_text
from tests.conftest import SPEC
from tests.contract.conftest import drf_report
from tests.contract.drf_service import CONTENT_KEY_PATTERN, LEARNERS_AT_MOST

OPERATION = "allocate_policy_allocation"
WHAT = "content_price_cents below its minimum (0)"


def _report(spec: dict[str, Any], base_url: str, prefix: str) -> ContractReport:
    return drf_report(spec, base_url, OPERATION, prefix=prefix, phases=("documented",))


def _saying(report: ContractReport, said: str) -> list[Any]:
    """The allocate's findings that say ``said`` (what the request sent, or what came back)."""
    return [f for f in report.operation(OPERATION).findings if said in f.expected or said in f.observed]


def test_the_bound_the_service_enforces_is_no_finding(spec: dict[str, Any], drf_url: str) -> None:
    report = _report(spec, drf_url, "/api")
    result = report.operation(OPERATION)
    assert result.cases > 0 and dict(result.statuses).get(400, 0) > 0, summary_text(report)  # refused
    assert _saying(report, WHAT) == [], summary_text(report)


def test_a_bound_the_service_does_not_enforce_is_a_finding_at_its_rule(
    spec: dict[str, Any], drf_url: str
) -> None:
    report = _report(spec, drf_url, "/lax")
    [finding] = _saying(report, WHAT)
    assert finding.phase == "documented" and finding.status is not None and finding.status < 300
    assert "minimum" in finding.expected + finding.observed
    assert finding.source is not None and finding.source.startswith("rst_sources/")
    path, line = finding.source.rsplit(":", 1)  # the field's row, whose description gives the bound
    assert (
        "``content_price_cents``"
        in (SPEC.parent.parent / path).read_text(encoding="utf-8").splitlines()[int(line) - 1]
    )


LIST = "learner_emails"


def _with_rule(spec: dict[str, Any], field: str, rule: str, value: Any) -> dict[str, Any]:
    """The spec with the allocate body's ``field`` bounded as the service bounds it (``rule``, as an
    overlay would add it: the reference does not say)."""
    bounded = copy.deepcopy(spec)
    body = bounded["paths"]["/enterprise/v1/policy-allocation/{policy_uuid}/allocate/"]["post"]["requestBody"]
    schema = body["content"]["application/json"]["schema"]
    if "$ref" in schema:
        schema = bounded["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    schema["properties"][field][rule] = value
    return bounded


TOO_MANY = f"{LIST} with {LEARNERS_AT_MOST + 1} items, more than its maxItems ({LEARNERS_AT_MOST})"


def test_a_list_longer_than_its_max_items_is_refused_by_the_service_that_bounds_it(
    spec: dict[str, Any], drf_url: str
) -> None:
    """DRF's ``ListField(max_length=100)`` refuses 101 learners, as the spec's maxItems says: no
    finding; the /lax/v1 allocate takes them all: a finding citing maxItems."""
    bounded = _with_rule(spec, LIST, "maxItems", LEARNERS_AT_MOST)
    assert _saying(_report(bounded, drf_url, "/api"), TOO_MANY) == []
    [finding] = _saying(_report(bounded, drf_url, "/lax"), TOO_MANY)
    assert finding.phase == "documented" and finding.status is not None and finding.status < 300
    assert "maxItems" in finding.expected + finding.observed


UNMATCHED = f"content_key not matching its pattern ({CONTENT_KEY_PATTERN})"


def test_a_string_its_pattern_does_not_match_is_refused_by_the_service_that_checks_it(
    spec: dict[str, Any], drf_url: str
) -> None:
    """DRF's ``RegexField`` (/keyed/v1) refuses a content key its pattern does not match, as the
    spec's pattern says: no finding; the /unchecked/v1 allocate (a CharField, no model validator)
    saves it: a finding citing the pattern."""
    keyed = _with_rule(spec, "content_key", "pattern", CONTENT_KEY_PATTERN)
    refused = _report(keyed, drf_url, "/keyed")
    result = refused.operation(OPERATION)
    assert _saying(refused, UNMATCHED) == [] and dict(result.statuses).get(400, 0) > 0, summary_text(refused)
    assert not any(status >= 500 for status, _ in result.statuses), summary_text(refused)
    [finding] = _saying(_report(keyed, drf_url, "/unchecked"), UNMATCHED)
    assert finding.phase == "documented" and finding.status is not None and finding.status < 300
    assert "pattern" in finding.expected + finding.observed
