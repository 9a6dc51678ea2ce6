"""A list paged by `limit` and `offset` (DRF's LimitOffsetPagination) is paged so by the mock: the
`offset` a client sends picks the first result, and `next`/`previous` advance it, as the reference's
example shows, instead of a `page` parameter the API does not have."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import Client

from rstapi.mock import make_app
from tests.httpdomain_style import built, resource

EXAMPLE = """{"count": 5, "next": "https://api.example.com/boxes/?limit=2&offset=2", "previous": null,
 "results": [{"id": 1}, {"id": 2}, {"id": 3}, {"id": 4}, {"id": 5}]}"""


def _document(*query: str) -> str:
    lines = [
        ":>json int count: how many boxes",
        ":>json string next: the next page, or null",
        ":>json string previous: the previous page, or null",
        ":>json array results: the boxes",
        ":>json int results[].id: the box's id",
        *query,
        ":statuscode 200: a page",
        "",
        "**Example response**:",
        "",
        ".. sourcecode:: json",
        "",
        *(f"   {line}" for line in EXAMPLE.splitlines()),
    ]
    return resource("get", "/boxes/", *lines)


@pytest.fixture
def client(tmp_path: Path) -> Client:
    spec, _ = built(
        tmp_path, _document(":query int limit: the page size", ":query int offset: the first box")
    )
    return Client(make_app(spec, token_secret="offset-" + "s" * 32))


def _ids(page: dict[str, Any]) -> list[int]:
    return [item["id"] for item in page["results"]]


def test_the_offset_picks_the_first_result(client: Client) -> None:
    page = client.get("/boxes/?limit=2&offset=2").json()
    assert _ids(page) == [3, 4]
    assert page["next"] == "http://testserver/boxes/?limit=2&offset=4"
    assert page["previous"] == "http://testserver/boxes/?limit=2"


def test_next_advances_the_offset_and_keeps_the_other_parameters(client: Client) -> None:
    first = client.get("/boxes/?limit=2&colour=red").json()
    assert _ids(first) == [1, 2] and first["previous"] is None
    assert first["next"] == "http://testserver/boxes/?colour=red&limit=2&offset=2"


def test_following_next_visits_every_result_once(client: Client) -> None:
    seen: list[int] = []
    url: str | None = "/boxes/?limit=2"
    while url is not None:
        page = client.get(url).json()
        seen += _ids(page)
        url = page["next"]
    assert seen == [1, 2, 3, 4, 5]


def test_an_offset_past_the_end_is_an_empty_page(client: Client) -> None:
    reply = client.get("/boxes/?limit=2&offset=9")
    assert reply.status_code == 200
    assert reply.json()["results"] == [] and reply.json()["next"] is None


def test_a_list_without_an_offset_parameter_keeps_page_numbers(tmp_path: Path) -> None:
    spec, _ = built(tmp_path, _document(":query int page: the page", ":query int limit: the page size"))
    page = Client(make_app(spec, token_secret="offset-" + "s" * 32)).get("/boxes/?limit=2&offset=2").json()
    assert _ids(page) == [1, 2]
    assert page["next"] == "http://testserver/boxes/?limit=2&offset=2&page=2"
