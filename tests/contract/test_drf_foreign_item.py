"""A `--path-param` item that belongs to another user, against the library service (tests/contract/
drf_services, a real Django REST framework server on 127.0.0.1): DRF's object-level permission
refuses Bob's private book to Alice's token with 403, while the same token lists the books and an
unknown id is 404 (the permission runs after the lookup). The run is never green, and its reason says
the item is not the token's and how to give one that is, not that the token lacks a permission."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rstapi.contract import ContractReport, ContractSettings, run_contract, summary_text
from rstapi.contract.foreign import ForeignItems
from rstapi.naming import operation_id_for
from tests.conftest import build_rst
from tests.contract.conftest import drf_server
from tests.contract.drf_services import ALICE_TOKEN, SEEDED_BOOKS
from tests.contract.drf_services_docs import library_reference, shop_reference
from tests.rst_style import endpoint, subsection

BOOKS, BOOK = "/library/books/", "/library/books/{book_id}/"
LIST, GET = operation_id_for("GET", BOOKS), operation_id_for("GET", BOOK)
DELETE_BOOK = endpoint(
    title="book deletion Endpoint",
    method="DELETE",
    path="/library/books/<int:book_id>/",
    prose="DELETE calls to the ``book`` endpoint delete one of the caller's books.",
    rest=subsection(
        "Response",
        "The request can return the following responses:\n\n    204 No Content - Deleted.\n\n"
        "    404 Not Found - No such book of the caller's.",
    ),
    label="library-delete",
)
BOBS_PRIVATE = next(pk for pk, (_, owner, public) in SEEDED_BOOKS.items() if owner == "bob" and not public)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, Any]]]:
    result = build_rst(tmp_path_factory.mktemp("doc"), library_reference() + DELETE_BOOK, name="library.rst")
    assert result.spec is not None, result.diagnostics
    with drf_server(tmp_path_factory.mktemp("library"), "library") as base_url:
        yield base_url, result.spec


def _run(library: tuple[str, dict[str, Any]], *operations: str, **settings: Any) -> ContractReport:
    base_url, spec = library
    chosen = ContractSettings(
        base_url,
        token=f"Token {ALICE_TOKEN}",
        include=operations,
        path_params=(("book_id", str(BOBS_PRIVATE)),),
        max_examples=3,
        shrink_requests=0,
        **settings,
    )
    return run_contract(spec, chosen)


def test_another_users_item_is_named_as_not_the_tokens(library: tuple[str, dict[str, Any]]) -> None:
    """The reason was 'the token lacks a permission these requests need' (or, when the unknown ids'
    404s outnumbered the 403s, 'give --path-param', which the user had given)."""
    report = _run(library, LIST, GET)
    reason = report.operation(GET).not_reached
    assert not report.ok, summary_text(report)
    assert f"book_id={BOBS_PRIVATE} is not the token's" in reason, summary_text(report)
    assert "lacks a permission" not in reason and "do not exist" not in reason, reason
    assert f"the same token reached GET {BOOKS}" in reason, reason
    assert "--path-param book_id=" in reason and "owns" in reason, reason


def test_without_the_list_the_unknown_ids_404_tell_it_is_the_item(
    library: tuple[str, dict[str, Any]],
) -> None:
    """Only the item's operation: its documented phase sent an unknown id, answered 404, so the
    permission that refused the fixed item ran after the lookup (object-level)."""
    report = _run(library, GET, phases=("documented",))
    reason = report.operation(GET).not_reached
    assert f"book_id={BOBS_PRIVATE} is not the token's" in reason, summary_text(report)
    assert "an unknown book_id got 404" in reason, reason


def test_a_permission_checked_before_the_lookup_stays_the_tokens(tmp_path: Path) -> None:
    """The shop's DELETE of an order is for Bob only, checked before the lookup: Alice's own order
    and an unknown id are both 403, so the reason stays the token's permission, whatever the list's
    2xx says."""
    result = build_rst(tmp_path, shop_reference(), name="shop.rst")
    assert result.spec is not None, result.diagnostics
    orders, order = "/shop/orders/", "/shop/orders/{order_id}/"
    delete = operation_id_for("DELETE", order)
    (tmp_path / "service").mkdir()
    with drf_server(tmp_path / "service", "shop") as base_url:
        settings = ContractSettings(
            base_url,
            token=f"Token {ALICE_TOKEN}",
            include=(operation_id_for("GET", orders), delete),
            path_params=(("order_id", "1"),),
            phases=("documented",),
            shrink_requests=0,
        )
        report = run_contract(result.spec, settings)
    reason = report.operation(delete).not_reached
    assert "the token lacks a permission these requests need" in reason, summary_text(report)
    assert "not the token's" not in reason, reason


def test_another_users_item_hidden_with_404_does_not_ask_for_the_path_param_given(
    library: tuple[str, dict[str, Any]],
) -> None:
    """The library's DELETE answers 404 for a book of another user (its lookup is filtered by owner,
    as a DRF queryset filtered by request.user is). The reason said 'the ids sent do not exist on
    the service: seed the reference's example ids or give --path-param', which the user had given."""
    delete = operation_id_for("DELETE", BOOK)
    report = _run(library, LIST, delete, phases=("documented", "examples"))
    reason = report.operation(delete).not_reached
    assert f"the item book_id={BOBS_PRIVATE} given with --path-param was not found" in reason, summary_text(
        report
    )
    assert (
        "another user's item the service hides" in reason and f"the same token reached GET {BOOKS}" in reason
    )
    assert "seed the reference's example ids" not in reason, reason
    assert not report.ok


def test_an_unknown_parent_beside_the_fixed_item_is_not_the_items_404() -> None:
    """The documented phase's unknown column_id, sent with the fixed card_id, got 404: that 404 is
    the unknown column's, and said nothing of the card (it was blamed on card_id=2)."""
    label = "GET /board/columns/{column_id}/cards/{card_id}/"
    items = ForeignItems({"column_id": "1", "card_id": "2"})
    items.observe(label, 404, {"column_id": "999999993", "card_id": "2"}, json_body=True)
    assert items.missing(label, set()) == ""
    items.observe(label, 404, {"column_id": "1", "card_id": "2"}, json_body=True)
    assert items.missing(label, set()).startswith("the item card_id=2 given with --path-param was not found")
