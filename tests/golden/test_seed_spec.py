"""What the committed spec carries from the seed reference's own tables and examples (issue 2's list).

A golden test: it reads spec/openapi.yaml, so after an edit of the reference regenerate with
    nox -s regenerate
(or `rstapi build`); only removing what these facts name from the reference makes it fail.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from tests.conftest import SEED, SPEC

SPEC_DICT: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
OPS = {(m, p): op for p, item in SPEC_DICT["paths"].items() for m, op in item.items()}
SCHEMAS = SPEC_DICT["components"]["schemas"]


def op(method: str, path: str) -> dict[str, Any]:
    return OPS[(method, path)]


def params(method: str, path: str) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in op(method, path).get("parameters", [])}


def schema_of(ref: dict[str, Any]) -> dict[str, Any]:
    return SCHEMAS[ref["$ref"].rsplit("/", 1)[1]]


def learner_summary_row() -> dict[str, Any]:
    """The row schema: the overlay pages the learner summary, so the rows are the page's results."""
    response = op("get", "/enterprise/v3/enterprise-customer/{enterprise_uuid}/learner-summary")["responses"][
        "200"
    ]
    page = schema_of(response["content"]["application/json"]["schema"])
    return schema_of(page["properties"]["results"]["items"])


def test_thirteen_documented_operations_plus_the_token_endpoint() -> None:
    documented = [k for k, v in OPS.items() if "x-rstapi-token-endpoint" not in v]
    assert len(documented) == 13
    assert ("post", "/oauth2/v1/access_token") in OPS


def test_leading_slash_added_and_trailing_slashes_kept() -> None:
    paths = set(SPEC_DICT["paths"])
    assert (
        "/enterprise/v1/assignment-configurations/{assignment_configuration_uuid}/admin/assignments/remind/"
        in paths
    )
    assert "/enterprise/v1/subscriptions/{subscription_plan_uuid}/licenses/assign" in paths
    assert all(p.startswith("/") for p in paths)


def test_operation_ids_are_unique_snake_case() -> None:
    ids = [o["operationId"] for o in OPS.values()]
    assert len(ids) == len(set(ids))
    assert all(i == i.lower() and " " not in i and "-" not in i for i in ids)


def test_one_spelling_per_path_parameter() -> None:
    program = "/enterprise/v2/enterprise-catalogs/{catalog_id}/programs/{program_ID}"
    assert set(params("get", program)) == {"catalog_id", "program_ID"}
    assert not any("catalogID" in p or "program_uuid" in p for p in SPEC_DICT["paths"])


def test_query_parameters_from_tables_curl_and_prose() -> None:
    subs = params("get", "/enterprise/v1/subscriptions")
    assert subs["current"]["schema"] == {"type": ["boolean", "null"]} and subs["current"]["example"] is True
    assert subs["page"]["example"] == 1
    limit = params("get", "/enterprise/v2/enterprise-catalogs/{catalog_id}")["limit"]
    assert limit["schema"] == {"type": "integer", "default": 20} and limit["example"] == 250
    assert "ordering" in params("get", "/enterprise/v3/enterprise-customer/{enterprise_uuid}/learner-summary")


def test_body_field_described_as_query_param_is_a_query_param() -> None:
    enrollment = op("post", "/enterprise/v1/bulk-license-enrollment")
    assert (
        params("post", "/enterprise/v1/bulk-license-enrollment")["enterprise_customer_uuid"]["in"] == "query"
    )
    body = schema_of(enrollment["requestBody"]["content"]["application/json"]["schema"])
    assert "enterprise_customer_uuid" not in body["properties"]
    assert body["properties"]["emails"]["maxItems"] == 1000


def test_request_constraints_from_descriptions() -> None:
    allocate = op("post", "/enterprise/v1/policy-allocation/{policy_uuid}/allocate/")
    body = schema_of(allocate["requestBody"]["content"]["application/json"]["schema"])
    assert body["properties"]["content_price_cents"]["minimum"] == 0


def test_documented_statuses() -> None:
    assert "202" in op("post", "/enterprise/v1/policy-allocation/{policy_uuid}/allocate/")["responses"]
    assert "201" in op("post", "/enterprise/v1/bulk-license-enrollment")["responses"]
    revoke = op("post", "/enterprise/v1/subscriptions/{subscription_plan_uuid}/licenses/bulk-revoke")[
        "responses"
    ]
    assert revoke["204"]["description"] == "All revocations were successful."
    assert "content" not in revoke["204"]
    assert revoke["404"]["description"].startswith("No license exists in the plan")


def test_shared_content_items_are_components_referenced_by_the_detail_operations() -> None:
    for path, name in [
        ("/enterprise/v2/enterprise-catalogs/{catalog_id}/courses/{course_key}", "Course"),
        ("/enterprise/v2/enterprise-catalogs/{catalog_id}/course-runs/{course_run_ID}", "CourseRun"),
        ("/enterprise/v2/enterprise-catalogs/{catalog_id}/programs/{program_ID}", "Program"),
    ]:
        media = op("get", path)["responses"]["200"]["content"]["application/json"]
        assert media["schema"] == {"$ref": f"#/components/schemas/{name}"}
        assert media["examples"], name


def test_paginated_envelopes_point_at_their_items() -> None:
    catalog = op("get", "/enterprise/v2/enterprise-catalogs/{catalog_id}")["responses"]["200"]["content"][
        "application/json"
    ]
    envelope = schema_of(catalog["schema"])
    assert set(envelope["properties"]) == {"count", "next", "previous", "results"}
    assert envelope["properties"]["results"]["items"] == {"$ref": "#/components/schemas/Course"}
    subscriptions = schema_of(
        op("get", "/enterprise/v1/subscriptions")["responses"]["200"]["content"]["application/json"]["schema"]
    )
    assert subscriptions["properties"]["results"]["items"] == {
        "$ref": "#/components/schemas/SubscriptionPlan"
    }


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("decimal", {"type": "string", "format": "decimal"}),  # in no example: as DRF sends it (DOC221)
        ("timestamp", {"type": "string", "format": "date-time"}),
        ("date", {"type": "string", "format": "date"}),
    ],
)
def test_type_table_in_the_learner_summary(raw: str, expected: dict[str, Any]) -> None:
    rows = learner_summary_row()
    wanted = {"decimal": "current_grade", "timestamp": "created", "date": "course_end"}[raw]
    got = {k: v for k, v in rows["properties"][wanted].items() if k in {"type", "format"}}
    assert got == expected


def test_enum_from_possible_values_sentence() -> None:
    rows = learner_summary_row()
    assert rows["properties"]["progress_status"]["enum"] == ["Failed", "In Progress", "Passed"]


def test_mojibake_is_repaired_in_the_emitted_text() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "â" not in text and "Ã" not in text and "Â" not in text
    assert "The learner’s username on edx.org." in text
    assert "â" in SEED.read_text(encoding="utf-8")  # the reference itself is left as the user wrote it


def test_overlay_facts_server_security_token_errors() -> None:
    assert SPEC_DICT["servers"] == [{"url": "https://api.edx.org", "description": "edX production API"}]
    scheme = SPEC_DICT["components"]["securitySchemes"]["JWT"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "Authorization")
    assert scheme["x-rstapi-auth-prefix"] == "JWT"  # the edX API wants `Authorization: JWT <token>`
    assert SPEC_DICT["security"] == [{"JWT": []}]
    token = op("post", "/oauth2/v1/access_token")
    form = schema_of(token["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"])
    assert set(form["properties"]) == {"grant_type", "client_id", "client_secret", "token_type"}
    for (method, path), operation in OPS.items():
        assert {"400", "401", "404"} <= set(operation["responses"]), f"{method} {path}"
