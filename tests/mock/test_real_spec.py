"""The mock on the emitted spec/openapi.yaml: every operation answers a valid request as declared."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import Client
from jsonschema import Draft202012Validator

from rstapi.mock import load_spec, make_app
from rstapi.mock.refs import absolutize
from rstapi.mock.samples import sample_requests
from rstapi.openapi.refs import resolve, spec_registry

SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"
pytestmark = pytest.mark.skipif(not SPEC.exists(), reason="spec/openapi.yaml has not been emitted")


@pytest.fixture(scope="module")
def real_spec() -> dict[str, Any]:
    return load_spec(SPEC)


def _declared_schema(spec: dict[str, Any], path: str, method: str, status: int) -> Any:
    responses = spec["paths"][path][method.lower()]["responses"]
    assert str(status) in responses, f"{method} {path} answered undeclared {status}"
    content = resolve(spec, responses[str(status)]).get("content") or {}
    return content.get("application/json", {}).get("schema")


def _template_of(spec: dict[str, Any], sample_path: str, method: str) -> str:
    from rstapi.mock.routing import Router

    match = Router(list(spec["paths"])).match(sample_path.split("?")[0].encode())
    assert match is not None
    return match.template


def test_every_operation_answers_a_valid_request_with_a_conforming_body(real_spec: dict[str, Any]) -> None:
    client = Client(make_app(real_spec, static_token="t"))
    validator_registry = spec_registry(real_spec)
    for sample in sample_requests(real_spec, "t"):
        if sample.kind == "token":
            continue
        response = client.request(
            sample.method, sample.path, headers=sample.headers, content=sample.body.encode()
        )
        assert 200 <= response.status_code < 300, (sample, response.text)
        schema = _declared_schema(
            real_spec,
            _template_of(real_spec, sample.path, sample.method),
            sample.method,
            response.status_code,
        )
        if schema is not None and response.content:
            validator = Draft202012Validator(absolutize(schema), registry=validator_registry)
            errors = [error.message for error in validator.iter_errors(response.json())]
            assert errors == [], (sample.path, errors[:3])


def test_token_endpoint_of_the_real_spec_issues_a_token(real_spec: dict[str, Any]) -> None:
    client = Client(make_app(real_spec))
    token_sample = next(sample for sample in sample_requests(real_spec) if sample.kind == "token")
    form = {"grant_type": "client_credentials", "client_id": "demo-client", "client_secret": "demo-secret"}
    response = client.post(token_sample.path, data=form)
    assert response.status_code == 200
    assert response.json()["token_type"] == "JWT"
