"""How the functional tests call each operation: its generated module and example arguments.

Arguments come from the spec's examples (the reference's), so a call is the reference's own example
request, made through the generated client.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from edx_enterprise_api_client.api.assignment_configurations import (
    cancel_assignment_configurations_admin_assignments,
    remind_assignment_configurations_admin_assignments,
)
from edx_enterprise_api_client.api.bulk_license_enrollment import create_bulk_license_enrollment
from edx_enterprise_api_client.api.enterprise_catalogs import (
    get_enterprise_catalogs,
    get_enterprise_catalogs_course_runs,
    get_enterprise_catalogs_courses,
    get_enterprise_catalogs_programs,
    list_enterprise_catalogs,
)
from edx_enterprise_api_client.api.enterprise_customer import list_enterprise_customer_learner_summary
from edx_enterprise_api_client.api.oauth2 import create_access_token
from edx_enterprise_api_client.api.policy_allocation import allocate_policy_allocation
from edx_enterprise_api_client.api.subscriptions import (
    assign_subscriptions_licenses,
    bulk_revoke_subscriptions_licenses,
    list_subscriptions,
)
from edx_enterprise_api_client.models import (
    AccessTokenRequest,
    AllocatePolicyAllocationRequest,
    AssignSubscriptionsLicensesRequest,
    BulkRevokeSubscriptionsLicensesRequest,
    CancelAssignmentConfigurationsAdminAssignmentsRequest,
    CreateBulkLicenseEnrollmentRequest,
    RemindAssignmentConfigurationsAdminAssignmentsRequest,
)

from tests.functional.support import body_example, parameter_example, response_example

ENTERPRISE_UUID = "904b1785-9d3a-1000-848d-6ae7a56e6355"
# the learner summary's documented enterprise_uuid: the mock answers another the documented 404
LEARNER_SUMMARY_CUSTOMER = "204b1785-2d3a-2000-248d-2ae7a56e6355"


@dataclass(frozen=True)
class Call:
    """One operation's generated module and the arguments of the reference's example request."""

    module: ModuleType
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


def _with_body(spec: dict[str, Any], operation_id: str, model: Any, *path: str) -> Call:
    module = MODULES[operation_id]
    args = tuple(parameter_example(spec, operation_id, name) for name in path)
    return Call(module, args, {"body": model.from_dict(body_example(spec, operation_id))})


def _with_query(call: Call, **query: Any) -> Call:
    return Call(call.module, call.args, {**call.kwargs, **query})


MODULES: dict[str, ModuleType] = {
    module.__name__.rsplit(".", 1)[1]: module
    for module in (
        allocate_policy_allocation,
        remind_assignment_configurations_admin_assignments,
        cancel_assignment_configurations_admin_assignments,
        list_subscriptions,
        assign_subscriptions_licenses,
        bulk_revoke_subscriptions_licenses,
        create_bulk_license_enrollment,
        list_enterprise_catalogs,
        get_enterprise_catalogs,
        get_enterprise_catalogs_courses,
        get_enterprise_catalogs_course_runs,
        get_enterprise_catalogs_programs,
        list_enterprise_customer_learner_summary,
        create_access_token,
    )
}


def example_calls(spec: dict[str, Any]) -> dict[str, Call]:
    """Every operation's example call, keyed by operationId."""
    catalog = parameter_example(spec, "get_enterprise_catalogs", "catalog_id")
    calls = {
        "allocate_policy_allocation": _with_body(
            spec, "allocate_policy_allocation", AllocatePolicyAllocationRequest, "policy_uuid"
        ),
        "remind_assignment_configurations_admin_assignments": _with_body(
            spec,
            "remind_assignment_configurations_admin_assignments",
            RemindAssignmentConfigurationsAdminAssignmentsRequest,
            "assignment_configuration_uuid",
        ),
        "cancel_assignment_configurations_admin_assignments": _with_body(
            spec,
            "cancel_assignment_configurations_admin_assignments",
            CancelAssignmentConfigurationsAdminAssignmentsRequest,
            "assignment_configuration_uuid",
        ),
        "list_subscriptions": Call(list_subscriptions, kwargs={"enterprise_customer_uuid": ENTERPRISE_UUID}),
        "assign_subscriptions_licenses": _with_body(
            spec,
            "assign_subscriptions_licenses",
            AssignSubscriptionsLicensesRequest,
            "subscription_plan_uuid",
        ),
        "bulk_revoke_subscriptions_licenses": _with_body(
            spec,
            "bulk_revoke_subscriptions_licenses",
            BulkRevokeSubscriptionsLicensesRequest,
            "subscription_plan_uuid",
        ),
        "create_bulk_license_enrollment": _with_query(
            _with_body(spec, "create_bulk_license_enrollment", CreateBulkLicenseEnrollmentRequest),
            enterprise_customer_uuid=parameter_example(
                spec, "create_bulk_license_enrollment", "enterprise_customer_uuid"
            ),
        ),
        "list_enterprise_catalogs": Call(list_enterprise_catalogs),
        "get_enterprise_catalogs": Call(get_enterprise_catalogs, (catalog,)),
        # Detail operations answer the example whose identifier is in the path.
        "get_enterprise_catalogs_courses": Call(
            get_enterprise_catalogs_courses,
            (catalog, response_example(spec, "get_enterprise_catalogs_courses")["key"]),
        ),
        "get_enterprise_catalogs_course_runs": Call(
            get_enterprise_catalogs_course_runs,
            (catalog, response_example(spec, "get_enterprise_catalogs_course_runs")["key"]),
        ),
        "get_enterprise_catalogs_programs": Call(
            get_enterprise_catalogs_programs,
            (catalog, response_example(spec, "get_enterprise_catalogs_programs")["uuid"]),
        ),
        "list_enterprise_customer_learner_summary": Call(
            list_enterprise_customer_learner_summary,
            (parameter_example(spec, "list_enterprise_customer_learner_summary", "enterprise_uuid"),),
        ),
        "create_access_token": _with_body(spec, "create_access_token", AccessTokenRequest),
    }
    return calls
