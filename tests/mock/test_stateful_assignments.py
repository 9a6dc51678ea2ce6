"""Stateful mock: allocate, then remind, then cancel, through the generated client where it can."""

from __future__ import annotations

import pytest
from stateful_support import (
    ALLOCATE,
    CANCEL,
    CONFIGURATION,
    POLICY,
    REMIND,
    SEED_ASSIGNMENTS,
    AuthenticatedClient,
    Http,
    allocate_api,
    cancel_api,
    generated_client,
    models,
    remind_api,
    stateful_app,
)


@pytest.fixture
def http() -> Http:
    return Http(stateful_app())


@pytest.fixture
def client(http: Http) -> AuthenticatedClient:
    return generated_client(http.app)


def _allocate(
    client: AuthenticatedClient, emails: list[str], key: str = "edx+tr1012"
) -> models.AllocatePolicyAllocationResponse:
    body = models.AllocatePolicyAllocationRequest(
        learner_emails=emails, content_key=key, content_price_cents=4900
    )
    response = allocate_api.sync_detailed(POLICY, client=client, body=body)
    assert response.status_code == 202
    assert isinstance(response.parsed, models.AllocatePolicyAllocationResponse)
    return response.parsed


def _assignment(http: Http, uuid: str) -> dict[str, object]:
    result: dict[str, object] = http.state()["configurations"][CONFIGURATION]["assignments"][uuid]
    return result


def test_allocation_creates_then_changes_nothing_then_reallocates_a_cancelled_one(
    http: Http, client: AuthenticatedClient
) -> None:
    first = _allocate(client, ["new@example.com", "other@example.com"])
    assert [a.learner_email for a in first.created] == ["new@example.com", "other@example.com"]
    assert first.updated == [] and first.no_change == []
    created = first.created[0]
    assert created.state == "allocated" and created.content_quantity == -4900
    assert created.assignment_configuration == CONFIGURATION
    assert created.content_title == "Trench Run 10"  # the seed course's title

    again = _allocate(client, ["NEW@example.com"])
    assert [a.uuid for a in again.no_change] == [created.uuid] and again.created == []

    cancelled = cancel_api.sync_detailed(
        CONFIGURATION,
        client=client,
        body=models.CancelAssignmentConfigurationsAdminAssignmentsRequest([created.uuid]),
    )
    assert cancelled.status_code == 200
    revived = _allocate(client, ["new@example.com"])
    assert [a.uuid for a in revived.updated] == [created.uuid]
    assert revived.updated[0].state == "allocated"


def test_the_documented_allocation_example_creates_what_the_example_response_shows(http: Http) -> None:
    body = {
        "learner_emails": ["abc@example.com", "xyz@example.com"],
        "content_key": "edx+api101",
        "content_price_cents": 1000,
    }
    response = http.post(ALLOCATE, json=body)
    assert response.status_code == 202
    assert [a["learner_email"] for a in response.json()["created"]] == ["abc@example.com", "xyz@example.com"]


@pytest.mark.parametrize(
    "body",
    [
        {"learner_emails": ["a@example.com"], "content_key": "edx+tr1012", "content_price_cents": -1},
        {"learner_emails": [], "content_key": "edx+tr1012", "content_price_cents": 100},
        {"learner_emails": ["not an email"], "content_key": "edx+tr1012", "content_price_cents": 100},
        {"learner_emails": "a@example.com", "content_key": "edx+tr1012", "content_price_cents": 100},
        {"content_key": "edx+tr1012", "content_price_cents": 100},
    ],
    ids=["negative-price", "empty-list", "malformed-email", "not-a-list", "no-emails"],
)
def test_a_bad_allocation_is_refused_with_400_and_changes_nothing(
    http: Http, body: dict[str, object]
) -> None:
    before = http.state()
    response = http.post(ALLOCATE, json=body)
    assert response.status_code == 400
    assert response.json()["problems"]
    assert http.state() == before


def test_allocation_for_an_unknown_policy_is_404(http: Http) -> None:
    body = {"learner_emails": ["a@example.com"], "content_key": "k", "content_price_cents": 1}
    assert http.post(ALLOCATE.replace(POLICY, "no-such-policy"), json=body).status_code == 404


def test_remind_records_a_reminder_action_on_known_assignments(
    http: Http, client: AuthenticatedClient
) -> None:
    body = models.RemindAssignmentConfigurationsAdminAssignmentsRequest(list(SEED_ASSIGNMENTS))
    response = remind_api.sync_detailed(CONFIGURATION, client=client, body=body)
    assert response.status_code == 200
    response = remind_api.sync_detailed(CONFIGURATION, client=client, body=body)
    actions = _assignment(http, SEED_ASSIGNMENTS[0])["actions"]
    assert isinstance(actions, list) and [action["action_type"] for action in actions] == [
        "reminded",
        "reminded",
    ]


def test_remind_with_an_unknown_uuid_is_422_naming_it_and_reminds_no_one(http: Http) -> None:
    response = http.post(
        REMIND, json={"assignment_uuids": [SEED_ASSIGNMENTS[0], "f00dbabe-0000-0000-0000-000000000000"]}
    )
    assert response.status_code == 422
    error = response.json()
    assert "f00dbabe-0000-0000-0000-000000000000" in error["detail"]
    assert [problem["pointer"] for problem in error["problems"]] == ["/body/assignment_uuids/1"]
    assert _assignment(http, SEED_ASSIGNMENTS[0])["actions"] == []


def test_an_assignment_of_another_configuration_is_unknown_here(
    http: Http, client: AuthenticatedClient
) -> None:
    created = _allocate(client, ["mine@example.com"]).created[0].uuid
    other = REMIND.replace(CONFIGURATION, "00000000-0000-0000-0000-000000000000")
    assert http.post(other, json={"assignment_uuids": [created]}).status_code == 404
    assert http.post(REMIND, json={"assignment_uuids": [created]}).status_code == 200


def test_cancel_sets_cancelled_and_is_idempotent(http: Http) -> None:
    body = {"assignment_uuids": [SEED_ASSIGNMENTS[1]]}
    assert http.post(CANCEL, json=body).status_code == 200
    assert _assignment(http, SEED_ASSIGNMENTS[1])["state"] == "cancelled"
    assert http.post(CANCEL, json=body).status_code == 200
    assert _assignment(http, SEED_ASSIGNMENTS[1])["state"] == "cancelled"
    assert _assignment(http, SEED_ASSIGNMENTS[0])["state"] == "allocated"


def test_cancel_with_an_unknown_uuid_is_422_and_cancels_nothing(http: Http) -> None:
    response = http.post(CANCEL, json={"assignment_uuids": [SEED_ASSIGNMENTS[0], "nope"]})
    assert response.status_code == 422
    assert "nope" in response.json()["detail"]
    assert _assignment(http, SEED_ASSIGNMENTS[0])["state"] == "allocated"
