"""`rstapi contract` against `rstapi mock`: the static mock answers every well-formed id with its
example (an integrator's own ids work), so the documented phase's "an unknown id gets the documented
404" is not its contract. The mock names itself in its Server header and the run leaves that case
unjudged, saying why; it was a failing run the mock's design made, whatever the reference said.
Any other server is judged as before."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from rstapi.contract import ContractSettings, run_contract, summary_text
from rstapi.contract.documented import STATIC_MOCK_SERVER
from rstapi.mock import make_app
from rstapi.mock.server import uvicorn_options
from rstapi.mock.settings import SERVER_STATIC
from tests.contract.conftest import not_the_mock, rstapi_mock, served

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


def _documented_phase(base_url: str, app: Any = None) -> Any:
    return run_contract(_spec(), ContractSettings(base_url, phases=("documented",), max_examples=1), app=app)


def _unjudged_with_the_reason(report: Any) -> None:
    assert report.ok, summary_text(report)
    (result,) = report.operations
    assert result.findings == ()
    assert any(
        "an unknown kettle_id" in reason and "static rstapi mock answers every well-formed id" in reason
        for reason in result.skip_reasons
    ), result.skip_reasons


def test_the_static_mock_served_as_rstapi_mock_serves_it_names_itself_once() -> None:
    assert STATIC_MOCK_SERVER == SERVER_STATIC  # the contract reads what the mock sends
    with served(make_app(_spec()), uvicorn_options()) as base_url:
        response = httpx.get(base_url + "/v1/kettles/1")
    assert response.headers.get_list("server") == ["rstapi-mock (static)"]


def test_the_static_mocks_answer_to_an_unknown_id_is_not_judged_and_the_run_says_why() -> None:
    with served(make_app(_spec()), uvicorn_options()) as base_url:
        _unjudged_with_the_reason(_documented_phase(base_url))


def test_the_stateful_mock_answering_an_operation_its_scenario_does_not_know_names_itself_static(
    tmp_path: Path,
) -> None:
    """`rstapi mock --stateful` with a spec other than the scenario's answers those operations with
    the static reply: an unknown id gets the example there too, and the mock says so per reply."""
    spec = tmp_path / "kettles.json"
    spec.write_text(json.dumps(_spec()))
    with rstapi_mock(spec, "--stateful") as base_url:
        assert httpx.get(base_url + "/v1/kettles/1").headers.get_list("server") == ["rstapi-mock (static)"]
        _unjudged_with_the_reason(_documented_phase(base_url))


def test_an_in_process_run_against_the_static_mock_reads_the_same_server_header() -> None:
    """run_contract(..., app=make_app(spec)) sees what `rstapi mock` sends over a socket."""
    _unjudged_with_the_reason(_documented_phase("http://127.0.0.1", app=make_app(_spec())))


def test_another_server_answering_an_unknown_id_with_200_is_still_a_finding() -> None:
    with served(not_the_mock(make_app(_spec()))) as base_url:  # plain uvicorn: "server: uvicorn"
        report = _documented_phase(base_url)
    assert not report.ok
    (result,) = report.operations
    assert any(finding.expected.startswith("404 for an unknown kettle_id") for finding in result.findings)
