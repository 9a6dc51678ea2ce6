"""Routes: the five operations under /api/v1 and /api/v2, the three POST ones alone under /posts-only/v1,
and under /lax/v1 assign with a revoke that ignores the license's state and an allocate that takes a
negative price and any number of learners; under /keyed/v1 an allocate whose content key must match
a pattern, and under /unchecked/v1 one that saves any content key."""

from django.urls import path

from tests.contract.drf_service import views

_SUBSCRIPTIONS = views.SubscriptionViewSet.as_view({"get": "list"})
_ASSIGN = views.LicenseAdminViewSet.as_view({"post": "assign"})
_REVOKE = views.LicenseAdminViewSet.as_view({"post": "bulk_revoke"})
_LAX_ASSIGN = views.LaxLicenseAdminViewSet.as_view({"post": "assign"})
_LAX_REVOKE = views.LaxLicenseAdminViewSet.as_view({"post": "bulk_revoke"})
_ALLOCATE = views.AllocationViewSet.as_view({"post": "allocate"})
_LAX_ALLOCATE = views.LaxAllocationViewSet.as_view({"post": "allocate"})
_KEYED_ALLOCATE = views.KeyedAllocationViewSet.as_view({"post": "allocate"})
_UNCHECKED_ALLOCATE = views.UncheckedAllocationViewSet.as_view({"post": "allocate"})
_CATALOG = views.CatalogViewSet.as_view({"get": "retrieve"})


def _writes(prefix: str) -> list[object]:
    return [
        path(f"{prefix}v1/subscriptions/<str:plan_uuid>/licenses/assign/", _ASSIGN),
        path(f"{prefix}v1/subscriptions/<str:plan_uuid>/licenses/bulk-revoke/", _REVOKE),
        path(f"{prefix}v1/policy-allocation/<str:policy_uuid>/allocate/", _ALLOCATE),
    ]


urlpatterns = [
    path("api/v1/subscriptions/", _SUBSCRIPTIONS),
    path("api/v2/enterprise-catalogs/<str:catalog_id>/", _CATALOG),
    path(
        "api/v3/enterprise-customer/<str:enterprise_uuid>/learner-summary/",
        views.LearnerSummaryView.as_view(),
    ),
    *_writes("api/"),
    *_writes("posts-only/"),
    path("lax/v1/subscriptions/<str:plan_uuid>/licenses/assign/", _LAX_ASSIGN),
    path("lax/v1/subscriptions/<str:plan_uuid>/licenses/bulk-revoke/", _LAX_REVOKE),
    path("lax/v1/policy-allocation/<str:policy_uuid>/allocate/", _LAX_ALLOCATE),
    path("keyed/v1/policy-allocation/<str:policy_uuid>/allocate/", _KEYED_ALLOCATE),
    path("unchecked/v1/policy-allocation/<str:policy_uuid>/allocate/", _UNCHECKED_ALLOCATE),
]
