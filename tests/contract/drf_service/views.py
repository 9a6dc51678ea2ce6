"""Viewsets of the drifted service: DRF's own request cycle (authentication, then permissions, then
the object lookup), so its statuses are the ones a real DRF deployment gives."""

from typing import Any

from django.db.models import QuerySet
from rest_framework import generics, pagination, permissions, status, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from tests.contract.drf_service import models, serializers

_HELD = ("assigned", "activated")


class PlanAdminPermission(permissions.BasePermission):
    """Checked before any lookup, as DRF runs permissions: an id the user administers no plan by is
    refused with 403, whether or not the plan exists."""

    message = "You do not have permission to manage this subscription plan."

    def has_permission(self, request: Request, view: Any) -> bool:
        plan = str(view.kwargs.get("plan_uuid", ""))
        administered = request.user.administered_plans.values_list("uuid", flat=True)
        return plan in {str(uuid) for uuid in administered}


class SubscriptionViewSet(viewsets.ReadOnlyModelViewSet):  # type: ignore[type-arg]
    serializer_class = serializers.SubscriptionPlanSerializer

    def get_queryset(self) -> QuerySet[models.SubscriptionPlan]:
        query = serializers.PlanFilterSerializer(data=self.request.query_params)
        query.is_valid(raise_exception=True)
        plans = models.SubscriptionPlan.objects.order_by("id")
        customer = query.validated_data.get("enterprise_customer_uuid")
        return plans.filter(enterprise_customer_uuid=customer) if customer else plans


class LicenseAdminViewSet(viewsets.GenericViewSet):  # type: ignore[type-arg]
    permission_classes = (permissions.IsAuthenticated, PlanAdminPermission)
    queryset = models.SubscriptionPlan.objects.all()
    lookup_field = "uuid"
    lookup_url_kwarg = "plan_uuid"

    def get_serializer_class(self) -> Any:  # OPTIONS describes the action's input, as DRF's metadata does
        return {"assign": serializers.AssignSerializer, "bulk_revoke": serializers.BulkRevokeSerializer}[
            self.action_map["post"]
        ]

    def assign(self, request: Request, plan_uuid: str) -> Response:
        plan = self.get_object()
        data = _valid(serializers.AssignSerializer, request)
        held = set(plan.license_set.filter(status__in=_HELD).values_list("user_email", flat=True))
        new = [email for email in data["user_emails"] if email not in held]
        created = [models.License.objects.create(plan=plan, user_email=e, status="assigned") for e in new]
        body: dict[str, Any] = {
            "num_successful_assignments": len(created),
            "num_already_associated": len(data["user_emails"]) - len(new),
            "license_assignments": [{"user_email": c.user_email, "license": str(c.uuid)} for c in created],
        }
        if created and len(created) < len(data["user_emails"]):  # partial success: not documented
            already = held & set(data["user_emails"])
            body["errors"] = [
                {"user_email": email, "detail": "already assigned"} for email in sorted(already)
            ]
            return Response(body, status=status.HTTP_207_MULTI_STATUS)
        return Response(body)

    def bulk_revoke(self, request: Request, plan_uuid: str) -> Response:
        plan = self.get_object()
        data = _valid(serializers.BulkRevokeSerializer, request)
        held = plan.license_set.filter(status__in=_HELD)
        if "filters" in data:
            held.update(status="revoked")
            return Response(status=status.HTTP_204_NO_CONTENT)
        emails = data["user_emails"]
        found = held.filter(user_email__in=emails)
        known = set(found.values_list("user_email", flat=True))
        if not known:
            raise NotFound("No license for these email addresses in this plan.")
        found.update(status="revoked")
        missing = [email for email in emails if email not in known]
        if missing:  # partial success: the reference documents all-or-nothing
            errors = [{"user_email": email, "detail": "no license"} for email in missing]
            return Response({"revoked": sorted(known), "errors": errors}, status=status.HTTP_207_MULTI_STATUS)
        return Response(status=status.HTTP_204_NO_CONTENT)


class LaxLicenseAdminViewSet(LicenseAdminViewSet):
    """Revokes a license whatever its state (served under /lax/v1 only): revoking a revoked license
    again answers 204, where a reference that refuses it documents a 404."""

    def bulk_revoke(self, request: Request, plan_uuid: str) -> Response:
        plan = self.get_object()
        data = _valid(serializers.BulkRevokeSerializer, request)
        found = plan.license_set.filter(user_email__in=data.get("user_emails") or [])
        if not found.exists():
            raise NotFound("No license for these email addresses in this plan.")
        found.update(status="revoked")
        return Response(status=status.HTTP_204_NO_CONTENT)


class AllocationViewSet(viewsets.GenericViewSet):  # type: ignore[type-arg]
    serializer_class = serializers.AllocateSerializer
    model_checks = True  # the model's own validators (full_clean) before saving

    def allocate(self, request: Request, policy_uuid: str) -> Response:
        data = _valid(self.serializer_class, request)
        created = []
        for email in data["learner_emails"]:
            assignment = models.Assignment(
                policy_uuid=policy_uuid,
                learner_email=email,
                content_key=data["content_key"],
                content_quantity=-data["content_price_cents"],
            )
            if self.model_checks:
                assignment.full_clean()  # Django's ValidationError, not DRF's: uncaught, a 500
            assignment.save()
            created.append(_assignment(assignment))
        return Response({"created": created, "updated": [], "no_change": []}, status=status.HTTP_202_ACCEPTED)


class LaxAllocationViewSet(AllocationViewSet):
    serializer_class = serializers.LaxAllocateSerializer


class KeyedAllocationViewSet(AllocationViewSet):
    """The content key checked by its serializer's pattern (400), and nothing else (/keyed/v1)."""

    serializer_class = serializers.KeyedAllocateSerializer
    model_checks = False


class UncheckedAllocationViewSet(AllocationViewSet):
    """Any content key saved as sent: no serializer pattern, no model validator (/unchecked/v1)."""

    model_checks = False


class LearnerPages(pagination.PageNumberPagination):
    """DRF's page-number pagination with the client choosing the page size, as DRF does it: a page
    past the end or below 1 is 404 "Invalid page."; a page_size that is not a positive integer is
    ignored (the default size is served)."""

    page_size = 10
    page_size_query_param = "page_size"


class LearnerSummaryView(generics.GenericAPIView):  # type: ignore[type-arg]
    pagination_class = LearnerPages

    def get(self, request: Request, enterprise_uuid: str) -> Response:
        if enterprise_uuid != LEARNER_CUSTOMER:
            raise NotFound("No enterprise customer with this id.")
        rows = [
            {"user_email": f"learner{number:02}@example.com", "course_title": "Demo", "progress": 0.5}
            for number in range(1, 14)
        ]
        return self.get_paginated_response(self.paginate_queryset(rows))  # type: ignore[arg-type]


LEARNER_CUSTOMER = "204b1785-2d3a-2000-248d-2ae7a56e6355"  # the reference's example id


class CatalogViewSet(viewsets.GenericViewSet):  # type: ignore[type-arg]
    def retrieve(self, request: Request, catalog_id: str) -> Response:
        serializers.CatalogQuerySerializer(data=request.query_params).is_valid(raise_exception=True)
        # A malformed id raises Django's ValidationError from the UUID field: not caught, a 500.
        catalog = models.Catalog.objects.filter(uuid=catalog_id).first()
        if catalog is None:
            raise NotFound()
        return Response({"count": 0, "next": None, "previous": None, "results": []})


def _valid(serializer_class: Any, request: Request) -> dict[str, Any]:
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


def _assignment(assignment: models.Assignment) -> dict[str, Any]:
    return {
        "uuid": str(assignment.uuid),
        "assignment_configuration": str(assignment.policy_uuid),
        "learner_email": assignment.learner_email,
        "lms_user_id": None,
        "content_key": assignment.content_key,
        "content_title": None,
        "content_quantity": assignment.content_quantity,
        "state": assignment.state,
        "transaction_uuid": None,
        "actions": [],
        "earliest_possible_expiration": None,
    }
