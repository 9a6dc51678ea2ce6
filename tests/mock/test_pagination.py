"""Pagination over list responses: page, page_size, limit; next/previous followed to the end."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import Client
from mock_spec import CATALOG_A, CATALOG_B, CATALOG_C

from rstapi.mock import make_app

LIST = "/enterprise/v1/enterprise-catalogs/"
ALL = [CATALOG_A, CATALOG_B, CATALOG_C]


def _walk(client: Client, url: str, headers: dict[str, str]) -> list[dict[str, Any]]:
    pages = []
    next_url: str | None = url
    while next_url is not None:
        response = client.get(next_url, headers=headers)
        assert response.status_code == 200, response.text
        pages.append(response.json())
        next_url = pages[-1]["next"]
    return pages


@pytest.mark.parametrize("size", [1, 2, 3, 5])
def test_following_next_visits_every_result_once(client: Client, auth: dict[str, str], size: int) -> None:
    pages = _walk(client, f"{LIST}?page_size={size}", auth)
    assert [item["uuid"] for page in pages for item in page["results"]] == ALL
    assert all(page["count"] == 3 for page in pages)
    assert len(pages) == -(-3 // size)


def test_links_are_absolute_urls_on_the_mock(client: Client, auth: dict[str, str]) -> None:
    first = client.get(f"{LIST}?page_size=1&current=true", headers=auth).json()
    assert first["previous"] is None
    assert first["next"] == f"http://testserver{LIST}?page_size=1&current=true&page=2"
    second = client.get(first["next"], headers=auth).json()
    assert second["previous"] == f"http://testserver{LIST}?page_size=1&current=true&page=1"


def test_previous_leads_back_to_the_first_page(client: Client, auth: dict[str, str]) -> None:
    page = client.get(f"{LIST}?page_size=1&page=3", headers=auth).json()
    seen = [page["results"][0]["uuid"]]
    while page["previous"]:
        page = client.get(page["previous"], headers=auth).json()
        seen.append(page["results"][0]["uuid"])
    assert seen == ALL[::-1]


def test_links_use_the_host_the_client_used(app: Any, auth: dict[str, str]) -> None:
    other = Client(app, base_url="http://127.0.0.1:4010")
    assert other.get(f"{LIST}?page_size=1", headers=auth).json()["next"].startswith("http://127.0.0.1:4010/")


def test_page_past_the_end_is_404(client: Client, auth: dict[str, str]) -> None:
    assert client.get(f"{LIST}?page_size=2&page=3", headers=auth).status_code == 404


def test_limit_is_an_alias_of_page_size(spec: dict[str, Any]) -> None:
    parameters = spec["paths"][LIST]["get"]["parameters"]
    parameters.append({"name": "limit", "in": "query", "schema": {"type": "integer", "default": 2}})
    client = Client(make_app(spec, static_token="t"))
    headers = {"Authorization": "JWT t"}
    default = client.get(LIST, headers=headers).json()
    assert len(default["results"]) == 2
    assert default["next"].endswith("page=2")
    assert len(client.get(f"{LIST}?limit=1", headers=headers).json()["results"]) == 1


def test_without_pagination_parameters_the_whole_example_is_one_page(
    client: Client, auth: dict[str, str]
) -> None:
    page = client.get(LIST, headers=auth).json()
    assert (page["count"], page["next"], page["previous"], len(page["results"])) == (3, None, None, 3)


def _spec_whose_example_counts(spec: dict[str, Any], count: int) -> dict[str, Any]:
    """The sample spec with its list example saying `count` catalogs while showing three."""
    example = spec["paths"][LIST]["get"]["responses"]["200"]["content"]["application/json"]["examples"]
    next(iter(example.values()))["value"]["count"] = count
    return spec


def test_an_example_counting_more_than_it_shows_is_served_up_to_its_count(spec: dict[str, Any]) -> None:
    client = Client(make_app(_spec_whose_example_counts(spec, 25), static_token="t"))
    headers = {"Authorization": "JWT t"}
    pages = _walk(client, f"{LIST}?page_size=10", headers)
    assert [len(page["results"]) for page in pages] == [10, 10, 5]
    assert all(page["count"] == 25 for page in pages)
    assert [item["uuid"] for item in pages[0]["results"][:4]] == [*ALL, CATALOG_A]  # the example's, in turn
    third = client.get(f"{LIST}?page_size=10&page=3", headers=headers)
    assert third.status_code == 200 and third.json()["next"] is None
    assert client.get(f"{LIST}?page_size=10&page=4", headers=headers).status_code == 404


def test_the_page_size_is_honoured_on_a_counted_example(spec: dict[str, Any]) -> None:
    client = Client(make_app(_spec_whose_example_counts(spec, 7), static_token="t"))
    page = client.get(f"{LIST}?page_size=4&page=2", headers={"Authorization": "JWT t"}).json()
    assert (page["count"], len(page["results"]), page["next"]) == (7, 3, None)
