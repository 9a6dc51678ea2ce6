"""The `board` service's routes (its ROOT_URLCONF): a ViewSet of cards nested under columns
(`/board/columns/<column_id>/cards/` and `.../cards/<pk>/`, routed by hand as drf-nested-routers
would), `LimitOffsetPagination`, a `?label=` filter, a user throttle, and a custom exception handler
that words every error as `{"error": {"code": ..., "message": ...}}`.

Its one deliberate drift (the reference, `drf_services_docs.board_reference`, says otherwise): a card
is looked up by its own id whatever column the path names, so a card under a column it is not in (or
a column that does not exist) is served 200 where the reference documents 404."""

import threading
from typing import Any

from django.urls import path
from rest_framework import authentication, pagination, serializers, status, throttling, viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import exception_handler

from tests.contract.drf_services import SEEDED_CARDS

_LOCK = threading.Lock()
_CARDS: dict[int, dict[str, Any]] = {
    pk: {"id": pk, "column": column, "title": title, "label": label}
    for pk, (column, title, label) in SEEDED_CARDS.items()
}
_COLUMNS = {column for column, _, _ in SEEDED_CARDS.values()}
LABELS = ("bug", "feature", "chore")


def enveloped_errors(error: Exception, context: dict[str, Any]) -> Response | None:
    """DRF's handler, its body rewritten as `{"error": {"code", "message", "fields"?}}`."""
    response = exception_handler(error, context)
    if response is None:
        return None
    data = response.data
    if isinstance(error, ValidationError):
        response.data = {"error": {"code": "invalid", "message": "Invalid input.", "fields": data}}
    else:
        detail = data.get("detail", "") if isinstance(data, dict) else ""
        code = getattr(detail, "code", "error")
        response.data = {"error": {"code": str(code), "message": str(detail)}}
    return response


class CardSerializer(serializers.Serializer):  # type: ignore[type-arg]
    id = serializers.IntegerField(read_only=True)
    column = serializers.IntegerField(read_only=True)
    title = serializers.CharField(max_length=60)
    label = serializers.ChoiceField(choices=LABELS)


class Pages(pagination.LimitOffsetPagination):
    default_limit = 2
    max_limit = 10


class BoardThrottle(throttling.UserRateThrottle):
    rate = "1000/min"


class Cards(viewsets.ViewSet):
    authentication_classes = (authentication.TokenAuthentication,)
    throttle_classes = (BoardThrottle,)

    def get_exception_handler(self) -> Any:
        return enveloped_errors

    def list(self, request: Request, column_id: int) -> Response:
        if column_id not in _COLUMNS:
            raise NotFound()
        wanted = request.query_params.get("label")
        if wanted is not None and wanted not in LABELS:
            raise ValidationError({"label": [f"Select a valid choice. {wanted} is not one of the choices."]})
        with _LOCK:
            cards = [c for c in sorted(_CARDS.values(), key=lambda c: c["id"]) if c["column"] == column_id]
        cards = [card for card in cards if wanted is None or card["label"] == wanted]
        pages = Pages()
        page = pages.paginate_queryset(cards, request, view=self)
        return pages.get_paginated_response(CardSerializer(page, many=True).data)

    def create(self, request: Request, column_id: int) -> Response:
        if column_id not in _COLUMNS:
            raise NotFound()
        serializer = CardSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with _LOCK:
            pk = max(_CARDS) + 1
            _CARDS[pk] = {**serializer.validated_data, "id": pk, "column": column_id}
        return Response(CardSerializer(_CARDS[pk]).data, status=status.HTTP_201_CREATED)

    def retrieve(self, request: Request, column_id: int, pk: int) -> Response:
        with _LOCK:
            card = _CARDS.get(pk)  # DRIFT: the column in the path is not checked
        if card is None:
            raise NotFound()
        return Response(CardSerializer(card).data)


urlpatterns = [
    path("board/columns/<int:column_id>/cards/", Cards.as_view({"get": "list", "post": "create"})),
    path("board/columns/<int:column_id>/cards/<int:pk>/", Cards.as_view({"get": "retrieve"})),
]
