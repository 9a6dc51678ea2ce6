"""`rstapi contract` against `rstapi mock`: the static mock answers every well-formed id with its
example (an integrator's own ids work), so the documented phase's "an unknown id gets the documented
404" is not its contract. The mock names itself in its Server header and the run leaves that case
unjudged, saying why; it was a failing run the mock's design made, whatever the reference said.
Any other server is judged as before."""

from __future__ import annotations

from typing import Any

import httpx

from rstapi.contract import ContractSettings, run_contract, summary_text
from rstapi.contract.documented import STATIC_MOCK_SERVER
from rstapi.mock import make_app
from rstapi.mock.server import uvicorn_options
from rstapi.mock.settings import SERVER_STATIC
from tests.contract.conftest import served

KETTLE = "/v1/kettles/{kettle_id}"


def _spec() -> dict[str, Any]:
    kettle = {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Kettles", "version": "1"},
        "paths": {
            KETTLE: {
                "get": {
                    "operationId": "get_kettle",
                    "parameters": [
                        {
                            "name": "kettle_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                            "example": 1,
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "The kettle",
                            "content": {
                                "application/json": {"schema": kettle, "example": {"id": 1, "name": "blue"}}
                            },
                        },
                        "404": {"description": "No such kettle"},
                    },
                }
            }
        },
    }


def _documented_phase(base_url: str) -> Any:
    return run_contract(_spec(), ContractSettings(base_url, phases=("documented",), max_examples=1))


def test_the_static_mock_served_as_rstapi_mock_serves_it_names_itself_once() -> None:
    assert STATIC_MOCK_SERVER == SERVER_STATIC  # the contract reads what the mock sends
    with served(make_app(_spec()), uvicorn_options(stateful=False)) as base_url:
        response = httpx.get(base_url + "/v1/kettles/1")
    assert response.headers.get_list("server") == ["rstapi-mock (static)"]


def test_the_static_mocks_answer_to_an_unknown_id_is_not_judged_and_the_run_says_why() -> None:
    with served(make_app(_spec()), uvicorn_options(stateful=False)) as base_url:
        report = _documented_phase(base_url)
    assert report.ok, summary_text(report)
    (result,) = report.operations
    assert result.findings == ()
    assert any(
        "an unknown kettle_id" in reason and "static rstapi mock answers every well-formed id" in reason
        for reason in result.skip_reasons
    ), result.skip_reasons


def test_another_server_answering_an_unknown_id_with_200_is_still_a_finding() -> None:
    with served(make_app(_spec())) as base_url:  # plain uvicorn: "server: uvicorn"
        report = _documented_phase(base_url)
    assert not report.ok
    (result,) = report.operations
    assert any(finding.expected.startswith("404 for an unknown kettle_id") for finding in result.findings)
