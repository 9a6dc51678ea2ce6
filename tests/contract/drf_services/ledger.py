"""The `ledger` service's views and routes (its ROOT_URLCONF): entries and accounts in memory, Bearer
tokens; every path ends with a slash and Django's APPEND_SLASH redirects the ones without."""

import threading
from decimal import Decimal
from typing import Any

from django.urls import path
from rest_framework import authentication, pagination, serializers
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from tests.contract.drf_services import ALICE_ACCOUNT, BOB_ACCOUNT

_LOCK = threading.Lock()
_ACCOUNTS: dict[int, dict[str, Any]] = {
    ALICE_ACCOUNT: {"id": ALICE_ACCOUNT, "owner": "alice", "limit": 100},
    BOB_ACCOUNT: {"id": BOB_ACCOUNT, "owner": "bob", "limit": 100},
}
_ENTRIES: list[dict[str, Any]] = [
    {"id": 1, "account": ALICE_ACCOUNT, "amount": Decimal("12.50"), "memo": "coffee"},
    {"id": 2, "account": ALICE_ACCOUNT, "amount": Decimal("-3.00"), "memo": "refund"},
]


class Bearer(authentication.TokenAuthentication):
    keyword = "Bearer"


class EntrySerializer(serializers.Serializer):  # type: ignore[type-arg]
    id = serializers.IntegerField()
    account = serializers.IntegerField()
    amount = serializers.DecimalField(max_digits=10, decimal_places=2)
    memo = serializers.CharField()


class TransferSerializer(serializers.Serializer):  # type: ignore[type-arg]
    from_account = serializers.IntegerField(min_value=1)
    to_account = serializers.IntegerField(min_value=1)
    amount = serializers.DecimalField(max_digits=10, decimal_places=2, min_value=Decimal("0.01"))

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs["from_account"] == attrs["to_account"]:
            raise serializers.ValidationError("The two accounts must differ.")
        return attrs


class LimitSerializer(serializers.Serializer):  # type: ignore[type-arg]
    limit = serializers.IntegerField(min_value=0)


class Entries(APIView):
    authentication_classes = (Bearer,)

    def get(self, request: Request) -> Response:
        pages = pagination.LimitOffsetPagination()
        pages.default_limit = 10
        with _LOCK:
            entries = list(_ENTRIES)
        page = pages.paginate_queryset(entries, request, view=self)
        return pages.get_paginated_response(EntrySerializer(page, many=True).data)


class Transfers(APIView):
    authentication_classes = (Bearer,)

    def post(self, request: Request) -> Response:
        serializer = TransferSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        with _LOCK:
            pk = len(_ENTRIES) + 1
            entry = {"id": pk, "account": data["from_account"], "amount": -data["amount"], "memo": "transfer"}
            _ENTRIES.append(entry)
        return Response(EntrySerializer(entry).data, status=201)


class AccountLimit(APIView):
    authentication_classes = (Bearer,)

    def put(self, request: Request, pk: int) -> Response:
        with _LOCK:
            account = _ACCOUNTS.get(pk)
        if account is None or account["owner"] != request.user.username:
            raise NotFound()
        serializer = LimitSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with _LOCK:
            account["limit"] = serializer.validated_data["limit"]
        return Response(dict(account))


urlpatterns = [
    path("ledger/entries/", Entries.as_view()),
    path("ledger/transfers/", Transfers.as_view()),
    path("ledger/accounts/<int:pk>/limit/", AccountLimit.as_view()),
]
