"""What an exploratory tester found the mock answering that the spec does not say: a refusal with a
status the operation does not document, a media type it does not document, a huge page served as
page 1, a repeated query key checked in its first value only, an unknown path value served as if it
were the documented one."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import Client
from mock_spec import CATALOG_A, CATALOG_B, CATALOG_C

from rstapi.mock import make_app

GADGET = "/gizmo/v1/gadgets/{}"
GADGETS = "/gizmo/v1/gadgets"
PARTS = "/gizmo/v1/gadgets/{}/parts"
CATALOGS = "/enterprise/v1/enterprise-catalogs/"


def _json(schema: dict[str, Any], example: Any) -> dict[str, Any]:
    return {"application/json": {"schema": schema, "examples": {"example": {"value": example}}}}


_GADGET = {"type": "object", "required": ["id", "name"], "properties": {"id": {"type": "integer"}}}
_LIMIT = {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 50}}


def _gizmo() -> dict[str, Any]:
    """The tester's spec (g.yaml), with a documented gadget id, a parts list linked from a created
    gadget, and an operation documenting 422 rather than 400."""
    gadget_id = {
        "name": "gadget_id",
        "in": "path",
        "required": True,
        "schema": {"type": "integer", "minimum": 1},
        "example": 1,
    }
    link = {"operationId": "list_parts", "parameters": {"gadget_id": "$response.body#/id"}}
    part_link = {
        "operationId": "get_part",
        "parameters": {"gadget_id": "$request.path.gadget_id", "part": "$response.body#/0"},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Gizmo", "version": "1"},
        "paths": {
            "/gizmo/v1/gadgets/{gadget_id}": {
                "get": {
                    "operationId": "get_gadgets",
                    "parameters": [gadget_id],
                    "responses": {
                        "200": {"description": "OK", "content": _json(_GADGET, {"id": 1, "name": "w"})},
                        "404": {"description": "Not found"},
                    },
                },
                "delete": {
                    "operationId": "delete_gadgets",
                    "parameters": [gadget_id],
                    "responses": {"204": {"description": "Gone"}},
                },
            },
            "/gizmo/v1/gadgets/{gadget_id}/parts": {
                "get": {
                    "operationId": "list_parts",
                    "parameters": [gadget_id, _LIMIT],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": _json({"type": "array"}, ["bolt"]),
                            "links": {"Part": part_link},
                        },
                        "404": {"description": "Not found"},
                        "422": {"description": "Unprocessable"},
                    },
                },
            },
            "/gizmo/v1/gadgets/{gadget_id}/parts/{part}": {
                "get": {
                    "operationId": "get_part",
                    "parameters": [gadget_id, {"name": "part", "in": "path", "required": True}],
                    "responses": {
                        "200": {"description": "OK", "content": _json({"type": "string"}, "bolt")},
                        "404": {"description": "Not found"},
                    },
                },
            },
            "/gizmo/v1/gadgets": {
                "get": {
                    "operationId": "list_gadgets",
                    "parameters": [_LIMIT, {"name": "q", "in": "query", "required": True}],
                    "responses": {
                        "200": {"description": "OK", "content": _json({"type": "object"}, {"count": 1})},
                        "400": {"description": "Bad request"},
                    },
                },
                "post": {
                    "operationId": "create_gadgets",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"type": "object", "required": ["name"]}}},
                    },
                    "responses": {
                        "201": {
                            "description": "Created",
                            "content": _json(_GADGET, {"id": 7, "name": "w"}),
                            "links": {"Parts": link},
                        },
                    },
                },
            },
        },
    }


@pytest.fixture
def gizmo() -> Client:
    return Client(make_app(_gizmo()))


# 1. statuses and media types the operation documents


def test_a_path_value_breaking_its_rule_gets_the_documented_404_not_an_undocumented_400(
    gizmo: Client,
) -> None:
    response = gizmo.get(GADGET.format(0))  # minimum 1; GET documents only 200 and 404
    assert response.status_code == 404, response.text
    assert response.json()["problems"][0]["pointer"] == "/path/gadget_id"


def test_a_refusal_prefers_a_documented_422_to_404_and_400(gizmo: Client) -> None:
    assert gizmo.get(PARTS.format(0)).status_code == 422  # documents 200, 404 and 422
    assert gizmo.get(PARTS.format(1) + "?limit=500").status_code == 422


def test_a_refusal_stays_400_where_the_operation_documents_it(gizmo: Client) -> None:
    assert gizmo.get(GADGETS + "?q=x&limit=500").status_code == 400


def test_a_refusal_is_400_where_the_operation_documents_no_4xx(gizmo: Client) -> None:
    assert gizmo.post(GADGETS, json={"size": 2}).status_code == 400  # POST documents only 201


def test_a_media_type_the_operation_does_not_document_is_406(gizmo: Client) -> None:
    response = gizmo.get(GADGET.format(1), headers={"Accept": "application/xml"})
    assert response.status_code == 406, response.text


def test_the_documented_media_type_is_served_when_an_undocumented_one_is_preferred(gizmo: Client) -> None:
    accept = "application/xml, application/json;q=0.5"
    response = gizmo.get(GADGET.format(1), headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert gizmo.get(GADGET.format(1), headers={"Accept": "text/xml;q=0"}).status_code == 406


def test_an_operation_documenting_no_content_type_is_not_refused_for_its_accept(gizmo: Client) -> None:
    assert gizmo.request("DELETE", GADGET.format(1), headers={"Accept": "application/xml"}).status_code == 204


# 2. a huge page


@pytest.mark.parametrize("page", ["1000000000", "99999999999999999999999"])
def test_a_page_of_ten_digits_or_more_is_an_invalid_page(
    client: Client, auth: dict[str, str], page: str
) -> None:
    response = client.get(f"{CATALOGS}?page_size=1&page={page}", headers=auth)
    assert response.status_code == 404, response.text
    assert response.json()["detail"] == "Invalid page."


def test_a_page_written_with_leading_zeros_is_that_page(client: Client, auth: dict[str, str]) -> None:
    page = client.get(f"{CATALOGS}?page_size=1&page=00000000002", headers=auth).json()
    assert [item["uuid"] for item in page["results"]] == [CATALOG_B]


# 3. a repeated query key


@pytest.mark.parametrize("query", ["limit=5&limit=500", "limit=500&limit=5", "limit=5&limit=x"])
def test_a_repeated_scalar_query_key_is_checked_in_every_value(gizmo: Client, query: str) -> None:
    response = gizmo.get(f"{GADGETS}?q=x&{query}")
    assert response.status_code == 400, response.text
    assert {found["pointer"] for found in response.json()["problems"]} == {"/query/limit"}


def test_a_repeated_scalar_query_key_is_read_as_its_last_value_as_django_does(
    client: Client, auth: dict[str, str]
) -> None:
    page = client.get(f"{CATALOGS}?page_size=1&page_size=2&page=3&page=1", headers=auth).json()
    assert [item["uuid"] for item in page["results"]] == [CATALOG_A, CATALOG_B]
    follow = client.get(page["next"], headers=auth).json()
    assert [item["uuid"] for item in follow["results"]] == [CATALOG_C]


# 4. a path value the spec does not document: the static mock answers it with the example, as an
# integrator calling it with ids of their own expects (the stateful mock keeps real ids)


def test_a_well_formed_path_value_the_spec_does_not_document_is_answered(gizmo: Client) -> None:
    assert gizmo.get(PARTS.format(1)).status_code == 200  # the parameter's example
    assert gizmo.get(PARTS.format(2)).status_code == 200
