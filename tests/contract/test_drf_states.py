"""The documented phase follows the spec's links through the states the reference describes, against
the Django REST framework service: a fixture reference (house style) says bulk-revoke answers 404
when "the license has already been revoked", and its overlay links assign -> bulk-revoke. The
follow-up on a freshly assigned license is a documented success on both services; revoking it again
is refused with 404 by `/api/v1` (no finding) and answered 204 by `/lax/v1` ("an action on an item
in a state the reference refuses", at the rule's line, with the three-step reproduction)."""

from __future__ import annotations

from typing import Any

import pytest

from rstapi.contract import ContractReport, ContractSettings, run_contract, summary_text
from rstapi.naming import operation_id_for
from tests.conftest import build_rst
from tests.contract.drf_service import ADMIN_TOKEN, PLAN_UUID
from tests.rst_style import document, endpoint, field_table, line_number, literal, subsection

PLAN = "/lic/v1/subscriptions/{plan_uuid}/licenses"
ASSIGN = operation_id_for("POST", f"{PLAN}/assign")
REVOKE = operation_id_for("POST", f"{PLAN}/bulk-revoke")
RULE = "404 Not Found - No license for one of the emails, or the license has already been revoked."

OVERLAY = f"""
overlay: 1.0.0
info:
  title: links of the fixture
  version: 1.0.0
actions:
  - target: $.paths['{PLAN}/assign'].post.responses['200']
    description: bulk-revoke takes the emails assign just gave licenses to, in the same plan.
    update:
      links:
        RevokeAssigned:
          operationId: {REVOKE}
          parameters:
            plan_uuid: $request.path.plan_uuid
          requestBody:
            user_emails: $request.body#/user_emails
"""


def _action(verb: str, statuses: str) -> str:
    curl = (
        f"curl -X POST https://api.example.com{PLAN.replace('{plan_uuid}', PLAN_UUID)}/{verb} \\\n"
        "  -H 'Authorization: JWT {access token}' \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        """  -d '{"user_emails": ["abc@example.com"]}'"""
    )
    rows = field_table(("user_emails", "array", "The learners' email addresses."))
    return endpoint(
        title=f"licenses {verb} Endpoint",
        method="POST",
        path=f"{PLAN}/{verb}",
        prose=f"POST calls to the ``{verb}`` endpoint {verb} licenses of a plan.",
        rest=subsection("Request Values", rows)
        + subsection("Example Request", literal(curl))
        + subsection("Response", f"The request can return the following responses:\n\n{statuses}"),
    )


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    text = document(
        _action("assign", "    200 OK - The licenses were assigned."),
        _action("bulk-revoke", f"    204 No Content - The licenses were revoked.\n\n    {RULE}"),
    )
    result = build_rst(tmp_path_factory.mktemp("states"), text, overlay=OVERLAY)
    assert result.spec is not None, result.diagnostics
    return result.spec, text


def _run(spec: dict[str, Any], base_url: str, prefix: str) -> ContractReport:
    settings = ContractSettings(
        base_url,
        token=f"JWT {ADMIN_TOKEN}",  # the fixture documents no security scheme: the prefix as sent
        include=(ASSIGN, REVOKE),
        path_map=(("/lic", prefix),),
        trailing_slash="add",
        phases=("documented",),
    )
    return run_contract(spec, settings)


def test_the_rule_is_in_the_spec(reference: tuple[dict[str, Any], str]) -> None:
    spec, text = reference
    rules = spec["paths"][f"{PLAN}/bulk-revoke"]["post"]["x-rstapi-refused-when"]
    assert [(r["state"], r["operationId"], r["status"]) for r in rules] == [("revoked", REVOKE, "404")]
    assert rules[0]["x-rst-source"] == f"ref.rst:{line_number(text, 'already been revoked')}"


def test_a_service_answering_2xx_in_the_refused_state_is_found(
    reference: tuple[dict[str, Any], str], drf_url: str
) -> None:
    spec, text = reference
    report = _run(spec, drf_url, "/lax")
    found = [f for f in report.operation(REVOKE).findings if f.check == "refused_state"]
    assert len(found) == 1, summary_text(report)
    finding = found[0]
    assert finding.drift_class == "an action on an item in a state the reference refuses"
    assert finding.status == 204 and finding.expected.startswith("404 for ")
    assert "revoked" in finding.expected
    assert finding.source == f"ref.rst:{line_number(text, 'already been revoked')}"
    assert "the license has already been revoked" in finding.message
    assert len(finding.steps) == 3  # assign, revoke, revoke again
    assert "/licenses/assign/" in finding.steps[0] and "bulk-revoke" in finding.steps[2]
    assert "rstapi-state-" in finding.steps[0] and "@example.com" in finding.steps[0]
    assert "state the reference refuses" in summary_text(report)
    assert dict(report.operation(REVOKE).passed_checks).get("follow_up") == 1  # the fresh item was revoked


def test_a_service_refusing_in_that_state_gives_no_such_finding(
    reference: tuple[dict[str, Any], str], drf_url: str
) -> None:
    spec, _ = reference
    report = _run(spec, drf_url, "/api")
    findings = report.operation(REVOKE).findings
    assert not [f for f in findings if f.check in ("refused_state", "follow_up", "documented_case")], (
        summary_text(report)
    )
    passed = dict(report.operation(REVOKE).passed_checks)
    assert passed.get("follow_up") == 1 and passed.get("refused_state") == 1, summary_text(report)
