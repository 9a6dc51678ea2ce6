"""The contract run against the shop service (tests/contract/drf_services/shop.py, a real Django
REST framework server on 127.0.0.1) and its httpdomain reference (drf_services_docs.shop_reference):
nested routes, a 201 with a Location header, a 204, a permission, a 409."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from rstapi.contract import ContractReport, ContractSettings, run_contract, summary_text
from tests.conftest import build_rst
from tests.contract.conftest import drf_server
from tests.contract.drf_services import BOB_TOKEN
from tests.contract.drf_services_docs import shop_reference
from tests.rst_style import line_number

GET, DELETE, LINES, CLOSE = (
    "get_shop_orders",
    "delete_shop_orders",
    "list_shop_orders_lines",
    "close_shop_orders",
)


@pytest.fixture
def shop(tmp_path: Any) -> Iterator[tuple[str, dict[str, Any], str]]:
    """A fresh shop (a run may delete and close its orders), its reference's spec and text."""
    text = shop_reference()
    result = build_rst(tmp_path, text, name="shop.rst")
    assert result.spec is not None, result.diagnostics
    (tmp_path / "service").mkdir()
    with drf_server(tmp_path / "service", "shop") as base_url:
        yield base_url, result.spec, text


def _run(shop: tuple[str, dict[str, Any], str], *operations: str, **settings: Any) -> ContractReport:
    base_url, spec, _ = shop
    chosen = {"max_examples": 3, "shrink_requests": 0, "include": operations, **settings}
    return run_contract(spec, ContractSettings(base_url, **chosen))


def test_the_documented_delete_comes_after_the_operations_that_need_its_item(
    shop: tuple[str, dict[str, Any], str],
) -> None:
    """`--path-param order_id=2`: the documented phase sent the operations in the reference's
    order, so the DELETE's documented request deleted order 2 before the lines and the close of it
    were asked for: both 'not reached', every answer 404, with the advice to give --path-param,
    which the user had given. The DELETE now goes last."""
    report = _run(
        shop,
        GET,
        DELETE,
        LINES,
        CLOSE,
        token=f"Token {BOB_TOKEN}",
        path_params=(("order_id", "2"),),
        phases=("documented",),
    )
    for operation in (GET, DELETE, LINES, CLOSE):
        result = report.operation(operation)
        assert result.not_reached == "" and result.status == "passed", summary_text(report)
    assert report.ok, summary_text(report)


def test_a_documented_success_that_never_came_is_judged_on_the_operations_own_method(
    shop: tuple[str, dict[str, Any], str], tmp_path: Any
) -> None:
    """The reference documents 200 for the DELETE, the service answers 204. The coverage phase's
    OPTIONS on the same path got 200, which counted as the DELETE's documented 200 having come: no
    'documented status never came'."""
    base_url, _, text = shop
    drifted = text.replace(":statuscode 204: deleted", ":statuscode 200: deleted")
    assert drifted != text
    (tmp_path / "drifted").mkdir()
    result = build_rst(tmp_path / "drifted", drifted, name="shop.rst")
    assert result.spec is not None
    report = _run(
        (base_url, result.spec, drifted),
        DELETE,
        token=f"Token {BOB_TOKEN}",
        path_params=(("order_id", "2"),),
        phases=("documented", "coverage"),
    )
    (never,) = [f for f in report.operation(DELETE).failures if f.check == "documented_status"]
    assert (never.expected, never.observed) == ("status 200", "status 204"), summary_text(report)
    assert never.source == f"shop.rst:{line_number(drifted, ':statuscode 200: deleted')}"
