"""Every operation, called through the generated client (sync and async) against the mock,
parses into typed models carrying the reference's example values."""

from __future__ import annotations

import asyncio
import json
from http import HTTPStatus
from typing import Any

import pytest
from edx_enterprise_api_client.client import AuthenticatedClient
from edx_enterprise_api_client.types import Response

from tests.functional.calls import MODULES, Call, example_calls
from tests.functional.support import assert_matches_example, operation, response_example

OPERATIONS = sorted(MODULES)


def _success(spec: dict[str, Any], operation_id: str) -> HTTPStatus:
    return HTTPStatus(
        int(next(code for code in operation(spec, operation_id)["responses"] if code[0] == "2"))
    )


def _example(spec: dict[str, Any], operation_id: str) -> Any:
    try:
        return response_example(spec, operation_id)
    except (KeyError, StopIteration):
        return None  # the reference gives no example response for this operation


def _check(spec: dict[str, Any], operation_id: str, response: Response[Any]) -> None:
    assert response.status_code == _success(spec, operation_id), response.content
    example = _example(spec, operation_id)
    if not response.content:
        assert response.parsed is None
    elif example is None:  # the mock synthesised a body from the schema: the model must hold all of it
        assert_matches_example(response.parsed.to_dict(), json.loads(response.content))
    elif operation_id == "create_access_token":  # the mock signs a real token instead of the example's
        assert_matches_example(
            {**response.parsed.to_dict(), "access_token": "x"}, {**example, "access_token": "x"}
        )
    else:
        assert_matches_example(response.parsed.to_dict(), example)


def test_every_operation_of_the_spec_is_called(spec: dict[str, Any]) -> None:
    ids = {
        op["operationId"] for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)
    }
    assert ids == set(OPERATIONS) == set(example_calls(spec))
    assert len(ids) == 14  # 13 documented operations and the token endpoint


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_sync_call_parses_the_reference_example(
    spec: dict[str, Any], client: AuthenticatedClient, operation_id: str
) -> None:
    call: Call = example_calls(spec)[operation_id]
    response = call.module.sync_detailed(*call.args, client=client, **call.kwargs)
    _check(spec, operation_id, response)


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_async_call_parses_the_reference_example(
    spec: dict[str, Any], async_client: AuthenticatedClient, operation_id: str
) -> None:
    call: Call = example_calls(spec)[operation_id]

    async def run() -> Response[Any]:
        async with async_client:
            result: Response[Any] = await call.module.asyncio_detailed(
                *call.args, client=async_client, **call.kwargs
            )
            return result

    _check(spec, operation_id, asyncio.run(run()))
