"""Response selection: documented examples, Prefer, detail matching, synthesis, 204."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import Client
from jsonschema import Draft202012Validator
from mock_spec import CATALOG_A, CATALOG_B, CUSTOMER, VALID_ALLOCATION

from rstapi.mock import make_app
from rstapi.mock.refs import absolutize
from rstapi.openapi.refs import spec_registry
from rstapi.openapi.synthesize import synthesize

DETAIL = "/enterprise/v1/enterprise-catalogs/{}/"
JOB = "/api/v1/jobs/17"


def _assert_conforms(spec: dict[str, Any], name: str, value: Any) -> None:
    schema = absolutize({"$ref": f"#/components/schemas/{name}"})
    validator = Draft202012Validator(
        schema, registry=spec_registry(spec), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    assert list(validator.iter_errors(value)) == []


def test_documented_example_is_served(client: Client, auth: dict[str, str], spec: dict[str, Any]) -> None:
    response = client.post(
        f"/enterprise/v1/enterprise-customer/{CUSTOMER}/admin/assignments/allocate",
        json=VALID_ALLOCATION,
        headers=auth,
    )
    path = spec["paths"]["/enterprise/v1/enterprise-customer/{enterprise_uuid}/admin/assignments/allocate"]
    documented = path["post"]["responses"]["202"]["content"]["application/json"]["examples"]["allocated"]
    assert response.status_code == 202
    assert response.json() == documented["value"]


@pytest.mark.parametrize(("uuid", "title"), [(CATALOG_A, "All"), (CATALOG_B, "Business")])
def test_detail_serves_the_example_matching_the_path(
    client: Client, auth: dict[str, str], uuid: str, title: str
) -> None:
    response = client.get(DETAIL.format(uuid), headers=auth)
    assert response.status_code == 200
    assert response.json()["title"] == title


def test_detail_for_an_id_no_example_carries_is_the_first_example(
    client: Client, auth: dict[str, str]
) -> None:
    response = client.get(DETAIL.format("00000000-0000-4000-8000-000000000000"), headers=auth)
    assert response.status_code == 200
    assert response.json()["uuid"] == CATALOG_A


def test_prefer_code_selects_a_declared_error_response(client: Client, auth: dict[str, str]) -> None:
    response = client.get(DETAIL.format(CATALOG_A), headers={**auth, "Prefer": "code=404"})
    assert response.status_code == 404
    assert set(response.json()) >= {"error", "detail"}


def test_prefer_example_selects_a_named_example(client: Client, auth: dict[str, str]) -> None:
    response = client.get(DETAIL.format("anything"), headers={**auth, "Prefer": "example=business"})
    assert response.status_code == 200
    assert response.json()["uuid"] == CATALOG_B


def test_prefer_code_and_example_together(client: Client, auth: dict[str, str]) -> None:
    response = client.get(DETAIL.format("x"), headers={**auth, "Prefer": 'code=200, example="all"'})
    assert response.json()["uuid"] == CATALOG_A


@pytest.mark.parametrize("prefer", ["code=418", "example=nope"])
def test_prefer_for_something_undeclared_is_400(client: Client, auth: dict[str, str], prefer: str) -> None:
    response = client.get(DETAIL.format(CATALOG_A), headers={**auth, "Prefer": prefer})
    assert response.status_code == 400
    assert response.json()["problems"][0]["pointer"] == "/header/Prefer"


def test_operation_without_example_gets_a_schema_valid_body(
    client: Client, auth: dict[str, str], spec: dict[str, Any]
) -> None:
    first = client.get(JOB, headers=auth).json()
    _assert_conforms(spec, "Job", first)


def test_synthesized_body_is_deterministic(spec: dict[str, Any]) -> None:
    first = make_app(spec, static_token="t")
    second = make_app(spec, static_token="t")
    from conftest import Client as Sync

    headers = {"Authorization": "JWT t"}
    assert Sync(first).get(JOB, headers=headers).content == Sync(second).get(JOB, headers=headers).content


def test_synthesis_honours_bounds_formats_and_nullability(spec: dict[str, Any]) -> None:
    value = synthesize(spec, {"$ref": "#/components/schemas/Job"})
    assert len(value["tags"]) == 2
    assert value["state"] == "queued"
    _assert_conforms(spec, "Job", value)
    assert synthesize(spec, {"type": "string", "minLength": 10, "maxLength": 12}) == "stringxxxx"
    assert synthesize(spec, {"type": "integer", "exclusiveMinimum": 5}) == 6
    assert synthesize(spec, {"type": ["null", "string"]}) == "string"


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "pattern": "^[A-Z]{2}$"},
        {"type": "string", "pattern": "^[a-z]+-v[0-9]{2}$", "maxLength": 12},
        {"type": "string", "format": "uuid", "pattern": "^[0-9a-f-]{36}$"},  # the format's value matches
    ],
)
def test_a_synthesized_string_matches_its_pattern(spec: dict[str, Any], schema: dict[str, Any]) -> None:
    """A documented pattern (rstapi reads "must match the regular expression ..."): the mock's
    value for a response with no example matches it, the same value every time."""
    value = synthesize(spec, schema)
    assert Draft202012Validator(schema).is_valid(value), value
    assert synthesize(spec, schema) == value


def test_a_request_breaking_a_documented_pattern_is_refused() -> None:
    schema = {"type": "string", "pattern": "^[A-Z]{2}$"}
    parameter = {"name": "region", "in": "query", "required": True, "schema": schema}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Regions", "version": "1"},
        "paths": {
            "/regions": {"get": {"parameters": [parameter], "responses": {"200": {"description": "ok"}}}}
        },
    }
    client = Client(make_app(spec))
    assert client.get("/regions?region=FR").status_code == 200
    refused = client.get("/regions?region=france")
    assert refused.status_code == 400
    assert [(p["pointer"], p["rule"]) for p in refused.json()["problems"]] == [("/query/region", "pattern")]


def test_no_content_response_has_no_body(client: Client, auth: dict[str, str]) -> None:
    response = client.request("DELETE", "/api/v1/subscriptions/abc/licenses/", headers=auth)
    assert response.status_code == 204
    assert response.content == b""
    assert "content-type" not in response.headers


def test_every_default_response_conforms_to_its_schema(
    client: Client, auth: dict[str, str], spec: dict[str, Any]
) -> None:
    checks = {
        "/enterprise/v1/enterprise-catalogs/": "CatalogPage",
        DETAIL.format(CATALOG_A): "Catalog",
        JOB: "Job",
    }
    for url, schema in checks.items():
        _assert_conforms(spec, schema, client.get(url, headers=auth).json())
