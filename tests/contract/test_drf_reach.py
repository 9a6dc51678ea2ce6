"""Never green by accident: against the drifted Django REST framework service (a real server on
127.0.0.1), a run that cannot reach what it was asked to test says why in one line and exits 2,
and the preflight probes exactly the operations the run tests, whatever their method."""

from __future__ import annotations

import re

from click.testing import CliRunner

from rstapi.cli import main
from tests.conftest import SPEC
from tests.contract.drf_service import ADMIN_TOKEN, VIEWER_TOKEN

SERVICE = ("--path-map", "/enterprise=/api", "--trailing-slash", "add")
POSTS = ("allocate_policy_allocation", "assign_subscriptions_licenses", "bulk_revoke_subscriptions_licenses")
HALF_MAPPED = (  # v1 is mapped to the service's /api/v1; v2 is left at the spec's /enterprise/v2
    "list_subscriptions",
    "assign_subscriptions_licenses",
    "get_enterprise_catalogs",
    "get_enterprise_catalogs_courses",
)


def _contract(base_url: str, token: str, *extra: str) -> tuple[int, str]:
    args = ["contract", "--spec", str(SPEC), "--base-url", base_url, "--token", token, *extra]
    result = CliRunner().invoke(main, args)
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.output


def _included(*operations: str) -> list[str]:
    return [argument for operation in operations for argument in ("--include", operation)]


def _line(output: str, start: str) -> str:
    found = [line for line in output.splitlines() if line.startswith(start) and " cases" in line]
    assert len(found) == 1, output
    return found[0]


def test_a_refused_token_stops_at_the_preflight(drf_url: str) -> None:
    """The probes are the included operations (all answer 401), not GETs the run does not test."""
    code, output = _contract(drf_url, "expired", *SERVICE, *_included("list_subscriptions", *POSTS))
    assert code == 2, output
    assert "the token is refused or expired: every probed operation answers 401" in output
    assert re.search(r"OPTIONS \S+/api/v1/policy-allocation/\S+/allocate/ -> 401", output), output
    assert "enterprise-catalogs" not in output  # never probed: not in the run


def test_a_refused_token_without_preflight_is_not_reached_not_passed(drf_url: str) -> None:
    extra = ("--no-preflight", "--phase", "documented", "--phase", "examples")
    code, output = _contract(
        drf_url, "expired", *SERVICE, *_included("bulk_revoke_subscriptions_licenses"), *extra
    )
    assert code == 2, output
    line = _line(
        output, "NOT REACHED POST /enterprise/v1/subscriptions/{subscription_plan_uuid}/licenses/bulk-revoke"
    )
    assert 'every response was 401 ("Invalid token."): the token is refused' in line
    assert "failed:" not in line  # a refused token is the reason, not a finding of each request
    assert "PASS" not in output and "1 not reached" in output


def test_a_service_serving_only_the_post_operations_is_reached(drf_url: str) -> None:
    """The run names the three POST operations; the service serves nothing else under this prefix.
    The preflight probes them with OPTIONS and lets the run test them."""
    mapped = ("--path-map", "/enterprise/v1=/posts-only/v1", "--trailing-slash", "add")
    code, output = _contract(drf_url, ADMIN_TOKEN, *mapped, *_included(*POSTS), "--phase", "examples")
    assert code == 1, output  # findings (the 207 partial success), but every operation was tested
    assert "NOT REACHED" not in output and "0 not reached" in output
    for operation in POSTS:
        assert re.search(rf"^(PASS|FAIL) POST \S+ \({operation}\)", output, re.MULTILINE), output
    statuses = output.split("statuses observed:")[1].split("\n\n")[0].strip().splitlines()
    assert len(statuses) == 3 and all(re.search(r": 20\d x", line) for line in statuses), statuses


def test_half_the_operations_behind_a_wrong_prefix_stops_at_the_preflight(drf_url: str) -> None:
    mapped = ("--path-map", "/enterprise/v1=/api/v1", "--trailing-slash", "add")
    code, output = _contract(drf_url, ADMIN_TOKEN, *mapped, *_included(*HALF_MAPPED))
    assert code == 2, output
    assert "2 of 4 operations answer 404 with a page that is not JSON" in output
    assert "GET " + drf_url + "/enterprise/v2/enterprise-catalogs/" in output
    assert "/api/v1/subscriptions/" not in output  # the served ones are not blamed


def test_half_the_operations_behind_a_wrong_prefix_without_preflight(drf_url: str) -> None:
    mapped = ("--path-map", "/enterprise/v1=/api/v1", "--trailing-slash", "add", "--no-preflight")
    extra = ("--phase", "examples")
    code, output = _contract(drf_url, ADMIN_TOKEN, *mapped, *_included(*HALF_MAPPED), *extra)
    assert code == 2, output
    for path, operation in (
        ("{catalog_id}", "get_enterprise_catalogs"),
        ("{catalog_id}/courses/{course_key}", "get_enterprise_catalogs_courses"),
    ):
        line = _line(output, f"NOT REACHED GET /enterprise/v2/enterprise-catalogs/{path} ({operation})")
        assert "every response was 404" in line and "the service does not serve this path" in line
    assert re.search(r"^(PASS|FAIL) GET /enterprise/v1/subscriptions ", output, re.MULTILINE), output
    assert "2 not reached" in output


def test_a_token_lacking_a_permission_is_not_reached_with_the_services_detail(drf_url: str) -> None:
    extra = ("--phase", "examples", "--include", "bulk_revoke_subscriptions_licenses")
    code, output = _contract(drf_url, VIEWER_TOKEN, *SERVICE, *extra)
    assert code == 2, output
    line = _line(output, "NOT REACHED POST /enterprise/v1/subscriptions/{subscription_plan_uuid}/licenses/")
    assert (
        'every response was 403 ("You do not have permission to manage this subscription plan."): '
        "the token lacks a permission" in line
    ), line
