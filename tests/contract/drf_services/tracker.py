"""The `tracker` service's views and routes (its ROOT_URLCONF): projects and their tasks in memory,
served behind a gateway's path prefix (`/gw/`), token auth. What real deployments do: page links as
absolute URLs (DRF's `PageNumberPagination` builds them from the request), a 201 with an absolute
`Location`, `{"field": ["message"]}` validation errors, another user's private project 403 where an
unknown one is 404, a nested collection a DELETE clears, and a token that expires after
$DRF_SERVICES_TOKEN_USES authenticated requests (unset: never)."""

import os
import threading
from typing import Any

from django.urls import path
from rest_framework import authentication, exceptions, pagination, permissions, serializers
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from tests.contract.drf_services import SEEDED_PROJECTS

_LOCK = threading.Lock()
_PROJECTS: dict[int, dict[str, Any]] = {
    pk: {"id": pk, "name": name, "owner": owner, "private": private, "tasks": [f"{name} kick-off"]}
    for pk, (name, owner, private) in SEEDED_PROJECTS.items()
}
_USES = {"left": int(os.environ.get("DRF_SERVICES_TOKEN_USES") or 0) or None}


class ExpiringToken(authentication.TokenAuthentication):
    """DRF's token authentication, the token refused once it has been used the allowed times."""

    def authenticate_credentials(self, key: str) -> Any:
        found = super().authenticate_credentials(key)
        with _LOCK:
            if _USES["left"] is not None:
                if _USES["left"] <= 0:
                    raise exceptions.AuthenticationFailed("Token is invalid or expired")
                _USES["left"] -= 1
        return found


class ProjectSerializer(serializers.Serializer):  # type: ignore[type-arg]
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(max_length=40)
    owner = serializers.CharField(read_only=True)
    private = serializers.BooleanField(default=False)


class Pages(pagination.PageNumberPagination):
    page_size = 2


class OwnerOrPublic(permissions.BasePermission):
    def has_object_permission(self, request: Request, view: Any, obj: Any) -> bool:
        return bool(not obj["private"] or obj["owner"] == request.user.username)


def _project(view: APIView, request: Request, pk: int) -> dict[str, Any]:
    with _LOCK:
        project = _PROJECTS.get(pk)
    if project is None:
        raise NotFound()
    view.check_object_permissions(request, project)
    return project


class Projects(APIView):
    authentication_classes = (ExpiringToken,)

    def get(self, request: Request) -> Response:
        pages = Pages()
        with _LOCK:
            projects = sorted(_PROJECTS.values(), key=lambda project: project["id"])
        page = pages.paginate_queryset(projects, request, view=self)
        return pages.get_paginated_response(ProjectSerializer(page, many=True).data)

    def post(self, request: Request) -> Response:
        serializer = ProjectSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with _LOCK:
            pk = max(_PROJECTS, default=0) + 1
            _PROJECTS[pk] = {
                **serializer.validated_data,
                "id": pk,
                "owner": request.user.username,
                "tasks": [],
            }
        location = request.build_absolute_uri(f"/gw/tracker/projects/{pk}/")
        return Response(ProjectSerializer(_PROJECTS[pk]).data, status=201, headers={"Location": location})


class Project(APIView):
    authentication_classes = (ExpiringToken,)
    permission_classes = (permissions.IsAuthenticated, OwnerOrPublic)

    def get(self, request: Request, pk: int) -> Response:
        return Response(ProjectSerializer(_project(self, request, pk)).data)

    def delete(self, request: Request, pk: int) -> Response:
        _project(self, request, pk)
        with _LOCK:
            _PROJECTS.pop(pk, None)
        return Response(status=204)


class Tasks(APIView):
    authentication_classes = (ExpiringToken,)
    permission_classes = (permissions.IsAuthenticated, OwnerOrPublic)

    def get(self, request: Request, pk: int) -> Response:
        return Response({"tasks": list(_project(self, request, pk)["tasks"])})

    def delete(self, request: Request, pk: int) -> Response:
        project = _project(self, request, pk)
        with _LOCK:
            project["tasks"] = []
        return Response(status=204)


urlpatterns = [
    path("gw/tracker/projects/", Projects.as_view()),
    path("gw/tracker/projects/<int:pk>/", Project.as_view()),
    path("gw/tracker/projects/<int:pk>/tasks/", Tasks.as_view()),
]
