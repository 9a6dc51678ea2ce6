"""What an integrator reads off the parsed models: typed fields, enums as enums, nulls as None.

Expected values are the reference's example values (rst_sources/enterprise_api/reference.rst).
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from edx_enterprise_api_client import models
from edx_enterprise_api_client.api.enterprise_catalogs import (
    get_enterprise_catalogs_course_runs,
    get_enterprise_catalogs_programs,
)
from edx_enterprise_api_client.api.policy_allocation import allocate_policy_allocation
from edx_enterprise_api_client.api.subscriptions import list_subscriptions
from edx_enterprise_api_client.client import AuthenticatedClient
from edx_enterprise_api_client.facade import Api
from edx_enterprise_api_client.models import (
    AccessToken,
    AccessTokenTokenType,
    AllocatePolicyAllocationRequest,
    AllocatePolicyAllocationResponse,
    AssignmentState,
    CourseRun,
    CourseRunLevelType,
    CourseRunPacingType,
    Error,
    ListSubscriptionsResponse,
    Program,
    ProgramType,
    SubscriptionPlanRevocationsType0,
)

from rstapi.naming import item_name
from tests.functional.calls import LEARNER_SUMMARY_CUSTOMER

CATALOG = "3f56a21c-76c8-47c0-add8-a99714d40d94"


def test_subscription_plans_page(client: AuthenticatedClient) -> None:
    page = list_subscriptions.sync(
        client=client, enterprise_customer_uuid="904b1785-9d3a-1000-848d-6ae7a56e6355"
    )
    assert isinstance(page, ListSubscriptionsResponse)
    assert (page.count, page.next_, page.previous) == (1, None, None)
    assert isinstance(page.results, list)
    plan = page.results[0]
    assert plan.title == "Enterprise Subscription"
    assert plan.uuid == "104b1785-1d3a-1000-148d-1ae7a56e6355"
    assert plan.is_active is True
    assert plan.days_until_expiration == 365
    assert isinstance(plan.revocations, SubscriptionPlanRevocationsType0)
    assert (plan.revocations.total, plan.revocations.used, plan.revocations.remaining) == (0, 0, 0)


def test_course_run_enums_and_nullable_fields(client: AuthenticatedClient) -> None:
    run = get_enterprise_catalogs_course_runs.sync(CATALOG, "course-v1:HarvardX+FIH+3T2023", client=client)
    assert isinstance(run, CourseRun)
    assert run.title == "Harvard VPAL FinTech online short course"
    assert run.pacing_type is CourseRunPacingType.INSTRUCTOR_PACED
    assert run.level_type is CourseRunLevelType.INTRODUCTORY
    assert run.external_key is None
    assert run.start == datetime.datetime(2023, 11, 9, tzinfo=datetime.UTC)


def test_program_type_is_an_enum(client: AuthenticatedClient) -> None:
    program = get_enterprise_catalogs_programs.sync(
        CATALOG, "fcfe93c3-9123-4a58-a190-8614c96b8eab", client=client
    )
    assert isinstance(program, Program)
    assert program.title == "Master of Business Administration"
    assert program.type_ is ProgramType.MASTERS


def test_allocation_returns_typed_assignments(spec: dict[str, Any], client: AuthenticatedClient) -> None:
    body = AllocatePolicyAllocationRequest(
        learner_emails=["abc@example.com", "xyz@example.com"],
        content_key="edx+api101",
        content_price_cents=1000,
    )
    allocation = allocate_policy_allocation.sync(
        "904b1785-9d3a-1000-848d-6ae7a56e6355", client=client, body=body
    )
    assert isinstance(allocation, AllocatePolicyAllocationResponse)
    assert allocation.updated == []
    assert isinstance(allocation.created, list)
    assignment = allocation.created[0]
    assert assignment.learner_email == "abc@example.com"
    assert assignment.lms_user_id == 123123
    assert assignment.content_quantity == -10000
    assert assignment.state is AssignmentState.ALLOCATED
    assert assignment.transaction_uuid is None


def test_token_type_is_an_enum(token: AccessToken) -> None:
    assert token.token_type is AccessTokenTokenType.JWT
    assert token.expires_in == 3600
    assert token.access_token.count(".") == 2


def test_repr_of_a_model_shows_its_fields_and_unset_as_unset() -> None:
    text = repr(Error(error="not_found"))
    assert "error='not_found'" in text and "detail=UNSET" in text
    assert "object at 0x" not in text


@pytest.mark.parametrize(
    ("operation_id", "args"),
    [
        ("list_enterprise_catalogs", ()),
        ("list_enterprise_customer_learner_summary", (LEARNER_SUMMARY_CUSTOMER,)),
    ],
)
def test_items_of_an_operation_named_list_are_named_after_the_item(
    spec: dict[str, Any], client: AuthenticatedClient, operation_id: str, args: tuple[str, ...]
) -> None:
    """Neither list's reference names its rows, so the item model is the path's last word, singular."""
    path = next(
        path for path, item in spec["paths"].items() if item.get("get", {}).get("operationId") == operation_id
    )
    page = getattr(Api(client), operation_id)(*args)
    item_class = getattr(models, item_name(path))
    assert type(page).__name__ != item_class.__name__
    assert page.results and all(isinstance(row, item_class) for row in page.results)
