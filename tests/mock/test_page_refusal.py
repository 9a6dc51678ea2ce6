"""A page that does not exist (past the end, or below 1) is refused with a status the list operation
documents: its 404 when it documents one (as Django REST framework answers "Invalid page."), else
the status the operation refuses a request with (its 400, else 422 ...; 400 when none)."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import Client

from rstapi.mock import make_app
from tests.mock.mock_spec import PAGE_SCHEMA

JARS = "/pantry/v1/jars/"
_PAGE = PAGE_SCHEMA
_VALUE = {
    "count": 3,
    "next": None,
    "previous": None,
    "results": [{"jar_id": 7}, {"jar_id": 8}, {"jar_id": 9}],
}


def _client(*refusals: int) -> Client:
    ok = {
        "description": "OK",
        "content": {"application/json": {"schema": _PAGE, "examples": {"jars": {"value": _VALUE}}}},
    }
    responses: dict[str, Any] = {"200": ok, **{str(status): {"description": "No"} for status in refusals}}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Pantry", "version": "1"},
        "paths": {
            JARS: {
                "get": {
                    "operationId": "list_jars",
                    "parameters": [
                        {"name": "page", "in": "query", "schema": {"type": "integer"}},
                        {"name": "page_size", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": responses,
                }
            }
        },
    }
    return Client(make_app(spec, token_secret="s" * 44))


@pytest.mark.parametrize(
    ("documented", "status"),
    [((400, 401), 400), ((422,), 422), ((), 400), ((400, 404), 404)],
)
@pytest.mark.parametrize("page", ["2", "0", "-1", "99999999999"])
def test_a_page_that_does_not_exist_is_refused_with_a_documented_status(
    documented: tuple[int, ...], status: int, page: str
) -> None:
    response = _client(*documented).get(f"{JARS}?page={page}")
    assert response.status_code == status, response.text
    assert response.json()["detail"] == "Invalid page."


def test_the_last_page_is_served() -> None:
    response = _client(400).get(f"{JARS}?page_size=2&page=2")
    assert response.status_code == 200
    assert response.json()["results"] == [{"jar_id": 9}]
