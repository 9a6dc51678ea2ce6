"""Every operation as one typed call: the success model comes back, anything else raises ApiError.

Like httpx's ``raise_for_status``: documented error statuses (the API's ``Error`` body) and
unexpected ones alike raise ``ApiError`` (exceptions.py), which carries the status, the parsed
``Error`` (or None) and the whole ``Response``; the ``iterate_*`` methods raise ``PageError``, an
ApiError too::

    from edx_enterprise_api_client.auth import jwt_client
    from edx_enterprise_api_client.facade import Api, ApiError

    with jwt_client(base_url, token) as client:
        api = Api(client)
        page = api.list_subscriptions(enterprise_customer_uuid=uuid)  # a ListSubscriptionsResponse
        for plan in api.iterate_list_subscriptions(enterprise_customer_uuid=uuid):  # SubscriptionPlan
            print(plan.title)

``AsyncApi`` is the same for asyncio. The functions in ``api/`` (``sync``, ``sync_detailed``, ...)
stay as they are. This module is rendered from rstapi/client/templates/package/facade.py.jinja; do not
edit it here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, TypeVar

from .api.assignment_configurations import (
    cancel_assignment_configurations_admin_assignments,
    remind_assignment_configurations_admin_assignments,
)
from .api.bulk_license_enrollment import create_bulk_license_enrollment
from .api.enterprise_catalogs import (
    get_enterprise_catalogs,
    get_enterprise_catalogs_course_runs,
    get_enterprise_catalogs_courses,
    get_enterprise_catalogs_programs,
    list_enterprise_catalogs,
)
from .api.enterprise_customer import list_enterprise_customer_learner_summary
from .api.oauth2 import create_access_token
from .api.policy_allocation import allocate_policy_allocation
from .api.subscriptions import assign_subscriptions_licenses, bulk_revoke_subscriptions_licenses, list_subscriptions
from .client import AuthenticatedClient, Client
from .exceptions import ApiError
from .models.access_token import AccessToken
from .models.access_token_request import AccessTokenRequest
from .models.allocate_policy_allocation_request import AllocatePolicyAllocationRequest
from .models.allocate_policy_allocation_response import AllocatePolicyAllocationResponse
from .models.assign_subscriptions_licenses_request import AssignSubscriptionsLicensesRequest
from .models.assign_subscriptions_licenses_response import AssignSubscriptionsLicensesResponse
from .models.bulk_revoke_subscriptions_licenses_request import BulkRevokeSubscriptionsLicensesRequest
from .models.cancel_assignment_configurations_admin_assignments_request import (
    CancelAssignmentConfigurationsAdminAssignmentsRequest,
)
from .models.course import Course
from .models.course_run import CourseRun
from .models.create_bulk_license_enrollment_request import CreateBulkLicenseEnrollmentRequest
from .models.create_bulk_license_enrollment_response import CreateBulkLicenseEnrollmentResponse
from .models.enterprise_catalog import EnterpriseCatalog
from .models.get_enterprise_catalogs_response import GetEnterpriseCatalogsResponse
from .models.learner_summary import LearnerSummary
from .models.list_enterprise_catalogs_response import ListEnterpriseCatalogsResponse
from .models.list_enterprise_customer_learner_summary_page import ListEnterpriseCustomerLearnerSummaryPage
from .models.list_subscriptions_response import ListSubscriptionsResponse
from .models.program import Program
from .models.remind_assignment_configurations_admin_assignments_request import (
    RemindAssignmentConfigurationsAdminAssignmentsRequest,
)
from .models.subscription_plan import SubscriptionPlan
from .pagination import aiterate_items, iterate_items
from .types import UNSET, Response, Unset

__all__ = ["ApiError", "Api", "AsyncApi"]

ModelT = TypeVar("ModelT")


def _parsed(response: Response[Any], model: type[ModelT]) -> ModelT:
    """The parsed success model; ApiError for any other answer."""
    if HTTPStatus.OK <= response.status_code < HTTPStatus.MULTIPLE_CHOICES and isinstance(response.parsed, model):
        return response.parsed
    raise ApiError(response)


def _no_content(response: Response[Any]) -> None:
    """Nothing for a success without a body; ApiError for any other answer."""
    if not HTTPStatus.OK <= response.status_code < HTTPStatus.MULTIPLE_CHOICES:
        raise ApiError(response)


class Api:
    """The operations of the API as typed calls on one client (sync)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def allocate_policy_allocation(
        self,
        policy_uuid: str,
        *,
        body: AllocatePolicyAllocationRequest,
    ) -> AllocatePolicyAllocationResponse:
        """Allocate an assignment to a list of users

        Raises ApiError unless the API answers the documented success.
        """
        response = allocate_policy_allocation.sync_detailed(
            policy_uuid=policy_uuid,
            body=body,
            client=self.client,
        )
        return _parsed(response, AllocatePolicyAllocationResponse)

    def remind_assignment_configurations_admin_assignments(
        self,
        assignment_configuration_uuid: str,
        *,
        body: RemindAssignmentConfigurationsAdminAssignmentsRequest,
    ) -> None:
        """Remind learners of their content assignments

        Raises ApiError unless the API answers the documented success.
        """
        response = remind_assignment_configurations_admin_assignments.sync_detailed(
            assignment_configuration_uuid=assignment_configuration_uuid,
            body=body,
            client=self.client,
        )
        _no_content(response)

    def cancel_assignment_configurations_admin_assignments(
        self,
        assignment_configuration_uuid: str,
        *,
        body: CancelAssignmentConfigurationsAdminAssignmentsRequest,
    ) -> None:
        """Cancel content assignments of learners

        Raises ApiError unless the API answers the documented success.
        """
        response = cancel_assignment_configurations_admin_assignments.sync_detailed(
            assignment_configuration_uuid=assignment_configuration_uuid,
            body=body,
            client=self.client,
        )
        _no_content(response)

    def list_subscriptions(
        self,
        *,
        enterprise_customer_uuid: str | Unset = UNSET,
        page: int | Unset = UNSET,
        current: bool | None | Unset = UNSET,
    ) -> ListSubscriptionsResponse:
        """Get a list of subscription plans

        Raises ApiError unless the API answers the documented success.
        """
        response = list_subscriptions.sync_detailed(
            enterprise_customer_uuid=enterprise_customer_uuid,
            page=page,
            current=current,
            client=self.client,
        )
        return _parsed(response, ListSubscriptionsResponse)

    def iterate_list_subscriptions(
        self,
        *,
        enterprise_customer_uuid: str | Unset = UNSET,
        page: int | Unset = UNSET,
        current: bool | None | Unset = UNSET,
    ) -> Iterator[SubscriptionPlan]:
        """Every SubscriptionPlan of every page of `list_subscriptions`; PageError when a page fails."""
        return iterate_items(
            list_subscriptions.sync_detailed,
            enterprise_customer_uuid=enterprise_customer_uuid,
            page=page,
            current=current,
            client=self.client,
        )

    def assign_subscriptions_licenses(
        self,
        subscription_plan_uuid: str,
        *,
        body: AssignSubscriptionsLicensesRequest,
    ) -> AssignSubscriptionsLicensesResponse:
        """Assign a license to a list of users

        Raises ApiError unless the API answers the documented success.
        """
        response = assign_subscriptions_licenses.sync_detailed(
            subscription_plan_uuid=subscription_plan_uuid,
            body=body,
            client=self.client,
        )
        return _parsed(response, AssignSubscriptionsLicensesResponse)

    def bulk_revoke_subscriptions_licenses(
        self,
        subscription_plan_uuid: str,
        *,
        body: BulkRevokeSubscriptionsLicensesRequest,
    ) -> None:
        """Revoke one or more licenses in the given subscription plan

        Raises ApiError unless the API answers the documented success.
        """
        response = bulk_revoke_subscriptions_licenses.sync_detailed(
            subscription_plan_uuid=subscription_plan_uuid,
            body=body,
            client=self.client,
        )
        _no_content(response)

    def create_bulk_license_enrollment(
        self,
        *,
        body: CreateBulkLicenseEnrollmentRequest,
        enterprise_customer_uuid: str,
    ) -> CreateBulkLicenseEnrollmentResponse:
        """Bulk enroll learners in given list of courses

        Raises ApiError unless the API answers the documented success.
        """
        response = create_bulk_license_enrollment.sync_detailed(
            body=body,
            enterprise_customer_uuid=enterprise_customer_uuid,
            client=self.client,
        )
        return _parsed(response, CreateBulkLicenseEnrollmentResponse)

    def list_enterprise_catalogs(
        self,
    ) -> ListEnterpriseCatalogsResponse:
        """Get list of all the course catalogs

        Raises ApiError unless the API answers the documented success.
        """
        response = list_enterprise_catalogs.sync_detailed(
            client=self.client,
        )
        return _parsed(response, ListEnterpriseCatalogsResponse)

    def iterate_list_enterprise_catalogs(
        self,
    ) -> Iterator[EnterpriseCatalog]:
        """Every EnterpriseCatalog of every page of `list_enterprise_catalogs`; PageError when a page fails."""
        return iterate_items(
            list_enterprise_catalogs.sync_detailed,
            client=self.client,
        )

    def get_enterprise_catalogs(
        self,
        catalog_id: str,
        *,
        limit: int | Unset = 20,
    ) -> GetEnterpriseCatalogsResponse:
        """Return a list of all of the active courses

        Raises ApiError unless the API answers the documented success.
        """
        response = get_enterprise_catalogs.sync_detailed(
            catalog_id=catalog_id,
            limit=limit,
            client=self.client,
        )
        return _parsed(response, GetEnterpriseCatalogsResponse)

    def iterate_get_enterprise_catalogs(
        self,
        catalog_id: str,
        *,
        limit: int | Unset = 20,
    ) -> Iterator[Course]:
        """Every Course of every page of `get_enterprise_catalogs`; PageError when a page fails."""
        return iterate_items(
            get_enterprise_catalogs.sync_detailed,
            catalog_id=catalog_id,
            limit=limit,
            client=self.client,
        )

    def get_enterprise_catalogs_courses(
        self,
        catalog_id: str,
        course_key: str,
    ) -> Course:
        """Return information about a single course

        Raises ApiError unless the API answers the documented success.
        """
        response = get_enterprise_catalogs_courses.sync_detailed(
            catalog_id=catalog_id,
            course_key=course_key,
            client=self.client,
        )
        return _parsed(response, Course)

    def get_enterprise_catalogs_course_runs(
        self,
        catalog_id: str,
        course_run_id: str,
    ) -> CourseRun:
        """Return information about a single course run

        Raises ApiError unless the API answers the documented success.
        """
        response = get_enterprise_catalogs_course_runs.sync_detailed(
            catalog_id=catalog_id,
            course_run_id=course_run_id,
            client=self.client,
        )
        return _parsed(response, CourseRun)

    def get_enterprise_catalogs_programs(
        self,
        catalog_id: str,
        program_id: str,
    ) -> Program:
        """Return information about a single program

        Raises ApiError unless the API answers the documented success.
        """
        response = get_enterprise_catalogs_programs.sync_detailed(
            catalog_id=catalog_id,
            program_id=program_id,
            client=self.client,
        )
        return _parsed(response, Program)

    def list_enterprise_customer_learner_summary(
        self,
        enterprise_uuid: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
    ) -> ListEnterpriseCustomerLearnerSummaryPage:
        """Get information about learners' course enrollments and progress

        Raises ApiError unless the API answers the documented success.
        """
        response = list_enterprise_customer_learner_summary.sync_detailed(
            enterprise_uuid=enterprise_uuid,
            ordering=ordering,
            page=page,
            page_size=page_size,
            client=self.client,
        )
        return _parsed(response, ListEnterpriseCustomerLearnerSummaryPage)

    def iterate_list_enterprise_customer_learner_summary(
        self,
        enterprise_uuid: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
    ) -> Iterator[LearnerSummary]:
        """Every LearnerSummary of every page of `list_enterprise_customer_learner_summary`; PageError when a page fails."""
        return iterate_items(
            list_enterprise_customer_learner_summary.sync_detailed,
            enterprise_uuid=enterprise_uuid,
            ordering=ordering,
            page=page,
            page_size=page_size,
            client=self.client,
        )

    def create_access_token(
        self,
        *,
        body: AccessTokenRequest,
    ) -> AccessToken:
        """Get a JWT access token with client credentials

        Raises ApiError unless the API answers the documented success.
        """
        response = create_access_token.sync_detailed(
            body=body,
            client=self.client,
        )
        return _parsed(response, AccessToken)


class AsyncApi:
    """The operations of the API as typed calls on one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    async def allocate_policy_allocation(
        self,
        policy_uuid: str,
        *,
        body: AllocatePolicyAllocationRequest,
    ) -> AllocatePolicyAllocationResponse:
        """Allocate an assignment to a list of users

        Raises ApiError unless the API answers the documented success.
        """
        response = await allocate_policy_allocation.asyncio_detailed(
            policy_uuid=policy_uuid,
            body=body,
            client=self.client,
        )
        return _parsed(response, AllocatePolicyAllocationResponse)

    async def remind_assignment_configurations_admin_assignments(
        self,
        assignment_configuration_uuid: str,
        *,
        body: RemindAssignmentConfigurationsAdminAssignmentsRequest,
    ) -> None:
        """Remind learners of their content assignments

        Raises ApiError unless the API answers the documented success.
        """
        response = await remind_assignment_configurations_admin_assignments.asyncio_detailed(
            assignment_configuration_uuid=assignment_configuration_uuid,
            body=body,
            client=self.client,
        )
        _no_content(response)

    async def cancel_assignment_configurations_admin_assignments(
        self,
        assignment_configuration_uuid: str,
        *,
        body: CancelAssignmentConfigurationsAdminAssignmentsRequest,
    ) -> None:
        """Cancel content assignments of learners

        Raises ApiError unless the API answers the documented success.
        """
        response = await cancel_assignment_configurations_admin_assignments.asyncio_detailed(
            assignment_configuration_uuid=assignment_configuration_uuid,
            body=body,
            client=self.client,
        )
        _no_content(response)

    async def list_subscriptions(
        self,
        *,
        enterprise_customer_uuid: str | Unset = UNSET,
        page: int | Unset = UNSET,
        current: bool | None | Unset = UNSET,
    ) -> ListSubscriptionsResponse:
        """Get a list of subscription plans

        Raises ApiError unless the API answers the documented success.
        """
        response = await list_subscriptions.asyncio_detailed(
            enterprise_customer_uuid=enterprise_customer_uuid,
            page=page,
            current=current,
            client=self.client,
        )
        return _parsed(response, ListSubscriptionsResponse)

    def iterate_list_subscriptions(
        self,
        *,
        enterprise_customer_uuid: str | Unset = UNSET,
        page: int | Unset = UNSET,
        current: bool | None | Unset = UNSET,
    ) -> AsyncIterator[SubscriptionPlan]:
        """Every SubscriptionPlan of every page of `list_subscriptions`; PageError when a page fails."""
        return aiterate_items(
            list_subscriptions.asyncio_detailed,
            enterprise_customer_uuid=enterprise_customer_uuid,
            page=page,
            current=current,
            client=self.client,
        )

    async def assign_subscriptions_licenses(
        self,
        subscription_plan_uuid: str,
        *,
        body: AssignSubscriptionsLicensesRequest,
    ) -> AssignSubscriptionsLicensesResponse:
        """Assign a license to a list of users

        Raises ApiError unless the API answers the documented success.
        """
        response = await assign_subscriptions_licenses.asyncio_detailed(
            subscription_plan_uuid=subscription_plan_uuid,
            body=body,
            client=self.client,
        )
        return _parsed(response, AssignSubscriptionsLicensesResponse)

    async def bulk_revoke_subscriptions_licenses(
        self,
        subscription_plan_uuid: str,
        *,
        body: BulkRevokeSubscriptionsLicensesRequest,
    ) -> None:
        """Revoke one or more licenses in the given subscription plan

        Raises ApiError unless the API answers the documented success.
        """
        response = await bulk_revoke_subscriptions_licenses.asyncio_detailed(
            subscription_plan_uuid=subscription_plan_uuid,
            body=body,
            client=self.client,
        )
        _no_content(response)

    async def create_bulk_license_enrollment(
        self,
        *,
        body: CreateBulkLicenseEnrollmentRequest,
        enterprise_customer_uuid: str,
    ) -> CreateBulkLicenseEnrollmentResponse:
        """Bulk enroll learners in given list of courses

        Raises ApiError unless the API answers the documented success.
        """
        response = await create_bulk_license_enrollment.asyncio_detailed(
            body=body,
            enterprise_customer_uuid=enterprise_customer_uuid,
            client=self.client,
        )
        return _parsed(response, CreateBulkLicenseEnrollmentResponse)

    async def list_enterprise_catalogs(
        self,
    ) -> ListEnterpriseCatalogsResponse:
        """Get list of all the course catalogs

        Raises ApiError unless the API answers the documented success.
        """
        response = await list_enterprise_catalogs.asyncio_detailed(
            client=self.client,
        )
        return _parsed(response, ListEnterpriseCatalogsResponse)

    def iterate_list_enterprise_catalogs(
        self,
    ) -> AsyncIterator[EnterpriseCatalog]:
        """Every EnterpriseCatalog of every page of `list_enterprise_catalogs`; PageError when a page fails."""
        return aiterate_items(
            list_enterprise_catalogs.asyncio_detailed,
            client=self.client,
        )

    async def get_enterprise_catalogs(
        self,
        catalog_id: str,
        *,
        limit: int | Unset = 20,
    ) -> GetEnterpriseCatalogsResponse:
        """Return a list of all of the active courses

        Raises ApiError unless the API answers the documented success.
        """
        response = await get_enterprise_catalogs.asyncio_detailed(
            catalog_id=catalog_id,
            limit=limit,
            client=self.client,
        )
        return _parsed(response, GetEnterpriseCatalogsResponse)

    def iterate_get_enterprise_catalogs(
        self,
        catalog_id: str,
        *,
        limit: int | Unset = 20,
    ) -> AsyncIterator[Course]:
        """Every Course of every page of `get_enterprise_catalogs`; PageError when a page fails."""
        return aiterate_items(
            get_enterprise_catalogs.asyncio_detailed,
            catalog_id=catalog_id,
            limit=limit,
            client=self.client,
        )

    async def get_enterprise_catalogs_courses(
        self,
        catalog_id: str,
        course_key: str,
    ) -> Course:
        """Return information about a single course

        Raises ApiError unless the API answers the documented success.
        """
        response = await get_enterprise_catalogs_courses.asyncio_detailed(
            catalog_id=catalog_id,
            course_key=course_key,
            client=self.client,
        )
        return _parsed(response, Course)

    async def get_enterprise_catalogs_course_runs(
        self,
        catalog_id: str,
        course_run_id: str,
    ) -> CourseRun:
        """Return information about a single course run

        Raises ApiError unless the API answers the documented success.
        """
        response = await get_enterprise_catalogs_course_runs.asyncio_detailed(
            catalog_id=catalog_id,
            course_run_id=course_run_id,
            client=self.client,
        )
        return _parsed(response, CourseRun)

    async def get_enterprise_catalogs_programs(
        self,
        catalog_id: str,
        program_id: str,
    ) -> Program:
        """Return information about a single program

        Raises ApiError unless the API answers the documented success.
        """
        response = await get_enterprise_catalogs_programs.asyncio_detailed(
            catalog_id=catalog_id,
            program_id=program_id,
            client=self.client,
        )
        return _parsed(response, Program)

    async def list_enterprise_customer_learner_summary(
        self,
        enterprise_uuid: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
    ) -> ListEnterpriseCustomerLearnerSummaryPage:
        """Get information about learners' course enrollments and progress

        Raises ApiError unless the API answers the documented success.
        """
        response = await list_enterprise_customer_learner_summary.asyncio_detailed(
            enterprise_uuid=enterprise_uuid,
            ordering=ordering,
            page=page,
            page_size=page_size,
            client=self.client,
        )
        return _parsed(response, ListEnterpriseCustomerLearnerSummaryPage)

    def iterate_list_enterprise_customer_learner_summary(
        self,
        enterprise_uuid: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
    ) -> AsyncIterator[LearnerSummary]:
        """Every LearnerSummary of every page of `list_enterprise_customer_learner_summary`; PageError when a page fails."""
        return aiterate_items(
            list_enterprise_customer_learner_summary.asyncio_detailed,
            enterprise_uuid=enterprise_uuid,
            ordering=ordering,
            page=page,
            page_size=page_size,
            client=self.client,
        )

    async def create_access_token(
        self,
        *,
        body: AccessTokenRequest,
    ) -> AccessToken:
        """Get a JWT access token with client credentials

        Raises ApiError unless the API answers the documented success.
        """
        response = await create_access_token.asyncio_detailed(
            body=body,
            client=self.client,
        )
        return _parsed(response, AccessToken)
