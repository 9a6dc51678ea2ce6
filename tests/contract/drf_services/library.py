"""The `library` service's views and routes (its ROOT_URLCONF): books kept in memory, seeded from
`SEEDED_BOOKS`; DRF's request cycle decides every status (authentication, permissions, throttles,
the object lookup, the serializer)."""

import os
import threading
from typing import Any

from django.urls import path
from rest_framework import authentication, pagination, permissions, serializers, throttling
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from tests.contract.drf_services import SEEDED_BOOKS

_LOCK = threading.Lock()
_BOOKS: dict[int, dict[str, Any]] = {
    pk: {"id": pk, "title": title, "owner": owner, "public": public, "isbn": f"978-0-00-00000{pk}-0"}
    for pk, (title, owner, public) in SEEDED_BOOKS.items()
}
# One more of Alice's books at the id $DRF_SERVICES_FIXTURE_BOOK names: a fixture item at an id no
# generated value is likely to hit (a generator favours 0, 1 and the bounds), for the tests that
# check a run never touches it.
if os.environ.get("DRF_SERVICES_FIXTURE_BOOK"):
    _FIXTURE = int(os.environ["DRF_SERVICES_FIXTURE_BOOK"])
    _BOOKS[_FIXTURE] = {"id": _FIXTURE, "title": "Alice's fixture", "owner": "alice", "public": False}
    _BOOKS[_FIXTURE]["isbn"] = f"978-0-00-{_FIXTURE:06d}-0"
_TOKEN_FIRST = (authentication.TokenAuthentication, authentication.SessionAuthentication)
_SESSION_FIRST = (authentication.SessionAuthentication, authentication.TokenAuthentication)


class BookSerializer(serializers.Serializer):  # type: ignore[type-arg]
    id = serializers.IntegerField(read_only=True)
    title = serializers.CharField(max_length=50)
    owner = serializers.CharField(read_only=True)
    public = serializers.BooleanField(default=False)
    isbn = serializers.CharField(read_only=True)  # not in the reference: drift


class Pages(pagination.PageNumberPagination):
    page_size = 2
    page_size_query_param = "page_size"
    max_page_size = 20


class OwnerOrPublic(permissions.BasePermission):
    message = "You do not have permission to perform this action."

    def has_object_permission(self, request: Request, view: Any, obj: Any) -> bool:
        return bool(obj["public"] or obj["owner"] == request.user.username)


class Books(APIView):
    authentication_classes = _TOKEN_FIRST

    def get(self, request: Request) -> Response:
        pages = Pages()
        with _LOCK:
            books = sorted(_BOOKS.values(), key=lambda book: book["id"])
        page = pages.paginate_queryset(books, request, view=self)
        return pages.get_paginated_response(BookSerializer(page, many=True).data)

    def post(self, request: Request) -> Response:
        serializer = BookSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with _LOCK:
            pk = max(_BOOKS) + 1
            _BOOKS[pk] = {**serializer.validated_data, "id": pk, "owner": request.user.username}
            _BOOKS[pk]["isbn"] = f"978-1-00-{pk:06d}-0"
        return Response(BookSerializer(_BOOKS[pk]).data, status=201)


class Book(APIView):
    authentication_classes = _TOKEN_FIRST
    permission_classes = (permissions.IsAuthenticated, OwnerOrPublic)

    def get(self, request: Request, pk: int) -> Response:
        with _LOCK:
            book = _BOOKS.get(pk)
        if book is None:
            raise NotFound()
        self.check_object_permissions(request, book)
        return Response(BookSerializer(book).data)

    def delete(self, request: Request, pk: int) -> Response:
        with _LOCK:
            book = _BOOKS.get(pk)
            if book is None or book["owner"] != request.user.username:
                raise NotFound()
            del _BOOKS[pk]
        return Response(status=204)


class Me(APIView):
    authentication_classes = _SESSION_FIRST

    def get(self, request: Request) -> Response:
        return Response({"username": request.user.username})


class SearchThrottle(throttling.UserRateThrottle):
    scope = "search"


class Search(APIView):
    authentication_classes = _TOKEN_FIRST
    throttle_classes = (SearchThrottle,)

    def get(self, request: Request) -> Response:
        words = str(request.query_params.get("q", "")).lower()
        with _LOCK:
            found = [book for book in _BOOKS.values() if words in book["title"].lower()]
        return Response({"count": len(found), "results": BookSerializer(found, many=True).data})


urlpatterns = [
    path("library/books/", Books.as_view()),
    path("library/books/<int:pk>/", Book.as_view()),
    path("library/me/", Me.as_view()),
    path("library/search/", Search.as_view()),
]
