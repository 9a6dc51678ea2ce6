"""The `portal` service's routes (its ROOT_URLCONF): a Django REST framework ViewSet of notes behind
Django's own `login_required`, as a site that guards every page with a browser login does: a request
whose token Django's session login does not know is a 302 to `/accounts/login/?next=...`, an HTML
page, before DRF's token authentication ever runs."""

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.urls import path
from rest_framework import authentication, serializers, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

_NOTES = {1: {"id": 1, "text": "Buy milk"}}


class NoteSerializer(serializers.Serializer):  # type: ignore[type-arg]
    id = serializers.IntegerField(read_only=True)
    text = serializers.CharField(max_length=80)


class Notes(viewsets.ViewSet):
    authentication_classes = (authentication.TokenAuthentication,)

    def list(self, request: Request) -> Response:
        return Response(NoteSerializer(list(_NOTES.values()), many=True).data)

    def retrieve(self, request: Request, pk: str) -> Response:
        return Response(NoteSerializer(_NOTES[int(pk)]).data)


def login_page(request: HttpRequest) -> HttpResponse:
    return HttpResponse("<html><head><title>Sign in</title></head><body><form></form></body></html>")


_LIST: Any = login_required(Notes.as_view({"get": "list"}))
_ONE: Any = login_required(Notes.as_view({"get": "retrieve"}))
urlpatterns = [
    path("portal/notes/", _LIST),
    path("portal/notes/<int:pk>/", _ONE),
    path("accounts/login/", login_page),
]
