"""The `shop` service's views and routes (its ROOT_URLCONF): orders kept in memory, token auth; a
filter, nested routes, a 201 with a Location header, a 204, a permission, DRF's nested validation
error shapes and a 409 for an action on an order in a state that refuses it."""

import threading
from typing import Any

from django.urls import path
from rest_framework import authentication, permissions, serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

_LOCK = threading.Lock()
_ORDERS: dict[int, dict[str, Any]] = {
    1: {"id": 1, "customer": "alice", "status": "open", "lines": [{"sku": "A-1", "qty": 2}]},
    2: {"id": 2, "customer": "bob", "status": "open", "lines": [{"sku": "B-7", "qty": 1}]},
    3: {"id": 3, "customer": "bob", "status": "closed", "lines": [{"sku": "B-8", "qty": 4}]},
}
_STATUSES = ("open", "closed")


class LineSerializer(serializers.Serializer):  # type: ignore[type-arg]
    sku = serializers.CharField(max_length=12)
    qty = serializers.IntegerField(min_value=1)


class OrderSerializer(serializers.Serializer):  # type: ignore[type-arg]
    id = serializers.IntegerField(read_only=True)
    customer = serializers.CharField(max_length=30)
    status = serializers.CharField(read_only=True)
    lines = LineSerializer(many=True, allow_empty=False)


class BobOnly(permissions.BasePermission):
    message = "Only the shop keeper may delete an order."

    def has_permission(self, request: Request, view: Any) -> bool:
        return bool(request.user and request.user.username == "bob")


def _order(pk: int) -> dict[str, Any]:
    with _LOCK:
        order = _ORDERS.get(pk)
    if order is None:
        raise NotFound()
    return order


class Orders(APIView):
    authentication_classes = (authentication.TokenAuthentication,)

    def get(self, request: Request) -> Response:
        wanted = request.query_params.get("status")
        if wanted is not None and wanted not in _STATUSES:
            raise ValidationError({"status": [f'"{wanted}" is not a valid choice.']})
        with _LOCK:
            orders = sorted(_ORDERS.values(), key=lambda order: order["id"])
        orders = [order for order in orders if wanted in (None, order["status"])]
        return Response(OrderSerializer(orders, many=True).data)

    def post(self, request: Request) -> Response:
        serializer = OrderSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with _LOCK:
            pk = max(_ORDERS) + 1
            _ORDERS[pk] = {**serializer.validated_data, "id": pk, "status": "open"}
            _ORDERS[pk]["lines"] = [dict(line) for line in _ORDERS[pk]["lines"]]
        location = {"Location": f"/shop/orders/{pk}/"}
        return Response(OrderSerializer(_ORDERS[pk]).data, status=201, headers=location)


class Order(APIView):
    authentication_classes = (authentication.TokenAuthentication,)

    def get_permissions(self) -> list[Any]:
        extra = [BobOnly()] if self.request.method == "DELETE" else []
        return [permissions.IsAuthenticated(), *extra]

    def get(self, request: Request, pk: int) -> Response:
        return Response(OrderSerializer(_order(pk)).data)

    def delete(self, request: Request, pk: int) -> Response:
        _order(pk)
        with _LOCK:
            _ORDERS.pop(pk, None)
        return Response(status=204)


class Lines(APIView):
    authentication_classes = (authentication.TokenAuthentication,)

    def get(self, request: Request, pk: int) -> Response:
        return Response(LineSerializer(_order(pk)["lines"], many=True).data)


class Close(APIView):
    authentication_classes = (authentication.TokenAuthentication,)

    def post(self, request: Request, pk: int) -> Response:
        order = _order(pk)
        with _LOCK:
            if order["status"] == "closed":
                return Response({"detail": "The order is already closed."}, status=409)
            order["status"] = "closed"
        return Response(OrderSerializer(order).data)


urlpatterns = [
    path("shop/orders/", Orders.as_view()),
    path("shop/orders/<int:pk>/", Order.as_view()),
    path("shop/orders/<int:pk>/lines/", Lines.as_view()),
    path("shop/orders/<int:pk>/close/", Close.as_view()),
]
