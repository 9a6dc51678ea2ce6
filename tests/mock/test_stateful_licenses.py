"""Stateful mock: subscription plans, licenses assign and bulk revoke; concurrent assigns never over-assign."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from stateful_support import (
    ASSIGN,
    AUTH,
    BASE_URL,
    CUSTOMER,
    PLAN,
    PRIOR_PLAN,
    REVOKE,
    AuthenticatedClient,
    Http,
    assign_api,
    generated_client,
    models,
    plans_api,
    revoke_api,
    stateful_app,
)


@pytest.fixture
def http() -> Http:
    return Http(stateful_app())


@pytest.fixture
def client(http: Http) -> AuthenticatedClient:
    return generated_client(http.app)


def _emails(count: int, prefix: str = "learner") -> list[str]:
    return [f"{prefix}{number}@example.com" for number in range(count)]


def _counts(http: Http) -> dict[str, int]:
    licenses: dict[str, int] = http.plan()["licenses"]
    return {key: licenses[key] for key in ("assigned", "activated", "unassigned", "revoked", "total")}


def test_plans_are_filtered_by_customer_and_current(client: AuthenticatedClient) -> None:
    everything = plans_api.sync(client=client)
    assert isinstance(everything, models.ListSubscriptionsResponse)
    assert {plan.uuid for plan in everything.results} == {PLAN, PRIOR_PLAN}
    current = plans_api.sync(client=client, enterprise_customer_uuid=CUSTOMER, current=True)
    assert isinstance(current, models.ListSubscriptionsResponse)
    assert [plan.uuid for plan in current.results] == [PLAN]
    other = plans_api.sync(client=client, enterprise_customer_uuid="00000000-0000-0000-0000-000000000000")
    assert isinstance(other, models.ListSubscriptionsResponse) and other.count == 0


def test_assign_gives_one_license_per_new_email_and_counts_the_rest(
    http: Http, client: AuthenticatedClient
) -> None:
    body = models.AssignSubscriptionsLicensesRequest(user_emails=["a@example.com", "b@example.com"])
    first = assign_api.sync(PLAN, client=client, body=body)
    assert isinstance(first, models.AssignSubscriptionsLicensesResponse)
    assert first.num_successful_assignments == 2 and first.num_already_associated == 0
    pairs = [(pair["user_email"], pair["license"]) for pair in first.license_assignments]
    assert [email for email, _ in pairs] == ["a@example.com", "b@example.com"]
    assert len({license for _, license in pairs}) == 2

    body = models.AssignSubscriptionsLicensesRequest(user_emails=["b@example.com", "c@example.com"])
    second = assign_api.sync(PLAN, client=client, body=body)
    assert isinstance(second, models.AssignSubscriptionsLicensesResponse)
    assert (second.num_successful_assignments, second.num_already_associated) == (1, 1)
    assert _counts(http) == {"assigned": 3, "activated": 0, "unassigned": 97, "revoked": 0, "total": 100}


def test_assign_pairs_salesforce_ids_by_position_whatever_their_count(http: Http) -> None:
    """The spec does not make one id per email a rule, so the mock does not refuse a mismatch."""
    response = http.post(ASSIGN, json={"user_emails": _emails(2), "user_sfids": ["001OE000001f26OXZP"]})
    assert response.status_code == 200
    assert response.json()["num_successful_assignments"] == 2
    assert _counts(http)["assigned"] == 2


def test_assign_past_the_unassigned_licenses_is_422_and_assigns_nothing(http: Http) -> None:
    assert http.post(ASSIGN, json={"user_emails": _emails(60, "first")}).status_code == 200
    response = http.post(ASSIGN, json={"user_emails": _emails(41, "second")})
    assert response.status_code == 422
    assert "40" in response.json()["detail"]
    assert _counts(http)["assigned"] == 60


def test_assign_to_an_unknown_plan_is_404(http: Http) -> None:
    assert http.post(ASSIGN.replace(PLAN, "nope"), json={"user_emails": _emails(1)}).status_code == 404


def test_two_hundred_concurrent_assigns_at_a_hundred_licenses_give_exactly_a_hundred(http: Http) -> None:
    """Threads, each with its own event loop, all hitting one app: the store's lock keeps it exact."""

    async def assign_one(email: str) -> int:
        transport = httpx.ASGITransport(app=http.app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL, headers=AUTH) as client:
            return (await client.post(ASSIGN, json={"user_emails": [email]})).status_code

    async def burst(emails: list[str]) -> list[int]:
        return list(await asyncio.gather(*(assign_one(email) for email in emails)))

    emails = _emails(200, "rush")
    with ThreadPoolExecutor(max_workers=8) as pool:
        batches = list(pool.map(lambda part: asyncio.run(burst(part)), [emails[i::8] for i in range(8)]))
    statuses = [status for batch in batches for status in batch]
    assert sorted(set(statuses)) == [200, 422]
    assert statuses.count(200) == 100
    assert _counts(http) == {"assigned": 100, "activated": 0, "unassigned": 0, "revoked": 0, "total": 100}
    holders = [lic["email"] for lic in http.state()["plans"][PLAN]["licenses"]]
    assert len(set(holders)) == 100


def test_revoke_by_emails_moves_the_counts(http: Http, client: AuthenticatedClient) -> None:
    http.post(ASSIGN, json={"user_emails": _emails(3)})
    body = models.BulkRevokeSubscriptionsLicensesRequest(user_emails=_emails(2))
    response = revoke_api.sync_detailed(PLAN, client=client, body=body)
    assert response.status_code == 204
    assert _counts(http) == {"assigned": 1, "activated": 0, "unassigned": 97, "revoked": 2, "total": 100}
    assert http.plan()["revocations"] == {"total": 10, "used": 2, "remaining": 8}


def test_revoke_is_all_or_nothing_when_an_email_holds_no_license(http: Http) -> None:
    http.post(ASSIGN, json={"user_emails": _emails(1)})
    response = http.post(REVOKE, json={"user_emails": [*_emails(1), "stranger@example.com"]})
    assert response.status_code == 404
    assert "stranger@example.com" in response.json()["detail"]
    assert _counts(http)["assigned"] == 1 and _counts(http)["revoked"] == 0


def test_revoke_by_filters_matches_email_part_and_status(http: Http) -> None:
    http.post(ASSIGN, json={"user_emails": ["alice@example.com", "alan@example.com", "bob@example.com"]})
    assert http.post(REVOKE, json={"filters": [{"user_email": "al"}]}).status_code == 204
    assert _counts(http)["revoked"] == 2
    assert http.post(REVOKE, json={"filters": [{"status_in": ["assigned"]}]}).status_code == 204
    assert _counts(http)["revoked"] == 3 and _counts(http)["assigned"] == 0


@pytest.mark.parametrize(
    "body",
    [{"user_emails": ["ann@example.com"], "filters": [{"user_email": "bob"}]}, {}],
    ids=["both", "neither"],
)
def test_revoke_with_both_fields_or_neither_is_refused_and_revokes_nothing(
    http: Http, body: dict[str, object]
) -> None:
    """The reference: "A request must either provide ``user_email`` or ``filters``, but not both"
    (read into the spec as not/anyOf of required): the mock refuses what breaks it, like the service."""
    http.post(ASSIGN, json={"user_emails": ["ann@example.com", "bob@example.com"]})
    assert http.post(REVOKE, json=body).status_code == 400
    assert _counts(http)["revoked"] == 0


def test_revoke_naming_no_license_revokes_nothing(http: Http) -> None:
    http.post(ASSIGN, json={"user_emails": ["a@example.com"]})
    assert http.post(REVOKE, json={"filters": []}).status_code == 204
    assert _counts(http)["revoked"] == 0


def test_revoke_past_the_revocation_cap_is_422_and_revokes_nothing(http: Http) -> None:
    http.post(ASSIGN, json={"user_emails": _emails(12)})
    assert http.post(REVOKE, json={"user_emails": _emails(9)}).status_code == 204
    response = http.post(REVOKE, json={"user_emails": _emails(11)[9:]})
    assert response.status_code == 422
    assert "1 more" in response.json()["detail"]
    assert _counts(http)["revoked"] == 9
    assert http.post(REVOKE, json={"user_emails": _emails(10)[9:]}).status_code == 204
    assert http.plan()["revocations"] == {"total": 10, "used": 10, "remaining": 0}
