"""The typed facade (`facade.Api` / `facade.AsyncApi`) and the low-level functions, for every operation,
against the static mock and the stateful mock: the facade returns the success model its signature
names, the same one the low-level `sync_detailed` parses; anything else raises ApiError."""

from __future__ import annotations

import asyncio
import typing
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from edx_enterprise_api_client.api.subscriptions import list_subscriptions
from edx_enterprise_api_client.auth import TokenError, fetch_token, jwt_client
from edx_enterprise_api_client.client import AuthenticatedClient, Client
from edx_enterprise_api_client.facade import Api, ApiError, AsyncApi
from edx_enterprise_api_client.models import AssignSubscriptionsLicensesRequest, Error
from edx_enterprise_api_client.pagination import PageError

from rstapi.mock import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, make_app
from rstapi.mock.app import MockApp
from tests.functional.calls import MODULES, Call, example_calls
from tests.functional.conftest import BASE_URL, SyncASGITransport

OPERATIONS = list(MODULES)
MOCKS = ["static", "stateful"]


def _app(spec: dict[str, Any], mock: str) -> MockApp:
    return make_app(spec, token_secret="facade-tests-" + "s" * 32, stateful=mock == "stateful")


def _sync_client(app: MockApp) -> AuthenticatedClient:
    transport = SyncASGITransport(app)
    anonymous = Client(base_url=BASE_URL, httpx_args={"transport": transport})
    return jwt_client(
        BASE_URL,
        fetch_token(anonymous, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET),
        httpx_args={"transport": transport},
    )


def _calls(spec: dict[str, Any], mock: str, api: Api) -> dict[str, Call]:
    """The reference's example calls; for the stateful mock, with ids of the enterprise it seeds,
    read through the facade itself (a customer from its catalogs, a plan from that customer's plans),
    and the licenses the revoke example revokes assigned first."""
    calls = example_calls(spec)
    if mock == "static":
        return calls
    customer = api.list_enterprise_catalogs().results[0].enterprise_customer
    plan = api.list_subscriptions(enterprise_customer_uuid=customer).results[0].uuid
    for operation_id in ("assign_subscriptions_licenses", "bulk_revoke_subscriptions_licenses"):
        calls[operation_id] = Call(calls[operation_id].module, (plan,), calls[operation_id].kwargs)
    revoked = calls["bulk_revoke_subscriptions_licenses"].kwargs["body"].user_emails
    api.assign_subscriptions_licenses(plan, body=AssignSubscriptionsLicensesRequest(user_emails=revoked))
    enroll = calls["create_bulk_license_enrollment"]
    calls["create_bulk_license_enrollment"] = Call(
        enroll.module, (), {**enroll.kwargs, "enterprise_customer_uuid": customer}
    )
    calls["list_subscriptions"] = Call(list_subscriptions, (), {"enterprise_customer_uuid": customer})
    learners = calls["list_enterprise_customer_learner_summary"]
    calls["list_enterprise_customer_learner_summary"] = Call(learners.module, (customer,))
    return calls


def _declared_return(operation_id: str) -> Any:
    returned = typing.get_type_hints(getattr(Api, operation_id))["return"]
    return type(None) if returned is None else returned


def _comparable(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


@pytest.mark.parametrize("mock", MOCKS)
@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_facade_returns_what_the_low_level_function_parses(
    spec: dict[str, Any], mock: str, operation_id: str
) -> None:
    """Two fresh mocks of the same kind: one answers the facade, the other the low-level function."""
    facade_api = Api(_sync_client(_app(spec, mock)))
    call = _calls(spec, mock, facade_api)[operation_id]
    result = getattr(facade_api, operation_id)(*call.args, **call.kwargs)

    low_client = _sync_client(_app(spec, mock))
    low_call = _calls(spec, mock, Api(low_client))[operation_id]
    response = low_call.module.sync_detailed(*low_call.args, client=low_client, **low_call.kwargs)

    assert 200 <= response.status_code < 300, response.content
    assert not isinstance(response.parsed, Error)
    assert isinstance(result, _declared_return(operation_id))
    assert type(result) is type(response.parsed) or (result is None and response.parsed is None)
    if mock == "static" and operation_id != "create_access_token":  # tokens and stateful times are fresh
        assert _comparable(result) == _comparable(response.parsed)


@pytest.mark.parametrize("mock", MOCKS)
@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_async_facade_returns_the_declared_success_model(
    spec: dict[str, Any], mock: str, operation_id: str
) -> None:
    app = _app(spec, mock)
    sync_client = _sync_client(app)
    call = _calls(spec, mock, Api(sync_client))[operation_id]

    async def run() -> Any:
        async with jwt_client(
            BASE_URL, sync_client.token, httpx_args={"transport": httpx.ASGITransport(app=app)}
        ) as client:
            return await getattr(AsyncApi(client), operation_id)(*call.args, **call.kwargs)

    assert isinstance(asyncio.run(run()), _declared_return(operation_id))


@pytest.mark.parametrize("mock", MOCKS)
def test_paginated_operations_iterate_their_items(spec: dict[str, Any], mock: str) -> None:
    api = Api(_sync_client(_app(spec, mock)))
    calls = _calls(spec, mock, api)
    iterators = sorted(name.removeprefix("iterate_") for name in dir(Api) if name.startswith("iterate_"))
    assert iterators == sorted(
        [
            "list_subscriptions",
            "list_enterprise_catalogs",
            "get_enterprise_catalogs",
            "list_enterprise_customer_learner_summary",
        ]
    )
    for operation_id in iterators:
        call = calls[operation_id]
        page = getattr(api, operation_id)(*call.args, **call.kwargs)
        items = list(getattr(api, f"iterate_{operation_id}")(*call.args, **call.kwargs))
        first = [_comparable(item) for item in page.results]
        assert [_comparable(item) for item in items][: len(first)] == first
        assert len(items) == page.count


def test_a_documented_error_raises_api_error_with_the_parsed_error(
    spec: dict[str, Any], anonymous: Client
) -> None:
    with pytest.raises(ApiError) as raised:
        Api(anonymous).list_subscriptions()
    error = raised.value
    assert error.status_code == 401 == error.response.status_code
    assert isinstance(error.error, Error) and error.error.error
    assert str(error).startswith(f"401 Unauthorized: {error.error.error}")


def test_a_documented_404_raises(client: AuthenticatedClient) -> None:
    # the static mock answers every well-formed id with the example: the 404 is asked for
    with pytest.raises(ApiError) as raised:
        Api(client.with_headers({"Prefer": "code=404"})).get_enterprise_catalogs_courses(
            "3f56a21c-76c8-47c0-add8-a99714d40d94", "no+such+course"
        )
    assert raised.value.status_code == 404 and raised.value.error is not None


def _teapot(request: httpx.Request) -> httpx.Response:
    return httpx.Response(418, text="short and stout", request=request)


@pytest.mark.parametrize("run", [lambda api: api.list_enterprise_catalogs()])
def test_an_undocumented_status_raises_api_error_without_an_error_body(run: Callable[[Api], Any]) -> None:
    transport = httpx.MockTransport(_teapot)
    with (
        Client(base_url=BASE_URL, httpx_args={"transport": transport}) as client,
        pytest.raises(ApiError) as raised,
    ):
        run(Api(client))
    assert raised.value.status_code == 418 and raised.value.error is None
    assert "418 I'm a Teapot: short and stout" in str(raised.value)


def test_async_facade_raises_too(app: MockApp) -> None:
    async def run() -> None:
        async with Client(
            base_url=BASE_URL, httpx_args={"transport": httpx.ASGITransport(app=app)}
        ) as client:
            await AsyncApi(client).list_enterprise_catalogs()

    with pytest.raises(ApiError) as raised:
        asyncio.run(run())
    assert raised.value.status_code == 401


def test_token_and_page_errors_are_api_errors_with_the_response(anonymous: Client) -> None:
    """One `except ApiError` catches a refused token and a failed page too."""
    with pytest.raises(ApiError) as token_raised:
        fetch_token(anonymous, DEMO_CLIENT_ID, "wrong")
    assert isinstance(token_raised.value, TokenError)
    assert token_raised.value.response.status_code == token_raised.value.status_code == 401
    with pytest.raises(ApiError) as page_raised:
        list(Api(anonymous).iterate_list_subscriptions())
    assert isinstance(page_raised.value, PageError)
    assert page_raised.value.status_code == 401 and page_raised.value.error is not None
