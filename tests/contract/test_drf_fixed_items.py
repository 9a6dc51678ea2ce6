"""`--path-param` names a QA engineer's own fixture item: the run must never act on it where the
reference's links say which item a step acts on. Against the library service (tests/contract/
drf_services, a real Django REST framework server on 127.0.0.1), with a reference of its own whose
overlay links the book creation to the book's deletion."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from rstapi.contract import ContractSettings, run_contract, summary_text
from rstapi.naming import operation_id_for
from tests.conftest import build_rst
from tests.contract.conftest import drf_server
from tests.contract.drf_services import ALICE_TOKEN
from tests.rst_style import document, endpoint, field_table, subsection

BOOKS, BOOK = "/library/books/", "/library/books/{book_id}/"
CREATE, DELETE = operation_id_for("POST", BOOKS), operation_id_for("DELETE", BOOK)
FIXTURE = "7919"  # Alice's own book, seeded by this module's service at an id no run makes up

OVERLAY = f"""
overlay: 1.0.0
info:
  title: links of the fixture
  version: 1.0.0
actions:
  - target: $.paths['{BOOKS}'].post.responses['201']
    description: the book just created can be deleted.
    update:
      links:
        DeleteBook:
          operationId: {DELETE}
          parameters:
            book_id: $response.body#/id
"""


def _reference() -> str:
    create = endpoint(
        title="book creation Endpoint",
        method="POST",
        path=BOOKS,
        prose="POST calls to the ``books`` endpoint add a book owned by the caller.",
        rest=subsection(
            "Request Values",
            field_table(("title", "string", "Required. The title, at most 50 characters.")),
        )
        + subsection(
            "Response Values",
            field_table(("id", "integer", "The book's id."), ("title", "string", "The title.")),
        )
        + subsection(
            "Response",
            "The request can return the following responses:\n\n"
            "    201 Created - The book.\n\n    400 Bad Request - A field is missing or invalid.",
        ),
    )
    delete = endpoint(
        title="book deletion Endpoint",
        method="DELETE",
        path="/library/books/<int:book_id>/",
        prose="DELETE calls to the ``book`` endpoint delete one of the caller's books.",
        rest=subsection(
            "Response",
            "The request can return the following responses:\n\n"
            "    204 No Content - The book was deleted.\n\n    404 Not Found - No such book of the caller's.",
        ),
    )
    return document(create, delete, title="Library API Reference")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, Any]]]:
    result = build_rst(tmp_path_factory.mktemp("doc"), _reference(), name="library.rst", overlay=OVERLAY)
    assert result.spec is not None, result.diagnostics
    assert "links" in result.spec["paths"][BOOKS]["post"]["responses"]["201"]
    before = os.environ.get("DRF_SERVICES_FIXTURE_BOOK")
    os.environ["DRF_SERVICES_FIXTURE_BOOK"] = FIXTURE
    try:
        with drf_server(tmp_path_factory.mktemp("library"), "library") as base_url:
            yield base_url, result.spec
    finally:
        if before is None:
            os.environ.pop("DRF_SERVICES_FIXTURE_BOOK", None)
        else:
            os.environ["DRF_SERVICES_FIXTURE_BOOK"] = before


def test_a_stateful_follow_up_acts_on_the_item_its_link_names_not_the_fixed_one(
    library: tuple[str, dict[str, Any]],
) -> None:
    """POST creates a book, the link leads to DELETE with the new book's id. With `--path-param
    book_id=<fixture>` the stateful phase wrote the fixture's id over the linked id just before the call: every follow-up
    deleted (or tried to delete) the QA engineer's own book, never the one just created."""
    base_url, spec = library
    settings = ContractSettings(
        base_url,
        token=f"Token {ALICE_TOKEN}",
        include=(CREATE, DELETE),
        phases=("stateful",),
        path_params=(("book_id", FIXTURE),),
        max_examples=10,
        shrink_requests=0,
    )
    report = run_contract(spec, settings)
    statuses = dict(report.operation(DELETE).statuses)
    assert statuses.get(204), summary_text(report)  # the follow-ups deleted the books just created
    kept = httpx.get(
        f"{base_url}/library/books/{FIXTURE}/", headers={"Authorization": f"Token {ALICE_TOKEN}"}
    )
    assert kept.status_code == 200, summary_text(report)
