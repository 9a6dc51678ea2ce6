"""Error statuses come back as the documented Error model, for every operation."""

from __future__ import annotations

from typing import Any

import pytest
from edx_enterprise_api_client.api.enterprise_catalogs import (
    get_enterprise_catalogs,
    get_enterprise_catalogs_course_runs,
    get_enterprise_catalogs_courses,
    get_enterprise_catalogs_programs,
)
from edx_enterprise_api_client.api.oauth2 import create_access_token
from edx_enterprise_api_client.api.policy_allocation import allocate_policy_allocation
from edx_enterprise_api_client.api.subscriptions import list_subscriptions
from edx_enterprise_api_client.auth import TokenError, fetch_token, jwt_client, token_request
from edx_enterprise_api_client.client import AuthenticatedClient, Client
from edx_enterprise_api_client.models import AllocatePolicyAllocationRequest, Error

from tests.functional.calls import MODULES, example_calls
from tests.functional.conftest import BASE_URL, SyncASGITransport

SECURED = sorted(set(MODULES) - {"create_access_token"})
CATALOG = "3f56a21c-76c8-47c0-add8-a99714d40d94"


@pytest.mark.parametrize("operation_id", SECURED)
def test_401_without_a_token_is_an_error(spec: dict[str, Any], anonymous: Client, operation_id: str) -> None:
    call = example_calls(spec)[operation_id]
    response = call.module.sync_detailed(*call.args, client=anonymous, **call.kwargs)
    assert response.status_code == 401
    assert isinstance(response.parsed, Error)
    assert response.parsed.error
    assert response.headers["www-authenticate"].startswith("JWT ")


def test_401_for_a_token_sent_as_bearer(transport: SyncASGITransport, client: AuthenticatedClient) -> None:
    with AuthenticatedClient(
        base_url=BASE_URL, token=client.token, httpx_args={"transport": transport}
    ) as bearer:
        response = list_subscriptions.sync_detailed(client=bearer)
    assert response.status_code == 401
    assert isinstance(response.parsed, Error)
    assert "Bearer" in (response.parsed.detail or "")


@pytest.mark.parametrize(
    ("module", "identifier"),
    [
        (get_enterprise_catalogs_courses, "MyUni+Nope101x"),
        (get_enterprise_catalogs_course_runs, "course-v1:MyUni+Nope101x+1T2024"),
        (get_enterprise_catalogs_programs, "00000000-0000-0000-0000-000000000000"),
    ],
)
def test_a_documented_404_is_an_error(client: AuthenticatedClient, module: Any, identifier: str) -> None:
    # the static mock answers every well-formed id with the example: the 404 is asked for
    response = module.sync_detailed(CATALOG, identifier, client=client.with_headers({"Prefer": "code=404"}))
    assert response.status_code == 404
    assert isinstance(response.parsed, Error)
    assert response.parsed.error == "not_found"


def test_400_for_an_invalid_body_lists_the_problems(client: AuthenticatedClient) -> None:
    body = AllocatePolicyAllocationRequest(
        learner_emails=["abc@example.com"],
        content_key="edx+api101",
        content_price_cents="a lot",  # type: ignore[arg-type]
    )
    response = allocate_policy_allocation.sync_detailed(
        "904b1785-9d3a-1000-848d-6ae7a56e6355", client=client, body=body
    )
    assert response.status_code == 400
    assert isinstance(response.parsed, Error)
    assert isinstance(response.parsed.problems, list)
    assert [problem.pointer for problem in response.parsed.problems] == ["/body/content_price_cents"]


def test_400_for_an_invalid_query_parameter(client: AuthenticatedClient) -> None:
    response = get_enterprise_catalogs.sync_detailed(CATALOG, client=client, limit="many")  # type: ignore[arg-type]
    assert response.status_code == 400
    assert isinstance(response.parsed, Error)
    assert isinstance(response.parsed.problems, list)
    assert [problem.pointer for problem in response.parsed.problems] == ["/query/limit"]


def test_404_for_a_page_past_the_end(client: AuthenticatedClient) -> None:
    response = list_subscriptions.sync_detailed(client=client, page=99)
    assert response.status_code == 404
    assert isinstance(response.parsed, Error)


def test_wrong_client_secret_is_a_token_error(anonymous: Client) -> None:
    response = create_access_token.sync_detailed(client=anonymous, body=token_request("demo-client", "wrong"))
    assert response.status_code == 401
    assert isinstance(response.parsed, Error)
    with pytest.raises(TokenError) as raised:
        fetch_token(anonymous, "demo-client", "wrong")
    assert raised.value.status_code == 401
    assert isinstance(raised.value.error, Error)


def test_an_unsigned_token_is_refused(transport: SyncASGITransport) -> None:
    with jwt_client(BASE_URL, "not-a-token", httpx_args={"transport": transport}) as client:
        response = list_subscriptions.sync_detailed(client=client)
    assert response.status_code == 401
    assert isinstance(response.parsed, Error)
